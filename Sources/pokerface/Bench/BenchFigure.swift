/// One measured figure printed by `pokerface bench`.
struct BenchFigure: Codable {
    var name: String
    var value: Double
    var unit: String
    var goal: String?
}
