extension Match {
    /// Why a match with `config` and these `stacks` would hold more chips than `Chips.maximum`
    /// allows (all stacks together, or a blind or ante of the schedule), or nil when it is fine.
    public static func chipProblem(_ config: MatchConfig, stacks: [Chips]) -> MatchError? {
        if Chips.checkedTotal(stacks) == nil {
            return .tooManyChips("the \(stacks.count) stacks add up to more chips than a table may hold")
        }
        for level in config.schedule.levels
        where [level.smallBlind, level.bigBlind, level.ante].contains(where: { $0 > Chips.maximum }) {
            return .tooManyChips("the blind level \(level) is larger than a table allows")
        }
        return nil
    }

    /// Why this match cannot be played on (a saved game from before the limit with huge stacks or
    /// blinds), or nil.
    public var chipProblem: MatchError? { Self.chipProblem(config, stacks: stacks) }
}
