/// How a command opens the database.
public enum StoreAccess: Hashable, Sendable {
    /// Create the file (and its folder) when missing, and apply pending migrations: for playing.
    case readWrite
    /// Open an existing database only, for reading: a missing file is ``StoreError/missing(path:)``
    /// and nothing is created. An existing database whose schema is older is still migrated once
    /// (its queries need the current tables); an up-to-date one is opened read-only.
    case readExisting
}
