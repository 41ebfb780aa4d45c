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
}
