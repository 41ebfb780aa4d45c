import PokerEngine

extension ImportedHand {
    /// The hand as PHH, amounts in the original unit (`$0.25` → `0.25`), unknown hole cards as
    /// `????`, with the seat layout (`seats`, `seat_count`, `_button_seat`) and where it came from.
    public var phh: PHHHand {
        var fields: [(key: String, toml: String)] = [
            (key: "event", toml: PHHWriter.quote(tournament.map { "\(site) tournament #\($0)" } ?? "\(site) cash game")),
            (key: "table", toml: PHHWriter.quote(tableName)),
            (key: "seats", toml: "[" + seatNumbers.map(String.init).joined(separator: ", ") + "]"),
            (key: "seat_count", toml: String(tableSize)),
            (key: "_button_seat", toml: String(buttonSeat)),
            (key: "_site_hand", toml: PHHWriter.quote(handNumber)),
        ]
        if let level { fields.append((key: "level", toml: String(level))) }
        if let currency { fields.append((key: "currency", toml: PHHWriter.quote(currency))) }
        if rake > .zero { fields.append((key: "_rake", toml: unit.text(rake))) }
        var phh = PHHWriter.phhHand(from: hand, players: names, extraFields: fields)
        phh.unit = unit
        return phh
    }
}
