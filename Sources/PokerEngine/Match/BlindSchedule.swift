/// One level of the blind structure.
public struct BlindLevel: Hashable, Sendable, Codable, CustomStringConvertible {
    public var smallBlind: Chips
    public var bigBlind: Chips
    public var ante: Chips

    public init(smallBlind: Chips, bigBlind: Chips, ante: Chips = .zero) {
        self.smallBlind = smallBlind
        self.bigBlind = bigBlind
        self.ante = ante
    }

    public var description: String {
        ante > .zero ? "\(smallBlind)/\(bigBlind) ante \(ante)" : "\(smallBlind)/\(bigBlind)"
    }
}

/// Who posts the ante.
public enum AnteStyle: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every player posts it (PHH `ante_trimming_status = true`).
    case everyone
    /// The big blind posts it for the table (dead money in the main pot), as modern tournaments do.
    case bigBlind
}

/// Blind levels that rise by hands played (a level every `handsPerLevel` hands).
public struct BlindSchedule: Hashable, Sendable, Codable {
    public var levels: [BlindLevel]
    public var handsPerLevel: Int
    public var anteStyle: AnteStyle

    public init(levels: [BlindLevel], handsPerLevel: Int, anteStyle: AnteStyle = .bigBlind) {
        self.levels = levels
        self.handsPerLevel = max(1, handsPerLevel)
        self.anteStyle = anteStyle
    }

    /// A growing structure: blinds ×`growth` per level (rounded to tidy amounts, never above
    /// `Chips.maximum`), antes of one
    /// big blind (big-blind ante) or 1/8 big blind (everyone) from `antesFromLevel` on.
    public static func growing(bigBlind: Chips, handsPerLevel: Int = 6, growth: Double = 1.5, levelCount: Int = 30,
                               antesFromLevel: Int? = 4, anteStyle: AnteStyle = .bigBlind) -> BlindSchedule {
        var levels: [BlindLevel] = []
        var bb = Double(max(bigBlind.rawValue, 2))
        for level in 0..<levelCount {
            // Growth stops at the largest blind a table allows (no overflow however steep).
            let big = min(tidy(min(bb, Double(Chips.maximum.rawValue))), Chips.maximum.rawValue)
            let small = Chips(max(1, big / 2))
            var ante = Chips.zero
            if let from = antesFromLevel, level >= from {
                ante = anteStyle == .bigBlind ? Chips(big) : Chips(max(1, big / 8))
            }
            levels.append(BlindLevel(smallBlind: small, bigBlind: Chips(big), ante: ante))
            bb = min(bb * growth, Double(Chips.maximum.rawValue))
        }
        return BlindSchedule(levels: levels, handsPerLevel: handsPerLevel, anteStyle: anteStyle)
    }

    /// Rounds to 2 significant figures, even so the small blind is exact.
    static func tidy(_ value: Double) -> Int {
        var magnitude = 1
        while Double(magnitude) * 100 <= value { magnitude *= 10 }
        var rounded = Int((value / Double(magnitude)).rounded()) * magnitude
        if rounded % 2 == 1 { rounded += magnitude }
        return max(2, rounded)
    }

    /// The level index after `handsPlayed` hands (the last level repeats).
    public func levelIndex(handsPlayed: Int) -> Int {
        min(max(0, handsPlayed) / handsPerLevel, levels.count - 1)
    }

    public func level(handsPlayed: Int) -> BlindLevel { levels[levelIndex(handsPlayed: handsPlayed)] }
}
