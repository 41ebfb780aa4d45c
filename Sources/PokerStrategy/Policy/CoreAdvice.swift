import PokerEngine

/// The core's answer at one decision: a mixed strategy over legal actions, the expected value of
/// each where it is known, and the reasoning in words.
public struct CoreAdvice: Sendable {
    /// What an option does, in the words players use.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case fold, check, call, bet, raise
        case allIn = "all_in"

        /// fold / check / call / bet-or-raise, the four action types solvers are compared on.
        public var actionType: String {
            switch self {
            case .fold: "fold"
            case .check: "check"
            case .call: "call"
            case .bet, .raise, .allIn: "bet_or_raise"
            }
        }
    }

    public struct Option: Hashable, Sendable {
        public var kind: Kind
        /// The engine action (always legal at the decision).
        public var action: Action
        /// Share of the time the core takes it (options sum to 1).
        public var frequency: Double
        /// Expected chips of taking it, relative to folding now (nil when unknown).
        public var ev: Double?

        public init(kind: Kind, action: Action, frequency: Double, ev: Double? = nil) {
            self.kind = kind
            self.action = action
            self.frequency = frequency
            self.ev = ev
        }
    }

    public var options: [Option]
    /// How the answer was reached: `preflop chart`, `river solve`, `multiway equity rules`…
    public var method: String
    /// The reasoning (one line), e.g. "CO open range" or "equity 41% vs 33% needed".
    public var basis: String
    /// The hero's equity against the narrowed ranges, when computed.
    public var equity: Double?
    /// Solver exploitability as a share of the pot, when a solve was made.
    public var exploitability: Double?

    public init(options: [Option], method: String, basis: String, equity: Double? = nil, exploitability: Double? = nil) {
        self.options = options
        self.method = method
        self.basis = basis
        self.equity = equity
        self.exploitability = exploitability
    }

    /// The most frequent option.
    public var best: Option? { options.max { $0.frequency < $1.frequency } }

    /// Frequency of an action kind (sizes merged).
    public func frequency(of kind: Kind) -> Double { options.filter { $0.kind == kind }.reduce(0) { $0 + $1.frequency } }

    /// Frequency of an action type (`fold`, `check`, `call`, `bet_or_raise`).
    public func frequency(ofType type: String) -> Double {
        options.filter { $0.kind.actionType == type }.reduce(0) { $0 + $1.frequency }
    }

    /// The advice purified: options played less than `floor` of the time are dropped and the rest
    /// sharpened (frequency^`sharpen`, renormalised), so a 60/40 mix is played about 88/12. This is
    /// purification in the sense of Ganzfried & Sandholm (2012), who found that playing an
    /// abstraction's equilibrium closer to its most likely action usually plays better than the
    /// raw mixed strategy; the core keeps some mixing rather than playing pure argmax.
    public func purified(floor: Double = 0.15, sharpen: Int = 5) -> CoreAdvice {
        var out = self
        let kept = options.filter { $0.frequency >= floor }
        let pool = kept.isEmpty ? options : kept
        let powered = pool.map { option -> Option in
            var o = option
            o.frequency = (0..<sharpen).reduce(1.0) { result, _ in result * option.frequency }
            return o
        }
        let total = powered.reduce(0) { $0 + $1.frequency }
        out.options = total > 0 ? powered.map { var o = $0; o.frequency /= total; return o } : pool
        return out
    }

    /// Samples an option in proportion to its frequency, deterministically from `seed`.
    public func sample(seed: UInt64) -> Option? {
        let total = options.reduce(0) { $0 + $1.frequency }
        guard total > 0 else { return best }
        var rng = SeededGenerator(seed: seed)
        var roll = Double(rng.next() >> 11) / Double(1 << 53) * total
        for option in options {
            roll -= option.frequency
            if roll < 0 { return option }
        }
        return options.last
    }
}
