import PokerAI
import PokerStore

/// The AI lab's usage screen as a value: the query and the loaded report.
public struct UsageScreenState: Hashable, Sendable {
    public var query: UsageQuery
    public var report: UsageReport?
    public var message: String?

    /// A screen that will show `query`'s report once loaded.
    public init(query: UsageQuery = UsageQuery()) { self.query = query }
}

/// What happens on the usage screen.
public enum UsageScreenMsg: Hashable, Sendable {
    case loaded(UsageReport)
    case failed(String)
    /// model → personality → day → call type → game → model.
    case nextGrouping
    case previousGrouping
    case leave
}

/// What the usage screen asks its host to do.
public enum UsageScreenCommand: Hashable, Sendable {
    case load(UsageQuery)
    case leave
}

/// The usage screen's pure functions.
public enum UsageScreen {
    /// The commands that fill a new screen.
    public static func start(_ state: UsageScreenState) -> [UsageScreenCommand] { [.load(state.query)] }

    /// Applies `msg`; returns what the host must do (a stale report is dropped).
    public static func update(_ state: inout UsageScreenState, _ msg: UsageScreenMsg) -> [UsageScreenCommand] {
        let all = UsageQuery.Grouping.allCases
        let index = all.firstIndex(of: state.query.grouping) ?? 0
        switch msg {
        case let .loaded(report):
            guard report.query == state.query else { return [] }  // a stale answer
            state.report = report
            state.message = nil
        case let .failed(text):
            state.message = text
        case .nextGrouping:
            state.query.grouping = all[(index + 1) % all.count]
            return [.load(state.query)]
        case .previousGrouping:
            state.query.grouping = all[(index + all.count - 1) % all.count]
            return [.load(state.query)]
        case .leave:
            return [.leave]
        }
        return []
    }

    /// The message a key means on this screen, or nil.
    public static func message(for key: Key) -> UsageScreenMsg? {
        switch key {
        case .tab, .right, .character("g"): .nextGrouping
        case .backTab, .left: .previousGrouping
        case .escape, .character("q"): .leave
        default: nil
        }
    }

    /// The screen at `size`.
    public static func render(_ state: UsageScreenState, size: TerminalSize,
                              capabilities: TerminalCapabilities = .full) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let name = state.query.grouping.rawValue.replacingOccurrences(of: "-", with: " ")
        buffer.drawBox(buffer.bounds, glyphs: BoxGlyphs.forTerminal(capabilities), title: "AI lab · LLM usage by \(name)")
        let widths = Self.columns(width: size.width - 4)
        buffer.write(Self.row([name.uppercased(), "CALLS", "TOK IN", "TOK OUT", "COST", "P50", "P95", "ERR"], widths),
                     at: (2, 2), style: .title)
        if let report = state.report {
            if report.total.calls == 0 {
                buffer.write("No LLM calls recorded yet.", at: (2, 3), style: .dim)
            }
            let rows = max(0, size.height - 6)
            let shown = report.total.calls == 0 ? [] : Array(report.groups.prefix(rows)) + [report.total]
            for (index, summary) in shown.enumerated() {
                let cells = [TextSanitizer.sanitizeLine(summary.key), LabText.count(summary.calls),
                             LabText.count(summary.inputTokens), LabText.count(summary.outputTokens),
                             LabText.money(summary.costUSD), "\(summary.latencyP50Ms)ms", "\(summary.latencyP95Ms)ms",
                             LabText.percent(summary.errorRate)]
                let isTotal = index == shown.count - 1
                buffer.write(Self.row(cells, widths), at: (2, 3 + index), style: isTotal ? .highlight : .normal)
            }
        } else {
            buffer.write("Loading…", at: (2, 3), style: .dim)
        }
        if let message = state.message {
            buffer.write(DisplayWidth.truncate(TextSanitizer.sanitizeLine(message), toWidth: size.width - 4),
                         at: (2, size.height - 3), style: .error)
        }
        buffer.write(DisplayWidth.truncate("Tab group by model/personality/day/call type/game · q back", toWidth: size.width - 4),
                     at: (2, size.height - 2), style: .key)
        return buffer
    }

    static func columns(width: Int) -> [Int] {
        let numbers = [6, 9, 8, 10, 7, 7, 5]
        return [max(8, width - numbers.reduce(0, +) - numbers.count)] + numbers
    }

    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            let shown = DisplayWidth.truncate(pair.0, toWidth: pair.1)
            let pad = String(repeating: " ", count: max(0, pair.1 - DisplayWidth.of(shown)))
            return index == 0 ? shown + pad : pad + shown
        }.joined(separator: " ")
    }
}
