/// What a seat remembers about its own talk, saved with the game so resumed games talk the same:
/// its last lines (never said twice in a row) and how long it has been quiet.
public struct TalkMemory: Codable, Sendable, Hashable {
    /// Lines avoided when others are available.
    public static let recentKept = 4

    /// The last lines said, oldest first.
    public private(set) var recentLines: [String] = []
    /// Own actions since the seat last talked after acting (starts as if it had not talked lately).
    public private(set) var actionsSinceTalk = TalkRates.silenceStart - 1
    /// Remarks made so far (after actions, after hands and in reply).
    public private(set) var remarks = 0

    public init() {}

    /// The last line said.
    public var lastLine: String? { recentLines.last }

    /// Remembers a line.
    public mutating func said(_ line: String) {
        recentLines.append(line)
        if recentLines.count > Self.recentKept { recentLines.removeFirst(recentLines.count - Self.recentKept) }
        remarks += 1
    }

    /// Counts an action after which the seat talked (`true`) or stayed quiet.
    public mutating func acted(talked: Bool) {
        actionsSinceTalk = talked ? 0 : actionsSinceTalk + 1
    }
}
