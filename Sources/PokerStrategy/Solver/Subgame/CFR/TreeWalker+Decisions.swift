extension TreeWalker {
    /// The traverser acts: values per action, then (train) regret and strategy-sum updates.
    func ownDecision(_ index: Int, _ node: TreeNode, traverser i: Int, oppReach: UnsafePointer<Float>,
                     ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let n = hands(i), k = node.childCount
        let values = workspace.push(k * n), childReach = workspace.push(n)
        defer { workspace.pop(k * n + n) }
        let strategy = ownStrategy(index, node, traverser: i)
        for a in 0..<k {
            var reach = ownReach
            if mode == .train {
                let row = strategy + a * n
                for h in 0..<n { childReach[h] = ownReach[h] * row[h] }
                reach = UnsafePointer(childReach)
            }
            walk(node.firstChild + a, traverser: i, oppReach: oppReach, ownReach: reach, result: values + a * n)
        }
        finishOwn(node, traverser: i, values: values, stride: n, strategy: strategy, ownReach: ownReach, result: result)
    }

    /// The traverser's strategy at its decision: train — the current strategy (regret-matched
    /// now unless the other player's pass stored it); otherwise the average strategy.
    func ownStrategy(_ index: Int, _ node: TreeNode, traverser i: Int) -> UnsafePointer<Float> {
        guard mode == .train else { return UnsafePointer(regrets(i) + node.storage) }
        let strategy = current(i) + node.storage
        if fresh[index] == 0 { regretMatching(regrets(i) + node.storage, actions: node.childCount, hands: hands(i), into: strategy) }
        fresh[index] = 0
        return UnsafePointer(strategy)
    }

    /// The opponent's strategy at its decision: train — regret-matched now and stored for its
    /// next own pass (its regrets do not change before then); otherwise the average strategy.
    func opponentStrategy(_ index: Int, _ node: TreeNode, opponent o: Int) -> UnsafePointer<Float> {
        guard mode == .train else { return UnsafePointer(regrets(o) + node.storage) }
        let strategy = current(o) + node.storage
        regretMatching(regrets(o) + node.storage, actions: node.childCount, hands: hands(o), into: strategy)
        fresh[index] = 1
        return UnsafePointer(strategy)
    }

    /// The traverser's value at its decision from the actions' values (`values`, actions × hands):
    /// best response — the best action per hand; average — the strategy's mix; train — the mix,
    /// then regrets += value of the action − value of the node (discounted) and strategy sums +=
    /// own reach × strategy (discounted).
    /// Action `a`'s values start at `values + a * stride`.
    func finishOwn(_ node: TreeNode, traverser i: Int, values: UnsafePointer<Float>, stride: Int,
                   strategy: UnsafePointer<Float>, ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let n = hands(i), k = node.childCount
        switch mode {
        case .bestResponse:
            result.update(from: values, count: n)
            for a in 1..<max(k, 1) {
                let row = values + a * stride
                for h in 0..<n where row[h] > result[h] { result[h] = row[h] }
            }
        case .average:
            Self.mix(values, stride: stride, strategy, actions: k, hands: n, into: result)
        case .train:
            Self.mix(values, stride: stride, strategy, actions: k, hands: n, into: result)
            let cumulative = regrets(i) + node.storage, sum = sums(i) + node.storage
            let (up, down, decay) = (positiveFactor, negativeFactor, strategyFactor)
            for a in 0..<k {
                let r = cumulative + a * n, v = values + a * stride, s = sum + a * n, p = strategy + a * n
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
        let strategy = opponentStrategy(index, node, opponent: o)
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
            let childReach = workspace.push(n), zeros = workspace.push(k * n + n)
            defer { workspace.pop(k * n + 2 * n) }
            zeros.update(repeating: 0, count: k * n)
            let strategy = ownStrategy(index, node, traverser: i)
            for a in 0..<k {
                let row = strategy + a * n
                for h in 0..<n { childReach[h] = ownReach[h] * row[h] }
                unreached(node.firstChild + a, traverser: i, ownReach: childReach)
            }
            finishOwn(node, traverser: i, values: zeros, stride: n, strategy: strategy, ownReach: ownReach,
                      result: zeros + k * n)
        }
    }

    /// result[h] = Σₐ strategy[a][h] · values[a][h].
    @inline(__always)
    static func mix(_ values: UnsafePointer<Float>, stride: Int, _ strategy: UnsafePointer<Float>, actions k: Int,
                    hands n: Int, into result: UnsafeMutablePointer<Float>) {
        for h in 0..<n { result[h] = strategy[h] * values[h] }
        for a in 1..<max(k, 1) {
            let p = strategy + a * n, v = values + a * stride
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
