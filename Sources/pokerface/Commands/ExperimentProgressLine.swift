import Foundation
import PokerEngine
import PokerExperiments

/// The progress of a running experiment on stderr: a bar redrawn in place on a terminal, a plain
/// line every 5 seconds otherwise (logs, CI).
final class ExperimentProgressLine: Sendable {
    let task: Task<Void, Never>

    private init(task: Task<Void, Never>) { self.task = task }

    static func start(_ progress: ExperimentProgress) -> ExperimentProgressLine {
        let terminal = isatty(STDERR_FILENO) == 1
        let task = Task.detached {
            var window: [(ContinuousClock.Instant, Int)] = []
            while !Task.isCancelled {
                try? await Task.sleep(for: terminal ? .milliseconds(250) : .seconds(5))
                let now = ContinuousClock.now
                let snapshot = progress.snapshot
                window.append((now, snapshot.decisions))
                window.removeAll { now - $0.0 > .seconds(10) }
                let line = text(snapshot, started: progress.started, now: now, window: window, bar: terminal)
                // Our own redraw sequence, then the line (experiment names and labels) made safe.
                let shown = terminal ? "\r\u{1B}[2K" + TextSanitizer.sanitizeLine(line) : TextSanitizer.sanitize(line) + "\n"
                FileHandle.standardError.write(Data(shown.utf8))
            }
        }
        return ExperimentProgressLine(task: task)
    }

    /// Stops redrawing and ends the line.
    func finish() async {
        task.cancel()
        await task.value
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func text(_ s: ExperimentProgress.Snapshot, started: ContinuousClock.Instant, now: ContinuousClock.Instant,
                     window: [(ContinuousClock.Instant, Int)], bar: Bool) -> String {
        let total = max(1, s.handsTotal)
        let fraction = min(1, Double(s.handsDone) / Double(total))
        var rate = 0.0
        if let first = window.first, let last = window.last, last.0 > first.0 {
            rate = Double(last.1 - first.1) / seconds(last.0 - first.0)
        }
        let elapsed = seconds(now - started)
        let handRate = elapsed > 0 ? Double(s.handsThisRun) / elapsed : 0
        let eta = handRate > 0 ? format(Double(max(0, total - s.handsDone)) / handRate) : "?"
        var parts = [String(format: "%3.0f%% %d/%d hands", 100 * fraction, s.handsDone, total),
                     "\(s.gamesComplete)/\(s.gamesTotal) games", "\(s.gamesRunning) running",
                     String(format: "%.1f decisions/s", rate), "ETA \(eta)", String(format: "$%.4f", s.cost)]
        if let stopping = s.stopping { parts.append(stopping) }
        let head = bar ? "[" + TextCharts.bar(fraction, width: 20) + "] " : "progress: "
        return head + parts.joined(separator: " · ")
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    static func format(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(String(format: "%02d", (s % 3600) / 60))m" : s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
