import PokerEngine

/// The public betting story of a hand, read from its events: every decision with the pot, the
/// bet faced and the stack at that moment. Built from a seat's view, so it holds nothing hidden.
public struct BettingLine: Hashable, Sendable {
    public let config: HandConfig
    public private(set) var actions: [LineAction] = []
    /// Chips each player had behind after antes and blinds (before any decision).
    public private(set) var stacksAfterForcedBets: [Chips]
    /// Each player's bet on the street after the forced bets (the blinds and straddles).
    public private(set) var blindBets: [Chips]
    /// Everything in the middle once antes and blinds are posted.
    public private(set) var potAfterForcedBets: Chips = .zero
    /// Board cards as they were dealt.
    public private(set) var board: [Card] = []

    public var playerCount: Int { config.playerCount }
    /// The big blind (the second listed blind; the largest blind when straddles are listed).
    public var bigBlind: Chips {
        let blinds = config.blindsOrStraddles
        return blinds.count > 1 ? max(blinds[1], config.minBet) : config.minBet
    }

    public init(config: HandConfig, events: [HandEvent]) {
        self.config = config
        let n = config.playerCount
        var stacks = config.startingStacks
        var bets = Array(repeating: Chips.zero, count: n)
        var pot = Chips.zero
        var street = Street.preflop
        var currentBet = Chips.zero
        var forcedDone = false
        stacksAfterForcedBets = stacks
        blindBets = bets
        for event in events {
            if event.isDecision && !forcedDone {
                forcedDone = true
                stacksAfterForcedBets = stacks
                blindBets = bets
                potAfterForcedBets = pot
            }
            switch event {
            case let .antePosted(p, amount):
                stacks[p] -= amount
                pot += amount
            case let .blindPosted(p, amount):
                stacks[p] -= amount
                bets[p] += amount
                pot += amount
                currentBet = max(currentBet, bets[p])
            case let .boardDealt(s, cards):
                street = s
                board += cards
                bets = Array(repeating: .zero, count: n)
                currentBet = .zero
            case let .uncalledBetReturned(p, amount):
                stacks[p] += amount
                pot -= amount
            case let .folded(p):
                actions.append(LineAction(street: street, player: p, kind: .fold, to: bets[p], facing: currentBet,
                                          potBefore: pot, stackBefore: stacks[p], betBefore: bets[p], allIn: false))
            case let .checked(p):
                actions.append(LineAction(street: street, player: p, kind: .check, to: bets[p], facing: currentBet,
                                          potBefore: pot, stackBefore: stacks[p], betBefore: bets[p], allIn: false))
            case let .called(p, amount, allIn):
                actions.append(LineAction(street: street, player: p, kind: .call, to: bets[p] + amount, facing: currentBet,
                                          potBefore: pot, stackBefore: stacks[p], betBefore: bets[p], allIn: allIn))
                stacks[p] -= amount
                bets[p] += amount
                pot += amount
            case let .betOrRaised(p, to, added, allIn, _):
                actions.append(LineAction(street: street, player: p, kind: .raise, to: to, facing: currentBet,
                                          potBefore: pot, stackBefore: stacks[p], betBefore: bets[p], allIn: allIn))
                stacks[p] -= added
                bets[p] = to
                pot += added
                currentBet = max(currentBet, to)
            default:
                break
            }
        }
        if !forcedDone { stacksAfterForcedBets = stacks; blindBets = bets; potAfterForcedBets = pot }
    }

    /// The decisions made on `street`, in order.
    public func actions(on street: Street) -> [LineAction] { actions.filter { $0.street == street } }

    /// Players who folded before `index` (an index into `actions`).
    public func folded(before index: Int) -> Set<Int> {
        Set(actions[..<index].filter { $0.kind == .fold }.map(\.player))
    }
}
