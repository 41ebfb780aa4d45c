import LLMClient
import PokerAI
import PokerStore

/// LLM seats answering the human's table talk: those addressed by name (or provoked by a
/// needle or praise) reply in character on the fast model, metered as `chat` calls. The usage of
/// those calls is written here, after the replies, in one transaction; a failed write is reported
/// with the replies, never dropped in silence.
public enum LLMChat {
    /// The seats' replies, and the store's refusal of their calls' usage rows (nil when written).
    public struct Reply: Sendable {
        public var messages: [TableMessage]
        public var usageFailure: StoreError?

        public init(messages: [TableMessage], usageFailure: StoreError? = nil) {
            self.messages = messages
            self.usageFailure = usageFailure
        }
    }

    public typealias Responder = @Sendable (_ game: GameState, _ gameID: GameID?, _ text: String, _ fromSeat: Int)
        async -> Reply

    public static func responder(config: LLMConfig, store: GameStore?, transport: (any HTTPTransport)? = nil) -> Responder {
        return { state, game, text, human in
            let sink = InMemoryUsageSink()
            let client = transport.map { LLMClient(transport: $0, usageSink: sink) } ?? LLMClient(usageSink: sink)
            var messages: [TableMessage] = []
            for (seat, personality) in state.personalities.sorted(by: { $0.key < $1.key })
            where state.setup.seats[seat].kind == .llm {
                let chat = HumanChat(text: text, to: personality, from: human)
                guard chat.addressed || chat.tone != .neutral else { continue }
                var tags = ["seat": String(seat), "hand": String(state.match.handsPlayed)]
                if let game { tags["game"] = String(game.rawValue) }
                let talker = LLMTableTalker(personality: personality, client: client, config: config, tags: tags)
                let beats = await talker.reply(to: text, from: state.name(ofSeat: human), mind: state.minds[seat],
                                               context: state.context)
                    ?? {
                        var mind = state.minds[seat] ?? SeatMind(personality: personality)
                        let seed = TalkSeed.make(gameSeed: state.seed, handNumber: state.match.handsPlayed, seat: seat,
                                                 beat: 20_000 + state.recentTalk.count)
                        return mind.reply(to: chat, personality: personality, seed: seed)
                    }()
                for beat in beats {
                    messages.append(TableMessage(seat: seat, kind: beat.kind == .gesture ? .gesture : .speech, text: beat.text,
                                                 handNumber: state.match.handsPlayed))
                }
            }
            guard let store else { return Reply(messages: messages) }
            do throws(StoreError) {
                try await store.recordUsage(sink.records.map(StoreTelemetry.usageRow))
                return Reply(messages: messages)
            } catch {
                return Reply(messages: messages, usageFailure: error)
            }
        }
    }
}
