import Foundation
import PokerEngine

/// Reads PokerStars No-Limit Hold'em hand histories — cash games and tournaments — into records.
/// The format has no official specification; this follows what PokerStars writes and what
/// trackers (PokerTracker, Hold'em Manager) and PokerKit read: a header, the table and seats,
/// posts, `*** HOLE CARDS ***`, the streets, the showdown and a summary. Amounts may carry a
/// currency (`$0.25`); informational lines (chat, time-outs, players joining) are skipped.
struct PokerStarsParser {
    let file: String
    let lines: [SourceLine]
    var record: PokerStarsRecord
    var index = 0

    /// Splits a file into hands: each begins at a `PokerStars … #<number>:` line.
    static func split(_ text: String) -> [[SourceLine]] {
        var hands: [[SourceLine]] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isHeader(trimmed) { hands.append([]) }
            guard !hands.isEmpty, !trimmed.isEmpty else { continue }
            hands[hands.count - 1].append(SourceLine(number: number, text: trimmed))
        }
        return hands
    }

    static func isHeader(_ line: String) -> Bool {
        line.hasPrefix("PokerStars ") && (line.contains(" Hand #") || line.contains(" Game #"))
    }

    init(file: String, lines: [SourceLine]) throws(HandImportError) {
        guard let header = lines.first else {
            throw HandImportError(file: file, hand: nil, line: nil, text: nil, reason: .malformed("an empty hand"))
        }
        self.file = file
        self.lines = lines
        record = try Self.header(header, file: file)
    }

    func fail(_ reason: HandImportError.Reason, _ line: SourceLine?) -> HandImportError {
        HandImportError(file: file, hand: record.handNumber, line: line?.number, text: line?.text, reason: reason)
    }

    /// Parses the whole hand.
    mutating func parse() throws(HandImportError) -> PokerStarsRecord {
        index = 1
        try table()
        try seatLines()
        try body()
        guard record.summary != nil else {
            throw fail(.truncated("it ends before its *** SUMMARY ***"), record.lastLine)
        }
        return record
    }

    // MARK: - Header, table, seats

    static func header(_ line: SourceLine, file: String) throws(HandImportError) -> PokerStarsRecord {
        let text = line.text
        func fail(_ reason: HandImportError.Reason, hand: String? = nil) -> HandImportError {
            HandImportError(file: file, hand: hand, line: line.number, text: text, reason: reason)
        }
        guard let hash = text.range(of: "#"),
              let colon = text[hash.upperBound...].firstIndex(of: ":") else {
            throw fail(.malformed("the header has no hand number"))
        }
        let number = String(text[hash.upperBound..<colon])
        guard !number.isEmpty, number.allSatisfy(\.isNumber) else { throw fail(.malformed("the hand number is '\(number)'")) }
        guard let game = text.range(of: "Hold'em No Limit") else {
            let rest = text[text.index(after: colon)...].split(separator: " - ").first ?? ""
            throw fail(.unsupportedGame(rest.trimmingCharacters(in: .whitespaces)), hand: number)
        }
        guard let open = text[game.upperBound...].firstIndex(of: "("),
              let close = text[open...].firstIndex(of: ")") else { throw fail(.malformed("the header has no blinds"), hand: number) }
        let stakes = text[text.index(after: open)..<close].split(separator: " ")
        let blinds = (stakes.first ?? "").split(separator: "/").map(String.init)
        guard blinds.count == 2, let small = amount(blinds[0]), let big = amount(blinds[1]) else {
            throw fail(.badAmount(String(text[open...close])), hand: number)
        }
        var record = PokerStarsRecord(handNumber: number, header: line, smallBlind: small, bigBlind: big, lastLine: line)
        record.currency = stakes.count > 1 ? String(stakes[1]) : nil
        if let t = text.range(of: "Tournament #") {
            record.tournament = String(text[t.upperBound...].prefix { $0.isNumber })
            record.currency = nil
        }
        if let l = text.range(of: "Level ") {
            record.level = roman(String(text[l.upperBound...].prefix { "IVXLCDM".contains($0) }))
        }
        record.startedAt = date(text)
        return record
    }

    mutating func table() throws(HandImportError) {
        guard index < lines.count, lines[index].text.hasPrefix("Table '") else {
            throw fail(.malformed("the second line should be the table (Table '…' 6-max Seat #1 is the button)"),
                       index < lines.count ? lines[index] : record.header)
        }
        let line = lines[index]
        let text = line.text
        guard let quoteEnd = text.range(of: "' ", options: .backwards),
              let button = text.range(of: "Seat #", options: .backwards),
              let seat = Int(text[button.upperBound...].prefix { $0.isNumber }) else {
            throw fail(.malformed("the table line names no button seat"), line)
        }
        let nameStart = text.index(text.startIndex, offsetBy: 7)
        // `Table ' …`: the closing quote must come after the opening one (a fuzzed line trapped here).
        guard quoteEnd.lowerBound >= nameStart else { throw fail(.malformed("the table name is not closed by a quote"), line) }
        record.tableName = String(text[nameStart..<quoteEnd.lowerBound])
        record.buttonSeat = seat
        if let max = text.range(of: "-max") {
            let digits = text[..<max.lowerBound].reversed().prefix { $0.isNumber }
            record.tableSize = Int(String(digits.reversed()))
        }
        index += 1
    }

    mutating func seatLines() throws(HandImportError) {
        while index < lines.count, lines[index].text.hasPrefix("Seat ") {
            let line = lines[index]
            let text = line.text
            guard let colon = text.range(of: ": "), let number = Int(text[text.index(text.startIndex, offsetBy: 5)..<colon.lowerBound]),
                  let chips = text.range(of: " in chips", options: .backwards),
                  let open = text[..<chips.lowerBound].range(of: " (", options: .backwards),
                  open.lowerBound >= colon.upperBound else {
                throw fail(.malformed("a seat line should read Seat N: NAME (STACK in chips)"), line)
            }
            let name = String(text[colon.upperBound..<open.lowerBound])
            let stackText = String(text[open.upperBound..<chips.lowerBound])
            guard let stack = Self.amount(stackText), stack.significand > 0 else { throw fail(.badAmount(stackText), line) }
            guard !name.isEmpty, !record.names.contains(name) else { throw fail(.malformed("the player '\(name)' is seated twice"), line) }
            guard !record.seats.contains(where: { $0.number == number }) else { throw fail(.malformed("seat \(number) is listed twice"), line) }
            let rest = text[chips.upperBound...]
            let out = rest.contains("is sitting out") || rest.contains("out of hand")
            record.seats.append(PokerStarsRecord.Seat(number: number, name: name, stack: stack, sittingOut: out, line: line))
            index += 1
        }
        guard record.seats.count >= 2 else { throw fail(.malformed("fewer than two players are seated"), lines[min(index, lines.count - 1)]) }
    }

    // MARK: - Pieces

    /// `1500`, `$0.25`, `€1,000.50` → the amount as written.
    static func amount(_ token: some StringProtocol) -> DecimalAmount? {
        var text = Substring(token)
        while let first = text.first, "$€£¥".contains(first) { text = text.dropFirst() }
        guard let amount = DecimalAmount(String(text)), amount.significand >= 0 else { return nil }
        return amount
    }

    static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0, previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }

    /// The hand's time: the `[… ET]` stamp when there is one, else the first date and its zone.
    static func date(_ header: String) -> Date? {
        let pattern = /(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?: ([A-Z]{2,5}))?/
        let matches = header.matches(of: pattern)
        guard let match = matches.first(where: { $0.output.7 == "ET" }) ?? matches.first else { return nil }
        let zoneName = match.output.7.map(String.init) ?? "UTC"
        let zone = zoneName == "ET" ? TimeZone(identifier: "America/New_York") : TimeZone(abbreviation: zoneName)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone ?? .gmt
        let o = match.output
        return calendar.date(from: DateComponents(year: Int(o.1), month: Int(o.2), day: Int(o.3), hour: Int(o.4),
                                                  minute: Int(o.5), second: Int(o.6)))
    }

    /// `[Ah Kd]` → the cards.
    func cards(_ text: some StringProtocol, _ line: SourceLine) throws(HandImportError) -> [Card] {
        var out: [Card] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" }) {
            guard token.count == 2, let card = Card(token) else { throw fail(.badCard(String(token)), line) }
            out.append(card)
        }
        return out
    }
}
