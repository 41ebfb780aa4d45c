import PokerEngine

/// The public state of the hand at a node of the solver's tree (chips as plain `Int`s).
struct BettingState: Hashable, Sendable {
    /// Board cards dealt so far (3, 4 or 5).
    var boardCount: Int
    /// Chips in the middle outside this street's bets.
    var deadPot: Int
    var bets: [Int]
    var stacks: [Int]
    var toAct: Int
    var lastFullRaise: Int
    var raises: Int
    var hasCheck: Bool
    /// False on the root's street.
    var isLaterStreet: Bool
    /// The last player to bet or raise on this street, and on the street before.
    var aggressor: Int?
    var previousAggressor: Int?
    let minBet: Int

    init(root: SubgameRoot) {
        boardCount = root.board.count
        deadPot = root.deadPot.rawValue
        bets = root.bets.map(\.rawValue)
        stacks = root.stacks.map(\.rawValue)
        toAct = root.toAct
        lastFullRaise = root.lastFullRaise.rawValue
        raises = root.raisesThisStreet
        hasCheck = root.streetHasCheck
        isLaterStreet = false
        // Whoever has the larger bet at the root made the last aggressive action.
        aggressor = root.bets[0] == root.bets[1] ? nil : (root.bets[0] > root.bets[1] ? 0 : 1)
        previousAggressor = nil
        minBet = root.minBet.rawValue
    }

    var pot: Int { deadPot + bets[0] + bets[1] }
    var currentBet: Int { max(bets[0], bets[1]) }

    /// What happens after an action.
    enum Transition {
        /// Betting continues with the other player to act.
        case next(BettingState)
        /// `folder` gave up; the state is as it stood.
        case fold(folder: Int)
        /// The street is over and its bets are collected (uncalled chips returned).
        case streetClosed(BettingState)
    }

    func applying(_ action: SolverAction) -> Transition {
        let p = toAct, o = 1 - toAct
        var next = self
        switch action {
        case .fold:
            return .fold(folder: p)
        case .check:
            if hasCheck { return .streetClosed(next.collected()) }
            next.hasCheck = true
            next.toAct = o
            return .next(next)
        case let .call(amount):
            next.stacks[p] -= amount.rawValue
            next.bets[p] += amount.rawValue
            return .streetClosed(next.collected())
        case let .bet(to), let .raise(to), let .allIn(to):
            let to = to.rawValue
            let increment = to - currentBet
            if currentBet > 0 { next.raises += 1 }
            next.lastFullRaise = max(lastFullRaise, increment)
            next.stacks[p] -= to - bets[p]
            next.bets[p] = to
            next.aggressor = p
            next.toAct = o
            return .next(next)
        }
    }

    /// The state of the next street before its first card: bets collected, unmatched chips
    /// returned, out of position to act.
    private func collected() -> BettingState {
        var next = self
        let matched = min(bets[0], bets[1])
        for p in 0..<2 { next.stacks[p] += bets[p] - matched }
        next.deadPot += 2 * matched
        next.bets = [0, 0]
        next.toAct = 0
        next.lastFullRaise = 0
        next.raises = 0
        next.hasCheck = false
        next.isLaterStreet = true
        next.previousAggressor = aggressor
        next.aggressor = nil
        return next
    }

    /// True when someone is all-in, so no more betting can happen.
    var someoneAllIn: Bool { stacks[0] == 0 || stacks[1] == 0 }
}
