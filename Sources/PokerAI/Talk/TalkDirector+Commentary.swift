extension TalkDirector {
    /// What a character says or does once a hand is over: a bust line when eliminated (always),
    /// a groan when a bluff is caught or a bad beat lands, a gloat when winning, a vent when
    /// losing at showdown, rarely anything when folded; a seat not dealt in (busted earlier)
    /// heckles now and then. `events` are the seat's pressure events for the hand.
    public static func commentary(on recap: HandRecap, seat: Int, events: [PressureEvent], personality: Personality,
                                  traits: Traits, memory: inout TalkMemory, seed: UInt64,
                                  quiet: Bool = false) -> [TalkBeat] {
        typealias R = TalkRates
        var dice = TalkDice(seed: seed)
        let c = personality.onlyGestures ? 0 : traits.chattiness
        let drama = DramaLevel(recap: recap)
        let bonus = R.dramaBonus[drama.rawValue]
        let kinds = Set(events.map(\.kind))
        let situation: Situation?
        var p: Double
        if kinds.contains(.eliminated) {
            situation = .bust
            p = 1
        } else if let me = recap[seat: seat] {
            if kinds.contains(.bluffCalled) {
                situation = .bluffCaught
                p = R.bluffCaughtBase + R.bluffCaughtPerChattiness * c
            } else if kinds.contains(.badBeat) {
                situation = .lose
                p = R.badBeatBase + R.badBeatPerChattiness * c
            } else if me.outcome == .won {
                let big = kinds.contains(.bigWin) || recap.potBigBlinds >= DramaRules.bigPotBigBlinds
                situation = kinds.contains(.eliminatedOpponent) && dice.chance(R.gloatNeedleShare) ? .needle
                    : big && dice.chance(R.bigPotLineShare) ? .bigPot : .win
                p = R.winBase + R.winPerChattiness * c + bonus
                if !recap.wentToShowdown, recap.potBigBlinds < R.smallPotBigBlinds { p *= R.smallPotFactor }
            } else if me.outcome == .lostAtShowdown {
                situation = .lose
                p = R.loseBase + R.losePerChattiness * c + bonus
            } else {
                situation = nil
                p = R.bystanderBase + R.bystanderPerChattiness * c
            }
        } else {
            situation = dice.chance(R.heckleNeedleShare) ? .needle : .bust
            p = R.heckleBase + R.hecklePerChattiness * c + bonus / 2
        }
        if quiet, !kinds.contains(.eliminated) { p *= R.quietModeFactor }
        guard dice.chance(min(1, p)) else { return [] }
        return remark(situation: situation, drama: drama, personality: personality, traits: traits,
                      memory: &memory, dice: &dice, situationOnly: kinds.contains(.eliminated))
    }
}
