import PokerEngine

extension PokerStarsRenderer {
    /// `collected` lines, side pots first as PokerStars prints them; `doesn't show hand` for an
    /// uncontested winner.
    mutating func writeCollected() {
        if awards.contains(where: \.showdown) { writeShowdownHeader() }
        for award in awards.sorted(by: { $0.pot > $1.pot }) {
            for (w, share) in zip(award.winners, award.shares) where share > .zero {
                lines.append("\(names[w]) collected \(share) from \(potLabel(award.pot))")
            }
        }
        if !awards.contains(where: \.showdown), let winner = awards.first?.winners.first {
            lines.append("\(names[winner]): doesn't show hand")
        }
        for (p, place) in table.finishes.sorted(by: { ($0.value, $0.key) > ($1.value, $1.key) }) where p < n {
            lines.append("\(names[p]) finished the tournament in \(PokerStarsTable.ordinal(place)) place")
        }
    }

    /// `pot` when there is one, else `main pot`, `side pot` (one) or `side pot-1`, `side pot-2`…
    func potLabel(_ pot: Int) -> String {
        if awards.count == 1 { return "pot" }
        if pot == 0 { return "main pot" }
        return (awards.map(\.pot).max() ?? 0) == 1 ? "side pot" : "side pot-\(pot)"
    }

    mutating func writeSummary() {
        lines.append("*** SUMMARY ***")
        let total = awards.map(\.amount).sum()
        if awards.count <= 1 {
            lines.append("Total pot \(total) | Rake 0")
        } else {
            let parts = awards.sorted { $0.pot < $1.pot }.map { award in
                award.pot == 0 ? "Main pot \(award.amount)." : potLabel(award.pot).capitalizedFirst + " \(award.amount)."
            }
            lines.append("Total pot \(total) " + parts.joined(separator: " ") + " | Rake 0")
        }
        if !board.isEmpty { lines.append("Board [\(cards(board))]") }
        var won = [Chips](repeating: .zero, count: n)
        for award in awards { for (w, share) in zip(award.winners, award.shares) { won[w] += share } }
        for p in seatOrder {
            var roles = seat(p) == buttonSeat ? " (button)" : ""
            if let listed = postedBlind[p], listed <= 1 { roles += " (\(blindKind(listed)))" }
            lines.append("Seat \(seat(p)): \(names[p])\(roles) \(outcome(p, won: won[p]))")
        }
    }

    func outcome(_ p: Int, won: Chips) -> String {
        if let street = foldedOn[p] {
            switch street {
            case .preflop: return "folded before Flop" + (!voluntary[p] && postedBlind[p] == nil ? " (didn't bet)" : "")
            case .flop: return "folded on the Flop"
            case .turn: return "folded on the Turn"
            case .river: return "folded on the River"
            }
        }
        if let shown = showed[p] {
            let name = PokerStarsHandName.describe(shown + board)
            return won > .zero ? "showed [\(cards(shown))] and won (\(won)) with \(name)"
                : "showed [\(cards(shown))] and lost with \(name)"
        }
        if mucked[p] {
            return p == table.hero && hand.holeCards[p].count == 2 ? "mucked [\(cards(hand.holeCards[p]))]" : "mucked"
        }
        return won > .zero ? "collected (\(won))" : "lost"
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
