/// A terminal's size in columns and rows.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest screen PokerFace lays out a table on: 80×24.
    public static let minimum = TerminalSize(width: 80, height: 24)

    /// True when both dimensions are at least those of `other`.
    public func fits(_ other: TerminalSize) -> Bool {
        width >= other.width && height >= other.height
    }

    /// `100x30`.
    public var description: String { "\(width)x\(height)" }

    /// `100×30` with Unicode, `100x30` without.
    public func text(capabilities: TerminalCapabilities) -> String {
        "\(width)\(capabilities.unicode ? "×" : "x")\(height)"
    }
}
