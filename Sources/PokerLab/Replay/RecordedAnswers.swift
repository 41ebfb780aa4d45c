import PokerGame
import PokerStore

/// The decision captures of a recorded game, handed out decision by decision: by hand and
/// decision index, or for captures made before the index was kept, in order per hand and seat.
struct RecordedAnswers {
    struct Key: Hashable {
        let hand: Int
        let index: Int
    }

    struct SeatKey: Hashable {
        let hand: Int
        let seat: Int
    }

    private var indexed: [Key: CaptureRow] = [:]
    private var queued: [SeatKey: [CaptureRow]] = [:]
    private(set) var used = 0
    let total: Int

    init(_ captures: [CaptureRow]) {
        total = captures.count
        for capture in captures {
            guard let hand = capture.handNumber, let seat = capture.seat else { continue }
            if let index = capture.decisionIndex {
                indexed[Key(hand: hand, index: index)] = capture
            } else {
                queued[SeatKey(hand: hand, seat: seat), default: []].append(capture)
            }
        }
    }

    /// The capture of decision `index` of hand `hand`, made by `seat`; nil when none was recorded.
    mutating func take(hand: Int, index: Int, seat: Int) -> CaptureRow? {
        if let capture = indexed.removeValue(forKey: Key(hand: hand, index: index)) {
            used += 1
            return capture
        }
        let key = SeatKey(hand: hand, seat: seat)
        guard var list = queued[key], !list.isEmpty else { return nil }
        let capture = list.removeFirst()
        queued[key] = list
        used += 1
        return capture
    }

    var unused: Int { total - used }
}
