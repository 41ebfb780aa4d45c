/// Equity of hands and ranges at showdown: exact enumeration or Monte Carlo.
///
/// ```swift
/// let problem = try EquityProblem(ranges: [HandRange(parsing: "AsAh"), HandRange(parsing: "QQ+,AKs")])
/// let result = try Equity.calculate(problem)            // exact if cheap, else Monte Carlo
/// ```
public enum Equity {
    /// How to compute.
    public enum Method: Hashable, Sendable {
        case exact
        case monteCarlo(MonteCarloOptions)
        /// Exact when it takes at most `Equity.automaticExactBudget` hand evaluations, else
        /// Monte Carlo with these options.
        case automatic(MonteCarloOptions)
    }

    /// Hand evaluations an automatic choice will spend on exact enumeration (about a second).
    public static let automaticExactBudget = 300_000_000

    /// Every deal and board.
    public static func exact(_ problem: EquityProblem) -> EquityResult {
        ExactEquity(problem: problem).run()
    }

    /// `exact` with the distinct deals (or one deal's parts) spread over up to `tasks` concurrent
    /// tasks; the result is identical for any `tasks`.
    public static func exact(_ problem: EquityProblem, tasks: Int) async -> EquityResult {
        await ExactEquity(problem: problem).run(tasks: tasks)
    }

    /// Random deals and boards; same options, same result.
    public static func monteCarlo(_ problem: EquityProblem,
                                  options: MonteCarloOptions = MonteCarloOptions()) throws(EquityError) -> EquityResult {
        try MonteCarloEquity(problem: problem, options: options).run()
    }

    /// `monteCarlo` computing up to `tasks` batches concurrently; the result is identical to
    /// `monteCarlo(problem, options:)` for any `tasks`.
    public static func monteCarlo(_ problem: EquityProblem, options: MonteCarloOptions = MonteCarloOptions(),
                                  tasks: Int) async throws(EquityError) -> EquityResult {
        try await MonteCarloEquity(problem: problem, options: options).runConcurrently(tasks: tasks)
    }

    public static func calculate(_ problem: EquityProblem,
                                 method: Method = .automatic(MonteCarloOptions())) throws(EquityError) -> EquityResult {
        switch resolve(method, for: problem) {
        case let .monteCarlo(options): try monteCarlo(problem, options: options)
        default: exact(problem)
        }
    }

    /// `calculate` with the work (Monte Carlo batches or exact deals) spread over up to `tasks`
    /// concurrent tasks; the same result as the synchronous version.
    public static func calculate(_ problem: EquityProblem, method: Method = .automatic(MonteCarloOptions()),
                                 tasks: Int) async throws(EquityError) -> EquityResult {
        switch resolve(method, for: problem) {
        case let .monteCarlo(options): try await monteCarlo(problem, options: options, tasks: tasks)
        default: await exact(problem, tasks: tasks)
        }
    }

    /// `.exact` or `.monteCarlo`: what `.automatic` means for this problem.
    public static func resolve(_ method: Method, for problem: EquityProblem) -> Method {
        guard case let .automatic(options) = method else { return method }
        if let cost = exactEvaluations(problem, limit: automaticExactBudget), cost <= automaticExactBudget {
            return .exact
        }
        return .monteCarlo(options)
    }

    /// Hand evaluations exact enumeration needs (after merging suit relabellings), or nil when
    /// clearly more than `limit`. Counting distinct deals is itself work, so more than 200,000
    /// candidate deals also answer nil.
    public static func exactEvaluations(_ problem: EquityProblem, limit: Int) -> Int? {
        let perDeal = evaluationsPerDeal(problem)
        guard perDeal > 0 else { return 0 }
        // A relabelling of suits merges at most 24 deals into one.
        let maxDeals = min(limit / perDeal * 24, 200_000)
        guard Deals.upperBound(problem.ranges, cap: maxDeals + 1) <= maxDeals else { return nil }
        let deals = ExactEquity(problem: problem).workload().deals
        let (cost, overflow) = deals.multipliedReportingOverflow(by: evaluationsPerDeal(problem))
        return overflow ? nil : cost
    }

    /// Evaluations per deal: every board, or with three or more cards to come at most the rank
    /// classes plus flush corrections `BoardClassEnumerator` visits (under 60,000 per player).
    static func evaluationsPerDeal(_ problem: EquityProblem) -> Int {
        let boards = problem.missingBoardCards >= 3 ? min(problem.boardsPerDeal, 60_000) : problem.boardsPerDeal
        return boards * problem.playerCount
    }
}
