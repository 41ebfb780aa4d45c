/// The report of an experiment (`pokerface experiment report ID --json` prints it as JSON).
public struct ExperimentReport: Sendable, Codable, Hashable {
    public struct Header: Sendable, Codable, Hashable {
        public var id: Int64
        public var name: String
        public var status: String
        public var source: String
    }

    public struct Design: Sendable, Codable, Hashable {
        public var variants: [String]
        public var dealSets: Int
        public var rotations: Int
        public var handCap: Int
        public var seed: UInt64
        /// Control names of the entrants, in seat order.
        public var entrants: [String]
        /// Entrants heading the report.
        public var subjects: [Int]
    }

    public struct Progress: Sendable, Codable, Hashable {
        public var gamesComplete: Int
        public var gamesTotal: Int
        public var hands: Int
        public var costUSD: Double
    }

    public var experiment: Header
    public var design: Design
    public var progress: Progress
    public var variants: [VariantReport]
    /// Caveats worth reading (too few deal sets for an interval, games still running…).
    public var notes: [String]
}

/// One variant's results.
public struct VariantReport: Sendable, Codable, Hashable {
    public var label: String
    public var gamesComplete: Int
    public var games: Int
    /// Hands of its complete games.
    public var hands: Int
    public var entrants: [EntrantReport]
    public var verdicts: VerdictReport?
    public var llm: LLMReport?
    /// Cumulative bb of the subjects by hand number, averaged over complete games (for the sparkline).
    public var cumulativeBB: [Double]
}

/// One entrant's results in one variant.
public struct EntrantReport: Sendable, Codable, Hashable {
    public var entrant: Int
    public var name: String
    /// `offline`, or `provider/model`, plus the mode when it is the seat's own.
    public var setup: String
    public var subject: Bool
    public var hands: Int
    /// bb won per 100 hands, deal sets as clusters.
    public var bbPer100: Estimate?
    /// The difference from the control, paired by deal set (nil for the control).
    public var deltaVsControl: Estimate?
}

/// Decision verdicts of the analyzer.
public struct VerdictReport: Sendable, Codable, Hashable {
    public var decisions: Int
    public var correct: Int
    public var marginal: Int
    public var mistake: Int
    /// Mean EV lost per decision, in big blinds.
    public var evLostPerDecision: Double?
    public var correctRate: Double { rate(correct) }
    public var marginalRate: Double { rate(marginal) }
    public var mistakeRate: Double { rate(mistake) }
    func rate(_ n: Int) -> Double { decisions > 0 ? Double(n) / Double(decisions) : 0 }
}

/// The LLM seats' answers, latency and cost.
public struct LLMReport: Sendable, Codable, Hashable {
    public var decisions: Int
    /// Share of first answers that were usable JSON (of those that arrived).
    public var validJSONRate: Double?
    /// Share of decisions saved by the correction turn.
    public var correctedRate: Double
    /// Share of decisions the offline bot made instead.
    public var fallbackRate: Double
    public var calls: Int
    public var failedCalls: Int
    public var latencyP50Ms: Double?
    public var latencyP95Ms: Double?
    public var tokensPerDecision: Double?
    public var costPerDecisionUSD: Double?
    public var costUSD: Double
}
