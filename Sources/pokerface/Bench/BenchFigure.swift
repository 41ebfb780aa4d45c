/// One measured figure of `pokerface bench`: e.g. `random 7-card evaluations`, 212.4, `M/s`,
/// goal `≥ 50 M/s`.
struct BenchFigure: Codable, Sendable, Equatable {
    var name: String
    var value: Double
    var unit: String
    var goal: String?
}
