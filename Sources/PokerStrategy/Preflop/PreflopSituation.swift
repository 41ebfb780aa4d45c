import PokerEngine

/// What a player faces before the flop, read from the betting line: who opened, how many raises,
/// who called, what the player did before, the price and the stack depth.
public struct PreflopSituation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Nobody has voluntarily put chips in (the hero may open).
        case unopened
        /// Only calls of the big blind so far.
        case limped(limpers: Int)
        /// One raise (`opener`), and `callers` players called it.
        case facingOpen(opener: Int, callers: Int)
        /// Two raises: the hero is the opener, a caller of the open, or has not acted.
        case facingThreeBet(threeBettor: Int, heroOpened: Bool, heroCalled: Bool)
        /// Three raises: the hero made the 3-bet, or not.
        case facingFourBet(fourBettor: Int, heroThreeBet: Bool)
        /// Four raises or more.
        case facingFiveBetOrMore
    }

    public let player: Int
    public let playerCount: Int
    public let seat: ChartSeat
    public let kind: Kind
    /// Raisers in order (the opener first).
    public let raisers: [Int]
    public let bigBlind: Chips
    /// The largest bet so far and the player's own bet.
    public let currentBet: Chips
    public let heroBet: Chips
    /// Chips behind for the player before deciding.
    public let heroStack: Chips
    /// The smallest of the player's total (stack + bet) and the largest live opponent's total.
    public let effectiveStack: Chips
    /// Everything in the middle, bets included.
    public let pot: Chips
    /// The size of the last full raise (the minimum increment of the next one).
    public let lastRaiseIncrement: Chips
    /// The last raise was an all-in.
    public let facingAllIn: Bool
    /// Live players yet to act after the hero (who could still wake up).
    public let playersBehind: Int
    /// Players still in the hand besides the hero.
    public let liveOpponents: [Int]

    public var toCall: Chips { max(.zero, min(currentBet - heroBet, heroStack)) }
    public var effectiveBigBlinds: Double { effectiveStack.inBigBlinds(bigBlind) }
    /// Share of the final pot a call must win (no rake, no side pots).
    public var requiredEquity: Double {
        let call = Double(toCall.rawValue)
        return call > 0 ? call / (Double(pot.rawValue) + call) : 0
    }

    /// The situation of `player` at the decision with index `index` in `line.actions` (the
    /// decisions before it are the history). `index == line.actions.count` is "now".
    public init(line: BettingLine, before index: Int, player: Int) {
        let n = line.playerCount
        self.player = player
        playerCount = n
        seat = ChartSeat(position: player, playerCount: n)
        bigBlind = line.bigBlind
        var stacks = line.stacksAfterForcedBets
        var bets = line.blindBets
        var folded = Set<Int>()
        var raisers: [Int] = []
        var callersOfLast = 0
        var limpers = 0
        var heroOpened = false, heroCalled = false, heroThreeBet = false
        var lastAllIn = false
        var increment = line.bigBlind
        var largest = line.blindBets.max() ?? .zero
        var acted = Set<Int>()
        let history = line.actions[..<min(index, line.actions.count)].filter { $0.street == .preflop }
        for action in history {
            let p = action.player
            acted.insert(p)
            switch action.kind {
            case .fold:
                folded.insert(p)
            case .check:
                break
            case .call:
                let added = action.to - bets[p]
                stacks[p] -= added
                bets[p] = action.to
                if raisers.isEmpty { limpers += 1 } else { callersOfLast += 1 }
                if p == player && raisers.count == 1 { heroCalled = true }
            case .raise:
                stacks[p] -= action.to - bets[p]
                bets[p] = action.to
                if p == player {
                    if raisers.isEmpty { heroOpened = true }
                    if raisers.count == 1 { heroThreeBet = true }
                }
                raisers.append(p)
                callersOfLast = 0
                if action.to - largest >= increment { increment = action.to - largest }
                largest = max(largest, action.to)
                lastAllIn = action.allIn
            }
        }
        self.raisers = raisers
        lastRaiseIncrement = increment
        facingAllIn = lastAllIn
        currentBet = bets.max() ?? .zero
        heroBet = bets[player]
        heroStack = stacks[player]
        pot = line.potAfterForcedBets + zip(bets, line.blindBets).reduce(.zero) { $0 + ($1.0 - $1.1) }
        let live = (0..<n).filter { $0 != player && !folded.contains($0) }
        liveOpponents = live
        let heroTotal = stacks[player] + bets[player]
        let otherMax = live.map { stacks[$0] + bets[$0] }.max() ?? .zero
        effectiveStack = min(heroTotal, otherMax)
        playersBehind = Self.playersBehind(player: player, n: n, folded: folded, acted: acted)
        switch raisers.count {
        case 0: kind = limpers == 0 ? .unopened : .limped(limpers: limpers)
        case 1: kind = .facingOpen(opener: raisers[0], callers: callersOfLast)
        case 2: kind = .facingThreeBet(threeBettor: raisers[1], heroOpened: heroOpened, heroCalled: heroCalled)
        case 3: kind = .facingFourBet(fourBettor: raisers[2], heroThreeBet: heroThreeBet)
        default: kind = .facingFiveBetOrMore
        }
    }

    /// The seat of `position` at this table.
    public func seat(of position: Int) -> ChartSeat { ChartSeat(position: position, playerCount: playerCount) }

    /// Preflop order: position 2 … last, then 0 and 1 (heads-up: 1 then 0).
    static func preflopOrder(n: Int) -> [Int] { n == 2 ? [1, 0] : Array(2..<n) + [0, 1] }

    static func playersBehind(player: Int, n: Int, folded: Set<Int>, acted: Set<Int>) -> Int {
        let order = preflopOrder(n: n)
        guard let me = order.firstIndex(of: player) else { return 0 }
        return order[(me + 1)...].filter { !folded.contains($0) && !acted.contains($0) }.count
    }
}
