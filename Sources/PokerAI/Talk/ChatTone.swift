/// The tone of something the human typed at the table.
public enum ChatTone: String, Codable, Sendable, Hashable, CaseIterable {
    /// A taunt or insult.
    case needle
    /// A compliment or thanks.
    case praise
    /// Anything else.
    case neutral
}
