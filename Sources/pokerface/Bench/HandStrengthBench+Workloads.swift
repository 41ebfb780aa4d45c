import PokerEngine

/// The workloads the hand-strength benchmark times.
extension HandStrengthBench {
    /// Pre-generated random seven-card hands, seven card bytes per hand, made like the published C
    /// baselines (splitmix64, `(next × 52) >> 64`, duplicates rejected), plus one byte of padding.
    struct RandomHands {
        let cards: [UInt8]
        let count: Int

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
            cards.reserveCapacity(count * 7 + 1)
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
            cards.append(0)
            self.cards = cards
            self.count = count
        }

        /// Evaluates every hand `passes` times straight from the byte array; returns the sum of the values.
        func evaluateAll(passes: Int) -> Int {
            let kernel = EvaluationKernel()
            return cards.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                var sum = 0
                for _ in 0..<passes {
                    var offset = 0
                    let end = count * 7
                    while offset < end {
                        sum &+= kernel.value(sevenCardBytes: base + offset)
                        offset &+= 7
                    }
                }
                return sum
            }
        }
    }

    /// All 133,784,560 seven-card hands, built incrementally; every hand is evaluated. When the
    /// first six cards hold no four of a suit, the seventh cannot make a flush and the inner loop
    /// skips the flush check. Returns how many hands were evaluated.
    enum SevenCardSweep {
        static func run() -> Int {
            let kernel = EvaluationKernel()
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
                                        let six = abcde + single[f]
                                        if six.mayHoldFlush(withMoreCards: 1) {
                                            for g in (f + 1)..<52 { checksum &+= kernel.value(six + single[g]) }
                                        } else {
                                            for g in (f + 1)..<52 { checksum &+= kernel.valueWithoutFlush(six + single[g]) }
                                        }
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
