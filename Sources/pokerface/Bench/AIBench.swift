import Dispatch
import PokerAI
import PokerEngine

/// Offline-bot decisions per second and decision-analysis time per decision.
struct AIBench {
    static func run() -> [BenchFigure] {
        let library = PersonalityLibrary.loadStandard()
        guard let personality = library.entries.first?.personality else { return [] }
        let bot = OfflineBot(personality: personality)
        var rng = SeededGenerator(seed: 9)
        var requests: [DecisionRequest] = []
        while requests.count < 400 {
            let config = RandomPlay.config(using: &rng)
            guard var hand = try? Hand.start(config, deck: Deck.shuffled(using: &rng)) else { continue }
            var index = 0
            while let legal = hand.legalActions {
                let context = TableContext(seatNames: (0..<hand.playerCount).map { "P\($0)" },
                                           handSeats: Array(0..<hand.playerCount), button: hand.playerCount - 1,
                                           handNumber: requests.count, blinds: BlindLevel(smallBlind: config.blindsOrStraddles[0],
                                                                                          bigBlind: config.minBet),
                                           levelIndex: 0, mode: .standard)
                requests.append(DecisionRequest(view: hand.view(for: legal.player), context: context, decisionIndex: index))
                index += 1
                _ = try? hand.apply(RandomPlay.action(legal, using: &rng), by: legal.player)
            }
        }
        func time(_ body: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let botSeconds = time { for r in requests { _ = bot.choose(r) } }
        let sample = requests.prefix(100)
        let analysisSeconds = time { for r in sample { _ = DecisionAnalyzer.analyze(r, action: .checkOrCall) } }
        return [
            BenchFigure(name: "offline bot decisions", value: Double(requests.count) / botSeconds, unit: "decisions/s", goal: nil),
            BenchFigure(name: "decision analysis (equity vs ranges, ±0.5% SE)", value: analysisSeconds / Double(sample.count) * 1000,
                        unit: "ms/decision", goal: nil),
        ]
    }
}
