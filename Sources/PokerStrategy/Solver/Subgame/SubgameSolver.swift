/// Solves heads-up No-Limit Hold'em postflop subgames: builds the tree of `problem` (its root,
/// ranges, bet abstraction and chance options), runs discounted CFR until the stop rule holds and
/// returns the average strategy with its values and exploitability.
///
/// ```swift
/// let root = SubgameRoot(board: try Card.parseList("Ks Qd 7h 4c 2s"), pot: 200,
///                        stacks: [900, 900], toAct: 0, minBet: 20)
/// let problem = SubgameProblem(root: root, ranges: [oopRange, ipRange])   // two HandRanges
/// let solution = try SubgameSolver.solve(problem)
/// solution.root.actions                 // [check, bet 66, bet 150, bet 200, all-in 900]
/// solution.root.strategy(for: combo)    // mixed strategy of one combo
/// solution.rootValues.rangeEVs          // each action's EV for the whole range, in chips
/// solution.exploitabilityPercent        // below the target (0.5 % of the pot by default)
/// ```
///
/// The result depends only on `problem` (no clocks, no global randomness).
public enum SubgameSolver {
    public static func solve(_ problem: SubgameProblem) throws(SubgameError) -> SubgameSolution {
        let tree = try SubgameTreeBuilder.build(problem)
        let trainer = SubgameTrainer(tree: tree, schedule: problem.schedule)
        let exploitability = trainer.run(problem.stop)
        return SubgameSolution(problem: problem, tree: tree, average: trainer.average.map { FixedArray($0.array) },
                               iterations: trainer.iterations, exploitability: exploitability)
    }
}
