import PokerEngine

/// One line of a PHH `actions` list. Players are 0-based here (`p1` in the text is player 0).
public enum PHHAction: Hashable, Sendable {
    /// `d dh p1 AsKs` — unknown cards (`??`) are nil.
    case dealHole(player: Int, cards: [Card?])
    /// `d db Jc3d5c`
    case dealBoard(cards: [Card])
    /// `p3 f`
    case fold(player: Int)
    /// `p2 cc`
    case checkOrCall(player: Int)
    /// `p1 cbr 200` — raise **to** 200 on this street.
    case betOrRaise(player: Int, to: Chips)
    /// `p2 sm AsKs` shows, `p2 sm` mucks (cards nil).
    case showOrMuck(player: Int, cards: [Card?]?)

    /// Parses one action string; text after `#` is commentary and ignored. Amounts are read in
    /// `unit` (see `PHHScaling`).
    public static func parse(_ line: String, unit: ChipUnit = .whole) throws(PHHError) -> PHHAction {
        let parts = words(line)
        guard parts.count >= 2 else { throw .badAction(line, "too short") }
        if parts[0] == "d" {
            switch parts[1] {
            case "dh":
                guard parts.count == 4, let p = player(parts[2]) else { throw .badAction(line, "expected d dh pN CARDS") }
                return .dealHole(player: p, cards: try cards(parts[3], line: line))
            case "db":
                guard parts.count == 3 else { throw .badAction(line, "expected d db CARDS") }
                let board = try cards(parts[2], line: line)
                let known = board.compactMap { $0 }
                guard known.count == board.count else { throw .badAction(line, "unknown board cards") }
                return .dealBoard(cards: known)
            default:
                throw .badAction(line, "unknown dealer action '\(parts[1])' (No-Limit Hold'em uses dh and db)")
            }
        }
        guard let p = player(parts[0]) else { throw .badAction(line, "'\(parts[0])' is not a player like p1") }
        switch parts[1] {
        case "f" where parts.count == 2: return .fold(player: p)
        case "cc" where parts.count == 2: return .checkOrCall(player: p)
        case "cbr" where parts.count == 3:
            guard let amount = DecimalAmount(parts[2]), amount.significand >= 0 else {
                throw .badAction(line, "'\(parts[2])' is not an amount")
            }
            guard let chips = unit.chips(amount) else { throw .amountTooFine(field: "actions") }
            return .betOrRaise(player: p, to: chips)
        case "sm" where parts.count == 2: return .showOrMuck(player: p, cards: nil)
        case "sm" where parts.count == 3:
            if parts[2] == "-" { return .showOrMuck(player: p, cards: []) }
            return .showOrMuck(player: p, cards: try cards(parts[2], line: line))
        case "sd", "pb": throw .unsupportedVariant("a draw or stud action (\(parts[1]))")
        default: throw .badAction(line, "unknown action '\(parts[1])'")
        }
    }

    /// The words of an action line without its commentary.
    static func words(_ line: String) -> [String] {
        let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// The amount of a `cbr` line as written, nil for other lines (used to choose the unit).
    static func writtenAmount(_ line: String) -> DecimalAmount? {
        let parts = words(line)
        guard parts.count == 3, parts[1] == "cbr" else { return nil }
        return DecimalAmount(parts[2])
    }

    static func player(_ token: String) -> Int? {
        guard token.first == "p", let n = Int(token.dropFirst()), n >= 1 else { return nil }
        return n - 1
    }

    static func cards(_ token: String, line: String) throws(PHHError) -> [Card?] {
        let chars = Array(token)
        guard chars.count % 2 == 0 else { throw .badAction(line, "odd number of card characters in '\(token)'") }
        var out: [Card?] = []
        for i in stride(from: 0, to: chars.count, by: 2) {
            let text = String(chars[i...i + 1])
            if text == "??" { out.append(nil); continue }
            guard let card = Card(text) else { throw .badAction(line, "'\(text)' is not a card") }
            out.append(card)
        }
        return out
    }

    /// The PHH text of this action in whole chips.
    public var text: String { text(unit: .whole) }

    /// The PHH text of this action, amounts written in the original unit.
    public func text(unit: ChipUnit) -> String {
        func cardText(_ cards: [Card?]) -> String { cards.map { $0?.description ?? "??" }.joined() }
        switch self {
        case let .dealHole(p, cards): return "d dh p\(p + 1) \(cardText(cards))"
        case let .dealBoard(cards): return "d db \(cards.map(\.description).joined())"
        case let .fold(p): return "p\(p + 1) f"
        case let .checkOrCall(p): return "p\(p + 1) cc"
        case let .betOrRaise(p, amount): return "p\(p + 1) cbr \(unit.text(amount))"
        case let .showOrMuck(p, cards?): return "p\(p + 1) sm \(cardText(cards))"
        case let .showOrMuck(p, nil): return "p\(p + 1) sm"
        }
    }
}
