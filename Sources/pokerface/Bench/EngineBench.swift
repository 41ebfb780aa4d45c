import Dispatch
import PokerEngine

/// Random legal hands per second through the rules engine alone (one core).
struct EngineBench {
    static func run(seconds: Double = 1.0) -> [BenchFigure] {
        var best = 0.0
        var decisions = 0
        for round in 0..<3 {
            var rng = SeededGenerator(seed: UInt64(100 + round))
            let start = DispatchTime.now().uptimeNanoseconds
            var hands = 0
            var elapsed = 0.0
            decisions = 0
            while elapsed < seconds {
                for _ in 0..<1000 {
                    if let hand = try? RandomPlay.playHand(using: &rng) {
                        hands += 1
                        decisions += hand.events.count
                    }
                }
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
            best = max(best, Double(hands) / elapsed)
        }
        return [BenchFigure(name: "engine random legal hands", value: best, unit: "hands/s", goal: ">= 50,000")]
    }
}
