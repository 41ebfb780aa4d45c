extension SeatMind {
    /// Offline talk after this seat acted, with its current traits (see ``TalkDirector``).
    public mutating func talk(after action: TalkAction, moment: TalkMoment, personality: Personality, seed: UInt64,
                              quiet: Bool = false) -> [TalkBeat] {
        TalkDirector.afterAction(action, moment: moment, personality: personality,
                                 traits: psychology.effectiveTraits, memory: &talk, seed: seed, quiet: quiet)
    }

    /// Offline commentary on a finished hand; `events` are what ``observe(_:seat:)`` returned.
    public mutating func commentary(on recap: HandRecap, seat: Int, events: [PressureEvent],
                                    personality: Personality, seed: UInt64, quiet: Bool = false) -> [TalkBeat] {
        TalkDirector.commentary(on: recap, seat: seat, events: events, personality: personality,
                                traits: psychology.effectiveTraits, memory: &talk, seed: seed, quiet: quiet)
    }

    /// An offline reply to the human's chat (after ``hear(_:)``, so a needle has already bitten).
    public mutating func reply(to chat: HumanChat, personality: Personality, seed: UInt64) -> [TalkBeat] {
        TalkDirector.reply(to: chat, personality: personality, traits: psychology.effectiveTraits,
                           tilt: psychology.tilt.level, memory: &talk, seed: seed)
    }
}
