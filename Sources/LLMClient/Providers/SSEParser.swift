import Foundation

/// One server-sent event.
struct SSEEvent: Sendable, Equatable {
    var event: String?
    var data: String
}

/// Incremental server-sent-events parser: bytes in, complete events out (`data:` lines joined by newlines).
struct SSEParser: Sendable {
    private var pending: [UInt8] = []
    private var eventName: String?
    private var dataLines: [String] = []

    mutating func feed(_ bytes: Data) -> [SSEEvent] {
        pending.append(contentsOf: bytes)
        var events: [SSEEvent] = []
        var start = 0
        while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var line = String(decoding: pending[start..<newline], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            start = newline + 1
            if let event = consume(line) { events.append(event) }
        }
        pending.removeFirst(start)
        return events
    }

    /// Ends the stream: a last event without its blank line still counts.
    mutating func finish() -> [SSEEvent] {
        var events: [SSEEvent] = []
        if !pending.isEmpty {
            let line = String(decoding: pending, as: UTF8.self)
            pending.removeAll()
            if let event = consume(line) { events.append(event) }
        }
        if let event = consume("") { events.append(event) }
        return events
    }

    private mutating func consume(_ line: String) -> SSEEvent? {
        if line.isEmpty {
            defer { eventName = nil; dataLines.removeAll() }
            return dataLines.isEmpty ? nil : SSEEvent(event: eventName, data: dataLines.joined(separator: "\n"))
        }
        if line.hasPrefix(":") { return nil }   // comment / keep-alive
        let (field, value) = Self.split(line)
        switch field {
        case "data": dataLines.append(value)
        case "event": eventName = value
        default: break
        }
        return nil
    }

    private static func split(_ line: String) -> (String, String) {
        guard let colon = line.firstIndex(of: ":") else { return (line, "") }
        var value = line[line.index(after: colon)...]
        if value.hasPrefix(" ") { value = value.dropFirst() }
        return (String(line[..<colon]), String(value))
    }
}
