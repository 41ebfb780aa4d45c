import PokerEngine

/// Writes hands the engine played as PHH, with `finishing_stacks`, in the order PokerKit's
/// replay expects (showdown `sm` lines included, board dealt after an all-in showdown).
public enum PHHWriter {
    /// The PHH record of a finished (or running) hand. `players` are names in position order.
    public static func phhHand(from hand: Hand, players: [String]? = nil,
                               extraFields: [(key: String, toml: String)] = []) -> PHHHand {
        var actions: [PHHAction] = []
        for event in hand.events {
            switch event {
            case let .holeCardsDealt(p, cards):
                // A hidden hand (unknown to an imported record) is dealt face down: `????`.
                actions.append(.dealHole(player: p, cards: cards.isEmpty ? [nil, nil] : cards.map { Optional($0) }))
            case let .boardDealt(_, cards): actions.append(.dealBoard(cards: cards))
            case let .folded(p): actions.append(.fold(player: p))
            case let .checked(p), let .called(p, _, _): actions.append(.checkOrCall(player: p))
            case let .betOrRaised(p, to, _, _, _): actions.append(.betOrRaise(player: p, to: to))
            case let .showed(p, cards, _): actions.append(.showOrMuck(player: p, cards: cards.map { Optional($0) }))
            case let .mucked(p): actions.append(.showOrMuck(player: p, cards: nil))
            case .antePosted, .blindPosted, .uncalledBetReturned, .potAwarded, .handEnded: break
            }
        }
        var phh = PHHHand(antes: hand.config.antes, blindsOrStraddles: hand.config.blindsOrStraddles,
                          minBet: hand.config.minBet, startingStacks: hand.config.startingStacks, actions: actions,
                          anteTrimming: hand.config.anteTrimming, players: players, finishingStacks: hand.finishingStacks)
        phh.extraFields = extraFields
        return phh
    }

    /// One hand as a `.phh` document.
    public static func text(_ hand: PHHHand) -> String {
        let unit = hand.unit
        var lines = [
            "variant = \(quote(hand.variant))",
            "ante_trimming_status = \(hand.anteTrimming)",
            "antes = \(list(hand.antes, unit))",
            "blinds_or_straddles = \(list(hand.blindsOrStraddles, unit))",
            "min_bet = \(unit.text(hand.minBet))",
            "starting_stacks = \(list(hand.startingStacks, unit))",
            "actions = [" + hand.actions.map { quote($0.text(unit: unit)) }.joined(separator: ", ") + "]",
        ]
        if let players = hand.players { lines.append("players = [" + players.map(quote).joined(separator: ", ") + "]") }
        if let finishing = hand.finishingStacks { lines.append("finishing_stacks = \(list(finishing, unit))") }
        for (key, toml) in hand.extraFields { lines.append("\(key) = \(toml)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Many hands as a `.phhs` document: tables `[1]`, `[2]`, …
    public static func text(_ hands: [PHHHand]) -> String {
        hands.enumerated().map { "[\($0.offset + 1)]\n" + text($0.element) }.joined(separator: "\n")
    }

    static func list(_ chips: [Chips], _ unit: ChipUnit) -> String {
        "[" + chips.map(unit.text).joined(separator: ", ") + "]"
    }

    /// A TOML basic string with everything unsafe escaped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
