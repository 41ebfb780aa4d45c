/// A broken engine invariant: a bug, never a user error.
public struct InvariantViolation: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { "engine invariant broken: \(message)" }
}

extension Hand {
    /// Chips conserved, no negative amounts, cards unique, pots equal to contributions.
    public func checkInvariants() throws(InvariantViolation) {
        let total = config.startingStacks.sum()
        let inPlay = stacks.sum() + committed.sum() - paidOut
        guard inPlay == total else { throw InvariantViolation(message: "chips \(inPlay) != \(total)") }
        for i in 0..<playerCount {
            guard stacks[i] >= .zero, bets[i] >= .zero, committed[i] >= bets[i] else {
                throw InvariantViolation(message: "p\(i + 1) stack \(stacks[i]) bet \(bets[i]) committed \(committed[i])")
            }
        }
        var seen = CardSet()
        for card in holeCards.joined() + board + deck.remaining {
            guard !seen.contains(card) else { throw InvariantViolation(message: "card \(card) twice") }
            seen.insert(card)
        }
        if !isComplete {
            let inPots = pots.map(\.amount).sum() + bets.sum()
            guard inPots == committed.sum() else {
                throw InvariantViolation(message: "pots+bets \(inPots) != contributions \(committed.sum())")
            }
            guard liveCount >= 1 else { throw InvariantViolation(message: "nobody left in the hand") }
            if let p = actor, stacks[p] == .zero { throw InvariantViolation(message: "p\(p + 1) to act with no chips") }
        } else {
            guard paidOut == committed.sum() else { throw InvariantViolation(message: "paid \(paidOut) of \(committed.sum())") }
        }
    }

    /// Runs `checkInvariants()` in debug and test builds; compiled out of release builds.
    func debugCheckInvariants() {
        #if DEBUG
        do { try checkInvariants() } catch { preconditionFailure(error.description) }
        #endif
    }
}
