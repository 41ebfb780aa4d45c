import PokerAI

extension ScenarioReport {
    /// One line per spot, then the agreement score and the verdicts.
    public var text: String {
        var rows = [["", "SPOT", "SITUATION", "SOUND", "DID", "VERDICT"]]
        for r in results {
            if let error = r.error {
                rows.append(["!!", r.id, LabText.line(error, limit: 70), "", "", ""])
                continue
            }
            let mark = r.agreed == r.decisions.count ? "ok" : (r.agreed == 0 ? "--" : "~")
            rows.append([mark, r.id, r.situation, r.expected.joined(separator: "/"), r.decisions.joined(separator: ", "),
                         r.verdicts.joined(separator: ", ") + (r.fallbacks > 0 ? " (\(r.fallbacks) fallback)" : "")])
        }
        var out = "\(personality) (\(player)) through \(suite): \(results.count) spots"
        out += runs > 1 ? " × \(runs) runs\n\n" : "\n\n"
        out += LabText.table(rows) + "\n\n"
        out += "Agreement with a sound player: \(agreed)/\(decisions) = \(LabText.percent(agreement)).\n"
        out += "Action type (fold / check / call / bet-or-raise): \(LabText.percent(typeAgreement())) — preflop "
            + "\(LabText.percent(typeAgreement(streets: ["preflop"]))), postflop "
            + "\(LabText.percent(typeAgreement(streets: ["flop", "turn", "river"]))).\n"
        out += "Analyser verdicts: \(count(verdict: "correct")) correct, \(count(verdict: "marginal")) marginal, "
            + "\(count(verdict: "mistake")) mistakes.\n"
        let missed = results.filter { $0.error == nil && $0.agreed < $0.decisions.count }
        if !missed.isEmpty {
            out += "\nWhere it disagreed:\n"
            for r in missed { out += "  \(r.id): \(LabText.line(r.why, limit: 160))\n" }
        }
        if !invalid.isEmpty { out += "\n\(invalid.count) spot\(invalid.count == 1 ? "" : "s") could not be built.\n" }
        return out
    }
}
