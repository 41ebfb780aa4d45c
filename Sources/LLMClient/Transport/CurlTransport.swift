// The only file in PokerFace that imports the libcurl shim.
import CCurl
import Foundation
import Synchronization

/// The real `HTTPTransport`: libcurl's multi interface driven by one dedicated thread.
///
/// - Blocking network work never runs on the Swift concurrency pool or `DispatchQueue.global()` (both
///   are only as wide as the core count on Linux); the pool only awaits a continuation.
/// - Many transfers run at once on that single thread; idle connections stay in the multi handle's
///   cache and are reused (HTTP keep-alive, or HTTP/2 where the server offers it).
/// - TLS peer and host verification are on. Each transfer has a connect and a total timeout.
/// - Cancelling the calling task removes the transfer at once and throws `TransportError.cancelled`.
///
/// Use `CurlTransport.shared` unless you need isolation; each instance owns one thread until released.
public final class CurlTransport: HTTPTransport {
    /// The process-wide transport.
    public static let shared = CurlTransport()

    private let engine: CurlEngine

    /// Creates a transport with its own thread and connection cache.
    /// - Parameter maxCachedConnections: idle connections kept open for reuse.
    public init(maxCachedConnections: Int = 64) {
        engine = CurlEngine(maxCachedConnections: maxCachedConnections)
    }

    deinit { engine.stop() }

    /// Transfers completed and new connections they had to open, since this transport was created.
    /// With keep-alive working, `newConnections` stays far below `transfers` for repeated calls to one host.
    public var statistics: (transfers: Int, newConnections: Int) { engine.statistics }

    /// The libcurl version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.19`.
    public static var curlVersion: String {
        guard let info = ccurl_version_info(), let version = info.pointee.version else { return "libcurl" }
        return "libcurl/" + String(cString: version)
    }

    public func send(_ request: HTTPRequest, onChunk: (@Sendable (Data) -> Void)?) async throws -> HTTPResponse {
        let job = CurlJob(request: request, onChunk: onChunk)
        let engine = self.engine
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                if job.attach(continuation) { engine.submit(.add(job)) }
            }
        } onCancel: {
            job.markCancelled()
            engine.submit(.cancel(job))
        }
    }
}

/// One request in flight: the part shared between the caller and the curl thread.
private final class CurlJob: Sendable {
    struct State {
        var continuation: CheckedContinuation<HTTPResponse, any Error>?
        var cancelled = false
        var finished = false
    }

    let request: HTTPRequest
    let onChunk: (@Sendable (Data) -> Void)?
    private let state = Mutex(State())

    init(request: HTTPRequest, onChunk: (@Sendable (Data) -> Void)?) {
        self.request = request
        self.onChunk = onChunk
    }

    /// Stores the continuation; returns false (and resumes it) when the task was already cancelled.
    func attach(_ continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        let cancelledEarly = state.withLock { s -> Bool in
            if s.cancelled { s.finished = true; return true }
            s.continuation = continuation
            return false
        }
        if cancelledEarly { continuation.resume(throwing: TransportError.cancelled) }
        return !cancelledEarly
    }

    func markCancelled() { state.withLock { $0.cancelled = true } }

    /// Resumes the caller exactly once.
    func finish(_ result: Result<HTTPResponse, TransportError>) {
        let continuation = state.withLock { s -> CheckedContinuation<HTTPResponse, any Error>? in
            guard !s.finished else { return nil }
            s.finished = true
            defer { s.continuation = nil }
            return s.continuation
        }
        continuation?.resume(with: result.mapError { $0 as any Error })
    }
}

/// Per-transfer buffers, touched only on the curl thread (through the C callbacks' user pointer).
private final class CurlTransfer {
    let job: CurlJob
    var body = Data()
    var headers: [String: String] = [:]
    var headerList: UnsafeMutablePointer<curl_slist>?
    var tooLarge = false

    init(job: CurlJob) { self.job = job }

    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= job.request.maxResponseBytes else { tooLarge = true; return false }
        let chunk = Data(bytes)
        body.append(chunk)
        job.onChunk?(chunk)
        return true
    }

    func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") { headers = [:]; return }   // a new response (after 100 or a redirect)
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}

/// The curl thread. `multi` and the dictionaries are used only on that thread; other threads only append
/// to `inbox` (under its mutex) and call `curl_multi_wakeup`, which libcurl documents as thread-safe.
private final class CurlEngine: @unchecked Sendable {
    enum Command { case add(CurlJob), cancel(CurlJob) }

    private static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    private let multi: UnsafeMutableRawPointer?
    private let inbox = Mutex<(commands: [Command], stopping: Bool)>(([], false))
    private var transfers: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var idleHandles: [UnsafeMutableRawPointer] = []
    private let counters = Mutex<(transfers: Int, newConnections: Int)>((0, 0))

    var statistics: (transfers: Int, newConnections: Int) { counters.withLock { $0 } }

