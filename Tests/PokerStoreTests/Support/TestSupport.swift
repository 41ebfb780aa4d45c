import Foundation
import PokerEngine
@testable import PokerStore

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pokerstore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String = "pokerface.sqlite") -> String { url.appendingPathComponent(name).path }

    func remove() {
        _ = chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}

/// How the test players decide.
enum Policy: Sendable, Hashable {
    /// `RandomPlay.action`: many all-ins, tournaments end in a few dozen hands.
    case random
    /// Mostly checks and calls with small raises and rare all-ins: long games.
    case gentle
}

/// Deterministic test play: every decision depends only on the seed, the hand number and the
/// decision's index in the hand, so a game continued from a saved match plays on identically.
enum Play {
    static func config(seats: Int = 6, stack: Int = 1000, seed: UInt64, handsPerLevel: Int = 6,
                       split: PotSplitRule = .wsop, anteStyle: AnteStyle = .bigBlind) -> MatchConfig {
        MatchConfig(seatCount: seats, startingStack: Chips(stack),
                    schedule: .growing(bigBlind: 20, handsPerLevel: handsPerLevel, antesFromLevel: 2, anteStyle: anteStyle),
                    seed: seed, splitRule: split)
    }

    static func setup(_ config: MatchConfig, humanSeat: Int? = 0) -> GameSetup {
        let names = ["Ada", "Batman", "Gordon Ramsay", "Eeyore", "Marcel the Mime", "Scrooge", "Zed", "Yuki", "Xavier"]
        let seats = (0..<config.seatCount).map { seat in
            SeatSetup(name: names[seat], kind: seat == humanSeat ? .human : .offline,
                      personality: seat == humanSeat ? nil : names[seat].lowercased())
        }
        return GameSetup(seats: seats, mode: "casual", decisionTimeout: 20, match: config)
    }

    /// The seat to act and its decision, or nil when nobody is to act.
    static func decision(_ match: Match, seed: UInt64, policy: Policy = .random) -> (seat: Int, action: Action)? {
        guard let seat = match.seatToAct, let hand = match.hand, let legal = hand.legalActions else { return nil }
        let index = hand.events.filter(\.isDecision).count
        var rng = SeededGenerator.derived(seed: seed, index: UInt64(match.handsPlayed) << 20 | UInt64(index))
        switch policy {
        case .random:
            return (seat, RandomPlay.action(legal, using: &rng))
        case .gentle:
            let roll = Double.random(in: 0..<1, using: &rng)
            let expensive = legal.callAmount.rawValue * 10 > legal.stack.rawValue
            if legal.canFold && roll < (expensive ? 0.9 : 0.3) { return (seat, .fold) }
            if let low = legal.minRaiseTo, let high = legal.maxRaiseTo {
                if roll > 0.997 { return (seat, .betOrRaise(to: high)) }
                if roll > 0.93 { return (seat, .betOrRaise(to: low)) }
            }
            return (seat, .checkOrCall)
        }
    }

    /// One step: deals the next hand or plays one decision, recording it. False when the match is over.
    @discardableResult
    static func step(_ match: inout Match, store: GameStore?, game: GameID, seed: UInt64, policy: Policy = .random,
                     messages: [StoredMessage] = [], aiState: [AISeatState] = []) async throws -> Bool {
        if !match.isHandInProgress {
            if match.isOver { return false }
            let events = try match.startNextHand()
            try await store?.recordHandStarted(game: game, match: match, matchEvents: events)
            return true
        }
        guard let (seat, action) = decision(match, seed: seed, policy: policy) else { return false }
        let result = try match.apply(action, bySeat: seat)
        try await store?.recordAction(game: game, match: match, newEvents: result.hand, matchEvents: result.match,
                                      aiState: aiState, messages: messages)
        return true
    }

    /// Plays the match to its end without a store.
    static func playOut(_ match: inout Match, seed: UInt64, policy: Policy = .random) async throws {
        while try await step(&match, store: nil, game: GameID(0), seed: seed, policy: policy) {}
    }
}
