import ArgumentParser
import Foundation
import PokerEngine

/// `pokerface eval As Kd Qh Jc Ts 2c 3d [--json]`: the value of the best five of 5–7 cards.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a poker hand of 5, 6 or 7 cards.",
        discussion: """
            Cards are rank (2-9, T, J, Q, K, A) then suit (c, d, h, s), separated or not: \
            'As Kd Qh Jc Ts' or AsKdQhJcTs. The value runs from 1 (7-5-4-3-2 offsuit) to 7462 \
            (royal flush); higher is better.
            """)

    @Argument(help: "5 to 7 distinct cards, e.g. As Kd Qh Jc Ts 2c 3d.")
    var cards: [String] = []

    @Flag(help: "Print the result as JSON.")
    var json = false

    struct Output: Encodable {
        var category: String
        var value: Int
        var bestFive: [String]
        var description: String

        enum CodingKeys: String, CodingKey {
            case category, value, bestFive = "best_five", description
        }
    }

    func validate() throws {
        _ = try Self.parseHand(cards.joined(separator: " "))
    }

    func run() throws {
        let hand = try Self.parseHand(cards.joined(separator: " "))
        let rank = HandEvaluator.evaluate(hand)
        let output = Output(category: rank.category.jsonName, value: rank.value,
                            bestFive: HandEvaluator.bestFive(of: hand).map(\.description),
                            description: rank.description)
        if json {
            print(try JSONOutput.encode(output))
        } else {
            print(output.description)
            print("best five: \(output.bestFive.joined(separator: " "))")
            print("category:  \(rank.category)")
            print("value:     \(rank.value) of \(HandRank.range.upperBound)")
        }
    }

    static func parseHand(_ text: String) throws -> [Card] {
        let hand: [Card]
        do {
            hand = try Card.parseDistinct(text)
        } catch {
            throw ValidationError(error.description)
        }
        guard (5...7).contains(hand.count) else {
            throw ValidationError(CardParseError.wrongCount(expected: "5 to 7", got: hand.count).description)
        }
        return hand
    }
}
