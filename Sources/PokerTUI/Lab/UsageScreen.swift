import PokerAI
import PokerEngine
import PokerLab
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

    /// The screen's keys: ``message(for:)`` reads them and the `?` help is generated from them.
    /// `?`/F1 and `q` are the app's (help, quit).
    public static let bindings = KeyBindings<LabKey<UsageScreenMsg>>([
        KeyBinding(.tab, help: "next grouping: model, personality, day, call type, game", intent: .message(.nextGrouping)),
        KeyBinding(.right, help: "next grouping: model, personality, day, call type, game", intent: .message(.nextGrouping)),
        KeyBinding(.character("g"), help: "next grouping: model, personality, day, call type, game",
                   intent: .message(.nextGrouping)),
        KeyBinding(.backTab, help: "previous grouping", intent: .message(.previousGrouping)),
        KeyBinding(.left, help: "previous grouping", intent: .message(.previousGrouping)),
        KeyBinding(.escape, help: "back to the menu", intent: .message(.leave)),
        KeyBinding(.character("b"), help: "back to the menu", intent: .message(.leave)),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.function(1), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "quit", intent: .quit),
    ])

    /// The message a key means on this screen, or nil (also for the app's help and quit keys).
    public static func message(for key: Key) -> UsageScreenMsg? {
        bindings.message(for: key)
    }

    /// The screen at `size`.
    public static func render(_ state: UsageScreenState, size: TerminalSize,
                              capabilities: TerminalCapabilities = .full) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let name = state.query.grouping.rawValue.replacingOccurrences(of: "-", with: " ")
        buffer.drawBox(buffer.bounds, glyphs: BoxGlyphs.forTerminal(capabilities), title: "AI lab · LLM usage by \(name)")
        let widths = Self.columns(width: size.width - 4)
        buffer.write(Self.row([name.uppercased(), "CALLS", "TOK IN", "TOK OUT", "COST", "P50ms", "P95ms", "ERR"], widths),
                     at: (2, 2), style: .title)
        if let report = state.report {
            if report.total.calls == 0 {
                buffer.write("No LLM calls recorded yet.", at: (2, 3), style: .dim)
            }
            let rows = max(0, size.height - 10)
            let shown = report.total.calls == 0 ? [] : Array(report.groups.prefix(rows)) + [report.total]
            for (index, summary) in shown.enumerated() {
                let cells = [TextSanitizer.sanitizeLine(summary.key), LabText.count(summary.calls),
                             LabText.count(summary.inputTokens), LabText.count(summary.outputTokens),
                             LabText.money(summary.costUSD) + (summary.unpricedCalls > 0 ? "*" : ""),
                             LabText.count(summary.latencyP50Ms), LabText.count(summary.latencyP95Ms),
                             LabText.percent(summary.errorRate)]
                let isTotal = index == shown.count - 1
                buffer.write(Self.row(cells, widths), at: (2, 3 + index), style: isTotal ? .highlight : .normal)
            }
            var notes: [String] = []
            if report.groups.count > rows, report.total.calls > 0 {
                notes.append("\u{2026} \(report.groups.count - rows) more groups, counted in the total")
            }
            if report.total.unpricedCalls > 0 {
                notes.append("* \(LabText.count(report.total.unpricedCalls)) calls of models without a known price are not in the cost")
            }
            for (index, note) in notes.enumerated() {
                buffer.write(DisplayWidth.truncate(note, toWidth: size.width - 4), at: (2, 4 + shown.count + index), style: .dim)
            }
        } else {
            buffer.write("Loading\u{2026}", at: (2, 3), style: .dim)
        }
        if let message = state.message {
            buffer.write(DisplayWidth.truncate(TextSanitizer.sanitizeLine(message), toWidth: size.width - 4),
                         at: (2, size.height - 3), style: .error)
        }
        let keys = "Tab/\u{2190}\u{2192} grouping \u{00B7} Esc back \u{00B7} ? help \u{00B7} q quit"
        buffer.write(DisplayWidth.truncate(keys, toWidth: size.width - 4),
                     at: (2, size.height - 2), style: .key)
        return buffer
    }

    static func columns(width: Int) -> [Int] {
        let numbers = [6, 9, 8, 10, 6, 6, 5]
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
