import PokerEngine

/// Walks a hand's event log keeping the chips in front of each player and in the middle, the
/// street and the number of decisions so far: what the action rows need.
struct HandLedger {
    private(set) var stacks: [Chips]
    /// Chips in the pots plus bets not yet returned or paid out.
    private(set) var inMiddle: Chips = .zero
    private(set) var street: Street = .preflop
    private(set) var decisions = 0

    init(startingStacks: [Chips]) { stacks = startingStacks }

    mutating func apply(_ event: HandEvent) {
        switch event {
        case let .antePosted(p, amount), let .blindPosted(p, amount), let .called(p, amount, _):
            move(amount, from: p)
        case let .betOrRaised(p, _, added, _, _):
            move(added, from: p)
        case let .uncalledBetReturned(p, amount):
            stacks[p] += amount
            inMiddle -= amount
        case let .potAwarded(_, amount, _, winners, shares, _):
            for (w, share) in zip(winners, shares) { stacks[w] += share }
            inMiddle -= amount
        case let .boardDealt(street, _):
            self.street = street
        case .holeCardsDealt, .folded, .checked, .showed, .mucked, .handEnded:
            break
        }
        if event.isDecision { decisions += 1 }
    }

    private mutating func move(_ amount: Chips, from p: Int) {
        stacks[p] -= amount
        inMiddle += amount
    }
}

/// One decision as an `action` row.
struct ActionRow {
    var seq: Int
    var eventIndex: Int
    var position: Int
    var seat: Int
    var street: Street
    var action: String
    var amount: Chips
    var added: Chips
    var allIn: Bool
    var stackAfter: Chips
    var potAfter: Chips

    /// The rows for the decisions among `events[range]` of a hand dealt with `startingStacks`.
    static func rows(events: [HandEvent], range: Range<Int>, startingStacks: [Chips], seats: [Int]) -> [ActionRow] {
        var ledger = HandLedger(startingStacks: startingStacks)
        var rows: [ActionRow] = []
        for index in events.indices where index < range.upperBound {
            let event = events[index]
            let seq = ledger.decisions
            ledger.apply(event)
            guard index >= range.lowerBound, event.isDecision, let p = event.player, p < seats.count else { continue }
            let (name, amount, added, allIn): (String, Chips, Chips, Bool)
            switch event {
            case .folded: (name, amount, added, allIn) = ("fold", .zero, .zero, false)
            case .checked: (name, amount, added, allIn) = ("check", .zero, .zero, false)
            case let .called(_, chips, isAllIn): (name, amount, added, allIn) = ("call", chips, chips, isAllIn)
            case let .betOrRaised(_, to, chips, isAllIn, opening):
                (name, amount, added, allIn) = (opening ? "bet" : "raise", to, chips, isAllIn)
            default: continue
            }
            rows.append(ActionRow(seq: seq, eventIndex: index, position: p, seat: seats[p], street: ledger.street,
                                  action: name, amount: amount, added: added, allIn: allIn,
                                  stackAfter: ledger.stacks[p], potAfter: ledger.inMiddle))
        }
        return rows
    }
}
