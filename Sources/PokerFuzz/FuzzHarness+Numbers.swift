import Foundation
import PokerEngine

extension FuzzHarness {
    /// Command-line numbers as `play` reads them (`--seats --stack --big-blind --hands-per-level
    /// --decision-timeout`, whitespace-separated): parsed as the argument parser parses `Int` and
    /// `Double`, range-checked by the engine's own entry (`Match.init` against `Chips.maximum`),
    /// then three hands of all-ins played to a showdown — where huge stacks used to trap.
    static let numbers = FuzzHarness(name: "numbers", summary: "command-line numbers into a match (stacks, blinds, levels)") { data in
        let words = String(decoding: data.prefix(256), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count >= 4, let seats = Int(words[0]), let stack = Int(words[1]), let bigBlind = Int(words[2]),
              let perLevel = Int(words[3]) else { return "usage" }
        if words.count > 4 {
            guard let timeout = Double(words[4]), timeout.isFinite, (0.1...3600).contains(timeout) else { return "timeout" }
        }
        guard (2...9).contains(seats), stack > bigBlind, bigBlind >= 2, perLevel >= 1 else { return "range" }
        let schedule = BlindSchedule.growing(bigBlind: Chips(min(bigBlind, Chips.maximum.rawValue)), handsPerLevel: perLevel)
        var match: Match
        do { match = try Match(MatchConfig(seatCount: seats, startingStack: Chips(stack), schedule: schedule, seed: 1)) } catch {
            return FuzzHarness.outcome(error)
        }
        for _ in 0..<3 where !match.isOver {
            guard (try? match.startNextHand()) != nil else { return "start" }
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                let action: Action = legal.maxRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall
                guard (try? match.apply(action, bySeat: seat)) != nil else { return "illegal" }
            }
        }
        return "played"
    }
}
