/// What a cell *means*, not how it looks. Renderers pick a role; the ``Palette`` alone decides the
/// colours and attributes, so `NO_COLOR`, monochrome terminals and snapshot tests all read the
/// same render output.
public enum Style: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    case dim
    case border
    case title
    /// Red suits: hearts and diamonds.
    case heartsDiamonds
    /// Black suits: spades and clubs.
    case spadesClubs
    case cardBack
    /// The seat whose turn it is.
    case actor
    case chip
    /// The dealer button and other table tokens.
    case button
    case warning
    case error
    case success
    case highlight
    case selection
    /// A key name in the action bar or help overlay.
    case key
    /// An AI seat's "thinking…" indicator.
    case thinking
    case talk
    case gesture
    case emotion
    /// Diamonds in a four-colour deck.
    case diamonds
    /// Clubs in a four-colour deck.
    case clubs

    /// The one-letter code used by ``ScreenBuffer/styledDump()``; `.` is ``normal``.
    public var letter: Character {
        switch self {
        case .normal: "."
        case .dim: "d"
        case .border: "o"
        case .title: "T"
        case .heartsDiamonds: "r"
        case .spadesClubs: "k"
        case .cardBack: "b"
        case .actor: "A"
        case .chip: "c"
        case .button: "B"
        case .warning: "W"
        case .error: "E"
        case .success: "S"
        case .highlight: "H"
        case .selection: "s"
        case .key: "K"
        case .thinking: "n"
        case .talk: "t"
        case .gesture: "g"
        case .emotion: "e"
        case .diamonds: "D"
        case .clubs: "L"
        }
    }
}
