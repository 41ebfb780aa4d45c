import Foundation

extension DoctorReport {
    /// One screen: a line per area, then every problem with the line that fixes it.
    var text: String {
        var lines = ["PokerFace doctor · pokerface \(version) (commit \(commit ?? "unknown"))", ""]
        func row(_ label: String, _ value: String) { lines.append(label.padding(toLength: 12, withPad: " ", startingAt: 0) + value) }

        let t = terminal
        var term = t.term.map { "TERM=\($0)" } ?? "TERM not set"
        if t.term != nil { term += t.terminfo ? " (terminfo ok, \(t.colors.map { "\($0) colours" } ?? "colours unknown"))" : " (no terminfo)" }
        if t.noColor { term += ", NO_COLOR set" }
        let size = t.columns.map { "\($0)×\(t.lines ?? 0)" } ?? "size unknown (not a terminal)"
        row("Terminal", "\(term) · locale \(t.locale) (\(t.utf8 ? "UTF-8" : "not UTF-8")) · \(size)")
        row("Data", dataDirectory.map { "\($0) (\(dataSource ?? "found"))" } ?? "not found: \(dataSearched)")
        let c = characters
        var who = "\(c.bundled) bundled, \(c.yours) yours (\(c.userDirectory))"
        if !c.invalidFiles.isEmpty { who += "; \(c.invalidFiles.count) invalid" }
        row("Characters", who)
        for invalid in c.invalidFiles.prefix(5) { row("", "  skipped: \(invalid)") }
        row("Database", "\(database.path): " + databaseSummary)
        row("Config", FileManager.default.fileExists(atPath: configFile) ? configFile : "\(configFile) (none; optional)")
        let keyed = providers.filter { $0.key != nil }
        if keyed.isEmpty {
            row("LLM keys", "none: AI seats play offline (to add one: export OPENAI_API_KEY=…, or another provider's key)")
        }
        for provider in keyed { row(keyed.first?.provider == provider.provider ? "LLM keys" : "", providerLine(provider)) }
        let missing = providers.filter { $0.needsKey && $0.key == nil }.map(\.name)
        if !keyed.isEmpty, !missing.isEmpty { row("", "no key: " + missing.joined(separator: ", ")) }
        row("Local model", "\(localModel.baseURL): " + onlineSummary(localModel.online, unchecked: "not checked (add --online)"))
        lines.append("")
        if problems.isEmpty {
            lines.append(online ? "Everything works." : "No problems found (add --online to call each provider with a key).")
        } else {
            lines.append("\(problems.count) problem\(problems.count == 1 ? "" : "s"):")
            for problem in problems {
                lines.append("  - \(problem.area): \(problem.problem)")
                lines.append("    fix: \(problem.fix)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private var databaseSummary: String {
        switch database.state {
        case "missing": return "not created yet (your first game creates it)"
        case "empty": return "empty (your first game sets it up)"
        case "pokerface":
            var text = "schema \(database.schemaVersion ?? 0) (\(database.migrations.last ?? "none")), "
                + "\(database.games ?? 0) games, \(database.hands ?? 0) hands"
            if !database.pending.isEmpty { text += "; \(database.pending.count) migration(s) to apply on next use" }
            if !database.unknown.isEmpty { text += "; newer than this pokerface" }
            if database.integrity == ["ok"] { text += "; integrity check ok" }
            return text
        case "damaged": return "damaged (\(database.integrity?.first ?? "integrity check failed"))"
        default: return database.state.replacingOccurrences(of: "-", with: " ")
        }
    }

    private func providerLine(_ provider: Provider) -> String {
        "\(provider.name) key \(provider.key ?? "") from \(provider.keySource ?? "?")"
            + (online ? " · " + onlineSummary(provider.online, unchecked: "not called") : "")
    }

    private func onlineSummary(_ check: OnlineCheck?, unchecked: String) -> String {
        guard let check else { return unchecked }
        if check.ok { return "answers (\(check.model ?? "?"), \(check.latencyMs ?? 0) ms)" }
        return "no answer: \(check.error ?? "unknown error")"
    }
}
