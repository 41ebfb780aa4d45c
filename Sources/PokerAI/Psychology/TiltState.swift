/// How far a character is on tilt (0…1), why, and against whom. Formulas in ``TiltRules``.
public struct TiltState: Codable, Sendable, Hashable {
    /// 0 calm … 1 completely on tilt.
    public private(set) var level: Double = 0
    /// What tilted them most recently (the largest rise of the hand that set it).
    public private(set) var source: TiltSource?
    /// The seat that did it, when an event named one.
    public private(set) var nemesis: Int?
    /// Consecutive hands lost (at showdown, or folded after a large investment); a win resets it.
    public private(set) var losingStreak: Int = 0
    /// Number of tilt-raising updates so far; varies the intrusive thoughts deterministically.
    public private(set) var rises: Int = 0

    public init() {}

    /// A state at `level` (for tests and tools).
    public init(level: Double, source: TiltSource? = nil, nemesis: Int? = nil, losingStreak: Int = 0) {
        self.level = min(1, max(0, level))
        self.source = source
        self.nemesis = nemesis
        self.losingStreak = losingStreak
    }

    /// The level in words.
    public var category: TiltCategory { TiltCategory(level: level) }

    /// Applies one hand's (or one chat message's) events: rises scaled by susceptibility, falls as
    /// they are, the losing streak, then source and nemesis from the largest rise.
    public mutating func absorb(_ events: [PressureEvent], resistance: Double) {
        let susceptibility = TiltRules.susceptibility(resistance: resistance)
        var largest: (rise: Double, source: TiltSource, nemesis: Int?)?
        for event in events {
            let change = PressureEffect.of(event).tilt * event.intensity
            if change > 0 {
                let rise = change * susceptibility
                level += rise
                if let source = TiltSource(event.kind), rise > (largest?.rise ?? 0) {
                    largest = (rise, source, event.opponent)
                }
            } else {
                level += change
            }
        }
        let kinds = Set(events.map(\.kind))
        if kinds.contains(.wonPot) {
            losingStreak = 0
        } else if kinds.contains(.lostAtShowdown) || kinds.contains(.costlyFold) {
            losingStreak += 1
            if losingStreak >= TiltRules.losingStreakStart {
                let rise = TiltRules.losingStreakRise * susceptibility
                level += rise
                if rise > (largest?.rise ?? 0) {
                    let last = events.last { $0.kind == .lostAtShowdown || $0.kind == .costlyFold }
                    largest = (rise, .losingStreak, last?.opponent)
                }
            }
        }
        level = min(1, max(0, level))
        if let largest, largest.rise > 0 {
            source = largest.source
            if let who = largest.nemesis { nemesis = who }
            rises += 1
        }
        forgetIfCalm()
    }

    /// One hand of cooling off: `level −= floor + level × (base + perResistance × resistance)`.
    public mutating func decay(resistance: Double) {
        let share = TiltRules.decayShareBase + TiltRules.decayShareResistance * min(1, max(0, resistance))
        level = max(0, level - TiltRules.decayFloor - level * share)
        forgetIfCalm()
    }

    private mutating func forgetIfCalm() {
        if level < TiltRules.clearBelow {
            source = nil
            nemesis = nil
        }
    }
}
