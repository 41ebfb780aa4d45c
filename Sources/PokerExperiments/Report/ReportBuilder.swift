/// Computes a report from its input (docs/experiments.md, "The statistics").
public enum ReportBuilder {
    public static func build(_ unordered: ReportInput, name: String? = nil) -> ExperimentReport {
        let input = canonical(unordered)
        let spec = input.spec
        let subjects = spec.subjectEntrants
        let complete = Set(input.games.filter(\.complete).map(\.key))
        let completeHands = input.hands.filter { complete.contains($0.key) }
        let clusters = Clusters(spec: spec, hands: completeHands, complete: complete)
        var notes: [String] = []
        var variants: [VariantReport] = []
        for (index, variant) in spec.allVariants.enumerated() {
            let settings = spec.settings(forVariant: index)
            let mine = input.games.filter { $0.key.variant == index }
            let hands = completeHands.filter { $0.key.variant == index }
            var entrants: [EntrantReport] = []
            for entrant in spec.seats.indices {
                let seat = settings.seats[entrant]
                var setup = seat.isLLM ? [seat.provider, seat.model ?? "default model"].joined(separator: "/") : "offline"
                if let mode = seat.mode { setup += " (\(mode.rawValue))" }
                entrants.append(EntrantReport(
                    entrant: entrant, name: seat.label ?? seat.personality, setup: setup, subject: subjects.contains(entrant),
                    hands: hands.filter { $0.net[entrant] != nil }.count,
                    bbPer100: Statistics.ratio(clusters.sums(variant: index, entrant: entrant)),
                    deltaVsControl: index == 0 ? nil : Statistics.mean(clusters.differences(variant: index, entrant: entrant))))
            }
            variants.append(VariantReport(
                label: variant.label, gamesComplete: mine.filter(\.complete).count, games: spec.tournamentsPerVariant,
                hands: hands.count, entrants: entrants,
                verdicts: verdicts(input.verdicts.filter { $0.key.variant == index }),
                llm: llm(input.captures.filter { $0.key.variant == index }, calls: input.calls.filter { $0.key.variant == index }),
                cumulativeBB: cumulative(hands, subjects: subjects)))
        }
        if clusters.completeDealSets < 2 {
            notes.append("fewer than two deal sets are complete in every variant: no confidence interval yet")
        }
        if complete.count < spec.totalGames {
            notes.append("\(spec.totalGames - complete.count) of \(spec.totalGames) games are not complete; figures use complete games only")
        }
        let control = spec.settings(forVariant: 0)
        return ExperimentReport(
            experiment: .init(id: input.experimentID, name: name ?? spec.name, status: input.status, source: input.source),
            design: .init(variants: spec.allVariants.map(\.label), dealSets: spec.tournaments, rotations: spec.rotations,
                          handCap: spec.handsPerTournament, seed: spec.seed,
                          entrants: control.seats.map { $0.label ?? $0.personality }, subjects: subjects),
            progress: .init(gamesComplete: complete.count, gamesTotal: spec.totalGames, hands: input.games.reduce(0) { $0 + $1.hands },
                            costUSD: input.calls.reduce(0) { $0 + $1.costUSD }),
            variants: variants, notes: notes)
    }

    /// The input in an order that does not depend on row ids (games are created in a different order
    /// on every run), so that floating-point sums come out bit for bit the same.
    static func canonical(_ input: ReportInput) -> ReportInput {
        func ordered<T>(_ rows: [T], _ key: (T) -> TournamentKey) -> [T] {
            rows.enumerated().sorted { a, b in
                key(a.element) != key(b.element) ? key(a.element) < key(b.element) : a.offset < b.offset
            }.map(\.element)
        }
        var result = input
        result.games = ordered(input.games, \.key)
        result.hands = input.hands.sorted { $0.key != $1.key ? $0.key < $1.key : $0.number < $1.number }
        result.verdicts = ordered(input.verdicts, \.key)
        result.captures = ordered(input.captures, \.key)
        result.calls = ordered(input.calls, \.key)
        return result
    }

    static func verdicts(_ rows: [ReportInput.Verdict]) -> VerdictReport? {
        let judged = rows.filter { ["correct", "marginal", "mistake"].contains($0.verdict) }
        guard !judged.isEmpty else { return nil }
        let losses = judged.compactMap(\.evLostBB)
        return VerdictReport(decisions: judged.count, correct: judged.filter { $0.verdict == "correct" }.count,
                             marginal: judged.filter { $0.verdict == "marginal" }.count,
                             mistake: judged.filter { $0.verdict == "mistake" }.count,
                             evLostPerDecision: losses.isEmpty ? nil : losses.reduce(0, +) / Double(judged.count))
    }

