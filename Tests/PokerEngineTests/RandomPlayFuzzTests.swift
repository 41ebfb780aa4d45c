import Foundation
import Testing
@testable import PokerEngine

/// Seeded random play with the invariants checked after every transition.
@Suite struct RandomPlayFuzzTests {
    static let heavy = ProcessInfo.processInfo.environment["POKERFACE_HEAVY_TESTS"] == "1"

    static func fuzz(hands: Int, seed: UInt64) throws -> (actions: Int, showdowns: Int, allIns: Int) {
        var rng = SeededGenerator(seed: seed)
        var actions = 0, showdowns = 0, allIns = 0
        for _ in 0..<hands {
            let hand = try RandomPlay.playHand(using: &rng) { try $0.checkInvariants() }
            #expect(hand.isComplete)
            #expect(hand.finishingStacks?.sum() == hand.config.startingStacks.sum())
            actions += hand.events.filter(\.isDecision).count
            if hand.events.contains(where: { if case .showed = $0 { true } else { false } }) { showdowns += 1 }
            if hand.isAllInRunout { allIns += 1 }
        }
        return (actions, showdowns, allIns)
    }

    @Test func tenThousandRandomHandsKeepEveryInvariant() throws {
        let stats = try Self.fuzz(hands: 10_000, seed: 2024)
        #expect(stats.showdowns > 1000)
        #expect(stats.allIns > 500)
    }

    @Test(.enabled(if: heavy, "set POKERFACE_HEAVY_TESTS=1 (make test runs it in release)"))
    func hundredThousandRandomHandsInRelease() throws {
        let stats = try Self.fuzz(hands: 100_000, seed: 77)
        print("fuzz: 100000 hands, \(stats.actions) decisions, \(stats.showdowns) showdowns, \(stats.allIns) all-in run-outs")
        #expect(stats.actions > 300_000)
    }

    @Test func theSameSeedPlaysTheSameHands() throws {
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
        for _ in 0..<50 {
            #expect(try RandomPlay.playHand(using: &a) == RandomPlay.playHand(using: &b))
        }
    }
}
