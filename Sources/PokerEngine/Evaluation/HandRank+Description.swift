extension HandRank: CustomStringConvertible {
    /// The five ranks that make this value, in reading order: `K K K 7 7` for a full house,
    /// `A A 5 5 Q` for two pair, `5 4 3 2 A` for the five-high straight.
    public var ranks: [Rank] {
        HandPattern.pattern(ofValue: value).ranks.compactMap { Rank(rawValue: UInt8($0)) }
    }

    /// Plain English: "Ace-high straight", "Full house, Kings over Sevens",
    /// "Two pair, Aces and Fives", "Pair of Tens", "King high", "Royal flush".
    public var description: String {
        let ranks = self.ranks
        guard ranks.count == 5 else { return category.description }
        let first = ranks[0], third = ranks[2], fourth = ranks[3]
        switch category {
        case .straightFlush: return first == .ace ? "Royal flush" : "\(first.name)-high straight flush"
        case .fourOfAKind: return "Four of a kind, \(first.pluralName)"
        case .fullHouse: return "Full house, \(first.pluralName) over \(fourth.pluralName)"
        case .flush: return "\(first.name)-high flush"
        case .straight: return "\(first.name)-high straight"
        case .threeOfAKind: return "Three of a kind, \(first.pluralName)"
        case .twoPair: return "Two pair, \(first.pluralName) and \(third.pluralName)"
        case .onePair: return "Pair of \(first.pluralName)"
        case .highCard: return "\(first.name) high"
        }
    }
}
