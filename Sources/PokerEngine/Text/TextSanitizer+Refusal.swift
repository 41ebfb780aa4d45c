extension TextSanitizer {
    /// The first character a name, label or personality field must not contain, if any.
    ///
    /// Refused are the scalars ``sanitize(_:)`` drops — C0 and C1 controls (NUL, ESC, BEL, CR, tab,
    /// newline, `U+009B` …), DEL, bidirectional marks, overrides and isolates (`U+200E`/`F`,
    /// `U+202A`–`U+202E`, `U+2066`–`U+2069`), invisible operators, BOM and tag characters — except the
    /// zero-width joiners (`U+200C`, `U+200D`), which emoji sequences and several scripts need.
    /// - Returns: the 1-based character position and the scalar, or `nil` when the text is clean.
    public static func firstRefused(in text: String) -> (position: Int, scalar: Unicode.Scalar)? {
        for (offset, character) in text.enumerated() {
            if let scalar = character.unicodeScalars.first(where: isRefused) { return (offset + 1, scalar) }
        }
        return nil
    }

    /// True for scalars refused in names, labels and personality fields.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value != 0x200C && scalar.value != 0x200D && isForbidden(scalar)
    }

    /// `U+001B` for ESC: how a refused scalar is named in an error.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The one sentence naming what is wrong with `text` as `field`, or `nil` when it is clean:
    /// "--name contains the control character U+001B at character 3".
    public static func refusal(of text: String, field: String) -> String? {
        firstRefused(in: text).map { refusal(field: field, scalar: $0.scalar, position: $0.position) }
    }

    /// "`field` contains the control character U+001B at character 3; remove it (…)", no full stop.
    public static func refusal(field: String, scalar: Unicode.Scalar, position: Int) -> String {
        field + " " + refusalReason(scalar: scalar, position: position)
    }

    /// The sentence without its subject: "contains the control character U+001B at character 3; …".
    public static func refusalReason(scalar: Unicode.Scalar, position: Int) -> String {
        "contains the control character \(codePoint(scalar)) at character \(position); "
            + "remove it (control, bidirectional and invisible characters are not allowed)"
    }
}
