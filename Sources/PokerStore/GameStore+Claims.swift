/// Claims on the games this store plays (see ``GameLock``).
extension GameStore {
    /// Claims `game` for this store until ``release(_:)``, ``close()`` or the process ends. A
    /// game another process (or another open store) is playing is refused with
    /// ``StoreError/gameInUse(path:game:pid:)`` before anything is written. Claiming a game
    /// this store already holds does nothing.
    public func claim(_ game: GameID) throws(StoreError) {
        guard claims[game] == nil else { return }
        claims[game] = try GameLock.acquire(databasePath: path, game: game)
    }

    /// Gives up the claim on `game` (nothing when not held).
    public func release(_ game: GameID) {
        claims[game] = nil
    }
}
