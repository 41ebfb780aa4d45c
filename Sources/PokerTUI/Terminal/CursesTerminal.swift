import CNcursesw
import Foundation
import Glibc

/// The live ``Terminal``: ncurses with wide characters. The only file that imports `CNcursesw`.
///
/// Start-up order matters and is fixed here: preflight (tty and `TERM`), `setlocale` with a
/// `C.UTF-8` fallback when no locale is set at all, signal handlers that restore the screen, `newterm` (never `initscr`, which
/// exits on a bad `TERM`), then modes and colours. Call ``restore()`` when done (``AppRunner`` does,
/// on every exit path); crash and termination signals and `exit()` restore the screen too.
@MainActor
public final class CursesTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    public let waker: Waker?

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: ScreenBuffer?
    private var needsFullRedraw = true
    private var currentTimeout: Int32 = -2
    private let decoder: KeyDecoder
    /// Attribute mask and colour pair per ``Style``, indexed by raw value.
    private var looks: [(attributes: attr_t, pair: Int16)] = []
    private static var atexitRegistered = false

    /// Takes over the terminal.
    /// - Parameter environment: read for `TERM` (preflight) and `NO_COLOR`; ncurses itself reads
    ///   the process environment.
    /// - Throws: ``TerminalError`` when there is no usable interactive terminal.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        if let problem = TerminalError.preflight(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: environment["TERM"]
        ) {
            throw problem
        }
        _ = setlocale(LC_ALL, "")
        if cn_codeset_is_utf8() == 0, TerminalCapabilities.wantsUTF8Fallback(environment: environment) {
            _ = setlocale(LC_ALL, "C.UTF-8")  // no locale chosen at all: keep the suits
        }
        let utf8 = cn_codeset_is_utf8() != 0

        // Before newterm, so ncurses leaves SIGINT/SIGTERM to us (it only claims default handlers).
        _ = cn_install_restore_handlers()
        if !Self.atexitRegistered {
            Self.atexitRegistered = cn_register_atexit_restore() == 0
        }
        guard let screen = cn_newterm_stdio(nil), let window = cn_stdscr() else {
            cn_remove_restore_handlers()
            throw .initializationFailed(term: environment["TERM"] ?? "")
        }
        self.screen = screen
        self.window = window
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = keypad(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)  // a lone Esc arrives after 25 ms instead of 1 s

        let colors = has_colors()
        capabilities = TerminalCapabilities.detect(environment: environment, codesetIsUTF8: utf8, terminalHasColors: colors)
        if capabilities.colors {
            _ = start_color()
            _ = use_default_colors()
        }
        let wakeDescriptor = cn_wake_eventfd()
        waker = wakeDescriptor >= 0 ? Waker(descriptor: wakeDescriptor) : nil
        if wakeDescriptor >= 0 { _ = cn_install_winch_wake(wakeDescriptor) }
        decoder = KeyDecoder(codes: Self.keyCodes)
        size = TerminalSize(width: Int(cn_cols()), height: Int(cn_lines()))
        looks = Self.makeLooks(palette: Palette(capabilities: capabilities))
    }

    /// Returns input already buffered by ncurses at once; otherwise waits on standard input and the
    /// ``waker`` together (no periodic wake-ups), then lets ncurses decode what arrived.
    public func nextInput(timeoutMs: Int) -> InputEvent? {
        guard let window else { return nil }
        if let event = read(window, timeoutMs: 0) { return event }
        guard let waker else { return read(window, timeoutMs: timeoutMs) }
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: waker.descriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, Int32(clamping: max(0, timeoutMs)))
        guard ready > 0 else {
            return ready < 0 ? read(window, timeoutMs: 0) : nil  // EINTR: a signal, maybe a resize
        }
        if descriptors[1].revents != 0 { waker.reset() }
        let input = descriptors[0].revents
        if input & Int16(POLLIN) != 0 { return read(window, timeoutMs: 25) }
        if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            usleep(UInt32(clamping: max(0, timeoutMs) * 1000))  // terminal gone (SIGHUP ignored): don't spin
        }
        return read(window, timeoutMs: 0)
    }

    /// One `wget_wch` with the given timeout, decoded.
    private func read(_ window: UnsafeMutablePointer<WINDOW>, timeoutMs: Int) -> InputEvent? {
        let wanted = Int32(clamping: max(0, timeoutMs))
        if wanted != currentTimeout {
            wtimeout(window, wanted)
            currentTimeout = wanted
        }
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        let raw: KeyDecoder.RawInput
        switch status {
        case OK: raw = .character(UInt32(value))
        case cn_key_code_yes(): raw = .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil  // ERR: the timeout passed
        }
        switch decoder.decode(raw) {
        case .key(let key):
            return .key(key)
        case .resize:
            size = TerminalSize(width: Int(cn_cols()), height: Int(cn_lines()))
            needsFullRedraw = true
            return .resized(size)
        }
    }

    public func present(_ buffer: ScreenBuffer) {
        guard let window else { return }
        let full = needsFullRedraw || previous?.size != buffer.size
        if !full, previous == buffer { return }  // same storage or same cells: nothing to send
        if full {
            _ = werase(window)
            _ = clearok(window, true)  // repaint the physical screen too (after a resize it is stale)
        }
        let rows = min(buffer.height, size.height), columns = min(buffer.width, size.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = buffer[x, y]
                if !full, let previous, previous[x, y] == cell { continue }
                draw(cell, x: x, y: y, in: window)
            }
        }
        _ = wrefresh(window)
        previous = buffer
        needsFullRedraw = false
    }

    public func restore() {
        guard let screen else { return }
        cn_remove_winch_wake()
        _ = endwin()
        delscreen(screen)
        self.screen = nil
        window = nil
        cn_remove_restore_handlers()
    }

    /// Forces the next ``present(_:)`` to repaint every cell.
    public func invalidate() {
        needsFullRedraw = true
    }

    private func draw(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let look = looks[Int(cell.style.rawValue)]
        var glyph = (wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0))
        if cell.isContinuation {
            guard !capabilities.unicode else { return }  // ncurses draws both halves of a wide character
            glyph.0 = 0x20
        } else if capabilities.unicode {
            withUnsafeMutableBytes(of: &glyph) { raw in
                let slots = raw.bindMemory(to: wchar_t.self)
                for (index, scalar) in cell.character.unicodeScalars.prefix(5).enumerated() {
                    slots[index] = wchar_t(bitPattern: scalar.value)
                }
            }
        } else {
            let scalar = cell.character.unicodeScalars.first?.value ?? 0x20
            glyph.0 = wchar_t(bitPattern: (0x20...0x7E).contains(scalar) ? scalar : 0x3F)  // "?"
        }
        var cchar = cchar_t()
        withUnsafePointer(to: &glyph) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 6) { characters in
                _ = setcchar(&cchar, characters, look.attributes, look.pair, nil)
            }
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
    }

    private static func makeLooks(palette: Palette) -> [(attributes: attr_t, pair: Int16)] {
        Style.allCases.map { style in
            let appearance = palette.appearance(of: style)
            var mask = 0
            if appearance.bold { mask |= Int(cn_a_bold()) }
            if appearance.dim { mask |= Int(cn_a_dim()) }
            if appearance.reverse { mask |= Int(cn_a_reverse()) }
            if appearance.underline { mask |= Int(cn_a_underline()) }
            var pair: Int16 = 0
            if appearance.hasColor {
                pair = Int16(style.rawValue) + 1
                _ = init_pair(pair, appearance.foreground?.rawValue ?? -1, appearance.background?.rawValue ?? -1)
            }
            return (attr_t(truncatingIfNeeded: mask), pair)
        }
    }

    private static let keyCodes = KeyDecoder.KeyCodes(
        named: [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert, KEY_ENTER: .enter,
            KEY_BTAB: .backTab,
        ],
        resize: KEY_RESIZE,
        functionBase: KEY_F0
    )
}
