import ArgumentParser
import Foundation
import PokerEngine
import PokerGame

/// The checks on `play`'s numbers and names, each failing with one sentence that names the
/// option and the value (range checks against overflow come on top of these).
enum PlayArguments {
    static func check(seats: Int, stack: Int, bigBlind: Int, handsPerLevel: Int, hands: Int?, opponents: [String],
                      aiSeats: Int) throws {
        guard (2...9).contains(seats) else { throw ValidationError("--seats must be 2 to 9, not \(seats)") }
        guard stack > 0 else { throw ValidationError("--stack must be a positive number of chips, not \(stack)") }
        guard bigBlind >= 2 else { throw ValidationError("--big-blind must be at least 2 chips, not \(bigBlind)") }
        guard bigBlind <= Chips.maximum.rawValue else {
            throw ValidationError("--big-blind must be at most \(Chips.maximum.grouped) chips, not \(bigBlind)")
        }
        guard stack <= Chips.maximum.rawValue / seats else {
            throw ValidationError("--stack \(stack) is too large: \(seats) stacks together may hold at most "
                + "\(Chips.maximum.grouped) chips, so at most \(Chips(Chips.maximum.rawValue / seats).grouped) each")
        }
        guard stack > bigBlind else {
            throw ValidationError("--stack \(stack) must be larger than the big blind (\(bigBlind))")
        }
        guard handsPerLevel >= 1 else {
            throw ValidationError("--hands-per-level must be at least 1, not \(handsPerLevel)")
        }
        if let hands, hands < 1 {
            throw ValidationError("--hands must be at least 1, not \(hands) (leave it out to play the whole tournament)")
        }
        try checkOpponents(opponents, aiSeats: aiSeats)
    }

    /// Seconds an AI may think: a finite number from 0.1 to 3600 (a huge one overflowed the
    /// deadline arithmetic; `nan` could not be saved).
    static func checkDecisionTimeout(_ seconds: Double) throws {
        guard seconds.isFinite, (0.1...3600).contains(seconds) else {
            throw ValidationError("--decision-timeout must be 0.1 to 3600 seconds, not \(seconds)")
        }
    }

    /// `--antes-from-level`: a 0-based level from 0 to 1000 (as an experiment's `antes_from_level`),
    /// or `none` (nil: no antes).
    static func anteLevel(_ text: String) throws -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "none" { return nil }
        guard let level = Int(trimmed), (0...1000).contains(level) else {
            throw ValidationError("--antes-from-level must be a level from 0 (the first) to 1000, or none, not '\(text)'")
        }
        return level
    }

    /// The sentence for a game `play` could not set up: an unknown `--opponents` name is named as such.
    static func sentence(_ error: NewGameError) -> CLIError {
        guard case let .unknownPersonality(name) = error else { return CLIError(error.description) }
        return CLIError("--opponents names no character called '\(name)' (see `pokerface personalities list`)")
    }

    /// `--opponents` may name each character once, and no more of them than there are AI seats.
    static func checkOpponents(_ names: [String], aiSeats: Int) throws {
        var seen = Set<String>()
        for name in names where !seen.insert(name.lowercased()).inserted {
            throw ValidationError("--opponents names \(name) twice; each character sits once")
        }
        guard names.count <= aiSeats else {
            throw ValidationError("--opponents names \(names.count) characters but the table has \(aiSeats) AI seat\(aiSeats == 1 ? "" : "s")")
        }
    }
}
