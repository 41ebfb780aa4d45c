import GRDB
@testable import PokerStore

/// Direct writes for tests that damage a recording on purpose.
enum LabStoreAccess {
    static func setParsedAction(store: GameStore, capture: CaptureID, json: String) async throws {
        try await store.pool.write { db in
            try db.execute(sql: "UPDATE prompt_capture SET parsed_action_json = ? WHERE id = ?",
                           arguments: [json, capture.rawValue])
        }
    }
}
