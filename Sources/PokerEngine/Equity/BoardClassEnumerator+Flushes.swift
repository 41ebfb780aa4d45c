extension BoardClassEnumerator {
    /// Pass 2 for one suit: the boards on which someone makes a flush in it (see the type's
    /// documentation). Needs at most two known board cards, so at most one suit has three or more
    /// board cards and the other missing cards matter by rank only.
    func flushCorrections<Counter: ShowdownCounter>(suit: Int, _ setup: Setup, _ values: UnsafeMutablePointer<Int32>,
                                                    _ counter: inout Counter) {
        let players = setup.players
        let onBoard = setup.boardSuitCounts[suit]
        var mostInHand = 0
        for player in 0..<players { mostInHand = max(mostInHand, setup.holeSuitCounts[4 * player + suit]) }
        var liveRanks = 0
        var others = setup.liveByRank
        for card in live where Int(card.rawValue & 3) == suit {
            liveRanks |= 1 << Int(card.rawValue >> 2)
            others[Int(card.rawValue >> 2)] -= 1
        }
        let fewest = max(3 - onBoard, 5 - onBoard - mostInHand, 0)
        let most = min(missing, liveRanks.nonzeroBitCount)
        guard fewest <= most else { return }
        let trueValues = values + players
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: players) { flushBuffer in
            guard let flush = flushBuffer.baseAddress else { return }
            for size in fewest...most {
                let rest = RankMultisets.list(size: missing - size, available: others)
                for subset in RankMultisets.subsets(of: liveRanks, size: size) {
                    // Each player's flush value on this suit (0: none).
                    for player in 0..<players {
                        let index = 4 * player + suit
                        flush[player] = onBoard + size + setup.holeSuitCounts[index] >= 5
                            ? Int32(setup.flushValues[setup.boardSuitRanks[suit] | setup.holeSuitRanks[index] | subset.weight])
                            : 0
                    }
                    for other in rest {
                        let key = subset.key &+ other.key
                        for player in 0..<players {
                            let plain = Int32(truncatingIfNeeded: setup.kernel.rankValue(UInt64(setup.fixedKeys[player] &+ key)))
                            values[player] = plain
                            trueValues[player] = flush[player] != 0 ? flush[player] : plain
                        }
                        counter.add(trueValues, weight: other.weight)
                        counter.add(values, weight: -other.weight)
                    }
                }
            }
        }
    }
}
