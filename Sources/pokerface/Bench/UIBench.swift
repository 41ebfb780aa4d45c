import PokerAI
import PokerTUI

/// The terminal UI's figures: a full table frame at 160×50 (render + present to an in-memory
/// terminal that diffs like the curses one), keypress-to-frame latency (update + render +
/// present), and the process CPU while the loop waits for input — idle, and while an AI seat
/// thinks (the timer redraws ten times a second). Goals: < 16 ms per frame, ~0% idle CPU.
struct UIBench {
    @MainActor
    static func run() -> [BenchFigure] {
        let library = PersonalityLibrary.loadStandard()
        guard let result = try? UIBenchmark.run(library: library) else { return [] }
        func ms(_ duration: Duration) -> Double { Double(duration / .microseconds(1)) / 1000 }
        let size = "\(result.size.width)x\(result.size.height)"
        return [
            BenchFigure(name: "ui: table frame \(size), render+present p50", value: ms(result.frameP50), unit: "ms", goal: "< 16 ms"),
            BenchFigure(name: "ui: table frame \(size), render+present p99", value: ms(result.frameP99), unit: "ms", goal: "< 16 ms"),
            BenchFigure(name: "ui: keypress to frame \(size) p50", value: ms(result.keyP50), unit: "ms", goal: "< 16 ms"),
            BenchFigure(name: "ui: keypress to frame \(size) p99", value: ms(result.keyP99), unit: "ms", goal: "< 16 ms"),
            BenchFigure(name: "ui: CPU while waiting for input", value: result.idleCPUPercent, unit: "%", goal: "~0%"),
            BenchFigure(name: "ui: loop wake-ups while idle", value: result.idleWakeupsPerSecond, unit: "/s"),
            BenchFigure(name: "ui: CPU while an AI thinks (10 redraws/s)", value: result.thinkingCPUPercent, unit: "%"),
        ]
    }
}
