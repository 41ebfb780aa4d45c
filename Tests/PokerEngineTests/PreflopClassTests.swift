import Testing
import PokerEngine

@Suite struct PreflopClassTests {
    @Test func thereAre169ClassesCoveringEveryCombo() {
        #expect(PreflopClass.all.count == 169)
        #expect(Set(PreflopClass.all).count == 169)
        #expect(PreflopClass.all.map(\.comboCount).reduce(0, +) == 1_326)
        #expect(Set(PreflopClass.all.flatMap(\.combos)).count == 1_326)
        for preflopClass in PreflopClass.all {
            #expect(preflopClass.combos.count == preflopClass.comboCount)
            #expect(preflopClass.combos.allSatisfy { $0.preflopClass == preflopClass })
            #expect(PreflopClass(preflopClass.name) == preflopClass)
        }
        #expect(PreflopClass.all.prefix(3).map(\.name) == ["AA", "AKs", "AQs"])
        #expect(PreflopClass.all.last?.name == "22")
    }

    @Test(arguments: [("As Ah", "AA"), ("Kd As", "AKo"), ("9h Th", "T9s"), ("2c 7d", "72o"), ("5s 5d", "55")])
    func classOfTwoCards(text: String, name: String) {
        let pair = cards(text)
        #expect(PreflopClass(pair[0], pair[1]).name == name)
    }

    @Test func namesParse() {
        #expect(PreflopClass("t9s")?.name == "T9s")
        #expect(PreflopClass("9To")?.name == "T9o")
        #expect(PreflopClass("AAs") == nil)
        #expect(PreflopClass("AK") == nil)
        #expect(PreflopClass("A") == nil)
    }

    @Test func tiersFollowTheSklanskyMalmuthGroups() {
        func tier(_ name: String) -> Int? { PreflopClass(name)?.tier.rawValue }
        #expect(tier("AA") == 1 && tier("AKs") == 1 && tier("JJ") == 1)
        #expect(tier("AKo") == 2 && tier("TT") == 2)
        #expect(tier("AQo") == 3 && tier("99") == 3)
        #expect(tier("AJo") == 4 && tier("T9s") == 4)
        #expect(tier("A5s") == 5 && tier("A9s") == 5 && tier("77") == 5)
        #expect(tier("66") == 6 && tier("ATo") == 6 && tier("K9s") == 6)
        #expect(tier("K2s") == 7 && tier("22") == 7 && tier("T9o") == 7)
        #expect(tier("A9o") == 8 && tier("K9o") == 8 && tier("32s") == 8)
        #expect(tier("72o") == 9 && tier("A8o") == 9 && tier("K8o") == 9)
        // Group sizes as published (Axs = A9s–A2s, Kxs = K8s–K2s).
        let sizes = (1...9).map { group in PreflopClass.all.filter { $0.tier.rawValue == group }.count }
        #expect(sizes == [5, 5, 6, 8, 18, 10, 18, 15, 84])
    }

    @Test func strongerTiersHaveMoreEquityAgainstARandomHand() throws {
        // Average all-in equity of each tier's classes against a random hand, by Monte Carlo.
        var averages: [Double] = []
        for tier in [PreflopTier.premium, .playable, .marginal, .weak] {
            let range = HandRange(PreflopClass.all.filter { $0.tier == tier }.flatMap(\.combos).map { HandRange.Combo($0) })
            let problem = try EquityProblem(ranges: [range, .random])
            averages.append(try Equity.monteCarlo(problem, options: .fixed(20_000, seed: 3)).equity[0])
        }
        #expect(averages == averages.sorted(by: >), "\(averages)")
        #expect(averages[0] > 0.75 && averages[3] < 0.5)
    }
}
