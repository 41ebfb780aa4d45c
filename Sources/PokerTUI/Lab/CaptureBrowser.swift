import PokerStore

/// The AI lab's capture browser as a value: the filter, the loaded page, the selection and an
/// open capture's detail. Change it only through ``CaptureBrowser/update(_:_:)``.
public struct CaptureBrowserState: Hashable, Sendable {
    public var filter: CaptureFilter
    public var page: CapturePage?
    /// Index of the selected row on the page.
    public var selected = 0
    /// The open capture's detail as lines of text (nil when the list shows).
    public var detail: [String]?
    public var detailScroll = 0
    /// A status or error line.
    public var message: String?
    /// The screen's size, kept by the host: the detail is wrapped and scrolled to it.
    public var size = TerminalSize(width: 80, height: 24)

    /// A browser that will show `filter`'s captures once loaded.
    public init(filter: CaptureFilter = CaptureFilter()) {
        var filter = filter
        filter.limit = max(1, filter.limit)
        self.filter = filter
    }

    public var selectedCapture: CaptureSummary? {
        guard let captures = page?.captures, captures.indices.contains(selected) else { return nil }
        return captures[selected]
    }
}

/// What happens in the capture browser.
public enum CaptureBrowserMsg: Hashable, Sendable {
    case pageLoaded(CapturePage)
    case detailLoaded(CaptureID, [String])
    case failed(String)
    case up, down, pageForward, pageBack
    case open, close
    /// any → mistake → marginal → correct → any.
    case cycleVerdict
    /// any → preflop → flop → turn → river → any.
    case cycleStreet
    /// any → any problem → parse → illegal → timeout → fallback → any.
    case cycleProblem
    /// Games' decisions ↔ the lab's re-runs.
    case toggleReruns
    case leave
}

/// What the browser asks its host to do (load from the store, go back to the menu).
public enum CaptureBrowserCommand: Hashable, Sendable {
    case load(CaptureFilter)
    case loadDetail(CaptureID)
    case leave
}

/// The browser's pure functions: `update` changes the state and returns commands; `render` and
/// `message(for:)` live in extensions.
public enum CaptureBrowser {
    /// The commands that fill a new browser.
    public static func start(_ state: CaptureBrowserState) -> [CaptureBrowserCommand] { [.load(state.filter)] }

    /// Applies `msg`; returns what the host must do (stale answers are dropped).
    public static func update(_ state: inout CaptureBrowserState, _ msg: CaptureBrowserMsg) -> [CaptureBrowserCommand] {
        switch msg {
        case let .pageLoaded(page):
            state.page = page
            state.selected = min(state.selected, max(0, page.captures.count - 1))
            state.message = nil
        case let .detailLoaded(id, lines):
            guard state.selectedCapture?.id == id else { return [] }  // a stale answer
            state.detail = lines
            state.detailScroll = 0
        case let .failed(text):
            state.message = text
        case .up:
            if state.detail != nil { scrollDetail(&state, by: -1) } else { state.selected = max(0, state.selected - 1) }
        case .down:
            if state.detail != nil {
                scrollDetail(&state, by: 1)
            } else {
                state.selected = min(max(0, (state.page?.captures.count ?? 1) - 1), state.selected + 1)
            }
        case .pageForward:
            if state.detail != nil {
                scrollDetail(&state, by: detailViewport(state.size).height)
                return []
            }
            guard let page = state.page, page.offset + page.captures.count < page.total else { return [] }
            return reload(&state) { $0.offset += $0.limit }
        case .pageBack:
            if state.detail != nil {
                scrollDetail(&state, by: -detailViewport(state.size).height)
                return []
            }
            guard state.filter.offset > 0 else { return [] }
            return reload(&state) { $0.offset = max(0, $0.offset - $0.limit) }
        case .open:
            guard state.detail == nil, let capture = state.selectedCapture else { return [] }
            return [.loadDetail(capture.id)]
        case .close:
            state.detail = nil
        case .cycleVerdict:
            let order: [AnalysisRow.Verdict?] = [nil, .mistake, .marginal, .correct]
            return reload(&state) { $0.verdict = next(after: $0.verdict, in: order) }
        case .cycleStreet:
            let order: [String?] = [nil, "preflop", "flop", "turn", "river"]
            return reload(&state) { $0.street = next(after: $0.street, in: order) }
        case .cycleProblem:
            let order: [String?] = [nil, "any", "parse", "illegal", "timeout", "fallback"]
            return reload(&state) { $0.errorType = next(after: $0.errorType, in: order) }
        case .toggleReruns:
            return reload(&state) { $0.kind = $0.kind == .reruns ? .decisions : .reruns }
        case .leave:
            if state.detail != nil {
                state.detail = nil
                return []
            }
            return [.leave]
        }
        return []
    }

    static func reload(_ state: inout CaptureBrowserState, _ change: (inout CaptureFilter) -> Void) -> [CaptureBrowserCommand] {
        guard state.detail == nil else { return [] }
        let offset = state.filter.offset
        change(&state.filter)
        if state.filter.offset == offset { state.filter.offset = 0 }
        state.selected = 0
        return [.load(state.filter)]
    }

    static func next<T: Equatable>(after value: T?, in order: [T?]) -> T? {
        let index = order.firstIndex { $0 == value } ?? 0
        return order[(index + 1) % order.count]
    }
}
