/// How a player handled one spot of a suite.
public struct ScenarioResult: Hashable, Sendable, Codable {
    public var id: String
    public var category: String
    /// The sound answers, `expect` first.
    public var expected: [String]
    public var why: String
    /// "river · BTN · As Kd on …" (empty when the spot is invalid).
    public var situation: String
    /// The move of each run (`fold`, `check`, `call`, `raise`, `all_in`), with its amount for raises.
    public var decisions: [String]
    /// Runs whose move was sound.
    public var agreed: Int
    /// The analyser's verdict on each run.
    public var verdicts: [String]
    public var optimal: String?
    public var equityVsRanges: Double?
    public var requiredEquity: Double?
    /// Runs decided by the offline fallback instead of the LLM.
    public var fallbacks: Int
    /// Why the spot could not be played (the rest is empty then).
    public var error: String?
}

/// A personality's run through a scenario suite.
public struct ScenarioReport: Hashable, Sendable, Codable {
    public var suite: String
    public var personality: String
    /// `offline bot`, or `provider/model`.
    public var player: String
    public var runs: Int
    public var results: [ScenarioResult]

    public var decisions: Int { results.reduce(0) { $0 + $1.decisions.count } }
    public var agreed: Int { results.reduce(0) { $0 + $1.agreed } }
    /// Share of decisions a sound player agrees with (0…1).
    public var agreement: Double { decisions > 0 ? Double(agreed) / Double(decisions) : 0 }
    /// Decisions the analyser judged `verdict` (`correct`, `marginal`, `mistake`).
    public func count(verdict: String) -> Int { results.reduce(0) { $0 + $1.verdicts.filter { $0 == verdict }.count } }
    public var invalid: [ScenarioResult] { results.filter { $0.error != nil } }
}
