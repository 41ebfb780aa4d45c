import Foundation
import PokerAI

/// The text file a developer edits to change a captured prompt: the system prompt and the user
/// message under two marker lines. Lines starting with `#` before the first marker are help.
public enum PromptEditText {
    public static let systemMarker = "===== SYSTEM PROMPT ====="
    public static let userMarker = "===== USER MESSAGE ====="

    /// The file's content for `prompt`.
    public static func render(_ prompt: DecisionPrompt) -> String {
        """
        # Edit the prompt below, save and quit; the edited prompt is sent instead of the captured one.
        # Keep both marker lines. Leaving the file unchanged re-sends the prompt as captured.
        \(systemMarker)
        \(prompt.system)
        \(userMarker)
        \(prompt.user)

        """
    }

    /// The prompt read back from an edited file.
    public static func parse(_ text: String) throws(PromptEditError) -> DecisionPrompt {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let systemLine = lines.firstIndex(of: systemMarker) else { throw .missingMarker(systemMarker) }
        guard let userLine = lines.firstIndex(of: userMarker) else { throw .missingMarker(userMarker) }
        guard systemLine < userLine else { throw .markersOutOfOrder }
        let system = lines[(systemLine + 1)..<userLine].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let user = lines[(userLine + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !system.isEmpty else { throw .empty("system prompt") }
        guard !user.isEmpty else { throw .empty("user message") }
        return DecisionPrompt(system: system, user: user)
    }
}

/// Why an edited prompt file cannot be used.
public enum PromptEditError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingMarker(String)
    case markersOutOfOrder
    case empty(String)

    public var description: String {
        switch self {
        case let .missingMarker(marker): "the edited file lost its \"\(marker)\" line"
        case .markersOutOfOrder: "the system prompt marker must come before the user message marker"
        case let .empty(part): "the edited \(part) is empty"
        }
    }
}
