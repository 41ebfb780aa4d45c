import Foundation
import Testing
import PokerEngine
@testable import PokerStore

/// Commands that only read (`games`, `hands`, `replay`, `usage`…) open with `.readExisting`: a
/// missing file is one clear error and nothing is created.
@Suite struct ReadAccessTests {
    @Test func aMissingDatabaseIsReportedAndNothingIsCreated() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("typo/nested/pokerface.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try GameStore(path: path, access: .readExisting) }
        #expect(!FileManager.default.fileExists(atPath: dir.path("typo")), "no folder was created")
        let flat = dir.path("typo.sqlite")
        #expect(throws: StoreError.missing(path: flat)) { try GameStore(path: flat, access: .readExisting) }
        #expect(!FileManager.default.fileExists(atPath: flat), "no file was created")
        #expect(StoreError.missing(path: flat).description.contains("there is no database at \(flat)"))
    }

    @Test func anExistingDatabaseIsReadButNotWritten() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let writer = try GameStore(path: path)
        let config = Play.config(seed: 3)
        _ = try await writer.createGame(setup: Play.setup(config), match: try Match(config))
        try await writer.close()
        let reader = try GameStore(path: path, access: .readExisting)
        #expect(try await reader.games().count == 1)
        await #expect(throws: StoreError.readOnly(path: path)) {
            _ = try await reader.createGame(setup: Play.setup(config), match: try Match(config))
        }
        #expect(try await reader.games().count == 1)
    }
}
