import PokerEngine

/// Each player's hands sorted by strength on each complete (five-card) board the tree can reach:
/// the heart of the O(n) showdown. An entry packs `strength << 16 | hand`, so entries sort by
/// strength (ties by hand number); hands that collide with the board are left out.
struct StrengthTables: Sendable {
    /// Per player: all tables' entries, table `t` at `entries[offsets[t] ..< offsets[t + 1]]`.
    let entries: [FixedArray<UInt32>]
    let offsets: [FixedArray<Int32>]
    let boards: [CardSet]

    init(boards: [CardSet], hands: [PlayerHands]) {
        self.boards = boards
        var entries: [FixedArray<UInt32>] = [], offsets: [FixedArray<Int32>] = []
        for player in hands {
            let holes = player.combos.map { HandAccumulator($0.cards) }
            var flat: [UInt32] = [], starts: [Int32] = [0]
            flat.reserveCapacity(boards.count * player.count)
            for board in boards {
                let base = HandAccumulator(board)
                var table: [UInt32] = []
                table.reserveCapacity(player.count)
                for (h, combo) in player.combos.enumerated() where combo.cards.isDisjoint(with: board) {
                    table.append(UInt32((base + holes[h]).value) << 16 | UInt32(h))
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

    /// The strength of each hand of `player` on table `t` (nil for hands not on it).
    func strengths(player: Int, table t: Int, handCount: Int) -> [Int?] {
        var out = [Int?](repeating: nil, count: handCount)
        for k in Int(offsets[player][t]) ..< Int(offsets[player][t + 1]) {
            let entry = entries[player][k]
            out[Int(entry & 0xFFFF)] = Int(entry >> 16)
        }
        return out
    }
}
