import Foundation

/// A figure with its 95% confidence interval (nil bounds when there are fewer than two units).
public struct Estimate: Hashable, Sendable, Codable {
    public var value: Double
    public var low: Double?
    public var high: Double?
    /// Independent units behind it (deal sets).
    public var n: Int

    public init(value: Double, low: Double?, high: Double?, n: Int) {
        self.value = value
        self.low = low
        self.high = high
        self.n = n
    }
}

/// The statistics of the report (docs/experiments.md explains each choice).
public enum Statistics {
    /// Student's t quantile for a two-sided 95% interval with `df` degrees of freedom.
    public static func t95(df: Int) -> Double {
        let table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
                     2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
                     2.045, 2.042]
        if df >= 1 && df <= table.count { return table[df - 1] }
        // Cornish–Fisher expansion around the normal quantile (exact to 3 decimals from df = 30 on).
        let z = 1.959_964, d = Double(max(df, 1))
        return z + (pow(z, 3) + z) / (4 * d) + (5 * pow(z, 5) + 16 * pow(z, 3) + 3 * z) / (96 * d * d)
    }

    /// A ratio of sums, Σy / Σh × `scale`, over clusters (y_i, h_i), with the linearised
    /// (cluster-robust) standard error: se = √(Σ(y_i − R h_i)² / (n(n−1))) / h̄.
    public static func ratio(_ clusters: [(y: Double, h: Double)], scale: Double = 100) -> Estimate? {
        let totalH = clusters.reduce(0) { $0 + $1.h }
        guard totalH > 0 else { return nil }
        let n = clusters.count
        let r = clusters.reduce(0) { $0 + $1.y } / totalH
        guard n >= 2 else { return Estimate(value: r * scale, low: nil, high: nil, n: n) }
        let meanH = totalH / Double(n)
        let ss = clusters.reduce(0) { $0 + pow($1.y - r * $1.h, 2) }
        let se = (ss / Double(n * (n - 1))).squareRoot() / meanH
        let half = t95(df: n - 1) * se
        return Estimate(value: r * scale, low: (r - half) * scale, high: (r + half) * scale, n: n)
    }

    /// The mean of paired differences with a t interval.
    public static func mean(_ values: [Double]) -> Estimate? {
        guard !values.isEmpty else { return nil }
        let n = values.count
        let mean = values.reduce(0, +) / Double(n)
        guard n >= 2 else { return Estimate(value: mean, low: nil, high: nil, n: n) }
        let variance = values.reduce(0) { $0 + pow($1 - mean, 2) } / Double(n - 1)
        let half = t95(df: n - 1) * (variance / Double(n)).squareRoot()
        return Estimate(value: mean, low: mean - half, high: mean + half, n: n)
    }

    /// The `p` quantile (0…1) by the nearest-rank method; nil for no values.
    public static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}