    static func llm(_ captures: [ReportInput.Capture], calls: [ReportInput.Call]) -> LLMReport? {
        guard !captures.isEmpty || !calls.isEmpty else { return nil }
        let decisions = captures.count
        let answered = captures.filter(\.answered)
        let latencies = calls.filter(\.ok).map { Double($0.latencyMs) }
        let cost = calls.reduce(0) { $0 + $1.costUSD }
        let tokens = calls.reduce(0) { $0 + $1.tokens }
        func share(_ n: Int) -> Double { decisions > 0 ? Double(n) / Double(decisions) : 0 }
        return LLMReport(
            decisions: decisions,
            validJSONRate: answered.isEmpty ? nil : Double(answered.filter(\.validJSON).count) / Double(answered.count),
            correctedRate: share(captures.filter(\.corrected).count), fallbackRate: share(captures.filter(\.fallback).count),
            calls: calls.count, failedCalls: calls.filter { !$0.ok }.count,
            latencyP50Ms: Statistics.percentile(latencies, 0.5), latencyP95Ms: Statistics.percentile(latencies, 0.95),
            tokensPerDecision: decisions > 0 ? Double(tokens) / Double(decisions) : nil,
            costPerDecisionUSD: decisions > 0 ? cost / Double(decisions) : nil, costUSD: cost)
    }

    /// Mean over games of the subjects' cumulative bb after each hand number.
    static func cumulative(_ hands: [ReportInput.Hand], subjects: [Int]) -> [Double] {
        var byGame: [TournamentKey: [ReportInput.Hand]] = [:]
        for hand in hands { byGame[hand.key, default: []].append(hand) }
        let length = byGame.values.map { $0.count }.max() ?? 0
        guard length > 0 else { return [] }
        var sums = [Double](repeating: 0, count: length)
        for key in byGame.keys.sorted() {
            guard let game = byGame[key] else { continue }
            var running = 0.0
            let ordered = game.sorted { $0.number < $1.number }
            for k in 0..<length {
                if k < ordered.count {
                    let hand = ordered[k]
                    running += subjects.reduce(0) { $0 + Double(hand.net[$1] ?? 0) } / Double(max(1, hand.bigBlind))
                }
                sums[k] += running
            }
        }
        return sums.map { $0 / Double(byGame.count) }
    }
}

/// Per deal set sums of bb won and hands dealt, by variant and entrant.
struct Clusters {
    /// [variant][entrant][deal] → (bb won, hands dealt), for deal sets whose rotations are all complete.
    private var sums: [Int: [Int: [Int: (y: Double, h: Double)]]] = [:]
    private var completeDeals: [Int: Set<Int>] = [:]

    init(spec: ExperimentSpec, hands: [ReportInput.Hand], complete: Set<TournamentKey>) {
        for variant in spec.allVariants.indices {
            completeDeals[variant] = Set((0..<spec.tournaments).filter { deal in
                (0..<spec.rotations).allSatisfy { complete.contains(TournamentKey(variant: variant, tournament: deal * spec.rotations + $0)) }
            })
        }
        for hand in hands {
            let deal = spec.deal(ofTournament: hand.key.tournament)
            guard completeDeals[hand.key.variant]?.contains(deal) == true else { continue }
            for (entrant, net) in hand.net.enumerated() {
                guard let net else { continue }
                var cell = sums[hand.key.variant, default: [:]][entrant, default: [:]][deal] ?? (0, 0)
                cell.y += Double(net) / Double(max(1, hand.bigBlind))
                cell.h += 1
                sums[hand.key.variant, default: [:]][entrant, default: [:]][deal] = cell
            }
        }
    }

    /// Deal sets complete in every variant.
    var completeDealSets: Int {
        var common: Set<Int>?
        for deals in completeDeals.values { common = common?.intersection(deals) ?? deals }
        return common?.count ?? 0
    }

    func sums(variant: Int, entrant: Int) -> [(y: Double, h: Double)] {
        (sums[variant]?[entrant] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }

    /// bb/100 of `variant` minus the control's, per deal set complete in both.
    func differences(variant: Int, entrant: Int) -> [Double] {
        let mine = sums[variant]?[entrant] ?? [:]
        let control = sums[0]?[entrant] ?? [:]
        return mine.keys.sorted().compactMap { deal in
            guard let a = mine[deal], let b = control[deal], a.h > 0, b.h > 0 else { return nil }
            return 100 * (a.y / a.h - b.y / b.h)
        }
    }
}
