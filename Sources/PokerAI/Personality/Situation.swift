/// A moment at the table that has canned lines, so an offline table is never silent.
/// The raw value is the key under `lines` in personality files.
public enum Situation: String, CaseIterable, Sendable, Hashable, Codable {
    /// Sitting down at the table.
    case greeting
    /// After raising.
    case raise
    /// After pushing all in.
    case allIn = "all_in"
    /// After folding.
    case fold
    /// After winning a pot.
    case win
    /// After losing a pot at showdown.
    case lose
    /// When a pot grows large.
    case bigPot = "big_pot"
    /// When their bluff is called and shown down.
    case bluffCaught = "bluff_caught"
    /// When they are knocked out (also used for heckling from the rail).
    case bust
    /// Teasing an opponent, or answering a taunt.
    case needle

    /// What the situation means, in words (for documents and generation prompts).
    public var meaning: String {
        switch self {
        case .greeting: "sitting down at the table"
        case .raise: "after raising"
        case .allIn: "after pushing all in"
        case .fold: "after folding"
        case .win: "after winning a pot"
        case .lose: "after losing a pot at showdown"
        case .bigPot: "when the pot grows large"
        case .bluffCaught: "when their bluff is called and shown"
        case .bust: "when knocked out of the game"
        case .needle: "teasing an opponent or answering a taunt"
        }
    }
}

/// Canned lines per ``Situation``. Each line is speech, a `*gesture*`, or both
/// (`*tips hat* Evening, partner.`); text between asterisks is a gesture.
public struct Lines: Sendable, Hashable {
    private var storage: [Situation: [String]]

    /// Lines from a dictionary; situations left out have no lines.
    public init(_ lines: [Situation: [String]]) { storage = lines }

    /// The lines for one situation (empty when there are none).
    public subscript(situation: Situation) -> [String] {
        get { storage[situation] ?? [] }
        set { storage[situation] = newValue }
    }

    /// Every line, situation by situation in ``Situation/allCases`` order.
    public var all: [String] { Situation.allCases.flatMap { self[$0] } }
}
