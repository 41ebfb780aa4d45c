/// How dramatic a moment is; more drama, more talk (and longer LLM beats).
public enum DramaLevel: Int, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case routine, notable, highStakes, climactic

    public static func < (lhs: DramaLevel, rhs: DramaLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level for a score of drama points (``DramaRules``): 0 routine, 1 notable, 2–3 high
    /// stakes, 4 or more climactic.
    public init(points: Int) {
        self = points >= 4 ? .climactic : points >= 2 ? .highStakes : points == 1 ? .notable : .routine
    }

    /// "routine", "notable", "high stakes", "climactic".
    public var label: String { self == .highStakes ? "high stakes" : String(describing: self) }
}

extension DramaLevel {
    /// The drama of a finished hand: pot size, all-ins and showdown as for a moment; any
    /// elimination is climactic.
    public init(recap: HandRecap) {
        if !recap.eliminations.isEmpty {
            self = .climactic
            return
        }
        var points = 0
        if recap.potBigBlinds >= DramaRules.bigPotBigBlinds { points += 1 }
        if recap.potBigBlinds >= DramaRules.hugePotBigBlinds { points += 1 }
        if recap.players.contains(where: \.wentAllIn) { points += DramaRules.allInPoints }
        if recap.wentToShowdown { points += DramaRules.lateStreetPoints }
        self.init(points: points)
    }
}
