import PokerEngine
import PokerStrategy

/// The offline opponent: plays the sound strategy core (`CoreStrategy`: preflop ranges, push/fold
/// Nash, narrowed ranges, solves and equity rules) and deviates from it by its current traits —
/// looseness plays more hands, aggression turns checks and calls into bets and raises, bluff
/// tendency adds bluffs, and tilt moves all three through the psychology (`StyleDeviation`).
/// A character whose traits sit at the core's anchor plays the core. Deterministic: every random
/// choice comes from the decision's seed.
public struct OfflineBot: PlayerController {
    public let personality: Personality
    /// What the core may spend per decision.
    public var budget: CoreStrategy.Budget
    /// Play the core alone, ignoring the character's traits (`personalities test --sound`).
    public var sound: Bool

    public init(personality: Personality, budget: CoreStrategy.Budget = .standard, sound: Bool = false) {
        self.personality = personality
        self.budget = budget
        self.sound = sound
    }

    public func decide(_ request: DecisionRequest) async -> Decision {
        Decision(action: choose(request), source: .offline)
    }

    /// The action for `request` (always legal).
    public func choose(_ request: DecisionRequest) -> Action {
        guard let legal = request.legal else { return .checkOrCall }
        guard let advice = CoreStrategy.advise(view: request.view, profiles: Self.profiles(request),
                                               seed: request.decisionSeed, budget: budget) else {
            return legal.canFold ? .fold : .checkOrCall
        }
        let traits = request.mind?.psychology.effectiveTraits ?? personality.traits
        let deviation = sound ? StyleDeviation.none : StyleDeviation(traits: traits)
        let played = deviation.apply(to: advice, request: request)
        let option = played.sample(seed: request.decisionSeed &+ 0x9e37)
        return Self.legalized(option?.action ?? .checkOrCall, legal: legal)
    }

    /// How each opponent strays from the core, from the seat's reads of it.
    static func profiles(_ request: DecisionRequest) -> [Int: PlayerProfile] {
        guard let mind = request.mind else { return [:] }
        var profiles: [Int: PlayerProfile] = [:]
        for position in 0..<request.view.playerCount where position != request.view.seat {
            let seat = request.context.handSeats[position]
            guard let model = mind.opponents[seat] else { continue }
            profiles[position] = ObservedProfile.profile(model)
        }
        return profiles
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
