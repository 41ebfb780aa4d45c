import Foundation
import PokerTestSupport
import Testing
@testable import PokerTUI

/// docs/ui.md lists every key the table, the raise box and the AI lab screens bind.
@Suite struct DocsTests {
    @Test func theKeyListCoversEveryBinding() throws {
        let docs = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/ui.md"), encoding: .utf8)
        let labels = TableScreen.bindings.bindings.map(\.label) + TableScreen.raiseBindings.bindings.map(\.label)
            + CaptureBrowser.bindings.bindings.map(\.label) + UsageScreen.bindings.bindings.map(\.label)
        for label in Set(labels) {
            #expect(docs.contains("`\(label)`"), "docs/ui.md does not mention the key `\(label)`")
        }
    }
}
