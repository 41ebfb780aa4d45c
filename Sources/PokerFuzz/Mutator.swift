/// Byte-level mutations of a corpus input: bit flips, byte changes, inserts of bytes and tokens
/// that break parsers (`[`, `"`, `\`, NUL, ESC, C1, U+202E, huge and odd numbers), deletions,
/// duplications, and splices from another corpus input.
public struct Mutator: Sendable {
    public static let maximumSize = 1 << 16

    static let interestingBytes: [UInt8] = [0x00, 0x0A, 0x0D, 0x09, 0x1B, 0x7F, 0x80, 0xC0, 0xFF, 0x22, 0x27, 0x5C, 0x5B, 0x5D,
                                             0x7B, 0x7D, 0x3D, 0x2C, 0x2E, 0x23, 0x3A, 0x2D, 0x2B, 0x30, 0x39, 0x65]
    static let tokens: [[UInt8]] = [
        "[[[", "]]", "[", "{", "}", "\"\"\"", "'''", "\\u", "\\U0010FFFF", "\\uD800", "\\", "=", "= ", ",", "\n", "\r\n", "\r",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "5000000000000000000", "1e308", "-1e308",
        "1e400", "nan", "inf", "-inf", "0x7fffffffffffffff", "0", "-1", "-0", "1_000", "1.5", "0.0000001", "null", "true",
        "false", "[]", "{}", "\u{1B}[31m", "\u{9B}", "\u{202E}", "\u{0}", "\u{FEFF}", "é", "🂡", "data: ", "data: [DONE]\n\n",
        "event: ", "\n\n", "cbr ", "p1 ", "d dh p1 ", "AsAs", "??", "#", "***", "Seat 1: ", "($", " in chips)", ": raises ",
        " to ", "all-in", "\"action\":", "\"raise_to\":", "\"choices\":", "\"content\":", "\"text\":", "\"candidates\":",
        "\"delta\":", "1979-05-27T07:32:00Z", "07:32:00",
    ].map { Array($0.utf8) }

    /// A mutated copy of `input`, with 1 to 4 mutations; `other` feeds splices.
    public static func mutate(_ input: [UInt8], other: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0...rng.below(4) { mutateOnce(&bytes, other: other, using: &rng) }
        if bytes.count > maximumSize { bytes.removeLast(bytes.count - maximumSize) }
        return bytes
    }

    static func mutateOnce(_ bytes: inout [UInt8], other: [UInt8], using rng: inout SplitMix64) {
        let at = rng.below(bytes.count + 1)
        switch rng.below(9) {
        case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1) << UInt8(rng.below(8))
        case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: rng.next())
        case 2: bytes.insert(interestingBytes[rng.below(interestingBytes.count)], at: at)
        case 3, 4: bytes.insert(contentsOf: tokens[rng.below(tokens.count)], at: at)
        case 5 where !bytes.isEmpty:
            let length = min(bytes.count - min(at, bytes.count - 1), 1 + rng.below(16))
            bytes.removeSubrange(min(at, bytes.count - 1)..<min(at, bytes.count - 1) + length)
        case 6 where !bytes.isEmpty:
            let start = min(at, bytes.count - 1)
            let chunk = Array(bytes[start..<min(bytes.count, start + 1 + rng.below(32))])
            bytes.insert(contentsOf: chunk, at: rng.below(bytes.count + 1))
        case 7 where !other.isEmpty:
            let start = rng.below(other.count)
            let chunk = other[start..<min(other.count, start + 1 + rng.below(64))]
            bytes.insert(contentsOf: chunk, at: at)
        case 8 where !other.isEmpty:
            // Splice: this input's head, the other's tail.
            let cut = rng.below(other.count)
            bytes = Array(bytes[..<min(at, bytes.count)]) + other[cut...]
        default: bytes.insert(interestingBytes[rng.below(interestingBytes.count)], at: at)
        }
    }
}
