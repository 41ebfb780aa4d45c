import ArgumentParser
import PokerGame
import PokerLab
import PokerStore

/// `pokerface lab show ID`: one capture in full.
struct LabShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a capture: prompt, answer, correction chain, verdict, state of mind, tokens, latency and cost.")

    @Argument(help: "The capture id (see `pokerface lab captures`).") var id: Int64
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let gameStore = try store.openForReading()
        let detail: CaptureDetail
        do { detail = try await CaptureDetail.load(CaptureID(id), store: gameStore) } catch { throw error.cli }
        print(json ? try JSONOutput.encode(detail) : detail.text, terminator: json ? "\n" : "")
    }
}
