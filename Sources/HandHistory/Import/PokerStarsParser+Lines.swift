import PokerEngine

extension PokerStarsParser {
    enum Section { case posts, action, summary }

    /// Everything after the seats: posts, hole cards, streets, showdown and the summary.
    mutating func body() throws(HandImportError) {
        var section = Section.posts
        var streets = 0
        while index < lines.count {
            let line = lines[index]
            let text = line.text
            index += 1
            record.lastLine = line
            if text.hasPrefix("*** ") {
                section = try marker(text, line, section: section, streets: &streets)
                continue
            }
            switch section {
            case .posts: try postLine(line)
            case .action: try actionLine(line)
            case .summary: try summaryLine(line)
            }
        }
    }

    mutating func marker(_ text: String, _ line: SourceLine, section: Section, streets: inout Int) throws(HandImportError) -> Section {
        let streetsInOrder: [(String, Street)] = [("*** FLOP ***", .flop), ("*** TURN ***", .turn), ("*** RIVER ***", .river)]
        if text.hasPrefix("*** HOLE CARDS ***") { return .action }
        if text.hasPrefix("*** SUMMARY ***") {
            record.summary = line
            return .summary
        }
        if text.hasPrefix("*** SHOW DOWN ***") { return .action }
        if text.contains("FIRST") || text.contains("SECOND") { throw fail(.unsupported("running it twice"), line) }
        guard section == .action, let (prefix, street) = streetsInOrder.first(where: { text.hasPrefix($0.0) }) else {
            throw fail(.malformed("unexpected section line"), line)
        }
        guard streets < 3, streetsInOrder[streets].1 == street else { throw fail(.malformed("streets out of order"), line) }
        streets += 1
        let board = try cards(text.dropFirst(prefix.count), line)
        guard board.count == street.boardSize else {
            throw fail(.malformed("the \(street) shows \(board.count) board cards, not \(street.boardSize)"), line)
        }
        record.items.append((.street(street, board: board), line))
        return .action
    }

    /// The seated player who says `text` (`NAME: …`): the longest seated name that fits.
    func speaker(_ text: String, separator: String = ": ") -> (name: String, rest: Substring)? {
        var best: String?
        for seat in record.seats where text.hasPrefix(seat.name + separator) {
            if best.map({ seat.name.count > $0.count }) ?? true { best = seat.name }
        }
        guard let best else { return nil }
        return (best, text.dropFirst(best.count + separator.count))
    }

    static let actionWords = ["folds", "checks", "calls ", "bets ", "raises ", "posts ", "shows ", "mucks", "doesn't show",
                              "collected "]

    /// A line nobody seated says: an unknown player when it reads like an action, else ignored
    /// (chat, time-outs and table news carry no chips).
    func unattributed(_ line: SourceLine) throws(HandImportError) {
        let text = line.text
        // News about a seated player (`NAME said, "…"`, `NAME has timed out`…): no chips move.
        if record.seats.contains(where: { text.hasPrefix($0.name + " ") }) { return }
        if let colon = text.range(of: ": ") {
            let rest = text[colon.upperBound...]
            if Self.actionWords.contains(where: { rest.hasPrefix($0) }) {
                throw fail(.unknownPlayer(String(text[..<colon.lowerBound])), line)
            }
        }
    }

    mutating func postLine(_ line: SourceLine) throws(HandImportError) {
        guard let (name, rest) = speaker(line.text) else { return try unattributed(line) }
        guard rest.hasPrefix("posts ") else {
            if rest.hasPrefix("sits out") || rest.hasPrefix("is sitting out") { return }
            throw fail(.malformed("only posts come before the hole cards"), line)
        }
        let body = rest.dropFirst("posts ".count)
        if body.hasPrefix("small & big blinds") { throw fail(.unsupported("posting small & big blinds (a dead small blind)"), line) }
        guard let kind = [PokerStarsRecord.PostKind.ante, .smallBlind, .bigBlind].first(where: { body.hasPrefix($0.rawValue + " ") })
        else { throw fail(.unsupported("this post ('\(body)')"), line) }
        let words = body.dropFirst(kind.rawValue.count + 1).split(separator: " ")
        guard let first = words.first, let amount = Self.amount(first) else { throw fail(.badAmount(String(words.first ?? "")), line) }
        record.posts.append(PokerStarsRecord.Post(name: name, kind: kind, amount: amount, line: line))
    }

