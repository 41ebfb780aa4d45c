import PokerEngine

/// The workloads the hand-strength benchmark times.
extension HandStrengthBench {
    /// Pre-generated random seven-card hands, seven card indices per hand, in the same way as the
    /// published C baselines (splitmix64, `(next × 52) >> 64`, duplicates rejected).
    struct RandomHands {
        let cards: [UInt8]
        var count: Int { cards.count / 7 }

        init(count: Int, seed: UInt64) {
            var state = seed
            func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            var cards: [UInt8] = []
            cards.reserveCapacity(count * 7)
            for _ in 0..<count {
                var used: UInt64 = 0
                var dealt = 0
                while dealt < 7 {
                    let card = UInt8(next().multipliedFullWidth(by: 52).high)
                    guard used & (1 << UInt64(card)) == 0 else { continue }
                    used |= 1 << UInt64(card)
                    cards.append(card)
                    dealt += 1
                }
            }
            self.cards = cards
        }

        /// Evaluates every hand `passes` times; returns the sum of the values.
        func evaluateAll(passes: Int) -> Int {
            let single = Card.all.map(HandAccumulator.init)
            return cards.withUnsafeBufferPointer { cards in
                single.withUnsafeBufferPointer { single in
                    var sum = 0
                    for _ in 0..<passes {
                        var index = 0
                        while index < cards.count {
                            let hand = single[Int(cards[index])] + single[Int(cards[index + 1])]
                                + single[Int(cards[index + 2])] + single[Int(cards[index + 3])]
                                + single[Int(cards[index + 4])] + single[Int(cards[index + 5])]
                                + single[Int(cards[index + 6])]
                            sum &+= hand.value
                            index += 7
                        }
                    }
                    return sum
                }
            }
        }
    }

    /// All 133,784,560 seven-card hands, built incrementally; returns how many were evaluated.
    enum SevenCardSweep {
        static func run() -> Int {
            let single = Card.all.map(HandAccumulator.init)
            let (evaluated, checksum) = single.withUnsafeBufferPointer { single in
                var evaluated = 0, checksum = 0
                for a in 0..<52 {
                    for b in (a + 1)..<52 {
                        let ab = single[a] + single[b]
                        for c in (b + 1)..<52 {
                            let abc = ab + single[c]
                            for d in (c + 1)..<52 {
                                let abcd = abc + single[d]
                                for e in (d + 1)..<52 {
                                    let abcde = abcd + single[e]
                                    for f in (e + 1)..<52 {
                                        let abcdef = abcde + single[f]
                                        for g in (f + 1)..<52 { checksum &+= (abcdef + single[g]).value }
                                        evaluated += 51 - f
                                    }
                                }
                            }
                        }
                    }
                }
                return (evaluated, checksum)
            }
            Sink.consume(checksum)
            return evaluated
        }
    }
}
