import ArgumentParser
import PokerGame
import PokerStore

/// `pokerface lab captures`: the capture browser.
struct LabCapturesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "captures",
        abstract: "List captured AI decisions, newest first, filtered and paged.")

    @OptionGroup var filters: CaptureFilterOptions
    @Option(help: "Model name or provider/model.") var model: String?
    @Option(help: "Captures per page.") var limit = 50
    @Option(help: "Skip this many captures (the next page starts at the previous offset + limit).") var offset = 0
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let filter = try filters.filter(limit: limit, offset: offset, model: model)
        let gameStore = try store.openForReading()
        let page: CapturePage
        do { page = try await gameStore.browseCaptures(filter) } catch { throw error.cli }
        print(json ? try JSONOutput.encode(page) : page.text, terminator: json ? "\n" : "")
    }
}
