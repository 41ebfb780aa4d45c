import PokerGame
import PokerStore

/// One side of a re-run comparison: who answered, what, how it was judged and what it cost.
public struct RerunSide: Hashable, Sendable, Codable {
    public var capture: CaptureID?
    public var provider: String
    public var model: String
    public var promptHash: String?
    public var judgement: Judgement?
    /// The raw answers, the correction's included (empty for the offline bot or failed calls).
    public var answers: [String]
    public var innerMonologue: String?
    public var errorTypes: [String]
    public var inputTokens: Int
    public var outputTokens: Int
    public var latencyMs: Int
    /// USD of the decision's calls (nil when no call had a price).
    public var costUSD: Double?
}

/// A captured decision and its re-run, side by side.
public struct RerunResult: Hashable, Sendable, Codable {
    public var original: RerunSide
    public var rerun: RerunSide
    /// What changed in the prompt: `unchanged`, `mode casual`, `edited`, `guidance`…
    public var promptChange: String

    public var actionChanged: Bool { original.judgement?.action != rerun.judgement?.action }
    /// "mistake → correct", or the verdict when it did not change.
    public var verdictChange: String {
        let old = original.judgement?.verdict ?? "?", new = rerun.judgement?.verdict ?? "?"
        return old == new ? old : "\(old) → \(new)"
    }
    /// +1 better verdict, −1 worse, 0 same.
    public var direction: Int {
        guard let old = original.judgement?.rank, let new = rerun.judgement?.rank else { return 0 }
        return new > old ? 1 : (new < old ? -1 : 0)
    }
}

/// What a batch of re-runs changed.
public struct RerunBatchSummary: Hashable, Sendable, Codable {
    public var results: [RerunResult]
    /// Captures that could not be re-run, with the reason.
    public var failures: [String]

    public var count: Int { results.count }
    public var mistakeToCorrect: Int { results.filter { $0.original.judgement?.verdict == "mistake" && $0.rerun.judgement?.verdict == "correct" }.count }
    public var correctToMistake: Int { results.filter { $0.original.judgement?.verdict == "correct" && $0.rerun.judgement?.verdict == "mistake" }.count }
    public var improved: Int { results.filter { $0.direction > 0 }.count }
    public var worsened: Int { results.filter { $0.direction < 0 }.count }
    public var actionsChanged: Int { results.filter(\.actionChanged).count }
    public var mistakesBefore: Int { results.filter { $0.original.judgement?.verdict == "mistake" }.count }
    public var mistakesAfter: Int { results.filter { $0.rerun.judgement?.verdict == "mistake" }.count }
    public var costUSD: Double { results.reduce(0) { $0 + ($1.rerun.costUSD ?? 0) } }
    public var inputTokens: Int { results.reduce(0) { $0 + $1.rerun.inputTokens } }
    public var outputTokens: Int { results.reduce(0) { $0 + $1.rerun.outputTokens } }

    /// The summary of `results`, with the captures that could not be re-run.
    public init(results: [RerunResult], failures: [String]) {
        self.results = results
        self.failures = failures
    }

    enum CodingKeys: String, CodingKey {
        case results, failures, count, mistakeToCorrect, correctToMistake, improved, worsened, actionsChanged,
             mistakesBefore, mistakesAfter, costUSD, inputTokens, outputTokens
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        results = try container.decode([RerunResult].self, forKey: .results)
        failures = try container.decode([String].self, forKey: .failures)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(results, forKey: .results)
        try c.encode(failures, forKey: .failures)
        try c.encode(count, forKey: .count)
        try c.encode(mistakeToCorrect, forKey: .mistakeToCorrect)
        try c.encode(correctToMistake, forKey: .correctToMistake)
        try c.encode(improved, forKey: .improved)
        try c.encode(worsened, forKey: .worsened)
        try c.encode(actionsChanged, forKey: .actionsChanged)
        try c.encode(mistakesBefore, forKey: .mistakesBefore)
        try c.encode(mistakesAfter, forKey: .mistakesAfter)
        try c.encode(costUSD, forKey: .costUSD)
        try c.encode(inputTokens, forKey: .inputTokens)
        try c.encode(outputTokens, forKey: .outputTokens)
    }
}
