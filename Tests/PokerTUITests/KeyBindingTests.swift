import Testing
@testable import PokerTUI

@Suite struct KeyBindingTests {
    enum Intent: Hashable, Sendable { case fold, call, raise, help, quit }

    static let table = KeyBindings<Intent>([
        KeyBinding(.character("f"), help: "fold", intent: .fold),
        KeyBinding(.character("c"), help: "check or call", intent: .call),
        KeyBinding(.character("r"), help: "raise to the amount typed", intent: .raise),
        KeyBinding(.character("?"), help: "show this help", intent: .help),
        KeyBinding(.function(1), help: "show this help", intent: .help),
        KeyBinding(.character("q"), help: "save and quit", intent: .quit),
    ])

    @Test func looksUpIntents() {
        #expect(Self.table.intent(for: .character("c")) == .call)
        #expect(Self.table.intent(for: .function(1)) == .help)
        #expect(Self.table.intent(for: .character("x")) == nil)
        #expect(Self.table.duplicateKeys.isEmpty)
    }

    @Test func findsDuplicateKeys() {
        let table = KeyBindings<Intent>([
            KeyBinding(.character("f"), help: "fold", intent: .fold),
            KeyBinding(.character("f"), help: "also fold", intent: .call),
        ])
        #expect(table.duplicateKeys == [.character("f")])
        #expect(table.intent(for: .character("f")) == .fold)
    }

    @Test func helpRowsMergeKeysWithTheSameMeaning() {
        let rows = Self.table.helpRows
        #expect(rows.map(\.keys) == ["f", "c", "r", "?/F1", "q"])
        #expect(rows[3].help == "show this help")
    }

    @Test func helpOverlaySnapshot() {
        var buffer = ScreenBuffer(width: 60, height: 14)
        buffer.fill(buffer.bounds, with: ".", style: .dim)
        renderHelpOverlay(bindings: Self.table, into: &buffer, capabilities: .full)
        assertSnapshot(buffer.textDump(), named: "help-overlay-60x14")
        assertSnapshot(buffer.styledDump(), named: "help-overlay-60x14.styles")
    }

    @Test func helpOverlayCutsTheListWhenTheScreenIsShort() {
        var buffer = ScreenBuffer(width: 40, height: 7)
        renderHelpOverlay(bindings: Self.table, into: &buffer, capabilities: .plain)
        assertSnapshot(buffer.textDump(), named: "help-overlay-40x7-ascii")
    }
}
