/// The human's chance to win the pot at showdown against random hands of the players still in,
/// for one spot (hand, board size, opponents); computed in the background, dropped when stale.
public struct EquityEstimate: Hashable, Sendable {
    public var handNumber: Int
    public var boardCount: Int
    public var opponents: Int
    /// 0…1.
    public var equity: Double
}
