/// Data-parallel work spread over several cores with Swift concurrency, with results that never
/// depend on scheduling: chunk `i` is computed by `body(i)` alone (seeded work gets its own
/// `SeededGenerator.derived(seed:index:)`), and results come back in chunk order.
///
/// ```swift
/// let tallies = await DataParallel.map(chunks: 64, tasks: cores) { chunk in work(chunk) }
/// let sums = await DataParallel.map(chunks: 64, tasks: cores, seed: 7) { chunk, rng in sample(&rng) }
/// ```
/// At most `tasks` chunks run at once (1 runs them one after another, still off the caller's
/// task). Use more chunks than tasks (say 4–16 per task) so uneven chunks even out.
public enum DataParallel {
    /// `body(0) … body(chunks - 1)`, computed up to `tasks` at a time, in chunk order.
    public static func map<Result: Sendable>(
        chunks: Int, tasks: Int, _ body: @escaping @Sendable (Int) -> Result
    ) async -> [Result] {
        guard chunks > 0 else { return [] }
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: chunks)
            var next = 0
            for _ in 0..<min(max(tasks, 1), chunks) {
                let chunk = next
                group.addTask { (chunk, body(chunk)) }
                next += 1
            }
            while let (chunk, result) = await group.next() {
                results[chunk] = result
                if next < chunks {
                    let chunk = next
                    group.addTask { (chunk, body(chunk)) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }

    /// `map` with a generator per chunk, derived from `seed` and the chunk number.
    public static func map<Result: Sendable>(
        chunks: Int, tasks: Int, seed: UInt64, _ body: @escaping @Sendable (Int, inout SeededGenerator) -> Result
    ) async -> [Result] {
        await map(chunks: chunks, tasks: tasks) { chunk in
            var generator = SeededGenerator.derived(seed: seed, index: UInt64(chunk))
            return body(chunk, &generator)
        }
    }

    /// Splits `0..<count` into `chunks` contiguous ranges of nearly equal size (the first ones one
    /// longer), for handing to `map`.
    public static func range(_ chunk: Int, of chunks: Int, count: Int) -> Range<Int> {
        let (size, extra) = count.quotientAndRemainder(dividingBy: max(chunks, 1))
        let start = chunk * size + min(chunk, extra)
        return start..<(start + size + (chunk < extra ? 1 : 0))
    }
}
