import PokerAI

/// One player's HUD row: the PokerTracker-style statistics, as rates (nil before the first chance).
public struct HUDLine: Hashable, Sendable {
    public var name: String
    public var isHuman: Bool
    public var hands: Int
    public var vpip: Double?
    public var pfr: Double?
    public var threeBet: Double?
    public var aggressionFactor: Double?
    public var wentToShowdown: Double?
    public var wonAtShowdown: Double?
    public var bigBlindsPer100: Double?

    /// A row from its numbers.
    public init(name: String, isHuman: Bool, hands: Int, vpip: Double?, pfr: Double?, threeBet: Double?,
                aggressionFactor: Double?, wentToShowdown: Double?, wonAtShowdown: Double?, bigBlindsPer100: Double?) {
        self.name = name
        self.isHuman = isHuman
        self.hands = hands
        self.vpip = vpip
        self.pfr = pfr
        self.threeBet = threeBet
        self.aggressionFactor = aggressionFactor
        self.wentToShowdown = wentToShowdown
        self.wonAtShowdown = wonAtShowdown
        self.bigBlindsPer100 = bigBlindsPer100
    }

    /// The row for a player an ``OpponentModel`` describes.
    public init(name: String, isHuman: Bool, model: OpponentModel) {
        // AF is (bets + raises) ÷ calls: with bets and no calls it is infinite, not the count of bets.
        let factor: Double? = model.postflopCalls == 0 ? (model.postflopBetsRaises > 0 ? .infinity : nil) : model.aggressionFactor
        self.init(name: name, isHuman: isHuman, hands: model.handsObserved, vpip: model.vpip.rate, pfr: model.pfr.rate,
                  threeBet: model.threeBet.rate, aggressionFactor: factor,
                  wentToShowdown: model.wentToShowdown.rate, wonAtShowdown: model.wonAtShowdown.rate,
                  bigBlindsPer100: model.bigBlindsPer100)
    }
}

/// Draws HUD rows as a table:
///
///     Player        Hands  VPIP  PFR  3-bet   AF  WTSD  W$SD  bb/100
///     Hemingway        42   31%  22%    8%   2.5   28%   55%    12.4
public enum HUDTable {
    static let columns: [(title: String, width: Int)] = [
        ("Hands", 6), ("VPIP", 6), ("PFR", 5), ("3-bet", 6), ("AF", 5), ("WTSD", 6), ("W$SD", 6), ("bb/100", 8),
    ]

    /// The width the table needs with names `nameWidth` columns wide.
    public static func width(nameWidth: Int) -> Int { nameWidth + columns.reduce(0) { $0 + $1.width } }

    /// Draws the header and one row per line from (x, y); returns the next free row.
    @discardableResult
    public static func draw(_ lines: [HUDLine], into buffer: inout ScreenBuffer, x: Int, y: Int, nameWidth: Int,
                            capabilities: TerminalCapabilities) -> Int {
        var column = x + nameWidth
        buffer.write("Player", at: (x, y), style: .title)
        for (title, width) in columns {
            buffer.write(title, at: (column + width - title.count, y), style: .title)
            column += width
        }
        var row = y + 1
        let ellipsis = capabilities.unicode ? "\u{2026}" : "."
        for line in lines {
            let name = DisplayWidth.truncate(TableNarrator.clean(line.name), toWidth: nameWidth - 1, ellipsis: ellipsis)
            buffer.write(name, at: (x, row), style: line.isHuman ? .highlight : .normal)
            let unicode = capabilities.unicode
            let values = [
                String(line.hands), Format.percent(line.vpip, unicode: unicode), Format.percent(line.pfr, unicode: unicode),
                Format.percent(line.threeBet, unicode: unicode),
                line.aggressionFactor == .infinity ? (unicode ? "\u{221E}" : "inf") : Format.decimal(line.aggressionFactor, unicode: unicode),
                Format.percent(line.wentToShowdown, unicode: unicode), Format.percent(line.wonAtShowdown, unicode: unicode),
                Format.decimal(line.bigBlindsPer100, unicode: unicode),
            ]
            column = x + nameWidth
            for (value, (_, width)) in zip(values, columns) {
                buffer.write(value, at: (column + width - DisplayWidth.of(value), row))
                column += width
            }
            row += 1
        }
        return row
    }
}
