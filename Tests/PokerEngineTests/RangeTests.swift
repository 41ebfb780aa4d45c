import Testing
import PokerEngine

@Suite struct RangeTests {
    /// Class names a range expands to, found independently of `HandRange.description`.
    static func classNames(_ text: String) throws -> Set<String> {
        Set(try HandRange(parsing: text).combos.map(\.cards.preflopClass.name))
    }

    @Test(arguments: [
        ("AA", 6), ("AKs", 4), ("AKo", 12), ("AK", 16), ("T9", 16), ("QQ+", 18), ("22+", 78),
        ("A2s+", 48), ("K9o-KJo", 36), ("A5s-A2s", 16), ("22-55", 24), ("55-22", 24),
        ("AhKh", 1), ("random", 1326), ("any", 1326), ("QQ+,AKs", 22), ("AKs, AKo", 16),
        ("AA,AsAh:0", 5), ("AKs,AhKh", 4), ("AA,KK,AA", 12), ("ka", 16), ("kAS", 4),
    ])
    func comboCounts(text: String, count: Int) throws {
        #expect(try HandRange(parsing: text).count == count)
    }

    @Test func plusAndSpansExpandToTheRightClasses() throws {
        #expect(try Self.classNames("QQ+") == ["QQ", "KK", "AA"])
        #expect(try Self.classNames("A2s+") == Set((2...9).map { "A\($0)s" } + ["ATs", "AJs", "AQs", "AKs"]))
        #expect(try Self.classNames("K9o-KJo") == ["K9o", "KTo", "KJo"])
        #expect(try Self.classNames("A5s-A2s") == ["A5s", "A4s", "A3s", "A2s"])
        #expect(try Self.classNames("22-55") == ["22", "33", "44", "55"])
        #expect(try Self.classNames("T8+") == ["T8s", "T8o", "T9s", "T9o"])
        #expect(try Self.classNames("J9s+") == ["J9s", "JTs"])
    }

    @Test func weightsAndOverrides() throws {
        let half = try HandRange(parsing: "AKs:0.5")
        #expect(half.combos.allSatisfy { $0.weight == 0.5 })
        #expect(try HandRange(parsing: "AKs:50%") == half)
        let overlap = try HandRange(parsing: "AK:0.25, AKs")
        #expect(overlap.combos.filter { $0.cards.isSuited }.allSatisfy { $0.weight == 1 })
        #expect(overlap.combos.filter { !$0.cards.isSuited }.allSatisfy { $0.weight == 0.25 })
        #expect(try HandRange(parsing: "QQ+,KK:0").count == 12)
        #expect(try HandRange(parsing: "AA:100%").combos.allSatisfy { $0.weight == 1 })
    }

    @Test(arguments: [
        ("", RangeParseError.empty),
        (" , ", .empty),
        ("AKx", .malformed(item: "AKx")),
        ("AhAh", .malformed(item: "AhAh")),
        ("AAs", .malformed(item: "AAs")),
        ("Z9s", .malformed(item: "Z9s")),
        ("QQ,AK-", .malformed(item: "AK-")),
        ("AKs:2", .invalidWeight(item: "AKs:2")),
        ("AKs:-0.1", .invalidWeight(item: "AKs:-0.1")),
        ("AKs:abc", .invalidWeight(item: "AKs:abc")),
        ("AKs:150%", .invalidWeight(item: "AKs:150%")),
        ("AKs:0.5:1", .invalidWeight(item: "AKs:0.5:1")),
        ("AKs-QJs", .invalidSpan(item: "AKs-QJs")),
        ("22-AKo", .invalidSpan(item: "22-AKo")),
        ("A5s-A2o", .invalidSpan(item: "A5s-A2o")),
        ("AhKh+", .invalidPlus(item: "AhKh+")),
    ])
    func errors(text: String, error: RangeParseError) {
        #expect(throws: error) { try HandRange(parsing: text) }
    }

    @Test func boardAndDeadCardsRemoveCombos() throws {
        let aces = try HandRange(parsing: "AA")
        let problem = try EquityProblem(ranges: [aces, HandRange(parsing: "KK")], board: cards("As 7d 2c"), dead: cards("Ah"))
        #expect(problem.ranges[0].count == 1)          // only AdAc is left
        #expect(problem.ranges[0].onlyCombo == HoleCards("AdAc"))
        #expect(problem.ranges[1].count == 6)
        #expect(aces.removing(CardSet(cards("Kd"))) == aces)
    }

    @Test func impossibleRangesAreErrors() throws {
        #expect(throws: EquityError.impossibleRange(player: 1, range: "AA")) {
            try EquityProblem(ranges: [HandRange(parsing: "AA"), HandRange(parsing: "KK")],
                              board: cards("As Ah Ad"), dead: cards("Ac"))
        }
        #expect(throws: EquityError.noCompatibleDeal) {
            try EquityProblem(ranges: [HandRange(parsing: "AsAh,AdAc"), HandRange(parsing: "AsAd"), HandRange(parsing: "AhAc")])
        }
        #expect(throws: EquityError.duplicateCard(Card(.ace, .spades))) {
            try EquityProblem(ranges: [HandRange(parsing: "AsAh"), HandRange(parsing: "AsKd")])
        }
        #expect(throws: EquityError.playerCount(1)) { try EquityProblem(ranges: [HandRange.random]) }
        #expect(throws: EquityError.notEnoughCards(needed: 23, available: 22)) {
            try EquityProblem(ranges: Array(repeating: .random, count: 10), board: cards("2c 3c"),
                              dead: Array(Card.all.filter { $0.rank >= .eight }))
        }
        #expect(throws: EquityError.boardTooLong(6)) {
            try EquityProblem(ranges: [.random, .random], board: cards("2c 3c 4c 5c 6c 7c"))
        }
    }

    @Test func descriptionRoundTrips() throws {
        for text in ["QQ+,AKs", "AKs:0.5,AhKh", "A5s-A2s,K9o-KJo,T9", "random", "AsAh"] {
            let range = try HandRange(parsing: text)
            #expect(try HandRange(parsing: range.description) == range, "\(text) → \(range.description)")
        }
        #expect(try HandRange(parsing: "KK+").description == "AA,KK")
    }
}
