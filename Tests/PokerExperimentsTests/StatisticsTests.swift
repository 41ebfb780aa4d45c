import Foundation
import PokerExperiments
import Testing

@Suite struct StatisticsTests {
    @Test func studentQuantiles() {
        #expect(Statistics.t95(df: 1) == 12.706)
        #expect(Statistics.t95(df: 9) == 2.262)
        #expect(abs(Statistics.t95(df: 60) - 2.000) < 0.001)
        #expect(abs(Statistics.t95(df: 120) - 1.980) < 0.001)
        #expect(abs(Statistics.t95(df: 100_000) - 1.960) < 0.001)
    }

    @Test func pairedMeanInterval() throws {
        // Differences 1…5: mean 3, sd √2.5, se √0.5, t(4) 2.776.
        let e = try #require(Statistics.mean([1, 2, 3, 4, 5]))
        #expect(e.value == 3 && e.n == 5)
        #expect(abs((e.high ?? 0) - (3 + 2.776 * 0.5.squareRoot())) < 1e-9)
        #expect(Statistics.mean([4])?.low == nil)
    }

    @Test func ratioOfSumsWithClusterErrors() throws {
        // Three clusters with the same rate (10 bb in 100 hands): zero spread.
        let same = try #require(Statistics.ratio([(10, 100), (20, 200), (5, 50)]))
        #expect(abs(same.value - 10) < 1e-9 && abs((same.high ?? 0) - 10) < 1e-9)
        // Two clusters: R = 0 bb/hand; residuals ±10; se = √(200/2)/100 = 0.1 → ×100 = 10 bb/100.
        let split = try #require(Statistics.ratio([(10, 100), (-10, 100)]))
        #expect(split.value == 0)
        #expect(abs((split.high ?? 0) - 12.706 * 10) < 1e-6)
        #expect(Statistics.ratio([]) == nil)
    }

    @Test func percentilesByNearestRank() {
        let values = (1...100).map(Double.init)
        #expect(Statistics.percentile(values, 0.5) == 50)
        #expect(Statistics.percentile(values, 0.95) == 95)
        #expect(Statistics.percentile([], 0.5) == nil)
    }

    @Test func textCharts() {
        #expect(TextCharts.bar(0.5, width: 4) == "██░░")
        #expect(TextCharts.bar(1, width: 3) == "███")
        #expect(TextCharts.sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        let line = TextCharts.interval(Estimate(value: 0, low: -10, high: 10, n: 3), axis: -20...20, width: 9)
        #expect(line == "  ├─●─┤  ")
    }
}
