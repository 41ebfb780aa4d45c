import Foundation
import PokerEngine

/// The quality verdict on one AI decision: equity, odds, the EV of calling and the optimal
/// action, with the psychology that drove it and a link to the prompt capture.
/// The verdict on a decision as it is recorded with the decision itself (``GameStore/recordAction``):
/// the analysis row and the labels its capture gets automatically (`verdict:…`, `raise_war`, …).
public struct RecordedVerdict: Hashable, Sendable {
    public var analysis: AnalysisRow
    public var captureLabels: [String]

    public init(analysis: AnalysisRow, captureLabels: [String]) {
        self.analysis = analysis
        self.captureLabels = captureLabels
    }
}

public struct AnalysisRow: Hashable, Sendable, Codable {
    /// How good the decision was against the optimal action (`unknown` when equity is missing).
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
        case correct, marginal, mistake, unknown
    }

    public var id: Int64?
    public var createdAt: Date
    public var game: GameID?
    public var handNumber: Int?
    public var seat: Int
    public var personality: String
    public var street: Street
    public var holeCards: [Card]
    public var board: [Card]
    /// `fold`, `check`, `call`, `bet`, `raise`, `all_in`.
    public var actionTaken: String
    /// Bet/raise-to or call amount in chips.
    public var amount: Chips?
    public var pot: Chips?
    public var toCall: Chips?
    public var opponents: Int?
    public var equityVsRandom: Double?
    public var equityVsRanges: Double?
    public var potOdds: Double?
    public var requiredEquity: Double?
    public var evCall: Double?
    public var optimalAction: String?
    public var verdict: Verdict
    public var evLostBB: Double?
    /// e.g. `button`, `cutoff`, `under_the_gun`.
    public var position: String?
    /// 169-class notation such as `AKs`.
    public var handClass: String?
    /// `premium`, `strong`, `playable`, `marginal`, `trash`.
    public var tier: String?
    public var stackBB: Double?
    public var psychologyJSON: String?
    public var capture: CaptureID?
    public var analyzerVersion: String?
    /// Automatic labels (`short_stack_fold`, `raise_war`, …).
    public var labels: [String]

    public init(id: Int64? = nil, createdAt: Date = Date(), game: GameID? = nil, handNumber: Int? = nil, seat: Int,
                personality: String, street: Street, holeCards: [Card] = [], board: [Card] = [], actionTaken: String,
                amount: Chips? = nil, pot: Chips? = nil, toCall: Chips? = nil, opponents: Int? = nil,
                equityVsRandom: Double? = nil, equityVsRanges: Double? = nil, potOdds: Double? = nil,
                requiredEquity: Double? = nil, evCall: Double? = nil, optimalAction: String? = nil,
                verdict: Verdict, evLostBB: Double? = nil, position: String? = nil, handClass: String? = nil,
                tier: String? = nil, stackBB: Double? = nil, psychologyJSON: String? = nil, capture: CaptureID? = nil,
                analyzerVersion: String? = nil, labels: [String] = []) {
        self.id = id
        self.createdAt = createdAt
        self.game = game
        self.handNumber = handNumber
        self.seat = seat
        self.personality = personality
        self.street = street
        self.holeCards = holeCards
        self.board = board
        self.actionTaken = actionTaken
        self.amount = amount
        self.pot = pot
        self.toCall = toCall
        self.opponents = opponents
        self.equityVsRandom = equityVsRandom
        self.equityVsRanges = equityVsRanges
        self.potOdds = potOdds
        self.requiredEquity = requiredEquity
        self.evCall = evCall
        self.optimalAction = optimalAction
        self.verdict = verdict
        self.evLostBB = evLostBB
        self.position = position
        self.handClass = handClass
        self.tier = tier
        self.stackBB = stackBB
        self.psychologyJSON = psychologyJSON
        self.capture = capture
        self.analyzerVersion = analyzerVersion
        self.labels = labels
    }
}
