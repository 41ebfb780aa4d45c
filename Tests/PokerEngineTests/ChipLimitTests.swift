@testable import PokerEngine
import Testing

/// `Chips.maximum` (10^15 chips on a table) is checked wherever chips enter, so no sum a hand
/// makes can overflow: these inputs used to trap (PHH stacks of 5×10^18 going all-in, a blind
/// schedule growing past `Int`).
@Suite struct ChipLimitTests {
    @Test func handConfigRefusesStacksAboveTheTableLimit() {
        let huge = HandConfig(startingStacks: [Chips(5_000_000_000_000_000_000), Chips(5_000_000_000_000_000_000)],
                              blindsOrStraddles: [1, 2], minBet: 2)
        #expect(throws: HandConfigError.tooManyChips(field: "starting_stacks")) { try huge.validate() }
        let bigBlind = HandConfig(startingStacks: [100, 100], blindsOrStraddles: [1, Chips(Int.max)], minBet: 2)
        #expect(throws: HandConfigError.tooManyChips(field: "blinds_or_straddles")) { try bigBlind.validate() }
        let atLimit = HandConfig(startingStacks: [Chips(Chips.maximum.rawValue / 2), Chips(Chips.maximum.rawValue / 2)],
                                 blindsOrStraddles: [1, 2], minBet: 2)
        #expect(throws: Never.self) { try atLimit.validate() }
    }

    @Test func checkedTotalNeverOverflows() {
        #expect(Chips.checkedTotal([Chips(Int.max), Chips(Int.max)]) == nil)
        #expect(Chips.checkedTotal([Chips.maximum]) == Chips.maximum)
        #expect(Chips.checkedTotal([Chips.maximum, 1]) == nil)
        #expect(Chips.maximum.grouped == "1,000,000,000,000,000")
    }

    /// A growing schedule stops at the limit: a 10^18 first blind, or ×10 growth for 30 levels,
    /// used to overflow `Int` in `tidy`.
    @Test(arguments: [(1_000_000_000_000_000_000, 1.5), (1_000_000_000, 10.0), (20, 10.0)])
    func growingBlindsSaturateAtTheLimit(bigBlind: Int, growth: Double) {
        let schedule = BlindSchedule.growing(bigBlind: Chips(bigBlind), handsPerLevel: 1, growth: growth)
        #expect(schedule.levels.count == 30)
        #expect(schedule.levels.allSatisfy { $0.bigBlind <= Chips.maximum && $0.ante <= Chips.maximum && $0.smallBlind > .zero })
        #expect(schedule.levels.last?.bigBlind == Chips.maximum)
    }

    @Test func aMatchRefusesMoreChipsThanATableHolds() throws {
        let schedule = BlindSchedule.growing(bigBlind: 20)
        let config = MatchConfig(seatCount: 2, startingStack: Chips(Int.max), schedule: schedule, seed: 1)
        #expect(throws: MatchError.self) { try Match(config) }
        let fine = MatchConfig(seatCount: 9, startingStack: Chips(Chips.maximum.rawValue / 9), schedule: schedule, seed: 1)
        let match = try Match(fine)
        #expect(match.chipProblem == nil)
    }
}
