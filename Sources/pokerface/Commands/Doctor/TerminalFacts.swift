import Foundation
import Glibc

/// The terminal as `pokerface doctor` sees it, read without opening the terminal: TERM and its
/// terminfo entry (parsed for the colour count), the locale, NO_COLOR, and the window size.
enum TerminalFacts {
    static func read(environment: [String: String]) -> DoctorReport.Terminal {
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        let entry = term.flatMap { terminfoEntry($0, environment: environment) }
        let locale = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        var size = winsize()
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let sized = isTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
        return DoctorReport.Terminal(
            term: term, terminfo: entry != nil, locale: locale, utf8: utf8,
            colors: entry.flatMap { maxColors(in: $0) }, noColor: !(environment["NO_COLOR"] ?? "").isEmpty,
            isTerminal: isTerminal, columns: sized ? Int(size.ws_col) : nil, lines: sized ? Int(size.ws_row) : nil)
    }

    /// The compiled terminfo entry for `term`, from the places ncurses searches.
    static func terminfoEntry(_ term: String, environment: [String: String]) -> Data? {
        guard let first = term.unicodeScalars.first, !term.contains("/") else { return nil }
        var directories: [String] = []
        if let dir = environment["TERMINFO"], !dir.isEmpty { directories.append(dir) }
        if let home = environment["HOME"], !home.isEmpty { directories.append(home + "/.terminfo") }
        directories += (environment["TERMINFO_DIRS"] ?? "").split(separator: ":").map(String.init)
        directories += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        for directory in directories {
            for letter in [String(first), String(format: "%02x", first.value)] {
                if let data = FileManager.default.contents(atPath: "\(directory)/\(letter)/\(term)") { return data }
            }
        }
        return nil
    }

    /// `max_colors` (numeric capability 13) from a compiled terminfo entry (legacy 16-bit or
    /// extended 32-bit numbers); nil when absent or the entry is malformed.
    static func maxColors(in entry: Data) -> Int? {
        let bytes = [UInt8](entry)
        func short(_ offset: Int) -> Int? {
            guard offset + 1 < bytes.count else { return nil }
            let value = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
            return value >= 0x8000 ? value - 0x10000 : value
        }
        guard let magic = short(0), magic == 0o432 || magic == 0o1036, let namesSize = short(2), let boolCount = short(4),
              let numberCount = short(6), namesSize >= 0, boolCount >= 0, numberCount > 13 else { return nil }
        var offset = 12 + namesSize + boolCount
        if offset % 2 == 1 { offset += 1 }
        let width = magic == 0o1036 ? 4 : 2
        let at = offset + 13 * width
        guard at + width <= bytes.count else { return nil }
        var value = 0
        for index in (0..<width).reversed() { value = value << 8 | Int(bytes[at + index]) }
        if width == 2, value >= 0x8000 { value -= 0x10000 }
        if width == 4, value >= 0x8000_0000 { value -= 0x1_0000_0000 }
        return value >= 0 ? value : nil
    }
}
