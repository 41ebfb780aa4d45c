import ArgumentParser
import Foundation
import PokerEngine
import PokerStrategy

/// `pokerface preflop-table [--path] [--regenerate] [--threads N]`: makes (once) or reads the
/// cached preflop equity table and says where it is.
struct PreflopTableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preflop-table",
        abstract: "Make (once) or read the exact heads-up preflop equity table.",
        discussion: """
            The table holds the exact all-in equity of every pair of starting hands: 93,769 \
            matchups up to suit relabelling, each enumerated over all 1,712,304 boards (750 KB). \
            The first run generates it (about 8 s on two cores in a release build) and keeps it \
            in $POKERFACE_CACHE_DIR (default $XDG_CACHE_HOME/pokerface, that is \
            ~/.cache/pokerface); later runs read it in milliseconds. A damaged or foreign file is \
            refused and regenerated.
            """)

    @Flag(help: "Only print the cache file's path.")
    var path = false

    @Flag(help: "Generate the table again even when a good copy is cached.")
    var regenerate = false

    @Option(help: "Concurrent tasks for generating (default: every core). The table does not depend on it.")
    var threads: Int?

    @Option(help: ArgumentHelp("Also write the 169-class equity table the strategy core uses as Swift source.",
                               discussion: "The file is Sources/PokerStrategy/Preflop/ExactClassEquities.swift in the checkout.",
                               valueName: "file"))
    var classSource: String?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let cache = PreflopTableCache()
        if path {
            print(cache.url.path)
            return
        }
        let tasks = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let (table, source) = await cache.loadOrGenerate(tasks: tasks, regenerate: regenerate) { note in
            TerminalOutput.standardError("\(note)\n")
        }
        switch source {
        case let .cached(seconds):
            print("Read \(table.count) matchups from \(cache.url.path) in \(String(format: "%.1f", seconds * 1000)) ms")
        case let .generated(seconds, saveProblem):
            print("Generated \(table.count) matchups in \(String(format: "%.1f", seconds)) s (\(tasks) tasks)")
            if let saveProblem {
                TerminalOutput.standardError("Error: \(saveProblem)\n")
                throw ExitCode.failure
            }
            print("Saved to \(cache.url.path)")
        }
        if let classSource {
            let source = ClassMatchups(table: table).swiftSource
            do { try source.write(toFile: classSource, atomically: true, encoding: .utf8) } catch {
                throw CLIError("cannot write \(classSource): \(error.localizedDescription)")
            }
            print("Wrote the class table to \(classSource)")
        }
        if let aces = HoleCards("AsAh"), let kings = HoleCards("KdKc"), let equity = table.equity(aces, vs: kings) {
            print("AsAh vs KdKc \(String(format: "%.3f", 100 * equity)) %, "
                  + "AA vs any two cards \(String(format: "%.3f", 100 * table.equityVsRandom(aces))) %")
        }
    }
}
