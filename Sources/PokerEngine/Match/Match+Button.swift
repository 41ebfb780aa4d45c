extension Match {
    /// Where the button and the blinds go for the next hand, among the seats with chips.
    ///
    /// Dead button (WSOP, TDA, Robert's Rules §4.2b): the big blind moves to the next player
    /// after the last big blind; the last big blind's seat becomes the small blind and the last
    /// small blind's seat the button, even when those seats are empty now (a dead small blind is
    /// not posted; a dead button deals from an empty seat). Heads-up the player not due for the
    /// big blind has the button and posts the small blind, so nobody posts the big blind twice
    /// in a row when the table goes heads-up.
    ///
    /// Moving button: the button moves to the next seat with chips and the blinds follow it.
    func nextLayout(live: [Int]) -> SeatLayout {
        guard handsPlayed > 0 else {
            return layout(button: live.contains(button) ? button : nextSeat(after: button, in: live), live: live)
        }
        guard config.buttonRule == .dead, let previous = layout else {
            return layout(button: nextSeat(after: button, in: live), live: live)
        }
        let bigBlind = nextSeat(after: previous.bigBlind, in: live)
        if live.count == 2, let other = live.first(where: { $0 != bigBlind }) {
            return SeatLayout(button: other, smallBlind: other, bigBlind: bigBlind)
        }
        return SeatLayout(button: previous.smallBlind, smallBlind: previous.bigBlind, bigBlind: bigBlind)
    }

    /// The usual layout around a button that has a player: the blinds on the next two players
    /// (heads-up the button posts the small blind).
    func layout(button: Int, live: [Int]) -> SeatLayout {
        let small = live.count == 2 ? button : nextSeat(after: button, in: live)
        return SeatLayout(button: button, smallBlind: small, bigBlind: nextSeat(after: small, in: live))
    }

    /// The hand's forced bets for `layout` in position order (`handSeats` must be set). With a
    /// dead small blind the big blind is position 0 and nobody posts a small blind.
    func handConfig(layout: SeatLayout, blinds: BlindLevel) -> HandConfig {
        let stacks = handSeats.map { self.stacks[$0] }
        let bigBlindAnte = config.schedule.anteStyle == .bigBlind
        var standard = HandConfig.standard(
            stacks: stacks, smallBlind: blinds.smallBlind, bigBlind: blinds.bigBlind, ante: blinds.ante,
            bigBlindAnte: bigBlindAnte, splitRule: config.splitRule)
        guard handSeats.count > 2, !handSeats.contains(layout.smallBlind),
              let big = handSeats.firstIndex(of: layout.bigBlind) else { return standard }
        let zeros = Array(repeating: Chips.zero, count: handSeats.count)
        standard.blindsOrStraddles = zeros
        standard.blindsOrStraddles[big] = blinds.bigBlind
        if bigBlindAnte {
            standard.antes = zeros
            standard.antes[big] = blinds.ante
        }
        return standard
    }

    /// The seat posting the small blind in the current hand; nil when it is dead (its seat is empty).
    public var smallBlindSeat: Int? {
        guard let layout, handSeats.contains(layout.smallBlind) else { return nil }
        return layout.smallBlind
    }

    /// The seat posting the big blind in the current hand.
    public var bigBlindSeat: Int? { layout?.bigBlind }

    /// True when the button is in front of an empty seat in the current hand.
    public var isDeadButton: Bool { !handSeats.isEmpty && !handSeats.contains(button) }
}
