import Testing
@testable import PokerStrategy

@Suite struct ModuleTests {
    @Test func versionIsNamed() {
        #expect(PokerStrategy.version.hasPrefix("core-"))
    }
}
