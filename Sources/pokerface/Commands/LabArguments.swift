import ArgumentParser
import Foundation
import PokerStore

/// Parsing of the AI lab's option values: ranges, dates, verdicts.
enum LabArguments {
    /// "0.2-0.35", "20%-35%", "10-" (10 and up), "-15" (up to 15), "12" (exactly 12).
    static func range(_ text: String, option: String) throws -> ClosedRange<Double> {
        let percent = text.contains("%")
        let cleaned = text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: " ", with: "")
        let parts = cleaned.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        func number(_ part: String, _ fallback: Double) throws -> Double {
            if part.isEmpty { return fallback }
            guard let value = Double(part) else { throw ValidationError("\(option): '\(text)' is not a range such as 0.2-0.35, 20%-35%, 10- or -15") }
            return percent ? value / 100 : value
        }
        let low = try number(parts[0], -Double.greatestFiniteMagnitude)
        let high = parts.count > 1 ? try number(parts[1], Double.greatestFiniteMagnitude) : low
        guard low <= high else { throw ValidationError("\(option): the range '\(text)' ends before it starts") }
        return low...high
    }

    /// "2026-11-29", an ISO-8601 time, or "36h" / "7d" ago.
    static func date(_ text: String, now: Date = Date()) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), unit == "h" || unit == "d" {
            return now.addingTimeInterval(-amount * (unit == "h" ? 3_600 : 86_400))
        }
        if let time = try? Date.ISO8601FormatStyle().parse(trimmed) { return time }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        day.dateFormat = "yyyy-MM-dd"
        if let date = day.date(from: trimmed) { return date }
        throw ValidationError("--since: '\(text)' is not a date (2026-11-29, an ISO-8601 time, 36h or 7d)")
    }
}

/// The capture browser's filters, shared by `lab captures` and batch `lab rerun` (each adds
/// its own model filter: `--model` in the browser, `--from-model` in a batch re-run, whose
/// `--model` picks the model that answers).
struct CaptureFilterOptions: ParsableArguments {
    @Option(help: "Only this game.") var game: Int64?
    @Option(help: "Only this personality (slug, e.g. victorian-miser).") var personality: String?
    @Option(help: "preflop, flop, turn or river.") var street: String?
    @Option(help: "fold, check, call, raise or all_in.") var action: String?
    @Option(help: "mistake, marginal or correct (the decision analysis).") var verdict: String?
    @Option(help: "Carrying this label (repeat for several: all must match).") var label: [String] = []
    @Option(help: "parse, illegal, timeout, transport, fallback, or any.") var error: String?
    @Option(name: .customLong("pot-odds"), help: "Call ÷ (pot + call): 0.2-0.35, 20%-35%, 0.3-.")
    var potOdds: String?
    @Option(name: .customLong("stack-bb"), help: "Deciding stack in big blinds: 0-15, 40-.") var stackBB: String?
    @Option(help: "Captures since: 2026-11-29, an ISO-8601 time, 36h or 7d.") var since: String?
    @Flag(help: "Show the AI lab's re-runs instead of the games' decisions.") var reruns = false
    @Flag(name: .customLong("all-kinds"), help: "Show decisions and re-runs together.") var allKinds = false

    static let streets: Set<String> = ["preflop", "flop", "turn", "river"]
    static let actions: Set<String> = ["fold", "check", "call", "raise", "all_in"]
    static let errors: Set<String> = ["parse", "illegal", "timeout", "transport", "fallback", "any"]

    /// The filter, or a usage error naming the bad value.
    func filter(limit: Int, offset: Int, model: String?) throws -> CaptureFilter {
        var filter = CaptureFilter()
        filter.kind = allKinds ? .all : (reruns ? .reruns : .decisions)
        filter.game = game.map { GameID($0) }
        filter.personality = personality
        if let street {
            guard Self.streets.contains(street) else { throw ValidationError("--street: use preflop, flop, turn or river") }
            filter.street = street
        }
        if let action {
            guard Self.actions.contains(action) else { throw ValidationError("--action: use fold, check, call, raise or all_in") }
            filter.action = action
        }
        if let verdict {
            guard let parsed = AnalysisRow.Verdict(rawValue: verdict) else {
                throw ValidationError("--verdict: use mistake, marginal or correct")
            }
            filter.verdict = parsed
        }
        filter.labels = label
        if let error {
            guard Self.errors.contains(error) else {
                throw ValidationError("--error: use parse, illegal, timeout, transport, fallback or any")
            }
            filter.errorType = error
        }
        filter.potOdds = try potOdds.map { try LabArguments.range($0, option: "--pot-odds") }
        filter.stackBB = try stackBB.map { try LabArguments.range($0, option: "--stack-bb") }
        filter.model = model
        filter.since = try since.map { try LabArguments.date($0) }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
        filter.limit = limit
        filter.offset = offset
        return filter
    }

    func validate() throws {
        _ = try filter(limit: 1, offset: 0, model: nil)
    }

    /// True when any filter narrows the selection.
    var narrows: Bool {
        game != nil || personality != nil || street != nil || action != nil || verdict != nil || !label.isEmpty
            || error != nil || potOdds != nil || stackBB != nil || since != nil
    }
}

extension StoreError {
    /// The store's sentence as a command-line failure.
    var cli: CLIError { CLIError(description) }
}
