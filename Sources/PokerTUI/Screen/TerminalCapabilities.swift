/// What the terminal can show. Renderers read this instead of asking the terminal, so one render
/// function produces either the Unicode or the ASCII screen, in colour or not.
public struct TerminalCapabilities: Hashable, Sendable {
    /// Unicode suits (♠♥♦♣) and box drawing; otherwise ASCII (`s h d c`, `+-|`).
    public var unicode: Bool
    /// Colours are used; when false only attributes (bold, reverse, underline, dim) are.
    public var colors: Bool
    /// Cards in four colours (a display choice carried with the capabilities to every renderer).
    public var fourColorDeck: Bool

    /// Creates a capability set.
    public init(unicode: Bool, colors: Bool, fourColorDeck: Bool = false) {
        self.unicode = unicode
        self.colors = colors
        self.fourColorDeck = fourColorDeck
    }

    /// A UTF-8 colour terminal.
    public static let full = TerminalCapabilities(unicode: true, colors: true)
    /// The most restricted terminal: ASCII glyphs, no colours.
    public static let plain = TerminalCapabilities(unicode: false, colors: false)

    /// Decides capabilities from the environment and what the terminal reported.
    ///
    /// `NO_COLOR` set to any non-empty value turns colours off (https://no-color.org).
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - codesetIsUTF8: whether the locale's codeset is UTF-8 after `setlocale`.
    ///   - terminalHasColors: whether the terminal description supports colours.
    public static func detect(
        environment: [String: String], codesetIsUTF8: Bool, terminalHasColors: Bool
    ) -> TerminalCapabilities {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return TerminalCapabilities(unicode: codesetIsUTF8, colors: terminalHasColors && !noColor)
    }

    /// Whether the terminal should switch to `C.UTF-8` when the locale the environment chose is
    /// not UTF-8: only when the environment chose none at all (`LC_ALL`, `LC_CTYPE` and `LANG`
    /// unset or empty — a bare container, where the suits would otherwise be garbage). A locale
    /// asked for by name, `LANG=C` included, is honoured, and its terminal gets the ASCII screen.
    public static func wantsUTF8Fallback(environment: [String: String]) -> Bool {
        ["LC_ALL", "LC_CTYPE", "LANG"].allSatisfy { (environment[$0] ?? "").isEmpty }
    }
}
