import Foundation
import PokerAI
import PokerEngine
import PokerLab
import PokerTestSupport
import Testing

/// The core suite (suites/core.json): the sound-play yardstick of the strategy core. Its answers come
/// from poker theory, so this test checks only that it is well formed, broad and playable: every spot
/// builds into the named hero's decision and every sound answer is a legal move there.
@Suite struct CoreSuiteTests {
    static let path = TestPaths.packageRoot.appendingPathComponent("suites/core.json").path

    /// The categories the strategy issue asks the suite to cover, by street.
    static let categories = [
        "preflop open", "preflop fold", "preflop open 9-max", "heads-up preflop", "3-bet value", "3-bet bluff",
        "preflop flat", "facing 3-bet", "facing 4-bet", "squeeze", "bb defence", "sb 3-bet or fold", "limped pot",
        "push/fold", "call shove",
        "c-bet dry board", "c-bet wet board", "c-bet paired board", "c-bet monotone board", "check back",
        "check-raise", "check-raise semi-bluff", "flop defence", "fold air", "donk", "3-bet pot", "multiway",
        "turn barrel", "turn give up", "pot control", "turn draw odds", "turn fold",
        "thin value", "value bet", "bluff catch", "river fold", "river bluff", "overbet", "raise war",
        "side pot", "short stack committed",
    ]

    @Test func theCoreSuiteIsLargeUniqueAndCoversEveryCategory() throws {
        let suite = try ScenarioSuite.load(path: Self.path)
        #expect(suite.name == "core")
        #expect(suite.spots.count >= 200, "\(suite.spots.count) spots")
        #expect(Set(suite.spots.map(\.id)).count == suite.spots.count, "spot ids are unique")
        let present = Set(suite.spots.map(\.category))
        for category in Self.categories {
            #expect(present.contains(category), "the core suite covers \(category)")
        }
        var perStreet: [Int: Int] = [:]
        for spot in suite.spots {
            perStreet[try Card.parseList(spot.board).count, default: 0] += 1
            #expect(spot.why.count > 40, "\(spot.id) explains itself")
        }
        for cards in [0, 3, 4, 5] {
            #expect(perStreet[cards, default: 0] >= 30, "\(perStreet[cards, default: 0]) spots with \(cards) board cards")
        }
    }

    @Test func everyCoreSpotIsTheNamedHerosDecisionWithTheSoundMovesLegal() throws {
        let suite = try ScenarioSuite.load(path: Self.path)
        let personality = try #require(LabGame.library.entry(named: "war-strategist")).personality
        for spot in suite.spots {
            let request = try spot.request(personality: personality)
            let n = spot.stacks.count
            let hero = try #require(Int(spot.hero) ?? (0..<n).first {
                TablePosition.name(position: $0, playerCount: n).uppercased() == spot.hero.uppercased()
            }, "\(spot.id): hero \(spot.hero) names a seat")
            #expect(request.view.seat == hero && request.view.isMyTurn, "\(spot.id): the hero decides")
            #expect(request.view.holeCards == (try Card.parseList(spot.holeCards)), "\(spot.id): the hero's cards")
            #expect(request.view.board == (try Card.parseList(spot.board)), "\(spot.id): the board")
            let legal = try #require(request.legal, "\(spot.id): legal actions")
            for move in spot.agreeing {
                switch move {
                case "fold": #expect(legal.canFold, "\(spot.id): folding is allowed")
                case "check": #expect(legal.canCheck, "\(spot.id): check is legal")
                case "call": #expect(legal.callAmount > .zero, "\(spot.id): there is something to call")
                case "all_in": #expect(legal.maxRaiseTo != nil, "\(spot.id): the hero can move all in")
                default:
                    // A raise short of all in: some raise-to below the maximum exists.
                    let room = legal.minRaiseTo.flatMap { low in legal.maxRaiseTo.map { low < $0 } } ?? false
                    #expect(move == "raise" && room, "\(spot.id): \(move) is a legal raise short of all in")
                }
            }
        }
    }
}
