import PokerEngine

/// One betting decision seen during a replay: who acted, what calling cost, the raise bounds.
public struct ReplayDecision: Hashable, Sendable, Codable {
    public let actor: Int
    public let call: Int
    public let minTo: Int?
    public let maxTo: Int?

    enum CodingKeys: String, CodingKey { case actor, call, minTo = "min_to", maxTo = "max_to" }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(call, forKey: .call)
        try c.encode(minTo, forKey: .minTo)   // explicit null, not omitted
        try c.encode(maxTo, forKey: .maxTo)
    }
}

/// The result of replaying one PHH hand through the engine.
public struct ReplayOutcome: Sendable {
    public enum Status: String, Sendable, Codable { case match, mismatch, computed, error }
    public let source: String
    public let status: Status
    public let finishingStacks: [Chips]?
    public let expected: [Chips]?
    public let error: String?
    public let decisions: [ReplayDecision]
    public let hand: Hand?
    /// The unit the stacks are counted in (`PHHHand.unit`).
    public var unit: ChipUnit = .whole
}

/// Replays PHH hands through the engine and compares the finishing stacks.
public enum PHHReplayer {
    /// Replays `hand`. PHH files record PokerKit's payouts, so `.pokerKit` is the default split rule.
    public static func replay(_ phh: PHHHand, source: String, splitRule: PotSplitRule = .pokerKit) -> ReplayOutcome {
        var decisions: [ReplayDecision] = []
        do {
            let hand = try play(phh, splitRule: splitRule, decisions: &decisions)
            let stacks = hand.finishingStacks
            let status: ReplayOutcome.Status = phh.finishingStacks.map { $0 == stacks ? .match : .mismatch } ?? .computed
            return ReplayOutcome(source: source, status: status, finishingStacks: stacks, expected: phh.finishingStacks,
                                 error: nil, decisions: decisions, hand: hand, unit: phh.unit)
        } catch {
            return failure(source: source, error: error, decisions: decisions)
        }
    }

    /// An outcome for a file that could not be read at all.
    public static func fileFailure(source: String, error: PHHError) -> ReplayOutcome {
        failure(source: source, error: error)
    }

    static func failure(source: String, error: PHHError, decisions: [ReplayDecision] = []) -> ReplayOutcome {
        ReplayOutcome(source: source, status: .error, finishingStacks: nil, expected: nil, error: error.description,
                      decisions: decisions, hand: nil)
    }

    /// Replays every entry of a file read by `PHHReader`.
    public static func replay(_ entries: [PHHReader.Entry], splitRule: PotSplitRule = .pokerKit) -> [ReplayOutcome] {
        entries.map { entry in
            switch entry.result {
            case let .success(hand): replay(hand, source: entry.source, splitRule: splitRule)
            case let .failure(error): failure(source: entry.source, error: error)
            }
        }
    }

    static func play(_ phh: PHHHand, splitRule: PotSplitRule, decisions: inout [ReplayDecision]) throws(PHHError) -> Hand {
        let n = phh.playerCount
        guard phh.antes.count == n, phh.blindsOrStraddles.count == n else {
            throw .invalidTable("antes, blinds_or_straddles and starting_stacks must list every player")
        }
        var hole = Array(repeating: [Card?](), count: n)
        var board: [Card] = []
        for action in phh.actions {
            switch action {
            case let .dealHole(p, cards):
                guard p < n else { throw .invalidTable("p\(p + 1) is dealt cards but the table has \(n) players") }
                hole[p] = cards
            case let .showOrMuck(p, cards?) where p < n && !cards.isEmpty:
                for (i, card) in cards.enumerated() where i < hole[p].count {
                    guard let card else { continue }
                    if let dealt = hole[p][i], dealt != card {
                        throw .inconsistentCards("p\(p + 1) was dealt \(dealt) but shows \(card)")
                    }
                    hole[p][i] = card
                }
            case let .dealBoard(cards):
                board += cards
            default:
                break
            }
        }
        // Hands never seen (`????` and mucked) are hidden: they get the weakest stand-in cards
        // and muck at showdown, as the record says, instead of random cards that might win.
        var config = phh.handConfig(splitRule: splitRule)
        let hidden = hole.indices.filter { p in hole[p].allSatisfy { $0 == nil } && phh.actions.contains(.showOrMuck(player: p, cards: nil)) }
        if !hidden.isEmpty {
            config.hiddenHands = hidden
            for p in hidden { hole[p] = [nil, nil] }
        }
        let deck: Deck
        do {
            let cards = hidden.isEmpty ? hole : StandInCards.fill(hole, board: board).map { $0.map(Optional.some) }
            deck = try Deck.arranged(holeCards: cards, board: board)
        } catch {
            throw .inconsistentCards(error.description)
        }
        var hand: Hand
        do { hand = try Hand.start(config, deck: deck) } catch {
            throw .invalidTable(error.description)
        }
        var boardSeen = 0
        for (index, action) in phh.actions.enumerated() {
            let move: (Int, Action)
            switch action {
            case let .fold(p): move = (p, .fold)
            case let .checkOrCall(p): move = (p, .checkOrCall)
            case let .betOrRaise(p, amount): move = (p, .betOrRaise(to: amount))
            case let .dealBoard(cards):
                boardSeen += cards.count
                guard hand.board.count >= boardSeen else {
                    throw .illegalAction(index: index, action: action.text, reason: "the betting round is still open")
                }
                continue
            case .dealHole, .showOrMuck:
                continue
            }
            if let legal = hand.legalActions, legal.player == move.0 {
                decisions.append(ReplayDecision(actor: legal.player, call: legal.callAmount.rawValue,
                                                minTo: legal.minRaiseTo?.rawValue, maxTo: legal.maxRaiseTo?.rawValue))
            }
            do { try hand.apply(move.1, by: move.0) } catch {
                throw .illegalAction(index: index, action: action.text, reason: error.description)
            }
        }
        guard hand.isComplete else {
            throw .unexpectedEnd("p\((hand.actor ?? 0) + 1) is still to act")
        }
        return hand
    }
}
