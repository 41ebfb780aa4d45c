import Foundation
import LLMClient
import PokerAI
import PokerExperiments
import PokerStore
import PokerTestSupport

/// Shared pieces of the experiment tests.
enum Fixtures {
    /// The bundled personalities, read from the checkout.
    static let library = PersonalityLibrary.load(from: [TestPaths.packageRoot.appendingPathComponent("personalities")])

    /// A spec from TOML text.
    static func spec(_ toml: String, file: String = "test.toml") throws -> ExperimentSpec {
        try ExperimentSpec.parse(ExperimentFileReader.parse(toml, file: file), file: file)
    }

    /// A small offline experiment: three seats, `variants` extra variants identical to the control.
    static func offlineTOML(name: String = "dup", tournaments: Int = 2, hands: Int = 12, twins: Int = 1,
                            rotate: Bool = true, analyze: Bool = false, concurrency: Int = 8) -> String {
        var text = """
            name = "\(name)"
            tournaments = \(tournaments)
            hands_per_tournament = \(hands)
            rotate_seats = \(rotate)
            seed = 7
            concurrency = \(concurrency)
            analyze = \(analyze)
            mode = "casual"

            [table]
            starting_stack = 600
            big_blind = 20
            hands_per_level = 6

            [[seats]]
            personality = "Sherlock Holmes"
            [[seats]]
            personality = "Blackbeard"
            [[seats]]
            personality = "Grandma Rosie"

            """
        for k in 0..<twins { text += "\n[[variants]]\nlabel = \"twin\(k + 1)\"\n" }
        return text
    }

    /// An LLM setup that gives every seat a test key (no environment needed), with short retries.
    static let llmSetup = LLMSetup(resolve: { provider, model, baseURL in
        LLMConfig(provider: provider, model: model, baseURL: baseURL, apiKey: APIKey("sk-test-not-a-key"), connectTimeout: .seconds(5))
    }, retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200)))

    /// A store in a fresh temporary directory.
    static func temporaryStore() throws -> (GameStore, URL) {
        let dir = try TestPaths.temporaryDirectory("pokerface-exp")
        return (try GameStore(path: dir.appendingPathComponent("exp.sqlite").path), dir)
    }
}
