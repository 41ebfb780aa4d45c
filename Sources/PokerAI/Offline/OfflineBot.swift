import PokerEngine

/// The offline opponent: plays by equity against estimated ranges, pot odds, stack depth and
/// position, shaped by the seat's current traits (looseness widens the hands it plays,
/// aggression turns calls into bets and raises, bluff tendency adds bluffs; tilt moves all three
/// through the psychology). Deterministic: every random choice comes from the decision's seed.
public struct OfflineBot: PlayerController {
    public let personality: Personality
    /// Monte Carlo samples for postflop equity.
    public var samples: Int

    public init(personality: Personality, samples: Int = 600) {
        self.personality = personality
        self.samples = samples
    }

    public func decide(_ request: DecisionRequest) async -> Decision {
        Decision(action: choose(request), source: .offline)
    }

    /// The action for `request` (always legal).
    public func choose(_ request: DecisionRequest) -> Action {
        guard let legal = request.legal else { return .checkOrCall }
        let traits = request.mind?.psychology.effectiveTraits ?? personality.traits
        var rng = SeededGenerator(seed: request.decisionSeed)
        let facts = SpotFacts(view: request.view, context: request.context)
        let reading = HandReading(request.view)
        let spot = Spot(request: request, legal: legal, facts: facts, reading: reading, traits: traits)
        let action = facts.street == .preflop ? preflop(spot, rng: &rng) : postflop(spot, rng: &rng)
        return Self.legalized(action, legal: legal)
    }

    /// What the bot sees and feels at a decision.
    struct Spot {
        let request: DecisionRequest
        let legal: LegalActions
        let facts: SpotFacts
        let reading: HandReading
        let traits: Traits
        var lateness: Double { TablePosition.lateness(position: facts.position, playerCount: facts.playerCount) }
        var bigBlind: Chips { facts.bigBlind }
    }

    // MARK: - Preflop

    func preflop(_ spot: Spot, rng: inout SeededGenerator) -> Action {
        let legal = spot.legal
        let strength = PreflopStrength.percentile(of: spot.facts.holeCards)
        let raises = spot.reading.preflopRaiseCount
        let stackBB = spot.facts.effectiveStack.inBigBlinds(spot.bigBlind)
        let looseness = spot.traits.looseness, aggression = spot.traits.aggression

        // Short stacks: push or fold.
        if stackBB <= 12 && legal.canRaise {
            let shove = min(0.65, 0.12 + 0.3 * looseness + 0.3 * (12 - stackBB) / 12 + 0.1 * spot.lateness)
            if strength >= 1 - shove * (raises > 0 ? 0.6 : 1) { return .betOrRaise(to: legal.maxRaiseTo ?? .zero) }
            return foldOrCheck(legal, spot: spot)
        }

        var width = (0.07 + 0.5 * looseness) * (0.65 + 0.7 * spot.lateness)
        if raises == 1 { width *= 0.45 } else if raises >= 2 { width *= 0.2 }
        let playable = strength >= 1 - width
        let facingRaise = raises > 0 && legal.callAmount > .zero

        if facingRaise {
            // Against a raise, continue only with the equity the price demands.
            let required = spot.facts.requiredEquity
            let equity = estimatedEquity(spot, samples: max(300, samples / 2)) ?? 0
            if equity >= required + 0.01 - 0.03 * looseness {
                let strong = strength >= 1 - width * 0.35 || equity >= max(0.55, required + 0.2)
                if legal.canRaise && strong && Double.random(in: 0..<1, using: &rng) < 0.35 + 0.55 * aggression {
                    return .betOrRaise(to: preflopRaiseSize(spot))
                }
                return .checkOrCall
            }
            if legal.canRaise && raises == 1 && strength > 0.4
                && Double.random(in: 0..<1, using: &rng) < spot.traits.bluffTendency * 0.12 * spot.lateness {
                return .betOrRaise(to: preflopRaiseSize(spot))
            }
            return foldOrCheck(legal, spot: spot)
        }
        if playable {
            let strongForRange = strength >= 1 - width * 0.5
            if legal.canRaise && (strongForRange || Double.random(in: 0..<1, using: &rng) < 0.2 + 0.6 * aggression) {
                return .betOrRaise(to: preflopRaiseSize(spot))
            }
            return .checkOrCall
        }
        // Completing or limping: by the price against those already in.
        if legal.callAmount > .zero, let equity = estimatedEquity(spot, samples: max(300, samples / 2)),
           equity >= spot.facts.requiredEquity + 0.03 {
            return .checkOrCall
        }
        // Steals by bluff tendency, more often late.
        if legal.canRaise && strength > 0.25
            && Double.random(in: 0..<1, using: &rng) < spot.traits.bluffTendency * 0.25 * spot.lateness {
            return .betOrRaise(to: preflopRaiseSize(spot))
        }
        return foldOrCheck(legal, spot: spot)
    }

