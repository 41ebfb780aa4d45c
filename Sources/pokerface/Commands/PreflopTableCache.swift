import Foundation
import PokerEngine

/// Where the preflop equity table (`PreflopEquityTable`) is kept between runs:
/// `preflop-equity-v1.bin` in `$POKERFACE_CACHE_DIR` when that is set, otherwise in
/// `$XDG_CACHE_HOME/pokerface` (XDG default `~/.cache` when the variable is unset or relative).
/// Tests point `POKERFACE_CACHE_DIR` at a temporary folder. The program generates the table
/// itself the first time (about 8 s on two cores) and then reads it in milliseconds; a damaged
/// or foreign file is refused, regenerated and replaced.
struct PreflopTableCache {
    static let fileName = "preflop-equity-v1.bin"
    let url: URL

    /// How `loadOrGenerate` got its table, and how long that took.
    enum Source {
        case cached(seconds: Double)
        /// `saveProblem`: why the fresh table could not be written (nil when it was).
        case generated(seconds: Double, saveProblem: String?)
    }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let directory: URL
        if let own = environment["POKERFACE_CACHE_DIR"], !own.isEmpty {
            directory = URL(fileURLWithPath: own, isDirectory: true)
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("pokerface", isDirectory: true)
        } else {
            directory = FileManager.default.homeDirectoryForCurrentUser
                .appendingPathComponent(".cache/pokerface", isDirectory: true)
        }
        url = directory.appendingPathComponent(Self.fileName)
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

    /// The cached table, or (when there is none, it is refused, or `regenerate`) a freshly
    /// generated one, then cached; a cache that cannot be written only costs the regeneration next
    /// time. Installs the table as `PreflopEquityTable.installedTable`.
    func loadOrGenerate(tasks: Int, regenerate: Bool = false,
                        log: (String) -> Void = { _ in }) async -> (table: PreflopEquityTable, source: Source) {
        let start = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let (cached, problem) = regenerate ? (nil, nil) : load()
        if let problem { log("preflop table refused, regenerating: \(problem)") }
        let table: PreflopEquityTable, source: Source
        if let cached {
            table = cached
            source = .cached(seconds: seconds())
        } else {
            table = await PreflopEquityTable.generate(tasks: tasks)
            let generated = seconds()
            var saveProblem: String?
            do { try save(table) } catch { saveProblem = "could not cache the preflop table at \(url.path): \(error.localizedDescription)" }
            source = .generated(seconds: generated, saveProblem: saveProblem)
        }
        PreflopEquityTable.install(table)
        return (table, source)
    }
}
