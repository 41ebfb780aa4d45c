import Foundation
import PokerAI
import PokerEngine
import PokerStore

/// Converts the game's values to the store's rows and back.
enum StoreMapping {
    struct SessionAndTalk: Codable {
        var session: SessionMemory
        var talk: TalkMemory
    }

    static func aiState(seat: Int, mind: SeatMind) -> AISeatState {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func text<T: Encodable>(_ value: T) -> String? {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
        }
        return AISeatState(seat: seat, psychologyJSON: text(mind.psychology), opponentModelsJSON: text(mind.opponents),
                           sessionMemoryJSON: text(SessionAndTalk(session: mind.session, talk: mind.talk)))
    }

    /// Restores a seat's mind; parts that cannot be read start fresh (the game goes on).
    static func mind(from state: AISeatState, personality: Personality) -> SeatMind {
        var mind = SeatMind(personality: personality)
        let decoder = JSONDecoder()
        if let json = state.psychologyJSON, let value = try? decoder.decode(Psychology.self, from: Data(json.utf8)) {
            mind.psychology = value
        }
        if let json = state.opponentModelsJSON,
           let value = try? decoder.decode([Int: OpponentModel].self, from: Data(json.utf8)) {
            mind.opponents = value
        }
        if let json = state.sessionMemoryJSON, let value = try? decoder.decode(SessionAndTalk.self, from: Data(json.utf8)) {
            mind.session = value.session
            mind.talk = value.talk
        }
        return mind
    }

    static func stored(_ message: PokerAI.TableMessage) -> StoredMessage {
        let kind: StoredMessage.Kind = switch message.kind {
        case .speech: .speech
        case .gesture: .gesture
        case .chat: .chat
        case .commentary: .commentary
        case .system: .system
        }
        return StoredMessage(handNumber: message.handNumber, seat: message.seat, kind: kind, text: message.text)
    }

    static func message(_ stored: StoredMessage) -> PokerAI.TableMessage {
        let kind: PokerAI.TableMessage.Kind = switch stored.kind {
        case .speech: .speech
        case .gesture: .gesture
        case .chat: .chat
        case .commentary: .commentary
        case .system: .system
        }
        return PokerAI.TableMessage(seat: stored.seat, kind: kind, text: stored.text, handNumber: stored.handNumber ?? 0)
    }
}
