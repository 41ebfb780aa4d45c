import PokerEngine

/// A piece of a styled line: text in a role, or a card drawn the way the terminal can
/// (`[A♠]`/`[As]`). Lines are built from spans at update time and resolved to characters only
/// when rendered, so one log serves Unicode and ASCII terminals alike.
public enum Span: Hashable, Sendable {
    /// Text (already sanitised) in a style.
    case text(String, Style)
    /// A face-up card in its suit colour.
    case card(Card)
    /// A face-down card.
    case cardBack
    /// An empty card slot (`[  ]`), e.g. a board card not dealt yet.
    case cardSlot

    /// Plain text in the normal style.
    public static func plain(_ text: String) -> Span { .text(text, .normal) }

    /// Cards side by side with no gap (`[A♠][K♥]`).
    public static func cards(_ cards: [Card]) -> [Span] { cards.map { .card($0) } }

    /// The characters and style this span draws.
    public func resolved(_ capabilities: TerminalCapabilities) -> (text: String, style: Style) {
        switch self {
        case let .text(text, style): (capabilities.text(text), style)
        case let .card(card):
            (CardFace.text(card, capabilities: capabilities), CardFace.style(of: card.suit, fourColor: capabilities.fourColorDeck))
        case .cardBack: (CardFace.back(capabilities: capabilities), .cardBack)
        case .cardSlot: ("[  ]", .dim)
        }
    }
}

/// A line made of spans.
public typealias SpanLine = [Span]

extension ScreenBuffer {
    /// Draws `spans` from (x, y), clipped at `maxX` (exclusive; the buffer edge by default). A
    /// line cut short ends in `…` (unless `ellipsis` is false), so a reader sees text is missing.
    /// - Returns: the column after the last drawn character.
    @discardableResult
    public mutating func write(spans: [Span], at: (x: Int, y: Int), maxX: Int? = nil,
                               capabilities: TerminalCapabilities, ellipsis: Bool = true) -> Int {
        var limit = maxX ?? width
        let resolved = spans.map { $0.resolved(capabilities) }
        let total = DisplayWidth.of(resolved.map(\.text).joined().trimmingSuffixSpaces)
        let cut = ellipsis && total > limit - at.x && limit - at.x >= 2
        if cut { limit -= 1 }
        var x = at.x
        var lastStyle = Style.normal
        for (text, style) in resolved {
            let room = limit - x
            guard room > 0 else { break }
            let shown = DisplayWidth.of(text) <= room ? text : DisplayWidth.truncate(text, toWidth: room, ellipsis: "")
            x = write(shown, at: (x, at.y), style: style)
            lastStyle = style
        }
        if cut { x = write(capabilities.unicode ? "\u{2026}" : ".", at: (x, at.y), style: lastStyle) }
        return x
    }
}

/// Word-wrapping for span lines.
public enum SpanWrap {
    /// Breaks `spans` into lines at most `width` columns wide. Text breaks at spaces where it can
    /// (a word wider than the line is cut); a card never splits. Continuation lines start with
    /// `indent` spaces.
    public static func wrap(_ spans: [Span], width: Int, indent: Int = 0,
                            capabilities: TerminalCapabilities) -> [[Span]] {
        guard width > indent + 1 else { return [spans] }
        // Tokens: words with their trailing space, cards, and whatever touches them without a
        // space between (`[A♠][K♥]:` stays together).
        var tokens: [[Span]] = []
        var open = false  // the last token did not end with a space
        func add(_ span: Span, endsWithSpace: Bool) {
            if open, !tokens.isEmpty { tokens[tokens.count - 1].append(span) } else { tokens.append([span]) }
            open = !endsWithSpace
        }
        for span in spans {
            guard case let .text(text, style) = span else {
                add(span, endsWithSpace: false)
                continue
            }
            var word = ""
            for character in capabilities.text(text) {
                word.append(character)
                if character == " " {
                    add(.text(word, style), endsWithSpace: true)
                    word = ""
                }
            }
            if !word.isEmpty { add(.text(word, style), endsWithSpace: false) }
        }
        func columns(of spans: [Span]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of($1.resolved(capabilities).text) } }
        var lines: [[Span]] = []
        var line: [Span] = []
        var used = 0
        func newLine() {
            lines.append(line)
            line = indent > 0 ? [.text(String(repeating: " ", count: indent), .normal)] : []
            used = indent
        }
        for token in tokens {
            var visible = columns(of: token)
            if case let .text(text, _)? = token.last, text.hasSuffix(" ") { visible -= 1 }
            if used + visible > width, used > indent { newLine() }
            if used + visible <= width || token.count > 1 || !(token.first.map { if case .text = $0 { true } else { false } } ?? false) {
                line += token
                used += columns(of: token)
                continue
            }
            // One word wider than a line: cut it.
            guard case let .text(word, style)? = token.first else { continue }
            var text = word
            while used + DisplayWidth.of(text.trimmingSuffixSpaces) > width {
                let head = DisplayWidth.truncate(text, toWidth: width - used, ellipsis: "")
                guard !head.isEmpty else { break }
                line.append(.text(head, style))
                text = String(text.dropFirst(head.count))
                newLine()
            }
            if !text.isEmpty {
                line.append(.text(text, style))
                used += DisplayWidth.of(text)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    /// The string without trailing spaces.
    var trimmingSuffixSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
