import Foundation

/// The fields of a personality file and every limit the validator enforces, in one place so the
/// validator, the generation prompt and the documentation agree.
public enum PersonalitySchema {
    /// The top-level fields, in the order files are written. All are required.
    public enum Field: String, CaseIterable, Sendable {
        case version, name, nickname, origin
        case playStyle = "play_style"
        case confidence, attitude, voice, traits, elasticity
        case recoveryRate = "recovery_rate"
        case tiltResistance = "tilt_resistance"
        case verbalTics = "verbal_tics"
        case physicalTics = "physical_tics"
        case emoji, lines
    }

    /// Longest `name`, in characters.
    public static let nameLength = 40
    /// Longest `nickname`, in characters (it labels seats in narrow places).
    public static let nicknameLength = 16
    /// Longest `confidence` or `attitude`, in characters.
    public static let wordLength = 40
    /// Longest `play_style`, in characters.
    public static let playStyleLength = 200
    /// Longest `voice`, in characters.
    public static let voiceLength = 300
    /// Longest verbal or physical tic, in characters.
    public static let ticLength = 120
    /// Longest canned line, in characters.
    public static let lineLength = 140

    /// How many `verbal_tics`.
    public static let verbalTicCount = 3...5
    /// How many `physical_tics`.
    public static let physicalTicCount = 2...4
    /// How many `emoji`.
    public static let emojiCount = 0...6
    /// How many lines for each situation under `lines`.
    public static let linesPerSituation = 1...6

    /// From this `emoji_usage` up, `emoji` must name at least one emoji.
    public static let emojiListRequiredFrom = 0.2
    /// Largest file read, in bytes; bigger files are rejected unread.
    public static let maxFileBytes = 65_536

    /// File names are slugs: lowercase letters and digits in words joined by single hyphens.
    public static func isSlug(_ text: some StringProtocol) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// A slug made from a name: "Ebenezer Scrooge" → "ebenezer-scrooge". Letters outside a–z are
    /// folded to their base letter where possible and dropped otherwise.
    public static func slug(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }
}
