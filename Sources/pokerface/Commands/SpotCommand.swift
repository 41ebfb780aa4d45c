import ArgumentParser
import Foundation
import PokerAI
import PokerEngine
import PokerLab
import PokerStrategy

/// `pokerface spot --suite FILE --id ID`: what the strategy core does at a scenario spot — the
/// narrowed ranges, its mixed strategy with each action's value, how it got there.
struct SpotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spot",
        abstract: "Show the strategy core's answer at a scenario spot: narrowed ranges, strategy, action values.",
        discussion: """
            The spot is one of a suite file's spots (the format of suites/starter.json, see docs/ai-lab.md). \
            The core narrows every player's range from the actions (preflop ranges, the action model, and \
            heads-up the solver's own strategy street by street), then answers: preflop from its ranges, \
            heads-up after the flop by solving the street over both ranges, multiway by equity rules. \
            For a spot given by ranges and amounts instead, use `pokerface solve`.
            """)

    @Option(help: "The suite file (default: the bundled starter suite).") var suite: String?
    @Option(help: "The spot's id.") var id: String
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        let path = suite ?? SuiteLocation.starter().path
        let scenarios: ScenarioSuite
        do { scenarios = try ScenarioSuite.load(path: path) } catch { throw CLIError(error.description) }
        guard let spot = scenarios.spots.first(where: { $0.id == id }) else {
            throw CLIError("no spot '\(id)' in \(path) (it has \(scenarios.spots.count) spots)")
        }
        guard let personality = PersonalityLibrary.loadStandard().entries.first?.personality else {
            throw CLIError("no bundled characters were found")
        }
        let request: DecisionRequest
        do { request = try spot.request(personality: personality) } catch { throw CLIError(error.description) }
        guard let advice = CoreStrategy.advise(view: request.view, seed: request.decisionSeed) else {
            throw CLIError("spot '\(id)': the hero has no decision to make")
        }
        let report = SpotReport(spot: spot, request: request, advice: advice)
        if json { return print(try JSONOutput.encode(report)) }
        print(report.text, terminator: "")
    }
}

/// The core's answer at a spot, for text and JSON.
struct SpotReport: Encodable {
    struct Option: Encodable {
        var action: String
        var frequency: Double
        var evBigBlinds: Double?
    }

    var id: String
    var expect: [String]
    var method: String
    var basis: String
    var equity: Double?
    var exploitabilityPercent: Double?
    var options: [Option]
    /// The top classes of each live opponent's narrowed range (class: share of its combos in range).
    var ranges: [String: String]

    init(spot: ScenarioSpot, request: DecisionRequest, advice: CoreAdvice) {
        id = spot.id
        expect = [spot.expect] + spot.acceptable
        method = advice.method
        basis = advice.basis
        equity = advice.equity
        exploitabilityPercent = advice.exploitability.map { $0 * 100 }
        let bb = Double(max(1, request.context.bigBlind.rawValue))
        options = advice.options.map { option in
            let name: String = switch option.action {
            case .fold: "fold"
            case .checkOrCall: option.kind.rawValue
            case let .betOrRaise(to): "\(option.kind.rawValue) \(to)"
            }
            return Option(action: name, frequency: option.frequency, evBigBlinds: option.ev.map { $0 / bb })
        }
        let beliefs = RangeModel.beliefs(view: request.view)
        var ranges: [String: String] = [:]
        for p in 0..<request.view.playerCount where p != request.view.seat && request.view.inHand[p] {
            let classes = PreflopEquity.classWeights(beliefs[p].weights)
            let top = PreflopClass.all.indices.filter { classes[$0] >= 0.05 }.sorted { classes[$0] > classes[$1] }.prefix(30)
            ranges[TablePosition.name(position: p, playerCount: request.view.playerCount)] =
                top.map { "\(PreflopClass.all[$0].name):\(Int((classes[$0] * 100).rounded()))%" }.joined(separator: " ")
        }
        self.ranges = ranges
    }

    var text: String {
        var out = "Spot \(id) — sound: \(expect.joined(separator: "/"))\n"
        out += "Core (\(method)): \(basis)\n"
        if let equity { out += "Equity against the narrowed ranges: \(Int((equity * 100).rounded()))%\n" }
        for option in options.sorted(by: { $0.frequency > $1.frequency }) {
            let ev = option.evBigBlinds.map { String(format: "  EV %+.2f BB", $0) } ?? ""
            out += String(format: "  %-22@ %5.1f%%", option.action as NSString, option.frequency * 100) + ev + "\n"
        }
        for (name, range) in ranges.sorted(by: { $0.key < $1.key }) { out += "\(name) range: \(range)\n" }
        return out
    }
}
