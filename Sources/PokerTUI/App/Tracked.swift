import Synchronization

/// Revision numbers for ``Tracked`` values, unique in the process.
private let trackedRevisions = Atomic<Int>(0)

/// A value that is not `Equatable` (a whole game, a loaded hand) made comparable by revision, so
/// it can live in an app state: every change through ``update(_:)`` takes a fresh process-wide
/// revision number, and two tracked values are equal exactly when their revisions are. The
/// runner's "redraw when the state changed" test stays cheap and honest.
public struct Tracked<Value: Sendable>: Equatable, Sendable {
    /// The wrapped value (read-only; change it with ``update(_:)``).
    public private(set) var value: Value
    /// Bumped on every change.
    public private(set) var revision: Int

    /// Wraps `value` with a new revision.
    public init(_ value: Value) {
        self.value = value
        revision = trackedRevisions.add(1, ordering: .relaxed).newValue
    }

    /// Changes the value and takes a new revision.
    @discardableResult
    public mutating func update<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        revision = trackedRevisions.add(1, ordering: .relaxed).newValue
        return try body(&value)
    }

    public static func == (lhs: Tracked, rhs: Tracked) -> Bool { lhs.revision == rhs.revision }
}
