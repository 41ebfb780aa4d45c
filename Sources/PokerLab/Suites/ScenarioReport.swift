import PokerAI

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
    /// Runs whose action type (fold, check, call, bet-or-raise — the types solver benchmarks
    /// compare) matched a sound answer's: a raise and an all-in are the same type.
    public var typeAgreed: Int = 0
    /// The street of the decision (`preflop`, `flop`, `turn`, `river`; nil when the spot is invalid).
    public var street: String?
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
    /// Share of decisions whose action type matched (0…1), overall or on `streets`.
    public func typeAgreement(streets: Set<String>? = nil) -> Double {
        let chosen = results.filter { r in streets.map { r.street.map($0.contains) ?? false } ?? true }
        let n = chosen.reduce(0) { $0 + $1.decisions.count }
        return n > 0 ? Double(chosen.reduce(0) { $0 + $1.typeAgreed }) / Double(n) : 0
    }
    /// Decisions the analyser judged `verdict` (`correct`, `marginal`, `mistake`).
    public func count(verdict: String) -> Int { results.reduce(0) { $0 + $1.verdicts.filter { $0 == verdict }.count } }
    public var invalid: [ScenarioResult] { results.filter { $0.error != nil } }
}