    init(maxCachedConnections: Int) {
        _ = Self.globalInit
        multi = curl_multi_init()
        if let multi { _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxCachedConnections) }
        let thread = Thread { [self] in run() }
        thread.name = "pokerface-curl"
        thread.start()
    }

    func submit(_ command: Command) {
        inbox.withLock { $0.commands.append(command) }
        if let multi { _ = curl_multi_wakeup(multi) }
    }

    func stop() {
        inbox.withLock { $0.stopping = true }
        if let multi { _ = curl_multi_wakeup(multi) }
    }

    private func run() {
        guard let multi else { return failEverything("curl_multi_init failed") }
        while true {
            let (commands, stopping) = inbox.withLock { box in
                defer { box.commands.removeAll() }
                return (box.commands, box.stopping)
            }
            for command in commands {
                switch command {
                case .add(let job): start(job, on: multi)
                case .cancel(let job): abort(job, on: multi)
                }
            }
            if stopping {
                for easy in Array(transfers.keys) { finish(easy, on: multi, with: .failure(.cancelled)) }
                break
            }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished(on: multi)
            var ready: Int32 = 0
            _ = curl_multi_poll(multi, nil, 0, 1000, &ready)
        }
        idleHandles.forEach { curl_easy_cleanup($0) }
        idleHandles.removeAll()
        _ = curl_multi_cleanup(multi)
    }

    private func failEverything(_ message: String) {
        while true {   // never started: answer every request with an error until stopped
            let (commands, stopping) = inbox.withLock { box in
                defer { box.commands.removeAll() }
                return (box.commands, box.stopping)
            }
            for case .add(let job) in commands { job.finish(.failure(.other(code: -1, message: message))) }
            if stopping { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    private func start(_ job: CurlJob, on multi: UnsafeMutableRawPointer) {
        guard let easy = idleHandles.popLast() ?? curl_easy_init() else {
            return job.finish(.failure(.other(code: -1, message: "curl_easy_init failed")))
        }
        let transfer = CurlTransfer(job: job)
        let request = job.request
        var list: UnsafeMutablePointer<curl_slist>?
        for header in request.headers { list = curl_slist_append(list, "\(header.name): \(header.value)") }
        list = curl_slist_append(list, "Expect:")   // no 100-continue round trip on larger bodies
        transfer.headerList = list

        _ = ccurl_setopt_string(easy, CURLOPT_URL, request.url)
        _ = ccurl_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout))
        _ = ccurl_setopt_long(easy, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.totalTimeout))
        _ = ccurl_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 2)
        _ = ccurl_setopt_long(easy, CURLOPT_TCP_KEEPALIVE, 1)
        _ = ccurl_setopt_long(easy, CURLOPT_PROTOCOLS, Int(CURLPROTO_HTTP | CURLPROTO_HTTPS))
        _ = ccurl_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, "")
        _ = ccurl_setopt_slist(easy, CURLOPT_HTTPHEADER, list)
        switch request.method {
        case .get:
            _ = ccurl_setopt_long(easy, CURLOPT_HTTPGET, 1)
        case .post:
            _ = ccurl_setopt_long(easy, CURLOPT_POST, 1)
            _ = ccurl_setopt_long(easy, CURLOPT_POSTFIELDSIZE, request.body.count)
            request.body.withUnsafeBytes { raw in   // COPYPOSTFIELDS copies now; POSTFIELDS would dangle
                if let bytes = raw.baseAddress {
                    _ = ccurl_setopt_ptr(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes))
                } else {
                    _ = ccurl_setopt_string(easy, CURLOPT_COPYPOSTFIELDS, "")
                }
            }
        }
        let user = Unmanaged.passUnretained(transfer).toOpaque()
        _ = ccurl_setopt_ptr(easy, CURLOPT_WRITEDATA, user)
        _ = ccurl_setopt_write(easy, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            guard let data, let user else { return 0 }
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().receiveBody(bytes) ? size * count : 0
        }
        _ = ccurl_setopt_ptr(easy, CURLOPT_HEADERDATA, user)
        _ = ccurl_setopt_write(easy, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            guard let data, let user else { return 0 }
            Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
                .receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        }
        transfers[easy] = transfer
        if curl_multi_add_handle(multi, easy) != CURLM_OK {
            finish(easy, on: multi, with: .failure(.other(code: -1, message: "curl_multi_add_handle failed")))
        }
    }

    private func abort(_ job: CurlJob, on multi: UnsafeMutableRawPointer) {
        guard let easy = transfers.first(where: { $0.value.job === job })?.key else { return }
        finish(easy, on: multi, with: .failure(.cancelled))
    }

    private func collectFinished(on multi: UnsafeMutableRawPointer) {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result   // read before the handle is removed
            guard let transfer = transfers[easy] else { continue }
            var connects = 0
            _ = ccurl_getinfo_long(easy, CURLINFO_NUM_CONNECTS, &connects)
            counters.withLock { $0.transfers += 1; $0.newConnections += connects }
            if code == CURLE_OK {
                var status = 0
                _ = ccurl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
                let response = HTTPResponse(status: status, headers: transfer.headers, body: transfer.body)
                finish(easy, on: multi, with: .success(response))
            } else {
                finish(easy, on: multi, with: .failure(Self.error(for: code, tooLarge: transfer.tooLarge,
                                                                 limit: transfer.job.request.maxResponseBytes)))
            }
        }
    }

    private func finish(_ easy: UnsafeMutableRawPointer, on multi: UnsafeMutableRawPointer,
                        with result: Result<HTTPResponse, TransportError>) {
        _ = curl_multi_remove_handle(multi, easy)
        let transfer = transfers.removeValue(forKey: easy)
        curl_slist_free_all(transfer?.headerList)
        curl_easy_reset(easy)
        if idleHandles.count < 32 { idleHandles.append(easy) } else { curl_easy_cleanup(easy) }
        transfer?.job.finish(result)
    }

    private static func error(for code: CURLcode, tooLarge: Bool, limit: Int) -> TransportError {
        let message = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            return .connectionFailed(message)
        case CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_HTTP2,
             CURLE_HTTP2_STREAM:
            return .connectionLost(message)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return .tls(message)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: return .invalidURL(message)
        case CURLE_WRITE_ERROR where tooLarge: return .responseTooLarge(limit: limit)
        case CURLE_ABORTED_BY_CALLBACK: return .cancelled
        default: return .other(code: Int(code.rawValue), message: message)
        }
    }

    /// curl reads 0 as "no timeout": clamp to at least 1 ms.
    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
