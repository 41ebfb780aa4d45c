import PokerEngine
import PokerStrategy

/// How a character strays from the core: traits move frequencies, not rules. The core's advice
/// is first purified (rare options dropped, the rest sharpened), then:
/// - looseness (above the anchor) plays more hands preflop — folds become calls or opens for hands
///   inside a wider share of the deck — and calls down more postflop; below it, the weakest
///   continuing hands fold;
/// - aggression moves check/call mass to bets and raises (or back, below the anchor);
/// - bluff tendency adds bets with weak hands where the core checks or folds (or removes the
///   core's bluffs, below the anchor).
/// Traits at the anchor (a tight-aggressive regular) change nothing: the character plays the core.
public struct StyleDeviation: Sendable {
    /// The traits at which a character plays the core exactly.
    public static let anchor = (aggression: 0.55, bluff: 0.3, looseness: 0.3)

    public var looseness: Double
    public var aggression: Double
    public var bluff: Double

    public init(traits: Traits) {
        looseness = traits.looseness - Self.anchor.looseness
        aggression = traits.aggression - Self.anchor.aggression
        bluff = traits.bluffTendency - Self.anchor.bluff
    }

    init(looseness: Double, aggression: Double, bluff: Double) {
        self.looseness = looseness
        self.aggression = aggression
        self.bluff = bluff
    }

    static func raisesThisStreet(_ view: SeatView) -> Int {
        var raises = 0
        for event in view.events {
            switch event {
            case .boardDealt: raises = 0
            case .betOrRaised: raises += 1
            default: break
            }
        }
        return raises
    }

    /// No deviation: the core.
    public static let none = StyleDeviation(looseness: 0, aggression: 0, bluff: 0)

    /// Traits within this distance of the anchor make a regular: its deviations stay where they are
    /// cheap (`keepingCheap`); a character beyond it strays anywhere its traits push it.
    public static let regularBand = 0.3

    /// A regular: every trait within `regularBand` of the anchor.
    public var isRegular: Bool {
        [looseness, aggression, bluff].allSatisfy { abs($0) <= Self.regularBand + 1e-9 }
    }

    /// The advice as this character plays it (purified core plus the trait shifts).
    public func apply(to advice: CoreAdvice, request: DecisionRequest) -> CoreAdvice {
        let played = shifted(advice, request: request)
        return isRegular ? Self.keepingCheap(played, core: advice, request: request) : played
    }

    /// `played` without the action types the core (almost) never plays at the spot and that give up
    /// what the analyzer calls a mistake (`DecisionAnalyzer.costlyLoss`): a regular's style shows in
    /// close spots, never as a costly blunder. Falls back to the purified core if nothing is left.
    static func keepingCheap(_ played: CoreAdvice, core: CoreAdvice, request: DecisionRequest) -> CoreAdvice {
        let facts = SpotFacts(view: request.view, context: request.context)
        let bb = Double(max(1, facts.bigBlind.rawValue))
        let values = DecisionAnalyzer.actionValues(core, evCall: DecisionAnalyzer.evCall(core, facts: facts), bb: bb)
        let tolerance = DecisionAnalyzer.costlyLoss(potInBigBlinds: Double(facts.pot.rawValue) / bb)
        var out = played
        out.options = played.options.filter { option in
            let type = option.kind.actionType
            return core.frequency(ofType: type) >= DecisionAnalyzer.rareFrequency
                || DecisionAnalyzer.loss(of: type, values: values) < tolerance
        }
        return out.options.contains(where: { $0.frequency > 0 }) ? out : core.purified()
    }

    func shifted(_ advice: CoreAdvice, request: DecisionRequest) -> CoreAdvice {
        var mix = StyleMix(advice: advice.purified(), request: request)
        guard looseness != 0 || aggression != 0 || bluff != 0 else { return mix.advice }
        // Past three raises on a street only the core's own hands go on: no character wages a raise war.
        guard Self.raisesThisStreet(request.view) < 3 else { return mix.advice }
        let preflop = request.view.street == .preflop
        let strength = preflop ? PreflopStrength.percentile(of: request.view.holeCards) : (advice.equity ?? 0.5)
        let weak = preflop ? strength < 0.55 : strength < 0.35
        // Looseness: more hands in (or fewer).
        if preflop {
            let facingRaise = mix.facingRaise
            let reach = min(1, (facingRaise ? 0.12 : 0.25) + looseness * (facingRaise ? 0.7 : 1.0))
            if looseness > 0, strength >= 1 - reach {
                let gate = min(1, (strength - (1 - reach)) / 0.08)
                mix.moveFold(share: min(1, looseness * 2) * gate, toAggressive: !facingRaise && aggression > -0.2)
            } else if looseness < 0, strength < 1 - max(0.04, reach) {
                mix.foldContinuing(share: min(1, -looseness * 3))
            }
        } else if looseness > 0, strength >= 0.15 {
            mix.moveFold(share: looseness * 0.8, toAggressive: false)
        }
        // Aggression: passive ↔ aggressive.
        if aggression > 0 {
            mix.movePassiveToAggressive(share: min(0.9, aggression * 1.3))
        } else if aggression < 0 {
            mix.moveAggressiveToPassive(share: min(0.9, -aggression * 1.3))
        }
        // Bluffs with weak hands.
        if weak && bluff > 0 {
            mix.bluff(share: min(0.6, bluff * 0.5))
        } else if weak && bluff < 0 {
            mix.moveAggressiveToPassive(share: min(0.9, -bluff * 1.5))
        }
        return mix.advice
    }
}
