import PokerEngine

/// Why a subgame cannot be solved: the spot, the ranges or the settings. Each case names what is
/// wrong; `description` is one sentence for a user.
public enum SubgameError: Error, Hashable, Sendable, CustomStringConvertible {
    case boardSize(Int)
    case duplicateBoardCard
    case notHeadsUp
    case invalidPlayerToAct(Int)
    case nonPositiveMinBet
    case negativeChips(player: Int)
    case potSmallerThanBets(pot: Chips, bets: Chips)
    case emptyPot
    case negativeRaiseCount
    case actorAllIn
    case actorAhead
    case betsAlreadyMatched
    case inconsistentCheck(toAct: Int)
    case rangeSize(player: Int, count: Int)
    case invalidWeight(player: Int, combo: HoleCards)
    case emptyRange(player: Int)
    case rangesNeverCompatible
    case invalidSetting(String)
    case treeTooLarge(nodes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .boardSize(n): "the board must have 3, 4 or 5 cards, not \(n)"
        case .duplicateBoardCard: "a board card appears twice"
        case .notHeadsUp: "bets and stacks must list exactly two players (out of position first)"
        case let .invalidPlayerToAct(p): "the player to act must be 0 (out of position) or 1 (in position), not \(p)"
        case .nonPositiveMinBet: "the minimum bet must be positive"
        case let .negativeChips(p): "player \(p) has a negative bet or stack"
        case let .potSmallerThanBets(pot, bets): "the pot (\(pot)) is smaller than this street's bets (\(bets))"
        case .emptyPot: "the pot is empty"
        case .negativeRaiseCount: "the last raise and the raise count cannot be negative"
        case .actorAllIn: "the player to act has no chips behind"
        case .actorAhead: "the player to act already has the larger bet"
        case .betsAlreadyMatched: "this street's bets are already matched, so nobody is to act"
        case let .inconsistentCheck(p):
            p == 1 ? "the player in position facing no bet can only act after a check (streetHasCheck)"
                : "the out-of-position player facing no bet acts first, before any check"
        case let .rangeSize(p, n): "player \(p)'s range has \(n) weights; it needs one per combo (1,326)"
        case let .invalidWeight(p, combo): "player \(p)'s weight for \(combo) is negative or not finite"
        case let .emptyRange(p): "player \(p)'s range is empty once combos that touch the board are removed"
        case .rangesNeverCompatible: "no combo of one range can be held together with any combo of the other"
        case let .invalidSetting(text): text
        case let .treeTooLarge(nodes, limit): "the game tree would have over \(limit) nodes (\(nodes) so far); use fewer bet sizes or sampled cards"
        }
    }
}
