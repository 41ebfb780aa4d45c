import Testing
import PokerEngine

@Suite struct ExactEquityTests {
    static func exact(_ hands: [String], board: String = "", dead: String = "") throws -> EquityResult {
        Equity.exact(try MonteCarloTests.problem(hands, board: board, dead: dead))
    }

    @Test func aCompleteBoardIsOneBoard() throws {
        // Board 9h 8h 2c 2d Ks: AsAh has aces up, KdKc a full house, QsQc queens up.
        let result = try Self.exact(["AsAh", "KdKc", "QsQc"], board: "9h 8h 2c 2d Ks")
        #expect(result.boards == 1)
        #expect(result.wins == [0, 1, 0])
        #expect(result.equity == [0, 1, 0])
    }

    @Test func theBoardPlaysForEveryone() throws {
        let result = try Self.exact(["2c3d", "4c5d", "7h8s"], board: "Ah Kh Qh Jh Th")
        #expect(result.boards == 1 && result.ties == 1 && result.wins == [0, 0, 0])
        #expect(result.equity.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
    }

    @Test func fourWaySplitsAreShared() throws {
        // The board is a broadway straight nobody can improve on: all four split.
        let split = try Self.exact(["2c3d", "4c5d", "7h8s", "6s6h"], board: "Ah Kd Qc Jh Ts")
        #expect(split.ties == 1 && split.wins == [0, 0, 0, 0])
        #expect(split.equity.allSatisfy { abs($0 - 0.25) < 1e-12 })
        // Two of four make the same nine-high straight with 8-9 on 5-6-7: they split, the others lose.
        let two = try Self.exact(["8c9d", "8h9s", "2c2d", "AhKh"], board: "5s 6d 7c Qh 3c")
        #expect(two.ties == 1 && two.wins == [0, 0, 0, 0])
        #expect(two.equity == [0.5, 0.5, 0, 0])
    }

    @Test func riverCountsByHand() throws {
        // One card to come on Th 9h 2c 3s, 44 live cards; AhKh trails QsQd.
        let result = try Self.exact(["AhKh", "QsQd"], board: "Th 9h 2c 3s")
        #expect(result.boards == 44)
        // Hearts (9) give the flush; aces and kings (3 + 3) pair over the queens; the rest lose.
        #expect(result.wins == [15, 29])
        #expect(result.ties == 0)
    }

    @Test func deadCardsShrinkTheDeck() throws {
        let result = try Self.exact(["AsAh", "KdKc"], board: "2c 7d 9s", dead: "Kh Ks")
        #expect(result.boards == 43 * 42 / 2)   // 52 - 4 hole - 3 board - 2 dead
        #expect(result.wins[1] == 0)   // no king left: KK cannot beat aces
    }

    @Test func rangeResultsEqualTheSumOfTheirCombos() throws {
        // On 2c 2d 2h the suits c, d, h are interchangeable, so the enumeration merges deals;
        // adding up every combo pair separately must give the same counts.
        let board = "2c 2d 2h"
        let merged = try Self.exact(["AA", "KK,QQ"], board: board)
        var wins = [0.0, 0.0], ties = 0.0, boards = 0
        for first in PreflopClass("AA")?.combos ?? [] {
            for second in (PreflopClass("KK")?.combos ?? []) + (PreflopClass("QQ")?.combos ?? []) {
                let single = try Self.exact([first.description, second.description], board: board)
                wins[0] += single.wins[0]; wins[1] += single.wins[1]
                ties += single.ties; boards += single.boards
            }
        }
        #expect(merged.wins == wins && merged.ties == ties && merged.boards == boards)
    }

    @Test func weightsScaleCounts() throws {
        let full = try Self.exact(["AsKs,AhKh", "QdQc"], board: "Qs 7h 2d")
        let weighted = try Self.exact(["AsKs,AhKh:0.5", "QdQc"], board: "Qs 7h 2d")
        let spades = try Self.exact(["AsKs", "QdQc"], board: "Qs 7h 2d")
        let hearts = try Self.exact(["AhKh", "QdQc"], board: "Qs 7h 2d")
        #expect(full.wins[0] == spades.wins[0] + hearts.wins[0])
        #expect(weighted.wins[0] == spades.wins[0] + 0.5 * hearts.wins[0])
        let expected = (spades.equity[0] + 0.5 * hearts.equity[0]) / 1.5   // same board count per combo
        #expect(abs(weighted.equity[0] - expected) < 1e-12)
        // A uniform weight changes nothing but the counts.
        let half = try Self.exact(["AKs:0.5", "QQ"])
        let whole = try Self.exact(["AKs", "QQ"])
        #expect(zip(half.equity, whole.equity).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(half.wins.map { $0 * 2 } == whole.wins)
    }
}
