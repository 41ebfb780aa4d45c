/// A main or side pot: its chips and the players who can win it.
public struct Pot: Hashable, Sendable, Codable {
    public var amount: Chips
    /// Position indices, ascending.
    public var eligible: [Int]

    public init(amount: Chips, eligible: [Int]) {
        self.amount = amount
        self.eligible = eligible
    }

    /// Builds pots as PokerKit does: one layer per distinct level of `collected` chips; a layer is
    /// won among `live` players whose `pending` total (collected plus current bet) reaches it;
    /// adjacent layers with the same eligible players merge. `deadMoney` (antes without
    /// trimming) goes to the first layer.
    static func build(collected: [Chips], pending: [Chips], live: [Bool], deadMoney: Chips = .zero) -> [Pot] {
        var levels = collected.map(\.rawValue)
        levels.sort()
        var pots: [Pot] = []
        var previous = 0
        var amount = deadMoney
        for (k, level) in levels.enumerated() where k == 0 || levels[k - 1] != level {
            var eligible: [Int] = []
            for i in collected.indices {
                if collected[i].rawValue >= level { amount += Chips(level - previous) }
                if pending[i].rawValue >= level && live[i] { eligible.append(i) }
            }
            while let last = pots.last, last.eligible == eligible {
                amount += last.amount
                pots.removeLast()
            }
            if amount > .zero { pots.append(Pot(amount: amount, eligible: eligible)) }
            amount = .zero
            previous = level
        }
        return pots
    }
}
