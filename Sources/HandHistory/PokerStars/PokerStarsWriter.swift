import PokerEngine

/// Writes hands the engine played as PokerStars tournament hand histories: the text PokerTracker
/// and Hold'em Manager import and PokerKit 0.7.7's `HandHistory.from_pokerstars` parses (see
/// `scripts/pokerkit/README.md` for the exact rules). Hole cards are written as `Dealt to` for
/// the hero only; other hands appear when shown. Amounts are whole chips without separators.
public enum PokerStarsWriter {
    /// One hand (complete or not) as PokerStars text, ending with a newline.
    public static func text(_ hand: Hand, table: PokerStarsTable) -> String {
        var renderer = PokerStarsRenderer(hand: hand, table: table)
        renderer.render()
        return renderer.lines.joined(separator: "\n") + "\n"
    }

    /// Many hands, separated by two blank lines (PokerKit splits hands only there).
    public static func text(_ hands: [(hand: Hand, table: PokerStarsTable)]) -> String {
        hands.map { text($0.hand, table: $0.table) }.joined(separator: "\n\n")
    }
}

/// Walks a hand's event log once and writes the lines.
struct PokerStarsRenderer {
    let hand: Hand
    let table: PokerStarsTable
    let names: [String]
    var lines: [String] = []
    var stacks: [Chips]
    /// Highest bet on the current street (raises are written as the increment over it).
    var streetBet = Chips.zero
    var board: [Card] = []
    var showdownWritten = false
    /// Pots awarded: (engine pot index, amount, winners, shares, showdown).
    var awards: [(pot: Int, amount: Chips, winners: [Int], shares: [Chips], showdown: Bool)] = []
    /// Street on which each player folded; players who showed, mucked, or acted voluntarily preflop.
    var foldedOn: [Street?]
    var showed: [[Card]?]
    var mucked: [Bool]
    var voluntary: [Bool]
    var postedBlind: [Int?]

    init(hand: Hand, table: PokerStarsTable) {
        self.hand = hand
        self.table = table
        names = table.safeNames
        let n = hand.playerCount
        stacks = hand.config.startingStacks
        foldedOn = Array(repeating: nil, count: n)
        showed = Array(repeating: nil, count: n)
        mucked = Array(repeating: false, count: n)
        voluntary = Array(repeating: false, count: n)
        postedBlind = Array(repeating: nil, count: n)
    }

    var n: Int { hand.playerCount }
    /// Positions in seat order.
    var seatOrder: [Int] { (0..<n).sorted { seat($0) < seat($1) } }
    func seat(_ p: Int) -> Int { p < table.seatNumbers.count ? table.seatNumbers[p] : p + 1 }
    /// Which listed blind (0 small, 1 big, 2… straddles) applies to position `p` (heads-up reversed).
    func listedIndex(_ p: Int) -> Int { n == 2 ? 1 - p : p }
    /// The button's seat number (an empty seat's under the dead-button rule).
    var buttonSeat: Int { table.buttonSeatNumber ?? seat(n - 1) }

    /// "small blind", "big blind" or "straddle" for the blind listed at `index` (a lone blind
    /// is the big blind: the small blind is dead).
    func blindKind(_ index: Int) -> String {
        let big = hand.config.bigBlindListedIndex ?? 1
        return index < big ? "small blind" : index == big ? "big blind" : "straddle"
    }
    func allIn(_ p: Int) -> String { stacks[p] == .zero ? " and is all-in" : "" }

    mutating func render() {
        let listed = hand.config.blindsOrStraddles
        let big = table.blinds?.bigBlind ?? hand.config.bigBlindListedIndex.map { listed[$0] } ?? .zero
        let small = table.blinds?.smallBlind ?? (hand.config.bigBlindListedIndex == 1 ? listed[0] : big.divided(into: 2).share)
        lines.append("PokerStars Hand #\(table.handNumber): Tournament #\(table.tournamentNumber), \(table.buyIn) "
            + "Hold'em No Limit - Level \(PokerStarsTable.roman(table.level)) (\(small)/\(big)) - \(table.easternTime) ET")
        lines.append("Table '\(table.tournamentNumber) 1' \(table.tableSize)-max Seat #\(buttonSeat) is the button")
        for p in seatOrder {
            lines.append("Seat \(seat(p)): \(names[p]) (\(hand.config.startingStacks[p]) in chips)")
        }
        let dealtAt = hand.events.firstIndex { if case .holeCardsDealt = $0 { true } else { false } } ?? hand.events.count
        writeForcedBets(hand.events[..<dealtAt])
        lines.append("*** HOLE CARDS ***")
        if let hero = table.hero, hero < n, hand.holeCards[hero].count == 2 {
            lines.append("Dealt to \(names[hero]) [\(cards(hand.holeCards[hero]))]")
        }
        for event in hand.events[dealtAt...] { write(event) }
        if hand.isComplete { writeSummary() }
    }

