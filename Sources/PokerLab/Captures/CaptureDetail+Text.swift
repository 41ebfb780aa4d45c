import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

extension CaptureDetail {
    /// The detail as terminal text: header, spot, verdict, decision, turns, mind, usage, re-runs,
    /// then the full prompt and answer. Untrusted text is made safe to print.
    public var text: String {
        var out: [String] = [header, ""]
        if let spot { out += ["SPOT", "  " + Self.describe(spot), ""] }
        out += verdictSection + decisionSection + turnsSection + psychologySection + usageSection + rerunSection
        out += ["SYSTEM PROMPT", LabText.indent(capture.systemPrompt), "", "USER MESSAGE", LabText.indent(capture.userMessage)]
        if let raw = capture.rawResponse { out += ["", "RAW ANSWER", LabText.indent(raw)] }
        return out.joined(separator: "\n") + "\n"
    }

    var header: String {
        let c = capture
        var place: [String] = ["Capture \(c.id?.rawValue ?? 0)"]
        if let game = c.game { place.append("game \(game.rawValue)") }
        if let hand = c.handNumber { place.append("hand \(hand)") }
        if let index = c.decisionIndex { place.append("decision \(index + 1)") }
        let who = LabText.line(c.personality ?? "?", limit: 40) + (c.seat.map { " (seat \($0 + 1))" } ?? "")
        var second = "\(c.callType == "debug_rerun" ? "re-run" : "decision") by \(c.provider)/\(c.model)"
        second += " · prompt \(c.promptVersion ?? "?") #\(c.promptHash ?? "?")"
        if let parent = c.parent { second += " · re-runs capture \(parent.rawValue)" }
        second += " · " + ISO8601DateFormatter().string(from: c.createdAt)
        return place.joined(separator: " · ") + " · " + who + "\n" + second
    }

    var verdictSection: [String] {
        guard let j = judgement else { return ["VERDICT  not judged", ""] }
        var head = "VERDICT  \(j.verdict) — \(j.action)\(j.amount.map { " \($0)" } ?? "")"
        if let optimal = j.optimal, optimal != j.action { head += ", best by the numbers: \(optimal)" }
        var numbers = ["equity vs ranges \(LabText.percent(j.equityVsRanges))", "vs random \(LabText.percent(j.equityVsRandom))"]
        if let required = j.requiredEquity { numbers.append("needs \(LabText.percent(required))") }
        if let odds = j.potOdds { numbers.append("pot odds \(LabText.percent(odds))") }
        numbers.append("EV lost \(LabText.decimal(j.evLostBB)) bb")
        var lines = [head, "  " + numbers.joined(separator: " · ")]
        let names = labels.map { $0.source == .user ? $0.label + " (yours)" : $0.label }
        if !names.isEmpty { lines.append("  labels: " + names.joined(separator: ", ")) }
        return lines + [""]
    }

    var decisionSection: [String] {
        guard let d = decision else { return [] }
        var lines = ["DECISION  \(d.action)\(d.amount.map { " to \($0)" } ?? "")"]
        if let fallback = d.fallback { lines.append("  offline bot decided: " + LabText.line(fallback)) }
        if let clamp = d.clampNote { lines.append("  clamped: " + LabText.line(clamp)) }
        if let reply = d.reply {
            let size = reply.action == "raise" ? reply.raiseTo.map { " raise_to \(LabText.decimal($0)) BB" } ?? "" : ""
            lines.append("  answered: \(reply.action)" + size)
            if let thought = reply.innerMonologue { lines.append("  inner monologue: " + LabText.line(thought, limit: 400)) }
            if let plan = reply.handStrategy { lines.append("  strategy: " + LabText.line(plan, limit: 400)) }
            if !reply.dramaticSequence.isEmpty {
                lines.append("  at the table: " + reply.dramaticSequence.map { LabText.line($0, limit: 120) }.joined(separator: " / "))
            }
        }
        return lines + [""]
    }

    var turnsSection: [String] {
        guard !turns.isEmpty else { return [] }
        var lines = ["TURNS"]
        for (index, turn) in turns.enumerated() {
            let name = index == 0 ? "answer" : "correction"
            var line = "  \(index + 1). \(name) · \(turn.inputTokens) in / \(turn.outputTokens) out · \(turn.latencyMs) ms"
            if let error = turn.error {
                line += " · \(turn.kind?.rawValue ?? "error"): " + LabText.line(error)
            } else {
                line += " · ok"
            }
            lines.append(line)
            if index > 0, let raw = turn.raw { lines.append("     answer: " + LabText.line(raw, limit: 300)) }
        }
        return lines + [""]
    }

    var psychologySection: [String] {
        guard let p = psychology else { return [] }
        return ["PSYCHOLOGY", "  " + LabText.line(p.summary),
                "  " + String(format: "valence %+.2f · arousal %.2f · control %.2f · focus %.2f", p.valence, p.arousal,
                              p.control, p.focus),
                "  " + String(format: "playing with aggression %.2f · bluff %.2f · looseness %.2f", p.aggression,
                              p.bluffTendency, p.looseness),
                "  " + LabText.line(p.session), ""]
    }

    var usageSection: [String] {
        guard !usage.isEmpty else { return ["USAGE  no calls recorded", ""] }
        let input = usage.reduce(0) { $0 + $1.inputTokens }, output = usage.reduce(0) { $0 + $1.outputTokens }
        let latency = usage.reduce(0) { $0 + $1.latencyMs }
        var lines = ["USAGE  \(usage.count) call\(usage.count == 1 ? "" : "s") · \(LabText.count(input)) in / "
            + "\(LabText.count(output)) out tokens · \(LabText.count(latency)) ms · \(LabText.money(costUSD))"]
        let rows = usage.map { u in
            ["  #\(u.id ?? 0)", u.callType, u.status.rawValue + (u.errorKind.map { " (\($0))" } ?? ""),
             "\(u.latencyMs) ms", "\(u.inputTokens)/\(u.outputTokens)", LabText.money(u.costUSD)]
        }
        lines.append(LabText.table(rows))
        return lines + [""]
    }

    var rerunSection: [String] {
        guard !reruns.isEmpty else { return [] }
        let rows = reruns.map { r in
            ["  #\(r.id.rawValue)", "\(r.provider)/\(r.model)", (r.action ?? "?") + (r.amount.map { " \($0)" } ?? ""),
             r.verdict ?? "not judged"]
        }
        return ["RE-RUNS", LabText.table(rows), ""]
    }

    /// "river · cutoff · As Kd on Ks 7d 2c 9h 3s · pot 900 · to call 300 · stack 1200 (60 BB)".
    static func describe(_ spot: SpotFacts) -> String {
        var parts = [spot.street.description, spot.positionName.replacingOccurrences(of: "_", with: " "),
                     spot.holeCards.map(\.description).joined(separator: " ")
                        + (spot.board.isEmpty ? "" : " on " + spot.board.map(\.description).joined(separator: " "))]
        parts.append("pot \(spot.pot)")
        if spot.toCall > .zero { parts.append("to call \(spot.toCall)") }
        parts.append("stack \(spot.stack) (\(LabText.decimal(spot.stackInBigBlinds)) BB)")
        parts.append("\(spot.opponents.count) opponent\(spot.opponents.count == 1 ? "" : "s") in the hand")
        return parts.joined(separator: " · ")
    }
}
