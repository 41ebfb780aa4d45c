import PokerEngine

extension ExperimentSpec {
    static func parseTable(_ top: SpecFields) throws(ExperimentFileError) -> TableSpec {
        guard let fields = try top.table("table") else {
            throw .missing(file: top.file, field: "table", hint: "a [table] with starting_stack and big_blind")
        }
        try fields.check(known: ["starting_stack", "big_blind", "hands_per_level", "growth", "antes_from_level",
                                 "ante_style", "levels", "button"])
        let stack = try fields.requiredInt("starting_stack", in: 2...1_000_000_000, hint: "chips per player, e.g. 1500")
        let bigBlind = try fields.requiredInt("big_blind", in: 2...1_000_000_000, hint: "the first big blind, e.g. 20")
        guard stack > bigBlind else {
            throw .invalid(file: top.file, field: fields.name("starting_stack"), reason: "must be larger than the big blind")
        }
        let style = try fields.string("ante_style") ?? "big_blind"
        guard ["big_blind", "everyone"].contains(style) else {
            throw .invalid(file: top.file, field: fields.name("ante_style"), reason: "must be big_blind or everyone, not '\(style)'")
        }
        let button = try fields.string("button") ?? "dead"
        guard let buttonRule = ButtonRule(rawValue: button) else {
            throw .invalid(file: top.file, field: fields.name("button"), reason: "must be dead or moving, not '\(button)'")
        }
        var levels: [LevelSpec]?
        if let list = try fields.tables("levels") {
            guard !list.isEmpty else { throw .invalid(file: top.file, field: fields.name("levels"), reason: "is empty") }
            levels = []
            for level in list {
                try level.check(known: ["small", "big", "ante"])
                let big = try level.requiredInt("big", in: 2...1_000_000_000, hint: "the level's big blind")
                let small = try level.requiredInt("small", in: 1...big, hint: "the level's small blind")
                levels?.append(LevelSpec(small: small, big: big, ante: try level.int("ante", in: 0...1_000_000_000) ?? 0))
            }
        }
        return TableSpec(startingStack: stack, bigBlind: bigBlind,
                         handsPerLevel: try fields.int("hands_per_level", in: 1...100_000) ?? 10,
                         growth: try fields.double("growth", in: 1...10) ?? 1.5,
                         antesFromLevel: try fields.int("antes_from_level", in: 0...1000), anteStyle: style, levels: levels,
                         button: buttonRule)
    }
}

extension TableSpec {
    /// The blind schedule this table plays.
    public var schedule: BlindSchedule {
        let style: AnteStyle = anteStyle == "everyone" ? .everyone : .bigBlind
        if let levels {
            return BlindSchedule(levels: levels.map {
                BlindLevel(smallBlind: Chips($0.small), bigBlind: Chips($0.big), ante: Chips($0.ante))
            }, handsPerLevel: handsPerLevel, anteStyle: style)
        }
        return .growing(bigBlind: Chips(bigBlind), handsPerLevel: handsPerLevel, growth: growth,
                        antesFromLevel: antesFromLevel, anteStyle: style)
    }
}
