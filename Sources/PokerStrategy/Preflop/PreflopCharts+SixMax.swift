/// The core's preflop ranges for 100-big-blind play, written from the equilibrium solutions that
/// are common knowledge among players (6-max cash, 2.5 BB opens, 3-bets to about 3× in position and
/// 4× out of it). A weight after a class (`A5s:0.5`) is the share of its combos taking the action;
/// whatever neither raises nor calls folds. Positions before UTG (7–10 players) open tighter.
extension PreflopCharts {
    /// Raise first in.
    static let openRaise: [ChartSeat: String] = [
        .early: "44+, 33:0.5, A8s+, A5s:0.5, A4s:0.3, KTs+, K9s:0.5, QTs+, JTs, T9s:0.5, AJo+, KQo, ATo:0.3",
        .utg: "22+, A2s+, K9s+, Q9s+, J9s+, T9s, 98s, 87s:0.5, 76s:0.5, 65s:0.5, AJo+, KQo, ATo:0.5, KJo:0.5",
        .hj: "22+, A2s+, K7s+, Q9s+, J9s+, T8s+, 97s+, 87s, 86s:0.5, 76s, 65s, 54s:0.5, ATo+, KJo+, QJo, A9o:0.5, KTo:0.5",
        .co: "22+, A2s+, K4s+, Q7s+, J7s+, T7s+, 97s+, 86s+, 75s+, 64s:0.5, 65s, 54s, A8o+, A5o, KTo+, QTo+, JTo, "
            + "A7o:0.5, K9o:0.5, T9o:0.5",
        .btn: "22+, A2s+, K2s+, Q3s+, J5s+, T6s+, 96s+, 85s+, 74s+, 63s+, 53s+, 43s, A2o+, K7o+, Q9o+, J9o+, T8o+, 98o, "
            + "87o:0.5, K5o:0.5, K6o:0.5, Q8o:0.5, J8o:0.5, 97o:0.5, 76o:0.5",
        .sb: "22+, A2s+, K2s+, Q4s+, J6s+, T6s+, 96s+, 85s+, 75s+, 64s+, 54s, 43s:0.5, A2o+, K8o+, Q9o+, J9o+, T8o+, 98o, "
            + "K7o:0.5, Q8o:0.5, 87o:0.5",
        .headsUpButton: "22+, A2+, K2+, Q2s+, Q4o+, J2s+, J6o+, T3s+, T6o+, 93s+, 96o+, 84s+, 86o+, 74s+, 76o, 63s+, 65o, "
            + "53s+, 43s, Q3o:0.5, J5o:0.5, T5o:0.5, 95o:0.5, 85o:0.5, 75o:0.5, 64o:0.3, 52s:0.5, 42s:0.5",
    ]

