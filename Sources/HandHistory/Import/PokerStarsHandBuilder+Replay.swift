import PokerEngine

extension PokerStarsHandBuilder {
    func name(_ p: Int) -> String { players[p].name }

    /// Each post line equals what the engine posted for that player.
    func checkPosts(_ hand: Hand) throws(HandImportError) {
        var antes: [Int: Chips] = [:], blinds: [Int: Chips] = [:]
        for event in hand.events {
            switch event {
            case let .antePosted(p, amount): antes[p, default: .zero] += amount
            case let .blindPosted(p, amount): blinds[p, default: .zero] += amount
            default: break
            }
        }
        for post in record.posts {
            guard let p = position[post.name] else { throw fail(.unknownPlayer(post.name), post.line) }
            let engine = (post.kind == .ante ? antes[p] : blinds[p]) ?? .zero
            let written = try chips(post.amount, post.line)
            guard engine == written else {
                throw fail(.disagrees("\(post.name) posts \(unit.text(written)) but the stack and level give \(unit.text(engine))"),
                           post.line)
            }
        }
    }

    /// Plays every action line through the engine: the actor, the amounts and all-ins must agree.
    func replay(_ hand: inout Hand) throws(HandImportError) {
        for (item, line) in record.items {
            switch item {
            case let .street(street, board):
                guard hand.board.count >= street.boardSize else {
                    let who = hand.actor.map { "\(name($0)) is still to act" } ?? "the hand is over"
                    throw fail(.disagrees("the \(street) is dealt but \(who)"), line)
                }
                guard Array(hand.board.prefix(board.count)) == board else {
                    throw fail(.disagrees("the board differs from the cards dealt"), line)
                }
            case let .move(player, move, allIn):
                try apply(move, by: player, allIn: allIn, to: &hand, line)
            case .uncalled, .collected:
                continue
            }
        }
        guard hand.isComplete else {
            let who = hand.actor.map(name) ?? "somebody"
            throw fail(.truncated("the actions end while \(who) is still to act"), record.summary ?? record.lastLine)
        }
    }

    func apply(_ move: PokerStarsRecord.Move, by player: String, allIn: Bool, to hand: inout Hand,
               _ line: SourceLine) throws(HandImportError) {
        guard let p = position[player] else { throw fail(.unknownPlayer(player), line) }
        guard let legal = hand.legalActions else { throw fail(.illegal("the betting is over; \(player) cannot act"), line) }
        guard legal.player == p else { throw fail(.illegal("it is \(name(legal.player))'s turn, not \(player)'s"), line) }
        let action: Action
        switch move {
        case .fold: action = .fold
        case .check:
            guard legal.callAmount == .zero else {
                throw fail(.illegal("\(player) checks but must call \(unit.text(legal.callAmount))"), line)
            }
            action = .checkOrCall
        case let .call(amount):
            let written = try chips(amount, line)
            guard written == legal.callAmount, written > .zero else {
                throw fail(.disagrees("\(player) calls \(unit.text(written)) but the call is \(unit.text(legal.callAmount))"), line)
            }
            action = .checkOrCall
        case let .bet(amount):
            guard legal.currentBet == .zero else { throw fail(.illegal("\(player) bets into a bet (a raise was due)"), line) }
            action = .betOrRaise(to: try chips(amount, line))
        case let .raise(to):
            action = .betOrRaise(to: try chips(to, line))
        }
        let stack = legal.stack
        let events: ArraySlice<HandEvent>
        do { events = try hand.apply(action, by: p) } catch {
            throw fail(.illegal("\(player): \(error.description)"), line)
        }
        var isAllIn = false
        switch events.first {
        case let .called(_, amount, _): isAllIn = amount == stack
        case let .betOrRaised(_, _, added, _, _): isAllIn = added == stack
        default: break
        }
        guard isAllIn == allIn else {
            throw fail(.disagrees(allIn ? "\(player) has more than this behind, not all-in"
                                        : "\(player) is all-in here but the line does not say so"), line)
        }
    }

    /// The pot and what each player got back (uncalled bets) or collected, rake included.
    func checkResults(_ hand: Hand) throws(HandImportError) {
        var engine = Array(repeating: Chips.zero, count: n), written = engine
        var pot = Chips.zero
        for event in hand.events {
            switch event {
            case let .uncalledBetReturned(p, amount): engine[p] += amount
            case let .potAwarded(_, amount, _, winners, shares, _):
                pot += amount
                for (w, share) in zip(winners, shares) { engine[w] += share }
            default: break
            }
        }
        var firstLine: [Int: SourceLine] = [:]
        for (item, line) in record.items {
            switch item {
            case let .uncalled(player, amount), let .collected(player, amount):
                guard let p = position[player] else { throw fail(.unknownPlayer(player), line) }
                written[p] += try chips(amount, line)
                if firstLine[p] == nil { firstLine[p] = line }
            default: continue
            }
        }
        let summary = record.summary ?? record.lastLine
        if let total = record.totalPot, try chips(total, summary) != pot {
            throw fail(.disagrees("the total pot is \(unit.text(try chips(total, summary))) but the bets make \(unit.text(pot))"), summary)
        }
        let rake = try record.rake.map { a throws(HandImportError) in try chips(a, summary) } ?? .zero
        let differences = (0..<n).map { engine[$0] - written[$0] }
        let wrong = differences.firstIndex { $0 < .zero } ?? (differences.sum() != rake ? differences.firstIndex { $0 != .zero } : nil)
        if let p = wrong {
            throw fail(.disagrees("\(name(p)) collects \(unit.text(written[p])) (uncalled bets included) but the engine pays \(unit.text(engine[p]))"
                + (rake > .zero ? " (rake \(unit.text(rake)))" : "")), firstLine[p] ?? summary)
        } else if differences.sum() != rake {
            throw fail(.disagrees("the collected amounts and the rake do not add up to the pot"), summary)
        }
    }
}
