import Foundation
import PokerEngine

/// The inputs of one decision, kept with its prompt capture so the AI lab can rebuild the prompt
/// with other options, re-send it and re-judge the answer: the seat's view, the table, the recent
/// talk, the seat's mind and the seeds. Nothing here is more than the deciding seat could see.
public struct CapturedRequest: Hashable, Sendable, Codable {
    /// Format of the stored JSON; bumped when a field changes meaning.
    public static let version = 1

    public var version: Int
    public var view: SeatView
    public var context: TableContext
    public var recentTalk: [TableMessage]
    public var decisionIndex: Int
    public var mind: SeatMind?
    public var gameSeed: UInt64
    /// The decision's deadline in seconds.
    public var timeoutSeconds: Double

    /// The essentials of `request`.
    public init(_ request: DecisionRequest) {
        version = Self.version
        view = request.view
        context = request.context
        recentTalk = request.recentTalk
        decisionIndex = request.decisionIndex
        mind = request.mind
        gameSeed = request.gameSeed
        let parts = request.timeout.components
        timeoutSeconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// The request again, optionally in another game mode or with another deadline.
    public func request(mode: GameMode? = nil, timeout: Duration? = nil) -> DecisionRequest {
        var context = self.context
        if let mode { context.mode = mode }
        return DecisionRequest(view: view, context: context, recentTalk: recentTalk,
                               timeout: timeout ?? .milliseconds(Int((timeoutSeconds * 1000).rounded())),
                               decisionIndex: decisionIndex, mind: mind, gameSeed: gameSeed)
    }

    /// Compact JSON (keys sorted) for the database.
    public func json() throws(CapturedRequestError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            throw .unencodable(String(describing: error))
        }
    }

    /// Reads stored JSON back.
    public static func decode(_ text: String) throws(CapturedRequestError) -> CapturedRequest {
        let decoded: CapturedRequest
        do {
            decoded = try JSONDecoder().decode(CapturedRequest.self, from: Data(text.utf8))
        } catch {
            throw .unreadable(String(describing: error))
        }
        guard decoded.version <= Self.version else { throw .newerFormat(decoded.version) }
        return decoded
    }
}

/// Why a capture's decision inputs cannot be stored or read back.
public enum CapturedRequestError: Error, Hashable, Sendable, CustomStringConvertible {
    case unencodable(String)
    case unreadable(String)
    case newerFormat(Int)

    public var description: String {
        switch self {
        case let .unencodable(reason): "the decision inputs could not be encoded (\(reason))"
        case let .unreadable(reason): "the stored decision inputs cannot be read (\(reason))"
        case let .newerFormat(version): "the stored decision inputs use format \(version), newer than this program knows"
        }
    }
}
