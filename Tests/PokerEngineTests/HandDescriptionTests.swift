import Testing
import PokerEngine

@Suite struct HandDescriptionTests {
    @Test(arguments: [
        ("As Kd Qh Jc Ts 2c 3d", "Ace-high straight", "As Kd Qh Jc Ts"),
        ("5d 4c 3h 2s Ah Kc Kd", "Five-high straight", "5d 4c 3h 2s Ah"),
        ("Kh Kd 7c 7h Ks 2d 7s", "Full house, Kings over Sevens", "Kh Kd Ks 7c 7h"),
        ("Ah 5d As 5c Qh 9c 9d", "Two pair, Aces and Nines", "Ah As 9c 9d Qh"),
        ("Ah 5d As 5c Qh", "Two pair, Aces and Fives", "Ah As 5d 5c Qh"),
        ("Th Tc 2d 5s 9c 8h Kd", "Pair of Tens", "Th Tc Kd 9c 8h"),
        ("6h 6c 6d 2s 9c", "Three of a kind, Sixes", "6h 6c 6d 9c 2s"),
        ("Qc Qd Qh Qs 2c 9h Ad", "Four of a kind, Queens", "Qc Qd Qh Qs Ad"),
        ("2h 7h 9h Jh Kh Ah 3c", "Ace-high flush", "Ah Kh Jh 9h 7h"),
        ("9s 8s 7s 6s 5s 4s Ad", "Nine-high straight flush", "9s 8s 7s 6s 5s"),
        ("Ts Js Qs Ks As", "Royal flush", "As Ks Qs Js Ts"),
        ("Kc 9d 7h 4s 2c 3d 8c", "King high", "Kc 9d 8c 7h 4s"),
    ])
    func describesAndPicksBestFive(hand: String, description: String, best: String) {
        let hand = cards(hand)
        #expect(HandEvaluator.evaluate(hand).description == description)
        #expect(HandEvaluator.bestFive(of: hand) == cards(best))
    }

    @Test func bestFiveHasTheSameValue() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let hand = randomCards(7, using: &generator)
            let five = HandEvaluator.bestFive(of: hand)
            #expect(five.count == 5)
            #expect(five.allSatisfy(hand.contains))
            #expect(HandEvaluator.evaluate(five) == HandEvaluator.evaluate(hand))
        }
    }

    @Test func ranksReadInOrder() {
        #expect(HandEvaluator.evaluate(cards("Kh Kd 7c 7h Ks")).ranks == [.king, .king, .king, .seven, .seven])
        #expect(HandEvaluator.evaluate(cards("5d 4c 3h 2s Ah")).ranks == [.five, .four, .three, .two, .ace])
    }
}