    /// Facing one open raise and nobody else in: 3-bet (`raise`) or flat (`call`), by
    /// (hero, opener). Early-seat openers use the UTG rows.
    static let versusOpen: [SeatPair: ChartEntry] = [
        // Big blind: defends wide, getting a price and closing the action.
        SeatPair(.bb, .utg): ChartEntry(
            raise: "QQ+, AKs, AKo, JJ:0.2, A5s:0.5, A4s:0.5, KJs:0.2",
            call: "22-JJ, A2s-AQs, K6s+, Q8s+, J8s+, T7s+, 96s+, 86s+, 75s+, 64s+, 54s, AJo+, KJo+, QJo, ATo:0.5, "
                + "KTo:0.5, JTo:0.5"),
        SeatPair(.bb, .hj): ChartEntry(
            raise: "QQ+, AK, JJ:0.4, AQs:0.4, A5s, A4s:0.5, KQs:0.3, K9s:0.2",
            call: "22-JJ, A2s-AQs, K4s+, Q7s+, J7s+, T7s+, 96s+, 85s+, 75s+, 64s+, 53s+, ATo+, KTo+, QTo+, JTo, "
                + "A9o:0.5, T9o:0.5"),
        SeatPair(.bb, .co): ChartEntry(
            raise: "TT+, AQs+, AKo, AQo:0.3, A5s, A4s, A3s:0.5, KJs:0.4, K9s:0.3, QTs:0.3, 76s:0.2, 65s:0.2",
            call: "22-JJ, A2s-AJs, K2s+, Q5s+, J6s+, T6s+, 96s+, 85s+, 74s+, 63s+, 53s+, 43s, A8o+, K9o+, Q9o+, J9o+, "
                + "T9o, 98o, A5o:0.5, K8o:0.5"),
        SeatPair(.bb, .btn): ChartEntry(
            raise: "99+, AJs+, AKo, AQo, A5s, A4s, A3s, A2s:0.5, KTs+, K6s:0.3, Q9s:0.3, J9s:0.3, T8s:0.3, 97s:0.3, "
                + "86s:0.3, 75s:0.3, 65s:0.3, K9o:0.2, QJo:0.3",
            call: "22-99, A2s-ATs, K2s+, Q2s+, J4s+, T6s+, 95s+, 84s+, 74s+, 63s+, 52s+, 42s+, 32s, A2o-AJo, K5o+, "
                + "Q7o+, J7o+, T7o+, 97o+, 86o+, 76o, 65o, 54o:0.5"),
        SeatPair(.bb, .sb): ChartEntry(
            raise: "88+, ATs+, AJo+, A5s-A2s, K9s+, QTs+, JTs, K8o:0.3, 76s:0.3, 65s:0.3",
            call: "22-88, A2s-A9s, K2s+, Q2s+, J2s+, T4s+, 94s+, 84s+, 73s+, 63s+, 52s+, 42s+, 32s, A2o-ATo, K2o+, "
                + "Q5o+, J7o+, T7o+, 97o+, 86o+, 75o+, 65o, 54o"),
        SeatPair(.bb, .headsUpButton): ChartEntry(
            raise: "88+, ATs+, AJo+, KQs, A5s-A2s, K9s:0.5, QJs:0.5, J9s:0.3, T8s:0.3, 76s:0.3",
            call: "22-88, A2s-A9s, A2o-ATo, K2+, Q2+, J2s+, J5o+, T2s+, T6o+, 92s+, 96o+, 83s+, 85o+, 73s+, 75o+, 62s+, "
                + "64o+, 52s+, 54o, 42s+, 32s"),
        // Small blind: mostly 3-bet or fold.
        SeatPair(.sb, .utg): ChartEntry(
            raise: "QQ+, AK, JJ:0.5, AQs, AJs:0.3, KQs:0.5, A5s:0.5, A4s:0.3",
            call: "JJ:0.3, TT:0.5, 99:0.5, 88:0.3, AJs:0.4, KQs:0.3, QJs:0.2"),
        SeatPair(.sb, .hj): ChartEntry(
            raise: "JJ+, AQs+, AKo, TT:0.6, AJs:0.5, KQs:0.6, A5s, A4s:0.5, KJs:0.3, AQo:0.5",
            call: "TT:0.3, 99:0.5, 88:0.4, ATs:0.3, KJs:0.3, QJs:0.3, JTs:0.3"),
        SeatPair(.sb, .co): ChartEntry(
            raise: "TT+, AJs+, AQo+, KQs, KJs:0.6, A5s, A4s, A3s:0.5, QJs:0.4, JTs:0.3, 99:0.6, ATs:0.5, KTs:0.4, AJo:0.4, "
                + "KQo:0.4",
            call: "99:0.3, 88:0.5, 77:0.4, A9s:0.3, ATs:0.3, QTs:0.3, JTs:0.3, T9s:0.3"),
        SeatPair(.sb, .btn): ChartEntry(
            raise: "88+, A8s+, A5s-A2s, KTs+, QTs+, JTs, T9s:0.5, ATo+, KJo+, QJo:0.4, K9s:0.5, 98s:0.3, 87s:0.3, "
                + "77:0.6, 66:0.4, A7s:0.5, A6s:0.3",
            call: "66:0.3, 55:0.4, 44:0.3, 22-33:0.2, A7s:0.2, K8s:0.2, Q9s:0.3, J9s:0.3, T9s:0.3, 98s:0.3, 87s:0.3, "
                + "76s:0.3"),
        // In position: 3-bet or flat.
        SeatPair(.hj, .utg): ChartEntry(
            raise: "QQ+, AK, AQs:0.5, A5s:0.5, KQs:0.3, JJ:0.3",
            call: "JJ:0.6, TT, 99:0.6, 88:0.3, AQs:0.5, AJs, ATs:0.3, KQs:0.6, KJs:0.3, QJs:0.3, JTs:0.3, AQo:0.3"),
        SeatPair(.co, .utg): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, AQs:0.5, A5s:0.5, A4s:0.3, KQs:0.3",
            call: "JJ:0.7, TT, 99, 88:0.5, 77:0.3, AQs:0.5, AJs, ATs:0.5, KQs:0.6, KJs:0.5, QJs:0.5, JTs:0.5, T9s:0.3, "
                + "AQo:0.4"),
        SeatPair(.btn, .utg): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, AQs:0.4, A5s:0.5, A4s:0.4, KQs:0.3",
            call: "22-JJ, AQs:0.6, AJs, ATs, A9s:0.3, KJs+, KTs:0.5, QJs, QTs:0.5, JTs, T9s, 98s:0.5, 87s:0.3, 76s:0.3, "
                + "AQo:0.6, AJo:0.3, KQo:0.4"),
        SeatPair(.co, .hj): ChartEntry(
            raise: "QQ+, AK, JJ:0.5, AQs, AJs:0.3, KQs:0.5, A5s, A4s:0.5, AQo:0.3",
            call: "JJ:0.5, 77-TT, 66:0.5, AJs:0.7, ATs, KJs, KTs:0.5, QJs, QTs:0.3, JTs, T9s:0.5, 98s:0.3, AQo:0.5, KQs:0.5"),
        SeatPair(.btn, .hj): ChartEntry(
            raise: "JJ+, AQs+, AKo, AQo:0.4, A5s, A4s, A3s:0.3, KQs:0.6, KJs:0.3, TT:0.3, 76s:0.2, 65s:0.2",
            call: "22-TT, A9s-AJs, KTs+, QTs+, JTs, T9s, 98s, 87s, 76s:0.5, 65s:0.5, AJo:0.5, KQo:0.6, AQo:0.5, KQs:0.4"),
        SeatPair(.btn, .co): ChartEntry(
            raise: "TT+, AJs+, AQo+, A5s-A3s, KQs, KJs:0.5, K9s:0.3, QJs:0.3, JTs:0.3, 99:0.3, 65s:0.3, 76s:0.3, AJo:0.4, "
                + "KQo:0.3",
            call: "22-99, A6s-ATs, A2s, K9s+, QTs+, J9s+, T8s+, 97s+, 87s, 76s, 65s, 54s:0.5, AJo:0.6, ATo:0.5, KJo:0.5, "
                + "KQo:0.7, QJo:0.3"),
    ]

    /// The opener facing a 3-bet: 4-bet (`raise`) or call, by the opener's seat and whether it has
    /// position on the 3-bettor.
    static let versusThreeBet: [SeatSide: ChartEntry] = [
        SeatSide(.utg, inPosition: false): ChartEntry(
            raise: "KK+, AKs, QQ:0.5, AKo:0.5, A5s:0.3",
            call: "QQ:0.5, JJ, TT, 99:0.5, AKo:0.5, AQs, AJs:0.5, KQs:0.7, 88:0.2"),
        SeatSide(.utg, inPosition: true): ChartEntry(
            raise: "KK+, AKs, QQ:0.6, AKo:0.6, A5s:0.4, A4s:0.2",
            call: "QQ:0.4, 88-JJ, 77:0.5, AKo:0.4, AQs, AJs, ATs:0.5, KQs, KJs:0.6, QJs:0.5, JTs:0.5, AQo:0.5, T9s:0.3"),
        SeatSide(.hj, inPosition: false): ChartEntry(
            raise: "KK+, AKs, QQ:0.6, AKo:0.6, A5s:0.4, A4s:0.2",
            call: "QQ:0.4, 99-JJ, 88:0.4, AKo:0.4, AQs, AJs:0.6, ATs:0.3, KQs, KJs:0.4, QJs:0.3, JTs:0.3"),
        SeatSide(.hj, inPosition: true): ChartEntry(
            raise: "QQ+, AKs, AKo:0.7, JJ:0.2, A5s:0.5, A4s:0.3",
            call: "JJ:0.8, 77-TT, 66:0.5, AKo:0.3, AQs, AJs, ATs, KQs, KJs, KTs:0.5, QJs, JTs, T9s:0.5, AQo:0.6, 98s:0.3"),
        SeatSide(.co, inPosition: false): ChartEntry(
            raise: "QQ+, AK, JJ:0.2, A5s:0.5, A4s:0.4, A3s:0.2",
            call: "JJ:0.8, 88-TT, 77:0.5, AQs, AJs, ATs:0.6, KQs, KJs:0.6, QJs:0.5, JTs:0.5, AQo:0.5, T9s:0.3"),
        SeatSide(.co, inPosition: true): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, A5s:0.5, A4s:0.5, A3s:0.3, K9s:0.2",
            call: "JJ:0.7, 55-TT, 44:0.5, AQs, AJs, ATs, A9s:0.5, KQs, KJs, KTs, QJs, QTs:0.6, JTs, T9s, 98s:0.6, 87s:0.4, "
                + "AQo, AJo:0.4, KQo:0.5"),
        SeatSide(.btn, inPosition: true): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, A5s:0.6, A4s:0.5, A3s:0.3, K8s:0.2",
            call: "JJ:0.7, 22-TT, AQs, AJs, ATs, A9s, A8s:0.5, KQs, KJs, KTs, K9s:0.6, QJs, QTs, Q9s:0.4, JTs, J9s:0.6, "
                + "T9s, T8s:0.5, 98s, 87s, 76s, 65s:0.6, 54s:0.4, AQo, AJo:0.7, ATo:0.3, KQo, KJo:0.4"),
        SeatSide(.sb, inPosition: false): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, A5s:0.5, A4s:0.5, K9s:0.2",
            call: "JJ:0.7, 44-TT, 22-33:0.4, AQs, AJs, ATs, A9s:0.5, A8s:0.3, KQs, KJs, KTs, K9s:0.4, QJs, QTs, JTs, "
                + "J9s:0.5, T9s, 98s:0.6, 87s:0.5, 76s:0.4, AQo, AJo:0.6, KQo:0.6"),
        SeatSide(.headsUpButton, inPosition: true): ChartEntry(
            raise: "QQ+, AK, JJ:0.3, A5s:0.5, A4s:0.5, K9s:0.2",
            call: "JJ:0.7, 22-TT, A2s-AQs, A9o-AQo, K8s+, KTo+, Q9s+, QJo, J9s+, T8s+, 97s+, 86s+, 75s+, 65s, 54s"),
    ]

    /// The 3-bettor facing a 4-bet: 5-bet all-in (`raise`) or call, by whether it has position.
    static let versusFourBet: [Bool: ChartEntry] = [
        false: ChartEntry(raise: "KK+, AKs, QQ:0.5, AKo:0.5, A5s:0.2",
                          call: "QQ:0.5, JJ:0.7, TT:0.4, AKo:0.5, AQs:0.6, AJs:0.3, KQs:0.4"),
        true: ChartEntry(raise: "KK+, AKs, QQ:0.4, AKo:0.5",
                         call: "QQ:0.6, JJ, TT:0.6, 99:0.3, AKo:0.5, AQs, AJs:0.5, KQs:0.6, QJs:0.2, JTs:0.2, A5s:0.2"),
    ]

    /// Facing a 5-bet or more (usually all-in): call or fold; re-raise only with aces and kings.
    static let versusFiveBet = ChartEntry(raise: "AA, KK:0.5", call: "KK:0.5, QQ, AKs, AKo, JJ:0.6, TT:0.2")

    /// A cold 4-bet spot (an open and a 3-bet before the hero): almost everything folds.
    static let coldFourBet = ChartEntry(raise: "KK+, AKs:0.5, A5s:0.1", call: "QQ:0.6, AKs:0.3, AKo:0.3, JJ:0.4")

    /// Against one or more limpers: raise to isolate, or limp behind, by hero seat.
    static let versusLimp: [ChartSeat: ChartEntry] = [
        .early: ChartEntry(raise: "88+, AJs+, AQo+, KQs", call: "22-77:0.5, ATs:0.5, KJs:0.5, QJs:0.5, JTs:0.5"),
        .utg: ChartEntry(raise: "77+, ATs+, AJo+, KQs, KJs:0.5, A5s:0.5", call: "22-66:0.6, A9s:0.5, KJs:0.5, QJs:0.6, JTs:0.6, T9s:0.5"),
        .hj: ChartEntry(raise: "66+, A9s+, A5s, ATo+, KTs+, QJs, KQo", call: "22-55:0.6, A2s-A8s:0.4, QTs:0.6, JTs:0.6, T9s:0.6, 98s:0.5"),
        .co: ChartEntry(raise: "55+, A7s+, A5s-A4s, ATo+, KTs+, QTs+, JTs, KJo+", call: "22-44:0.7, A2s-A6s:0.5, K9s:0.5, T9s:0.7, 98s:0.6, 87s:0.5"),
        .btn: ChartEntry(raise: "44+, A2s+, K9s+, Q9s+, J9s+, T9s, A9o+, KTo+, QJo", call: "22-33, K5s-K8s:0.5, T8s, 98s, 87s, 76s, 65s, 54s:0.6"),
        .sb: ChartEntry(raise: "99+, ATs+, AJo+, KQs, A5s:0.5",
                        call: "22-88, A2s-A9s, K2s+, Q2s+, J5s+, T6s+, 95s+, 85s+, 74s+, 64s+, 53s+, 43s, A2o-ATo, K8o+, "
                            + "Q9o+, J9o+, T9o, 98o"),
        .bb: ChartEntry(raise: "99+, AJs+, AQo+, KQs, A5s:0.4, KJs:0.5, QJs:0.3", call: ""),
        .headsUpButton: ChartEntry(raise: "", call: ""),
    ]

    /// The big blind against the small blind's limp (everyone else folded): raise or check.
    static let bigBlindVersusSmallBlindLimp = ChartEntry(
        raise: "55+, A8s+, A5s-A3s, K9s+, Q9s+, J9s+, T8s+, 98s, 87s, A9o+, KTo+, QTo+, JTo, K5s:0.3, 76s:0.4, 65s:0.4",
        call: "")
}
