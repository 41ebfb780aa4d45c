import LLMClient
import PokerAI

extension ExperimentSpec {
    static let topFields = ["name", "description", "hypothesis", "tournaments", "hands_per_tournament", "rotate_seats",
                            "seed", "seeds", "concurrency", "cost_cap_usd", "decision_timeout", "analyze", "mode", "table",
                            "seats", "control", "variants", "subjects", "rate_limits", "queue"]
    static let seatFields = ["label", "personality", "provider", "model", "base_url", "mode"]

    /// Reads and validates an experiment file.
    public static func load(path: String) throws(ExperimentFileError) -> ExperimentSpec {
        try parse(ExperimentFileReader.read(path: path), file: path)
    }

    /// Validates a parsed experiment file (`file` names it in errors).
    public static func parse(_ root: JSONValue, file: String) throws(ExperimentFileError) -> ExperimentSpec {
        let top = try SpecFields(root, file: file, path: "")
        try top.check(known: topFields)
        let name = try top.requiredString("name", hint: "a unique name for the experiment, e.g. \"nano-vs-mini\"")
        let tournaments = try top.requiredInt("tournaments", in: 1...10_000, hint: "the number of duplicate deal sets, e.g. 20")
        let hands = try top.requiredInt("hands_per_tournament", in: 1...100_000, hint: "the hand cap of a tournament, e.g. 200")
        let seats = try parseSeats(top)
        let control = try parseVariant(top.table("control"), seatCount: seats.count, defaultLabel: "control")
        var variants: [VariantSpec] = []
        for fields in try top.tables("variants") ?? [] {
            let variant = try parseVariant(fields, seatCount: seats.count, defaultLabel: nil)
            if variant.label == control.label || variants.contains(where: { $0.label == variant.label }) {
                throw .invalid(file: file, field: fields.name("label"), reason: "repeats the label '\(variant.label)'")
            }
            variants.append(variant)
        }
        let rotate = try top.bool("rotate_seats") ?? true
        let seeds = try parseSeeds(top, count: tournaments)
        let spec = ExperimentSpec(
            name: name, description: try top.string("description"), hypothesis: try top.string("hypothesis"),
            tournaments: tournaments, handsPerTournament: hands, rotateSeats: rotate,
            seed: UInt64(try top.int("seed", in: 0...Int.max) ?? 1), seeds: seeds,
            concurrency: try top.int("concurrency", in: 1...1024) ?? 8,
            costCap: try top.double("cost_cap_usd", in: 0.000_001...1_000_000),
            decisionTimeout: try top.double("decision_timeout", in: 0.5...600) ?? 20,
            analyze: try top.bool("analyze") ?? true, mode: try top.mode("mode") ?? .standard,
            table: try parseTable(top), seats: seats, control: control, variants: variants,
            subjects: try parseSubjects(top, seatCount: seats.count),
            rateLimits: try parseRateLimits(top), queue: try parseQueue(top))
        guard spec.totalGames <= 100_000 else {
            throw .invalid(file: file, field: "tournaments", reason: "asks for \(spec.totalGames) games (at most 100,000)")
        }
        return spec
    }

    static func parseSeats(_ top: SpecFields) throws(ExperimentFileError) -> [SeatSpec] {
        guard let list = try top.tables("seats") else {
            throw .missing(file: top.file, field: "seats", hint: "2 to 9 [[seats]] tables, each with a personality")
        }
        guard (2...9).contains(list.count) else {
            throw .invalid(file: top.file, field: "seats", reason: "must list 2 to 9 seats, not \(list.count)")
        }
        var seats: [SeatSpec] = []
        for fields in list {
            try fields.check(known: seatFields)
            let seat = SeatSpec(label: try fields.string("label"),
                                personality: try fields.requiredString("personality", hint: "a personality name or slug"),
                                provider: try fields.provider("provider") ?? "offline", model: try fields.string("model"),
                                baseURL: try fields.url("base_url"), mode: try fields.mode("mode"))
            try checkLLM(seat.provider, model: seat.model, baseURL: seat.baseURL, fields: fields)
            seats.append(seat)
        }
        return seats
    }

    static func checkLLM(_ provider: String?, model: String?, baseURL: String?,
                         fields: SpecFields) throws(ExperimentFileError) {
        guard provider == "offline" else { return }
        if model != nil { throw .invalid(file: fields.file, field: fields.name("model"), reason: "is set for an offline seat") }
        if baseURL != nil { throw .invalid(file: fields.file, field: fields.name("base_url"), reason: "is set for an offline seat") }
    }

