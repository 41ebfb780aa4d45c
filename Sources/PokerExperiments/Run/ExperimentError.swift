import PokerStore

/// Why an experiment cannot be run, resumed or reported. Every message is one sentence.
public enum ExperimentError: Error, Sendable, CustomStringConvertible {
    /// The experiment file is invalid.
    case file(ExperimentFileError)
    /// The SQLite store failed.
    case store(StoreError)
    /// The PostgreSQL store failed.
    case postgres(PostgresError)
    /// A personality named by the experiment is gone.
    case unknownPersonality(String)
    /// The table settings cannot make a match.
    case invalidTable(String)
    /// No experiment with this id in the store.
    case notFound(id: Int64, store: String)
    /// Another experiment already has this name.
    case nameTaken(name: String, id: Int64, store: String)
    /// An LLM seat cannot be configured (no key, bad base URL…).
    case llmConfig(field: String, reason: String)
    /// The stored experiment file cannot be read back.
    case damagedConfig(experiment: Int64, reason: String)
    /// A PostgreSQL experiment of this name exists with a different file.
    case configMismatch(name: String)
    /// One tournament failed; the others stopped cleanly and the experiment can be resumed.
    case tournamentFailed(variant: String, tournament: Int, reason: String)

    public var description: String {
        switch self {
        case let .file(error): error.description
        case let .store(error): error.description
        case let .postgres(error): error.description
        case let .unknownPersonality(name): "the experiment names a personality that no longer loads: '\(name)'"
        case let .invalidTable(reason): "the experiment's table cannot be played: \(reason)"
        case let .notFound(id, store): "\(store) has no experiment \(id) (see `pokerface experiment list`)"
        case let .nameTaken(name, id, store):
            "\(store) already has an experiment named '\(name)' (id \(id)): continue it with `pokerface experiment resume \(id)` or rename the new one"
        case let .llmConfig(field, reason): "the LLM of \(field) cannot be used: \(reason)"
        case let .damagedConfig(id, reason): "experiment \(id)'s stored file cannot be read back: \(reason)"
        case let .configMismatch(name):
            "the PostgreSQL store already runs an experiment named '\(name)' with a different file; rename yours or use the same file"
        case let .tournamentFailed(variant, tournament, reason):
            "tournament \(tournament + 1) of variant '\(variant)' failed (\(reason)); the others stopped cleanly, so fix the cause and resume"
        }
    }
}
