import PokerStore

/// The replay viewer: a hand browser for one game, and the hand being stepped through.
public struct ReplayState: Equatable, Sendable {
    public var browser: HandBrowserState?
    public var viewer: ReplayViewerState?
    /// "Loading…", an export's file names, or what failed.
    public var notice: String?
    public var showingHelp = false

    /// A replay screen showing what it is given.
    public init(browser: HandBrowserState? = nil, viewer: ReplayViewerState? = nil, notice: String? = nil) {
        self.browser = browser
        self.viewer = viewer
        self.notice = notice
    }
}

/// The hands of one game, filtered.
public struct HandBrowserState: Hashable, Sendable {
    /// Which hands are listed.
    public enum Filter: Int, CaseIterable, Hashable, Sendable {
        case all, biggestPots, showdowns, aiMistakes

        /// The filter's name on its tab.
        public var label: String {
            switch self {
            case .all: "all hands"
            case .biggestPots: "biggest pots"
            case .showdowns: "showdowns"
            case .aiMistakes: "AI mistakes"
            }
        }
    }

    public var game: GameSummary
    public var hands: [HandSummary]
    /// AI mistakes per hand number (from the stored verdicts).
    public var mistakes: [Int: Int]
    public var filter: Filter = .all
    public var selected = 0

    /// The browser over a game's hands, unfiltered.
    public init(game: GameSummary, hands: [HandSummary], mistakes: [Int: Int]) {
        self.game = game
        self.hands = hands
        self.mistakes = mistakes
    }

    /// The hands the filter lets through, in its order.
    public var listed: [HandSummary] {
        switch filter {
        case .all: hands
        case .biggestPots: hands.filter { $0.totalPot != nil }.sorted { ($0.totalPot ?? .zero) > ($1.totalPot ?? .zero) }
        case .showdowns: hands.filter { $0.showdown == true }
        case .aiMistakes: hands.filter { (mistakes[$0.number] ?? 0) > 0 }
        }
    }
}

/// One hand being stepped through.
public struct ReplayViewerState: Hashable, Sendable {
    public var hand: ReplayHand
    /// 0 = as dealt; k = after decision k.
    public var frame: Int
    /// The side panel shows the hand's table talk instead of the decision and the log.
    public var showTalk = false

    /// The viewer on `hand`, at `frame` (as dealt by default).
    public init(hand: ReplayHand, frame: Int = 0) {
        self.hand = hand
        self.frame = frame
    }
}

/// Replay work for the effects.
public enum ReplayRequest: Sendable {
    /// The hands of a game, its verdicts and its summary.
    case loadHands(gameID: Int64)
    /// One hand, ready to step through.
    case loadHand(handID: Int64)
    /// Write a hand as PHH and PokerStars text files.
    case export(handID: Int64)
}

/// Replay results.
public enum ReplayMsg: Sendable {
    case handsLoaded(HandBrowserState)
    case handLoaded(ReplayHand, browser: HandBrowserState?)
    case exported(String)
    case failed(String)
}