    static func parseVariant(_ fields: SpecFields?, seatCount: Int,
                             defaultLabel: String?) throws(ExperimentFileError) -> VariantSpec {
        guard let fields else { return VariantSpec(label: defaultLabel ?? "control", mode: nil, seats: []) }
        try fields.check(known: ["label", "mode", "seats"])
        let label: String
        if let defaultLabel {
            label = try fields.string("label") ?? defaultLabel
        } else {
            label = try fields.requiredString("label", hint: "a short unique name such as \"nano\"")
        }
        var overrides: [SeatOverride] = []
        for change in try fields.tables("seats") ?? [] {
            try change.check(known: ["seat"] + seatFields)
            let seat = try change.int("seat", in: 0...(seatCount - 1))
            guard let seat else {
                throw .missing(file: fields.file, field: change.name("seat"), hint: "the 0-based index of the seat it changes")
            }
            let override = SeatOverride(seat: seat, label: try change.string("label"), personality: try change.string("personality"),
                                        provider: try change.provider("provider"), model: try change.string("model"),
                                        baseURL: try change.url("base_url"), mode: try change.mode("mode"))
            try checkLLM(override.provider, model: override.model, baseURL: override.baseURL, fields: change)
            overrides.append(override)
        }
        return VariantSpec(label: label, mode: try fields.mode("mode"), seats: overrides)
    }

    static func parseSeeds(_ top: SpecFields, count: Int) throws(ExperimentFileError) -> [UInt64]? {
        guard let items = try top.array("seeds") else { return nil }
        guard items.count == count else {
            throw .invalid(file: top.file, field: "seeds", reason: "lists \(items.count) seeds for \(count) tournaments")
        }
        var seeds: [UInt64] = []
        for (index, item) in items.enumerated() {
            guard case .int(let value) = item, value >= 0 else {
                throw .wrongType(file: top.file, field: "seeds[\(index)]", expected: "a whole number of 0 or more")
            }
            seeds.append(UInt64(value))
        }
        return seeds
    }

    static func parseSubjects(_ top: SpecFields, seatCount: Int) throws(ExperimentFileError) -> [Int]? {
        guard let items = try top.array("subjects") else { return nil }
        var subjects: [Int] = []
        for (index, item) in items.enumerated() {
            guard case .int(let seat) = item, (0..<seatCount).contains(seat), !subjects.contains(seat) else {
                throw .invalid(file: top.file, field: "subjects[\(index)]", reason: "must be a distinct seat index from 0 to \(seatCount - 1)")
            }
            subjects.append(seat)
        }
        return subjects.isEmpty ? nil : subjects
    }

    static func parseRateLimits(_ top: SpecFields) throws(ExperimentFileError) -> [String: RateLimitSpec] {
        guard let table = try top.table("rate_limits") else { return [:] }
        var limits: [String: RateLimitSpec] = [:]
        for key in table.members.keys.sorted() {
            guard let provider = ProviderID(name: key), provider != .offline else {
                throw .invalid(file: top.file, field: table.name(key), reason: "names no LLM provider")
            }
            guard let fields = try table.table(key) else { continue }
            try fields.check(known: ["requests_per_minute", "tokens_per_minute", "burst_seconds"])
            limits[provider.rawValue] = RateLimitSpec(
                requestsPerMinute: try fields.double("requests_per_minute", in: 0.01...10_000_000),
                tokensPerMinute: try fields.double("tokens_per_minute", in: 1...1_000_000_000),
                burstSeconds: try fields.double("burst_seconds", in: 0.01...60))
        }
        return limits
    }

    static func parseQueue(_ top: SpecFields) throws(ExperimentFileError) -> QueueSpec {
        guard let fields = try top.table("queue") else { return QueueSpec(heartbeatSeconds: 5, staleAfterSeconds: 60) }
        try fields.check(known: ["heartbeat_seconds", "stale_after_seconds"])
        let heartbeat = try fields.double("heartbeat_seconds", in: 0.1...3600) ?? 5
        let stale = try fields.double("stale_after_seconds", in: 0.3...86_400) ?? max(60, heartbeat * 6)
        guard stale >= heartbeat * 2 else {
            throw .invalid(file: top.file, field: fields.name("stale_after_seconds"), reason: "must be at least twice heartbeat_seconds")
        }
        return QueueSpec(heartbeatSeconds: heartbeat, staleAfterSeconds: stale)
    }
}
