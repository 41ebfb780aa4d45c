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
        var beliefs = [RangeBelief](repeating: .uniform, count: line.playerCount)
        narrow(&beliefs, line: line, board: board, actions: 0..<line.actions.count, profiles: profiles)
        return beliefs
    }

    /// Narrows `beliefs` by the decisions `actions` (indices into `line.actions`), with card
    /// removal for `board` at the end.
    public static func narrow(_ beliefs: inout [RangeBelief], line: BettingLine, board: [Card], actions: Range<Int>,
                              profiles: [Int: PlayerProfile] = [:]) {
        var streetStrength: [Street: BoardStrength] = [:]
        var raisesOnStreet = 0
        var street: Street?
        for index in actions {
            let action = line.actions[index]
            if action.street != street {
                street = action.street
                raisesOnStreet = line.actions[..<index].filter { $0.street == action.street && $0.kind == .raise }.count
            }
            let profile = profiles[action.player] ?? .core
            let likelihood: [Double]
            if action.street == .preflop {
                likelihood = preflopLikelihood(line: line, index: index, action: action, profile: profile)
            } else {
                let cards = Array(board.prefix(action.street.boardSize))
                let strength = streetStrength[action.street] ?? BoardStrength(board: cards)
                streetStrength[action.street] = strength
                let live = livePlayers(line: line, before: index)
                let inPosition = live.max() == action.player
                let leading = raisesOnStreet == 0 && leadsIntoAggressor(line: line, index: index, live: live)
                var opponents = [Double](repeating: 0, count: HoleCards.all.count)
                for other in live where other != action.player {
                    for (i, w) in beliefs[other].weights.enumerated() { opponents[i] += w }
                }
                likelihood = postflopLikelihood(action: action, belief: beliefs[action.player], opponents: opponents,
                                                strength: strength,
                                                raisesBefore: raisesOnStreet, inPosition: inPosition,
                                                river: action.street == .river, leading: leading, profile: profile)
            }
            beliefs[action.player].update(likelihood: likelihood)
            if action.kind == .raise { raisesOnStreet += 1 }
        }
        let boardSet = CardSet(board)
        for p in beliefs.indices { beliefs[p].remove(boardSet) }
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

    /// The previous street's last aggressor is still in and acts after `line.actions[index]`'s
    /// player on this street: betting now would lead into it.
    static func leadsIntoAggressor(line: BettingLine, index: Int, live: [Int]) -> Bool {
        let action = line.actions[index]
        guard let previous = Street(rawValue: action.street.rawValue - 1) else { return false }
        guard let aggressor = line.actions[..<index].last(where: { $0.street == previous && $0.kind == .raise })?.player,
              aggressor != action.player, live.contains(aggressor) else { return false }
        return aggressor > action.player
    }

    static func postflopLikelihood(action: LineAction, belief: RangeBelief, opponents: [Double], strength: BoardStrength,
                                   raisesBefore: Int,
                                   inPosition: Bool, river: Bool, leading: Bool = false,
                                   profile: PlayerProfile) -> [Double] {
        let floor = profile.surprise
        func lifted(_ values: [Double]) -> [Double] { values.map { floor + (1 - floor) * $0 } }
        switch action.kind {
        case .raise:
            // Deep in a raise war only made hands raise for value: draws are priced out.
            let ahead = strength.scores(relativeTo: opponents, withDraws: raisesBefore < 2)
            return lifted(PostflopActionModel.aggressive(
                ahead: raisesBefore == 0 ? ahead : topOfRangeRaises(ahead: ahead, belief: belief.weights, raisesBefore: raisesBefore),
                draws: strength.drawEquity, fraction: max(0.1, action.raiseFraction),
                raisesBefore: raisesBefore, inPosition: inPosition, river: river, leading: leading))
        case .check:
            let bet = PostflopActionModel.aggressive(ahead: strength.scores(relativeTo: opponents), draws: strength.drawEquity,
                                                     fraction: 0.66, raisesBefore: 0, inPosition: inPosition, river: river,
                                                     leading: leading)
            return lifted(bet.map { 1 - $0 })
        case .call, .fold:
            let faced = max(0.1, facedFraction(action))
            let raise = PostflopActionModel.aggressive(ahead: strength.scores(relativeTo: opponents), draws: strength.drawEquity,
                                                       fraction: 1, raisesBefore: raisesBefore, inPosition: inPosition,
                                                       river: river)
            let call = PostflopActionModel.call(scores: strength.scores(relativeTo: belief.weights), draws: strength.drawEquity,
                                                fraction: faced, raisesBefore: raisesBefore, raising: raise)
            if action.kind == .call { return lifted(call) }
            return lifted(zip(call, raise).map { max(0, 1 - $0 - $1) })
        }
    }

    /// Facing a bet, the strongest part of a range raises even when the opponent's range is as
    /// strong (in a raise war both ranges narrow towards the top): when fewer than `share` of the
    /// range (by weight) clear the raise cut, the `ahead` scores are shifted so that the top `share`
    /// does — each raise keeps the top of what was left, nine raises only the very top.
    static func topOfRangeRaises(ahead: [Double], belief: [Double], raisesBefore: Int) -> [Double] {
        let share = [0.12, 0.2, 0.3][min(2, raisesBefore - 1)]
        let cut = PostflopActionModel.raiseCut(raises: raisesBefore)
        let live = ahead.indices.filter { belief[$0] > 0 }.sorted { ahead[$0] > ahead[$1] }
        let total = live.reduce(0.0) { $0 + belief[$1] }
        guard total > 0 else { return ahead }
        var held = 0.0
        var threshold = 0.0
        for i in live {
            held += belief[i]
            threshold = ahead[i]
            if held >= share * total { break }
        }
        let shift = cut + 0.05 - threshold
        return shift > 0 ? ahead.map { $0 + shift } : ahead
    }

    /// The bet faced as a fraction of the pot before it was made.
    static func facedFraction(_ action: LineAction) -> Double {
        let toCall = Double((action.facing - action.betBefore).rawValue)
        let potBeforeBet = Double(action.potBefore.rawValue) - toCall
        return potBeforeBet > 0 ? toCall / potBeforeBet : 1
    }
}