    /// Antes (net of any ante returned by trimming) in seat order, then blinds, small first.
    mutating func writeForcedBets(_ events: ArraySlice<HandEvent>) {
        var antes = [Chips](repeating: .zero, count: n)
        var blinds: [(p: Int, amount: Chips)] = []
        for event in events {
            switch event {
            case let .antePosted(p, amount): antes[p] += amount
            case let .uncalledBetReturned(p, amount): antes[p] -= amount
            case let .blindPosted(p, amount): blinds.append((p, amount))
            default: break
            }
        }
        for p in seatOrder where antes[p] > .zero {
            stacks[p] -= antes[p]
            lines.append("\(names[p]): posts the ante \(antes[p])\(allIn(p))")
        }
        for (p, amount) in blinds.sorted(by: { listedIndex($0.p) < listedIndex($1.p) }) {
            stacks[p] -= amount
            streetBet = max(streetBet, amount)
            postedBlind[p] = listedIndex(p)
            lines.append("\(names[p]): posts \(blindKind(listedIndex(p))) \(amount)\(allIn(p))")
        }
    }

    mutating func write(_ event: HandEvent) {
        switch event {
        case .antePosted, .blindPosted, .holeCardsDealt:
            break
        case .handEnded:
            writeCollected()
        case let .folded(p):
            foldedOn[p] = currentStreet
            lines.append("\(names[p]): folds")
        case let .checked(p):
            lines.append("\(names[p]): checks")
        case let .called(p, amount, _):
            stacks[p] -= amount
            if currentStreet == .preflop { voluntary[p] = true }
            lines.append("\(names[p]): calls \(amount)\(allIn(p))")
        case let .betOrRaised(p, to, added, _, _):
            stacks[p] -= added
            if currentStreet == .preflop { voluntary[p] = true }
            if streetBet == .zero {
                lines.append("\(names[p]): bets \(to)\(allIn(p))")
            } else {
                lines.append("\(names[p]): raises \(to - streetBet) to \(to)\(allIn(p))")
            }
            streetBet = max(streetBet, to)
        case let .uncalledBetReturned(p, amount):
            stacks[p] += amount
            lines.append("Uncalled bet (\(amount)) returned to \(names[p])")
        case let .boardDealt(street, dealt):
            let before = board
            board += dealt
            streetBet = .zero
            switch street {
            case .flop: lines.append("*** FLOP *** [\(cards(board))]")
            case .turn: lines.append("*** TURN *** [\(cards(before))] [\(cards(dealt))]")
            case .river: lines.append("*** RIVER *** [\(cards(before))] [\(cards(dealt))]")
            case .preflop: break
            }
        case let .showed(p, shown, _):
            if board.count == 5 { writeShowdownHeader() }
            showed[p] = shown
            lines.append("\(names[p]): shows [\(cards(shown))] (\(PokerStarsHandName.describe(shown + board)))")
        case let .mucked(p):
            if board.count == 5 { writeShowdownHeader() }
            mucked[p] = true
            lines.append("\(names[p]): mucks hand")
        case let .potAwarded(pot, amount, _, winners, shares, rank):
            awards.append((pot, amount, winners, shares, rank != nil))
        }
    }

    var currentStreet: Street {
        switch board.count {
        case 0: .preflop
        case 3: .flop
        case 4: .turn
        default: .river
        }
    }

    mutating func writeShowdownHeader() {
        guard !showdownWritten else { return }
        showdownWritten = true
        lines.append("*** SHOW DOWN ***")
    }

    func cards(_ list: [Card]) -> String { list.map(\.description).joined(separator: " ") }
}
