import Foundation
import PokerAI
import PokerEngine
import PokerLab
import PokerTestSupport
import Testing

/// Scenario suites: the starter suite builds, plays against the offline bot and is scored.
@Suite struct ScenarioSuiteTests {
    static let starterPath = TestPaths.packageRoot.appendingPathComponent("suites/starter.json").path

    @Test func theStarterSuiteHasThirtySoundSpotsThatAllBuild() throws {
        let suite = try ScenarioSuite.load(path: Self.starterPath)
        #expect(suite.spots.count >= 30)
        let categories = Set(suite.spots.map(\.category))
        for needed in ["preflop open", "preflop defend", "3-bet", "push/fold", "pot committed", "c-bet",
                       "river bluff-catch", "obvious fold", "nut hand", "multiway", "side pot"] {
            #expect(categories.contains(needed), "the starter suite covers \(needed)")
        }
        let personality = try #require(LabGame.library.entry(named: "war-strategist")).personality
        for spot in suite.spots {
            #expect(spot.why.count > 40, "\(spot.id) explains itself")
            let request = try spot.request(personality: personality)
            let legal = try #require(request.legal)
            #expect(request.view.holeCards == (try Card.parseList(spot.holeCards)))
            // The sound answers are legal in the spot.
            for move in spot.agreeing {
                switch move {
                case "check": #expect(legal.canCheck, "\(spot.id): check is legal")
                case "call": #expect(legal.callAmount > .zero, "\(spot.id): there is something to call")
                case "fold": #expect(legal.canFold, "\(spot.id): folding is allowed")
                default: #expect(legal.canRaise, "\(spot.id): \(move) is possible")
                }
            }
        }
    }

    @Test func theOfflineBotAgreesWithASoundPlayerOftenEnough() async throws {
        let suite = try ScenarioSuite.load(path: Self.starterPath)
        let personality = try #require(LabGame.library.entry(named: "war-strategist")).personality
        let report = await ScenarioRunner.run(suite, personality: personality, player: OfflineBot(personality: personality),
                                              playerName: "offline bot", runs: 2)
        print(report.text)
        #expect(report.invalid.isEmpty)
        #expect(report.decisions == suite.spots.count * 2)
        #expect(report.agreement >= 0.6, "agreement \(report.agreement)")
        #expect(report.count(verdict: "correct") + report.count(verdict: "marginal") + report.count(verdict: "mistake")
            == report.decisions)
        let again = await ScenarioRunner.run(suite, personality: personality, player: OfflineBot(personality: personality),
                                             playerName: "offline bot", runs: 2)
        #expect(again.results.map(\.decisions) == report.results.map(\.decisions), "deterministic")
        #expect(report.text.contains("Agreement with a sound player"))
    }

    @Test func badSpotsNameTheSpotAndTheProblem() throws {
        let personality = try #require(LabGame.library.entry(named: "war-strategist")).personality
        func problem(_ spot: ScenarioSpot) -> String {
            do {
                _ = try spot.request(personality: personality)
                return "none"
            } catch {
                return error.description
            }
        }
        let base = ScenarioSpot(id: "x", category: "test", stacks: [2000, 2000, 2000], blinds: [10, 20], hero: "BTN",
                                holeCards: "AsKs", expect: "raise", why: "")
        var spot = base
        #expect(problem(spot) == "none")
        spot.hero = "SB"
        #expect(problem(spot) == "spot 'x': after the actions BTN is to act, not the hero (SB)")
        spot = base
        spot.actions = ["raise 10"]
        #expect(problem(spot).hasPrefix("spot 'x': action 1 'raise 10' by BTN:"))
        spot = base
        spot.holeCards = "AsAs"
        #expect(problem(spot).contains("spot 'x'"))
        spot = base
        spot.expect = "shove"
        #expect(problem(spot) == "spot 'x': 'shove' is not one of fold, check, call, raise, all_in")
        spot = base
        spot.board = "Kd7c2s"
        #expect(problem(spot) == "spot 'x': the hero acts with 0 board cards dealt, but the spot lists 3")
        let dir = try TestPaths.temporaryDirectory("pokerlab-suite")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.json")
        try Data(#"{"name": "bad", "spots": [{"id": "a"}]}"#.utf8).write(to: file)
        #expect(throws: ScenarioError.invalidJSON(path: file.path, reason: "missing \"stacks\" at .spots[0]")) {
            try ScenarioSuite.load(path: file.path)
        }
    }
}
