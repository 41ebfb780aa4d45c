/// Why the full-screen terminal cannot start. ``description`` is the one sentence to show the
/// user; callers exit with code 2.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal(stdin: Bool, stdout: Bool)
    /// `TERM` is unset, empty or `dumb`, so the screen cannot be addressed.
    case unusableTerm(String?)
    /// ncurses rejected the terminal type (`newterm` failed).
    case initializationFailed(term: String)

    public var description: String {
        let advice = "use --headless for scripted or CI runs"
        switch self {
        case .notATerminal(let stdin, let stdout):
            let which = [stdin ? nil : "standard input", stdout ? nil : "standard output"].compactMap { $0 }
            let verb = which.count > 1 ? "are not terminals" : "is not a terminal"
            return "pokerface needs an interactive terminal (\(which.joined(separator: " and ")) \(verb)); \(advice)."
        case .unusableTerm(let term):
            let shown = term.map { $0.isEmpty ? "TERM is empty" : "TERM=\($0) cannot move the cursor" } ?? "TERM is not set"
            return "pokerface needs an interactive terminal, but \(shown); set TERM (e.g. xterm-256color) or \(advice)."
        case .initializationFailed(let term):
            return "pokerface needs an interactive terminal, but ncurses does not know TERM=\(term); "
                + "set TERM to a known type (e.g. xterm-256color) or \(advice)."
        }
    }

    /// Checks the preconditions for full-screen mode, in the order a user should fix them.
    /// - Returns: the first problem, or `nil` when ncurses may be started.
    public static func preflight(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, term: String?) -> TerminalError? {
        if !stdinIsTerminal || !stdoutIsTerminal {
            return .notATerminal(stdin: stdinIsTerminal, stdout: stdoutIsTerminal)
        }
        guard let term, !term.isEmpty, term != "dumb" else { return .unusableTerm(term) }
        return nil
    }
}
