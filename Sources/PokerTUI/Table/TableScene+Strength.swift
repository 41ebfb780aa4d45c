import PokerEngine

extension TableScene {
    /// The human's current hand: "Pair of Kings · flush draw", or the preflop class ("AKs").
    func strength(ofPosition p: Int, hand: Hand) -> [Span]? {
        let cards = hand.holeCards[p]
        guard cards.count == 2, hand.inHand[p] || hand.shown[p] else { return nil }
        let board = visibleBoard
        if board.count >= 3 {
            var spans: [Span] = [.text(HandEvaluator.evaluate(cards + board).description, .highlight)]
            let draws = namesDraws ? DrawFinder.draws(hole: cards, board: board) : []
            if !draws.isEmpty { spans.append(.text(" \u{00B7} " + draws.joined(separator: ", "), .chip)) }
            return spans
        }
        return [.text(PreflopClass(cards[0], cards[1]).description, .dim)]
    }

    /// The best five of a shown hand on the board as dealt so far ("Two pair, Kings and Sevens").
    func rank(ofPosition p: Int, hand: Hand) -> String? {
        if hand.shown[p], let rank = hand.rank(of: p) { return rank.description }
        let cards = hand.holeCards[p]
        guard cards.count == 2, hand.board.count >= 3 else { return cards.count == 2 ? PreflopClass(cards[0], cards[1]).description : nil }
        return HandEvaluator.evaluate(cards + hand.board).description
    }

    /// `strength` on the seat's lines without cutting it where it can be helped: on one line when
    /// it fits `width`; else, with two lines, the made hand above the draws; else as much as fits.
    func strengthLines(_ strength: [Span], width: Int, lines: Int, capabilities: TerminalCapabilities) -> [[Span]] {
        let texts = strength.map { $0.resolved(capabilities).text }
        guard lines >= 2, strength.count == 2, DisplayWidth.of(texts.joined()) > width,
              case let .text(draws, style) = strength[1] else { return [strength] }
        let separator = " \u{00B7} "
        return [[strength[0]], [.text(draws.hasPrefix(separator) ? String(draws.dropFirst(separator.count)) : draws, style)]]
    }

    /// The rightmost column (exclusive) a seat's line may reach: the next seat or the felt on the
    /// same rows (a blank column before it), else the table's edge.
    static func freeMaxX(rightOf rect: Rect, in layout: TableLayout) -> Int {
        let sameRows = (layout.seats + [layout.felt]).filter { other in
            other.x >= rect.maxX && other.y < rect.maxY && rect.y < other.maxY && other.width > 0 && other.height > 0
        }
        return min(layout.table.maxX, sameRows.map { $0.x - 1 }.min() ?? layout.table.maxX)
    }
}
