/// Where a player sits for preflop ranges, counted from the button: the 6-max names, with `early`
/// for seats before UTG at 7–10 players (they play tighter still) and the heads-up button apart.
public enum ChartSeat: String, Hashable, Sendable, CaseIterable, Codable {
    case early = "EP", utg = "UTG", hj = "HJ", co = "CO", btn = "BTN", sb = "SB", bb = "BB"
    /// Heads-up: the button posts the small blind and acts first preflop.
    case headsUpButton = "BTN/SB"

    /// The seat of engine position `position` (0 = small blind … last = button; heads-up 0 = big
    /// blind, 1 = button) at a table of `playerCount`.
    public init(position: Int, playerCount n: Int) {
        if n == 2 {
            self = position == 1 ? .headsUpButton : .bb
            return
        }
        if position == 0 { self = .sb; return }
        if position == 1 { self = .bb; return }
        switch n - 1 - position {
        case 0: self = .btn
        case 1: self = .co
        case 2: self = .hj
        case 3: self = .utg
        default: self = .early
        }
    }

    /// Acts after the flop after `other` (the button last, then backwards; the blinds first).
    public func isInPosition(over other: ChartSeat) -> Bool { postflopOrder > other.postflopOrder }

    var postflopOrder: Int {
        switch self {
        case .sb: 0
        case .bb: 1
        case .early: 2
        case .utg: 3
        case .hj: 4
        case .co: 5
        case .btn, .headsUpButton: 6
        }
    }

    /// Early (UTG and before), middle (HJ), late (CO, button), blinds — for coarse rules.
    public var isBlind: Bool { self == .sb || self == .bb }
}
