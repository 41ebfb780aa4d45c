import Foundation

extension OpponentModel {
    /// The style the numbers describe, once ``ReadThresholds/minimumHandsForStyle`` hands are in.
    public var style: OpponentStyle? {
        guard handsObserved >= ReadThresholds.minimumHandsForStyle, let v = vpip.rate, let p = pfr.rate else {
            return nil
        }
        return OpponentStyle(vpip: v, pfr: p, af: aggressionFactor)
    }

    /// Short notes from the statistics, strongest signals first: "loose", "raises a lot",
    /// "folds to c-bets". Empty until there are enough hands.
    public var notes: [String] {
        typealias R = ReadThresholds
        guard handsObserved >= R.minimumHandsForStyle, let v = vpip.rate, let p = pfr.rate else { return [] }
        var notes: [String] = []
        if v >= R.looseVPIP { notes.append("loose") } else if v < R.tightVPIP { notes.append("tight") }
        if p >= R.raisesALotPFR {
            notes.append("raises a lot")
        } else if v >= R.looseVPIP, p < R.raiserShare * v / 2 {
            notes.append("limps and calls")
        }
        if let af = aggressionFactor {
            if af >= R.maniacAF { notes.append("bets hard after the flop") }
            else if af < R.passiveAF { notes.append("passive after the flop") }
        }
        func rate(_ stat: StatCount) -> Double? { stat.chances >= R.minimumChancesForNote ? stat.rate : nil }
        if let t = rate(threeBet), t >= R.lightThreeBet { notes.append("3-bets light") }
        if let f = rate(foldToCbet) {
            if f >= R.foldsToCbet { notes.append("gives up to c-bets") }
            else if f <= R.stickyFoldToCbet { notes.append("rarely folds to c-bets") }
        }
        if let w = rate(wentToShowdown), w >= R.showdownHeavyWTSD { notes.append("goes to showdown a lot") }
        if let w = rate(wonAtShowdown) {
            if w >= R.strongWSD { notes.append("shows up with the goods") }
            else if w <= R.weakWSD { notes.append("loses at showdown") }
        }
        return notes
    }

    /// One line for a prompt: "Zeus: 23 hands, VPIP 61%, PFR 40%, AF 3.1 — a maniac; raises a lot".
    public func line(name: String) -> String {
        var text = "\(name): \(handsObserved) hand\(handsObserved == 1 ? "" : "s"), VPIP \(vpip.percent), "
            + "PFR \(pfr.percent), AF \(aggressionFactor.map(Self.oneDecimal) ?? "n/a")"
        if let style {
            text += " — \(style.phrase)"
            let rest = notes.filter { !style.phrase.contains($0) }
            if !rest.isEmpty { text += "; " + rest.joined(separator: ", ") }
        } else {
            text += " — too few hands to read"
        }
        if let shown = shownHands.last {
            text += ". Last showed \(shown.cards.map(\.description).joined())"
            if let rank = shown.rank { text += " (\(rank.category))" }
        }
        return text
    }

    static func oneDecimal(_ x: Double) -> String { String(format: "%.1f", x) }
}
