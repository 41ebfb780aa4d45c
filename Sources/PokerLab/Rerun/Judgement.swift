import PokerAI
import PokerGame
import PokerStore

/// The verdict on one decision as the AI lab shows it, from a stored analysis or a fresh one.
public struct Judgement: Hashable, Sendable, Codable {
    /// `fold`, `check`, `call`, `raise`, `all_in`.
    public var action: String
    public var amount: Int?
    /// `correct`, `marginal`, `mistake` (`unknown` when equity was missing).
    public var verdict: String
    public var optimal: String?
    public var equityVsRanges: Double?
    public var equityVsRandom: Double?
    public var requiredEquity: Double?
    public var potOdds: Double?
    public var evLostBB: Double?
    public var labels: [String]

    /// The judgement of a fresh analysis.
    public init(_ analysis: DecisionAnalysis) {
        action = analysis.move.rawValue
        amount = analysis.amount?.rawValue
        verdict = analysis.verdict.rawValue
        optimal = analysis.optimal.rawValue
        equityVsRanges = analysis.equityVsRanges
        equityVsRandom = analysis.equityVsRandom
        requiredEquity = analysis.facts.toCall > .zero ? analysis.requiredEquity : nil
        potOdds = analysis.facts.toCall > .zero ? analysis.potOdds : nil
        evLostBB = analysis.evLostBigBlinds
        labels = analysis.labels
    }

    /// The judgement stored with a game's decision.
    public init(_ row: AnalysisRow) {
        action = row.actionTaken
        amount = row.amount?.rawValue
        verdict = row.verdict.rawValue
        optimal = row.optimalAction
        equityVsRanges = row.equityVsRanges
        equityVsRandom = row.equityVsRandom
        requiredEquity = (row.toCall ?? .zero) > .zero ? row.requiredEquity : nil
        potOdds = (row.toCall ?? .zero) > .zero ? row.potOdds : nil
        evLostBB = row.evLostBB
        labels = row.labels
    }

    /// 0 mistake, 1 marginal, 2 correct (unknown counts as marginal).
    public var rank: Int {
        switch verdict {
        case "mistake": 0
        case "correct": 2
        default: 1
        }
    }

    /// "fold (mistake, EV lost 4.2 bb)".
    public var short: String {
        var text = action + (amount.map { " \($0)" } ?? "") + " (" + verdict
        if verdict == "mistake", let lost = evLostBB { text += String(format: ", EV lost %.1f bb", lost) }
        return text + ")"
    }
}
