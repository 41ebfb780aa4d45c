/// What happened at the table level, between hands.
public enum MatchEvent: Hashable, Sendable, Codable {
    case handStarted(number: Int, button: Int, level: Int, blinds: BlindLevel)
    case levelUp(level: Int, blinds: BlindLevel)
    case busted(seat: Int, place: Int)
    case won(seat: Int)
}

/// A freeze-out tournament: hands one after another, the button and blinds placed by the
/// configured `ButtonRule` (the dead button by default), blinds rising by hands played, busted
/// players placed, until one player has every chip. Seats are physical seat numbers
/// 0..<seatCount; each hand maps its position indices to seats.
public struct Match: Hashable, Sendable, Codable {
    public let config: MatchConfig
    public internal(set) var stacks: [Chips]
    /// The button's seat (under the dead-button rule it may be an empty seat).
    public private(set) var button: Int
    /// Where the button and the blinds are in the current (or last) hand; nil before the first
    /// hand (and in games saved before it was recorded).
    public private(set) var layout: SeatLayout?
    /// Hands started so far (the current hand included).
    public private(set) var handsPlayed: Int = 0
    /// Finishing place per seat once busted (1 = winner).
    public internal(set) var places: [Int?]
    /// The hand in progress or the last one played.
    public private(set) var hand: Hand?
    /// Seat of each position index in `hand`.
    public private(set) var handSeats: [Int] = []

    public init(_ config: MatchConfig) throws(MatchError) {
        guard HandConfig.playerRange.contains(config.seatCount) else { throw .seatCount(config.seatCount) }
        guard config.startingStack > .zero else { throw .nonPositiveStartingStack }
        guard !config.schedule.levels.isEmpty else { throw .emptySchedule }
        if let problem = Self.chipProblem(config, stacks: Array(repeating: config.startingStack, count: config.seatCount)) {
            throw problem
        }
        self.config = config
        stacks = Array(repeating: config.startingStack, count: config.seatCount)
        places = Array(repeating: nil, count: config.seatCount)
        var generator = SeededGenerator(seed: config.seed)
        button = Int(generator.next() % UInt64(config.seatCount))
    }

    public var seatsWithChips: [Int] { (0..<config.seatCount).filter { stacks[$0] > .zero } }
    public var isOver: Bool { seatsWithChips.count <= 1 && !isHandInProgress }
    public var isHandInProgress: Bool { hand.map { !$0.isComplete } ?? false }
    public var levelIndex: Int { config.schedule.levelIndex(handsPlayed: max(0, handsPlayed - 1)) }
    public var blinds: BlindLevel { config.schedule.levels[levelIndex] }
    public var winner: Int? { isOver ? seatsWithChips.first : nil }

    /// The deck for hand `number` (1-based): derived from the seed, so a game can be replayed.
    public func deck(forHand number: Int) -> Deck {
        var generator = SeededGenerator.derived(seed: config.seed, index: UInt64(number))
        return Deck.shuffled(using: &generator)
    }

    /// Position index of `seat` in the current hand, if it was dealt in.
    public func position(ofSeat seat: Int) -> Int? { handSeats.firstIndex(of: seat) }

    /// Places the button and blinds (`config.buttonRule`), applies the blind level and deals the
    /// next hand.
    public mutating func startNextHand() throws(MatchError) -> [MatchEvent] {
        guard !isHandInProgress else { throw .handInProgress }
        let live = seatsWithChips
        guard live.count >= 2 else { throw .matchOver }
        var events: [MatchEvent] = []
        let previousLevel = handsPlayed == 0 ? nil : levelIndex
        let next = nextLayout(live: live)
        layout = next
        button = next.button
        handsPlayed += 1
        let blinds = self.blinds
        if let previousLevel, previousLevel != levelIndex { events.append(.levelUp(level: levelIndex, blinds: blinds)) }
        // Positions: clockwise from the first player left of the button seat (PHH order).
        let start = live.firstIndex { $0 > button } ?? 0
        handSeats = Array(live[start...] + live[..<start])
        do {
            hand = try Hand.start(handConfig(layout: next, blinds: blinds), deck: deck(forHand: handsPlayed))
        } catch {
            throw .invalidHand(error)
        }
        events.insert(.handStarted(number: handsPlayed, button: button, level: levelIndex, blinds: blinds), at: 0)
        if hand?.isComplete == true { events += settleHand() }
        return events
    }

    /// Applies a decision by the player in `seat`; returns the hand's new events and any table
    /// events (busts, the winner) when the hand ends.
    public mutating func apply(_ action: Action, bySeat seat: Int) throws(RuleError)
        -> (hand: ArraySlice<HandEvent>, match: [MatchEvent])
    {
        guard var current = hand, !current.isComplete else { throw .handIsOver }
        guard let p = position(ofSeat: seat) else { throw .seatNotDealtIn(seat: seat) }
        let events = try current.apply(action, by: p)
        hand = current
        return (events, current.isComplete ? settleHand() : [])
    }

    /// Seat to act in the current hand.
    public var seatToAct: Int? { hand?.actor.map { handSeats[$0] } }

    /// Copies the finished hand's stacks back to the seats and places busted players: those
    /// busted in the same hand are ranked by the chips they started it with (more is better);
    /// equal starting stacks tie for the better place (listed in seat order).
    mutating func settleHand() -> [MatchEvent] {
        guard let hand, let finishing = hand.finishingStacks else { return [] }
        let remainingBefore = seatsWithChips.count
        for (p, seat) in handSeats.enumerated() { stacks[seat] = finishing[p] }
        let busted = handSeats.enumerated()
            .filter { finishing[$0.offset] == .zero }
            .map { (seat: $0.element, started: hand.config.startingStacks[$0.offset]) }
            .sorted { ($0.started, $1.seat) > ($1.started, $0.seat) }
        var events: [MatchEvent] = []
        let firstPlace = remainingBefore - busted.count + 1
        for (seat, started) in busted {
            let place = firstPlace + busted.filter { $0.started > started }.count
            places[seat] = place
            events.append(.busted(seat: seat, place: place))
        }
        if seatsWithChips.count == 1, let winner = seatsWithChips.first {
            places[winner] = 1
            events.append(.won(seat: winner))
        }
        return events
    }

    func nextSeat(after seat: Int, in live: [Int]) -> Int {
        live.first { $0 > seat } ?? live[0]
    }

    /// Seats ordered by finishing place, then by chips for players still in.
    public var standings: [Int] {
        (0..<config.seatCount).sorted { a, b in
            switch (places[a], places[b]) {
            case let (pa?, pb?): pa < pb
            case (nil, _?): true
            case (_?, nil): false
            case (nil, nil): stacks[a] > stacks[b] || (stacks[a] == stacks[b] && a < b)
            }
        }
    }
}

/// Why a match cannot be created or continued.
public enum MatchError: Error, Hashable, Sendable, CustomStringConvertible {
    case seatCount(Int)
    case nonPositiveStartingStack
    case emptySchedule
    case handInProgress
    case matchOver
    case invalidHand(HandConfigError)
    case tooManyChips(String)

    public var description: String {
        switch self {
        case let .seatCount(n): "a table seats 2 to 9 players, not \(n)"
        case .nonPositiveStartingStack: "the starting stack must be positive"
        case .emptySchedule: "the blind schedule has no levels"
        case .handInProgress: "the current hand is not finished"
        case .matchOver: "the tournament is over"
        case let .invalidHand(error): "cannot deal the hand: \(error)"
        case let .tooManyChips(what): "\(what) (the most a table may hold is \(Chips.maximum.grouped) chips)"
        }
    }
}
