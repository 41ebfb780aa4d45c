import PokerAI
import PokerEngine

/// A one-line account of a finished hand, for headless play and logs.
public struct HandReport: Sendable {
    public let number: Int
    public let blinds: BlindLevel
    public let lines: [String]

    public init(state: GameState, step: GameStep) {
        let match = state.match
        number = match.handsPlayed
        blinds = match.blinds
        var parts: [String] = []
        guard let hand = match.hand else { lines = []; return }
        var winnings: [Int: Chips] = [:]
        var ranks: [Int: HandRank] = [:]
        for case let .potAwarded(_, _, _, winners, shares, rank) in hand.events {
            for (p, share) in zip(winners, shares) {
                winnings[p, default: .zero] += share
                if let rank { ranks[p] = rank }
            }
        }
        for (p, amount) in winnings.sorted(by: { $0.key < $1.key }) {
            let seat = match.handSeats[p]
            let how = ranks[p].map { " with \($0.description.lowercasedFirst)" } ?? ""
            parts.append("\(state.name(ofSeat: seat)) \(Self.verb("wins", for: state.name(ofSeat: seat))) \(amount)\(how)")
        }
        for event in step.matchEvents {
            switch event {
            case let .busted(seat, place): parts.append("\(state.name(ofSeat: seat)) out (\(Self.ordinal(place)))")
            case let .won(seat): parts.append("\(state.name(ofSeat: seat)) \(Self.verb("wins", for: state.name(ofSeat: seat))) the tournament")
            case let .levelUp(level, blinds): parts.append("level \(level + 1) \(blinds)")
            case .handStarted: break
            }
        }
        lines = parts
    }

    public var text: String { "Hand \(number) (\(blinds)): " + lines.joined(separator: "; ") }

    /// "wins" for a player, "win" for "You".
    static func verb(_ thirdPerson: String, for name: String) -> String {
        name == "You" && thirdPerson.hasSuffix("s") ? String(thirdPerson.dropLast()) : thirdPerson
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
