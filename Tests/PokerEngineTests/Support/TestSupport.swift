import Foundation
import PokerEngine

/// Category counts from `Tests/Fixtures/oracles/README.md` (facts from outside this project), indexed
/// by `HandCategory.rawValue`, high card first.
enum OracleCounts {
    static let fiveCard = [1_302_540, 1_098_240, 123_552, 54_912, 10_200, 5_108, 3_744, 624, 40]
    static let sevenCard = [23_294_460, 58_627_800, 31_433_400, 6_461_620, 6_180_020, 4_047_644,
                            3_473_184, 224_848, 41_584]
    static let distinctFiveCardClasses = [1_277, 2_860, 858, 858, 10, 1_277, 156, 156, 10]
}

/// Parses a space-separated card list in tests; fails the test (not a crash) when malformed.
func cards(_ text: String) -> [Card] {
    (try? Card.parseList(text)) ?? []
}

/// `size` distinct random cards drawn with a seeded generator.
func randomCards(_ size: Int, using generator: inout SeededGenerator) -> [Card] {
    var drawn = CardSet()
    var result: [Card] = []
    while result.count < size {
        let card = Card.all[Int(generator.next() % 52)]
        if !drawn.contains(card) { drawn.insert(card); result.append(card) }
    }
    return result
}

/// Whether the slow, exhaustive tests are switched on (`POKERFACE_HEAVY_TESTS=1`).
let heavyTestsEnabled = ProcessInfo.processInfo.environment["POKERFACE_HEAVY_TESTS"] == "1"
