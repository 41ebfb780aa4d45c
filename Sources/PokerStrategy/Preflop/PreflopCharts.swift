import PokerEngine

/// The chart the core uses for a preflop situation, as per-combo raise/call frequencies. The data
/// is in `PreflopCharts+SixMax.swift`; here are the lookups, the fallbacks for seats a chart does
/// not name, and the derived charts (squeezes, cold calls facing a squeeze).
public enum PreflopCharts {
    /// The chart frequencies for `situation` (before any stack-depth adjustment).
    public static func frequencies(_ situation: PreflopSituation) -> ActionFrequencies {
        let seat = situation.seat
        switch situation.kind {
        case .unopened:
            return cachedOpen[seat] ?? cachedOpen[.utg] ?? ActionFrequencies()
        case .limped:
            if seat == .bb && situation.liveOpponents.count == 1
                && [.sb, .headsUpButton].contains(situation.seat(of: situation.liveOpponents[0])) {
                return cachedBigBlindVersusLimp
            }
            return cachedLimp[seat] ?? ActionFrequencies()
        case let .facingOpen(opener, callers):
            let base = versusOpenFrequencies(hero: seat, opener: situation.seat(of: opener))
            return callers == 0 ? base : squeeze(base, hero: seat, callers: callers)
        case let .facingThreeBet(threeBettor, heroOpened, heroCalled):
            let villain = situation.seat(of: threeBettor)
            if heroOpened { return versusThreeBetFrequencies(hero: seat, inPosition: seat.isInPosition(over: villain)) }
            if heroCalled { return calledThenSqueezed(hero: seat, inPosition: seat.isInPosition(over: villain)) }
            return cachedColdFourBet
        case let .facingFourBet(fourBettor, heroThreeBet):
            let inPosition = seat.isInPosition(over: situation.seat(of: fourBettor))
            return heroThreeBet ? (cachedFourBet[inPosition] ?? ActionFrequencies()) : cachedFiveBet
        case .facingFiveBetOrMore:
            return cachedFiveBet
        }
    }

    // MARK: - Lookups with fallbacks

    static func versusOpenFrequencies(hero: ChartSeat, opener: ChartSeat) -> ActionFrequencies {
        let villain = opener == .early ? ChartSeat.utg : opener
        let heroSeat: ChartSeat = hero == .early || hero == .utg ? .hj : hero
        if let chart = cachedVersusOpen[SeatPair(heroSeat, villain)] { return chart }
        // A seat the table does not name (e.g. UTG facing an early open): the tightest in-position row.
        return cachedVersusOpen[SeatPair(.hj, .utg)] ?? ActionFrequencies()
    }

    static func versusThreeBetFrequencies(hero: ChartSeat, inPosition: Bool) -> ActionFrequencies {
        let seat: ChartSeat = switch hero {
        case .early: .utg
        case .bb: .sb
        default: hero
        }
        return cachedVersusThreeBet[SeatSide(seat, inPosition: inPosition)]
            ?? cachedVersusThreeBet[SeatSide(seat, inPosition: !inPosition)]
            ?? cachedVersusThreeBet[SeatSide(.co, inPosition: inPosition)] ?? ActionFrequencies()
    }

    /// With callers in, 3-bets lean to value (bluffs halved) and flats shrink: the caller behind
    /// makes a call worse and a bluff less likely to work.
    static func squeeze(_ base: ActionFrequencies, hero: ChartSeat, callers: Int) -> ActionFrequencies {
        var out = base
        let callScale = hero == .bb ? 0.85 : 0.6
        for i in out.raise.indices {
            let strong = PreflopStrength.comboPercentile[i] >= 0.93
            out.raise[i] = strong ? base.raise[i] : base.raise[i] / Double(1 << min(callers, 8))
            out.call[i] = min(1 - out.raise[i], base.call[i] * callScale + (strong ? 0 : base.raise[i] - out.raise[i]) * 0.3)
        }
        return out
    }

    /// The hero flatted an open and now faces a squeeze: premium hands 4-bet, a narrow band calls.
    static func calledThenSqueezed(hero: ChartSeat, inPosition: Bool) -> ActionFrequencies {
        let base = cachedFourBet[inPosition] ?? ActionFrequencies()
        var out = base
        for i in out.call.indices { out.call[i] = min(1 - out.raise[i], base.call[i] * 0.8) }
        return out
    }

    // MARK: - Parsed once

    static let cachedOpen: [ChartSeat: ActionFrequencies] =
        openRaise.mapValues { ChartEntry(raise: $0, call: "").frequencies }
    static let cachedVersusOpen: [SeatPair: ActionFrequencies] = versusOpen.mapValues(\.frequencies)
    static let cachedVersusThreeBet: [SeatSide: ActionFrequencies] = versusThreeBet.mapValues(\.frequencies)
    static let cachedFourBet: [Bool: ActionFrequencies] = versusFourBet.mapValues(\.frequencies)
    static let cachedFiveBet = versusFiveBet.frequencies
    static let cachedColdFourBet = coldFourBet.frequencies
    static let cachedLimp: [ChartSeat: ActionFrequencies] = versusLimp.mapValues(\.frequencies)
    static let cachedBigBlindVersusLimp = bigBlindVersusSmallBlindLimp.frequencies
}
