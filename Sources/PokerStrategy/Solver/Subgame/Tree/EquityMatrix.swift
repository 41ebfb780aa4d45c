import PokerEngine

/// Pairwise showdown results over many runouts, for equity terminals with two cards to come:
/// `columns[p][h' * n + h]` is the expected showdown result (+1 win, −1 loss, 0 tie or blocked)
/// of player `p`'s hand `h` (of `n`) against the opponent's hand `h'`, averaged over the runouts
/// neither hand blocks. An equity terminal then costs one matrix–vector product, value = half pot
/// × M · reach, done as one vectorised `value += reach[h'] × column h'` per opponent hand in reach.
struct EquityMatrix: Sendable {
    let columns: [FixedArray<Float>]

    /// `runouts` are the completions considered (all, or a sample); `totalRunouts` how many exist
    /// for this board and `validRunouts` how many remain for any one pair of hands.
    init(board: CardSet, runouts: [CardSet], totalRunouts: Int, validRunouts: Int, hands: [PlayerHands]) {
        let n0 = hands[0].count, n1 = hands[1].count
        var m = [Float](repeating: 0, count: n0 * n1)
        let holes = hands.map { $0.combos.map { HandAccumulator($0.cards) } }
        var s0 = [Float](repeating: .nan, count: n0), s1 = [Float](repeating: .nan, count: n1)
        for runout in runouts {
            let full = HandAccumulator(board.union(runout))
            for h in 0..<n0 { s0[h] = hands[0].combos[h].cards.isDisjoint(with: runout) ? Float((full + holes[0][h]).value) : .nan }
            for h in 0..<n1 { s1[h] = hands[1].combos[h].cards.isDisjoint(with: runout) ? Float((full + holes[1][h]).value) : .nan }
            m.withUnsafeMutableBufferPointer { matrix in
                s1.withUnsafeBufferPointer { opponent in
                    for h in 0..<n0 where !s0[h].isNaN {
                        Self.accumulate(row: matrix.baseAddress! + h * n1, strength: s0[h], opponent: opponent.baseAddress!, count: n1)
                    }
                }
            }
        }
        // A pair of hands that share a card never meets.
        let scale = Float(Double(totalRunouts) / (Double(validRunouts) * Double(max(runouts.count, 1))))
        for h in 0..<n0 {
            let cards = hands[0].combos[h].cards
            for j in 0..<n1 {
                m[h * n1 + j] = cards.isDisjoint(with: hands[1].combos[j].cards) ? m[h * n1 + j] * scale : 0
            }
        }
        // m[h0 * n1 + h1] is player 0's result: transposed it gives player 0's columns, negated
        // as it stands player 1's.
        var transposed = [Float](repeating: 0, count: n0 * n1)
        for h in 0..<n0 { for j in 0..<n1 { transposed[j * n0 + h] = m[h * n1 + j] } }
        columns = [FixedArray(transposed), FixedArray(m.map { -$0 })]
    }

    /// row[j] += sign(strength − opponent[j]); NaN (a blocked hand) adds nothing.
    @inline(__always)
    private static func accumulate(row: UnsafeMutablePointer<Float>, strength: Float,
                                   opponent: UnsafePointer<Float>, count: Int) {
        for j in 0..<count {
            let s = opponent[j]
            row[j] += (strength > s ? 1 : 0) - (strength < s ? 1 : 0)
        }
    }
}
