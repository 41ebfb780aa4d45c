import Testing
@testable import PokerEngine

/// Work spread over tasks gives the same answer as one task, whatever the scheduling.
@Suite struct DataParallelTests {
    @Test func resultsComeBackInChunkOrder() async {
        let squares = await DataParallel.map(chunks: 100, tasks: 4) { $0 * $0 }
        #expect(squares == (0..<100).map { $0 * $0 })
        #expect(await DataParallel.map(chunks: 0, tasks: 4) { $0 }.isEmpty)
    }

    @Test func seededChunksDoNotDependOnTaskCount() async {
        let one = await DataParallel.map(chunks: 40, tasks: 1, seed: 5) { _, rng in rng.next() }
        let many = await DataParallel.map(chunks: 40, tasks: 7, seed: 5) { _, rng in rng.next() }
        #expect(one == many)
        #expect(Set(one).count == 40)
    }

    @Test func rangesCoverEverythingOnce() {
        let pieces = (0..<7).map { DataParallel.range($0, of: 7, count: 100) }
        #expect(pieces.flatMap { Array($0) } == Array(0..<100))
        #expect(pieces.map(\.count).max()! - pieces.map(\.count).min()! <= 1)
    }

    @Test(arguments: [
        (["AsAh", "KdKc", "QsQc", "JhTh"], ""),      // one deal: its parts run concurrently
        (["QQ+,AKs", "JJ-99", "AhQd,AcQc"], "Kh 7c 2d"), // many deals
        (["AhKh", "QQ"], "9h"),
    ])
    func exactEnumerationIsTheSameOnSeveralTasks(hands: [String], board: String) async throws {
        let problem = try MonteCarloTests.problem(hands, board: board)
        let alone = Equity.exact(problem)
        #expect(await Equity.exact(problem, tasks: 2) == alone)
        #expect(await Equity.exact(problem, tasks: 5) == alone)
    }
}
