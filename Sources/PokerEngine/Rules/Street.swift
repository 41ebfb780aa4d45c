/// The four betting rounds of Texas Hold'em.
public enum Street: Int, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case preflop, flop, turn, river

    public static func < (lhs: Street, rhs: Street) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Board cards dealt when this street begins.
    public var cardsDealt: Int { [0, 3, 1, 1][rawValue] }
    /// Board size once this street has been dealt.
    public var boardSize: Int { [0, 3, 4, 5][rawValue] }
    public var next: Street? { Street(rawValue: rawValue + 1) }
    public var description: String { ["preflop", "flop", "turn", "river"][rawValue] }
}
