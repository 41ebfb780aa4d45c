import Foundation
import Glibc
import PokerTestSupport

/// A throwaway PostgreSQL server on 127.0.0.1 in a temporary directory (initdb + pg_ctl from the
/// Debian packages). initdb refuses to run as root, so as root the server runs as `nobody`
/// through `runuser`, in a directory `nobody` owns.
final class PostgresServer: Sendable {
    let directory: URL
    let port: Int
    let bin: String
    let runAs: String

    /// The PostgreSQL binaries directory (`/usr/lib/postgresql/<version>/bin`), or nil when absent.
    static let binaries: String? = {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap { Int($0) }.sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first {
            FileManager.default.isExecutableFile(atPath: $0 + "/initdb") && FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl")
        }
    }()

    /// The URL of the `postgres` database (trust authentication, no password).
    var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }

    private init(directory: URL, port: Int, bin: String, runAs: String) {
        self.directory = directory
        self.port = port
        self.bin = bin
        self.runAs = runAs
    }

    static func start() throws -> PostgresServer {
        guard let bin = binaries else { throw ServerError.noBinaries }
        let directory = try TestPaths.temporaryDirectory("pokerface-pg")
        let runAs = getuid() == 0 ? "runuser -u nobody -- " : ""
        if getuid() == 0 { try Shell.run("chown -R nobody \(Shell.quote(directory.path))") }
        let server = PostgresServer(directory: directory, port: try freePort(), bin: bin, runAs: runAs)
        let data = Shell.quote(directory.appendingPathComponent("data").path)
        let initdb = try Shell.run("\(runAs)\(bin)/initdb -D \(data) -U postgres --auth=trust -E UTF8 --no-sync")
        guard initdb.status == 0 else { throw ServerError.failed("initdb: \(initdb.text)") }
        let options = "-p \(server.port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
        let start = try Shell.run("\(runAs)\(bin)/pg_ctl -D \(data) -o \(Shell.quote(options)) -l \(Shell.quote(directory.path + "/server.log")) -w -t 30 start")
        guard start.status == 0 else { throw ServerError.failed("pg_ctl start: \(start.text)") }
        return server
    }

    func stop() {
        let data = Shell.quote(directory.appendingPathComponent("data").path)
        _ = try? Shell.run("\(runAs)\(bin)/pg_ctl -D \(data) -m immediate -w stop")
        try? FileManager.default.removeItem(at: directory)
    }

    /// A TCP port nobody listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ServerError.failed("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    enum ServerError: Error { case noBinaries, failed(String) }
}
