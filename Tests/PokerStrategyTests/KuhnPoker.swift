import PokerStrategy

/// Kuhn poker: a three-card deck (J, Q, K), one card each, antes of 1, one bet of 1 allowed.
/// The first player's equilibrium value is −1/18 (Kuhn 1950).
struct KuhnPoker: ExtensiveFormGame {
    /// The deal index (0..<6) followed by the actions taken: 0 = check/fold, 1 = bet/call.
    typealias State = [Int]

    static let deals = [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]

    var root: [Int] { [] }

    func node(at history: [Int]) -> GameNode<String> {
        guard let deal = history.first else { return .chance(probabilities: Array(repeating: 1.0 / 6, count: 6)) }
        let cards = Self.deals[deal]
        let actions = Array(history.dropFirst())
        let showdown = cards.0 > cards.1 ? 1.0 : -1.0
        switch actions {
        case [0, 0]: return .terminal(payoff: showdown)
        case [1, 0]: return .terminal(payoff: 1)
        case [1, 1], [0, 1, 1]: return .terminal(payoff: 2 * showdown)
        case [0, 1, 0]: return .terminal(payoff: -1)
        default:
            let player = actions.count % 2
            let card = player == 0 ? cards.0 : cards.1
            let key = "\(player):\(card):" + actions.map(String.init).joined()
            return .decision(player: player, infoSet: key, actions: 2)
        }
    }

    func state(after history: [Int], branch: Int) -> [Int] { history + [branch] }
}
