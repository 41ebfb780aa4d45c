import Foundation
import PokerEngine

/// The one JSON writer of `--json` output.
///
/// `JSONEncoder` escapes C0 controls but not C1 (`U+009B`), bidirectional overrides (`U+202E`) or
/// invisible characters; ``TextSanitizer/escapeForJSON(_:)`` writes those as `\u009b`, `\u202e` …,
/// so the printed bytes are safe and the document still decodes to the same strings.
enum JSONOutput {
    /// `value` as compact JSON with sorted keys (or pretty-printed), safe to print.
    static func encode(_ value: some Encodable, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return escaped(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON text written elsewhere (`JSONValue.jsonText`, a personality file), made safe to print.
    static func escaped(_ json: String) -> String { TextSanitizer.escapeForJSON(json) }
}
