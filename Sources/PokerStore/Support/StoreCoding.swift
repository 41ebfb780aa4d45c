import Foundation
import PokerEngine

/// Text encodings used in the database: ISO-8601 UTC times with milliseconds, compact JSON,
/// cards as concatenated two-character codes (`AsKd7c`).
enum StoreCoding {
    static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func time(_ date: Date) -> String { timeStyle.format(date) }

    static func date(_ text: String) -> Date? { try? timeStyle.parse(text) }

    static func json(_ value: some Encodable) throws -> String {
        let data = try JSONEncoder().encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    static func cards(_ cards: some Sequence<Card>) -> String { cards.map(\.description).joined() }

    static func parseCards(_ text: String) throws -> [Card] { try Card.parseList(text) }

    /// Seeds are UInt64; they are stored as decimal text so that every value survives.
    static func seed(_ seed: UInt64) -> String { String(seed) }
}

extension StoreCoding {
    /// Throws `invalidValue` when `text` is not JSON (SQLite's `json_valid` would refuse it anyway,
    /// with a less helpful message).
    static func requireJSON(_ text: String?, _ what: String, path: String) throws(StoreError) {
        guard let text else { return }
        if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) == nil {
            throw .invalidValue(path: path, reason: "\(what) is not valid JSON")
        }
    }

    static func requireJSON(_ state: AISeatState, path: String) throws(StoreError) {
        try requireJSON(state.psychologyJSON, "the psychology of seat \(state.seat)", path: path)
        try requireJSON(state.opponentModelsJSON, "the opponent models of seat \(state.seat)", path: path)
        try requireJSON(state.sessionMemoryJSON, "the session memory of seat \(state.seat)", path: path)
    }
}
