/// Something that happened to a character and moves its traits, tilt and emotions.
/// Hand events come from ``PressureDetector``; chat events from the caller (see ``ChatClassifier``).
public struct PressureEvent: Codable, Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// Won chips in the hand (net at least ``PressureRules/minimumWinBigBlinds``).
        case wonPot = "won_pot"
        /// Won a lot: in big blinds or as a share of the stack (see ``PressureRules``).
        case bigWin = "big_win"
        /// Won at least the whole starting stack in one hand.
        case doubledUp = "doubled_up"
        /// Won uncontested after betting or raising on the turn or river with a weak hand.
        case successfulBluff = "successful_bluff"
        /// Took the last chips of an opponent.
        case eliminatedOpponent = "eliminated_opponent"
        /// Lost chips at showdown (net < 0).
        case lostAtShowdown = "lost_at_showdown"
        /// Folded after putting in a lot (see ``PressureRules/costlyFoldBigBlinds``).
        case costlyFold = "costly_fold"
        /// Lost a lot: in big blinds or as a share of the stack. Folders lose only what they put in.
        case bigLoss = "big_loss"
        /// Survived with a small fraction of the starting stack.
        case crippled
        /// Was the favourite when all the money went in, and lost.
        case badBeat = "bad_beat"
        /// Bet or raised with a weak hand, got called and lost with the weakest hand shown.
        case bluffCalled = "bluff_called"
        /// Lost the last chip.
        case eliminated
        /// A player taunted them (the caller classifies the chat).
        case needled
        /// A player praised them.
        case praised

        /// A short label for logs and status lines: "bad beat", "big loss".
        public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
    }

    public var kind: Kind
    /// The other seat involved (who beat them, who they busted, who taunted them), if any.
    public var opponent: Int?
    /// Chips involved, in big blinds (net won or lost; 0 for chat).
    public var bigBlinds: Double
    /// Scale of the effect, 1 by default (chat aimed at the whole table counts half).
    public var intensity: Double

    public init(_ kind: Kind, opponent: Int? = nil, bigBlinds: Double = 0, intensity: Double = 1) {
        self.kind = kind
        self.opponent = opponent
        self.bigBlinds = bigBlinds
        self.intensity = intensity
    }
}
