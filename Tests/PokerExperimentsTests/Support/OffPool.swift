import Foundation

/// Runs blocking work (waiting for a child process, initdb…) on a thread of its own: blocking one of
/// the cooperative pool's two threads would stall every other suite's tasks and timers (TOOLCHAIN P3).
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    let result: Result<T, any Error> = await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: Result { try body() }) }
        thread.start()
    }
    return try result.get()
}
