import PokerEngine

/// Ranges that listen: every player's range narrowed action by action, street by street, by Bayes
/// with the acting strategy — the core's preflop plan before the flop, the postflop action model
/// after it (or, where a heads-up solve is given, the solver's own strategy). Card removal for the
/// board and for cards the viewer knows.
public enum RangeModel {
    /// Public beliefs for every position from a seat's view (the viewer's own range as the others
    /// see it, too). `known` cards (the viewer's hole cards) are removed from everybody else's.
    public static func beliefs(view: SeatView, profiles: [Int: PlayerProfile] = [:]) -> [RangeBelief] {
        let line = BettingLine(config: view.config, events: view.events)
        var beliefs = beliefs(line: line, board: view.board, profiles: profiles)
        let known = CardSet(view.holeCards)
        for p in beliefs.indices where p != view.seat { beliefs[p].remove(known) }
        return beliefs
    }

    /// Public beliefs from the betting line (`board` = the cards dealt so far).
    public static func beliefs(line: BettingLine, board: [Card], profiles: [Int: PlayerProfile] = [:]) -> [RangeBelief] {
        let n = line.playerCount
        var beliefs = [RangeBelief](repeating: .uniform, count: n)
        var streetStrength: [Street: BoardStrength] = [:]
        var raisesOnStreet = 0
        var street = Street.preflop
        for (index, action) in line.actions.enumerated() {
            if action.street != street {
                street = action.street
                raisesOnStreet = 0
            }
            let profile = profiles[action.player] ?? .core
            let likelihood: [Double]
            if street == .preflop {
                likelihood = preflopLikelihood(line: line, index: index, action: action, profile: profile)
            } else {
                let cards = Array(board.prefix(street.boardSize))
                let strength = streetStrength[street] ?? BoardStrength(board: cards)
                streetStrength[street] = strength
                let live = livePlayers(line: line, before: index)
                let inPosition = live.max() == action.player
                likelihood = postflopLikelihood(action: action, belief: beliefs[action.player], strength: strength,
                                                raisesBefore: raisesOnStreet, inPosition: inPosition,
                                                river: street == .river, profile: profile)
            }
            beliefs[action.player].update(likelihood: likelihood)
            if action.kind == .raise { raisesOnStreet += 1 }
        }
        let boardSet = CardSet(board)
        for p in 0..<n { beliefs[p].remove(boardSet) }
        return beliefs
    }

    static func livePlayers(line: BettingLine, before index: Int) -> [Int] {
        let folded = line.folded(before: index)
        return (0..<line.playerCount).filter { !folded.contains($0) }
    }

    static func preflopLikelihood(line: BettingLine, index: Int, action: LineAction, profile: PlayerProfile) -> [Double] {
        let situation = PreflopSituation(line: line, before: index, player: action.player)
        let plan = PreflopStrategy.plan(situation)
        let f = plan.frequencies
        let floor = profile.surprise
        let loose = profile.looseness
        return HoleCards.all.indices.map { i in
            let p: Double
            switch action.kind {
            case .fold: p = f.fold(i)
            case .check: p = 1 - f.raise[i]
            case .call: p = min(1, f.call[i] + loose * (1 - f.call[i] - f.raise[i]) + (plan.raiseTo == nil ? f.raise[i] : 0))
            case .raise: p = min(1, f.raise[i] + loose * 0.5 * f.call[i])
            }
            return floor + (1 - floor) * p
        }
    }

    static func postflopLikelihood(action: LineAction, belief: RangeBelief, strength: BoardStrength, raisesBefore: Int,
                                   inPosition: Bool, river: Bool, profile: PlayerProfile) -> [Double] {
        let scores = strength.scores(relativeTo: belief.weights)
        let floor = profile.surprise
        func lifted(_ values: [Double]) -> [Double] { values.map { floor + (1 - floor) * $0 } }
        switch action.kind {
        case .raise:
            return lifted(PostflopActionModel.aggressive(scores: scores, draws: strength.drawEquity,
                                                         fraction: max(0.1, action.raiseFraction),
                                                         raisesBefore: raisesBefore, inPosition: inPosition, river: river))
        case .check:
            let bet = PostflopActionModel.aggressive(scores: scores, draws: strength.drawEquity, fraction: 0.66,
                                                     raisesBefore: 0, inPosition: inPosition, river: river)
            return lifted(bet.map { 1 - $0 })
        case .call, .fold:
            let faced = max(0.1, facedFraction(action))
            let raise = PostflopActionModel.aggressive(scores: scores, draws: strength.drawEquity, fraction: 1,
                                                       raisesBefore: raisesBefore, inPosition: inPosition, river: river)
            let call = PostflopActionModel.call(scores: scores, draws: strength.drawEquity, fraction: faced,
                                                raisesBefore: raisesBefore, raising: raise)
            if action.kind == .call { return lifted(call) }
            return lifted(zip(call, raise).map { max(0, 1 - $0 - $1) })
        }
    }

    /// The bet faced as a fraction of the pot before it was made.
    static func facedFraction(_ action: LineAction) -> Double {
        let toCall = Double((action.facing - action.betBefore).rawValue)
        let potBeforeBet = Double(action.potBefore.rawValue) - toCall
        return potBeforeBet > 0 ? toCall / potBeforeBet : 1
    }
}
