import Foundation

/// Removes secrets from text that may reach a log, an error or a usage record.
///
/// The exact keys in use are replaced, and so is anything shaped like a common provider key
/// (`sk-…`, `sk-ant-…`, `gsk_…`, `xai-…`, `AIza…`, `Bearer …`), in case a server echoes a key we never sent.
struct Redactor: Sendable {
    static let mask = "[redacted]"
    private let secrets: [String]

    init(keys: [APIKey?]) {
        secrets = keys.compactMap { $0?.secret }.filter { $0.count >= 4 }
    }

    func callAsFunction(_ text: String) -> String {
        var result = text
        for secret in secrets { result = result.replacingOccurrences(of: secret, with: Self.mask) }
        result = result.replacing(/(?:sk|gsk|xai|pk|rk)[-_][A-Za-z0-9_\-]{12,}/, with: Self.mask)
        result = result.replacing(/AIza[0-9A-Za-z_\-]{20,}/, with: Self.mask)
        result = result.replacing(/[Bb]earer\s+[A-Za-z0-9._\-]{8,}/, with: Self.mask)
        return result
    }

    /// Redacts and shortens a provider message to `limit` characters.
    func message(_ text: String?, limit: Int = 300) -> String? {
        guard let text else { return nil }
        let cleaned = callAsFunction(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if cleaned.isEmpty { return nil }
        return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit)) + "…"
    }
}
