import Dispatch
import Foundation
import Synchronization

/// Ctrl-C (or SIGTERM) during an experiment: the first stops cleanly after the hands in progress;
/// a second quits at once (every committed action is saved, so `resume` continues from there).
enum ExperimentInterrupt {
    static func install(onFirst: @escaping @Sendable () -> Void) -> Handle {
        let count = Mutex(0)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue(label: "pokerface.interrupt"))
            source.setEventHandler {
                let n = count.withLock { $0 += 1; return $0 }
                if n == 1 {
                    TerminalOutput.standardError("\nStopping after the hands in progress (Ctrl-C again to quit at once)...\n")
                    onFirst()
                } else {
                    TerminalOutput.standardError("\nQuitting now; resume continues from the last saved action.\n")
                    _exit(130)
                }
            }
            source.resume()
            sources.append(source)
        }
        return Handle(sources: sources)
    }

    /// Removes the handlers.
    struct Handle: @unchecked Sendable {
        // @unchecked: the sources are only cancelled, once, by the command that installed them.
        let sources: [any DispatchSourceSignal]
        func cancel() {
            for source in sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }
}
