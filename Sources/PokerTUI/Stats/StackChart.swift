/// Draws a ``StackSeries`` as a dot chart in the terminal: chips up the side, hands along the
/// bottom, one marker letter per player (a legend names them).
public enum StackChart {
    static let styles: [Style] = [.highlight, .talk, .gesture, .chip, .warning, .heartsDiamonds, .key, .emotion, .title]

    /// Marker letters: each player's initial, made unique (then digits).
    public static func markers(_ names: [String]) -> [Character] {
        var used = Set<Character>()
        return names.enumerated().map { seat, name in
            let candidates = TableNarrator.clean(name).uppercased().filter { $0.isASCII && $0.isLetter }
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            let marker = candidates.first { !used.contains($0) } ?? Character(String(seat % 10))
            used.insert(marker)
            return marker
        }
    }

    /// Draws the chart inside `rect` (axis labels, plot and legend).
    public static func draw(_ series: StackSeries, into buffer: inout ScreenBuffer, rect: Rect,
                            capabilities: TerminalCapabilities) {
        guard rect.width >= 20, rect.height >= 5, series.handCount > 0 else {
            buffer.write("No finished hands yet.", at: (rect.x, rect.y), style: .dim)
            return
        }
        let peak = max(1, series.values.flatMap { $0 }.max() ?? 1)
        let labelWidth = Format.number(peak).count + 1
        let markers = markers(series.names)
        let legend = legendLines(series, markers: markers, width: rect.width)
        let legendRows = legend.count
        let plot = Rect(x: rect.x + labelWidth + 1, y: rect.y, width: rect.width - labelWidth - 1,
                        height: rect.height - 2 - legendRows)
        guard plot.width >= 4, plot.height >= 2 else { return }
        let axis: Character = capabilities.unicode ? "\u{2502}" : "|"
        let base: Character = capabilities.unicode ? "\u{2500}" : "-"
        buffer.verticalLine(x: plot.x - 1, y: plot.y, length: plot.height, character: axis, style: .border)
        buffer.horizontalLine(x: plot.x - 1, y: plot.maxY, length: plot.width + 1, character: base, style: .border)
        for (row, value) in [(0, peak), (plot.height - 1, 0), ((plot.height - 1) / 2, peak / 2)] {
            let text = Format.number(value)
            buffer.write(text, at: (plot.x - 2 - text.count, plot.y + row), style: .dim)
        }
        let points = series.handCount + 1
        buffer.write("hand 0", at: (plot.x, plot.maxY + 1), style: .dim)
        let end = "hand \(series.handCount)"
        buffer.write(end, at: (plot.maxX - end.count, plot.maxY + 1), style: .dim)
        // The human last, so their line is on top.
        let order = series.values.indices.sorted { ($0 == series.humanSeat ? 1 : 0, $0) < ($1 == series.humanSeat ? 1 : 0, $1) }
        for seat in order {
            let values = series.values[seat]
            for column in 0..<plot.width {
                let index = points <= 1 ? 0 : Int((Double(column) * Double(points - 1) / Double(max(1, plot.width - 1))).rounded())
                guard values.indices.contains(index), values[index] > 0 || index == 0 else { continue }
                let fraction = Double(values[index]) / Double(peak)
                let row = plot.maxY - 1 - Int((fraction * Double(plot.height - 1)).rounded())
                let style = seat == series.humanSeat ? Style.success : styles[seat % styles.count]
                buffer.write(String(markers[seat]), at: (plot.x + column, row), style: style)
            }
        }
        for (row, seats) in legend.enumerated() {
            var x = rect.x
            let y = rect.maxY - legendRows + row
            for seat in seats {
                let label = "\(markers[seat]) \(TableNarrator.clean(series.names[seat]))  "
                buffer.write(String(markers[seat]), at: (x, y), style: seat == series.humanSeat ? .success : styles[seat % styles.count])
                x = buffer.write(String(label.dropFirst()), at: (x + 1, y), style: .dim)
            }
        }
    }

    /// Every player drawn gets a legend entry: the entries wrap onto as many lines as they need.
    static func legendLines(_ series: StackSeries, markers: [Character], width: Int) -> [[Int]] {
        var lines: [[Int]] = [[]]
        var used = 0
        for seat in series.names.indices {
            let label = DisplayWidth.of("\(markers[seat]) \(TableNarrator.clean(series.names[seat]))  ")
            if used + label > width, !(lines.last?.isEmpty ?? true) {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(seat)
            used += label
        }
        return lines
    }
}
