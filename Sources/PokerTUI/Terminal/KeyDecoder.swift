/// Turns what the terminal library reads into ``Key``s, without touching the terminal, so the
/// mapping is testable. The curses terminal supplies the library's key-code values.
public struct KeyDecoder: Sendable {
    /// One raw read.
    public enum RawInput: Hashable, Sendable {
        /// A character code (a `wint_t` from `get_wch` returning `OK`).
        case character(UInt32)
        /// A function-key code (`get_wch` returned `KEY_CODE_YES`).
        case keyCode(Int32)
    }

    /// The decoded meaning of one raw read.
    public enum Decoded: Hashable, Sendable {
        case key(Key)
        /// The terminal was resized (`KEY_RESIZE`); the caller reads the new size.
        case resize
    }

    /// Key codes the terminal library uses (ncurses' `KEY_*` values).
    public struct KeyCodes: Sendable {
        /// Codes for the named keys.
        public var named: [Int32: Key]
        /// `KEY_RESIZE`.
        public var resize: Int32
        /// `KEY_F0`: F*n* is `functionBase + n`.
        public var functionBase: Int32

        /// Creates a code table.
        public init(named: [Int32: Key], resize: Int32, functionBase: Int32) {
            self.named = named
            self.resize = resize
            self.functionBase = functionBase
        }
    }

    /// The codes this decoder understands.
    public let codes: KeyCodes

    /// A decoder for the given key-code table.
    public init(codes: KeyCodes) {
        self.codes = codes
    }

    /// Decodes one raw read.
    public func decode(_ input: RawInput) -> Decoded {
        switch input {
        case .character(let value): .key(Self.decodeCharacter(value))
        case .keyCode(let code): decodeKeyCode(code)
        }
    }

    /// Decodes a character code: Enter, Tab, Esc, Backspace and Ctrl-letters are recognised; other
    /// control codes are ``Key/unknown(_:)``; anything else is a ``Key/character(_:)``.
    public static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(0x60 + value) else { return .unknown(Int32(value)) }
            return .control(Character(letter))
        case 0x00...0x1F, 0x80...0x9F: return .unknown(Int32(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }

    private func decodeKeyCode(_ code: Int32) -> Decoded {
        if code == codes.resize { return .resize }
        if let key = codes.named[code] { return .key(key) }
        let function = code - codes.functionBase
        if (1...63).contains(function) { return .key(.function(Int(function))) }
        return .key(.unknown(code))
    }
}
