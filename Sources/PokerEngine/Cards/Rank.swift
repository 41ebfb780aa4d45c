/// Card rank, deuce (0) to ace (12).
public enum Rank: UInt8, CaseIterable, Comparable, Sendable, Codable {
    case two, three, four, five, six, seven, eight, nine, ten, jack, queen, king, ace

    public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `2`…`9`, `T`, `J`, `Q`, `K`, `A`.
    public var character: Character { Rank.characters[Int(rawValue)] }

    public init?(character: Character) {
        guard let index = Rank.characters.firstIndex(of: Character(character.uppercased())) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// Singular English name: "Ace", "Ten", "Six".
    public var name: String { Rank.names[Int(rawValue)] }
    /// Plural English name: "Aces", "Sixes".
    public var pluralName: String { rawValue == 4 ? "Sixes" : name + "s" }

    static let characters: [Character] = ["2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K", "A"]
    static let names = ["Deuce", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Jack", "Queen", "King", "Ace"]
}

/// Card suit. The order (clubs, diamonds, hearts, spades) only matters for encoding.
public enum Suit: UInt8, CaseIterable, Comparable, Sendable, Codable {
    case clubs, diamonds, hearts, spades

    public static func < (lhs: Suit, rhs: Suit) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `c`, `d`, `h`, `s`.
    public var character: Character { ["c", "d", "h", "s"][Int(rawValue)] }
    /// `♣`, `♦`, `♥`, `♠`.
    public var symbol: Character { ["♣", "♦", "♥", "♠"][Int(rawValue)] }
    public var isRed: Bool { self == .diamonds || self == .hearts }

    public init?(character: Character) {
        switch character {
        case "c", "C", "♣": self = .clubs
        case "d", "D", "♦": self = .diamonds
        case "h", "H", "♥": self = .hearts
        case "s", "S", "♠": self = .spades
        default: return nil
        }
    }
}
