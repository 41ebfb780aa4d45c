import Foundation
import PokerEngine
import PokerStrategy

/// What `pokerface solve` prints: the decision, its range-wide strategy and EVs, and one row per
/// hand class (or combo) of the acting player, weighted by its range at the decision.
/// Frequencies are percentages, EVs chips.
struct SolveReport: Encodable {
    struct Row: Encodable {
        var hand: String
        var weight: Double
        var strategy: [Double]
        var ev: [Double]
    }

    var board: String
    var line: [String]
    var pot: Int
    var bets: [Int]
    var stacks: [Int]
    var player: String
    var actions: [String]
    var iterations: Int
    var treeNodes: Int
    var exploitability: Double
    var exploitabilityPercent: Double
    var strategy: [Double]
    var ev: [Double]
    var rangeEV: Double
    var rows: [Row]

    enum CodingKeys: String, CodingKey {
        case board, line, pot, bets, stacks, player, actions, iterations, strategy, ev, rows = "hands"
        case treeNodes = "tree_nodes", exploitability, exploitabilityPercent = "exploitability_percent"
        case rangeEV = "range_ev"
    }

    init(solution: SubgameSolution, node: SolvedNode, values: ActionValues, perCombo: Bool) {
        let p = values.player
        board = node.board.map(\.description).joined(separator: " ")
        line = node.path.map(\.description)
        pot = node.pot.rawValue
        bets = node.bets.map(\.rawValue)
        stacks = node.stacks.map(\.rawValue)
        player = p == 0 ? "oop" : "ip"
        actions = node.actions.map(\.description)
        iterations = solution.iterations
        treeNodes = solution.treeSize
        exploitability = Self.rounded(solution.exploitability)
        exploitabilityPercent = Self.rounded(solution.exploitabilityPercent)
        strategy = node.rangeStrategy.map { Self.rounded($0 * 100) }
        ev = values.rangeEVs.map(Self.rounded)
        rangeEV = Self.rounded(values.rangeEV)
        var groups: [(String, [HoleCards])] = []
        let held = HoleCards.all.filter { node.ranges[p][$0.index] > 0 }
        if perCombo {
            groups = held.map { ($0.description, [$0]) }
        } else {
            let byClass = Dictionary(grouping: held, by: \.preflopClass)
            groups = PreflopClass.all.compactMap { cls in byClass[cls].map { (cls.name, $0) } }
        }
        rows = groups.map { name, combos in
            let weight = combos.reduce(0) { $0 + node.ranges[p][$1.index] }
            func average(_ values: [Double]) -> Double {
                combos.reduce(0) { $0 + node.ranges[p][$1.index] * values[$1.index] } / weight
            }
            return Row(hand: name, weight: Self.rounded(weight), strategy: node.strategy.map { Self.rounded(average($0) * 100) },
                       ev: values.evs.map { Self.rounded(average($0)) })
        }
    }

    /// Three decimals, and never a negative zero.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 + 0 }

    var text: String {
        let names = actions
        let width = max(8, names.map(\.count).max() ?? 0) + 1
        func cells(_ values: [Double], _ format: String) -> String {
            values.map { String(format: format, $0).leftPadded(to: width) }.joined()
        }
        var lines = [
            "Board \(board)\(line.isEmpty ? "" : " after \(line.joined(separator: ", "))") · pot \(pot) · bets \(bets[0])/\(bets[1])"
                + " · stacks \(stacks[0])/\(stacks[1]) · \(player.uppercased()) to act",
            String(format: "Exploitability %.3f%% of the pot (%.2f chips) after %d iterations; %d tree nodes",
                   exploitabilityPercent, exploitability, iterations, treeNodes),
            "",
            "Hand".padding(toLength: 8, withPad: " ", startingAt: 0) + "weight".leftPadded(to: 8)
                + names.map { $0.leftPadded(to: width) }.joined() + "   " + names.map { ("EV " + $0).leftPadded(to: width + 3) }.joined(),
            "Range".padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%8.1f", rows.reduce(0) { $0 + $1.weight })
                + cells(strategy, "%.1f%%") + "   " + ev.map { String(format: "%.2f", $0).leftPadded(to: width + 3) }.joined(),
        ]
        for row in rows {
            lines.append(row.hand.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%8.2f", row.weight)
                         + cells(row.strategy, "%.1f%%") + "   "
                         + row.ev.map { String(format: "%.2f", $0).leftPadded(to: width + 3) }.joined())
        }
        lines.append(String(format: "Range EV %.2f chips (from this decision on; folding is worth 0)", rangeEV))
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
