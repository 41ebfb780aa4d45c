extension TreeWalker {
    /// Evaluates up to eight terminals of one kind at once: their opponent reaches are
    /// interleaved lane by lane, one sweep (the same as `addShowdown` / `foldValues`) runs on
    /// eight-wide vectors, and each lane's result, times its amount, is that terminal's value.
    func evaluate(_ batch: TerminalBatch, traverser i: Int, vectors: UnsafeMutablePointer<Float>, width: Int) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let lanes = workspace.lanes, out = workspace.laneOut, sums = workspace.laneSums
        // Unused lanes read zeros and write to a scratch vector.
        let zeros = UnsafePointer(workspace.laneZeros), spare = workspace.laneSpare
        func source(_ l: Int) -> UnsafePointer<Float> { l < batch.count ? UnsafePointer(vectors + batch.reach(l) * width) : zeros }
        func target(_ l: Int) -> UnsafeMutablePointer<Float> { l < batch.count ? vectors + batch.local(l) * width + m + n : spare }
        let (r0, r1, r2, r3, r4, r5, r6, r7) = (source(0), source(1), source(2), source(3), source(4), source(5), source(6), source(7))
        for g in 0..<m { lanes[g] = SIMD8(r0[g], r1[g], r2[g], r3[g], r4[g], r5[g], r6[g], r7[g]) }
        lanes[m] = .zero
        out.update(repeating: .zero, count: n)
        switch batch.kind {
        case .fold: laneFold(traverser: i, lanes: lanes, sums: sums, out: out)
        case let .showdown(table): laneShowdown(table: table, traverser: i, lanes: lanes, sums: sums, out: out)
        }
        let (v0, v1, v2, v3, v4, v5, v6, v7) = (target(0), target(1), target(2), target(3), target(4), target(5), target(6), target(7))
        let amounts = batch.amounts
        for h in 0..<n {
            let v = out[h] * amounts
            v0[h] = v[0]; v1[h] = v[1]; v2[h] = v[2]; v3[h] = v[3]
            v4[h] = v[4]; v5[h] = v[5]; v6[h] = v[6]; v7[h] = v[7]
        }
    }

    /// `showdown` on eight lanes: out = reach beaten − reach beating, card removal included.
    private func laneShowdown(table: Int, traverser i: Int, lanes: UnsafePointer<SIMD8<Float>>,
                              sums: UnsafeMutablePointer<SIMD8<Float>>, out: UnsafeMutablePointer<SIMD8<Float>>) {
        let o = 1 - i
        let mine = tree.tables.entries[i].base, theirs = tree.tables.entries[o].base
        let myStart = Int(tree.tables.offsets[i][table]), myEnd = Int(tree.tables.offsets[i][table + 1])
        let theirStart = Int(tree.tables.offsets[o][table]), theirEnd = Int(tree.tables.offsets[o][table + 1])
        @inline(__always) func add(_ other: UInt64) -> SIMD8<Float> {
            let r = lanes[Int(truncatingIfNeeded: other & 0xFFFF)]
            sums[Int(truncatingIfNeeded: (other >> 32) & 0xFF)] += r
            sums[Int(truncatingIfNeeded: (other >> 40) & 0xFF)] += r
            return r
        }
        @inline(__always) func meets(_ entry: UInt64, _ total: SIMD8<Float>) -> SIMD8<Float> {
            total - sums[Int(truncatingIfNeeded: (entry >> 32) & 0xFF)] - sums[Int(truncatingIfNeeded: (entry >> 40) & 0xFF)]
        }
        sums.update(repeating: .zero, count: 52)
        var total = SIMD8<Float>(), j = theirStart
        for k in myStart ..< myEnd {
            let entry = mine[k], weaker = theirStart + Int(truncatingIfNeeded: (entry >> 16) & 0xFFFF)
            while j < weaker { total += add(theirs[j]); j += 1 }
            out[Int(truncatingIfNeeded: entry & 0xFFFF)] = meets(entry, total)
        }
        sums.update(repeating: .zero, count: 52)
        total = SIMD8<Float>()
        j = theirEnd - 1
        var k = myEnd - 1
        while k >= myStart {
            let entry = mine[k], notStronger = theirStart + Int(truncatingIfNeeded: entry >> 48)
            while j >= notStronger { total += add(theirs[j]); j -= 1 }
            out[Int(truncatingIfNeeded: entry & 0xFFFF)] -= meets(entry, total)
            k -= 1
        }
    }

    /// `foldValues` on eight lanes: out = the opponent reach each hand can meet.
    private func laneFold(traverser i: Int, lanes: UnsafePointer<SIMD8<Float>>,
                          sums: UnsafeMutablePointer<SIMD8<Float>>, out: UnsafeMutablePointer<SIMD8<Float>>) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let (offsets, byCard) = (tree.handsByCard[o].offsets.base, tree.handsByCard[o].hands.base)
        for c in 0..<52 {
            var sum = SIMD8<Float>()
            for x in Int(offsets[c]) ..< Int(offsets[c + 1]) { sum += lanes[Int(byCard[x])] }
            sums[c] = sum
        }
        var total = SIMD8<Float>()
        for g in 0..<m { total += lanes[g] }
        let high = tree.hands[i].card1.base, low = tree.hands[i].card2.base, same = tree.sameCombo[i].base
        for h in 0..<n {
            let s = Int(same[h])
            // The slot past the opponent's hands holds zeros.
            let twin = lanes[s >= 0 ? s : m]
            out[h] = total - sums[Int(high[h])] - sums[Int(low[h])] + twin
        }
    }
}
