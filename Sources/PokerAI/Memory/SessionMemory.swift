import PokerEngine

/// A seat's own results this game: hands played and won, net, streak, biggest pots, recent hands.
public struct SessionMemory: Codable, Sendable, Hashable {
    /// One hand's result.
    public struct Result: Codable, Sendable, Hashable {
        public var handNumber: Int
        public var net: Chips
        public var netBigBlinds: Double
        public var outcome: HandOutcome
    }

    /// Recent results kept.
    public static let recentKept = 10

    public private(set) var handsPlayed = 0
    public private(set) var handsWon = 0
    public private(set) var netChips = Chips.zero
    public private(set) var netBigBlinds = 0.0
    /// +n after n wins in a row, −n after n losses in a row (showdown losses and costly folds, as
    /// for tilt); other hands leave it as it is.
    public private(set) var streak = 0
    public private(set) var biggestWin: Result?
    public private(set) var biggestLoss: Result?
    /// The last results, oldest first.
    public private(set) var recent: [Result] = []

    public init() {}

    /// Records this seat's hand; `events` are its pressure events for the hand (for the streak).
    public mutating func record(_ player: PlayerRecap, handNumber: Int, events: [PressureEvent]) {
        let result = Result(handNumber: handNumber, net: player.net, netBigBlinds: player.netBigBlinds,
                            outcome: player.outcome)
        handsPlayed += 1
        netChips += player.net
        netBigBlinds += player.netBigBlinds
        if player.outcome == .won { handsWon += 1 }
        let kinds = Set(events.map(\.kind))
        if kinds.contains(.wonPot) {
            streak = max(streak, 0) + 1
        } else if kinds.contains(.lostAtShowdown) || kinds.contains(.costlyFold) {
            streak = min(streak, 0) - 1
        }
        if player.net > .zero, player.net > (biggestWin?.net ?? .zero) { biggestWin = result }
        if player.net < .zero, player.net < (biggestLoss?.net ?? .zero) { biggestLoss = result }
        recent.append(result)
        if recent.count > Self.recentKept { recent.removeFirst(recent.count - Self.recentKept) }
    }

    /// One or two lines for a prompt: "Session: 34 hands, won 6; up 12.5 BB. Lost 3 in a row.
    /// Last hands: #32 won 4.0 BB, #33 folded, #34 lost 12.0 BB."
    public var summary: String {
        guard handsPlayed > 0 else { return "Session: no hands played yet." }
        let direction = netBigBlinds >= 0 ? "up" : "down"
        let hands = "\(handsPlayed) hand\(handsPlayed == 1 ? "" : "s")"
        var text = "Session: \(hands), won \(handsWon); \(direction) \(Self.bb(abs(netBigBlinds))) BB."
        if streak >= 2 { text += " Won \(streak) in a row." }
        if streak <= -2 { text += " Lost \(-streak) in a row." }
        let last = recent.suffix(3).map { r -> String in
            switch r.outcome {
            case .won: "#\(r.handNumber) won \(Self.bb(r.netBigBlinds)) BB"
            case .lostAtShowdown: "#\(r.handNumber) lost \(Self.bb(-r.netBigBlinds)) BB"
            case .folded: "#\(r.handNumber) folded" + (r.net < .zero ? " (−\(Self.bb(-r.netBigBlinds)) BB)" : "")
            case .brokeEven: "#\(r.handNumber) broke even"
            }
        }
        if !last.isEmpty { text += " Last hands: " + last.joined(separator: ", ") + "." }
        return text
    }

    static func bb(_ x: Double) -> String { OpponentModel.oneDecimal(x) }
}
