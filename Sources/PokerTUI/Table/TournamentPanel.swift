import PokerEngine
import PokerGame

/// The numbers a tournament player keeps an eye on: players left, the average stack, the
/// human's rank by chips, and the next blind level with how many hands until it.
public struct TournamentPanel: Hashable, Sendable {
    public var playersLeft: Int
    public var entrants: Int
    public var averageStack: Chips
    /// 1 = the chip leader; nil when the human is out (or only watching).
    public var rank: Int?
    public var stack: Chips?
    public var level: Int
    public var blinds: String
    /// The next level's blinds and the hands until it; nil on the last level.
    public var next: (blinds: String, inHands: Int)?

    /// The panel for `game` as the human in `humanSeat` sees it.
    public init(game: GameState, humanSeat: Int?) {
        let match = game.match
        let live = match.seatsWithChips
        entrants = match.config.seatCount
        playersLeft = live.count
        averageStack = live.isEmpty ? .zero : Chips(match.stacks.reduce(0) { $0 + $1.rawValue } / live.count)
        if let human = humanSeat, match.stacks.indices.contains(human), match.stacks[human] > .zero {
            stack = match.stacks[human]
            rank = 1 + live.filter { match.stacks[$0] > match.stacks[human] }.count
        }
        let schedule = match.config.schedule
        level = match.levelIndex + 1
        blinds = Format.blinds(match.blinds, anteStyle: schedule.anteStyle)
        if match.levelIndex < schedule.levels.count - 1 {
            let inHands = (match.levelIndex + 1) * schedule.handsPerLevel + 1 - max(1, match.handsPlayed)
            next = (Format.blinds(schedule.levels[match.levelIndex + 1], anteStyle: schedule.anteStyle), max(1, inHands))
        }
    }

    public static func == (lhs: TournamentPanel, rhs: TournamentPanel) -> Bool { lhs.lines(bigBlind: nil) == rhs.lines(bigBlind: nil) }
    public func hash(into hasher: inout Hasher) { hasher.combine(lines(bigBlind: nil)) }

    /// The panel as lines: `Players 4 of 6`, `Average 2,250`, `Your rank 2nd (3,100)`,
    /// `Level 2 · 15/30`, `Next 20/40 in 3 hands`.
    public func lines(bigBlind: Chips?) -> [String] {
        var lines = ["Players \(playersLeft) of \(entrants)", "Average \(Format.amount(averageStack, bigBlind: bigBlind))"]
        if let rank, let stack {
            lines.append("Your rank \(Format.ordinal(rank)) of \(playersLeft) (\(Format.amount(stack, bigBlind: bigBlind)))")
        } else {
            lines.append("You are out")
        }
        lines.append("Level \(level) \u{00B7} \(blinds)")
        if let next {
            lines.append("Next \(next.blinds) in \(next.inHands) hand\(next.inHands == 1 ? "" : "s")")
        } else {
            lines.append("Last level")
        }
        return lines
    }
}
