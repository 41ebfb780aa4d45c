import ArgumentParser
import Foundation
import LLMClient
import PokerAI
import PokerGame
import PokerLab
import PokerStore

/// `pokerface lab rerun ID` and the batch form `pokerface lab rerun --label L`.
struct LabRerunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rerun",
        abstract: "Send captured decisions again and compare old and new answers and verdicts.",
        discussion: """
            With an ID: one capture, shown side by side. Without: every capture the filters select \
            (at least one filter, e.g. --label needs-fix), up to --limit, with how many verdicts went from \
            mistake to correct. By default the capture's own provider and model answer; --provider/--model \
            pick another (--provider local: the local model), --offline the offline bot. --edit opens the prompt \
            in $EDITOR first; --guidance adds an instruction to the system prompt; --mode rebuilds the prompt \
            for another game mode. Re-runs are metered as debug_rerun and captured with the original as parent.
            """)

    @Argument(help: "The capture id; leave out to re-run a filtered set.") var id: Int64?
    @Option(help: "Provider for the re-run (default: the capture's own).") var provider: String?
    @Option(help: "Model for the re-run (default: the capture's own, or the provider's default).") var model: String?
    @Option(name: .customLong("base-url"), help: "API base URL for the provider.") var baseURL: String?
    @Option(help: "Rebuild the prompt in this game mode: casual, standard, pro, competitive.") var mode: GameModeOption?
    @Flag(help: "Edit the prompt in $EDITOR before sending (one capture only).") var edit = false
    @Option(help: "An instruction added to the end of the system prompt.") var guidance: String?
    @Flag(help: "Let the offline bot answer (no network).") var offline = false
    @Option(help: "Seconds a re-run may take.") var timeout: Double = 60
    @OptionGroup var filters: CaptureFilterOptions
    @Option(name: .customLong("from-model"), help: "Batch: only captures answered by this model (or provider/model).")
    var fromModel: String?
    @Option(help: "Largest number of captures a batch re-runs.") var limit = 50
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if id == nil, !filters.narrows, fromModel == nil {
            throw ValidationError("give a capture id, or filters for a batch (e.g. --label needs-fix)")
        }
        if id == nil, edit { throw ValidationError("--edit works on one capture; use --guidance for a batch") }
        if offline, provider != nil || model != nil { throw ValidationError("--offline takes no --provider or --model") }
    }

    func run() async throws {
        let gameStore = try store.open()
        let rerunner = DecisionRerunner(store: gameStore, library: PersonalityLibrary.loadStandard())
        var options = RerunOptions(target: try target(), mode: mode?.mode, guidance: guidance, baseURL: baseURL,
                                   model: provider == nil ? model : nil, timeout: .milliseconds(Int(timeout * 1000)))
        if let id {
            if edit {
                do {
                    options.prompt = try PromptEditor.edit(try await rerunner.plannedPrompt(CaptureID(id), options: options))
                } catch let error as RerunError {
                    throw CLIError(error.description)
                }
            }
            let result: RerunResult
            do { result = try await rerunner.rerun(CaptureID(id), options: options) } catch { throw CLIError(error.description) }
            print(json ? try JSONOutput.encode(result) : result.text, terminator: json ? "\n" : "")
            return
        }
        let filter = try filters.filter(limit: limit, offset: 0, model: fromModel)
        let page: CapturePage
        do { page = try await gameStore.browseCaptures(filter) } catch { throw error.cli }
        if page.captures.isEmpty { throw CLIError("no captures match those filters") }
        if !json {
            let more = page.total > page.captures.count ? " (of \(page.total); raise --limit for more)" : ""
            print("Re-running \(page.captures.count) capture\(page.captures.count == 1 ? "" : "s")\(more)…")
        }
        let summary = await rerunner.rerunAll(page.captures.map(\.id), options: options)
        print(json ? try JSONOutput.encode(summary) : summary.text, terminator: json ? "\n" : "")
    }

    func target() throws -> RerunOptions.Target {
        if offline || provider.map({ ProviderID(name: $0) == .offline }) == true { return .offline }
        guard let provider else { return .capture }
        guard let id = ProviderID(name: provider) else {
            throw CLIError("unknown provider '\(provider)' (use \(ProviderID.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        do {
            return .llm(try LLMConfig.resolve(LLMOverrides(provider: id, model: model, baseURL: baseURL)))
        } catch {
            throw CLIError(error.userMessage)
        }
    }
}
