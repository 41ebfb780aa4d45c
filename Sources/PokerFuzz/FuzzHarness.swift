import Foundation

/// One parser of outside input under fuzzing: a name (also its corpus folder under
/// `Fuzz/corpus/`) and a body that feeds it one input. The body returns a short signature of
/// what happened (`ok`, or the start of the error) — new signatures grow the in-memory corpus,
/// a cheap stand-in for coverage feedback. A crash or a hang is the failure; errors are fine.
public struct FuzzHarness: Sendable {
    public let name: String
    public let summary: String
    public let run: @Sendable (Data) -> String

    public init(name: String, summary: String, run: @escaping @Sendable (Data) -> String) {
        self.name = name
        self.summary = summary
        self.run = run
    }

    /// Every harness, in the order `make fuzz` runs them.
    public static let all: [FuzzHarness] = [
        .phh, .experiment, .personality, .config, .openAI, .anthropic, .gemini, .decisionReply, .pokerStars, .numbers,
    ]

    public static func named(_ name: String) -> FuzzHarness? { all.first { $0.name == name } }

    /// The first words of an error, as a signature (numbers and quoted text vary too much).
    static func outcome(_ error: Any) -> String {
        let text = String(describing: error)
        return String(text.prefix { $0 != "'" && $0 != "\"" && !$0.isNumber }.prefix(48))
    }
}
