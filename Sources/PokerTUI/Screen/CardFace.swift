import PokerEngine

/// How a card looks on screen: `[A♠]` with Unicode, `[As]` without, coloured by suit.
public enum CardFace {
    /// The suit glyph: `♠♥♦♣` with Unicode, `s h d c` otherwise.
    public static func suit(_ suit: Suit, capabilities: TerminalCapabilities) -> String {
        String(capabilities.unicode ? suit.symbol : suit.character)
    }

    /// The card in brackets, e.g. `[K♥]` or `[Kh]`.
    public static func text(_ card: Card, capabilities: TerminalCapabilities) -> String {
        "[\(card.rank.character)\(suit(card.suit, capabilities: capabilities))]"
    }

    /// A face-down card, e.g. `[░░]` or `[##]`.
    public static func back(capabilities: TerminalCapabilities) -> String {
        capabilities.unicode ? "[░░]" : "[##]"
    }

    /// ``Style/heartsDiamonds`` for red suits, ``Style/spadesClubs`` for black ones; with a
    /// four-colour deck diamonds and clubs get their own (blue and green).
    public static func style(of suit: Suit, fourColor: Bool = false) -> Style {
        switch suit {
        case .hearts: .heartsDiamonds
        case .diamonds: fourColor ? .diamonds : .heartsDiamonds
        case .spades: .spadesClubs
        case .clubs: fourColor ? .clubs : .spadesClubs
        }
    }
}

extension ScreenBuffer {
    /// Draws `card` at (x, y) in its suit colour.
    /// - Returns: the column just after the card.
    @discardableResult
    public mutating func writeCard(_ card: Card, at: (x: Int, y: Int), capabilities: TerminalCapabilities) -> Int {
        write(CardFace.text(card, capabilities: capabilities), at: at,
              style: CardFace.style(of: card.suit, fourColor: capabilities.fourColorDeck))
    }
}
