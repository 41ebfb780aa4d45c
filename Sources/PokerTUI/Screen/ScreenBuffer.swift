import PokerEngine

/// A finished frame: a `width`×`height` grid of ``Cell``s, built by pure render functions and
/// handed to ``Terminal/present(_:)``. Writes clip silently at the edges, so renderers never need
/// to check bounds, and wide characters keep both of their columns consistent.
public struct ScreenBuffer: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public internal(set) var cells: [Cell]

    /// A blank buffer (negative sizes become 0).
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// A blank buffer the size of the terminal.
    public init(size: TerminalSize) {
        self.init(width: size.width, height: size.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The buffer's size.
    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// True when (x, y) is on screen.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at (x, y); off-screen reads return a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * width + x] : .blank
    }

    /// Writes `text` on row `at.y` starting at column `at.x`, one grapheme per column (two for wide
    /// characters), clipping at every edge. Newlines and other control characters are not drawn:
    /// pass untrusted text through ``TextSanitizer`` and multi-line text through
    /// ``TextSanitizer/wrap(_:width:)`` first.
    /// - Returns: the column just after the text, as if nothing had been clipped.
    @discardableResult
    public mutating func write(_ text: String, at: (x: Int, y: Int), style: Style = .normal) -> Int {
        var x = at.x
        let y = at.y
        guard y >= 0, y < height else { return x + DisplayWidth.of(text) }
        for character in text {
            guard let shown = DisplayWidth.displayable(character) else { continue }
            let columns = DisplayWidth.columns(shown)
            if x >= width { x += columns; continue }
            if x + columns <= 0 { x += columns; continue }
            if x < 0 || x + columns > width {
                // A wide character cut by an edge: show the visible half as a blank.
                for column in max(0, x)..<min(width, x + columns) { put(Cell(" ", style: style), x: column, y: y) }
            } else {
                put(Cell(shown, style: style), x: x, y: y)
                if columns == 2 { put(.continuation(style: style), x: x + 1, y: y) }
            }
            x += columns
        }
        return x
    }

    /// Sets one in-bounds cell, blanking the other half of any wide character it splits.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cells[index - 1].isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation, DisplayWidth.columns(old.character) == 2, x + 1 < width {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Copies `other` into this buffer with its top-left corner at (x, y), clipped.
    public mutating func paste(_ other: ScreenBuffer, at: (x: Int, y: Int)) {
        for row in 0..<other.height where contains(x: 0, y: at.y + row) {
            for column in 0..<other.width {
                let cell = other[column, row]
                let x = at.x + column
                guard contains(x: x, y: at.y + row), !cell.isContinuation else { continue }
                if DisplayWidth.columns(cell.character) == 2 {
                    if x + 1 < width {
                        put(cell, x: x, y: at.y + row)
                        put(.continuation(style: cell.style), x: x + 1, y: at.y + row)
                    } else {
                        put(Cell(" ", style: cell.style), x: x, y: at.y + row)
                    }
                } else {
                    put(cell, x: x, y: at.y + row)
                }
            }
        }
    }
}
