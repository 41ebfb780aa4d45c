import PokerEngine

/// Walks a hand's events once and sets the HUD flags of ``PlayerRecap`` (PokerTracker-style
/// definitions: see `docs/ai-psychology.md`).
struct ActionWalker {
    private var street = Street.preflop
    private var live: [Bool]
    private var preflopRaises = 0
    private(set) var preflopAggressor: Int?
    private var flopAggression = 0
    private var cbettor: Int?
    private var actedOnFlop: [Bool]

    init(playerCount: Int) {
        live = Array(repeating: true, count: playerCount)
        actedOnFlop = Array(repeating: false, count: playerCount)
    }

    private enum Move { case fold, check, call, raise }

    mutating func step(_ event: HandEvent, players: inout [PlayerRecap]) {
        switch event {
        case let .boardDealt(newStreet, _):
            street = newStreet
            if newStreet == .flop { for p in players.indices where live[p] { players[p].sawFlop = true } }
        case let .folded(p):
            decide(.fold, by: p, players: &players)
            live[p] = false
            players[p].foldedOn = street
        case let .checked(p): decide(.check, by: p, players: &players)
        case let .called(p, _, _): decide(.call, by: p, players: &players)
        case let .betOrRaised(p, _, _, _, _): decide(.raise, by: p, players: &players)
        case let .showed(p, cards, rank):
            players[p].wentToShowdown = true
            players[p].shownCards = cards
            players[p].shownRank = rank
        case let .mucked(p):
            players[p].wentToShowdown = true
            live[p] = false
        default:
            break
        }
    }

    private mutating func decide(_ move: Move, by p: Int, players: inout [PlayerRecap]) {
        guard players.indices.contains(p) else { return }
        switch street {
        case .preflop:
            if preflopRaises == 1, preflopAggressor != p, !players[p].threeBetOpportunity {
                players[p].threeBetOpportunity = true
                players[p].threeBet = move == .raise
            }
            if move == .call || move == .raise { players[p].vpip = true }
            if move == .raise {
                players[p].pfr = true
                preflopRaises += 1
                preflopAggressor = p
            }
        case .flop:
            if p == preflopAggressor, !actedOnFlop[p], flopAggression == 0 {
                players[p].cbetOpportunity = true
                players[p].cbetMade = move == .raise
                if move == .raise { cbettor = p }
            } else if let c = cbettor, c != p, flopAggression == 1, !players[p].facedCbet {
                players[p].facedCbet = true
                players[p].foldedToCbet = move == .fold
            }
            actedOnFlop[p] = true
            if move == .raise { flopAggression += 1 }
        case .turn, .river:
            break
        }
        if street > .preflop {
            switch move {
            case .fold: players[p].postflopFolds += 1
            case .check: players[p].postflopChecks += 1
            case .call: players[p].postflopCalls += 1
            case .raise:
                players[p].postflopBetsRaises += 1
                players[p].lastAggressionStreet = street
            }
        }
    }
}
