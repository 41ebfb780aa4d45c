import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Crash and hang detection for the fuzz driver: the input under test is kept in a fixed
/// buffer; a fatal signal writes it to the crash file (async-signal-safe `write`) and re-raises;
/// a watchdog thread writes it to the hang file and exits 3 when one input runs too long.
enum FuzzWatch {
    nonisolated(unsafe) static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 17)
    nonisolated(unsafe) static var count = 0
    nonisolated(unsafe) static var crashFD: Int32 = -1
    nonisolated(unsafe) static var startedAt: UInt64 = 0   // 0: no input running
    nonisolated(unsafe) static var hangFile = ""
    nonisolated(unsafe) static var crashFile = ""

    static func prepare(crashFile: String, hangFile: String, timeout: Double) {
        unlink(crashFile)
        unlink(hangFile)
        self.hangFile = hangFile
        self.crashFile = crashFile
        crashFD = open(crashFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        for sig in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(sig) { received in
                _ = lseek(FuzzWatch.crashFD, 0, SEEK_SET)
                _ = write(FuzzWatch.crashFD, FuzzWatch.buffer, FuzzWatch.count)
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        let limit = UInt64(timeout * 1e9)
        Thread.detachNewThread {
            while true {
                usleep(100_000)
                let start = FuzzWatch.startedAt
                if start != 0, DispatchTime.now().uptimeNanoseconds - start > limit {
                    let data = Data(bytes: FuzzWatch.buffer, count: FuzzWatch.count)
                    _ = FileManager.default.createFile(atPath: FuzzWatch.hangFile, contents: data)
                    FileHandle.standardError.write(Data("HANG: an input ran over \(timeout) s; kept in \(FuzzWatch.hangFile)\n".utf8))
                    exit(3)
                }
            }
        }
    }

    static func begin(_ input: [UInt8]) {
        startedAt = 0
        count = min(input.count, 1 << 17)
        input.withUnsafeBufferPointer { source in
            if let base = source.baseAddress, count > 0 { buffer.update(from: base, count: count) }
        }
        startedAt = DispatchTime.now().uptimeNanoseconds
    }

    /// The run finished: no crash file is left behind.
    static func end() {
        startedAt = 0
        close(crashFD)
        unlink(crashFile)
    }
}
