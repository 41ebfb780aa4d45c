import Foundation

/// Plain-text charts for terminal reports (Unicode block and box-drawing characters).
public enum TextCharts {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels = Array("▁▂▃▄▅▆▇█")

    /// A horizontal bar of `fraction` (0…1) of `width` cells, in eighths of a cell, padded with `░`.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let eighthsTotal = Int((clamped * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
        let used = eighthsTotal / 8 + (eighthsTotal % 8 > 0 ? 1 : 0)
        text += String(repeating: "░", count: max(0, width - used))
        return text
    }

    /// An interval on a shared axis: `├──●──┤`, with `│` marking zero when it is in range.
    public static func interval(_ estimate: Estimate, axis: ClosedRange<Double>, width: Int) -> String {
        guard width >= 3, axis.upperBound > axis.lowerBound else { return "" }
        let span: Double = axis.upperBound - axis.lowerBound
        let last = Double(width - 1)
        func column(_ x: Double) -> Int {
            let f: Double = (x - axis.lowerBound) / span
            let c = Int((f * last).rounded())
            return min(width - 1, max(0, c))
        }
        var cells = [Character](repeating: " ", count: width)
        if axis.contains(0) { cells[column(0)] = "│" }
        if let low = estimate.low, let high = estimate.high {
            let a = column(low), b = column(high)
            for c in a...b { cells[c] = "─" }
            cells[a] = "├"
            cells[b] = "┤"
        }
        cells[column(estimate.value)] = "●"
        return String(cells)
    }

    /// A sparkline of `values`, resampled to at most `width` points.
    public static func sparkline(_ values: [Double], width: Int = 40) -> String {
        guard !values.isEmpty else { return "" }
        var points = values
        if values.count > width {
            let step = Double(values.count - 1) / Double(max(1, width - 1))
            points = (0..<width).map { k in
                let index = Int(Double(k) * step)
                return values[min(values.count - 1, index)]
            }
        }
        guard let low = points.min(), let high = points.max(), high > low else {
            return String(repeating: String(levels[3]), count: points.count)
        }
        let top = Double(levels.count - 1)
        var text = ""
        for point in points {
            let level = Int((point - low) / (high - low) * top)
            text.append(levels[min(levels.count - 1, level)])
        }
        return text
    }

    /// A signed number with one decimal (`+12.3`, `-4.0`).
    public static func signed(_ value: Double) -> String { String(format: "%+.1f", value) }

    /// Text padded (or cut) to `width` display cells.
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let cut = text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
        let fill = String(repeating: " ", count: max(0, width - cut.count))
        return right ? fill + cut : cut + fill
    }
}
