import PokerAI

extension GameSetup {
    /// Draws the form (and the opponent list when it is open).
    public static func render(_ state: SetupState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let box = buffer.bounds.centered(width: min(size.width, 76), height: min(size.height, 15))
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: "New game")
        let left = box.x + 3, valueX = box.x + 22
        let arrows = capabilities.text("\u{25C0} ")
        let arrowsRight = capabilities.text(" \u{25B6}")
        for (index, field) in SetupState.Field.allCases.enumerated() {
            let y = box.y + 2 + index
            let focused = state.field == field
            let (label, value, hint) = describe(field, state)
            if field == .start {
                buffer.write(focused ? "[ Start the game ]" : "  Start the game  ", at: (valueX, y + 1), style: focused ? .selection : .key)
                continue
            }
            buffer.write(label, at: (left, y), style: focused ? .highlight : .dim)
            let adjustable = [.seats, .stack, .blindSpeed, .mode, .ai].contains(field)
            var x = valueX
            if focused && adjustable { x = buffer.write(arrows, at: (x, y), style: .key) }
            let room = box.maxX - x - 3
            x = buffer.write(DisplayWidth.truncate(capabilities.text(value), toWidth: room, ellipsis: "..."), at: (x, y),
                             style: focused ? .selection : .normal)
            if focused && (field == .name || field == .seed) { x = buffer.write(capabilities.text("\u{258F}"), at: (x, y), style: .key) }
            if focused && adjustable { x = buffer.write(arrowsRight, at: (x, y), style: .key) }
            if focused, !hint.isEmpty, x + 2 + hint.count < box.maxX - 1 {
                buffer.write(hint, at: (x + 2, y), style: .dim)
            }
        }
        if let problem = state.problem {
            buffer.writeCentered(problem, y: box.maxY - 3, in: box, style: .error)
        }
        buffer.writeCentered(capabilities.text("\u{2191}\u{2193} field \u{00B7} \u{2190}\u{2192} change \u{00B7} Enter next/open \u{00B7} s start \u{00B7} Esc back"),
                             y: box.maxY - 2, in: box, style: .dim)
        if let cursor = state.picking { drawPicker(state, cursor: cursor, into: &buffer, capabilities: capabilities) }
        return buffer
    }

    static func describe(_ field: SetupState.Field, _ state: SetupState) -> (String, String, String) {
        switch field {
        case .name: return ("Your name", state.name, "type to change")
        case .seats: return ("Seats", "\(state.seats) players", "2 to 9")
        case .opponents:
            let names = state.opponents.compactMap { slug in state.characters.first { $0.slug == slug }?.name }
            let random = state.seats - 1 - names.count
            var text = names.map(TableNarrator.clean).joined(separator: ", ")
            if random > 0 { text += (text.isEmpty ? "" : " + ") + "\(random) random" }
            return ("Opponents", text, "Enter picks")
        case .stack: return ("Starting stack", Format.number(SetupState.stacks[state.stackIndex]) + " chips", "")
        case .blindSpeed:
            let speed = SetupState.speeds[state.speedIndex]
            return ("Blind speed", "\(speed.name) (up every \(speed.handsPerLevel) hands)", "")
        case .mode: return ("Game mode", state.mode.rawValue, modeHint(state.mode))
        case .ai:
            let provider = SetupState.providers[state.providerIndex]
            return ("AI players", provider == "offline" ? "offline bots" : "LLM: \(provider)", provider == "offline" ? "" : "needs a key")
        case .seed: return ("Seed", state.seed.isEmpty ? "random" : state.seed, "digits; empty = random")
        case .start: return ("", "", "")
        }
    }

    static func modeHint(_ mode: GameMode) -> String {
        switch mode {
        case .casual: "personality first"
        case .standard: "AIs see equity"
        case .pro: "equity + verdict, quiet"
        case .competitive: "equity + verdict, talk"
        }
    }

    static func drawPicker(_ state: SetupState, cursor: Int, into buffer: inout ScreenBuffer, capabilities: TerminalCapabilities) {
        let box = buffer.bounds.centered(width: min(buffer.width - 2, 78), height: min(buffer.height - 2, 22))
        buffer.fill(box)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .double),
                       title: "Opponents: \(state.opponents.count) of \(state.seats - 1) picked")
        let rows = box.height - 6
        let first = max(0, min(cursor - rows / 2, state.characters.count - rows))
        let ellipsis = capabilities.unicode ? "\u{2026}" : "..."
        let header = "    Character                Style            " + SetupState.traitLabels.map { $0.padding(to: 6) }.joined()
        buffer.write(header, at: (box.x + 2, box.y + 1), style: .title)
        for (offset, character) in state.characters.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = box.y + 2 + offset
            let order = state.opponents.firstIndex(of: character.slug)
            let mark = order.map { "[\($0 + 1)]" } ?? "[ ]"
            let name = DisplayWidth.truncate(TableNarrator.clean(character.name), toWidth: 24, ellipsis: ellipsis)
            buffer.write("\(mark) \(name)".padding(to: 29), at: (box.x + 2, y),
                         style: index == cursor ? .selection : (order != nil ? .highlight : .normal))
            buffer.write(character.archetype.padding(to: 17), at: (box.x + 31, y), style: .key)
            let traits = character.traits.map { $0.padding(to: 6) }.joined()
            buffer.write(DisplayWidth.truncate(traits, toWidth: box.width - 50, ellipsis: ellipsis), at: (box.x + 48, y), style: .dim)
        }
        if state.characters.indices.contains(cursor) {
            let style = DisplayWidth.truncate(TableNarrator.clean(state.characters[cursor].style), toWidth: box.width - 4, ellipsis: ellipsis)
            buffer.write(style, at: (box.x + 2, box.maxY - 3), style: .talk)
        }
        buffer.writeCentered(capabilities.text("Space pick/drop \u{00B7} r all random \u{00B7} Enter done"), y: box.maxY - 2,
                             in: box, style: .dim)
    }
}
