import PokerEngine

/// Realistic heads-up spots for `pokerface bench --only solver` and the solver's heavy tests: a
/// 100-big-blind single-raised pot, button open (2.5 BB) called by the big blind, narrowed along
/// the line played with `HandShape` (which hands continue, which bet, which give up), on ten
/// varied boards. Chips: big blind 100, stacks 10,000.
///
/// - River: flop c-bet 33 % called, then turn bet 75 % called, or turn checked through; 20 spots.
/// - Turn: flop c-bet called; the big blind to act on the turn.
/// - Flop: the big blind to act on the flop.
public enum SolverBenchmark {
    /// One named spot.
    public struct Spot: Sendable {
        public let name: String
        public let problem: SubgameProblem
    }

    /// The button's opening range (about 45 %) and the big blind's flat-calling range against it.
    public static let buttonOpen = "22+,A2s+,K2s+,Q4s+,J6s+,T6s+,96s+,85s+,75s+,64s+,54s,A2o+,K8o+,Q9o+,J9o+,T8o+,98o"
    public static let bigBlindCall = "22-99,A2s-AJs,K2s+,Q2s+,J4s+,T6s+,95s+,85s+,74s+,63s+,53s+,43s,A2o-AJo,K5o+,Q8o+,J8o+,T8o+,98o,87o"

    /// Ten river boards: dry, wet, paired, flush and straight completing on the river.
    public static let boards = [
        "Ks Qd 7h 4c 2s", "Ah 9h 5c 2d Ks", "Jh Th 8c 3s 2h", "7c 7d 4s Kh 2c", "9s 8s 6d 2c Qh",
        "Qc Jc 5s 5h 9d", "As Ks 4d 8c 3h", "6h 5h 4c Jd Ts", "Td 8d 2s 2c Ad", "Kc 9c 3d 9h 4s",
    ]

    /// 33 %, 75 %, pot and all-in; raises to 2.75×; three raises per street.
    public static let riverAbstraction = BetAbstraction()
    /// Turn 75 % (raise 3×, one raise), river pot-sized, all-in everywhere.
    public static let turnAbstraction = BetAbstraction(sizing: BetSizing(bets: [0.75], raiseMultiples: [3]),
                                                       later: BetSizing(bets: [1], raiseMultiples: []), maxRaisesPerStreet: 1)
    /// Flop 33 % and 75 % (raise 3×, two raises), all-in.
    public static let flopAbstraction = BetAbstraction(sizing: BetSizing(bets: [0.33, 0.75], raiseMultiples: [3]),
                                                       maxRaisesPerStreet: 2)

    static let stop = StopRule(maxIterations: 1_000, targetExploitability: 0.5)

    /// The 20 river spots: each board after a turn bet and call, and after a turn checked through.
    public static func riverSpots() -> [Spot] {
        boards.flatMap { text -> [Spot] in
            let board = cards(text)
            let flop = Array(board.prefix(3)), turn = Array(board.prefix(4))
            let bb = narrowed(bigBlindCall, [(flop, flopCall), (turn, turnCall)])
            let btn = narrowed(buttonOpen, [(flop, continuationBet), (turn, turnBet)])
            let bbChecked = narrowed(bigBlindCall, [(flop, flopCall)])
            let btnChecked = narrowed(buttonOpen, [(flop, continuationBet), (turn, turnCheck)])
            return [
                Spot(name: "\(text) turn bet-call", problem: SubgameProblem(
                    root: SubgameRoot(board: board, pot: 2_286, stacks: [8_882, 8_882], toAct: 0, minBet: 100),
                    ranges: [bb, btn], abstraction: riverAbstraction, stop: stop)),
                Spot(name: "\(text) turn checked", problem: SubgameProblem(
                    root: SubgameRoot(board: board, pot: 914, stacks: [9_568, 9_568], toAct: 0, minBet: 100),
                    ranges: [bbChecked, btnChecked], abstraction: riverAbstraction, stop: stop)),
            ]
        }
    }

    /// Turn spots after a flop c-bet and call, the first `count` boards; `riverCards` samples rivers.
    public static func turnSpots(count: Int = 4, riverCards: Int? = nil) -> [Spot] {
        boards.prefix(count).map { text in
            let turn = Array(cards(text).prefix(4)), flop = Array(turn.prefix(3))
            let chance = ChanceOptions(riverCards: riverCards, seed: 1)
            return Spot(name: "\(turn.map(\.description).joined(separator: " ")) flop bet-call", problem: SubgameProblem(
                root: SubgameRoot(board: turn, pot: 914, stacks: [9_568, 9_568], toAct: 0, minBet: 100),
                ranges: [narrowed(bigBlindCall, [(flop, flopCall)]), narrowed(buttonOpen, [(flop, continuationBet)])],
                abstraction: turnAbstraction, chance: chance, stop: stop))
        }
    }

    /// Flop spots in the coarse mode (this street, then equity over `runouts` sampled runouts).
    public static func flopSpots(count: Int = 4, runouts: Int? = 200) -> [Spot] {
        boards.prefix(count).map { text in
            let flop = Array(cards(text).prefix(3))
            return Spot(name: "\(flop.map(\.description).joined(separator: " ")) single-raised", problem: SubgameProblem(
                root: SubgameRoot(board: flop, pot: 550, stacks: [9_750, 9_750], toAct: 0, minBet: 100),
                ranges: [narrowed(bigBlindCall, []), narrowed(buttonOpen, [])], abstraction: flopAbstraction,
                chance: .thisStreetThenEquity(runouts: runouts, seed: 1), stop: stop))
        }
    }

    /// How often each shape continues along the line.
    struct Continuation: Sendable {
        var made: Double, draw: Double, overcards: Double, air: Double

        func share(_ shape: HandShape) -> Double {
            switch shape {
            case .made: made
            case .draw: draw
            case .overcards: overcards
            case .air: air
            }
        }
    }

    static let flopCall = Continuation(made: 1, draw: 1, overcards: 0.6, air: 0)
    static let continuationBet = Continuation(made: 1, draw: 1, overcards: 0.8, air: 0.6)
    static let turnCall = Continuation(made: 1, draw: 1, overcards: 0.3, air: 0)
    static let turnBet = Continuation(made: 1, draw: 1, overcards: 0.5, air: 0.35)
    static let turnCheck = Continuation(made: 0.5, draw: 0.4, overcards: 0.5, air: 0.6)

    /// `range` with each combo's weight multiplied, street by street, by how often its shape on
    /// that street's board continues.
    static func narrowed(_ range: String, _ line: [([Card], Continuation)]) -> [Double] {
        var weights = [Double](repeating: 0, count: HoleCards.all.count)
        for combo in ((try? HandRange(parsing: range))?.combos ?? []) {
            weights[combo.cards.index] = line.reduce(combo.weight) { weight, step in
                step.0.contains(where: combo.cards.cards.contains) ? 0 : weight * step.1.share(HandShape(combo.cards, board: step.0))
            }
        }
        return weights
    }

    static func cards(_ text: String) -> [Card] { (try? Card.parseList(text)) ?? [] }
}
