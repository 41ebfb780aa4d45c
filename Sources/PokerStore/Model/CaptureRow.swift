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

    public init(id: CaptureID? = nil, createdAt: Date = Date(), game: GameID? = nil, handNumber: Int? = nil,
                seat: Int? = nil, personality: String? = nil, callType: String, provider: String, model: String,
                systemPrompt: String, userMessage: String, rawResponse: String? = nil, parsedActionJSON: String? = nil,
                error: String? = nil, correctionChainJSON: String? = nil, inputTokens: Int? = nil,
                outputTokens: Int? = nil, latencyMs: Int? = nil, promptVersion: String? = nil,
                promptHash: String? = nil, requestID: String? = nil, parent: CaptureID? = nil) {
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
