/// Offline table talk: decides, deterministically from a seed, whether a character speaks or
/// gestures and what they say, from their canned `lines` and tics. Probabilities live in
/// ``TalkRates``. Pure functions; the only state is the seat's ``TalkMemory``.
///
/// - After an action: ``afterAction(_:moment:personality:traits:memory:seed:quiet:)``.
/// - After a hand (winners gloat, losers vent, busted players heckle):
///   ``commentary(on:seat:events:personality:traits:memory:seed:quiet:)``.
/// - When the human types: ``reply(to:personality:traits:tilt:memory:seed:)``.
/// - When sitting down: ``greeting(personality:traits:memory:seed:)``.
public enum TalkDirector {
    /// What a character says or does after acting, or no beats (silence).
    /// `traits` are the character's current (effective) traits.
    public static func afterAction(_ action: TalkAction, moment: TalkMoment, personality: Personality, traits: Traits,
                                   memory: inout TalkMemory, seed: UInt64, quiet: Bool = false) -> [TalkBeat] {
        var dice = TalkDice(seed: seed)
        let p = speakProbability(moment: moment, personality: personality, chattiness: traits.chattiness,
                                 memory: memory, quiet: quiet)
        guard dice.chance(p) else {
            memory.acted(talked: false)
            return []
        }
        var situation = action.situation
        if situation == nil, moment.drama >= .highStakes { situation = .bigPot }
        let beats = remark(situation: situation, drama: moment.drama, personality: personality, traits: traits,
                           memory: &memory, dice: &dice)
        memory.acted(talked: !beats.isEmpty)
        return beats
    }

    /// The chance of a remark after acting (see ``TalkRates``).
    public static func speakProbability(moment: TalkMoment, personality: Personality, chattiness: Double,
                                        memory: TalkMemory, quiet: Bool) -> Double {
        typealias R = TalkRates
        let drama = R.dramaBonus[moment.drama.rawValue]
        var p = personality.onlyGestures
            ? R.gestureOnlyBase + drama / 2
            : R.speakBase + R.speakPerChattiness * chattiness + drama
        switch memory.actionsSinceTalk {
        case 0: p *= R.justSpokeFactor
        case 1: p *= R.recentlySpokeFactor
        default: break
        }
        if memory.actionsSinceTalk >= R.silenceStart {
            p += min(R.silenceBonusMaximum, R.silenceBonusPerAction * Double(memory.actionsSinceTalk - R.silenceStart + 1))
        }
        if moment.tableSilence >= R.tableSilenceStart {
            p += min(R.tableSilenceBonusMaximum,
                     R.tableSilenceBonusPerAction * Double(moment.tableSilence - R.tableSilenceStart + 1))
        }
        if quiet { p *= R.quietModeFactor }
        return min(R.maximum, max(0, p))
    }

    /// One remark: a gesture, or words from the situation's lines or the verbal tics (with a
    /// gesture first, sometimes, in big moments). Never the seat's last line. Empty when every
    /// candidate was just used. With `situationOnly` the line is one of the situation's own.
    static func remark(situation: Situation?, drama: DramaLevel, personality: Personality, traits: Traits,
                       memory: inout TalkMemory, dice: inout TalkDice, situationOnly: Bool = false) -> [TalkBeat] {
        typealias R = TalkRates
        let situationLines = situation.map { personality.lines[$0] } ?? []
        let gestures = personality.physicalTics + situationLines.filter(TalkLine.isGestureOnly)
        let gestureShare = personality.onlyGestures ? 1 : R.gestureBase + R.gesturePerReticence * (1 - traits.chattiness)
        var line: String?
        if situationOnly, !situationLines.isEmpty {
            line = choose(situationLines, memory: memory, dice: &dice) ?? dice.pick(situationLines)
        } else if dice.chance(gestureShare) {
            let pool = personality.onlyGestures ? gestures + personality.verbalTics + situationLines : gestures
            line = choose(pool.filter(TalkLine.isGestureOnly), memory: memory, dice: &dice)
        } else {
            let preferSituation = !situationLines.isEmpty && dice.chance(R.situationLineShare)
            let first = preferSituation ? situationLines : personality.verbalTics
            let second = preferSituation ? personality.verbalTics : situationLines
            line = choose(first, memory: memory, dice: &dice) ?? choose(second, memory: memory, dice: &dice)
        }
        guard let line else { return [] }
        memory.said(line)
        var beats = finish(TalkLine.beats(line), personality: personality, traits: traits, dice: &dice)
        if drama >= .highStakes, beats.first?.kind == .speech, dice.chance(R.bigMomentExtraGesture),
           let gesture = dice.pick(personality.physicalTics.filter { $0 != line }) {
            beats.insert(contentsOf: TalkLine.beats(gesture), at: 0)
        }
        return beats
    }

    /// A line from `pool` avoiding the recent ones (and always the last one); nil if none is left.
    static func choose(_ pool: [String], memory: TalkMemory, dice: inout TalkDice) -> String? {
        let fresh = pool.filter { !memory.recentLines.contains($0) }
        if let line = dice.pick(fresh) { return line }
        return dice.pick(pool.filter { $0 != memory.lastLine })
    }

    /// Applies the silent rule and emoji: a character who never speaks keeps only gestures; speech
    /// carries one of their emoji with probability `emojiUsage` and none otherwise.
    static func finish(_ beats: [TalkBeat], personality: Personality, traits: Traits,
                       dice: inout TalkDice) -> [TalkBeat] {
        var result: [TalkBeat] = []
        let withEmoji = !personality.emoji.isEmpty && dice.chance(traits.emojiUsage)
        var emojiPlaced = false
        for beat in beats {
            guard beat.kind == .speech else {
                result.append(beat)
                continue
            }
            if personality.onlyGestures { continue }
            var text = beat.text
            if withEmoji {
                emojiPlaced = emojiPlaced || TalkLine.containsEmoji(text)
            } else {
                text = TalkLine.removingEmoji(text)
            }
            if !text.isEmpty { result.append(TalkBeat(kind: .speech, text: text)) }
        }
        if withEmoji, !emojiPlaced, let last = result.lastIndex(where: { $0.kind == .speech }),
           let emoji = dice.pick(personality.emoji) {
            result[last].text += " " + emoji
        }
        return result
    }
}
