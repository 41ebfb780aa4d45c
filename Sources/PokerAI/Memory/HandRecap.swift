import PokerEngine

/// A finished hand summarised per seat, for psychology, opponent models, session memory and
/// commentary. Built once by ``make(hand:context:allInEquity:)``; seats are physical seats.
public struct HandRecap: Codable, Sendable, Hashable {
    /// One pot as paid out.
    public struct PotResult: Codable, Sendable, Hashable {
        public var amount: Chips
        /// Seats that could win it.
        public var eligible: [Int]
        /// Seats that won it, with their shares (parallel arrays).
        public var winners: [Int]
        public var shares: [Chips]
        /// Decided by showing hands (false when everybody else folded).
        public var atShowdown: Bool
    }

    /// A player who lost their last chip, and who took it.
    public struct Elimination: Codable, Sendable, Hashable {
        public var seat: Int
        /// Winners of the last pot the player could win.
        public var by: [Int]
    }

    /// 1-based hand number in the game.
    public var handNumber: Int
    public var bigBlind: Chips
    public var board: [Card]
    /// Players dealt in, by position.
    public var players: [PlayerRecap]
    public var pots: [PotResult]
    public var eliminations: [Elimination]
    /// Seat of the last preflop raiser, if anybody raised.
    public var preflopAggressor: Int?

    /// The player at `seat`, if dealt in.
    public subscript(seat seat: Int) -> PlayerRecap? { players.first { $0.seat == seat } }

    /// Seats dealt in.
    public var seats: [Int] { players.map(\.seat) }

    /// All chips paid out.
    public var totalPot: Chips { pots.reduce(.zero) { $0 + $1.amount } }

    /// The pot in big blinds.
    public var potBigBlinds: Double { totalPot.inBigBlinds(bigBlind) }

    /// Whether any pot was decided by showing hands.
    public var wentToShowdown: Bool { pots.contains { $0.atShowdown } }

    /// Seats that won chips, in pot order, without repeats.
    public var winners: [Int] {
        var seen: [Int] = []
        for pot in pots { for w in pot.winners where !seen.contains(w) { seen.append(w) } }
        return seen
    }

    /// The last street dealt.
    public var streetReached: Street {
        switch board.count {
        case 5...: .river
        case 4: .turn
        case 3: .flop
        default: .preflop
        }
    }

    /// Who took chips from `seat`: the first winner of the largest pot the seat could win and did
    /// not (for a folder, the first winner of the main pot). Nil when the seat won all it could.
    public func beatenBy(_ seat: Int) -> Int? {
        let lost = pots.filter { $0.eligible.contains(seat) && !$0.winners.contains(seat) }
        if let biggest = lost.max(by: { $0.amount < $1.amount }) { return biggest.winners.first }
        if let player = self[seat: seat], player.foldedOn != nil { return pots.first?.winners.first }
        return nil
    }

    /// The seats that eliminated `seat` in this hand (empty when it survived).
    public func eliminators(of seat: Int) -> [Int] { eliminations.first { $0.seat == seat }?.by ?? [] }
}
