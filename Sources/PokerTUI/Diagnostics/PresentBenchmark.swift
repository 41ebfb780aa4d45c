/// Times ``Terminal/present(_:)`` on a real terminal, for `terminal-check --bench-frames` and
/// `make bench`: full-screen changes, one changed row, and unchanged frames.
public enum PresentBenchmark {
    /// Mean time per present for each kind of frame.
    public struct Result: Sendable, CustomStringConvertible {
        public var size: TerminalSize
        public var frames: Int
        /// Every cell differs from the previous frame.
        public var everyCellChanged: Duration
        /// One row differs.
        public var oneRowChanged: Duration
        /// Nothing differs.
        public var unchanged: Duration

        public var description: String {
            func ms(_ d: Duration) -> String {
                let hundredths = Int((d / .milliseconds(1) * 100).rounded())
                let fraction = hundredths % 100
                return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
            }
            return "present at \(size), mean of \(frames) frames: every cell changed \(ms(everyCellChanged)), "
                + "one row changed \(ms(oneRowChanged)), unchanged \(ms(unchanged))"
        }
    }

    /// Presents `frames` frames of each kind on `terminal` and returns the mean times.
    @MainActor
    public static func run(on terminal: any Terminal, frames: Int) -> Result {
        let size = terminal.size, count = max(1, frames)
        let clock = ContinuousClock()
        let a = pattern(size: size, capabilities: terminal.capabilities, phase: 0)
        let b = pattern(size: size, capabilities: terminal.capabilities, phase: 1)
        terminal.present(b)
        let full = clock.measure {
            for index in 0..<count { terminal.present(index.isMultiple(of: 2) ? a : b) }
        }
        var current = a
        terminal.present(current)
        let row = clock.measure {
            for index in 0..<count {
                current.write(String(repeating: index.isMultiple(of: 2) ? "x" : "y", count: size.width), at: (0, index % max(1, size.height)))
                terminal.present(current)
            }
        }
        let same = clock.measure {
            for _ in 0..<count { terminal.present(current) }
        }
        return Result(size: size, frames: count, everyCellChanged: full / count, oneRowChanged: row / count, unchanged: same / count)
    }

    /// A busy frame: cards, text and many styles, shifted by `phase` so two phases share no cell.
    static func pattern(size: TerminalSize, capabilities: TerminalCapabilities, phase: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let styles = Style.allCases
        let text = capabilities.unicode ? "A♠K♥Q♦J♣T♠9♥8♦7♣ pot 1,250 " : "AsKhQdJcTs9h8d7c pot 1,250 "
        let glyphs = Array(text)
        for y in 0..<size.height {
            for x in 0..<size.width {
                let index = x + y + phase
                let character = glyphs[index % glyphs.count]
                let style = styles[(index / 3 + phase * 5) % styles.count]
                buffer.write(String(phase == 0 ? character : (character == " " ? "." : " ")), at: (x, y), style: style)
            }
        }
        return buffer
    }
}
