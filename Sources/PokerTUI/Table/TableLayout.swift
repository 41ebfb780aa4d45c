/// Where everything goes on the table screen for a terminal size: a header row, the seats around
/// the felt, the log (below at narrow sizes, at the right from 130 columns), the action bar.
///
/// Seats sit on ten slots clockwise from the bottom centre (the human's seat): bottom centre,
/// bottom left, left lower, left upper, top left, top centre, top right, right upper, right
/// lower, bottom right. Each table size uses a symmetric subset of them.
public struct TableLayout: Hashable, Sendable {
    public var header: Rect
    public var table: Rect
    public var felt: Rect
    /// One rectangle per seat, by seat number.
    public var seats: [Rect]
    public var log: Rect
    public var actionBar: Rect
    /// Wide screens: the HUD under the table.
    public var hud: Rect?
    /// Wide screens: the tournament panel above the log.
    public var panel: Rect?
    /// Seat panels have a fifth line (mood and speech apart).
    public var tallSeats: Bool
    /// Seat panels are boxes (large tables).
    public var boxedSeats: Bool

    /// Slots used for each number of seats, clockwise from the anchor seat.
    static let slotsBySeatCount: [Int: [Int]] = [
        1: [0], 2: [0, 5], 3: [0, 3, 7], 4: [0, 3, 5, 7], 5: [0, 2, 4, 6, 8], 6: [0, 2, 3, 5, 7, 8],
        7: [0, 1, 3, 4, 6, 7, 9], 8: [0, 1, 2, 4, 5, 6, 8, 9], 9: [0, 1, 2, 3, 4, 6, 7, 8, 9],
        10: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],  // imported 10-max tables
    ]

    /// The layout for `size` with `seatCount` seats, `anchorSeat` at the bottom centre.
    public init(size: TerminalSize, seatCount: Int, anchorSeat: Int) {
        let width = size.width, height = size.height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        actionBar = Rect(x: 0, y: height - 3, width: width, height: 3)
        let middle = height - 4  // rows between the header and the action bar
        if width >= 130 {
            let logWidth = min(64, max(40, width - 104))
            let hudHeight = min(seatCount + 3, middle - 20)
            let tableHeight = hudHeight >= 6 ? middle - hudHeight : middle
            table = Rect(x: 0, y: 1, width: width - logWidth - 1, height: tableHeight)
            let panelHeight = middle >= 30 ? 7 : 0
            if panelHeight > 0 { panel = Rect(x: width - logWidth, y: 1, width: logWidth, height: panelHeight) }
            log = Rect(x: width - logWidth, y: 1 + panelHeight, width: logWidth, height: middle - panelHeight)
            if hudHeight >= 6 {
                hud = Rect(x: 0, y: table.maxY, width: table.width, height: hudHeight)
            }
        } else {
            let tableHeight = middle >= 36 ? 28 : middle >= 30 ? 20 : 16
            table = Rect(x: 0, y: 1, width: width, height: min(tableHeight, max(0, middle - 4)))
            log = Rect(x: 0, y: table.maxY, width: width, height: middle - table.height)
        }
        tallSeats = table.height >= 20
        boxedSeats = table.height >= 28 && table.width >= 96
        let seatWidth = boxedSeats ? 26 : table.width >= 110 ? 26 : table.width >= 96 ? 22 : 20
        let seatHeight = boxedSeats ? 7 : tallSeats ? 5 : 4
        let gap = max(0, (table.width - 3 * seatWidth) / 6)
        let left = table.x, right = table.maxX - seatWidth
        let rowXs = [table.x + gap, table.x + (table.width - seatWidth) / 2, table.maxX - seatWidth - gap]
        let top = table.y, bottom = table.maxY - seatHeight
        let upper = top + (bottom - top) / 3, lower = top + 2 * (bottom - top) / 3
        let slots: [(x: Int, y: Int)] = [
            (rowXs[1], bottom), (rowXs[0], bottom), (left, lower), (left, upper), (rowXs[0], top),
            (rowXs[1], top), (rowXs[2], top), (right, upper), (right, lower), (rowXs[2], bottom),
        ]
        let count = max(1, min(10, seatCount))
        let used = Self.slotsBySeatCount[count] ?? [0]
        seats = (0..<seatCount).map { seat in
            let ring = ((seat - anchorSeat) % seatCount + seatCount) % seatCount
            let slot = slots[used[min(ring, used.count - 1)]]
            return Rect(x: slot.x, y: slot.y, width: seatWidth, height: seatHeight)
        }
        felt = Rect(x: left + seatWidth + 1, y: top + seatHeight, width: right - left - seatWidth - 2,
                    height: bottom - top - seatHeight)
    }
}
