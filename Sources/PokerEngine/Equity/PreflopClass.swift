/// One of the 169 starting-hand classes: a pair (`AA`), suited (`AKs`) or offsuit (`T9o`).
public struct PreflopClass: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Shape: String, Hashable, Sendable, Codable {
        case pair, suited, offsuit
    }

    /// The higher rank (equal to `low` for pairs).
    public let high: Rank
    public let low: Rank
    public let shape: Shape

    /// The class of any two cards.
    public init(_ first: Card, _ second: Card) {
        high = max(first.rank, second.rank)
        low = min(first.rank, second.rank)
        shape = first.rank == second.rank ? .pair : first.suit == second.suit ? .suited : .offsuit
    }

    /// `high` and `low` in either order; nil for a pair that is not `.pair` or vice versa.
    public init?(_ first: Rank, _ second: Rank, _ shape: Shape) {
        guard (first == second) == (shape == .pair) else { return nil }
        high = max(first, second)
        low = min(first, second)
        self.shape = shape
    }

    /// Parses `AA`, `AKs`, `t9o` (ranks in either order, case-insensitive).
    public init?(_ name: String) {
        let chars = Array(name)
        guard chars.count == 2 || chars.count == 3,
              let first = Rank(character: chars[0]), let second = Rank(character: chars[1])
        else { return nil }
        let shape: Shape
        switch chars.count == 3 ? Character(chars[2].lowercased()) : nil {
        case nil where first == second: shape = .pair
        case "s": shape = .suited
        case "o": shape = .offsuit
        default: return nil
        }
        self.init(first, second, shape)
    }

    /// `AA`, `AKs`, `T9o`.
    public var name: String {
        let ranks = "\(high.character)\(low.character)"
        switch shape {
        case .pair: return ranks
        case .suited: return ranks + "s"
        case .offsuit: return ranks + "o"
        }
    }

    public var description: String { name }

    /// 6 for a pair, 4 suited, 12 offsuit.
    public var comboCount: Int {
        switch shape {
        case .pair: 6
        case .suited: 4
        case .offsuit: 12
        }
    }

    /// Every two-card combination of this class, ordered by `HoleCards.index`.
    public var combos: [HoleCards] {
        var result: [HoleCards] = []
        for highSuit in Suit.allCases {
            for lowSuit in Suit.allCases {
                let suited = highSuit == lowSuit
                switch shape {
                case .pair: guard highSuit > lowSuit else { continue }
                case .suited: guard suited else { continue }
                case .offsuit: guard !suited else { continue }
                }
                if let combo = HoleCards(Card(high, highSuit), Card(low, lowSuit)) { result.append(combo) }
            }
        }
        return result.sorted()
    }

    /// All 169 classes in the usual 13 × 13 grid order: row by row from aces, pairs on the
    /// diagonal, suited hands above it, offsuit below (`AA AKs AQs … AKo KK KQs …`).
    public static let all: [PreflopClass] = Rank.allCases.reversed().flatMap { row in
        Rank.allCases.reversed().compactMap { column in
            column == row ? PreflopClass(row, column, .pair)
                : column < row ? PreflopClass(row, column, .suited) : PreflopClass(row, column, .offsuit)
        }
    }
}
