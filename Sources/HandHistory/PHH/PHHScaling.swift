import PokerEngine

/// Chips in the smallest unit. PHH amounts may have fractions — 8 of the 10,000 Pluribus hands
/// end with half-chip stacks such as `10112.5` after a split pot. The whole hand is scaled by the
/// smallest power of ten that makes every amount whole (stacks, forced bets, `cbr` amounts,
/// finishing stacks), played by the engine in integers — so the odd chip of a split is one
/// smallest unit — and written back in the original unit (`PHHHand.unit`).
public enum PHHScaling {
    /// A hand's amounts as the file writes them, before scaling.
    public struct WrittenAmounts: Hashable, Sendable {
        public var antes: [DecimalAmount]
        public var blindsOrStraddles: [DecimalAmount]
        public var minBet: DecimalAmount
        public var startingStacks: [DecimalAmount]
        public var finishingStacks: [DecimalAmount]?

        public init(antes: [DecimalAmount], blindsOrStraddles: [DecimalAmount], minBet: DecimalAmount,
                    startingStacks: [DecimalAmount], finishingStacks: [DecimalAmount]? = nil) {
            self.antes = antes
            self.blindsOrStraddles = blindsOrStraddles
            self.minBet = minBet
            self.startingStacks = startingStacks
            self.finishingStacks = finishingStacks
        }
    }

    /// The hand in its smallest unit, its action lines parsed.
    public static func hand(_ written: WrittenAmounts, actions lines: [String], anteTrimming: Bool) throws(PHHError) -> PHHHand {
        var all = written.antes + written.blindsOrStraddles + written.startingStacks + [written.minBet]
        all += written.finishingStacks ?? []
        all += lines.compactMap(PHHAction.writtenAmount)
        let unit = ChipUnit.fitting(all)
        guard unit.decimals <= ChipUnit.maximumDecimals else { throw .amountTooFine(field: "actions") }
        var actions: [PHHAction] = []
        for line in lines { actions.append(try PHHAction.parse(line, unit: unit)) }
        var hand = PHHHand(
            antes: try chips(written.antes, unit, "antes"),
            blindsOrStraddles: try chips(written.blindsOrStraddles, unit, "blinds_or_straddles"),
            minBet: try chips([written.minBet], unit, "min_bet")[0],
            startingStacks: try chips(written.startingStacks, unit, "starting_stacks"),
            actions: actions, anteTrimming: anteTrimming)
        if let finishing = written.finishingStacks { hand.finishingStacks = try chips(finishing, unit, "finishing_stacks") }
        hand.unit = unit
        return hand
    }

    static func chips(_ amounts: [DecimalAmount], _ unit: ChipUnit, _ field: String) throws(PHHError) -> [Chips] {
        var out: [Chips] = []
        for amount in amounts {
            guard let chips = unit.chips(amount) else { throw .amountTooFine(field: field) }
            out.append(chips)
        }
        return out
    }
}
