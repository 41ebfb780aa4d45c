import ArgumentParser
import PokerAI
import PokerEngine
import PokerLab
import PokerStore

/// `pokerface lab label ID --add L | --remove L`.
struct LabLabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Add or remove your labels on a capture (search them with `lab captures --label L`).")

    @Argument(help: "The capture id.") var id: Int64
    @Option(help: "Label to add (repeatable).") var add: [String] = []
    @Option(help: "Label to remove (repeatable).") var remove: [String] = []
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !add.isEmpty || !remove.isEmpty else { throw ValidationError("give --add LABEL or --remove LABEL") }
        for label in add + remove where Self.normalized(label).isEmpty {
            throw ValidationError("a label needs at least one letter or digit")
        }
        for label in add {
            if let refusal = TextSanitizer.refusal(of: label, field: "--add") { throw ValidationError(refusal) }
        }
    }

    /// Labels are lower-case, trimmed, with inner spaces as dashes.
    static func normalized(_ label: String) -> String {
        label.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ").joined(separator: "-")
    }

    func run() async throws {
        let gameStore = try store.open()
        let capture = CaptureID(id)
        do {
            for label in add.map(Self.normalized) { try await gameStore.addLabel(capture: capture, label: label) }
            for label in remove.map(Self.normalized) {
                if !(try await gameStore.removeLabel(capture: capture, label: label)) {
                    Console.error("capture \(id) had no label '\(label)'")
                }
            }
            let labels = try await gameStore.labels(capture: capture).map { $0.source == .user ? $0.label : $0.label + " (auto)" }
            print("Capture \(id): " + (labels.isEmpty ? "no labels" : labels.joined(separator: ", ")))
        } catch {
            throw error.cli
        }
    }
}

/// `pokerface lab labels`: every label with its count.
struct LabLabelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels",
        abstract: "List every label with how many captures carry it (automatic ones included).")

    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let gameStore = try store.open()
        let counts: [LabelCount]
        do { counts = try await gameStore.labelCounts() } catch { throw error.cli }
        if json { return print(try JSONOutput.encode(counts)) }
        if counts.isEmpty { return print("No labels yet. Add one with `pokerface lab label ID --add LABEL`.") }
        let rows = [["LABEL", "CAPTURES", "YOURS"]] + counts.map { [$0.label, String($0.captures), String($0.byUser)] }
        print(LabText.table(rows, rightAligned: [1, 2]))
    }
}
