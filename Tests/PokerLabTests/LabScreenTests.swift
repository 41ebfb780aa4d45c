import Foundation
import PokerGame
import PokerLab
import PokerStore
import PokerTUI
import PokerTestSupport
import Testing

/// The AI lab's terminal screens: pure update and render, driven with a recorded database.
@Suite struct LabScreenTests {
    let size = TerminalSize(width: 80, height: 24)

    /// Performs a browser command against the store, as the app will.
    func perform(_ commands: [CaptureBrowserCommand], _ state: inout CaptureBrowserState, store: GameStore) async throws {
        for command in commands {
            switch command {
            case let .load(filter):
                let next = CaptureBrowser.update(&state, .pageLoaded(try await store.browseCaptures(filter)))
                try await perform(next, &state, store: store)
            case let .loadDetail(id):
                let lines = try await CaptureDetail.load(id, store: store).text.split(separator: "\n", omittingEmptySubsequences: false)
                _ = CaptureBrowser.update(&state, .detailLoaded(id, lines.map(String.init)))
            case .leave: break
            }
        }
    }

    @Test func theCaptureBrowserListsFiltersPagesAndOpensCaptures() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        var filter = CaptureFilter()
        filter.limit = 15
        var state = CaptureBrowserState(filter: filter)
        try await perform(CaptureBrowser.start(state), &state, store: store)
        var screen = CaptureBrowser.render(state, size: size).textDump()
        #expect(screen.contains("AI lab · captured decisions"))
        #expect(screen.contains("1–15 of \(state.page?.total ?? 0)"))
        #expect(screen.contains("VERDICT") && screen.contains("Enter show"))

        // v: mistakes only.
        try await perform(CaptureBrowser.update(&state, try #require(CaptureBrowser.message(for: .character("v")))), &state, store: store)
        #expect(state.filter.verdict == .mistake)
        #expect(state.page?.captures.allSatisfy { $0.verdict == "mistake" } == true)
        screen = CaptureBrowser.render(state, size: size).textDump()
        #expect(screen.contains("verdict mistake"))
        let styled = CaptureBrowser.render(state, size: size).styledDump()
        #expect(styled.contains("s"), "the selected row is highlighted")

        // Down, Enter: the second capture's detail; Esc: back to the list.
        _ = CaptureBrowser.update(&state, .down)
        let second = try #require(state.selectedCapture)
        try await perform(CaptureBrowser.update(&state, .open), &state, store: store)
        screen = CaptureBrowser.render(state, size: size).textDump()
        #expect(screen.contains("Capture \(second.id.rawValue)"))
        #expect(screen.contains("VERDICT  mistake"))
        _ = CaptureBrowser.update(&state, .down)
        #expect(state.detailScroll == 1)
        #expect(CaptureBrowser.update(&state, .leave).isEmpty)
        #expect(state.detail == nil)
        #expect(CaptureBrowser.update(&state, .leave) == [.leave])

        // A stale detail (another capture selected meanwhile) is dropped.
        _ = CaptureBrowser.update(&state, .up)
        _ = CaptureBrowser.update(&state, .detailLoaded(second.id, ["old"]))
        #expect(state.detail == nil)

        // Paging: forward loads the next offset when there is more.
        var all = CaptureBrowserState(filter: filter)
        try await perform(CaptureBrowser.start(all), &all, store: store)
        try await perform(CaptureBrowser.update(&all, .pageForward), &all, store: store)
        #expect(all.filter.offset == 15 && all.page?.offset == 15)
        try await perform(CaptureBrowser.update(&all, .pageBack), &all, store: store)
        #expect(all.filter.offset == 0)
    }

    @Test func theUsageScreenCyclesGroupings() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        var state = UsageScreenState()
        for case let .load(query) in UsageScreen.start(state) {
            _ = UsageScreen.update(&state, .loaded(try await store.usageReport(query)))
        }
        var screen = UsageScreen.render(state, size: size).textDump()
        #expect(screen.contains("LLM usage by model") && screen.contains("local/lab-model") && screen.contains("total"))
        let commands = UsageScreen.update(&state, try #require(UsageScreen.message(for: .tab)))
        #expect(commands == [.load(UsageQuery(grouping: .personality))])
        let stale = try await store.usageReport(UsageQuery(grouping: .model))
        _ = UsageScreen.update(&state, .loaded(stale))
        #expect(state.report?.query.grouping == .model, "a stale report is ignored until the new one arrives")
        _ = UsageScreen.update(&state, .loaded(try await store.usageReport(state.query)))
        screen = UsageScreen.render(state, size: size).textDump()
        #expect(screen.contains("LLM usage by personality") && screen.contains("PERSONALITY"))
        #expect(UsageScreen.render(state, size: TerminalSize(width: 80, height: 24), capabilities: .plain).textDump().contains("+"))
    }
}
