import PokerEngine

/// The core's postflop rules where no solve is made (multiway pots; heads-up when solving is off):
/// - Facing a bet: continue when equity against the narrowed ranges beats the price (call ÷ final
///   pot), less an implied-odds allowance for draws with deep stacks behind (up to 5 points);
///   raise for value from 70% equity heads-up (+5 points per raise already made, +5 per extra
///   opponent); semi-bluff raise strong draws a little in position.
/// - Checked to or first to act: bet for value from 58% (in position) / 62% (out of position)
///   heads-up, +7 points per extra opponent; bluff with draws (never multiway on the river).
/// - Near each threshold the frequencies blend over a few equity points, so the answer is mixed.
/// Sizes: two thirds of the pot (three quarters on the river); raises to three times the bet.
enum PostflopRules {
    static func advise(_ spot: DecisionSpot, samples: Int, seed: UInt64) -> CoreAdvice {
        let opponents = spot.opponents
        let ranges = opponents.map { spot.beliefs[$0] }
        let board = spot.view.board
        let equity: Double = (opponents.count == 1
            ? HeroEquity.headsUp(hole: spot.hole, board: board, range: ranges[0])
            : HeroEquity.multiway(hole: spot.hole, board: board, ranges: ranges, samples: samples, seed: seed)) ?? 0.5
        let extra = Double(max(0, opponents.count - 1))
        let draw = BoardStrength.drawEquity(hole: spot.hole, board: board)
        let river = spot.view.street == .river
        let pot = Double(spot.pot.rawValue)
        let toCall = Double(spot.toCall.rawValue)
        var options: [CoreAdvice.Option] = []
        let basis: String
        if toCall > 0 {
            let required = toCall / (pot + toCall)
            let behind = Double((spot.legal.stack - spot.toCall).rawValue)
            let implied = river ? 0 : min(0.05, draw * 0.25 * min(1, behind / max(1, 4 * toCall)))
            let keep = smooth((equity - required + implied) / 0.03)
            let raiseLine = 0.70 + 0.05 * Double(spot.raisesThisStreet - 1) + 0.05 * extra
            var raise = smooth((equity - raiseLine) / 0.04) * keep
            if !river && opponents.count == 1 && spot.inPosition && draw >= 0.3 { raise = max(raise, 0.25 * keep) }
            let callEV = equity * (pot + toCall) - toCall
            options.append(spot.option(.fold, frequency: 1 - keep, ev: 0))
            if let action = spot.raise(to: spot.legal.currentBet * 3) {
                options.append(spot.option(.checkOrCall, frequency: keep - raise, ev: callEV))
                options.append(spot.option(action, frequency: raise))
            } else {
                options.append(spot.option(.checkOrCall, frequency: keep, ev: callEV))
            }
            basis = "equity \(percent(equity)) vs \(percent(required)) needed" + (implied > 0 ? " (+\(percent(implied)) implied)" : "")
        } else {
            let line = (spot.inPosition ? 0.58 : 0.62) + 0.07 * extra
            var bet = smooth((equity - line) / 0.05)
            if !river && opponents.count == 1 && draw >= 0.15 { bet = max(bet, spot.inPosition ? 0.5 : 0.3) }
            let fraction = river ? 0.75 : 0.66
            let target = spot.legal.raiseTo(potFraction: fraction) ?? spot.legal.minRaiseTo ?? .zero
            if let action = spot.raise(to: target) {
                options.append(spot.option(.checkOrCall, frequency: 1 - bet, ev: equity * pot))
                options.append(spot.option(action, frequency: bet))
            } else {
                options.append(spot.option(.checkOrCall, frequency: 1, ev: equity * pot))
            }
            basis = "equity \(percent(equity)) against \(opponents.count) narrowed range(s); bets from \(percent(line))"
        }
        return CoreAdvice(options: DecisionSpot.normalised(options),
                          method: opponents.count == 1 ? "heads-up equity rules" : "multiway equity rules",
                          basis: basis, equity: equity)
    }

    static func smooth(_ x: Double) -> Double { PostflopActionModel.smoothStep(x) }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}

extension BoardStrength {
    /// Draw equity of one hand (0 on the river).
    static func drawEquity(hole: HoleCards, board: [Card]) -> Double {
        let perOut = board.count == 3 ? 0.04 : (board.count == 4 ? 0.021 : 0)
        return min(0.45, Double(DrawOuts.count(hole: hole, board: board)) * perOut)
    }
}
