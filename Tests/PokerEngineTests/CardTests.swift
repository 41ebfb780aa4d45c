import Testing
@testable import PokerEngine

@Suite struct CardTests {
    @Test func parsesAndPrintsEveryCard() throws {
        for card in Card.all {
            #expect(Card(card.description) == card)
        }
        #expect(Card("As") == Card(.ace, .spades))
        #expect(Card("10h") == Card(.ten, .hearts))
        #expect(Card("Xx") == nil)
        #expect(Card.all.count == 52)
    }

    @Test func parsesLists() throws {
        #expect(try Card.parseList("AsKd") == [Card(.ace, .spades), Card(.king, .diamonds)])
        #expect(try Card.parseList("As Kd, 2c") == [Card(.ace, .spades), Card(.king, .diamonds), Card(.two, .clubs)])
        #expect(throws: CardParseError.self) { try Card.parseList("AsKx") }
        #expect(throws: CardParseError.duplicate(Card(.ace, .spades))) { try Card.parseDistinct("As Kd As") }
    }

    @Test func cardSetOperations() {
        var set = CardSet()
        set.insert(Card(.ace, .spades))
        set.insert(Card(.two, .clubs))
        #expect(set.count == 2)
        #expect(set.contains(Card(.ace, .spades)))
        #expect(Array(set) == [Card(.two, .clubs), Card(.ace, .spades)])
        set.remove(Card(.ace, .spades))
        #expect(!set.contains(Card(.ace, .spades)))
        #expect(CardSet.full.count == 52)
    }

    @Test func seededDecksRepeatAndDiffer() {
        let a = Deck.shuffled(seed: 42), b = Deck.shuffled(seed: 42), c = Deck.shuffled(seed: 43)
        #expect(a == b)
        #expect(a != c)
        #expect(Set(a.cards).count == 52)
    }
}
