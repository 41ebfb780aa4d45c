/// One node of the solver's tree, plain data for the hot loops. Children of a node are the
/// consecutive nodes `firstChild ..< firstChild + childCount` (one per action, or per dealt card).
struct TreeNode: Sendable, BitwiseCopyable {
    enum Kind: UInt8, Sendable, BitwiseCopyable {
        case decision, chance, fold, showdown, equity
    }

    var kind: Kind
    /// Decision: the player to act. Fold: the player who folded.
    var player: Int
    var firstChild: Int
    var childCount: Int
    /// Decision: where the acting player's per-action, per-hand values start
    /// (`storage + action * hands + hand`).
    var storage: Int
    /// Showdown and equity: half the final pot (the winner's gain over a tie).
    var halfPot: Float
    /// Fold: what each player gets, relative to its tie value (see `SubgameTree.bias`).
    var foldPayoff0: Float
    var foldPayoff1: Float
    /// Showdown: the strength table. Equity: the index into `SubgameTree.equitySources`.
    var table: Int
    /// Chance: the factor applied to the opponent's reach below each dealt card.
    var chanceScale: Float

    init(kind: Kind) {
        self.kind = kind
        player = 0
        firstChild = 0
        childCount = 0
        storage = 0
        halfPot = 0
        foldPayoff0 = 0
        foldPayoff1 = 0
        table = 0
        chanceScale = 1
    }
}

/// How an equity terminal averages over the cards to come.
enum EquitySource: Sendable {
    /// One card to come: the strength tables `first ..< first + count` (one per river), each
    /// weighted by `scale`.
    case rivers(first: Int, count: Int, scale: Float)
    /// Two cards to come: a pairwise matrix in `SubgameTree.matrices`.
    case matrix(Int)
}
