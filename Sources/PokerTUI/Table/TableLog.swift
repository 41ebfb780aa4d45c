/// One line of the table log: what happened or was said, as spans.
public struct LogEntry: Hashable, Sendable {
    public var spans: [Span]
    /// The hand it belongs to (0 before the first hand).
    public var hand: Int

    /// An entry of `hand`.
    public init(_ spans: [Span], hand: Int) {
        self.spans = spans
        self.hand = hand
    }

    /// The entry as plain text (cards as `As`), for tests and searching.
    public var plainText: String {
        spans.map { span in
            switch span {
            case let .text(text, _): text
            case let .card(card): card.description
            case .cardBack: "??"
            case .cardSlot: "--"
            }
        }.joined()
    }
}

/// The scrolling log of actions and talk: newest last, capped, with a scroll position counted in
/// entries back from the newest (0 = following the action).
public struct TableLog: Hashable, Sendable {
    public private(set) var entries: [LogEntry] = []
    /// Entries hidden below the bottom of the panel.
    public private(set) var scroll = 0
    /// The most entries kept (the database keeps everything).
    public static let capacity = 500

    /// An empty log.
    public init() {}

    /// Appends entries; while scrolled back, the view stays on the same entries.
    public mutating func append(_ new: [LogEntry]) {
        guard !new.isEmpty else { return }
        entries += new
        if scroll > 0 { scroll += new.count }
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        scroll = min(scroll, max(0, entries.count - 1))
    }

    /// Scrolls back (positive) or forward (negative) by `count` entries.
    public mutating func scroll(by count: Int) {
        scroll = min(max(0, scroll + count), max(0, entries.count - 1))
    }

    /// Back to the newest entry.
    public mutating func follow() { scroll = 0 }

    /// To the oldest entry.
    public mutating func scrollToTop() { scroll = max(0, entries.count - 1) }

    /// The entries visible when scrolled: everything up to the scroll position.
    public var visibleEntries: ArraySlice<LogEntry> { entries[..<(entries.count - scroll)] }
}
