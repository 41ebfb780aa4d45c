/// A fixed-size buffer of plain values with a stable base address, for the solver's hot loops
/// (no bounds checks, no copy-on-write, no retain per access). Filled once at creation and never
/// written afterwards — which is what makes sharing it between threads safe.
final class FixedArray<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(count, 1))
        elements.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: count) }
        }
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Element { base[index] }

    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// A zero-filled buffer the solver writes to while it runs (regrets, strategy sums, scratch).
/// Owned by one solve at a time; never shared.
final class MutableBuffer<Element: BitwiseCopyable & Numeric> {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { base.deallocate() }

    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
