import Foundation
import PokerEngine

/// Where the preflop equity table (`PreflopEquityTable`) is kept between runs:
/// `$XDG_CACHE_HOME/pokerface/preflop-equity-v1.bin` (XDG default `~/.cache` when the variable is
/// unset or relative). The program generates the table itself the first time (about 15 s on two
/// cores) and then reads it in milliseconds; a damaged or foreign file is regenerated and replaced.
struct PreflopTableCache {
    let url: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            base = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache", isDirectory: true)
        }
        url = base.appendingPathComponent("pokerface/preflop-equity-v1.bin")
    }

    init(url: URL) { self.url = url }

    /// The stored table, or nil when there is none or it is refused (the reason is in `problem`).
    func load() -> (table: PreflopEquityTable?, problem: String?) {
        guard let data = try? Data(contentsOf: url) else { return (nil, nil) }
        do {
            return (try PreflopEquityTable(serialized: [UInt8](data)), nil)
        } catch {
            return (nil, "\(url.path): \(error.description)")
        }
    }

    /// Writes the table atomically (a temporary file renamed into place).
    func save(_ table: PreflopEquityTable) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(table.serialized()).write(to: url, options: .atomic)
    }

    /// The cached table, or a freshly generated one (then cached; a cache that cannot be written
    /// only costs the regeneration next time). Installs it as `PreflopEquityTable.shared`'s table.
    func loadOrGenerate(tasks: Int, log: (String) -> Void = { _ in }) async -> PreflopEquityTable {
        let (cached, problem) = load()
        if let problem { log("preflop table refused, regenerating: \(problem)") }
        let table: PreflopEquityTable
        if let cached {
            table = cached
        } else {
            table = await PreflopEquityTable.generate(tasks: tasks)
            do { try save(table) } catch { log("could not cache the preflop table at \(url.path): \(error.localizedDescription)") }
        }
        PreflopEquityTable.install(table)
        return table
    }
}
