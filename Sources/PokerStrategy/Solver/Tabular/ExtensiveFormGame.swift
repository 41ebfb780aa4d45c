/// A small two-player zero-sum game in extensive form, as `TabularCFR` needs it: a root state,
/// what kind of node each state is, and the state after each branch. Games with perfect recall
/// only (every player remembers its own information and actions), such as Kuhn or Leduc poker.
///
/// ```swift
/// struct Kuhn: ExtensiveFormGame {
///     var root: [Int] { [] }                       // the history of branches taken
///     func node(at history: [Int]) -> GameNode<String> { … }
///     func state(after history: [Int], branch: Int) -> [Int] { history + [branch] }
/// }
/// ```
public protocol ExtensiveFormGame {
    associatedtype State
    associatedtype InfoSet: Hashable

    /// The state before anything has happened.
    var root: State { get }
    /// What happens at `state`.
    func node(at state: State) -> GameNode<InfoSet>
    /// The state after taking action `branch` (a decision) or outcome `branch` (chance).
    func state(after state: State, branch: Int) -> State
}

/// One node of an `ExtensiveFormGame`.
public enum GameNode<InfoSet: Hashable> {
    /// The game is over; `payoff` is what player 0 wins (player 1 wins its negation).
    case terminal(payoff: Double)
    /// Nature picks outcome `i` with `probabilities[i]` (they sum to 1).
    case chance(probabilities: [Double])
    /// `player` (0 or 1) picks one of `actions` actions; states in the same `infoSet` are
    /// indistinguishable to that player and must offer the same number of actions.
    case decision(player: Int, infoSet: InfoSet, actions: Int)
}
