import Foundation
import PokerEngine
import PokerTestSupport
@testable import PokerAI

/// Shorthands for scripted moves.
let call = Action.checkOrCall
let check = Action.checkOrCall
let fold = Action.fold
func bet(_ amount: Int) -> Action { .betOrRaise(to: Chips(amount)) }

/// A table of named seats; `handSeats[position] = seat` (identity unless given).
func tableContext(names: [String] = ["Ann", "Bob", "Cid", "Dee"], handSeats: [Int]? = nil, bigBlind: Int = 10,
                  handNumber: Int = 1) -> TableContext {
    let seats = handSeats ?? Array(0..<3)
    return TableContext(seatNames: names, handSeats: seats, button: seats.last ?? 0, handNumber: handNumber,
                        blinds: BlindLevel(smallBlind: Chips(bigBlind / 2), bigBlind: Chips(bigBlind)),
                        levelIndex: 0, mode: .standard)
}

/// The recap of a finished scripted hand.
func recap(_ hand: Hand, context: TableContext? = nil, equity: [Int: Double] = [:]) -> HandRecap {
    let context = context ?? tableContext(handSeats: Array(0..<hand.playerCount),
                                          bigBlind: hand.config.blindsOrStraddles.max()?.rawValue ?? 10)
    return HandRecap.make(hand: hand, context: context, allInEquity: equity)
}

/// The kinds of a list of events, as a set.
func kinds(_ events: [PressureEvent]) -> Set<PressureEvent.Kind> { Set(events.map(\.kind)) }

/// The Lighthouse Keeper with some numbers changed.
func character(aggression: Double? = nil, chattiness: Double? = nil, emojiUsage: Double? = nil,
               elasticity: Double? = nil, recovery: Double? = nil, tiltResistance: Double? = nil) -> Personality {
    var p = PersonalityGenerator.example
    if let aggression { p.traits.aggression = aggression }
    if let chattiness { p.traits.chattiness = chattiness }
    if let emojiUsage { p.traits.emojiUsage = emojiUsage }
    if let elasticity { p.elasticity = Traits(uniform: elasticity) }
    if let recovery { p.recoveryRate = Traits(uniform: recovery) }
    if let tiltResistance { p.tiltResistance = tiltResistance }
    return p
}

/// The bundled roster (the repository's `personalities/`).
let bundledRoster: [Personality] = PersonalityLibrary.load(from: [bundledPersonalitiesDirectory]).personalities

func roster(_ name: String) -> Personality? { bundledRoster.first { $0.name == name } }

/// Compares doubles to 1e-9.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }
