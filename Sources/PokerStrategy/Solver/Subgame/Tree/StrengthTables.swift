import PokerEngine

/// Each player's hands sorted by strength on each complete (five-card) board the tree can reach:
/// the heart of the O(n) showdown. An entry packs `strength << 48 | card1 << 40 | card2 << 32 |
/// hand`, so entries sort by strength and the showdown loop finds a hand's cards without another
/// load; hands that collide with the board are left out.
struct StrengthTables: Sendable {
    /// Per player: all tables' entries, table `t` at `entries[offsets[t] ..< offsets[t + 1]]`.
    let entries: [FixedArray<UInt64>]
    let offsets: [FixedArray<Int32>]
    let boards: [CardSet]

    init(boards: [CardSet], hands: [PlayerHands]) {
        self.boards = boards
        var entries: [FixedArray<UInt64>] = [], offsets: [FixedArray<Int32>] = []
        for player in hands {
            let holes = player.combos.map { HandAccumulator($0.cards) }
            var flat: [UInt64] = [], starts: [Int32] = [0]
            flat.reserveCapacity(boards.count * player.count)
            for board in boards {
                let base = HandAccumulator(board)
                var table: [UInt64] = []
                table.reserveCapacity(player.count)
                for (h, combo) in player.combos.enumerated() where combo.cards.isDisjoint(with: board) {
                    table.append(Self.entry(strength: (base + holes[h]).value, cards: combo, hand: h))
                }
                table.sort()
                flat += table
                starts.append(Int32(flat.count))
            }
            entries.append(FixedArray(flat))
            offsets.append(FixedArray(starts))
        }
        self.entries = entries
        self.offsets = offsets
    }

    static func entry(strength: Int, cards: HoleCards, hand: Int) -> UInt64 {
        UInt64(strength) << 48 | UInt64(cards.high.rawValue) << 40 | UInt64(cards.low.rawValue) << 32 | UInt64(hand)
    }

    /// The strength of each hand of `player` on table `t` (nil for hands not on it).
    func strengths(player: Int, table t: Int, handCount: Int) -> [Int?] {
        var out = [Int?](repeating: nil, count: handCount)
        for k in Int(offsets[player][t]) ..< Int(offsets[player][t + 1]) {
            let entry = entries[player][k]
            out[Int(entry & 0xFFFF)] = Int(entry >> 48)
        }
        return out
    }
}
