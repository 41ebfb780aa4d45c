extension TextSanitizer {
    /// Escapes, as `\uXXXX`, every scalar of encoded JSON that a terminal could act on.
    ///
    /// `JSONEncoder` escapes C0 controls but passes `U+009B` (8-bit CSI), the other C1 controls,
    /// bidirectional overrides and invisible characters through raw. Outside strings encoded JSON is
    /// plain ASCII, so escaping every ``isForbidden(_:)`` scalar keeps the document valid and
    /// equal in meaning while making its bytes safe to print. Newlines and tabs are kept: a valid
    /// document has them only between tokens (pretty printing). Scalars above `U+FFFF` become
    /// surrogate pairs, as JSON requires.
    public static func escapeForJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsJSONEscape) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsJSONEscape(scalar) else { output.append(scalar); continue }
            if scalar.value > 0xFFFF {
                let value = scalar.value - 0x10000
                appendEscape(0xD800 + (value >> 10), to: &output)
                appendEscape(0xDC00 + (value & 0x3FF), to: &output)
            } else {
                appendEscape(scalar.value, to: &output)
            }
        }
        return String(output)
    }

    private static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && isForbidden(scalar)
    }

    private static func appendEscape(_ unit: UInt32, to output: inout String.UnicodeScalarView) {
        let hex = String(unit, radix: 16)
        output.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
    }
}
