/// Table position names from a position index (0 = small blind … last = button).
public enum TablePosition {
    /// `SB`, `BB`, `UTG`, `UTG+1`, `MP`, `HJ`, `CO`, `BTN`; heads-up `BTN/SB` and `BB`.
    public static func name(position: Int, playerCount n: Int) -> String {
        if n == 2 { return position == 1 ? "BTN/SB" : "BB" }
        if position == 0 { return "SB" }
        if position == 1 { return "BB" }
        if position == n - 1 { return "BTN" }
        let fromButton = n - 1 - position
        switch fromButton {
        case 1: return "CO"
        case 2 where n >= 7: return "HJ"
        default:
            let early = position - 2
            return early == 0 ? "UTG" : (n >= 8 && early == 1 ? "UTG+1" : "MP")
        }
    }

    /// 0 for the earliest preflop seat to 1 for the button (postflop acting order).
    public static func lateness(position: Int, playerCount n: Int) -> Double {
        if n == 2 { return position == 1 ? 1 : 0.3 }
        if position == 0 { return 0.15 }
        if position == 1 { return 0.2 }
        let seats = Double(max(1, n - 3))
        return 0.3 + 0.7 * Double(position - 2) / seats
    }
}
