import Foundation

/// The store as the AI lab's archive: captured decisions, their verdicts and the player's labels.
/// Reads run on their own connections; the two label edits are the lab's only writes.
public protocol LabArchive: Sendable {
    /// One page of the capture browser.
    func browseCaptures(_ filter: CaptureFilter) async throws(StoreError) -> CapturePage
    /// One capture in full.
    func capture(_ id: CaptureID) async throws(StoreError) -> CaptureRow
    /// Captures of a game (every game when nil), optionally with a label.
    func captures(game: GameID?, label: String?) async throws(StoreError) -> [CaptureRow]
    /// Verdicts on AI decisions of a game or of a capture (all when both are nil).
    func analyses(game: GameID?, capture: CaptureID?) async throws(StoreError) -> [AnalysisRow]
    /// A capture's labels.
    func labels(capture: CaptureID) async throws(StoreError) -> [CaptureLabel]
    /// Every label with how many captures carry it.
    func labelCounts() async throws(StoreError) -> [LabelCount]
    /// The calls a capture's decision made.
    func usage(of capture: CaptureRow) async throws(StoreError) -> [UsageRow]
    /// Adds a label to a capture.
    func addLabel(capture: CaptureID, label: String, source: CaptureLabel.Source) async throws(StoreError)
    /// Removes a label; false when the capture did not carry it.
    func removeLabel(capture: CaptureID, label: String) async throws(StoreError) -> Bool
}

extension GameStore: LabArchive {}
