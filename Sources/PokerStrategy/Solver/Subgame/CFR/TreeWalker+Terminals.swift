extension TreeWalker {
    /// After a fold each hand gets `payoff` times the opponent's reach it can meet: the total,
    /// minus the opponent's combos sharing either card, plus the identical combo (subtracted twice).
    func foldValues(payoff: Float, traverser i: Int, oppReach: UnsafePointer<Float>,
                    result: UnsafeMutablePointer<Float>) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let sums = workspace.cardSums
        sums.update(repeating: 0, count: 52)
        let oppHigh = tree.hands[o].card1.base, oppLow = tree.hands[o].card2.base
        var total = 0.0
        for h in 0..<m {
            let r = Double(oppReach[h])
            guard r != 0 else { continue }
            total += r
            sums[Int(oppHigh[h])] += r
            sums[Int(oppLow[h])] += r
        }
        let high = tree.hands[i].card1.base, low = tree.hands[i].card2.base, same = tree.sameCombo[i].base
        for h in 0..<n {
            let s = Int(same[h])
            let twin = s >= 0 ? Double(oppReach[s]) : 0
            result[h] = payoff * Float(total - sums[Int(high[h])] - sums[Int(low[h])] + twin)
        }
    }

    /// Adds `amount` × (reach of weaker opponent hands − reach of stronger ones) for every hand on
    /// strength table `table`, in O(n + m): both lists are sorted by strength, so one sweep up
    /// accumulates what each hand beats and one sweep down what beats it, with per-card sums
    /// removing the opponent combos that share a card (an identical combo ties, so never counts).
    func addShowdown(table: Int, amount: Float, traverser i: Int, oppReach: UnsafePointer<Float>,
                     result: UnsafeMutablePointer<Float>) {
        let o = 1 - i
        let mine = tree.tables.entries[i].base, theirs = tree.tables.entries[o].base
        let myStart = Int(tree.tables.offsets[i][table]), myEnd = Int(tree.tables.offsets[i][table + 1])
        let theirStart = Int(tree.tables.offsets[o][table]), theirEnd = Int(tree.tables.offsets[o][table + 1])
        let high = tree.hands[i].card1.base, low = tree.hands[i].card2.base
        let oppHigh = tree.hands[o].card1.base, oppLow = tree.hands[o].card2.base
        let sums = workspace.cardSums
        let gain = Double(amount)

        sums.update(repeating: 0, count: 52)
        var total = 0.0, j = theirStart
        for k in myStart ..< myEnd {
            let entry = mine[k], strength = entry >> 16, h = Int(entry & 0xFFFF)
            while j < theirEnd, theirs[j] >> 16 < strength {
                let g = Int(theirs[j] & 0xFFFF), r = Double(oppReach[g])
                if r != 0 { total += r; sums[Int(oppHigh[g])] += r; sums[Int(oppLow[g])] += r }
                j += 1
            }
            result[h] += Float(gain * (total - sums[Int(high[h])] - sums[Int(low[h])]))
        }

        sums.update(repeating: 0, count: 52)
        total = 0
        j = theirEnd - 1
        var k = myEnd - 1
        while k >= myStart {
            let entry = mine[k], strength = entry >> 16, h = Int(entry & 0xFFFF)
            while j >= theirStart, theirs[j] >> 16 > strength {
                let g = Int(theirs[j] & 0xFFFF), r = Double(oppReach[g])
                if r != 0 { total += r; sums[Int(oppHigh[g])] += r; sums[Int(oppLow[g])] += r }
                j -= 1
            }
            result[h] -= Float(gain * (total - sums[Int(high[h])] - sums[Int(low[h])]))
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
            let columns = tree.matrices[index].columns[i].base
            for g in 0..<hands(1 - i) {
                let r = oppReach[g] * node.halfPot
                guard r != 0 else { continue }
                let column = columns + g * n
                for h in 0..<n { result[h] += r * column[h] }
            }
        }
    }
}
