extension TalkDirector {
    /// An offline answer to the human's chat: when addressed by name (almost always) or provoked
    /// (more likely when chatty or tilted), a `needle` line for a taunt or a verbal tic otherwise;
    /// a mime answers with gestures. The LLM reply, when a model is configured, is made elsewhere.
    public static func reply(to chat: HumanChat, personality: Personality, traits: Traits, tilt: Double,
                             memory: inout TalkMemory, seed: UInt64) -> [TalkBeat] {
        typealias R = TalkRates
        var dice = TalkDice(seed: seed)
        let c = personality.onlyGestures ? 0 : traits.chattiness
        let p: Double = if chat.addressed {
            R.addressedReply
        } else if chat.tone == .needle {
            R.provokedBase + R.provokedPerChattiness * c + R.provokedPerTilt * tilt
        } else {
            R.idlePerChattiness * c
        }
        guard dice.chance(min(R.maximum, p)) else { return [] }
        let situation: Situation? = chat.tone == .needle ? .needle : nil
        return remark(situation: situation, drama: .routine, personality: personality, traits: traits,
                      memory: &memory, dice: &dice)
    }
}
