import CLibPQ
import Dispatch
import Glibc

/// Rows returned by one statement: text values (nil for SQL NULL) by column name.
public struct PostgresRows: Sendable {
    public let columns: [String]
    public let rows: [[String?]]

    /// The value of `column` in row `index`.
    public func value(_ index: Int, _ column: String) -> String? {
        guard rows.indices.contains(index), let c = columns.firstIndex(of: column) else { return nil }
        return rows[index][c]
    }

    public var count: Int { rows.count }
}

/// Statements on one open connection, inside a `PostgresConnection` job (never used elsewhere).
public struct PostgresSession {
    fileprivate let connection: OpaquePointer

    /// Runs one statement with text parameters `$1…` and returns its rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresRows {
        var copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        let result = copies.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { values in
                    PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
                }
            } ?? PQexecParams(connection, sql, 0, nil, nil, nil, nil, 0)
        }
        guard let result else {
            throw .query(sqlState: nil, message: String(cString: PQerrorMessage(connection)), statement: Self.short(sql))
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = PQresultErrorField(result, 67).map { String(cString: $0) }   // 'C': PG_DIAG_SQLSTATE
            let message = String(cString: PQresultErrorMessage(result)).trimmingWhitespace
            throw .query(sqlState: state, message: message, statement: Self.short(sql))
        }
        let fields = Int(PQnfields(result))
        let columns = (0..<fields).map { String(cString: PQfname(result, Int32($0))) }
        var rows: [[String?]] = []
        for r in 0..<Int(PQntuples(result)) {
            rows.append((0..<fields).map { c in
                PQgetisnull(result, Int32(r), Int32(c)) == 1 ? nil : String(cString: PQgetvalue(result, Int32(r), Int32(c)))
            })
        }
        return PostgresRows(columns: columns, rows: rows)
    }

    static func short(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.joined(separator: " ")
        return line.count > 80 ? String(line.prefix(77)) + "..." : line
    }
}

/// One libpq connection. libpq's calls block, so every call runs on this connection's own serial
/// queue (a dedicated thread, off the cooperative pool) and callers await the result. The only
/// importer of CLibPQ.
public final class PostgresConnection: @unchecked Sendable {
    // @unchecked: `handle` is only touched by jobs on `queue`, which runs them one at a time.
    private let queue: DispatchQueue
    private nonisolated(unsafe) var handle: OpaquePointer?
    /// The URL with its password masked.
    public let displayURL: String

    private init(handle: OpaquePointer, displayURL: String) {
        self.handle = handle
        self.displayURL = displayURL
        queue = DispatchQueue(label: "pokerface.postgres")
    }

    /// Connects to `url` (`postgres://user:password@host:port/database`, or any libpq conninfo).
    public static func connect(_ url: String) async throws(PostgresError) -> PostgresConnection {
        let display = PostgresError.masked(url)
        let result: Result<OpaquePointer, PostgresError> = await withCheckedContinuation { continuation in
            DispatchQueue(label: "pokerface.postgres.connect").async {
                guard let handle = PQconnectdb(url) else {
                    continuation.resume(returning: .failure(.connect(url: display, message: "out of memory")))
                    return
                }
                guard PQstatus(handle) == CONNECTION_OK else {
                    let message = PostgresError.masked(message: String(cString: PQerrorMessage(handle)).trimmingWhitespace, url: url)
                    PQfinish(handle)
                    continuation.resume(returning: .failure(.connect(url: display, message: message)))
                    return
                }
                continuation.resume(returning: .success(SendableHandle(handle).value))
            }
        }
        return PostgresConnection(handle: try result.get(), displayURL: display)
    }

    /// Runs `body` on the connection's thread, alone.
    public func run<T: Sendable>(_ body: @escaping @Sendable (PostgresSession) throws(PostgresError) -> T) async throws(PostgresError) -> T {
        let display = displayURL
        let result: Result<T, PostgresError> = await withCheckedContinuation { continuation in
            queue.async {
                guard let handle = self.handle else {
                    continuation.resume(returning: .failure(.connectionLost(url: display, message: "the connection is closed")))
                    return
                }
                if PQstatus(handle) != CONNECTION_OK {
                    PQreset(handle)
                    guard PQstatus(handle) == CONNECTION_OK else {
                        let message = PostgresError.masked(String(cString: PQerrorMessage(handle)).trimmingWhitespace)
                        continuation.resume(returning: .failure(.connectionLost(url: display, message: message)))
                        return
                    }
                }
                continuation.resume(returning: Result { () throws(PostgresError) -> T in try body(PostgresSession(connection: handle)) })
            }
        }
        return try result.get()
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresSession) throws(PostgresError) -> T) async throws(PostgresError) -> T {
        try await run { session throws(PostgresError) -> T in
            try session.execute("BEGIN")
            do throws(PostgresError) {
                let value = try body(session)
                try session.execute("COMMIT")
                return value
            } catch {
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs one statement on its own.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) async throws(PostgresError) -> PostgresRows {
        try await run { session throws(PostgresError) -> PostgresRows in try session.execute(sql, parameters) }
    }

    /// Closes the connection.
    public func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                if let handle = self.handle { PQfinish(handle) }
                self.handle = nil
                continuation.resume()
            }
        }
    }
}

/// Carries a libpq handle from the connecting thread to its owner.
private struct SendableHandle: @unchecked Sendable {
    let value: OpaquePointer
    init(_ value: OpaquePointer) { self.value = value }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
