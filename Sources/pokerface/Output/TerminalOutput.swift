import Foundation
import PokerEngine

/// The executable's one way out to a terminal: every text it prints passes ``TextSanitizer``.
///
/// Command output mixes our own words with untrusted text — LLM replies, personality files, player
/// and experiment names, hand-history content, server error bodies. Rather than trusting every call
/// site to remember, the funnel sanitises the whole text: escape sequences, C0/C1 controls (CR, BEL,
/// `U+009B` …), bidirectional overrides and invisible characters are removed; newlines stay.
/// JSON output is escaped first (``JSONOutput``), so the funnel leaves it unchanged.
enum TerminalOutput {
    /// Writes `text` to standard output, sanitised.
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(TextSanitizer.sanitize(text).utf8))
    }

    /// Writes `text` to standard error, sanitised.
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(TextSanitizer.sanitize(text).utf8))
    }
}

/// `print` for text in this module: the standard library's, after ``TextSanitizer/sanitize(_:)``.
///
/// Declared at the top level of the executable, it is chosen over `Swift.print` for every call with
/// one `String`, so no command can print untrusted text raw by forgetting to sanitise it.
func print(_ text: String, terminator: String = "\n") {
    Swift.print(TextSanitizer.sanitize(text), terminator: terminator)
}
