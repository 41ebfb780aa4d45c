import PokerEngine

/// The screen shown instead of the app when the window is smaller than `minimum`:
/// "make the window larger (need 80×24, have 60×20)", wrapped and centred to fit any size.
public func renderTooSmall(
    size: TerminalSize,
    minimum: TerminalSize = .minimum,
    capabilities: TerminalCapabilities,
    hint: String? = "q quits"
) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: size)
    let need = minimum.text(capabilities: capabilities), have = size.text(capabilities: capabilities)
    let message = TextSanitizer.wrap("make the window larger (need \(need), have \(have))", width: size.width)
    var lines = message
    if let hint { lines += [""] + TextSanitizer.wrap(hint, width: size.width) }
    let top = max(0, (size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
        buffer.writeCentered(line, y: top + index, style: index < message.count ? .warning : .dim)
    }
    return buffer
}
