import Testing
import PokerEngine

/// The exhaustive 133,784,560-hand sweep. Slow in a debug build; run it in release:
/// `POKERFACE_HEAVY_TESTS=1 swift test -c release --filter SevenCardSweepTests`.
@Suite struct SevenCardSweepTests {
    @Test(.enabled(if: heavyTestsEnabled, "set POKERFACE_HEAVY_TESTS=1 (release build) to run"))
    func everySevenCardHand() {
        let single = Card.all.map(HandAccumulator.init)
        var categoryCounts = [Int](repeating: 0, count: 9)
        var valueSeen = [Bool](repeating: false, count: HandRank.range.upperBound + 1)
        var valueCounts = [Int](repeating: 0, count: HandRank.range.upperBound + 1)
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
                                for g in (f + 1)..<52 { valueCounts[(abcdef + single[g]).value] += 1 }
                            }
                        }
                    }
                }
            }
        }
        for value in HandRank.range where valueCounts[value] > 0 {
            valueSeen[value] = true
            categoryCounts[HandRank(value: value).category.rawValue] += valueCounts[value]
        }
        #expect(categoryCounts == OracleCounts.sevenCard)
        #expect(categoryCounts.reduce(0, +) == 133_784_560)
        #expect(valueSeen.filter { $0 }.count == 4_824)
    }

    /// Every seven-card hand read from a byte array (`EvaluationKernel.value(sevenCardBytes:)`, the
    /// random-access path) has the value the incremental sweep gives it.
    @Test(.enabled(if: heavyTestsEnabled, "set POKERFACE_HEAVY_TESTS=1 (release build) to run"))
    func everySevenCardByteArray() {
        let kernel = EvaluationKernel()
        let single = Card.all.map(HandAccumulator.init)
        var bytes = [UInt8](repeating: 0, count: 7)
        // Rotated orders, so every card sits in every byte position somewhere.
        let rotations = (0..<7).map { shift in (0..<7).map { (shift + $0) % 7 } }
        var checked = 0, mismatches = 0
        for a in 0..<52 {
            for b in (a + 1)..<52 {
                for c in (b + 1)..<52 {
                    for d in (c + 1)..<52 {
                        for e in (d + 1)..<52 {
                            let five = single[a] + single[b] + single[c] + single[d] + single[e]
                            for f in (e + 1)..<52 {
                                let six = five + single[f]
                                for g in (f + 1)..<52 {
                                    let at = rotations[(a + g) % 7]
                                    bytes[at[0]] = UInt8(a); bytes[at[1]] = UInt8(b); bytes[at[2]] = UInt8(c)
                                    bytes[at[3]] = UInt8(d); bytes[at[4]] = UInt8(e); bytes[at[5]] = UInt8(f)
                                    bytes[at[6]] = UInt8(g)
                                    let fast = bytes.withUnsafeBytes { kernel.value(sevenCardBytes: $0.baseAddress!) }
                                    if fast != (six + single[g]).value { mismatches += 1 }
                                    checked += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(checked == 133_784_560)
        #expect(mismatches == 0)
    }
}
