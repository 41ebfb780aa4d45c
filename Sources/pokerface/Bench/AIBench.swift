import Dispatch
import PokerAI
import PokerEngine

/// The offline bot's decision time (p50/p99/max) and the analysis that follows each decision,
/// measured on the decisions of real 6-max games between offline characters (100 BB), one core.
struct AIBench {
    static let hands = 300

    static func run() -> [BenchFigure] {
        let library = PersonalityLibrary.loadStandard()
        let characters = library.entries.prefix(6).map(\.personality)
        guard characters.count == 6 else { return [] }
        var decide: [Double] = [], analyse: [Double] = []
        var byStreet: [Street: [Double]] = [:]
        var handsPlayed = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var seed: UInt64 = 1
        while handsPlayed < hands {
            var rng = SeededGenerator(seed: seed)
            seed += 1
            let stacks = [Chips](repeating: 2_000, count: 6)
            let config = HandConfig.standard(stacks: stacks, smallBlind: 10, bigBlind: 20)
            guard var hand = try? Hand.start(config, deck: Deck.shuffled(using: &rng)) else { continue }
            var index = 0
            while let legal = hand.legalActions {
                let context = TableContext(seatNames: characters.map(\.name), handSeats: Array(0..<6), button: 5,
                                           handNumber: handsPlayed + 1, blinds: BlindLevel(smallBlind: 10, bigBlind: 20),
                                           levelIndex: 0, mode: .standard)
                let request = DecisionRequest(view: hand.view(for: legal.player), context: context, decisionIndex: index,
                                              gameSeed: seed)
                let bot = OfflineBot(personality: characters[legal.player])
                var action = Action.checkOrCall
                let seconds = time { action = bot.choose(request) }
                decide.append(seconds)
                byStreet[hand.street, default: []].append(seconds)
                analyse.append(time { _ = DecisionAnalyzer.analyze(request, action: action) })
                index += 1
                _ = try? hand.apply(action, by: legal.player)
            }
            handsPlayed += 1
        }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        decide.sort()
        analyse.sort()
        func ms(_ sorted: [Double], _ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] * 1000 }
        let streets = Street.allCases.compactMap { street -> BenchFigure? in
            guard let times = byStreet[street]?.sorted(), !times.isEmpty else { return nil }
            return BenchFigure(name: "offline decision p99, \(street) (\(times.count))", value: ms(times, 0.99), unit: "ms", goal: nil)
        }
        return streets + [
            BenchFigure(name: "offline decision p50 (6-max games, \(decide.count) decisions)", value: ms(decide, 0.5),
                        unit: "ms", goal: nil),
            BenchFigure(name: "offline decision p99", value: ms(decide, 0.99), unit: "ms", goal: "≤ 200"),
            BenchFigure(name: "offline decision max", value: (decide.last ?? 0) * 1000, unit: "ms", goal: nil),
            BenchFigure(name: "decision analysis after the decision p50", value: ms(analyse, 0.5), unit: "ms", goal: nil),
            BenchFigure(name: "decision analysis p99", value: ms(analyse, 0.99), unit: "ms", goal: nil),
            BenchFigure(name: "hands played and analysed", value: Double(handsPlayed) / total, unit: "hands/s", goal: nil),
        ]
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
