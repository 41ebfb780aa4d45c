/// What a key means on an AI lab screen: a message for the screen's own update, or one of the
/// keys every screen shares (help, quit), which the app handles.
///
/// The screens' key tables are ``KeyBindings`` of these, so the same table maps keys and
/// generates the `?` help.
public enum LabKey<Message: Hashable & Sendable>: Hashable, Sendable {
    case message(Message)
    case help
    case quit
}

extension KeyBindings {
    /// The screen message bound to `key`, if the key means one.
    func message<Message>(for key: Key) -> Message? where Intent == LabKey<Message> {
        guard case let .message(message) = intent(for: key) else { return nil }
        return message
    }
}
