/// Random legal play, for fuzzing and the engine benchmark: folds, calls, minimum raises, all-ins
/// and random raises in the proportions PokerKit's own random tests use.
public enum RandomPlay {
    /// A random legal action for the player to act.
    public static func action(_ legal: LegalActions, using rng: inout SeededGenerator) -> Action {
        let roll = Double.random(in: 0..<1, using: &rng)
        if legal.canFold && roll < 0.18 { return .fold }
        if let lo = legal.minRaiseTo, let hi = legal.maxRaiseTo, roll < 0.5 {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return .betOrRaise(to: lo)
            case 1: return .betOrRaise(to: hi)
            default: return .betOrRaise(to: Chips(Int.random(in: lo.rawValue...hi.rawValue, using: &rng)))
            }
        }
        return .checkOrCall
    }

    /// A random table: 2–10 players, stacks from under a big blind to 300 big blinds, and now and
    /// then uniform antes, a big-blind ante or a straddle.
    public static func config(using rng: inout SeededGenerator, splitRule: PotSplitRule = .wsop) -> HandConfig {
        let n = Int.random(in: 2...10, using: &rng)
        let bb = [2, 10, 50, 100].randomElement(using: &rng) ?? 2
        let stacks = (0..<n).map { _ -> Chips in
            let r = Double.random(in: 0..<1, using: &rng)
            if r < 0.08 { return Chips(Int.random(in: 1...bb, using: &rng)) }
            if r < 0.25 { return Chips(Int.random(in: bb...(15 * bb), using: &rng)) }
            return Chips(Int.random(in: (15 * bb)...(300 * bb), using: &rng))
        }
        var config = HandConfig.standard(stacks: stacks, smallBlind: Chips(bb / 2), bigBlind: Chips(bb), splitRule: splitRule)
        let r = Double.random(in: 0..<1, using: &rng)
        if r < 0.15 {
            config.antes = Array(repeating: Chips(max(1, bb / 5)), count: n)
        } else if r < 0.30 {
            config.antes[1] = Chips(bb)
            config.anteTrimming = false
        }
        if n >= 4 && Double.random(in: 0..<1, using: &rng) < 0.1 { config.blindsOrStraddles[2] = Chips(2 * bb) }
        return config
    }

    /// Plays one random hand to the end; `check` runs after every transition (e.g. invariants).
    public static func playHand(using rng: inout SeededGenerator,
                                check: (Hand) throws -> Void = { _ in }) throws -> Hand {
        let config = config(using: &rng)
        var hand = try Hand.start(config, deck: Deck.shuffled(using: &rng))
        try check(hand)
        while let legal = hand.legalActions {
            try hand.apply(action(legal, using: &rng), by: legal.player)
            try check(hand)
        }
        return hand
    }
}
