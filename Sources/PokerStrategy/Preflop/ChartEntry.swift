import PokerEngine

/// One preflop chart: the hands that raise and the hands that call (range notation with weights);
/// everything else folds. Parsed once into per-combo frequencies.
public struct ChartEntry: Hashable, Sendable {
    public var raise: String
    public var call: String

    public init(raise: String, call: String) {
        self.raise = raise
        self.call = call
    }

    /// Per-combo frequencies (1,326 each, by `HoleCards.index`): raise first, then call from what
    /// is left, fold the rest.
    public var frequencies: ActionFrequencies {
        let raises = Self.weights(raise)
        let calls = Self.weights(call)
        var result = ActionFrequencies()
        for i in 0..<HoleCards.all.count {
            let r = raises[i]
            let c = min(calls[i], 1 - r)
            result.raise[i] = r
            result.call[i] = c
        }
        return result
    }

    static func weights(_ text: String) -> [Double] {
        var out = [Double](repeating: 0, count: HoleCards.all.count)
        guard text.contains(where: { !$0.isWhitespace }), let range = try? HandRange(parsing: text) else { return out }
        for combo in range.combos { out[combo.cards.index] = combo.weight }
        return out
    }
}

/// Raise and call frequencies for every combo; fold is the rest.
public struct ActionFrequencies: Hashable, Sendable {
    public var raise = [Double](repeating: 0, count: HoleCards.all.count)
    public var call = [Double](repeating: 0, count: HoleCards.all.count)

    public init() {}

    public func fold(_ combo: Int) -> Double { max(0, 1 - raise[combo] - call[combo]) }

    /// Frequencies with every raise turned into a call (for spots where raising is closed).
    public var raisesAsCalls: ActionFrequencies {
        var out = self
        for i in out.raise.indices { out.call[i] = min(1, out.call[i] + out.raise[i]); out.raise[i] = 0 }
        return out
    }
}

/// A (hero, villain) pair of chart seats.
struct SeatPair: Hashable, Sendable {
    let hero: ChartSeat
    let villain: ChartSeat
    init(_ hero: ChartSeat, _ villain: ChartSeat) {
        self.hero = hero
        self.villain = villain
    }
}

/// A seat and whether it has position on its opponent.
struct SeatSide: Hashable, Sendable {
    let seat: ChartSeat
    let inPosition: Bool
    init(_ seat: ChartSeat, inPosition: Bool) {
        self.seat = seat
        self.inPosition = inPosition
    }
}
