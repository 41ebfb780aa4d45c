import Foundation
import PokerEngine

/// What a PokerStars hand history needs beyond the engine's `Hand`: numbers, names, seats, the
/// level and the time. Lists are in the hand's position order (the button last).
public struct PokerStarsTable: Hashable, Sendable {
    /// `PokerStars Hand #<handNumber>`: unique per hand (the store derives it from the tournament number and the hand's number).
    public var handNumber: Int64
    /// `Tournament #<tournamentNumber>` (the store derives it from the game's seed and creation time).
    public var tournamentNumber: Int64
    /// Buy-in text as PokerStars writes it, e.g. `$10+$1 USD`, or `Freeroll`.
    public var buyIn: String
    /// 1-based blind level (written in Roman numerals).
    public var level: Int
    public var startedAt: Date
    /// Seats at the table (`6-max`).
    public var tableSize: Int
    /// 1-based seat number of each position.
    public var seatNumbers: [Int]
    /// Player name of each position (cleaned up by the writer).
    public var names: [String]
    /// Position index whose hole cards are written as `Dealt to`; nil writes none.
    public var hero: Int?
    /// Finishing place of each position busted in this hand (`… finished the tournament in 3rd place`).
    public var finishes: [Int: Int] = [:]
    /// 1-based seat of the button when it is not the last position's (a dead button in front of
    /// an empty seat); nil: the last position has the button.
    public var buttonSeatNumber: Int?
    /// The level's blinds for the header; nil: read from the hand's forced bets.
    public var blinds: BlindLevel?

    public init(handNumber: Int64, tournamentNumber: Int64, buyIn: String = "$0+$0 USD", level: Int, startedAt: Date,
                tableSize: Int, seatNumbers: [Int], names: [String], hero: Int? = nil, buttonSeatNumber: Int? = nil,
                blinds: BlindLevel? = nil) {
        self.handNumber = handNumber
        self.tournamentNumber = tournamentNumber
        self.buyIn = buyIn
        self.level = level
        self.startedAt = startedAt
        self.tableSize = tableSize
        self.seatNumbers = seatNumbers
        self.names = names
        self.hero = hero
        self.buttonSeatNumber = buttonSeatNumber
        self.blinds = blinds
    }

    /// Names safe for the format: no control characters, colons, brackets or parentheses (the
    /// parsers match names greedily up to `: ` and ` (`), never empty, all distinct.
    var safeNames: [String] {
        var used = Set<String>()
        return names.indices.map { p in
            let seat = p < seatNumbers.count ? seatNumbers[p] : p + 1
            var clean = String(names[p].unicodeScalars.filter { scalar in
                !(scalar.properties.generalCategory == .control || ":[]()".unicodeScalars.contains(scalar))
            }.map(Character.init))
            clean = clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if clean.isEmpty || clean.hasPrefix("Seat ") || clean.hasPrefix("Uncalled ") { clean = "Player \(seat)" }
            if used.contains(clean) { clean += " \(seat)" }
            used.insert(clean)
            return clean
        }
    }

    /// `2024/03/01 20:15:00` in US Eastern time, as PokerStars stamps hands.
    var easternTime: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York") ?? TimeZone(secondsFromGMT: -5 * 3600) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: startedAt)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)/\(two(c.month))/\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// `1st`, `2nd`, `3rd`, `11th`.
    static func ordinal(_ n: Int) -> String {
        let tens = n % 100, ones = n % 10
        let suffix = (11...13).contains(tens) ? "th" : (ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th")
        return "\(n)\(suffix)"
    }

    static func roman(_ number: Int) -> String {
        guard number > 0 else { return "I" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }
}
