/// Plain-text tables for command output: every column as wide as its widest cell (counted in
/// characters, so `Zoë` and `Brûlé` line up), two spaces between columns, no trailing spaces.
enum TextColumns {
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                let last = column == row.count - 1
                cells.append(rightAligned.contains(column) ? pad + cell : (last ? cell : cell + pad))
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
