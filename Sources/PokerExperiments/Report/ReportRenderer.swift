import Foundation

/// The report as terminal text: tables, interval charts, verdict bars and sparklines.
public enum ReportRenderer {
    public static func render(_ report: ExperimentReport) -> String {
        var lines: [String] = []
        let d = report.design, p = report.progress
        lines.append("Experiment \(report.experiment.id) · \(report.experiment.name) · \(report.experiment.status)")
        lines.append("  \(d.entrants.count) seats × \(d.dealSets) deal sets × \(d.rotations) rotation\(d.rotations == 1 ? "" : "s")"
                     + " × \(d.variants.count) variant\(d.variants.count == 1 ? "" : "s") = \(p.gamesTotal) games · cap \(d.handCap) hands"
                     + " · seed \(d.seed)")
        lines.append("  \(p.gamesComplete)/\(p.gamesTotal) games complete · \(p.hands) hands · "
                     + String(format: "$%.4f", p.costUSD) + " · \(report.experiment.source)")
        lines += [""] + results(report)
        lines += [""] + verdicts(report)
        let llm = llmTable(report)
        if !llm.isEmpty { lines += [""] + llm }
        lines += [""] + sparklines(report)
        if !report.notes.isEmpty { lines += [""] + report.notes.map { "note: " + $0 } }
        return lines.joined(separator: "\n")
    }

    static let chartWidth = 25

    static func results(_ report: ExperimentReport) -> [String] {
        let estimates = report.variants.flatMap { $0.entrants.flatMap { [$0.bbPer100, $0.deltaVsControl].compactMap { $0 } } }
        let low = min(0, estimates.map { $0.low ?? $0.value }.min() ?? -1)
        let high = max(0, estimates.map { $0.high ?? $0.value }.max() ?? 1)
        let axis = low...(high > low ? high : low + 1)
        var lines = ["bb/100 by entrant, 95% CI (deal sets are the units; * = subject)   axis "
                     + TextCharts.signed(axis.lowerBound) + " … " + TextCharts.signed(axis.upperBound)]
        func row(_ label: String, _ entrant: EntrantReport, _ estimate: Estimate?) -> String {
            let name = TextCharts.pad((entrant.subject ? "*" : " ") + entrant.name, 20)
            let head = "  " + TextCharts.pad(label, 10) + name + " " + TextCharts.pad(entrant.setup, 24)
            guard let estimate else { return head + "   no complete deal set yet" }
            let ci = estimate.low.map { String(format: "[%7.1f, %7.1f]", $0, estimate.high ?? $0) } ?? "[   n/a ,    n/a ]"
            return head + TextCharts.pad(TextCharts.signed(estimate.value), 8, right: true) + "  " + ci
                + "  n=\(estimate.n)  " + TextCharts.interval(estimate, axis: axis, width: chartWidth)
        }
        for variant in report.variants {
            for entrant in variant.entrants { lines.append(row(variant.label, entrant, entrant.bbPer100)) }
        }
        if report.variants.count > 1 {
            lines.append("Difference from the control (bb/100, paired by deal set: the same cards in the same seats)")
            for variant in report.variants.dropFirst() {
                for entrant in variant.entrants where entrant.subject {
                    lines.append(row(variant.label, entrant, entrant.deltaVsControl))
                }
            }
        }
        return lines
    }

    static func verdicts(_ report: ExperimentReport) -> [String] {
        var lines = ["Decision verdicts (analyzer)"]
        for variant in report.variants {
            let label = "  " + TextCharts.pad(variant.label, 10)
            guard let v = variant.verdicts else { lines.append(label + "not analysed"); continue }
            lines.append(label + TextCharts.pad("\(v.decisions) decisions", 16) + "correct " + TextCharts.bar(v.correctRate, width: 16)
                         + String(format: " %3.0f%%  marginal %3.0f%%  mistake %3.0f%%", 100 * v.correctRate, 100 * v.marginalRate,
                                  100 * v.mistakeRate)
                         + (v.evLostPerDecision.map { String(format: "  EV lost %.3f bb/decision", $0) } ?? ""))
        }
        return lines
    }

    static func llmTable(_ report: ExperimentReport) -> [String] {
        let rows = report.variants.compactMap { variant in variant.llm.map { (variant.label, $0) } }
        guard !rows.isEmpty else { return [] }
        var lines = ["LLM seats      decisions  valid JSON  corrected  fallback   p50 ms   p95 ms  tokens/dec      $/dec     $ total"]
        func percent(_ x: Double?) -> String { x.map { String(format: "%.1f%%", 100 * $0) } ?? "n/a" }
        func number(_ x: Double?, _ format: String) -> String { x.map { String(format: format, $0) } ?? "n/a" }
        for (label, llm) in rows {
            lines.append("  " + TextCharts.pad(label, 12) + TextCharts.pad(String(llm.decisions), 11, right: true)
                         + TextCharts.pad(percent(llm.validJSONRate), 12, right: true)
                         + TextCharts.pad(percent(llm.correctedRate), 11, right: true)
                         + TextCharts.pad(percent(llm.fallbackRate), 10, right: true)
                         + TextCharts.pad(number(llm.latencyP50Ms, "%.0f"), 9, right: true)
                         + TextCharts.pad(number(llm.latencyP95Ms, "%.0f"), 9, right: true)
                         + TextCharts.pad(number(llm.tokensPerDecision, "%.0f"), 12, right: true)
                         + TextCharts.pad(number(llm.costPerDecisionUSD, "%.6f"), 11, right: true)
                         + TextCharts.pad(String(format: "%.4f", llm.costUSD), 12, right: true))
        }
        return lines
    }

    static func sparklines(_ report: ExperimentReport) -> [String] {
        var lines = ["Subjects' cumulative bb by hand number (mean over complete games)"]
        for variant in report.variants {
            let series = variant.cumulativeBB
            let line = series.isEmpty ? "no complete game yet"
                : TextCharts.sparkline(series) + "  " + TextCharts.signed(series.last ?? 0) + " bb after \(series.count) hands"
            lines.append("  " + TextCharts.pad(variant.label, 10) + line)
        }
        return lines
    }
}
