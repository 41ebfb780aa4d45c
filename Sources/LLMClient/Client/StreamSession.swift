import Foundation
import Synchronization

/// Turns the body bytes of one streamed attempt into text deltas, on the transport's thread.
final class StreamSession: Sendable {
    private struct State {
        var parser = SSEParser()
        var decoder: any StreamDecoder
        var failure: String?
        var delivered = false
        var sawEvent = false
    }

    private let state: Mutex<State>
    private let onDelta: @Sendable (String) -> Void

    init(decoder: any StreamDecoder, onDelta: @escaping @Sendable (String) -> Void) {
        state = Mutex(State(decoder: decoder))
        self.onDelta = onDelta
    }

    /// Feeds body bytes; delivers the deltas they complete.
    func feed(_ bytes: Data) {
        let deltas = state.withLock { s -> [String] in
            Self.consume(s.parser.feed(bytes), into: &s)
        }
        deltas.forEach(onDelta)
    }

    /// Whether any delta reached the caller (then the call is not retried).
    var delivered: Bool { state.withLock { $0.delivered } }

    /// Ends the stream: the decoded answer, a failure the stream reported, and whether any event arrived.
    func finish() -> (result: ChatResult?, failure: String?, sawEvent: Bool) {
        let (deltas, outcome) = state.withLock { s -> ([String], (ChatResult?, String?, Bool)) in
            let deltas = Self.consume(s.parser.finish(), into: &s)
            return (deltas, (s.decoder.result(), s.failure, s.sawEvent))
        }
        deltas.forEach(onDelta)
        return outcome
    }

    private static func consume(_ events: [SSEEvent], into s: inout State) -> [String] {
        var deltas: [String] = []
        for event in events where s.failure == nil {
            s.sawEvent = true
            switch s.decoder.consume(event) {
            case .nothing: break
            case .delta(let text): deltas.append(text); s.delivered = true
            case .failed(let message): s.failure = message
            }
        }
        return deltas
    }
}
