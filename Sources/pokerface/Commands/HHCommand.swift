import ArgumentParser
import Foundation
import HandHistory
import PokerEngine
import PokerStore

/// `pokerface hh …` — hand histories in and out.
struct HHCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hh",
        abstract: "Hand histories: replay PHH files through the engine, import, convert and export.",
        subcommands: [HHReplayCommand.self, HHImportCommand.self, HHConvertCommand.self, HHExportCommand.self]
    )
}

struct HHReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay every hand of .phh/.phhs files and compare with their finishing stacks.",
        discussion: """
        A folder stands for every .phh and .phhs file in it (and below it). Hands the engine cannot
        play (another variant, a bad action) are reported as errors with a reason, never a crash.
        Amounts with fractions (10112.5) are played in the hand's smallest unit and reported in the
        original one. Exit status 1 when some hand mismatches, or when no hand at all could be replayed.
        """
    )

    @Argument(help: "PHH files (.phh: one hand, .phhs: many) or folders of them.") var files: [String]
    @Flag(help: "One JSON object per hand per line.") var json = false
    @Flag(help: "With --json: add every decision's actor, call amount and raise bounds.") var trace = false
    @Option(help: "How tied pots are split: pokerkit (as PHH files record them) or wsop (Rule 74).")
    var splitRule: SplitRuleOption = .pokerkit

    func run() throws {
        var counts: [ReplayOutcome.Status: Int] = [:]
        var firstProblems: [String] = []
        for file in try PHHFiles.expand(files) {
            let outcomes: [ReplayOutcome]
            do {
                outcomes = PHHReplayer.replay(try PHHReader.read(path: file), splitRule: splitRule.rule)
            } catch {
                outcomes = [PHHReplayer.fileFailure(source: file, error: error)]
            }
            for outcome in outcomes {
                counts[outcome.status, default: 0] += 1
                if json {
                    print(try ReplayLine(outcome, trace: trace).jsonLine())
                } else if outcome.status == .mismatch || outcome.status == .error, firstProblems.count < 20 {
                    let unit = outcome.unit
                    firstProblems.append("\(outcome.source): \(outcome.status.rawValue)"
                        + (outcome.error.map { " — \($0)" } ?? " — got \((outcome.finishingStacks ?? []).map(unit.text)), "
                            + "expected \((outcome.expected ?? []).map(unit.text))"))
                }
            }
        }
        if !json {
            let total = counts.values.reduce(0, +)
            print("\(total) hands: \(counts[.match] ?? 0) match, \(counts[.mismatch] ?? 0) mismatch, "
                  + "\(counts[.computed] ?? 0) computed (no finishing stacks in the file), \(counts[.error] ?? 0) errors")
            for line in firstProblems { print("  " + line) }
        }
        if (counts[.mismatch] ?? 0) > 0 { throw ExitCode(1) }
        if (counts[.match] ?? 0) + (counts[.computed] ?? 0) == 0 {
            if json { throw ExitCode(1) }
            let errors = counts[.error] ?? 0
            throw CLIError("no hand could be replayed (\(errors) \(errors == 1 ? "error" : "errors"), listed above)")
        }
    }
}

enum SplitRuleOption: String, ExpressibleByArgument, CaseIterable {
    case pokerkit, wsop
    var rule: PotSplitRule { self == .wsop ? .wsop : .pokerKit }
}

/// The JSON shape of one replayed hand.
struct ReplayLine: Encodable {
    let source: String
    let status: String
    /// In the file's unit: whole numbers, or decimals such as 10112.5.
    let finishingStacks: [Decimal]?
    let expected: [Decimal]?
    let error: String?
    let decisions: [ReplayDecision]?

    enum CodingKeys: String, CodingKey {
        case source, status, finishingStacks = "finishing_stacks", expected, error, decisions
    }

    init(_ outcome: ReplayOutcome, trace: Bool) {
        source = outcome.source
        status = outcome.status.rawValue
        let unit = outcome.unit
        func number(_ chips: Chips) -> Decimal { Decimal(string: unit.text(chips)) ?? Decimal(chips.rawValue) }
        finishingStacks = outcome.finishingStacks?.map(number)
        expected = outcome.expected?.map(number)
        error = outcome.error
        decisions = trace ? outcome.decisions : nil
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(status, forKey: .status)
        try c.encode(finishingStacks ?? [], forKey: .finishingStacks)
        try c.encode(expected, forKey: .expected)
        try c.encode(error, forKey: .error)
        if let decisions { try c.encode(decisions, forKey: .decisions) }
    }

    func jsonLine() throws -> String {
        try JSONOutput.encode(self)
    }
}

/// `pokerface hh export` — a game's or one hand's history as PHH or PokerStars text.
struct HHExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a game's hands (or one hand) as PHH (.phhs) or PokerStars text (for PokerTracker / Hold'em Manager)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case phh, pokerstars }

    @Option(help: "Export every hand of this game.") var game: Int64?
    @Option(help: "Export this hand only (id from `pokerface hands`).") var hand: Int64?
    @Option(help: "phh or pokerstars.") var format: Format = .phh
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (game == nil) != (hand == nil) else { throw ValidationError("give exactly one of --game ID or --hand ID") }
    }

    func run() async throws {
        let gameStore = try store.openForReading()
        let text: String
        do {
            switch (format, game, hand) {
            case let (.phh, game?, _): text = try await gameStore.phhText(game: GameID(game))
            case let (.pokerstars, game?, _): text = try await gameStore.pokerStarsText(game: GameID(game))
            case let (.phh, _, hand?):
                let stored = try await gameStore.hand(HandID(hand))
                guard let phh = stored.phh else { throw CLIError("hand \(hand) is not finished yet") }
                text = phh
            case let (.pokerstars, _, hand?): text = try await gameStore.pokerStarsText(hand: HandID(hand), heroSeat: nil)
            default: throw CLIError("give --game ID or --hand ID")
            }
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
