import PokerEngine
import PokerStrategy

/// Judges decisions against the strategy core (`CoreStrategy`): the core's mixed strategy and
/// action values at the spot, over ranges narrowed by every action so far. A move the core plays
/// often is correct; one it mixes in rarely, or that costs little, is marginal; one it never plays
/// and that gives up at least half a big blind (or 4% of the pot) is a mistake, with the EV lost.
public enum DecisionAnalyzer {
    /// Core frequency from which a move is simply correct.
    public static let soundFrequency = 0.2
    /// Core frequency below which a move is off-strategy.
    public static let rareFrequency = 0.05
    public static let version = "analysis-2.0 (\(PokerStrategy.version))"

    public static func analyze(_ request: DecisionRequest, action: Action, budget: CoreStrategy.Budget = .standard)
        -> DecisionAnalysis?
    {
        guard let legal = request.legal else { return nil }
        let view = request.view
        let facts = SpotFacts(view: view, context: request.context)
        let profiles = OfflineBot.profiles(request)
        guard let advice = CoreStrategy.advise(view: view, profiles: profiles, seed: request.decisionSeed, budget: budget)
        else { return nil }
        let move = DecisionAnalysis.Move(action, legal: legal)
        var amount: Chips?
        if case let .betOrRaise(to) = action { amount = to }
        let pot = Double(facts.pot.rawValue), call = Double(facts.toCall.rawValue)
        let bb = Double(max(1, facts.bigBlind.rawValue))
        let equity = advice.equity
        let evCall = Self.evCall(advice, facts: facts)
        let strategy = Dictionary(CoreAdvice.Kind.allCases.map { ($0.actionType, advice.frequency(ofType: $0.actionType)) },
                                  uniquingKeysWith: { a, _ in a })
        let values = actionValues(advice, evCall: evCall, bb: bb)
        let takenType = move.actionType
        let lost = Self.loss(of: takenType, values: values)
        let verdict = Self.verdict(frequency: strategy[takenType] ?? 0, lost: lost, potInBigBlinds: pot / bb)
        let optimal = advice.best.map { DecisionAnalysis.Move(kind: $0.kind) } ?? move
        let cls = facts.preflopClass
        let vsRandom = randomEquity(facts: facts, seed: request.decisionSeed)
        return DecisionAnalysis(
            facts: facts, move: move, amount: amount, equityVsRandom: vsRandom, equityVsRanges: equity,
            standardError: 0, potOdds: call > 0 ? call / (pot + call) : 0, requiredEquity: facts.requiredEquity,
            evCall: evCall, optimal: optimal, verdict: verdict, evLostBigBlinds: verdict == .mistake ? lost : 0,
            handClass: cls?.name, tier: cls?.tier.rawValue,
            labels: AnalysisLabels.labels(move: move, facts: facts, request: request, advice: advice, strategy: strategy),
            coreMethod: advice.method, coreBasis: advice.basis, coreStrategy: strategy,
            actionEVs: values.isEmpty ? nil : values)
    }

    /// The verdict for a move the core plays `frequency` of the time and that loses `lost` big blinds
    /// against the core's best action.
    public static func verdict(frequency: Double, lost: Double, potInBigBlinds: Double) -> DecisionAnalysis.Verdict {
        if frequency >= soundFrequency || (lost < 0.1 && frequency >= rareFrequency) { return .correct }
        if frequency >= rareFrequency || lost < costlyLoss(potInBigBlinds: potInBigBlinds) { return .marginal }
        return .mistake
    }

    /// From what loss (big blinds) an off-strategy move is a mistake: half a big blind, or 4% of the pot.
    public static func costlyLoss(potInBigBlinds: Double) -> Double { max(0.5, 0.04 * potInBigBlinds) }

    /// Big blinds an action type gives up against the best one (0 when its value is unknown).
    static func loss(of type: String, values: [String: Double]) -> Double {
        let best = values.values.max()
        return max(0, (best ?? 0) - (values[type] ?? best ?? 0))
    }

    /// The value of calling from the equity against the narrowed ranges (chips; nil when nothing is faced).
    static func evCall(_ advice: CoreAdvice, facts: SpotFacts) -> Double? {
        let call = Double(facts.toCall.rawValue)
        return advice.equity.flatMap { e in call > 0 ? e * Double(facts.winnable.rawValue) - call : nil }
    }

    /// Action values by type in big blinds relative to folding: the core's option values, with
    /// folding at 0 and calling from the equity when the core gave none.
    static func actionValues(_ advice: CoreAdvice, evCall: Double?, bb: Double) -> [String: Double] {
        var values: [String: Double] = [:]
        for option in advice.options {
            guard let ev = option.ev else { continue }
            let type = option.kind.actionType
            values[type] = max(values[type] ?? -.infinity, ev / bb)
        }
        if values["call"] == nil, let evCall, advice.options.contains(where: { $0.kind == .fold || $0.kind == .call }) {
            values["call"] = evCall / bb
        }
        if advice.options.contains(where: { $0.kind == .fold }) || values["call"] != nil { values["fold"] = values["fold"] ?? 0 }
        return values
    }

    /// Equity against random hands of every live opponent (a quick seeded estimate).
    static func randomEquity(facts: SpotFacts, seed: UInt64) -> Double? {
        guard facts.holeCards.count == 2, let hole = HoleCards(facts.holeCards[0], facts.holeCards[1]) else { return nil }
        let ranges = facts.opponents.map { _ in RangeBelief.uniform }
        return HeroEquity.multiway(hole: hole, board: facts.board, ranges: ranges, samples: 2_000, seed: seed &+ 1)
    }
}

extension DecisionAnalysis.Move {
    /// How `action` reads at the table given what was legal: a call or a check, a raise or an all-in.
    public init(_ action: Action, legal: LegalActions) {
        switch action {
        case .fold: self = .fold
        case .checkOrCall: self = legal.callAmount == .zero ? .check : .call
        case let .betOrRaise(to): self = to == legal.maxRaiseTo ? .allIn : .raise
        }
    }

    init(kind: CoreAdvice.Kind) {
        switch kind {
        case .fold: self = .fold
        case .check: self = .check
        case .call: self = .call
        case .bet, .raise: self = .raise
        case .allIn: self = .allIn
        }
    }

    /// fold / check / call / bet_or_raise.
    public var actionType: String {
        switch self {
        case .fold: "fold"
        case .check: "check"
        case .call: "call"
        case .raise, .allIn: "bet_or_raise"
        }
    }
}
