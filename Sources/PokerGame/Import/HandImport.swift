import HandHistory
import PokerAI
import PokerEngine
import PokerStore

/// Imports other sites' hand histories: stores the hands (a finished game of their own) and
/// has the decision analyzer judge every decision of the hero — the player the history dealt
/// face up — exactly as it judges the AI seats' decisions in our games, so the replay viewer
/// and the lab show the verdicts.
public enum HandImport {
    public static func store(_ hands: [ImportedHand], name: String, in store: GameStore,
                             analyze: Bool = true) async throws(StoreError) -> ImportSummary {
        let summary = try await store.importHands(hands, name: name)
        guard analyze else { return summary }
        for id in summary.hands {
            let stored = try await store.hand(id)
            let recorder = GameRecorder(store: store, game: stored.game)
            for (analysis, seat) in heroVerdicts(stored) {
                try await recorder.recordAnalysis(DecisionRecord(
                    seat: seat, personality: stored.names[stored.seats.firstIndex(of: seat) ?? 0],
                    handNumber: stored.number, mind: nil, analysis: analysis))
            }
        }
        return summary
    }

    /// The analyzer's verdict on each decision of the hand's hero, with the hero's seat.
    static func heroVerdicts(_ stored: StoredHand) -> [(DecisionAnalysis, Int)] {
        guard let heroSeat = stored.origin?.heroSeat, let hero = stored.seats.firstIndex(of: heroSeat),
              var hand = try? Hand.start(stored.config, deck: stored.deck) else { return [] }
        var names = Array(repeating: "", count: max(stored.seatCount, (stored.seats.max() ?? 0) + 1))
        for (p, seat) in stored.seats.enumerated() where p < stored.names.count { names[seat] = stored.names[p] }
        let context = TableContext(seatNames: names, handSeats: stored.seats, button: stored.buttonSeat,
                                   handNumber: stored.number, blinds: stored.blinds, levelIndex: stored.level, mode: .standard)
        var out: [(DecisionAnalysis, Int)] = []
        var index = 0
        for event in stored.events where event.isDecision {
            guard let (player, action) = event.decision else { continue }
            if player == hero {
                let request = DecisionRequest(view: hand.view(for: player), context: context, decisionIndex: index)
                if let analysis = DecisionAnalyzer.analyze(request, action: action) { out.append((analysis, heroSeat)) }
            }
            guard (try? hand.apply(action, by: player)) != nil else { break }
            index += 1
        }
        return out
    }
}
