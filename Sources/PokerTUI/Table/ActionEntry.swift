/// What the human is typing in the action bar.
public enum ActionEntry: Hashable, Sendable {
    case none
    /// A raise-to amount; `typed` is false while it still holds a preset (the next digit replaces it).
    case raise(text: String, typed: Bool)
    /// Words to say at the table.
    case talk(String)
}
