/// What can go wrong with the PostgreSQL store. Every message is one sentence; passwords in URLs are masked.
public enum PostgresError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No connection could be made.
    case connect(url: String, message: String)
    /// The server refused a statement.
    case query(sqlState: String?, message: String, statement: String)
    /// The connection broke and could not be re-established.
    case connectionLost(url: String, message: String)
    /// A value read back is not what this version wrote.
    case badValue(column: String, value: String)
    /// Another worker took over this tournament (our heartbeat went stale); our results for it were not written.
    case lostClaim(tournament: Int64)

    public var description: String {
        switch self {
        case let .connect(url, message): "cannot connect to PostgreSQL at \(url): \(message)"
        case let .query(state, message, statement):
            "PostgreSQL refused `\(statement)`\(state.map { " (SQLSTATE \($0))" } ?? ""): \(message)"
        case let .connectionLost(url, message): "the connection to PostgreSQL at \(url) was lost: \(message)"
        case let .badValue(column, value): "PostgreSQL returned '\(value)' for \(column), which this version cannot read"
        case let .lostClaim(id): "another worker took over tournament row \(id) after this worker's heartbeat went stale"
        }
    }

    /// `url` with every password replaced by `***`: the URL form (`postgres://user:secret@host`),
    /// a query parameter (`?password=secret`, `&password=secret`) and the keyword form of a libpq
    /// conninfo (`password=secret`, `password = 'se cret'`).
    public static func masked(_ url: String) -> String {
        var result = url
        if let schemeEnd = result.range(of: "://"), let at = result[schemeEnd.upperBound...].firstIndex(of: "@"),
           let colon = result[schemeEnd.upperBound..<at].firstIndex(of: ":") {
            result = String(result[..<colon]) + ":***" + String(result[at...])
        }
        result = result.replacing(/([?&]password=)[^&#\s]*/.ignoresCase(), with: { "\($0.output.1)***" })
        result = result.replacing(/(\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'?|[^\s'?&][^\s&]*)/.ignoresCase(),
                                  with: { "\($0.output.1)***" })
        return result
    }

    /// A libpq message with every password of `url` replaced, in case it quotes the connection string.
    static func masked(message: String, url: String) -> String {
        var result = masked(message)
        for secret in passwords(in: url) where secret.count >= 3 {
            result = result.replacingOccurrences(of: secret, with: "***")
        }
        return result
    }

    /// The passwords `url` carries, in each of the forms ``masked(_:)`` knows.
    static func passwords(in url: String) -> [String] {
        var found: [String] = []
        if let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].firstIndex(of: "@"),
           let colon = url[schemeEnd.upperBound..<at].firstIndex(of: ":") {
            found.append(String(url[url.index(after: colon)..<at]))
        }
        for match in url.matches(of: /\bpassword\s*=\s*'?([^\s'&#]+)/.ignoresCase()) { found.append(String(match.output.1)) }
        return found
    }
}
