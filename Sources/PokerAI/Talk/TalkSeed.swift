import PokerEngine

/// Seeds for table talk, derived from the game seed so a resumed game says the same things.
public enum TalkSeed {
    /// Salt that keeps talk seeds apart from deck and bot seeds derived from the same game seed.
    static let salt: UInt64 = 0x7A1C_5EED_7A1C_5EED

    /// The seed for remark `beat` of `seat` in hand `handNumber` (for example the decision index
    /// after an action; a large fixed number for commentary).
    public static func make(gameSeed: UInt64, handNumber: Int, seat: Int, beat: Int) -> UInt64 {
        var hand = SeededGenerator.derived(seed: gameSeed ^ salt, index: UInt64(truncatingIfNeeded: handNumber))
        var remark = SeededGenerator.derived(
            seed: hand.next(), index: UInt64(truncatingIfNeeded: seat) << 32 | UInt64(truncatingIfNeeded: beat) & 0xFFFF_FFFF)
        return remark.next()
    }
}
