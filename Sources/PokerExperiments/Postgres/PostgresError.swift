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

    /// `url` with any password replaced by `***`.
    public static func masked(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].firstIndex(of: "@") else { return url }
        let credentials = url[schemeEnd.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
