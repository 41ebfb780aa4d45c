import Foundation
import LLMClient
import PokerEngine
import PokerStrategy

/// An AI seat played by an LLM: prompt from the seat's view → answer → parse → validate →
/// (one correction turn) → action; anything unusable or late and the offline bot decides.
/// A decision never takes longer than the request's timeout. Nothing is written here: the returned
/// ``Decision`` carries its capture and (with a ``DecisionUsage`` sink) the usage of every call.
public struct LLMPlayer: PlayerController {
    public let personality: Personality
    public let slug: String
    public let client: LLMClient
    public let config: LLMConfig
    public let fallback: OfflineBot
    /// The client's sink, when it holds decision usage back for the decisions (nil: usage goes
    /// wherever the client's sink sends it).
    public let usage: DecisionUsage?
    /// Tags added to every usage record (game, seat…).
    public let tags: [String: String]

    public init(personality: Personality, slug: String, client: LLMClient, config: LLMConfig,
                usage: DecisionUsage? = nil, tags: [String: String] = [:]) {
        self.personality = personality
        self.slug = slug
        self.client = client
        self.config = config
        self.fallback = OfflineBot(personality: personality)
        self.usage = usage
        self.tags = tags
    }

    public func decide(_ request: DecisionRequest) async -> Decision {
        let prompt = DecisionPrompt(request: request, personality: personality, numbers: promptNumbers(request))
        return await decide(request, prompt: prompt)
    }

    /// Decides with a given prompt. With `parent` (the AI lab re-running capture `parent`, perhaps
    /// with an edited prompt) every call is metered as `debug_rerun` and the capture links to it.
    public func decide(_ request: DecisionRequest, prompt: DecisionPrompt, rerunOf parent: Int64? = nil) async -> Decision {
        guard let legal = request.legal else { return Decision(action: .checkOrCall, source: .fallback(reason: "no legal actions")) }
        let clock = client.clock
        let deadline = clock.now + request.timeout
        let decisionKey = UUID().uuidString
        let firstCall: CallType = parent == nil ? .decision : .debugRerun
        var capture = DecisionCapture(seat: request.seat, handNumber: request.context.handNumber, personality: slug,
                                      provider: config.provider.rawValue, model: config.model, system: prompt.system,
                                      user: prompt.user, promptVersion: DecisionPrompt.version, promptHash: prompt.hash,
                                      turns: [], reply: nil, action: .checkOrCall, clampNote: nil, fallbackReason: nil,
                                      parent: parent, callType: firstCall.rawValue,
                                      request: CapturedRequest(request), decisionKey: decisionKey)
        var messages: [ChatMessage] = [.system(prompt.system), .user(prompt.user)]
        var decision: Decision?
        var refusal: String?
        for turn in 0..<2 {
            let callType: CallType = parent != nil ? .debugRerun : (turn == 0 ? .decision : .correction)
            let remaining = deadline - clock.now
            guard remaining > .milliseconds(200) else {
                capture.turns.append(.init(raw: nil, error: "deadline reached", inputTokens: 0, outputTokens: 0,
                                           latencyMs: 0, requestID: nil, kind: .timeout))
                capture.fallbackReason = "deadline reached"
                break
            }
            let chat = ChatRequest(messages: messages, callType: callType, maxTokens: 400, temperature: 0.7,
                                   responseSchema: DecisionSchema.responseSchema, timeout: remaining, deadline: deadline,
                                   tags: tags.merging(["hand": String(request.context.handNumber), "seat": String(request.seat),
                                                       "personality": slug, "decision": decisionKey]) { $1 })
            let started = clock.now
            let response: ChatResponse
            do {
                response = try await Self.withDeadline(deadline, on: clock) { try await client.complete(chat, config: config) }
            } catch {
                let failure = error as? LLMError
                let message = failure?.userMessage ?? "no answer before the deadline"
                let kind: CaptureErrorKind = switch failure {
                case .timeout?, .cancelled?, nil: .timeout
                default: .transport
                }
                capture.turns.append(.init(raw: nil, error: message, inputTokens: 0, outputTokens: 0,
                                           latencyMs: Self.milliseconds(clock.now - started), requestID: nil,
                                           kind: kind))
                capture.fallbackReason = message
                if case .auth? = failure { refusal = message }
                break
            }
            var entry = DecisionCapture.Turn(raw: response.text, error: nil, inputTokens: response.usage.input,
                                             outputTokens: response.usage.output,
                                             latencyMs: Self.milliseconds(response.latency), requestID: response.requestID)
            do {
                let reply = try DecisionReply.parse(response.text)
                capture.reply = reply
                let result = try ReplyInterpreter.interpret(reply, legal: legal, bigBlind: request.context.bigBlind)
                capture.turns.append(entry)
                capture.clampNote = result.clampNote
                decision = Decision(action: result.action, source: .llm(model: response.model), talk: Self.talk(from: reply),
                                    innerMonologue: reply.innerMonologue, handStrategy: reply.handStrategy,
                                    clampNote: result.clampNote)
                break
            } catch {
                let problem = String(describing: error)
                entry.error = problem
                entry.kind = error is DecisionReply.ParseError ? .parse : .illegal
                capture.turns.append(entry)
                messages += [.assistant(response.text), .user(Self.correction(problem, legal: legal, bigBlind: request.context.bigBlind))]
                if turn == 1 { capture.fallbackReason = "still unusable after a correction: \(problem)" }
            }
        }
        var final = decision ?? Decision(action: fallback.choose(request),
                                         source: .fallback(reason: capture.fallbackReason ?? "no usable answer"))
        final.providerRefusal = refusal
        capture.action = final.action
        final.capture = capture
        final.usage = usage?.take(decisionKey) ?? []
        return final
    }

