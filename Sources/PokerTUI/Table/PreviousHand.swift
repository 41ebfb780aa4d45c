import PokerEngine

/// The hand before the current one, kept for `l`: the finished hand, who sat where, and the
/// human's position in it (its cards are shown; the others' only if shown at showdown).
public struct PreviousHand: Hashable, Sendable {
    public var number: Int
    public var hand: Hand
    /// Names by position.
    public var names: [String]
    public var viewer: Int?

    /// A finished hand.
    public init(number: Int, hand: Hand, names: [String], viewer: Int?) {
        self.number = number
        self.hand = hand
        self.names = names
        self.viewer = viewer
    }
}
