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

    /// The amount typed, if it is legal: chips (`1,500`), big blinds (`3bb`), times the bet to
    /// beat (`2.5x`; the big blind when nothing is bet) or a share of the pot after calling (`75%`).
    public static func validate(_ text: String, legal: LegalActions, bigBlind: Chips? = nil) -> Result<Chips, RaiseProblem> {
        guard let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo else {
            return .failure(.closed(reason: legal.raiseBlock.map { RuleError.raiseNotAllowed(player: legal.player, reason: $0).description }
                                    ?? "raising is not possible now"))
        }
        let cleaned = text.filter { $0 != "," && $0 != " " }.lowercased()
        guard !cleaned.isEmpty else { return .failure(.empty(minimum: minimum, maximum: maximum)) }
        guard let amount = amount(cleaned, legal: legal, bigBlind: bigBlind) else { return .failure(.notANumber(text)) }
        let verb = verb(legal)
        if amount < minimum { return .failure(.belowMinimum(verb: verb, amount: amount, minimum: minimum)) }
        if amount > maximum { return .failure(.aboveMaximum(verb: verb, amount: amount, maximum: maximum)) }
        return .success(amount)
    }

    /// The raise-to `text` stands for, unclamped; nil when it is not an amount.
    static func amount(_ text: String, legal: LegalActions, bigBlind: Chips?) -> Chips? {
        func number(_ digits: Substring) -> Double? {
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  digits.filter({ $0 == "." }).count <= 1, let value = Double(digits), value.isFinite, value < 1e12
            else { return nil }
            return value
        }
        func chips(_ value: Double) -> Chips { Chips(Int(value.rounded())) }
        if text.hasSuffix("bb") {
            guard let bigBlind, let value = number(text.dropLast(2)) else { return nil }
            return chips(value * Double(bigBlind.rawValue))
        }
        if text.hasSuffix("x") {
            guard let value = number(text.dropLast()) else { return nil }
            let base = legal.currentBet > .zero ? legal.currentBet : (bigBlind ?? .zero)
            return base > .zero ? chips(value * Double(base.rawValue)) : nil
        }
        if text.hasSuffix("%") {
            guard let value = number(text.dropLast()) else { return nil }
            let potAfterCall = legal.potTotal + (legal.currentBet - legal.playerBet)
            return legal.currentBet + chips(Double(potAfterCall.rawValue) * value / 100)
        }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else { return nil }
        return Chips(value)
    }

    /// The amount in the box moved by `steps` big blinds, kept inside the legal range (from the
    /// minimum when the box holds nothing usable).
    public static func nudge(_ text: String, legal: LegalActions, bigBlind: Chips, steps: Int) -> Chips? {
        guard let minimum = legal.minRaiseTo else { return nil }
        let cleaned = text.filter { $0 != "," && $0 != " " }.lowercased()
        let current = amount(cleaned, legal: legal, bigBlind: bigBlind) ?? minimum
        return legal.clampRaise(current + Chips(bigBlind.rawValue * steps))
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
            "\"\(TextSanitizer.sanitizeLine(text))\" is not an amount: type chips (250), big blinds (3bb), times the bet (2.5x) or a share of the pot (75%)."
        case let .belowMinimum(verb, amount, minimum):
            "\(verb) \(Format.chips(amount)) is below the minimum \(Format.chips(minimum))."
        case let .aboveMaximum(verb, amount, maximum):
            "\(verb) \(Format.chips(amount)) is more than you have: the most is \(Format.chips(maximum)) (all-in)."
        case let .closed(reason):
            "You cannot raise: \(reason)."
        }
    }
}
