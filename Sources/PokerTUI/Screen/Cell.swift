/// One terminal column of a ``ScreenBuffer``.
///
/// A wide character (CJK, emoji) occupies two cells: the first holds the character, the second is a
/// *continuation* that holds nothing of its own and is never drawn separately.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this column (a space for blank and continuation cells).
    public internal(set) var character: Character
    /// The semantic role of the cell.
    public internal(set) var style: Style
    /// True for the right half of a two-column character.
    public internal(set) var isContinuation: Bool

    /// A cell holding one single-column character.
    public init(_ character: Character = " ", style: Style = .normal) {
        self.character = character
        self.style = style
        isContinuation = false
    }

    /// The right half of a wide character drawn with `style`.
    static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// An empty cell.
    public static let blank = Cell()
}
