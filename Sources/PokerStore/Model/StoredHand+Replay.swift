import PokerEngine

extension StoredHand {
    /// The hand played again through the engine from the stored configuration, deck and
    /// decisions. For a complete hand the result's events and finishing stacks equal the stored ones.
    public func replay() throws(HandReplayError) -> Hand {
        var hand: Hand
        do { hand = try Hand.start(config, deck: deck) } catch { throw .cannotDeal(error) }
        for (index, event) in events.enumerated() where event.isDecision {
            guard let (player, action) = event.decision else { continue }
            do { try hand.apply(action, by: player) } catch { throw .illegalDecision(eventIndex: index, error) }
        }
        return hand
    }
}

/// Why a stored hand does not replay through the engine.
public enum HandReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotDeal(HandConfigError)
    case illegalDecision(eventIndex: Int, RuleError)

    public var description: String {
        switch self {
        case let .cannotDeal(error): "the stored hand cannot be dealt again: \(error)"
        case let .illegalDecision(index, error): "stored event \(index + 1) is not legal on replay: \(error)"
        }
    }
}
