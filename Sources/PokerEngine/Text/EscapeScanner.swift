/// A small state machine that swallows escape sequences one scalar at a time.
struct EscapeScanner {
    private enum State {
        case text
        case escape                 // after ESC
        case escapeIntermediate     // ESC followed by 0x20–0x2F: waiting for the final byte
        case csi                    // inside a control sequence: waiting for 0x40–0x7E
        case string                 // OSC/DCS/SOS/PM/APC body: waiting for BEL or ST
        case stringEscape           // ESC inside a string: `\` ends it
        case singleShift            // SS2/SS3: swallow the next character
    }

    private var state = State.text

    /// Returns the scalar to keep, or `nil` when it is part of a sequence or forbidden.
    mutating func consume(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch state {
        case .text:
            return text(scalar)
        case .escape:
            switch value {
            case 0x5B: state = .csi                                // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string     // ] P X ^ _
            case 0x4E, 0x4F: state = .singleShift                  // N O
            case 0x20...0x2F: state = .escapeIntermediate
            case 0x1B: state = .escape                             // ESC ESC: the first was lone
            default:
                state = .text                                      // two-character escape (ESC c, ESC 7 …)
                if value < 0x20 || value > 0x7E { return text(scalar) }
            }
            return nil
        case .escapeIntermediate:
            if !(0x20...0x2F).contains(value) { state = .text }
            return nil
        case .csi:
            if (0x40...0x7E).contains(value) { state = .text }
            else if value == 0x1B { state = .escape }
            else if value < 0x20 || value > 0x7E { state = .text; return text(scalar) }
            return nil
        case .string:
            if value == 0x07 || value == 0x9C { state = .text }
            else if value == 0x1B { state = .stringEscape }
            return nil
        case .stringEscape:
            state = value == 0x5C ? .text : (value == 0x1B ? .stringEscape : .string)
            return nil
        case .singleShift:
            state = .text
            return nil
        }
    }

    private mutating func text(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0A: return scalar
        case 0x09: return " "
        case 0x1B: state = .escape
        case 0x9B: state = .csi
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: state = .string
        case 0x8E, 0x8F: state = .singleShift
        case 0x2028, 0x2029: return "\n"
        default: return TextSanitizer.isForbidden(scalar) ? nil : scalar
        }
        return nil
    }
}
