import Foundation
import PokerEngine

/// One PokerStars hand as written, before the engine checks it: amounts as written (`DecimalAmount`),
/// players by name, every line kept with its number for error reports.
struct PokerStarsRecord: Sendable {
    struct Seat: Sendable {
        var number: Int
        var name: String
        var stack: DecimalAmount
        var sittingOut: Bool
        var line: SourceLine
    }

    enum PostKind: String, Sendable { case ante = "the ante", smallBlind = "small blind", bigBlind = "big blind" }

    struct Post: Sendable {
        var name: String
        var kind: PostKind
        var amount: DecimalAmount
        var line: SourceLine
    }

    enum Move: Sendable {
        case fold, check
        case call(DecimalAmount)
        case bet(DecimalAmount)
        /// `raises <by> to <to>`.
        case raise(to: DecimalAmount)
    }

    enum Item: Sendable {
        case street(Street, board: [Card])
        case move(name: String, Move, allIn: Bool)
        case uncalled(name: String, DecimalAmount)
        case collected(name: String, DecimalAmount)
    }

    var handNumber: String
    var header: SourceLine
    var tournament: String?
    /// 1-based tournament level (from the Roman numeral), nil in cash games.
    var level: Int?
    var smallBlind: DecimalAmount
    var bigBlind: DecimalAmount
    /// `USD`, `EUR`… for real-money cash games; nil for tournament chips and play money.
    var currency: String?
    var startedAt: Date?
    var tableName = ""
    var tableSize: Int?
    var buttonSeat = 0
    var seats: [Seat] = []
    var posts: [Post] = []
    /// The hero (`Dealt to NAME [..]`) and every card the history shows, by player.
    var hero: String?
    var knownCards: [String: [Card]] = [:]
    var items: [(item: Item, line: SourceLine)] = []
    var totalPot: DecimalAmount?
    var rake: DecimalAmount?
    var summary: SourceLine?
    /// The last line of the hand's text.
    var lastLine: SourceLine

    var names: Set<String> { Set(seats.map(\.name)) }

    /// Every amount written in the hand (the unit must make each of them whole).
    var amounts: [DecimalAmount] {
        var all = seats.map(\.stack) + posts.map(\.amount) + [smallBlind, bigBlind]
        for (item, _) in items {
            switch item {
            case let .move(_, .call(a), _), let .move(_, .bet(a), _), let .move(_, .raise(a), _),
                 let .uncalled(_, a), let .collected(_, a):
                all.append(a)
            default: break
            }
        }
        return all + [totalPot, rake].compactMap { $0 }
    }
}
