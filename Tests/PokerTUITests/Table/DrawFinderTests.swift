import PokerEngine
import Testing
@testable import PokerTUI

/// Draws named beside the made hand, as players name them.
@Suite struct DrawFinderTests {
    static func cards(_ text: String) throws -> [Card] { try Card.parseList(text) }

    @Test(arguments: [
        ("AhKh", "Qh7h2c", ["flush draw", "overcards"]),
        ("9c8d", "7s6h2c", ["open-ended", "overcards"]),
        ("9c5d", "7s6h2c", ["gutshot"]),  // only an eight fills 5-9
        ("9c5c", "7s6h3d", ["double gutshot"]),  // a four (3-7) or an eight (5-9)
        ("Ah2d", "3s4hKc", ["gutshot"]),  // the wheel needs a five
        ("KsQs", "JdTh2s", ["open-ended", "overcards"]),
        ("AsKs", "QdJh9s", ["gutshot", "overcards"]),
        ("7c7d", "2h3h9h", []),  // a pair with no heart: no flush draw
        ("7h7d", "2h3h9h", ["flush draw"]),
        ("7c7d", "2h3h9h5c", []),  // 2-3-5-7: no single card makes five in a row
        ("2c3d", "4h5h6h", []),  // a made straight is no draw
        ("AhKh", "Qh7h2c9s8s", []),  // the river: nothing left to draw
        ("5c6c", "7h8d2s", ["open-ended"]),
        ("AcKd", "2h3h4h", ["gutshot", "overcards"]),
    ])
    func namesTheDraws(hole: String, board: String, expected: [String]) throws {
        #expect(DrawFinder.draws(hole: try Self.cards(hole), board: try Self.cards(board)) == expected)
    }

    @Test func aFourFlushOnTheBoardAloneIsNoDraw() throws {
        #expect(DrawFinder.draws(hole: try Self.cards("Kc2d"), board: try Self.cards("AhQh7h3h")).contains("flush draw") == false)
    }

    /// On the flop the human's seat reads "<made hand> · <draws>" (searching seeds for a draw).
    @Test func theSeatShowsTheDrawBesideTheMadeHand() throws {
        for seed in UInt64(1)...200 {
            var generator = SeededGenerator(seed: seed)
            var hand = try Hand.start(HandConfig.standard(stacks: [1_000, 1_000], smallBlind: 10, bigBlind: 20),
                                      deck: Deck.shuffled(using: &generator))
            try hand.apply(.checkOrCall, by: 1)
            try hand.apply(.checkOrCall, by: 0)
            let draws = DrawFinder.draws(hole: hand.holeCards[0], board: hand.board)
            guard hand.board.count == 3, !draws.isEmpty else { continue }
            var scene = TableScene(seatNames: ["You", "Ada"], seatStacks: [980, 980], places: [nil, nil], handSeats: [0, 1],
                                   button: 1, hand: hand, handNumber: 1, viewer: 0)
            scene.humanSeat = 0
            let text = (scene.strength(ofPosition: 0, hand: hand) ?? []).map { span in
                if case let .text(text, _) = span { text } else { "" }
            }.joined()
            #expect(text == HandEvaluator.evaluate(hand.holeCards[0] + hand.board).description + " \u{00B7} "
                    + draws.joined(separator: ", "))
            return
        }
        Issue.record("no seed gave the human a draw on the flop")
    }
}
