extension TreeWalker {
    /// The traverser acts: values per action, then (train) regret and strategy-sum updates.
    func ownDecision(_ index: Int, _ node: TreeNode, traverser i: Int, oppReach: UnsafePointer<Float>,
                     ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let n = hands(i), k = node.childCount
        let values = workspace.push(k * n)
        defer { workspace.pop(k * n) }
        switch mode {
        case .bestResponse:
            for a in 0..<k {
                walk(node.firstChild + a, traverser: i, oppReach: oppReach, ownReach: ownReach, result: values + a * n)
            }
            result.update(from: values, count: n)
            for a in 1..<max(k, 1) {
                let row = values + a * n
                for h in 0..<n where row[h] > result[h] { result[h] = row[h] }
            }
        case .average:
            let strategy = regrets(i) + node.storage
            for a in 0..<k {
                walk(node.firstChild + a, traverser: i, oppReach: oppReach, ownReach: ownReach, result: values + a * n)
            }
            Self.mix(values, strategy, actions: k, hands: n, into: result)
        case .train:
            let childReach = workspace.push(n)
            defer { workspace.pop(n) }
            let cumulative = regrets(i) + node.storage
            // The strategy from these regrets, unless the other player's pass already stored it.
            let strategy = current(i) + node.storage
            if fresh[index] == 0 { regretMatching(cumulative, actions: k, hands: n, into: strategy) }
            fresh[index] = 0
            for a in 0..<k {
                let row = strategy + a * n
                for h in 0..<n { childReach[h] = ownReach[h] * row[h] }
                walk(node.firstChild + a, traverser: i, oppReach: oppReach, ownReach: childReach, result: values + a * n)
            }
            Self.mix(values, strategy, actions: k, hands: n, into: result)
            let sum = sums(i) + node.storage
            let (up, down, decay) = (positiveFactor, negativeFactor, strategyFactor)
            for a in 0..<k {
                let r = cumulative + a * n, v = values + a * n, s = sum + a * n, p = strategy + a * n
                for h in 0..<n {
                    let regret = r[h] + v[h] - result[h]
                    r[h] = regret * (regret > 0 ? up : down)
                    s[h] = (s[h] + ownReach[h] * p[h]) * decay
                }
            }
        }
    }

    /// The opponent acts: its reach splits by its strategy; the traverser's values add up.
    func opponentDecision(_ index: Int, _ node: TreeNode, traverser i: Int, oppReach: UnsafePointer<Float>,
                          ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let o = 1 - i, n = hands(i), m = hands(o), k = node.childCount
        let childReach = workspace.push(m), child = workspace.push(n)
        defer { workspace.pop(m + n) }
        var strategy = UnsafePointer(regrets(o) + node.storage)
        if mode == .train {
            // The opponent's regrets stay as they are until its own pass, which reuses this.
            let current = current(o) + node.storage
            regretMatching(regrets(o) + node.storage, actions: k, hands: m, into: current)
            fresh[index] = 1
            strategy = UnsafePointer(current)
        }
        result.update(repeating: 0, count: n)
        for a in 0..<k {
            let row = strategy + a * m
            // Reaches are never negative, so OR-ing their bits (vectorisable, unlike a float max)
            // tells whether any opponent hand takes this action. When none does every value
            // below is zero: only the traverser's regret discounts and strategy sums change.
            var reached: UInt32 = 0
            for h in 0..<m {
                let r = oppReach[h] * row[h]
                childReach[h] = r
                reached |= r.bitPattern
            }
            guard reached != 0 else {
                if mode == .train { unreached(node.firstChild + a, traverser: i, ownReach: ownReach) }
                continue
            }
            walk(node.firstChild + a, traverser: i, oppReach: childReach, ownReach: ownReach, result: child)
            for h in 0..<n { result[h] += child[h] }
        }
    }

    /// Training below a node the opponent never reaches: every value is zero, so the traverser's
    /// instantaneous regrets are zero — its regrets are only discounted — while its strategy
    /// sums still grow with its own reach (skipping them would freeze the average strategy
    /// there at whatever early iterations left). Terminals need no evaluation.
    func unreached(_ index: Int, traverser i: Int, ownReach: UnsafePointer<Float>) {
        let node = nodes[index]
        switch node.kind {
        case .fold, .showdown, .equity:
            return
        case .chance:
            for child in node.firstChild ..< node.firstChild + node.childCount {
                unreached(child, traverser: i, ownReach: ownReach)
            }
        case .decision where node.player != i:
            for child in node.firstChild ..< node.firstChild + node.childCount {
                unreached(child, traverser: i, ownReach: ownReach)
            }
        case .decision:
            let n = hands(i), k = node.childCount
            let childReach = workspace.push(n)
            defer { workspace.pop(n) }
            let cumulative = regrets(i) + node.storage, strategy = current(i) + node.storage
            if fresh[index] == 0 { regretMatching(cumulative, actions: k, hands: n, into: strategy) }
            fresh[index] = 0
            for a in 0..<k {
                let row = strategy + a * n
                for h in 0..<n { childReach[h] = ownReach[h] * row[h] }
                unreached(node.firstChild + a, traverser: i, ownReach: childReach)
            }
            let sum = sums(i) + node.storage
            let (up, down, decay) = (positiveFactor, negativeFactor, strategyFactor)
            for a in 0..<k {
                let r = cumulative + a * n, s = sum + a * n, p = strategy + a * n
                for h in 0..<n {
                    r[h] *= r[h] > 0 ? up : down
                    s[h] = (s[h] + ownReach[h] * p[h]) * decay
                }
            }
        }
    }

    /// result[h] = Σₐ strategy[a][h] · values[a][h].
    @inline(__always)
    static func mix(_ values: UnsafePointer<Float>, _ strategy: UnsafePointer<Float>, actions k: Int, hands n: Int,
                    into result: UnsafeMutablePointer<Float>) {
        for h in 0..<n { result[h] = strategy[h] * values[h] }
        for a in 1..<max(k, 1) {
            let p = strategy + a * n, v = values + a * n
            for h in 0..<n { result[h] += p[h] * v[h] }
        }
    }

    /// Regret matching: each action in proportion to its positive regret, uniform when none is.
    /// Written as plain arithmetic (no per-element branches) so every loop vectorises.
    func regretMatching(_ regrets: UnsafePointer<Float>, actions k: Int, hands n: Int,
                        into strategy: UnsafeMutablePointer<Float>) {
        let scale = workspace.push(n), fallback = workspace.push(n)
        defer { workspace.pop(2 * n) }
        scale.update(repeating: 0, count: n)
        for a in 0..<k {
            let r = regrets + a * n, s = strategy + a * n
            for h in 0..<n {
                let positive = r[h] > 0 ? r[h] : 0
                s[h] = positive
                scale[h] += positive
            }
        }
        let uniform = 1 / Float(k)
        for h in 0..<n {
            let total = scale[h]
            fallback[h] = total > 0 ? 0 : uniform
            scale[h] = total > 0 ? 1 / total : 0
        }
        for a in 0..<k {
            let s = strategy + a * n
            for h in 0..<n { s[h] = s[h] * scale[h] + fallback[h] }
        }
    }
}
