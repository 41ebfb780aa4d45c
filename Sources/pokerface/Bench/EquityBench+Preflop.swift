import Foundation
import PokerEngine

extension EquityBench {
    /// Generating the table (once, it takes seconds), reading it back, and lookups.
    static func preflopTable(threads: Int) async -> [BenchFigure] {
        let generation = await best(of: 1) { PreflopEquityTable.install(await PreflopEquityTable.generate(tasks: threads)) }
        guard let table = PreflopEquityTable.installedTable else { return [] }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pokerface-bench-\(getpid()).bin")
        let cache = PreflopTableCache(url: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var loadSeconds = Double.nan
        if (try? cache.save(table)) != nil {
            loadSeconds = Timing.best { Sink.consume(cache.load().table?.count ?? 0) }
        }
        let combos = HoleCards.all
        let lookups = Timing.best {
            var total = 0.0
            for first in combos { for second in combos { total += table.equity(first, vs: second) ?? 0 } }
            Sink.consume(Int(total))
        }
        let hero = HoleCards("AhKh")!
        let range = (try? HandRange(parsing: "22+,A2s+,K9s+,QTs+,JTs,ATo+,KJo+")) ?? .random
        let handVsRange = Timing.best { for _ in 0..<100 { Sink.consume(Int(100 * (table.equity(hero, vs: range) ?? 0))) } }
        let opening = (try? HandRange(parsing: "TT+,AQs+,AKo")) ?? .random
        let rangeVsRange = Timing.best { Sink.consume(Int(100 * (table.equity(opening, vs: range) ?? 0))) }
        let pairs = Double(opening.count * range.count)
        return [
            BenchFigure(name: "preflop table: generate all 93,769 matchups (\(threads) cores)", value: generation, unit: "s", goal: nil),
            BenchFigure(name: "preflop table: read from the cache file", value: loadSeconds * 1000, unit: "ms", goal: nil),
            BenchFigure(name: "preflop table: hand vs hand", value: lookups / Double(combos.count * combos.count) * 1e9,
                        unit: "ns", goal: "≤ 1000 ns"),
            BenchFigure(name: "preflop: AhKh vs a \(range.count)-combo range", value: handVsRange / 100 * 1e6, unit: "µs", goal: nil),
            BenchFigure(name: "preflop: range vs range, per combo pair", value: rangeVsRange / pairs * 1e9, unit: "ns", goal: "≤ 1000 ns"),
        ]
    }

    /// Exact equity of a hand against a weighted range after the flop (one core).
    static func versusRange() -> [BenchFigure] {
        guard let hero = HoleCards("AhKh"), let range = try? HandRange(parsing: "random") else { return [] }
        let boards = [("flop Qh 7h 2c", "Qh 7h 2c"), ("turn Qh 7h 2c 9s", "Qh 7h 2c 9s"), ("river Qh 7h 2c 9s 3d", "Qh 7h 2c 9s 3d")]
        return boards.map { name, text in
            let board = (try? Card.parseDistinct(text)) ?? []
            let seconds = Timing.best(of: 5) { Sink.consume(Int(1000 * ((try? Equity.equity(hero, vsRange: range, board: board)) ?? 0))) }
            return BenchFigure(name: "AhKh vs any two cards (1,081 combos), \(name)", value: seconds * 1e6, unit: "µs", goal: nil)
        }
    }
}
