import PokerEngine

/// Judges AI decisions by the numbers: equity against estimated ranges (Monte Carlo, standard
/// error about ±0.5 percentage points), pot odds with side pots, and the expected value of
/// calling. Betting and raising with little equity counts as a bluff (marginal, never a
/// mistake, since fold equity is unknown) except a deep all-in with a weak hand.
public enum DecisionAnalyzer {
    /// Equity points of slack around the break-even line before a fold or call is a mistake.
    public static let mistakeMargin = 0.04
    /// Equity from which a bet or raise is optimal.
    public static let valueThreshold = 0.65
    public static let samples = 20_000
    public static let targetStandardError = 0.005
    public static let version = "analysis-1.0"

    public static func analyze(_ request: DecisionRequest, action: Action, samples: Int = samples) -> DecisionAnalysis? {
        guard let legal = request.legal else { return nil }
        let view = request.view
        let facts = SpotFacts(view: view, context: request.context)
        let reading = HandReading(view)
        let ranges = facts.contesting.map { opponent -> HandRange in
            let seat = request.context.handSeats[opponent]
            return RangeEstimator.range(for: opponent, reading: reading, model: request.mind?.opponents[seat])
        }
        let seed = request.decisionSeed
        let vsRanges = SpotEquity.equity(holeCards: facts.holeCards, board: facts.board, ranges: ranges, samples: samples,
                                         seed: seed, targetStandardError: targetStandardError)
            ?? SpotEquity.equity(holeCards: facts.holeCards, board: facts.board,
                                 ranges: facts.contesting.map { _ in .random }, samples: samples, seed: seed,
                                 targetStandardError: targetStandardError)
        let vsRandom = SpotEquity.equity(holeCards: facts.holeCards, board: facts.board,
                                         ranges: facts.contesting.map { _ in .random }, samples: samples / 2,
                                         seed: seed &+ 1, targetStandardError: targetStandardError * 2)
        let move = Self.move(action, legal: legal)
        var amount: Chips?
        if case let .betOrRaise(to) = action { amount = to }
        let pot = Double(facts.pot.rawValue)
        let call = Double(facts.toCall.rawValue)
        let potOdds = call > 0 ? call / (pot + call) : 0
        let required = facts.requiredEquity
        let equity = vsRanges?.equity
        let evCall = equity.flatMap { e in call > 0 ? e * Double(facts.winnable.rawValue) - call : nil }
        let bb = Double(max(1, facts.bigBlind.rawValue))
        let (optimal, verdict, lost) = judge(move: move, equity: equity, required: required, evCall: evCall,
                                             facts: facts, legal: legal, bb: bb)
        let cls = facts.preflopClass
        return DecisionAnalysis(
            facts: facts, move: move, amount: amount, equityVsRandom: vsRandom?.equity, equityVsRanges: equity,
            standardError: vsRanges?.standardError, potOdds: potOdds, requiredEquity: required, evCall: evCall,
            optimal: optimal, verdict: verdict, evLostBigBlinds: lost, handClass: cls?.name, tier: cls?.tier.rawValue,
            labels: labels(move: move, facts: facts, request: request, equity: equity, reading: reading))
    }

    static func move(_ action: Action, legal: LegalActions) -> DecisionAnalysis.Move {
        switch action {
        case .fold: return .fold
        case .checkOrCall: return legal.callAmount == .zero ? .check : .call
        case let .betOrRaise(to): return to == legal.maxRaiseTo ? .allIn : .raise
        }
    }

    static func judge(move: DecisionAnalysis.Move, equity: Double?, required: Double, evCall: Double?,
                      facts: SpotFacts, legal: LegalActions, bb: Double)
        -> (DecisionAnalysis.Move, DecisionAnalysis.Verdict, Double)
    {
        guard let e = equity else { return (move, .correct, 0) }
        let canRaise = legal.canRaise
        if facts.toCall == .zero {
            let optimal: DecisionAnalysis.Move = (e >= valueThreshold && canRaise) ? .raise : .check
            switch move {
            case .fold: return (optimal, .mistake, e * Double(facts.pot.rawValue) / bb)
            case .check, .call: return (optimal, optimal == .raise ? .marginal : .correct, 0)
            case .raise, .allIn:
                if move == .allIn && e < 0.3 && facts.stackInBigBlinds > 15 && facts.street == .preflop {
                    return (optimal, .mistake, 0)
                }
                return (optimal, e >= 0.5 ? .correct : .marginal, 0)
            }
        }
        let ev = evCall ?? 0
        let optimal: DecisionAnalysis.Move = e < required ? .fold
            : (canRaise && e >= max(valueThreshold, required + 0.2) ? .raise : .call)
        switch move {
        case .fold:
            if e > required + mistakeMargin && ev > 0 { return (optimal, .mistake, ev / bb) }
            return (optimal, e > required - mistakeMargin ? .marginal : .correct, 0)
        case .check, .call:
            if e < required - mistakeMargin && ev < 0 { return (optimal, .mistake, -ev / bb) }
            if e < required + mistakeMargin || optimal == .raise { return (optimal, .marginal, 0) }
            return (optimal, .correct, 0)
        case .raise, .allIn:
            if e >= required { return (optimal, .correct, 0) }
            // A raise that cannot fold anybody out is just a bad call.
            let everyoneAllIn = legal.raiseBlock != nil
            if everyoneAllIn && e < required - mistakeMargin { return (optimal, .mistake, -ev / bb) }
            if move == .allIn && e < 0.3 && facts.stackInBigBlinds > 15 && ev < 0 { return (optimal, .mistake, -ev / bb) }
            return (optimal, .marginal, 0)
        }
    }

    static func labels(move: DecisionAnalysis.Move, facts: SpotFacts, request: DecisionRequest, equity: Double?,
                       reading: HandReading) -> [String] {
        var labels: [String] = []
        if move == .fold {
            let invested = request.view.committed[facts.position]
            if facts.stackInBigBlinds < 3 {
                labels.append("short_stack_fold")
            } else if invested > facts.stack {
                labels.append("pot_committed_fold")
            } else if facts.toCall > .zero && facts.requiredEquity <= 1.0 / 6 {
                labels.append("suspicious_fold")
            }
        }
        if reading.streetAggression >= 7 {
            labels.append("raise_war_extreme")
        } else if reading.streetAggression >= 3 {
            labels.append("raise_war")
        }
        if move == .allIn, let e = equity, e < 0.3, facts.stackInBigBlinds > 15 { labels.append("suspicious_all_in") }
        return labels
    }
}
