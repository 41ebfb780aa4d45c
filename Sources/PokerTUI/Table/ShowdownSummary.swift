import PokerEngine

/// The pot breakdown of a finished hand: one line per pot — its size, who won what, and with
/// which hand (the hand's name and its best five cards).
///
///     Main pot 900 → Ada 900 · Two pair, Kings and Sevens [K♠][K♥][7♦][7♣][A♠]
///     Side pot 1 340 → Bo 340 · Pair of Tens [T♠][T♥][A♦][9♣][4♠]
public enum ShowdownSummary {
    /// The lines for `hand` (empty while it runs); `names` are indexed by position.
    public static func lines(for hand: Hand, names: [String]) -> [[Span]] {
        guard hand.isComplete else { return [] }
        func name(_ p: Int) -> String { TableNarrator.clean(names.indices.contains(p) ? names[p] : "p\(p + 1)") }
        var lines: [[Span]] = []
        for case let .potAwarded(pot, amount, _, winners, shares, rank) in hand.events {
            let label = pot == 0 ? "Main pot" : "Side pot \(pot)"
            let who = zip(winners, shares).map { "\(name($0)) \(Format.chips($1))" }.joined(separator: ", ")
            var line: [Span] = [.text("\(label) \(Format.chips(amount)) \u{2192} ", .highlight), .text(who, .success)]
            if let rank, let winner = winners.first, hand.holeCards[winner].count == 2 {
                line.append(.plain(" \u{00B7} \(rank) "))
                line += Span.cards(HandEvaluator.bestFive(of: hand.holeCards[winner] + hand.board))
            } else if rank == nil {
                line.append(.text(" \u{00B7} everyone else folded", .dim))
            }
            lines.append(line)
        }
        return lines
    }
}
