/// One measured number printed by `make bench` (and `--json`).
struct BenchFigure: Codable {
    var name: String
    var value: Double
    var unit: String
    var goal: String?
}
