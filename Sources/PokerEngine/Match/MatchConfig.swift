/// The settings of a freeze-out tournament.
public struct MatchConfig: Hashable, Sendable, Codable {
    /// Seats at the table: 2...9 for a new tournament (`seatRange`), up to 10 for imported tables.
    public var seatCount: Int
    public var startingStack: Chips
    public var schedule: BlindSchedule
    /// Decides the first button and every deck.
    public var seed: UInt64
    public var splitRule: PotSplitRule
    /// How the button and the blinds move (the dead button unless chosen otherwise).
    public var buttonRule: ButtonRule

    public init(seatCount: Int, startingStack: Chips, schedule: BlindSchedule, seed: UInt64,
                splitRule: PotSplitRule = .wsop, buttonRule: ButtonRule = .dead) {
        self.seatCount = seatCount
        self.startingStack = startingStack
        self.schedule = schedule
        self.seed = seed
        self.splitRule = splitRule
        self.buttonRule = buttonRule
    }

    /// Seats of a new tournament.
    public static let seatRange = 2...9

    enum CodingKeys: String, CodingKey {
        case seatCount, startingStack, schedule, seed, splitRule, buttonRule
    }

    /// Games saved before the dead button existed have no `buttonRule`: they keep the moving
    /// button they were played with, so they resume and replay exactly.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seatCount = try c.decode(Int.self, forKey: .seatCount)
        startingStack = try c.decode(Chips.self, forKey: .startingStack)
        schedule = try c.decode(BlindSchedule.self, forKey: .schedule)
        seed = try c.decode(UInt64.self, forKey: .seed)
        splitRule = try c.decode(PotSplitRule.self, forKey: .splitRule)
        buttonRule = try c.decodeIfPresent(ButtonRule.self, forKey: .buttonRule) ?? .moving
    }
}
