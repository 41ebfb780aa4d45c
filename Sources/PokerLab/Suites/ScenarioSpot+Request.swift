import PokerAI
import PokerEngine

extension ScenarioSpot {
    static let moves: Set<String> = Set(DecisionAnalysis.Move.allCases.map(\.rawValue))

    /// The decision the hero faces: the hand built by the engine from the stacks, blinds, cards
    /// and actions, seen from the hero's seat, with a fresh mind for `personality`.
    public func request(personality: Personality, mode: GameMode = .standard, seed: UInt64 = 0,
                        timeout: Duration = .seconds(30)) throws(ScenarioError) -> DecisionRequest {
        let n = stacks.count
        guard HandConfig.playerRange.contains(n) else { throw fail("\(n) stacks: a spot has 2 to 10 players") }
        guard blinds.count == 2, blinds[0] >= 0, blinds[1] > 0 else { throw fail("blinds must be [small, big]") }
        for move in agreeing where !Self.moves.contains(move) {
            throw fail("'\(move)' is not one of fold, check, call, raise, all_in")
        }
        let heroPosition = try position(n)
        let hole: [Card], cards: [Card]
        do {
            hole = try Card.parseDistinct(holeCards)
            cards = try Card.parseDistinct(board)
        } catch {
            throw fail(error.description)
        }
        guard hole.count == 2 else { throw fail("the hero needs two hole cards, not \(hole.count)") }
        guard [0, 3, 4, 5].contains(cards.count) else { throw fail("a board has 0, 3, 4 or 5 cards, not \(cards.count)") }
        var holeCards: [[Card?]] = Array(repeating: [nil, nil], count: n)
        holeCards[heroPosition] = hole
        let config = HandConfig.standard(stacks: stacks.map { Chips($0) }, smallBlind: Chips(blinds[0]),
                                         bigBlind: Chips(blinds[1]), ante: Chips(ante))
        var hand: Hand
        do {
            hand = try Hand.start(config, deck: try Deck.arranged(holeCards: holeCards, board: cards))
        } catch {
            throw fail(String(describing: error))
        }
        for (index, text) in actions.enumerated() {
            guard let actor = hand.actor else { throw fail("action \(index + 1) '\(text)': the hand is already over") }
            let parsed = try parse(text, bigBlind: blinds[1])
            let action = parsed ?? hand.legalActions.flatMap { $0.maxRaiseTo }.map { Action.betOrRaise(to: $0) } ?? .checkOrCall
            do {
                _ = try hand.apply(action, by: actor)
            } catch {
                throw fail("action \(index + 1) '\(text)' by \(TablePosition.name(position: actor, playerCount: n)): \(error.description)")
            }
        }
        guard hand.actor == heroPosition else {
            let who = hand.actor.map { TablePosition.name(position: $0, playerCount: n) } ?? "nobody"
            throw fail("after the actions \(who) is to act, not the hero (\(TablePosition.name(position: heroPosition, playerCount: n)))")
        }
        guard hand.board == cards else {
            throw fail("the hero acts with \(hand.board.count) board cards dealt, but the spot lists \(cards.count)")
        }
        var names = (0..<n).map { TablePosition.name(position: $0, playerCount: n) }
        names[heroPosition] = personality.name
        let context = TableContext(seatNames: names, handSeats: Array(0..<n), button: n - 1, handNumber: 1,
                                   blinds: BlindLevel(smallBlind: Chips(blinds[0]), bigBlind: Chips(blinds[1]),
                                                      ante: Chips(ante)),
                                   levelIndex: 0, mode: mode)
        return DecisionRequest(view: hand.view(for: heroPosition), context: context, timeout: timeout,
                               decisionIndex: actions.count, mind: SeatMind(personality: personality),
                               gameSeed: seed ^ Self.hash(id))
    }

    func position(_ n: Int) throws(ScenarioError) -> Int {
        if let index = Int(hero) {
            guard (0..<n).contains(index) else { throw fail("hero position \(index) is not at a \(n)-player table") }
            return index
        }
        let key = hero.uppercased()
        guard let index = (0..<n).first(where: { TablePosition.name(position: $0, playerCount: n).uppercased() == key })
        else { throw fail("no position '\(hero)' at a \(n)-player table") }
        return index
    }

    /// The action `text` names; nil for an all-in (whatever the stack allows).
    func parse(_ text: String, bigBlind: Int) throws(ScenarioError) -> Action? {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let verb = words.first else { throw fail("an empty action") }
        switch verb {
        case "fold", "f": return .fold
        case "check", "call", "cc", "x", "c": return .checkOrCall
        case "all_in", "allin", "shove", "jam": return nil
        case "bet", "raise", "cbr", "b", "r":
            guard words.count == 2 else { throw fail("'\(text)' needs one amount, e.g. 'raise 60' or 'raise 3bb'") }
            var amount = words[1]
            var scale = 1.0
            if amount.hasSuffix("bb") { amount.removeLast(2); scale = Double(bigBlind) }
            guard let value = Double(amount), value > 0 else { throw fail("'\(words[1])' is not an amount of chips") }
            return .betOrRaise(to: Chips(Int((value * scale).rounded())))
        default:
            throw fail("'\(text)' is not an action (fold, check, call, bet N, raise N, all_in)")
        }
    }

    func fail(_ reason: String) -> ScenarioError { .invalidSpot(id: id, reason: reason) }

    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
