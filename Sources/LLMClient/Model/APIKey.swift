import Foundation

/// An API key. It prints, dumps and reflects as `[redacted]`, so it cannot slip into logs, errors or records.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret itself, readable only inside this module (to build request headers).
    let secret: String

    /// Wraps a key; surrounding whitespace is trimmed. Returns nil for an empty key.
    public init?(_ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        secret = trimmed
    }

    public var description: String { "[redacted]" }
    public var debugDescription: String { "APIKey([redacted])" }
    public var customMirror: Mirror { Mirror(self, children: []) }

    /// The last four characters, for messages such as "key …abcd" (nil for keys shorter than 12).
    public var hint: String? { secret.count >= 12 ? "…" + secret.suffix(4) : nil }
}
