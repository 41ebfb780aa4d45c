/// Who said a message in a chat.
public enum ChatRole: String, Sendable, Codable, Hashable {
    case system, user, assistant
}

/// One message of a chat request.
public struct ChatMessage: Sendable, Codable, Hashable {
    /// The speaker.
    public var role: ChatRole
    /// Plain text content.
    public var content: String

    /// Creates a message.
    public init(role: ChatRole, content: String) {
        self.role = role
        self.content = content
    }

    /// A system (instructions) message.
    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
    /// A user message.
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
    /// An assistant message (an earlier answer, e.g. in a correction turn).
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: .assistant, content: content) }
}
