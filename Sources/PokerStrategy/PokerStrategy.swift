/// PokerStrategy: the sound strategy core shared by the offline bots, the decision analyzer and the
/// LLM's guidance. Pure Swift on top of PokerEngine (no I/O, no clocks, deterministic given a seed):
///
/// - `Solver/`: counterfactual-regret solvers (discounted CFR) for small games and heads-up
///   No-Limit Hold'em postflop subgames over two weighted ranges, with exploitability.
/// - `Preflop/`: position-, depth- and action-aware preflop ranges, and heads-up push/fold as the
///   Nash equilibrium computed from exact equities.
/// - `Ranges/`: per-player range beliefs narrowed action by action (Bayesian, card removal).
/// - `Policy/`: the core's answer at a decision: a mixed strategy and the EV of each legal action.
public enum PokerStrategy {
    /// Bumped whenever the core's answers change (stored with analyses and captures).
    public static let version = "core-1"
}
