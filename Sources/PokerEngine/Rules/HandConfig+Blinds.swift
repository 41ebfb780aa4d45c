extension HandConfig {
    /// Index in `blindsOrStraddles` of the big blind: the second entry, or the first when it is
    /// the only blind (a dead small blind under the dead-button rule); nil without blinds.
    public var bigBlindListedIndex: Int? {
        let listed = blindsOrStraddles
        if listed.count >= 2 && listed[1] > .zero { return 1 }
        return listed.first.map { $0 > .zero } == true ? 0 : nil
    }

    /// Position that posts the big blind (heads-up lists are reversed), nil without blinds.
    public var bigBlindPosition: Int? { bigBlindListedIndex.map(forcedBetIndex) }

    /// Position that posts the small blind; nil when there is none (a dead small blind).
    public var smallBlindPosition: Int? {
        guard bigBlindListedIndex == 1, blindsOrStraddles[0] > .zero else { return nil }
        return forcedBetIndex(0)
    }
}
