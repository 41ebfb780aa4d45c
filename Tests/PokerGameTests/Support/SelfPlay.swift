import PokerAI
import PokerEngine

/// A player in a self-play table: a name, and how it acts.
struct SelfPlayer {
    enum Style {
        /// The offline bot of a character (plays the strategy core with its deviations).
        case bot(Personality)
        /// Calls or checks every time.
        case alwaysCall
        /// Bets or raises (pot size) every time it can, else calls.
        case maniac
        /// Moves all-in every time it can, else calls.
        case shover
    }

    let name: String
    let style: Style
    var mind: SeatMind?

    init(_ name: String, _ style: Style) {
        self.name = name
        self.style = style
        if case let .bot(personality) = style { mind = SeatMind(personality: personality) } else { mind = nil }
    }

    func act(_ request: DecisionRequest, legal: LegalActions) -> Action {
        switch style {
        case let .bot(personality): return OfflineBot(personality: personality).choose(request)
        case .alwaysCall: return .checkOrCall
        case .maniac: return legal.potRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall
        case .shover: return legal.maxRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall
        }
    }
}

/// Hands played one at a time between `players` with stacks reset every hand (cash-game style,
/// 100 BB at 10/20 by default) and minds that remember: every bot sees every hand it sits in and
/// updates its reads, so its range model adapts to what it observes.
struct SelfPlayTable {
    var players: [SelfPlayer]
    var stack: Chips = 2_000
    var handNumber = 0

    init(_ players: [SelfPlayer]) { self.players = players }

    /// Plays one hand with `seating[position] = player index` (position 0 = small blind … last =
    /// button) and the deck of `deckSeed`; returns the finished hand and each player's net in big blinds.
    /// `observe` sees every decision as it is made (the request exactly as the player saw it, its
    /// mind before this hand's lessons, and the action taken).
    mutating func play(seating: [Int], deckSeed: UInt64,
                       observe: ((_ request: DecisionRequest, _ action: Action, _ player: Int) -> Void)? = nil)
        throws -> (hand: Hand, net: [Int: Double])
    {
        handNumber += 1
        let n = seating.count
        let config = HandConfig.standard(stacks: Array(repeating: stack, count: n), smallBlind: 10, bigBlind: 20)
        var hand = try Hand.start(config, deck: Deck.shuffled(seed: deckSeed))
        let context = TableContext(seatNames: players.map(\.name), handSeats: seating, button: seating[n - 1],
                                   handNumber: handNumber, blinds: BlindLevel(smallBlind: 10, bigBlind: 20), levelIndex: 0,
                                   mode: .standard)
        var index = 0
        while let legal = hand.legalActions {
            let player = seating[legal.player]
            let request = DecisionRequest(view: hand.view(for: legal.player), context: context, decisionIndex: index,
                                          mind: players[player].mind, gameSeed: deckSeed)
            let action = players[player].act(request, legal: legal)
            observe?(request, action, player)
            try hand.apply(action, by: legal.player)
            index += 1
        }
        let recap = HandRecap.make(hand: hand, context: context)
        for player in seating { players[player].mind?.observe(recap, seat: player) }
        var net: [Int: Double] = [:]
        for (position, player) in seating.enumerated() {
            net[player] = ((hand.finishingStacks?[position] ?? stack) - stack).inBigBlinds(20)
        }
        return (hand, net)
    }
}

/// Mean and 95% confidence half-width of a sample.
func meanAndInterval(_ values: [Double]) -> (mean: Double, halfWidth: Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, values.count - 1))
    return (mean, 1.96 * (variance / Double(values.count)).squareRoot())
}
