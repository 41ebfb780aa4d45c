import ArgumentParser
import Foundation
import HandHistory
import PokerGame
import PokerStore

/// `pokerface hh import FILE...` — PokerStars hand histories into the database.
struct HHImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import PokerStars No-Limit Hold'em hand histories (cash games and tournaments).",
        discussion: """
        Every hand is replayed by the engine: each action must be legal and the pots and the amounts \
        collected must come out the same. A hand that does not is reported on one line (file, hand \
        number, the first line that disagrees) and skipped; the rest import. The hands form one \
        finished game (see `pokerface games`, `hands`, `replay`, the stats screen); the hero's decisions \
        get the analyzer's verdicts. Hands already imported are skipped, so importing a file twice adds \
        nothing. Exit status 1 when a hand was skipped or a file could not be read.
        """
    )

    @Argument(help: "Hand-history files (.txt, several hands each).") var files: [String]
    @Option(help: "Name of the imported game (default: the first file's name).") var gameName: String?
    @Flag(help: "Skip the analyzer's verdicts on the hero's decisions (faster).") var noAnalysis = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let (hands, skipped, unreadable) = HandFiles.read(files)
        let gameStore = try store.open()
        let name = gameName ?? HandFiles.defaultName(files)
        let summary: ImportSummary
        do { summary = try await HandImport.store(hands, name: name, in: gameStore, analyze: !noAnalysis) } catch {
            throw CLIError(error.description)
        }
        var line = "Imported \(summary.hands.count) of \(hands.count + skipped) hands"
        if !summary.games.isEmpty {
            let ids = summary.games.map { String($0.rawValue) }.joined(separator: ", ")
            line += summary.games.count == 1 ? " into game \(ids) ('\(name)')" : " into games \(ids) (one per table, '\(name) · TABLE')"
        }
        if summary.duplicates > 0 { line += "; \(summary.duplicates) were already imported" }
        if skipped > 0 { line += "; \(skipped) skipped (see above)" }
        if unreadable > 0 { line += "; \(unreadable) \(unreadable == 1 ? "file" : "files") gave no hands (see above)" }
        print(line + ".")
        if skipped + unreadable > 0 { throw ExitCode(1) }
    }
}

/// `pokerface hh convert FILE... --to phh` — PokerStars histories as PHH.
struct HHConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PokerStars hand histories to PHH (.phhs), checking every hand with the engine.",
        discussion: """
        Amounts keep their unit (a $0.05/$0.10 game writes 0.05 and 0.1); unknown hole cards are ????; \
        each hand carries seats, seat_count and _button_seat. Hands that do not replay are reported and \
        left out (exit status 1).
        """
    )

    enum Target: String, ExpressibleByArgument, CaseIterable { case phh }

    @Argument(help: "Hand-history files.") var files: [String]
    @Option(help: "The format to write (phh).") var to: Target = .phh
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let (hands, skipped, unreadable) = HandFiles.read(files)
        let text = PHHWriter.text(hands.map(\.phh))
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
            print("Wrote \(hands.count) hands to \(output).")
        } else {
            print(text, terminator: "")
        }
        if skipped + unreadable > 0 { throw ExitCode(1) }
    }
}

/// Reading hand-history files: every hand that replays, and one line on stderr for each that
/// does not (counted in `skipped`) and for each file that cannot be read or holds no hand
/// (counted in `unreadable`).
enum HandFiles {
    static func read(_ files: [String]) -> (hands: [ImportedHand], skipped: Int, unreadable: Int) {
        var hands: [ImportedHand] = [], skipped = 0, unreadable = 0
        for file in files {
            let text: String
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
                Console.error("cannot read \(file): \(error.localizedDescription)")
                unreadable += 1
                continue
            }
            let results = PokerStarsImporter.read(text, source: file)
            if results.isEmpty {
                Console.error("\(file): no PokerStars hands found (a hand starts with 'PokerStars Hand #')")
                unreadable += 1
            }
            for result in results {
                switch result {
                case let .success(hand): hands.append(hand)
                case let .failure(error):
                    Console.error(error.description)
                    skipped += 1
                }
            }
        }
        return (hands, skipped, unreadable)
    }

    static func defaultName(_ files: [String]) -> String {
        let first = URL(fileURLWithPath: files.first ?? "hands").lastPathComponent
        return files.count > 1 ? "\(first) and \(files.count - 1) more" : first
    }
}
