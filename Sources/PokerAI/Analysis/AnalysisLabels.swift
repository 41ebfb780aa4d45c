import PokerEngine
import PokerStrategy

/// Automatic labels on a decision, for the AI lab's filters:
/// - `short_stack_fold`, `pot_committed_fold`, `suspicious_fold`: folds with little behind, with
///   more in the pot than behind, or to a price under one in six;
/// - `raise_war` (3+ bets and raises on the street) and `raise_war_extreme` (7+);
/// - `suspicious_all_in`: a deep all-in with under 30% equity against the narrowed ranges;
/// - `overplayed_one_pair`: one pair put in a raise or all-in (or calls one) against a range that
///   two or more raises on the street have narrowed to hands that beat it;
/// - `missed_value`: checked or called with a hand the core bets or raises most of the time;
/// - `bluff_into_capped_range`: a bet or raise with a weak hand against a range that checked or
///   called its way here and holds few strong hands (the good kind of bluff, labelled to study).
enum AnalysisLabels {
    static func labels(move: DecisionAnalysis.Move, facts: SpotFacts, request: DecisionRequest, advice: CoreAdvice,
                       strategy: [String: Double]) -> [String] {
        var labels: [String] = []
        let line = BettingLine(config: request.view.config, events: request.view.events)
        let streetRaises = line.actions(on: facts.street).filter { $0.kind == .raise }.count
        if move == .fold {
            let invested = request.view.committed[facts.position]
            if facts.stackInBigBlinds < 3 {
                labels.append("short_stack_fold")
            } else if invested > facts.stack {
                labels.append("pot_committed_fold")
            } else if facts.toCall > .zero && facts.requiredEquity <= 1.0 / 6 {
                labels.append("suspicious_fold")
            }
        }
        if streetRaises >= 7 {
            labels.append("raise_war_extreme")
        } else if streetRaises >= 3 {
            labels.append("raise_war")
        }
        let equity = advice.equity
        if move == .allIn, let e = equity, e < 0.3, facts.stackInBigBlinds > 15 { labels.append("suspicious_all_in") }
        if facts.street != .preflop, onePair(facts), streetRaises >= 2, let e = equity, e < facts.requiredEquity + 0.05,
           [.raise, .allIn, .call].contains(move) {
            labels.append("overplayed_one_pair")
        }
        if (move == .check || move == .call), (strategy["bet_or_raise"] ?? 0) >= 0.6, let e = equity, e >= 0.6 {
            labels.append("missed_value")
        }
        if (move == .raise || move == .allIn), facts.street != .preflop, let e = equity, e < 0.3,
           cappedOpponents(line: line, facts: facts) {
            labels.append("bluff_into_capped_range")
        }
        return labels
    }

    /// The hero's best five make exactly one pair.
    static func onePair(_ facts: SpotFacts) -> Bool {
        guard facts.holeCards.count == 2, facts.board.count >= 3 else { return false }
        return HandEvaluator.evaluate(facts.holeCards + facts.board).category == .onePair
    }

    /// Every live opponent only checked or called after the flop (no bet or raise of theirs).
    static func cappedOpponents(line: BettingLine, facts: SpotFacts) -> Bool {
        let postflop = line.actions.filter { $0.street != .preflop }
        return facts.opponents.allSatisfy { opponent in !postflop.contains { $0.player == opponent && $0.kind == .raise } }
    }
}
