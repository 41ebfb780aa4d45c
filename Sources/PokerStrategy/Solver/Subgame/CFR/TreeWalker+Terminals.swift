extension TreeWalker {
    /// After a fold each hand gets `payoff` times the opponent's reach it can meet: the total,
    /// minus the opponent's combos sharing either card, plus the identical combo (subtracted twice).
    /// Per-card sums come from the card → hands lists, so each is an independent gather.
    func foldValues(payoff: Float, traverser i: Int, oppReach: UnsafePointer<Float>,
                    result: UnsafeMutablePointer<Float>) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let sums = workspace.cardSums
        let (offsets, byCard) = (tree.handsByCard[o].offsets.base, tree.handsByCard[o].hands.base)
        for c in 0..<52 {
            var sum: Float = 0
            for x in Int(offsets[c]) ..< Int(offsets[c + 1]) { sum += oppReach[Int(byCard[x])] }
            sums[c] = sum
        }
        var parts: (Float, Float, Float, Float) = (0, 0, 0, 0), h = 0
        while h + 4 <= m {
            parts.0 += oppReach[h]; parts.1 += oppReach[h + 1]
            parts.2 += oppReach[h + 2]; parts.3 += oppReach[h + 3]
            h += 4
        }
        while h < m { parts.0 += oppReach[h]; h += 1 }
        let total = (parts.0 + parts.1) + (parts.2 + parts.3)
        let high = tree.hands[i].card1.base, low = tree.hands[i].card2.base, same = tree.sameCombo[i].base
        for h in 0..<n {
            let s = Int(same[h])
            let twin = s >= 0 ? oppReach[s] : 0
            result[h] = payoff * (total - sums[Int(high[h])] - sums[Int(low[h])] + twin)
        }
    }

    /// Adds `amount` × (reach of weaker opponent hands − reach of stronger ones) for every hand on
    /// strength table `table`, in O(n + m): both lists are sorted by strength, so one sweep up
    /// accumulates what each hand beats and one sweep down what beats it, with per-card sums
    /// removing the opponent combos that share a card (an identical combo ties, so never counts).
    /// Each entry carries where its opponents start and end (`StrengthTables`). (A branch-free
    /// merged sweep of both lists was tried and measured slower: it lengthens the dependency
    /// chains through the sums.)
    func addShowdown(table: Int, amount: Float, traverser i: Int, oppReach: UnsafePointer<Float>,
                     result: UnsafeMutablePointer<Float>) {
        let o = 1 - i
        let mine = tree.tables.entries[i].base, theirs = tree.tables.entries[o].base
        let myStart = Int(tree.tables.offsets[i][table]), myEnd = Int(tree.tables.offsets[i][table + 1])
        let theirStart = Int(tree.tables.offsets[o][table]), theirEnd = Int(tree.tables.offsets[o][table + 1])
        let sums = workspace.cardSums

        @inline(__always) func add(_ other: UInt64) -> Float {
            let r = oppReach[Int(truncatingIfNeeded: other & 0xFFFF)]
            sums[Int(truncatingIfNeeded: (other >> 32) & 0xFF)] += r
            sums[Int(truncatingIfNeeded: (other >> 40) & 0xFF)] += r
            return r
        }
        @inline(__always) func meets(_ entry: UInt64, _ total: Float) -> Float {
            total - sums[Int(truncatingIfNeeded: (entry >> 32) & 0xFF)] - sums[Int(truncatingIfNeeded: (entry >> 40) & 0xFF)]
        }

        sums.update(repeating: 0, count: 52)
        var total: Float = 0, j = theirStart
        for k in myStart ..< myEnd {
            let entry = mine[k], weaker = theirStart + Int(truncatingIfNeeded: (entry >> 16) & 0xFFFF)
            while j < weaker { total += add(theirs[j]); j += 1 }
            result[Int(truncatingIfNeeded: entry & 0xFFFF)] += amount * meets(entry, total)
        }

        sums.update(repeating: 0, count: 52)
        total = 0
        j = theirEnd - 1
        var k = myEnd - 1
        while k >= myStart {
            let entry = mine[k], notStronger = theirStart + Int(truncatingIfNeeded: entry >> 48)
            while j >= notStronger { total += add(theirs[j]); j -= 1 }
            result[Int(truncatingIfNeeded: entry & 0xFFFF)] -= amount * meets(entry, total)
            k -= 1
        }
    }

    /// All-in or horizon equity: the showdown averaged over the cards to come.
    func equityValues(_ node: TreeNode, traverser i: Int, oppReach: UnsafePointer<Float>,
                      result: UnsafeMutablePointer<Float>) {
        let n = hands(i)
        result.update(repeating: 0, count: n)
        switch tree.equitySources[node.table] {
        case let .rivers(first, count, scale):
            for t in first ..< first + count {
                addShowdown(table: t, amount: node.halfPot * scale, traverser: i, oppReach: oppReach, result: result)
            }
        case let .matrix(index):
            Self.addMatrixProduct(tree.matrices[index].columns[i].base, rows: n, columns: hands(1 - i),
                                  weights: oppReach, scale: node.halfPot, picked: workspace.indices, into: result)
        }
    }

    /// result += scale × M · weights, M stored column by column (`rows` values per column). Four
    /// columns at a time (skipping columns of weight 0), so `result` is loaded and stored once
    /// per four multiply-adds; the inner loops vectorise. `picked` is scratch for `columns` indices.
    static func addMatrixProduct(_ matrix: UnsafePointer<Float>, rows n: Int, columns m: Int,
                                 weights: UnsafePointer<Float>, scale: Float, picked: UnsafeMutablePointer<Int32>,
                                 into result: UnsafeMutablePointer<Float>) {
        var count = 0
        for g in 0..<m where weights[g] != 0 {
            picked[count] = Int32(truncatingIfNeeded: g)
            count += 1
        }
        var k = 0
        while k + 4 <= count {
            let c0 = Int(picked[k]), c1 = Int(picked[k + 1]), c2 = Int(picked[k + 2]), c3 = Int(picked[k + 3])
            let w0 = weights[c0] * scale, w1 = weights[c1] * scale, w2 = weights[c2] * scale, w3 = weights[c3] * scale
            let m0 = matrix + c0 * n, m1 = matrix + c1 * n, m2 = matrix + c2 * n, m3 = matrix + c3 * n
            for h in 0..<n { result[h] += (w0 * m0[h] + w1 * m1[h]) + (w2 * m2[h] + w3 * m3[h]) }
            k += 4
        }
        while k < count {
            let c = Int(picked[k]), w = weights[c] * scale, column = matrix + c * n
            for h in 0..<n { result[h] += w * column[h] }
            k += 1
        }
    }
}
