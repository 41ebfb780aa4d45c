import PokerEngine
import PokerStrategy

/// What each player has done in the hand so far, read from a seat's view (public actions only).
public struct HandReading: Sendable {
    public struct Line: Sendable {
        public var preflopRaises = 0
        public var preflopCalls = 0
        public var postflopBetsRaises = 0
        public var postflopCalls = 0
        public var checks = 0
        /// Voluntarily put chips in preflop (blinds do not count).
        public var voluntary: Bool { preflopRaises > 0 || preflopCalls > 0 }
    }

    public private(set) var lines: [Line]
    /// Raises made preflop by anybody (1 = an open raise, 2 = a 3-bet…).
    public private(set) var preflopRaiseCount = 0
    /// Limpers before the first raise.
    public private(set) var limpers = 0
    /// Bets and raises on the current street.
    public private(set) var streetAggression = 0

    public init(_ view: SeatView) {
        lines = Array(repeating: Line(), count: view.playerCount)
        var street = Street.preflop
        for event in view.events {
            switch event {
            case let .boardDealt(s, _):
                street = s
                streetAggression = 0
            case let .betOrRaised(p, _, _, _, _):
                if street == .preflop {
                    lines[p].preflopRaises += 1
                    preflopRaiseCount += 1
                } else {
                    lines[p].postflopBetsRaises += 1
                }
                streetAggression += 1
            case let .called(p, _, _):
                if street == .preflop {
                    lines[p].preflopCalls += 1
                    if preflopRaiseCount == 0 { limpers += 1 }
                } else {
                    lines[p].postflopCalls += 1
                }
            case let .checked(p):
                lines[p].checks += 1
            default:
                break
            }
        }
    }
}

/// Estimates what an opponent holds from its actions in this hand and the observer's model of
/// it: a top-X% range of starting hands, narrowed after postflop aggression.
public enum RangeEstimator {
    /// Hands an observer needs before trusting a model's VPIP/PFR over the defaults.
    public static let trustedHands = 15

    /// The share of starting hands `position` is likely to hold.
    public static func width(for position: Int, reading: HandReading, model: OpponentModel?) -> Double {
        let line = reading.lines[position]
        let trusted = (model?.handsObserved ?? 0) >= trustedHands
        let vpip = trusted ? (model?.vpip.rate ?? 0.35) : 0.35
        let pfr = trusted ? (model?.pfr.rate ?? 0.15) : 0.15
        var width: Double
        if line.preflopRaises >= 2 || (line.preflopRaises >= 1 && reading.preflopRaiseCount >= 2) {
            width = max(0.03, min(0.12, pfr * 0.4))
        } else if line.preflopRaises == 1 {
            width = max(0.05, min(0.5, pfr))
        } else if line.preflopCalls > 0 {
            width = max(0.1, min(0.8, vpip))
        } else {
            width = 1.0 // checked its option or has not acted: anything
        }
        // Postflop aggression narrows the range; calls narrow it a little.
        for _ in 0..<min(line.postflopBetsRaises, 3) { width *= 0.65 }
        for _ in 0..<min(line.postflopCalls, 3) { width *= 0.85 }
        return max(0.02, width)
    }

    public static func range(for position: Int, reading: HandReading, model: OpponentModel?) -> HandRange {
        let width = width(for: position, reading: reading, model: model)
        return width >= 0.999 ? HandRange.random : PreflopStrength.topRange(width)
    }
}
