import PokerEngine

/// The raise box: presets and typed amounts checked against the legal bounds, with every wrong
/// entry explained in one sentence.
public enum RaiseEntry {
    /// A one-key amount.
    public struct Preset: Hashable, Sendable {
        public var key: Character
        public var label: String
        public var amount: Chips
    }

    /// min, ½ pot, ¾ pot, pot and all-in, clamped into the legal range; empty when raising is closed.
    public static func presets(_ legal: LegalActions) -> [Preset] {
        guard let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo else { return [] }
        var presets = [Preset(key: "m", label: "min", amount: minimum)]
        for (key, label, fraction) in [("h", "\u{00BD} pot", 0.5), ("t", "\u{00BE} pot", 0.75), ("p", "pot", 1.0)] as [(Character, String, Double)] {
            if let amount = legal.raiseTo(potFraction: fraction) { presets.append(Preset(key: key, label: label, amount: amount)) }
        }
        presets.append(Preset(key: "a", label: "all-in", amount: maximum))
        return presets
    }

    /// "Bet" when nothing has been bet on this street, "Raise to" otherwise.
    public static func verb(_ legal: LegalActions) -> String { legal.isOpeningBet ? "Bet" : "Raise to" }

    /// The amount typed, if it is legal.
    public static func validate(_ text: String, legal: LegalActions) -> Result<Chips, RaiseProblem> {
        guard let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo else {
            return .failure(.closed(reason: legal.raiseBlock.map { RuleError.raiseNotAllowed(player: legal.player, reason: $0).description }
                                    ?? "raising is not possible now"))
        }
        let digits = text.filter { $0 != "," && $0 != " " }
        guard !digits.isEmpty else { return .failure(.empty(minimum: minimum, maximum: maximum)) }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int(digits) else {
            return .failure(.notANumber(text))
        }
        let amount = Chips(value)
        let verb = verb(legal)
        if amount < minimum { return .failure(.belowMinimum(verb: verb, amount: amount, minimum: minimum)) }
        if amount > maximum { return .failure(.aboveMaximum(verb: verb, amount: amount, maximum: maximum)) }
        return .success(amount)
    }
}

/// Why a typed raise was refused.
public enum RaiseProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case empty(minimum: Chips, maximum: Chips)
    case notANumber(String)
    case belowMinimum(verb: String, amount: Chips, minimum: Chips)
    case aboveMaximum(verb: String, amount: Chips, maximum: Chips)
    case closed(reason: String)

    public var description: String {
        switch self {
        case let .empty(minimum, maximum):
            "Type an amount from \(Format.chips(minimum)) to \(Format.chips(maximum))."
        case let .notANumber(text):
            "\"\(TextSanitizer.sanitizeLine(text))\" is not an amount: type digits only."
        case let .belowMinimum(verb, amount, minimum):
            "\(verb) \(Format.chips(amount)) is below the minimum \(Format.chips(minimum))."
        case let .aboveMaximum(verb, amount, maximum):
            "\(verb) \(Format.chips(amount)) is more than you have: the most is \(Format.chips(maximum)) (all-in)."
        case let .closed(reason):
            "You cannot raise: \(reason)."
        }
    }
}
