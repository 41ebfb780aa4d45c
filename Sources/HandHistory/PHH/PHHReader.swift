import Foundation
import PokerEngine

/// Reads `.phh` (one hand) and `.phhs` (tables `[1]`, `[2]`, …) files with the strict `TOMLReader`.
public enum PHHReader {
    /// One hand of a file: its label (`file#n`) and the hand, or why it could not be read.
    public struct Entry: Sendable {
        public let source: String
        public let result: Result<PHHHand, PHHError>
    }

    /// Reads every hand in the file at `path`. A file-level problem (unreadable, bad TOML) throws;
    /// a problem in one hand of a `.phhs` becomes that entry's error.
    public static func read(path: String) throws(PHHError) -> [Entry] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, source: path, many: path.hasSuffix(".phhs"))
    }

    /// Parses PHH text. With `many`, each numbered top-level table is a hand.
    public static func parse(_ text: String, source: String, many: Bool) throws(PHHError) -> [Entry] {
        let root: [String: TOMLValue]
        do {
            root = try TOMLReader.parse(text)
        } catch {
            throw .toml(line: error.line, column: error.column, message: error.message)
        }
        guard many else {
            return [Entry(source: source, result: Result { () throws(PHHError) in try hand(from: root) })]
        }
        let keys = root.keys.sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }
        return keys.map { key in
            let result = Result { () throws(PHHError) -> PHHHand in
                guard let table = root[key]?.table else { throw .wrongType(field: key, expected: "a table of one hand") }
                return try hand(from: table)
            }
            return Entry(source: "\(source)#\(key)", result: result)
        }
    }

    static func hand(from table: [String: TOMLValue]) throws(PHHError) -> PHHHand {
        guard let variant = table["variant"]?.string else { throw .missingField("variant") }
        guard variant == "NT" else { throw .unsupportedVariant("'\(variant)'") }
        var written = PHHScaling.WrittenAmounts(
            antes: try amountList(table, "antes"), blindsOrStraddles: try amountList(table, "blinds_or_straddles"),
            minBet: try amount(table["min_bet"], field: "min_bet"), startingStacks: try amountList(table, "starting_stacks"))
        if table["finishing_stacks"] != nil { written.finishingStacks = try amountList(table, "finishing_stacks") }
        var hand = try PHHScaling.hand(written, actions: try stringList(table, "actions"),
                                       anteTrimming: table["ante_trimming_status"]?.bool ?? false)
        if table["players"] != nil { hand.players = try stringList(table, "players") }
        return hand
    }

    /// A number as written (integers and floats; floats are read through their shortest text, so
    /// `10112.5` stays exactly that).
    static func amount(_ value: TOMLValue?, field: String) throws(PHHError) -> DecimalAmount {
        guard let value else { throw .missingField(field) }
        if let int = value.integer { return DecimalAmount(int) }
        if let double = value.float {
            guard double.isFinite else { throw .wrongType(field: field, expected: "finite chip amounts (not inf)") }
            guard let amount = DecimalAmount(String(double)) else { throw .amountTooFine(field: field) }
            return amount
        }
        throw .wrongType(field: field, expected: "a number")
    }

    static func amountList(_ table: [String: TOMLValue], _ field: String) throws(PHHError) -> [DecimalAmount] {
        guard let value = table[field] else { throw .missingField(field) }
        guard let array = value.array else {
            // PHH allows one number for every player in some fields; we require the list.
            throw .wrongType(field: field, expected: "a list of numbers")
        }
        var out: [DecimalAmount] = []
        for element in array { out.append(try amount(element, field: field)) }
        return out
    }

    static func stringList(_ table: [String: TOMLValue], _ field: String) throws(PHHError) -> [String] {
        guard let array = table[field]?.array else { throw .missingField(field) }
        var out: [String] = []
        for element in array {
            guard let string = element.string else { throw .wrongType(field: field, expected: "a list of strings") }
            out.append(string)
        }
        return out
    }
}
