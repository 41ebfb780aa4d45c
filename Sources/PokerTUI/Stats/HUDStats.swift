import PokerAI
import PokerEngine
import PokerStore

/// HUD statistics computed from stored hands, by replaying each hand's event log: the same
/// PokerTracker-style definitions the AI players' models use (``OpponentModel``), so the numbers
/// are replayable and testable. Only public facts count (hole cards are never read).
public enum HUDStats {
    /// A finished hand with the table facts the statistics need.
    public struct TableHand: Sendable {
        public var hand: Hand
        /// Seat of each position.
        public var seats: [Int]
        public var number: Int
        public var button: Int
        public var blinds: BlindLevel
        public var level: Int

        /// A finished hand and where it was played.
        public init(hand: Hand, seats: [Int], number: Int, button: Int, blinds: BlindLevel, level: Int) {
            self.hand = hand
            self.seats = seats
            self.number = number
            self.button = button
            self.blinds = blinds
            self.level = level
        }

        /// A stored hand replayed through the engine.
        public init(stored: StoredHand) throws(HandReplayError) {
            self.init(hand: try stored.replay(), seats: stored.seats, number: stored.number, button: stored.buttonSeat,
                      blinds: stored.blinds, level: stored.level)
        }
    }

    /// One model per seat that was dealt in at least once.
    public static func models(_ hands: [TableHand], seatNames: [String]) -> [Int: OpponentModel] {
        var models: [Int: OpponentModel] = [:]
        for table in hands where table.hand.isComplete {
            let context = TableContext(seatNames: seatNames, handSeats: table.seats, button: table.button,
                                       handNumber: table.number, blinds: table.blinds, levelIndex: table.level, mode: .standard)
            let recap = HandRecap.make(hand: table.hand, context: context)
            for player in recap.players { models[player.seat, default: OpponentModel()].record(player, in: recap) }
        }
        return models
    }

    /// A HUD row for every seat, in seat order.
    public static func lines(_ hands: [TableHand], seatNames: [String], humanSeat: Int?) -> [HUDLine] {
        let models = models(hands, seatNames: seatNames)
        return seatNames.indices.map { seat in
            HUDLine(name: seatNames[seat], isHuman: seat == humanSeat, model: models[seat] ?? OpponentModel())
        }
    }
}

/// Every seat's chips over a game: the starting stack, then the stack after each hand.
public struct StackSeries: Hashable, Sendable {
    public var names: [String]
    /// `values[seat][k]`: chips after hand k (k = 0: the start).
    public var values: [[Int]]
    public var humanSeat: Int?

    /// A series from its values.
    public init(names: [String], values: [[Int]], humanSeat: Int?) {
        self.names = names
        self.values = values
        self.humanSeat = humanSeat
    }

    /// The series from finished hands (seat of each position and finishing stacks), in order.
    public static func make(names: [String], startingStack: Chips, humanSeat: Int?,
                            hands: [(seats: [Int], finishing: [Chips])]) -> StackSeries {
        var current = Array(repeating: startingStack.rawValue, count: names.count)
        var values = current.map { [$0] }
        for hand in hands {
            for (p, seat) in hand.seats.enumerated() where current.indices.contains(seat) && hand.finishing.indices.contains(p) {
                current[seat] = hand.finishing[p].rawValue
            }
            for seat in current.indices {
                if !hand.seats.contains(seat) { current[seat] = 0 }
                values[seat].append(current[seat])
            }
        }
        return StackSeries(names: names, values: values, humanSeat: humanSeat)
    }

    /// Hands covered.
    public var handCount: Int { max(0, (values.first?.count ?? 1) - 1) }
}
