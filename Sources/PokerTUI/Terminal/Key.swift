/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character, including wide and non-ASCII input (`é`, `中`).
    case character(Character)
    /// Control plus a letter, e.g. `.control("c")` for Ctrl-C (never Tab, Enter or Backspace).
    case control(Character)
    case enter
    case escape
    case backspace
    case delete
    case insert
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1…F63.
    case function(Int)
    /// A key code the decoder does not know.
    case unknown(Int32)

    /// A short ASCII name for help text and diagnostics: `q`, `Space`, `Ctrl-C`, `Up`, `PgDn`, `F5`.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .unknown(let code): "key \(code)"
        }
    }
}
