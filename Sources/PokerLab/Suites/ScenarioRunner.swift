import PokerAI
import PokerEngine

/// Plays a personality through a scenario suite: each spot is built by the engine, the player
/// (offline bot or LLM) decides, the analyser judges, and agreement with a sound player is counted.
public enum ScenarioRunner {
    /// Runs every spot `runs` times (with different seeds: the offline bot mixes its play).
    public static func run(_ suite: ScenarioSuite, personality: Personality, player: any PlayerController,
                           playerName: String, mode: GameMode = .standard, runs: Int = 1) async -> ScenarioReport {
        var results: [ScenarioResult] = []
        for spot in suite.spots {
            var result = ScenarioResult(id: spot.id, category: spot.category,
                                        expected: [spot.expect] + spot.acceptable.filter { $0 != spot.expect },
                                        why: spot.why, situation: "", decisions: [], agreed: 0, verdicts: [],
                                        fallbacks: 0)
            for run in 0..<max(1, runs) {
                let request: DecisionRequest
                do {
                    request = try spot.request(personality: personality, mode: mode, seed: UInt64(run))
                } catch {
                    result.error = error.description
                    break
                }
                guard let legal = request.legal else { break }
                if run == 0 {
                    result.situation = situation(request)
                    result.street = request.view.street.description
                }
                let decision = await player.decide(request)
                let move = DecisionAnalysis.Move(decision.action, legal: legal)
                if case .fallback = decision.source { result.fallbacks += 1 }
                var shown = move.rawValue
                if case let .betOrRaise(to) = decision.action, move == .raise { shown += " \(to)" }
                result.decisions.append(shown)
                if spot.agreeing.contains(move.rawValue) { result.agreed += 1 }
                if spot.agreeingTypes.contains(move.actionType) { result.typeAgreed += 1 }
                if let analysis = DecisionAnalyzer.analyze(request, action: decision.action) {
                    result.verdicts.append(analysis.verdict.rawValue)
                    if run == 0 {
                        result.optimal = analysis.optimal.rawValue
                        result.equityVsRanges = analysis.equityVsRanges
                        result.requiredEquity = analysis.facts.toCall > .zero ? analysis.requiredEquity : nil
                    }
                }
            }
            results.append(result)
        }
        return ScenarioReport(suite: suite.name, personality: personality.name, player: playerName, runs: max(1, runs),
                              results: results)
    }

    /// "flop · BTN · Ah Kd on Ks 7d 2c · pot 130 · to call 60 · 48.5 BB".
    static func situation(_ request: DecisionRequest) -> String {
        let facts = SpotFacts(view: request.view, context: request.context)
        var parts = [facts.street.description, facts.positionName,
                     facts.holeCards.map(\.description).joined(separator: " ")
                        + (facts.board.isEmpty ? "" : " on " + facts.board.map(\.description).joined(separator: " "))]
        parts.append("pot \(facts.pot)")
        if facts.toCall > .zero { parts.append("to call \(facts.toCall)") }
        parts.append(LabText.decimal(facts.stackInBigBlinds) + " BB")
        if facts.opponents.count > 1 { parts.append("\(facts.opponents.count) opponents") }
        return parts.joined(separator: " · ")
    }
}
