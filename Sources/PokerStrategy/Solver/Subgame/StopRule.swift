/// When the solver stops: after `maxIterations`, or earlier once the exploitability (measured
/// every `checkEvery` iterations) is at most `targetExploitability` percent of the pot. There is
/// deliberately no time limit: the answer depends only on the inputs, never on machine speed.
public struct StopRule: Hashable, Sendable, Codable {
    public var maxIterations: Int
    public var targetExploitability: Double?
    public var checkEvery: Int

    public init(maxIterations: Int = 1_000, targetExploitability: Double? = 0.5, checkEvery: Int = 10) {
        self.maxIterations = maxIterations
        self.targetExploitability = targetExploitability
        self.checkEvery = checkEvery
    }

    func validate() throws(SubgameError) {
        guard maxIterations >= 1 else { throw .invalidSetting("the iteration limit must be at least 1") }
        guard checkEvery >= 1 else { throw .invalidSetting("exploitability checks need an interval of at least 1") }
        if let target = targetExploitability, !(target >= 0 && target.isFinite) {
            throw .invalidSetting("the target exploitability must be a non-negative percentage")
        }
    }
}
