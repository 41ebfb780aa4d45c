import PokerEngine

extension TerminalCheck {
    /// Draws the check screen at `size` (it is laid out for 80×24 and up).
    public static func render(_ state: State, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let frame = buffer.bounds
        buffer.drawBox(frame, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: "pokerface terminal-check")
        let left = frame.x + 3, valueX = left + 12
        var y = frame.y + 2

        func row(_ label: String, _ value: String, style: Style = .normal) {
            buffer.write(label, at: (left, y), style: .dim)
            buffer.write(value, at: (valueX, y), style: style)
            y += 1
        }

        row("size", "\(size.text(capabilities: capabilities))  (minimum \(TerminalSize.minimum.text(capabilities: capabilities)))")
        buffer.write("cards", at: (left, y), style: .dim)
        var x = valueX
        for card in [Card(.ace, .spades), Card(.king, .hearts), Card(.queen, .diamonds), Card(.jack, .clubs)] {
            x = buffer.writeCard(card, at: (x, y), capabilities: capabilities) + 1
        }
        buffer.write(CardFace.back(capabilities: capabilities), at: (x + 1, y), style: .cardBack)
        y += 1
        row("unicode", capabilities.unicode ? "yes (UTF-8 locale)" : "no: ASCII suits and borders")
        row("colours", capabilities.colors ? "yes (NO_COLOR=1 turns them off)" : "no: attributes only")
        row("TERM", TextSanitizer.sanitizeLine(state.term))
        row("process", "\(state.processID)")
        let echoed = state.lastKey.map(\.name) ?? "(none yet: press a key)"
        row("last key", echoed, style: .highlight)
        row("", "\(state.keysEchoed) echoed, \(state.resizes) resizes", style: .dim)
        y += 1

        buffer.write("styles", at: (left, y), style: .dim)
        var styleX = valueX
        for style in Style.allCases {
            let name = String(describing: style)
            if styleX + DisplayWidth.of(name) > frame.maxX - 3 {
                y += 1
                styleX = valueX
            }
            styleX = buffer.write(name, at: (styleX, y), style: style) + 1
        }

        let footer = frame.maxY - 2
        var footerX = left
        for (keys, word) in [("q", "quit"), ("?/F1", "help")] {
            footerX = buffer.write(keys, at: (footerX, footer), style: .key) + 1
            footerX = buffer.write(word, at: (footerX, footer)) + 3
        }
        buffer.write("any other key is echoed", at: (footerX, footer), style: .dim)

        if state.showingHelp {
            renderHelpOverlay(bindings: bindings, into: &buffer, capabilities: capabilities)
        }
        return buffer
    }
}