    /// What a seat says and does at the table after answering `reply` (at most four beats, cleaned).
    public static func talk(from reply: DecisionReply) -> [TalkBeat] {
        reply.dramaticSequence.prefix(4).map { TalkBeat(parsing: TalkQuote.clean($0, limit: 200)) }.filter { !$0.text.isEmpty }
    }

    /// Equity, the core's verdict and its guidance for the prompt, by game mode.
    func promptNumbers(_ request: DecisionRequest) -> DecisionPrompt.Numbers {
        guard request.context.mode.showsEquity else { return .init() }
        guard let analysis = DecisionAnalyzer.analyze(request, action: .checkOrCall) else { return .init() }
        var guidance: String?
        if request.context.mode.showsVerdict,
           let advice = CoreStrategy.advise(view: request.view, profiles: OfflineBot.profiles(request),
                                            seed: request.decisionSeed) {
            guidance = CoreGuidance.text(advice, bigBlind: request.context.bigBlind)
        }
        return .init(equityVsRandom: analysis.equityVsRandom, equityVsRanges: analysis.equityVsRanges,
                     optimal: request.context.mode.showsVerdict ? analysis.optimal.rawValue : nil, guidance: guidance)
    }

    static func correction(_ problem: String, legal: LegalActions, bigBlind: Chips) -> String {
        var options: [String] = []
        if legal.canFold { options.append("fold") }
        options.append(legal.callAmount == .zero ? "check" : "call (\(legal.callAmount) chips)")
        if let minTo = legal.minRaiseTo, let maxTo = legal.maxRaiseTo {
            options.append("raise with raise_to between \(DecisionPrompt.bbNumber(minTo, bigBlind)) and \(DecisionPrompt.bbNumber(maxTo, bigBlind)) BB")
            options.append("all_in")
        }
        return "Your answer could not be used: \(problem). Legal options now: \(options.joined(separator: ", ")). "
            + "Reply again with the JSON object only."
    }

    /// Runs `body`, giving up at `deadline` on `clock` (the client also honours it; this is the guarantee).
    static func withDeadline<T: Sendable>(_ deadline: ContinuousClock.Instant, on clock: any LLMClock,
                                          _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try? await clock.sleep(until: deadline)
                return nil
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let value = next { return value }
                throw CancellationError()
            }
            throw CancellationError()
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