    mutating func actionLine(_ line: SourceLine) throws(HandImportError) {
        let text = line.text
        if text.hasPrefix("Dealt to ") {
            let rest = text.dropFirst("Dealt to ".count)
            guard let seat = record.seats.filter({ rest.hasPrefix($0.name) }).max(by: { $0.name.count < $1.name.count }) else {
                throw fail(.unknownPlayer(String(rest.split(separator: " [").first ?? rest)), line)
            }
            let after = rest.dropFirst(seat.name.count)
            guard after.hasPrefix(" [") else { return }
            record.hero = seat.name
            try know(seat.name, try cards(after, line), line)
            return
        }
        if text.hasPrefix("Uncalled bet (") {
            guard let close = text.range(of: ") returned to "), let amount = Self.amount(text[text.index(text.startIndex, offsetBy: 14)..<close.lowerBound])
            else { throw fail(.malformed("an uncalled bet should read Uncalled bet (X) returned to NAME"), line) }
            let name = String(text[close.upperBound...])
            guard record.names.contains(name) else { throw fail(.unknownPlayer(name), line) }
            record.items.append((.uncalled(name: name, amount), line))
            return
        }
        if let (name, rest) = speaker(text, separator: " collected ") {
            guard let first = rest.split(separator: " ").first, let amount = Self.amount(first) else {
                throw fail(.badAmount(String(rest.split(separator: " ").first ?? "")), line)
            }
            record.items.append((.collected(name: name, amount), line))
            return
        }
        guard let (name, rest) = speaker(text) else {
            if let collected = text.range(of: " collected "), text[collected.upperBound...].contains(" from ") {
                throw fail(.unknownPlayer(String(text[..<collected.lowerBound])), line)
            }
            return try unattributed(line)
        }
        try move(name, rest, line)
    }

    mutating func move(_ name: String, _ rest: Substring, _ line: SourceLine) throws(HandImportError) {
        let allIn = rest.hasSuffix(" and is all-in")
        let words = rest.split(separator: " ")
        func amount(_ i: Int) throws(HandImportError) -> DecimalAmount {
            guard i < words.count, let a = Self.amount(words[i]) else {
                throw fail(.badAmount(i < words.count ? String(words[i]) : ""), line)
            }
            return a
        }
        switch words.first ?? "" {
        case "folds":
            if let open = rest.firstIndex(of: "[") { try know(name, try cards(rest[open...], line), line) }
            record.items.append((.move(name: name, .fold, allIn: false), line))
        case "checks": record.items.append((.move(name: name, .check, allIn: false), line))
        case "calls": record.items.append((.move(name: name, .call(try amount(1)), allIn: allIn), line))
        case "bets": record.items.append((.move(name: name, .bet(try amount(1)), allIn: allIn), line))
        case "raises":
            guard words.count >= 4, words[2] == "to" else { throw fail(.malformed("a raise should read raises X to Y"), line) }
            record.items.append((.move(name: name, .raise(to: try amount(3)), allIn: allIn), line))
        case "shows", "mucks":
            guard let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") else { return }
            try know(name, try cards(rest[open...close], line), line)
        case "posts": throw fail(.malformed("a post after the hole cards were dealt"), line)
        case "cashed": throw fail(.unsupported("cashing out a hand"), line)
        case "doesn't", "sits", "is", "has", "leaves", "will", "said,": return
        default: throw fail(.malformed("an action the importer does not know"), line)
        }
    }

    mutating func summaryLine(_ line: SourceLine) throws(HandImportError) {
        let text = line.text
        if text.hasPrefix("Total pot ") {
            let words = text.split(separator: " ")
            guard words.count >= 3, let total = Self.amount(words[2]) else { throw fail(.badAmount(String(words.dropFirst(2).first ?? "")), line) }
            record.totalPot = total
            if let rake = words.firstIndex(of: "Rake"), rake + 1 < words.count {
                guard let amount = Self.amount(words[rake + 1]) else { throw fail(.badAmount(String(words[rake + 1])), line) }
                record.rake = amount
            }
            return
        }
        guard text.hasPrefix("Seat "), let colon = text.range(of: ": "),
              let number = Int(text[text.index(text.startIndex, offsetBy: 5)..<colon.lowerBound]),
              let seat = record.seats.first(where: { $0.number == number }) else { return }
        for word in [" showed [", " mucked ["] {
            if let found = text.range(of: word), let close = text[found.upperBound...].firstIndex(of: "]") {
                try know(seat.name, try cards(text[found.upperBound..<close], line), line)
            }
        }
    }

    /// Records cards shown for `name`; the same player showing different cards is an error.
    mutating func know(_ name: String, _ cards: [Card], _ line: SourceLine) throws(HandImportError) {
        guard cards.count == 2 else { throw fail(.malformed("\(cards.count) hole cards (Hold'em deals 2)"), line) }
        if let known = record.knownCards[name], Set(known) != Set(cards) {
            throw fail(.malformed("\(name) was dealt \(known.map(\.description).joined(separator: " ")) but shows other cards"), line)
        }
        if record.knownCards[name] == nil { record.knownCards[name] = cards }
    }
}
