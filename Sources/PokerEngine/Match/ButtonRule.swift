/// How the button and the blinds move from hand to hand.
public enum ButtonRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// The tournament rule (WSOP, TDA, Robert's Rules of Poker §4.2b): the big blind moves to
    /// the next player due for it, and the small blind and the button are placed behind it even
    /// when that puts the small blind (then nobody posts it) or the button in front of an empty
    /// seat. Nobody skips the big blind or posts it twice in a row when players bust.
    case dead
    /// The button moves to the next seat with chips and the blinds follow it (busted seats are
    /// skipped). Simpler, but a player can skip or repeat a blind after a bust.
    case moving
}

/// Where the button and the blinds are for one hand, as physical seats. Under the dead-button
/// rule the button and the small blind may be in front of an empty seat.
public struct SeatLayout: Hashable, Sendable, Codable {
    /// The dealer button's seat (possibly empty: a dead button).
    public var button: Int
    /// The seat due for the small blind (possibly empty: nobody posts it). Heads-up: the button.
    public var smallBlind: Int
    /// The seat that posts the big blind (always a player).
    public var bigBlind: Int

    public init(button: Int, smallBlind: Int, bigBlind: Int) {
        self.button = button
        self.smallBlind = smallBlind
        self.bigBlind = bigBlind
    }
}
