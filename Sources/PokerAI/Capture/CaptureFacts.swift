import PokerEngine

/// The facts of a captured decision the AI lab filters on, from its inputs and final action.
public struct CaptureFacts: Hashable, Sendable {
    public var street: Street
    public var move: DecisionAnalysis.Move
    /// Raise-to in chips for raises and all-ins.
    public var amount: Chips?
    /// Call ÷ (pot + call) when facing a bet; nil when checking was free.
    public var potOdds: Double?
    public var stackInBigBlinds: Double

    /// The facts of `action` taken on `request`; nil when nothing was legal.
    public init?(request: CapturedRequest, action: Action) {
        guard let legal = request.view.legalActions else { return nil }
        let facts = SpotFacts(view: request.view, context: request.context)
        street = facts.street
        move = DecisionAnalysis.Move(action, legal: legal)
        if case let .betOrRaise(to) = action { amount = to }
        let call = Double(facts.toCall.rawValue)
        potOdds = call > 0 ? call / (Double(facts.pot.rawValue) + call) : nil
        stackInBigBlinds = facts.stackInBigBlinds
    }
}
