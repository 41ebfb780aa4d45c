/// A HUD statistic kept as counts, so it is exact, mergeable and replayable:
/// `hits` times out of `chances`.
public struct StatCount: Codable, Sendable, Hashable {
    public var hits: Int
    public var chances: Int

    public init(hits: Int = 0, chances: Int = 0) {
        self.hits = hits
        self.chances = chances
    }

    /// `hits ÷ chances`, nil before the first chance.
    public var rate: Double? { chances > 0 ? Double(hits) / Double(chances) : nil }

    /// Counts one chance, and a hit when `hit`.
    public mutating func record(_ hit: Bool) {
        chances += 1
        if hit { hits += 1 }
    }

    /// "61%" or "—".
    public var percent: String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }
}
