import PokerEngine

/// Turns a parsed PokerStars record into an engine hand and checks it (see `PokerStarsImporter`).
struct PokerStarsHandBuilder {
    let record: PokerStarsRecord
    let file: String
    let lines: [SourceLine]
    let unit: ChipUnit
    /// The players dealt in, in position order (left of the button first).
    let players: [PokerStarsRecord.Seat]
    let position: [String: Int]

    init(record: PokerStarsRecord, file: String, lines: [SourceLine]) throws(HandImportError) {
        self.record = record
        self.file = file
        self.lines = lines
        unit = ChipUnit.fitting(record.amounts)
        guard unit.decimals <= ChipUnit.maximumDecimals else {
            throw HandImportError(file: file, hand: record.handNumber, line: record.header.number, text: record.header.text,
                                  reason: .unsupported("amounts with more than \(ChipUnit.maximumDecimals) decimals"))
        }
        // Dealt in: every seated player who posts, acts, shows or wins something. Players
        // sitting out (cash games) do none of these; in tournaments they post and fold.
        var active = Set(record.posts.map(\.name)).union(record.knownCards.keys)
        for (item, _) in record.items {
            switch item {
            case let .move(name, _, _), let .uncalled(name, _), let .collected(name, _): active.insert(name)
            case .street: break
            }
        }
        let dealt = record.seats.filter { active.contains($0.name) }.sorted { $0.number < $1.number }
        let start = dealt.firstIndex { $0.number > record.buttonSeat } ?? 0
        players = Array(dealt[start...] + dealt[..<start])
        position = Dictionary(uniqueKeysWithValues: players.enumerated().map { ($0.element.name, $0.offset) })
        guard HandConfig.playerRange.contains(players.count) else {
            throw HandImportError(file: file, hand: record.handNumber, line: record.header.number, text: record.header.text,
                                  reason: .unsupported("a hand with \(players.count) players dealt in"))
        }
    }

    func fail(_ reason: HandImportError.Reason, _ line: SourceLine?) -> HandImportError {
        HandImportError(file: file, hand: record.handNumber, line: line?.number, text: line?.text, reason: reason)
    }

    func chips(_ amount: DecimalAmount, _ line: SourceLine) throws(HandImportError) -> Chips {
        guard let chips = unit.chips(amount) else { throw fail(.badAmount(amount.description), line) }
        return chips
    }

    var n: Int { players.count }
    /// Index in PHH's listed forced bets of position `p` (heads-up lists are reversed).
    func listed(_ p: Int) -> Int { n == 2 ? 1 - p : p }

    /// Forced bets from the posts: blinds at their nominal size (a short stack posts what it
    /// has), antes for everyone (`ante_trimming_status = true`) or a big-blind ante (dead money).
    func handConfig() throws(HandImportError) -> (config: HandConfig, ante: Chips) {
        var antes = Array(repeating: Chips.zero, count: n)
        var blinds = Array(repeating: Chips.zero, count: n)
        let small = try chips(record.smallBlind, record.header), big = try chips(record.bigBlind, record.header)
        var anteBy: [Int: Chips] = [:]
        var bigBlindPoster: Int?
        for post in record.posts {
            guard let p = position[post.name] else { throw fail(.unknownPlayer(post.name), post.line) }
            let amount = try chips(post.amount, post.line)
            switch post.kind {
            case .ante: anteBy[p, default: .zero] += amount
            case .smallBlind, .bigBlind:
                guard blinds[listed(p)] == .zero else { throw fail(.unsupported("two blinds from one player"), post.line) }
                blinds[listed(p)] = post.kind == .smallBlind ? small : big
                if post.kind == .bigBlind { bigBlindPoster = p }
            }
        }
        let nominal = anteBy.values.max() ?? .zero
        let bigBlindAnte = anteBy.count == 1 && anteBy.keys.first == bigBlindPoster
        for (p, posted) in anteBy { antes[listed(p)] = bigBlindAnte ? posted : nominal }
        let hidden = players.indices.filter { record.knownCards[players[$0].name] == nil }
        var config = HandConfig(startingStacks: try players.map { seat throws(HandImportError) in try chips(seat.stack, seat.line) },
                                antes: antes, blindsOrStraddles: blinds, minBet: big,
                                anteTrimming: !bigBlindAnte, splitRule: .wsop)
        config.hiddenHands = hidden.isEmpty ? nil : hidden
        return (config, nominal)
    }

    /// The deck: the cards the history shows, stand-ins for the rest, then the board.
    func deck() throws(HandImportError) -> Deck {
        var board: [Card] = []
        for case let (.street(_, cards), _) in record.items { board = cards }
        let hole: [[Card?]] = players.map { seat in record.knownCards[seat.name].map { $0.map(Optional.some) } ?? [nil, nil] }
        var seen = CardSet()
        for card in hole.joined().compactMap({ $0 }) + board {
            guard !seen.contains(card) else {
                let line = lines.first { $0.number > record.header.number && $0.text.contains(card.description) }
                throw fail(.malformed("the card \(card) appears twice"), line)
            }
            seen.insert(card)
        }
        let filled = StandInCards.fill(hole, board: board)
        do {
            return try Deck.arranged(holeCards: filled.map { $0.map(Optional.some) }, board: board)
        } catch {
            throw fail(.malformed(error.description), record.header)
        }
    }

    /// The hand dealt and played through every action line.
    func play(_ config: HandConfig, deck: Deck) throws(HandImportError) -> Hand {
        var hand: Hand
        do { hand = try Hand.start(config, deck: deck) } catch { throw fail(.disagrees(error.description), record.header) }
        try checkPosts(hand)
        try replay(&hand)
        return hand
    }

    func build() throws(HandImportError) -> ImportedHand {
        var (config, ante) = try handConfig()
        let deck = try deck()
        var hand = try play(config, deck: deck)
        do {
            try checkResults(hand)
        } catch let first {
            // Tied hands sharing several pots: PokerStars splits each pot on its own (WSOP Rule
            // 74); a history written by PokerKit's rule may differ by an odd chip.
            config.splitRule = .pokerKit
            hand = try play(config, deck: deck)
            do { try checkResults(hand) } catch { throw first }
        }
        let tableSize = max(record.tableSize ?? 0, record.seats.map(\.number).max() ?? 2, 2)
        return ImportedHand(
            site: "PokerStars", handNumber: record.handNumber, tournament: record.tournament, tableName: record.tableName,
            tableSize: tableSize, buttonSeat: record.buttonSeat, seatNumbers: players.map(\.number), names: players.map(\.name),
            hero: record.hero.flatMap { position[$0] }, level: record.level,
            blinds: BlindLevel(smallBlind: try chips(record.smallBlind, record.header),
                               bigBlind: try chips(record.bigBlind, record.header), ante: ante),
            unit: unit, currency: record.currency, rake: try record.rake.map { a throws(HandImportError) in try chips(a, record.header) } ?? .zero,
            startedAt: record.startedAt, deck: deck, hand: hand, text: lines.map(\.text).joined(separator: "\n"),
            source: file, firstLine: record.header.number)
    }
}
