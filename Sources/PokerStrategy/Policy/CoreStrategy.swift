import PokerEngine

/// The sound strategy core: one answer per decision for the offline bots, the analyzer and the
/// LLM's guidance. Preflop: `PreflopStrategy` (charts, push/fold Nash, equity against shoves).
/// Postflop heads-up: a solve of the street over both narrowed ranges (`HeadsUpSolving`); multiway
/// (or when a line leaves the solver's tree): the equity rules of `PostflopRules` (equity against
/// the narrowed ranges, pot odds, minimum defence, implied odds).
public enum CoreStrategy {
    /// What the core may spend on a decision.
    public struct Budget: Hashable, Sendable {
        /// Solve heads-up postflop spots (false: equity rules only).
        public var solve: Bool
        /// Monte Carlo deals for multiway equity.
        public var multiwaySamples: Int
        /// How heads-up streets are solved.
        public var solveSettings: SolveSettings

        public init(solve: Bool = true, multiwaySamples: Int = 2_000, solveSettings: SolveSettings = .standard) {
            self.solve = solve
            self.multiwaySamples = multiwaySamples
            self.solveSettings = solveSettings
        }

        public static let standard = Budget()
        /// For analysing many decisions: no solves.
        public static let quick = Budget(solve: false, multiwaySamples: 1_500)
    }

    /// The core's advice for the player to act in `view` (nil when it is not the viewer's turn).
    /// `profiles` describe opponents that stray from the core (from observed stats).
    public static func advise(view: SeatView, profiles: [Int: PlayerProfile] = [:], seed: UInt64,
                              budget: Budget = .standard) -> CoreAdvice? {
        let key = AdviceCache.Key(view: view, profiles: profiles, seed: seed, budget: budget)
        return AdviceCache.shared.advice(key) { compute(view: view, profiles: profiles, seed: seed, budget: budget) }
    }

    static func compute(view: SeatView, profiles: [Int: PlayerProfile], seed: UInt64, budget: Budget) -> CoreAdvice? {
        guard let legal = view.legalActions, view.holeCards.count == 2,
              let hole = HoleCards(view.holeCards[0], view.holeCards[1]) else { return nil }
        let line = BettingLine(config: view.config, events: view.events)
        let beliefs = RangeModel.beliefs(view: view, profiles: profiles)
        let spot = DecisionSpot(view: view, legal: legal, hole: hole, line: line, beliefs: beliefs)
        if view.street == .preflop { return PreflopAdvisor.advise(spot) }
        if budget.solve, spot.opponents.count == 1,
           let advice = HeadsUpSolving.advise(spot, settings: budget.solveSettings, profiles: profiles) {
            return advice
        }
        return PostflopRules.advise(spot, samples: budget.multiwaySamples, seed: seed)
    }
}

/// A decision with everything the core reads: the view, the legal actions, the hero's cards, the
/// betting line and every player's narrowed range.
public struct DecisionSpot: Sendable {
    public let view: SeatView
    public let legal: LegalActions
    public let hole: HoleCards
    public let line: BettingLine
    public let beliefs: [RangeBelief]

    /// Live opponents (position indices).
    public var opponents: [Int] { (0..<view.playerCount).filter { $0 != view.seat && view.inHand[$0] } }
    public var pot: Chips { view.potTotal }
    public var toCall: Chips { legal.callAmount }
    public var bigBlind: Chips { line.bigBlind }
    /// The hero acts last among the live players after the flop.
    public var inPosition: Bool { (opponents.max() ?? -1) < view.seat }
    /// Bets and raises on the current street so far.
    public var raisesThisStreet: Int { line.actions(on: view.street).filter { $0.kind == .raise }.count }

    /// The option for an action, with its kind named for this spot.
    public func option(_ requested: Action, frequency: Double, ev: Double? = nil) -> CoreAdvice.Option {
        let action: Action = requested == .fold && !legal.canFold ? .checkOrCall : requested
        let kind: CoreAdvice.Kind
        switch action {
        case .fold: kind = .fold
        case .checkOrCall: kind = legal.callAmount == .zero ? .check : .call
        case let .betOrRaise(to):
            kind = to == legal.maxRaiseTo ? .allIn : (legal.currentBet == .zero ? .bet : .raise)
        }
        return CoreAdvice.Option(kind: kind, action: action, frequency: frequency, ev: ev)
    }

    /// A legal raise-to near `target` (nil when raising is closed); raises that would leave less
    /// than a third of the stack behind go all-in.
    public func raise(to target: Chips) -> Action? {
        guard let clamped = legal.clampRaise(target), let maxTo = legal.maxRaiseTo else { return nil }
        let total = legal.stack + legal.playerBet
        if Double(clamped.rawValue) > 0.67 * Double(total.rawValue) { return .betOrRaise(to: maxTo) }
        return .betOrRaise(to: clamped)
    }

    /// Options merged by identical action, frequencies normalised.
    static func normalised(_ options: [CoreAdvice.Option]) -> [CoreAdvice.Option] {
        var merged: [CoreAdvice.Option] = []
        for option in options where option.frequency > 0 {
            if let i = merged.firstIndex(where: { $0.action == option.action }) {
                merged[i].frequency += option.frequency
                if merged[i].ev == nil { merged[i].ev = option.ev }
            } else {
                merged.append(option)
            }
        }
        let total = merged.reduce(0) { $0 + $1.frequency }
        guard total > 0 else { return merged }
        return merged.map { var o = $0; o.frequency /= total; return o }
    }
}
