import PokerEngine
import PokerStrategy

/// Mutable fold / passive / aggressive masses of an advice, for `StyleDeviation`'s shifts. New
/// aggressive options are made legal (two thirds of the pot, or a raise to three times the bet).
struct StyleMix {
    private(set) var advice: CoreAdvice
    let legal: LegalActions?

    init(advice: CoreAdvice, request: DecisionRequest) {
        self.advice = advice
        legal = request.legal
    }

    var facingRaise: Bool { (legal?.callAmount ?? .zero) > .zero && (legal?.currentBet ?? .zero) > (legal?.playerBet ?? .zero) }

    static func isFold(_ o: CoreAdvice.Option) -> Bool { o.kind == .fold }
    static func isPassive(_ o: CoreAdvice.Option) -> Bool { o.kind == .check || o.kind == .call }
    static func isAggressive(_ o: CoreAdvice.Option) -> Bool { o.kind == .bet || o.kind == .raise || o.kind == .allIn }

    /// Moves `share` of the fold mass to calling (or to the aggressive option).
    mutating func moveFold(share: Double, toAggressive: Bool) {
        let fold = mass(Self.isFold)
        guard fold > 0, share > 0 else { return }
        scale(Self.isFold, by: 1 - share)
        let moved = fold * share
        if toAggressive, addAggressive(moved) { return }
        addPassive(moved)
    }

    /// Moves `share` of the continuing (call + raise) mass to folding (when folding is legal).
    mutating func foldContinuing(share: Double) {
        guard legal?.canFold == true, share > 0 else { return }
        let continuing = mass { !Self.isFold($0) }
        guard continuing > 0 else { return }
        scale({ !Self.isFold($0) }, by: 1 - share)
        add(.fold, kind: .fold, mass: continuing * share)
    }

    mutating func movePassiveToAggressive(share: Double) {
        let passive = mass(Self.isPassive)
        guard passive > 0, share > 0 else { return }
        let moved = passive * share
        if addAggressive(moved) { scale(Self.isPassive, by: 1 - share) }
    }

    mutating func moveAggressiveToPassive(share: Double) {
        let aggressive = mass(Self.isAggressive)
        guard aggressive > 0, share > 0 else { return }
        scale(Self.isAggressive, by: 1 - share)
        addPassive(aggressive * share)
    }

    /// Moves `share` of the check and fold mass to a bet or raise.
    mutating func bluff(share: Double) {
        let quiet = mass { Self.isFold($0) || $0.kind == .check }
        guard quiet > 0, share > 0 else { return }
        if addAggressive(quiet * share) { scale({ Self.isFold($0) || $0.kind == .check }, by: 1 - share) }
    }

    // MARK: - Helpers

    func mass(_ test: (CoreAdvice.Option) -> Bool) -> Double {
        advice.options.filter(test).reduce(0) { $0 + $1.frequency }
    }

    mutating func scale(_ test: (CoreAdvice.Option) -> Bool, by factor: Double) {
        for i in advice.options.indices where test(advice.options[i]) { advice.options[i].frequency *= factor }
    }

    mutating func addPassive(_ amount: Double) {
        let kind: CoreAdvice.Kind = (legal?.callAmount ?? .zero) > .zero ? .call : .check
        add(.checkOrCall, kind: kind, mass: amount)
    }

    /// Adds to the existing aggressive option, or makes one; false when raising is closed.
    mutating func addAggressive(_ amount: Double) -> Bool {
        if let i = advice.options.firstIndex(where: Self.isAggressive) {
            advice.options[i].frequency += amount
            return true
        }
        guard let legal, legal.canRaise else { return false }
        let target = legal.currentBet == .zero ? legal.raiseTo(potFraction: 0.66) : legal.clampRaise(legal.currentBet * 3)
        guard let to = target else { return false }
        let kind: CoreAdvice.Kind = to == legal.maxRaiseTo ? .allIn : (legal.currentBet == .zero ? .bet : .raise)
        add(.betOrRaise(to: to), kind: kind, mass: amount)
        return true
    }

    mutating func add(_ action: Action, kind: CoreAdvice.Kind, mass amount: Double) {
        if let i = advice.options.firstIndex(where: { $0.action == action }) {
            advice.options[i].frequency += amount
        } else {
            advice.options.append(CoreAdvice.Option(kind: kind, action: action, frequency: amount))
        }
    }
}
