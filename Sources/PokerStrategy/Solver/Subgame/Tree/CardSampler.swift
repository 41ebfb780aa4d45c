import PokerEngine

/// Deterministic choices of chance cards: a seeded partial Fisher–Yates shuffle using
/// `SeededGenerator` and a multiply-shift bound, so samples are the same on every platform and
/// Swift version (the standard library's `shuffled(using:)` promises no particular algorithm).
enum CardSampler {
    /// `count` items of `items` (all when `count` is nil or not smaller), in their original order.
    static func sample<T>(_ items: [T], count: Int?, seed: UInt64, salt: UInt64) -> [T] {
        guard let count, count < items.count else { return items }
        var rng = SeededGenerator.derived(seed: seed, index: salt)
        var order = Array(items.indices)
        for i in 0..<count {
            let remaining = UInt64(order.count - i)
            let j = i + Int(rng.next().multipliedFullWidth(by: remaining).high)
            order.swapAt(i, j)
        }
        return order[..<count].sorted().map { items[$0] }
    }
}
