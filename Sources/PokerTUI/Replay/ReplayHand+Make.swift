import Foundation
import PokerEngine
import PokerStore

extension ReplayHand {
    /// Replays `stored` through the engine, decision by decision, and pairs each AI decision
    /// with its stored verdict and (for LLM seats) its capture's inner monologue.
    /// - Parameters:
    ///   - seatNames: every seat's name (the game's setup); the hand's own names fill gaps.
    ///   - analyses: the game's decision verdicts (any order).
    ///   - captures: the game's prompt captures (any order).
    public static func make(stored: StoredHand, seatNames: [String], humanSeat: Int?, analyses: [AnalysisRow],
                            captures: [CaptureRow]) throws(HandReplayError) -> ReplayHand {
        var hand: Hand
        do { hand = try Hand.start(stored.config, deck: stored.deck) } catch { throw .cannotDeal(error) }
        var names = seatNames
        let seatCount = max(stored.seatCount, (stored.seats.max() ?? 0) + 1)
        if names.count < seatCount { names += (names.count..<seatCount).map { "Seat \($0 + 1)" } }
        for (p, seat) in stored.seats.enumerated() where stored.names.indices.contains(p) && (names[seat].isEmpty || stored.origin != nil) {
            names[seat] = stored.names[p]
        }
        var frames = [hand]
        var steps: [Step] = []
        var unused = analyses.filter { $0.handNumber == stored.number }.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        let byID = Dictionary(captures.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        var handCaptures = captures.filter { $0.handNumber == stored.number && $0.callType == "decision" }
            .sorted { ($0.id?.rawValue ?? 0) < ($1.id?.rawValue ?? 0) }
        for (index, event) in stored.events.enumerated() where event.isDecision {
            guard let (player, action) = event.decision else { continue }
            let street = hand.street
            do { try hand.apply(action, by: player) } catch { throw .illegalDecision(eventIndex: index, error) }
            frames.append(hand)
            let seat = stored.seats[player]
            var step = Step(seat: seat, text: describe(event, name: names[seat]), street: street, verdict: nil,
                            isMistake: false, monologue: nil, strategy: nil)
            if let found = unused.firstIndex(where: { $0.seat == seat && $0.street == street }) {
                let row = unused.remove(at: found)
                step.verdict = verdict(row)
                step.isMistake = row.verdict == .mistake
                if let id = row.capture, let capture = byID[id] {
                    (step.monologue, step.strategy) = reasoning(capture)
                    handCaptures.removeAll { $0.id == id }
                }
            }
            if step.monologue == nil, let found = handCaptures.firstIndex(where: { $0.seat == seat }) {
                (step.monologue, step.strategy) = reasoning(handCaptures.remove(at: found))
            }
            steps.append(step)
        }
        // An imported hand is seen from its hero's seat (the file's owner may move between tables).
        var replay = ReplayHand(id: stored.id.rawValue, game: stored.game.rawValue, number: stored.number, seatNames: names,
                                handSeats: stored.seats, button: stored.buttonSeat, blinds: stored.blinds,
                                humanSeat: stored.origin.map { $0.heroSeat } ?? humanSeat, frames: frames, steps: steps,
                                talk: stored.messages)
        replay.streets = streets(of: hand)
        return replay
    }

    /// "Ada calls 30", "You call 30", "You bet 55".
    static func describe(_ event: HandEvent, name: String) -> String {
        let name = TableNarrator.clean(name)
        switch event {
        case .folded: return TableNarrator.act(name, "fold")
        case .checked: return TableNarrator.act(name, "check")
        case let .called(_, amount, allIn): return TableNarrator.act(name, "call") + " \(Format.chips(amount))" + (allIn ? " (all-in)" : "")
        case let .betOrRaised(_, to, _, allIn, opening):
            let verb = opening ? TableNarrator.act(name, "bet") : TableNarrator.act(name, "raise") + " to"
            return "\(verb) \(Format.chips(to))" + (allIn ? " (all-in)" : "")
        default: return name
        }
    }

    /// "mistake · best: fold · 2.3 bb lost · equity 31% (needs 40%)". A better action is named only
    /// when the move was not judged correct (a correct raise is not "best: call").
    static func verdict(_ row: AnalysisRow) -> String {
        var parts = [row.verdict.rawValue]
        if let optimal = row.optimalAction, optimal != row.actionTaken, row.verdict != .correct {
            parts.append("best: \(optimal.replacingOccurrences(of: "_", with: "-"))")
        }
        if let lost = row.evLostBB, lost >= 0.05 { parts.append("\(Format.decimal(lost)) bb lost") }
        if let equity = row.equityVsRanges ?? row.equityVsRandom {
            var text = "equity \(Format.percent(equity))"
            if let needed = row.requiredEquity, needed > 0 { text += " (needs \(Format.percent(needed)))" }
            parts.append(text)
        }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// The inner monologue and strategy a capture's parsed answer holds.
    static func reasoning(_ capture: CaptureRow) -> (String?, String?) {
        struct Parsed: Decodable {
            struct Reply: Decodable {
                var innerMonologue: String?
                var handStrategy: String?
            }
            var reply: Reply?
        }
        guard let json = capture.parsedActionJSON,
              let parsed = try? JSONDecoder().decode(Parsed.self, from: Data(json.utf8)) else { return (nil, nil) }
        return (parsed.reply?.innerMonologue, parsed.reply?.handStrategy)
    }
}
