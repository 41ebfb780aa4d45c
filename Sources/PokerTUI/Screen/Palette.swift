/// The eight ANSI colours ncurses can always pair with the terminal's default background.
public enum TerminalColor: Int16, Hashable, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one ``Style`` looks: optional colours plus attributes. A pure value; the curses terminal
/// turns it into a colour pair and an attribute mask.
public struct Appearance: Hashable, Sendable {
    /// Foreground colour; `nil` keeps the terminal's default.
    public var foreground: TerminalColor?
    /// Background colour; `nil` keeps the terminal's default.
    public var background: TerminalColor?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    /// Creates an appearance; everything defaults to the terminal's plain text.
    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// True when the appearance needs a colour pair.
    public var hasColor: Bool { foreground != nil || background != nil }

    /// The same attributes with the colours removed (for `NO_COLOR` and monochrome terminals).
    public var withoutColor: Appearance {
        Appearance(bold: bold, dim: dim, reverse: reverse, underline: underline)
    }
}

/// The single place where semantic ``Style`` roles become colours and attributes.
public struct Palette: Sendable {
    /// Whether colours are used at all; attributes (bold, reverse, underline, dim) always are.
    public let colors: Bool

    /// A palette for a terminal with the given capabilities.
    public init(capabilities: TerminalCapabilities) {
        colors = capabilities.colors
    }

    /// The appearance of a role; without colours only the attributes remain.
    public func appearance(of style: Style) -> Appearance {
        let full = Palette.colored(style)
        return colors ? full : full.withoutColor
    }

    private static func colored(_ style: Style) -> Appearance {
        switch style {
        case .normal: Appearance()
        case .dim, .thinking: Appearance(dim: true)
        case .border: Appearance(foreground: .cyan, dim: true)
        case .title: Appearance(foreground: .cyan, bold: true)
        case .heartsDiamonds: Appearance(foreground: .red, bold: true)
        case .spadesClubs: Appearance(bold: true)
        case .cardBack: Appearance(foreground: .blue, reverse: true)
        case .actor: Appearance(foreground: .yellow, bold: true, underline: true)
        case .chip: Appearance(foreground: .green)
        case .button: Appearance(bold: true, reverse: true)
        case .warning: Appearance(foreground: .yellow, bold: true)
        case .error: Appearance(foreground: .red, bold: true, reverse: true)
        case .success: Appearance(foreground: .green, bold: true)
        case .highlight: Appearance(bold: true)
        case .selection: Appearance(reverse: true)
        case .key: Appearance(foreground: .yellow, bold: true)
        case .talk: Appearance(foreground: .cyan)
        case .gesture: Appearance(foreground: .magenta)
        case .emotion: Appearance(foreground: .magenta, bold: true)
        case .diamonds: Appearance(foreground: .blue, bold: true)
        case .clubs: Appearance(foreground: .green, bold: true)
        }
    }
}
