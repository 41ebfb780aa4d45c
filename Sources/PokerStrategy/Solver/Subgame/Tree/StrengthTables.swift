import PokerEngine

/// Each player's hands sorted by strength on each complete (five-card) board the tree can reach:
/// the heart of the O(n) showdown. Hands that collide with the board are left out. An entry packs
///
/// - bits 0–15: the hand,
/// - bits 16–31: how many of the opponent's hands on this table are strictly weaker,
/// - bits 32–47: the hand's two cards,
/// - bits 48–63: how many of the opponent's hands on this table are weaker or equal,
///
/// so the showdown sweeps know where each hand's opponents start and end without comparing
/// strengths, and find a hand's cards without another load.
struct StrengthTables: Sendable {
    /// Per player: all tables' entries, table `t` at `entries[offsets[t] ..< offsets[t + 1]]`.
    let entries: [FixedArray<UInt64>]
    let offsets: [FixedArray<Int32>]
    let boards: [CardSet]

    init(boards: [CardSet], hands: [PlayerHands]) {
        self.boards = boards
        var flat: [[UInt64]] = [[], []], starts: [[Int32]] = [[0], [0]]
        let holes = hands.map { $0.combos.map { HandAccumulator($0.cards) } }
        for board in boards {
            let base = HandAccumulator(board)
            // (strength, hand) sorted, per player.
            let sorted = (0..<2).map { p in
                hands[p].combos.indices.filter { hands[p].combos[$0].cards.isDisjoint(with: board) }
                    .map { ((base + holes[p][$0]).value, $0) }.sorted { $0 < $1 }
            }
            for p in 0..<2 {
                let opponent = sorted[1 - p].map(\.0)
                var below = 0, upTo = 0
                for (strength, h) in sorted[p] {
                    while below < opponent.count, opponent[below] < strength { below += 1 }
                    while upTo < opponent.count, opponent[upTo] <= strength { upTo += 1 }
                    let cards = hands[p].combos[h]
                    flat[p].append(UInt64(h) | UInt64(below) << 16 | UInt64(cards.high.rawValue) << 32
                                   | UInt64(cards.low.rawValue) << 40 | UInt64(upTo) << 48)
                }
                starts[p].append(Int32(flat[p].count))
            }
        }
        entries = flat.map { FixedArray($0) }
        offsets = starts.map { FixedArray($0) }
    }
}
