import PokerAI
import PokerGame

extension RerunResult {
    /// Old and new answers side by side, then both answers in full.
    public var text: String {
        let o = original, n = rerun
        func judged(_ side: RerunSide) -> [String] {
            guard let j = side.judgement else { return ["—", "—", "—"] }
            var verdict = j.verdict
            if j.verdict == "mistake", let lost = j.evLostBB { verdict += " (EV lost \(LabText.decimal(lost)) bb)" }
            let equity = LabText.percent(j.equityVsRanges) + (j.requiredEquity.map { " (needs \(LabText.percent($0)))" } ?? "")
            return [j.action + (j.amount.map { " \($0)" } ?? ""), verdict, equity]
        }
        let old = judged(o), new = judged(n)
        let rows: [[String]] = [
            ["", "ORIGINAL", "RE-RUN"],
            ["capture", o.capture.map { "#\($0.rawValue)" } ?? "—", n.capture.map { "#\($0.rawValue)" } ?? "—"],
            ["model", "\(o.provider)/\(o.model)", "\(n.provider)/\(n.model)"],
            ["prompt", "#" + (o.promptHash ?? "?"), promptChange + (n.promptHash.map { $0.isEmpty ? "" : " #\($0)" } ?? "")],
            ["action", old[0], new[0]],
            ["verdict", old[1], new[1]],
            ["equity vs ranges", old[2], new[2]],
            ["problems", o.errorTypes.isEmpty ? "none" : o.errorTypes.joined(separator: ", "),
             n.errorTypes.isEmpty ? "none" : n.errorTypes.joined(separator: ", ")],
            ["tokens", "\(o.inputTokens) in / \(o.outputTokens) out", "\(n.inputTokens) in / \(n.outputTokens) out"],
            ["latency", "\(o.latencyMs) ms", "\(n.latencyMs) ms"],
            ["cost", LabText.money(o.costUSD), LabText.money(n.costUSD)],
        ]
        var out = LabText.table(rows.map { $0.map { LabText.line($0, limit: 60) } }) + "\n"
        out += "\nVerdict: \(verdictChange)" + (actionChanged ? " · the action changed" : " · same action") + "\n"
        for (title, side) in [("ORIGINAL", o), ("RE-RUN", n)] {
            if side.answers.isEmpty {
                out += "\n\(title) ANSWER\n  (none: \(side.provider == "offline" ? "the offline bot decided" : "see problems"))\n"
            }
            for (index, answer) in side.answers.enumerated() {
                out += "\n\(title) \(index == 0 ? "ANSWER" : "CORRECTION")\n" + LabText.indent(answer) + "\n"
            }
        }
        return out
    }
}

extension RerunBatchSummary {
    /// One line per re-run and the totals: how many verdicts changed from mistake to correct.
    public var text: String {
        var rows = [["CAPTURE", "RE-RUN BY", "ORIGINAL", "RE-RUN", "VERDICT"]]
        for r in results {
            rows.append([r.original.capture.map { "#\($0.rawValue)" } ?? "?", r.rerun.model,
                         r.original.judgement?.short ?? "—", r.rerun.judgement?.short ?? "—", r.verdictChange])
        }
        var out = LabText.table(rows) + "\n\n"
        out += "\(count) re-run\(count == 1 ? "" : "s"): \(mistakeToCorrect) mistake → correct, \(correctToMistake) correct → mistake; "
        out += "\(improved) better, \(worsened) worse, \(count - improved - worsened) same verdict; \(actionsChanged) action"
        out += "\(actionsChanged == 1 ? "" : "s") changed.\n"
        out += "Mistakes: \(mistakesBefore) before, \(mistakesAfter) after. "
        out += "Cost \(LabText.money(costUSD)) (\(LabText.count(inputTokens)) in / \(LabText.count(outputTokens)) out tokens).\n"
        for failure in failures { out += "skipped: " + LabText.line(failure, limit: 300) + "\n" }
        return out
    }
}
