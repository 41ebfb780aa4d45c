import PokerEngine

/// How the core solves a heads-up street (`HeadsUpSolving`). The tree keeps the default sizes
/// (33%, 75%, pot; raises to 2.75×; all-in) plus every size actually used on the street, so the
/// real line is always in the tree. Chance: the river is solved exactly; the turn plays every
/// street with a seeded sample of river cards; the flop plays its own betting and then gives each
/// player its all-in equity over a seeded sample of runouts (the documented coarse mode).
public struct SolveSettings: Hashable, Sendable {
    public var flopRunouts: Int
    public var turnRiverCards: Int
    public var iterations: Int
    /// Stop early at this exploitability (% of the pot).
    public var target: Double

    public init(flopRunouts: Int = 120, turnRiverCards: Int = 6, iterations: Int = 200, target: Double = 1) {
        self.flopRunouts = flopRunouts
        self.turnRiverCards = turnRiverCards
        self.iterations = iterations
        self.target = target
    }

    public static let standard = SolveSettings()

    /// The chance handling for a street's solve.
    func chance(street: Street, seed: UInt64) -> ChanceOptions {
        switch street {
        case .flop: .thisStreetThenEquity(runouts: flopRunouts, seed: seed)
        case .turn: ChanceOptions(horizon: .full, riverCards: turnRiverCards, equityRunouts: nil, seed: seed)
        default: .full
        }
    }

    /// The abstraction for a street, per player (0 = out of position): a player who has already
    /// bet or raised on the street plays only the sizes it used there (so its whole betting range
    /// goes down the line it took, as Bayes with its strategy asks), the other keeps the default
    /// sizes with any of its own observed sizes in place of the nearest default. All-in is offered as
    /// its own size only when it is at most `maxAllInOverbet` pots (`spr` = effective stack ÷ pot
    /// at the street's start); deeper, the sizes that come near the stack still become all-in, but
    /// no 10-pot shove is offered, as in the trees players solve.
    func abstraction(observedBets bets: [[Double]], observedRaises raises: [[Double]], spr: Double) -> BetAbstraction {
        let base = BetSizing.standard
        let shallow = spr <= Self.maxAllInOverbet
        let sizings = (0..<2).map { p in
            BetSizing(bets: bets[p].isEmpty ? base.betFractions : Self.merged([], bets[p]),
                      raiseMultiples: raises[p].isEmpty ? base.raiseMultiples : Self.merged([], raises[p]), allIn: shallow)
        }
        let later = BetSizing(bets: [0.75], raiseMultiples: [2.75], allIn: spr <= Self.maxAllInOverbet * 2.5)
        return BetAbstraction(oop: sizings[0], ip: sizings[1], laterOOP: later, laterIP: later, maxRaisesPerStreet: 3,
                              donkBets: true)
    }

    /// The largest all-in, in pots, offered as a size of its own.
    static let maxAllInOverbet = 2.5

    static func merged(_ base: [Double], _ observed: [Double]) -> [Double] {
        var out = base
        var replaced = Set<Int>()
        for value in observed where value.isFinite && value > 0 {
            if out.contains(where: { abs($0 - value) < 0.005 }) { continue }
            let nearest = out.indices.filter { !replaced.contains($0) }.min { abs(out[$0] - value) < abs(out[$1] - value) }
            if let nearest, abs(out[nearest] - value) <= 0.35 * max(value, out[nearest]) {
                out[nearest] = value
                replaced.insert(nearest)
            } else {
                out.append(value)
                replaced.insert(out.count - 1)
            }
        }
        return out.sorted()
    }
}
