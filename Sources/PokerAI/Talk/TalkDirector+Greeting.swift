extension TalkDirector {
    /// A hello when the character sits down: a `greeting` line (or a gesture), with probability
    /// `greetingBase + greetingPerChattiness·c`; a mime always bows or waves.
    public static func greeting(personality: Personality, traits: Traits, memory: inout TalkMemory,
                                seed: UInt64) -> [TalkBeat] {
        var dice = TalkDice(seed: seed)
        typealias R = TalkRates
        let p = personality.onlyGestures ? 1 : R.greetingBase + R.greetingPerChattiness * traits.chattiness
        guard dice.chance(p) else { return [] }
        return remark(situation: .greeting, drama: .routine, personality: personality, traits: traits,
                      memory: &memory, dice: &dice, situationOnly: true)
    }
}
