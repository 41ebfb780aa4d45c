/// Why stored preflop-table bytes were refused.
public enum PreflopTableError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a preflop table, or one of another format version.
    case wrongFormat
    /// The bytes end early or run on (expected and actual byte counts).
    case wrongSize(expected: Int, actual: Int)
    /// The stored checksum does not match the contents: the file is damaged.
    case checksumMismatch
    /// A matchup's counts are impossible (more wins and ties than boards).
    case impossibleCounts(slot: Int)

    public var description: String {
        switch self {
        case .wrongFormat: "not a preflop equity table of this version"
        case let .wrongSize(expected, actual): "the preflop table has \(actual) bytes, expected \(expected)"
        case .checksumMismatch: "the preflop table is damaged (checksum mismatch)"
        case let .impossibleCounts(slot): "the preflop table is damaged (impossible counts in matchup \(slot))"
        }
    }
}

extension PreflopEquityTable {
    /// "PFPT" and format version 1.
    static let magic: [UInt8] = [0x50, 0x46, 0x50, 0x54, 1, 0, 0, 0]

    /// Stored form: magic and version, then per matchup wins and ties (little-endian `UInt32`),
    /// then an FNV-1a checksum of those counts.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        bytes.reserveCapacity(Self.byteCount(matchups: count))
        var hash = Self.fnvOffset
        for slot in 0..<count {
            for value in [wins[slot], ties[slot]] {
                for shift in stride(from: 0, to: 32, by: 8) {
                    let byte = UInt8(truncatingIfNeeded: value >> UInt32(shift))
                    bytes.append(byte)
                    hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                }
            }
        }
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
        return bytes
    }

    /// Reads `serialized()` bytes back, refusing anything damaged or of another version.
    public init(serialized bytes: [UInt8]) throws(PreflopTableError) {
        let matchups = PreflopMatchupIndex.shared.count
        guard bytes.count >= Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw .wrongFormat
        }
        guard bytes.count == Self.byteCount(matchups: matchups) else {
            throw .wrongSize(expected: Self.byteCount(matchups: matchups), actual: bytes.count)
        }
        var wins = [UInt32](repeating: 0, count: matchups), ties = wins
        var hash = Self.fnvOffset, offset = Self.magic.count
        func next() -> UInt32 {
            var value: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                let byte = bytes[offset]
                value |= UInt32(byte) << UInt32(shift)
                hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                offset += 1
            }
            return value
        }
        for slot in 0..<matchups {
            wins[slot] = next()
            ties[slot] = next()
            if Int(wins[slot]) + Int(ties[slot]) > Self.boards { throw .impossibleCounts(slot: slot) }
        }
        var stored: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { stored |= UInt64(bytes[offset]) << UInt64(shift); offset += 1 }
        guard stored == hash else { throw .checksumMismatch }
        self.init(wins: wins, ties: ties)
    }

    static func byteCount(matchups: Int) -> Int { magic.count + 8 * matchups + 8 }
    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01B3
}
