import PokerEngine

/// Heads-up postflop play by solving: each street is solved from its start over the two ranges
/// as they stood when it began, and the actual line is followed down the solved tree to the
/// decision. The ranges a street starts with come from the solve of the street before (the
/// solver's own strategy narrows them: Bayes with the acting strategy), or from the range model
/// when the street began multiway. Everything here is public information, so both players — and
/// the analyzer — share the same solves (`StreetSolveCache`).
enum HeadsUpSolving {
    /// The core's advice for the hero at a heads-up postflop decision; nil when the spot cannot be
    /// solved (the line leaves the tree, a degenerate stack) — the caller falls back to the rules.
    /// `profiles`: the reads of opponents (by position); those that stray far from the core narrow less.
    static func advise(_ spot: DecisionSpot, settings: SolveSettings, profiles: [Int: PlayerProfile] = [:]) -> CoreAdvice? {
        let players = (0..<spot.view.playerCount).filter { spot.view.inHand[$0] }
        guard players.count == 2, spot.view.street != .preflop else { return nil }
        let solving = profiles.compactMapValues(\.forSolving).filter { players.contains($0.key) }
        guard let walk = StreetSolveCache.shared.walk(line: spot.line, board: spot.view.board, street: spot.view.street,
                                                      players: players, settings: settings, profiles: solving,
                                                      now: (spot.pot, players.map { spot.view.stacks[$0] })) else { return nil }
        let me = players.firstIndex(of: spot.view.seat) ?? 0
        guard let node = walk.solution.node(at: walk.path), node.kind == .decision, node.player == me,
              let values = walk.solution.values(at: walk.path),
              node.ranges[me][spot.hole.index] > 0, let mix = node.strategy(for: spot.hole) else { return nil }
        let combo = spot.hole.index
        var options: [CoreAdvice.Option] = []
        for (a, action) in node.actions.enumerated() {
            let engine = action.action
            guard (try? spot.legal.validate(engine)) != nil else { return nil }
            options.append(spot.option(engine, frequency: mix[a], ev: values.evs[a][combo]))
        }
        let street = spot.view.street.description
        let method = spot.view.street == .flop ? "flop solve (coarse)" : "\(street) solve"
        let best = options.max { ($0.ev ?? 0) < ($1.ev ?? 0) }
        let basis = "heads-up \(street) solve over both narrowed ranges, \(walk.solution.iterations) iterations, "
            + "exploitability \(Self.format(walk.solution.exploitabilityPercent))% of the pot"
            + (best.map { "; best value: \($0.kind.rawValue)" } ?? "")
        let opponentRange = RangeBelief(weights: node.ranges[1 - me])
        let equity = HeroEquity.headsUp(hole: spot.hole, board: spot.view.board, range: opponentRange)
        return CoreAdvice(options: DecisionSpot.normalised(options), method: method, basis: basis, equity: equity,
                          exploitability: walk.solution.exploitabilityPercent / 100)
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(String(format2: hundredths % 100))"
    }
}

extension String {
    /// Two digits with a leading zero.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