    func preflopRaiseSize(_ spot: Spot) -> Chips {
        let bb = spot.bigBlind
        let legal = spot.legal
        let target: Chips
        if spot.reading.preflopRaiseCount == 0 {
            target = Chips(Int(2.5 * Double(bb.rawValue))) + bb * spot.reading.limpers
        } else {
            let factor = spot.lateness > 0.6 ? 3.0 : 3.5
            target = Chips(Int(Double(legal.currentBet.rawValue) * factor))
        }
        return allInIfMost(target, legal: legal)
    }

    // MARK: - Postflop

    func postflop(_ spot: Spot, rng: inout SeededGenerator) -> Action {
        let legal = spot.legal
        guard let equity = estimatedEquity(spot, samples: samples) else { return foldOrCheck(legal, spot: spot) }
        let aggression = spot.traits.aggression, bluff = spot.traits.bluffTendency
        let roll = Double.random(in: 0..<1, using: &rng)
        let opponents = Double(max(1, spot.facts.contesting.count))
        if legal.callAmount > .zero {
            let required = spot.facts.requiredEquity
            if legal.canRaise && equity >= max(0.6, required + 0.25) && roll < 0.25 + 0.6 * aggression {
                return .betOrRaise(to: allInIfMost(legal.currentBet * 3, legal: legal))
            }
            if equity >= required - 0.01 - 0.03 * spot.traits.looseness { return .checkOrCall }
            if legal.canRaise && equity > 0.2 && roll < bluff * 0.1 / opponents {
                return .betOrRaise(to: allInIfMost(legal.currentBet * 3, legal: legal))
            }
            return .fold
        }
        guard legal.canRaise else { return .checkOrCall }
        if equity >= 0.62 - 0.1 * aggression && roll < 0.35 + 0.55 * aggression {
            return .betOrRaise(to: betSize(spot, fraction: 0.5 + 0.25 * aggression))
        }
        if equity < 0.4 && roll < bluff * 0.4 * (0.5 + 0.5 * spot.lateness) / opponents {
            return .betOrRaise(to: betSize(spot, fraction: 0.5))
        }
        return .checkOrCall
    }

    func betSize(_ spot: Spot, fraction: Double) -> Chips {
        let target = spot.legal.raiseTo(potFraction: fraction) ?? spot.legal.minRaiseTo ?? .zero
        return allInIfMost(target, legal: spot.legal)
    }

    /// Equity against the opponents' estimated ranges (reads from the seat's memory).
    func estimatedEquity(_ spot: Spot, samples: Int) -> Double? {
        let ranges = spot.facts.contesting.map { opponent -> HandRange in
            let seat = spot.request.context.handSeats[opponent]
            return RangeEstimator.range(for: opponent, reading: spot.reading, model: spot.request.mind?.opponents[seat])
        }
        let seed = spot.request.decisionSeed &+ 7
        return (SpotEquity.equity(holeCards: spot.facts.holeCards, board: spot.facts.board, ranges: ranges,
                                  samples: samples, seed: seed)
            ?? SpotEquity.equity(holeCards: spot.facts.holeCards, board: spot.facts.board,
                                 ranges: ranges.map { _ in .random }, samples: samples, seed: seed))?.equity
    }

    // MARK: - Helpers

    func foldOrCheck(_ legal: LegalActions, spot: Spot) -> Action {
        legal.canFold ? .fold : .checkOrCall
    }

    /// Raises that would leave less than a third of the stack behind go all-in instead.
    func allInIfMost(_ target: Chips, legal: LegalActions) -> Chips {
        guard let minTo = legal.minRaiseTo, let maxTo = legal.maxRaiseTo else { return target }
        let clamped = min(max(target, minTo), maxTo)
        let total = legal.stack + legal.playerBet
        return Double(clamped.rawValue) > 0.67 * Double(total.rawValue) ? maxTo : clamped
    }

    /// Any action turned into the nearest legal one.
    static func legalized(_ action: Action, legal: LegalActions) -> Action {
        switch action {
        case .fold: return legal.canFold ? .fold : .checkOrCall
        case .checkOrCall: return .checkOrCall
        case let .betOrRaise(to):
            guard let clamped = legal.clampRaise(to) else { return .checkOrCall }
            return .betOrRaise(to: clamped)
        }
    }
}
