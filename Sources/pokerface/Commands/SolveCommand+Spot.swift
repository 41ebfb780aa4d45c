import Foundation
import PokerEngine
import PokerStrategy

/// A `pokerface solve` flag that cannot be read.
enum SolveInputError: Error, CustomStringConvertible {
    case cards(CardParseError)
    case range(String, RangeParseError)
    case number(flag: String, text: String)
    case toAct(String)
    case horizon(String)
    case step(String, available: [String])
    case notADecision(String)

    var description: String {
        switch self {
        case let .cards(error): "--board: \(error.description)"
        case let .range(flag, error): "\(flag): \(error.description)"
        case let .number(flag, text): "\(flag): '\(text)' is not a list of numbers"
        case let .toAct(text): "--to-act must be oop or ip, not '\(text)'"
        case let .horizon(text): "--horizon must be full or street, not '\(text)'"
        case let .step(step, available):
            "--line: no '\(step)' here; the tree has \(available.isEmpty ? "nothing further" : available.joined(separator: ", "))"
        case let .notADecision(line): "--line '\(line)' does not end at a decision"
        }
    }
}

extension SolveCommand {
    func makeProblem() throws -> SubgameProblem {
        let cards: [Card]
        do { cards = try Card.parseDistinct(board) } catch { throw SolveInputError.cards(error) }
        var ranges: [HandRange] = []
        for (flag, text) in [("--oop-range", oopRange), ("--ip-range", ipRange)] {
            do { ranges.append(try HandRange(parsing: text)) } catch { throw SolveInputError.range(flag, error) }
        }
        let stackList = try Self.numbers(stacks, flag: "--stacks").map { Chips(Int($0)) }
        let betList = try Self.numbers(bets, flag: "--bets").map { Chips(Int($0)) }
        let player: Int = switch toAct.lowercased() {
        case "oop", "0": 0
        case "ip", "1": 1
        default: throw SolveInputError.toAct(toAct)
        }
        let (low, high) = (betList.min() ?? .zero, betList.max() ?? .zero)
        let root = SubgameRoot(board: cards, pot: Chips(pot), bets: betList,
                               stacks: stackList.count == 1 ? stackList + stackList : stackList, toAct: player,
                               lastFullRaise: lastRaise.map { Chips($0) } ?? (low > .zero ? high - low : high),
                               raisesThisStreet: raisesSoFar ?? (low > .zero ? 1 : 0), minBet: Chips(minBet))
        let sizing = BetSizing(bets: try Self.numbers(sizes, flag: "--sizes").map { $0 / 100 },
                               raiseMultiples: try Self.numbers(raise, flag: "--raise"))
        var later = sizing
        if let laterSizes { later.betFractions = try Self.numbers(laterSizes, flag: "--later-sizes").map { $0 / 100 } }
        let chance: ChanceOptions
        switch horizon.lowercased() {
        case "full": chance = ChanceOptions(turnCards: turns, riverCards: rivers, equityRunouts: runouts, seed: seed)
        case "street": chance = ChanceOptions(horizon: .thisStreetThenEquity, equityRunouts: runouts, seed: seed)
        default: throw SolveInputError.horizon(horizon)
        }
        return SubgameProblem(root: root, ranges: ranges,
                              abstraction: BetAbstraction(sizing: sizing, later: later, maxRaisesPerStreet: maxRaises,
                                                          donkBets: donk),
                              chance: chance, stop: StopRule(maxIterations: iterations, targetExploitability: target))
    }

    /// The path named by `--line`: each step an action as printed (`check`, `bet 75`, `call`,
    /// `raise to 200`, `all-in`, `fold`; amounts may be left out when only one such action exists)
    /// or a card.
    func steps(in solution: SubgameSolution) throws -> [SolverStep] {
        var path: [SolverStep] = []
        for text in (line ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !text.isEmpty {
            let node = solution.node(at: path)
            let options = (node?.actions.map(SolverStep.action) ?? []) + (node?.cards.map(SolverStep.card) ?? [])
            let exact = options.filter { $0.description.lowercased() == text }
            // "call" names "call 75", "raise" names "raise to 200": a prefix up to a word break.
            let named = options.filter { $0.description.lowercased().hasPrefix(text + " ") }
            guard let step = exact.first ?? (named.count == 1 ? named.first : nil) else {
                throw SolveInputError.step(text, available: options.map(\.description))
            }
            path.append(step)
        }
        return path
    }

    static func numbers(_ text: String, flag: String) throws -> [Double] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = items.compactMap { Double($0) }
        guard !items.isEmpty, values.count == items.count, values.allSatisfy(\.isFinite) else {
            throw SolveInputError.number(flag: flag, text: text)
        }
        return values
    }
}
