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
        let evCall = equity.flatMap { e in call > 0 ? e * Double(facts.winnable.rawValue) - call : nil }
        let strategy = Dictionary(CoreAdvice.Kind.allCases.map { ($0.actionType, advice.frequency(ofType: $0.actionType)) },
                                  uniquingKeysWith: { a, _ in a })
        let values = actionValues(advice, evCall: evCall, bb: bb)
        let takenType = move.actionType
        let taken = strategy[takenType] ?? 0
        let best = values.values.max()
        let lost = max(0, (best ?? 0) - (values[takenType] ?? best ?? 0))
        let verdict: DecisionAnalysis.Verdict
        if taken >= soundFrequency || (lost < 0.1 && taken >= rareFrequency) {
            verdict = .correct
        } else if taken >= rareFrequency || lost < max(0.5, 0.04 * pot / bb) {
            verdict = .marginal
        } else {
            verdict = .mistake
        }
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
