import Foundation

/// One captured LLM exchange: the full prompt, the raw answer and what was made of it.
public struct CaptureRow: Hashable, Sendable, Codable {
    public var id: CaptureID?
    public var createdAt: Date
    public var game: GameID?
    public var handNumber: Int?
    public var seat: Int?
    public var personality: String?
    public var callType: String
    public var provider: String
    public var model: String
    public var systemPrompt: String
    public var userMessage: String
    public var rawResponse: String?
    /// The parsed decision as JSON text.
    public var parsedActionJSON: String?
    public var error: String?
    /// The correction attempts (request/answer pairs) as JSON text.
    public var correctionChainJSON: String?
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var latencyMs: Int?
    public var promptVersion: String?
    public var promptHash: String?
    public var requestID: String?
    /// The capture this one re-runs, if any.
    public var parent: CaptureID?
    /// The decision's inputs as JSON (PokerAI's `CapturedRequest`), for re-runs and replays.
    public var requestJSON: String?
    /// Index of the decision within its hand (with the game and hand it names the decision).
    public var decisionIndex: Int?
    /// Shared with the `api_usage` rows of this decision's calls.
    public var decisionKey: String?
    /// `preflop`, `flop`, `turn` or `river`.
    public var street: String?
    /// The action taken: `fold`, `check`, `call`, `raise` or `all_in`.
    public var action: String?
    /// Raise-to in chips for raises and all-ins.
    public var amount: Int?
    /// Call ÷ (pot + call) when facing a bet; nil when checking was free.
    public var potOdds: Double?
    /// The deciding seat's stack in big blinds.
    public var stackBB: Double?
    /// Problems met (`parse`, `illegal`, `timeout`, `transport`, `fallback`), in order.
    public var errorTypes: [String]

    public init(id: CaptureID? = nil, createdAt: Date = Date(), game: GameID? = nil, handNumber: Int? = nil,
                seat: Int? = nil, personality: String? = nil, callType: String, provider: String, model: String,
                systemPrompt: String, userMessage: String, rawResponse: String? = nil, parsedActionJSON: String? = nil,
                error: String? = nil, correctionChainJSON: String? = nil, inputTokens: Int? = nil,
                outputTokens: Int? = nil, latencyMs: Int? = nil, promptVersion: String? = nil,
                promptHash: String? = nil, requestID: String? = nil, parent: CaptureID? = nil,
                requestJSON: String? = nil, decisionIndex: Int? = nil, decisionKey: String? = nil, street: String? = nil,
                action: String? = nil, amount: Int? = nil, potOdds: Double? = nil, stackBB: Double? = nil,
                errorTypes: [String] = []) {
        self.id = id
        self.createdAt = createdAt
        self.game = game
        self.handNumber = handNumber
        self.seat = seat
        self.personality = personality
        self.callType = callType
        self.provider = provider
        self.model = model
        self.systemPrompt = systemPrompt
        self.userMessage = userMessage
        self.rawResponse = rawResponse
        self.parsedActionJSON = parsedActionJSON
        self.error = error
        self.correctionChainJSON = correctionChainJSON
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.latencyMs = latencyMs
        self.promptVersion = promptVersion
        self.promptHash = promptHash
        self.requestID = requestID
        self.parent = parent
        self.requestJSON = requestJSON
        self.decisionIndex = decisionIndex
        self.decisionKey = decisionKey
        self.street = street
        self.action = action
        self.amount = amount
        self.potOdds = potOdds
        self.stackBB = stackBB
        self.errorTypes = errorTypes
    }
}

/// A label on a capture (e.g. `short_stack_fold`), set automatically or by the user.
public struct CaptureLabel: Hashable, Sendable, Codable {
    /// Set by the automatic labeller or by the user.
    public enum Source: String, Hashable, Sendable, Codable { case auto, user }

    public let capture: CaptureID
    public let label: String
    public let source: Source
    public let createdAt: Date
}
