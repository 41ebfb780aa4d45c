import Synchronization

extension PreflopEquityTable {
    /// Enumerates every matchup exactly (both orders of a pair from one enumeration), `tasks`
    /// chunks at a time. The result does not depend on `tasks`.
    public static func generate(tasks: Int) async -> PreflopEquityTable {
        let index = PreflopMatchupIndex.shared
        // One enumeration per unordered pair: the slot whose reverse is not smaller.
        let primary = (0..<index.count).filter { slot in
            let (first, second) = index.matchups[slot]
            return (index.slot(second, first) ?? slot) >= slot
        }
        let chunks = 64
        let parts = await DataParallel.map(chunks: chunks, tasks: tasks) { chunk in
            DataParallel.range(chunk, of: chunks, count: primary.count).map { position in
                exactCounts(index.matchups[primary[position]])
            }
        }
        var wins = [UInt32](repeating: 0, count: index.count), ties = wins
        for (slot, tally) in zip(primary, parts.joined()) {
            let (first, second) = index.matchups[slot]
            wins[slot] = UInt32(tally.wins[0])
            ties[slot] = UInt32(tally.ties)
            if let reverse = index.slot(second, first) {
                wins[reverse] = UInt32(tally.wins[1])
                ties[reverse] = UInt32(tally.ties)
            }
        }
        return PreflopEquityTable(wins: wins, ties: ties)
    }

    /// Exact counts of one matchup (combo indices), by `Equity.exact`'s enumerator.
    static func exactCounts(_ matchup: (first: Int, second: Int)) -> ShowdownTally {
        let first = HoleCards.all[matchup.first].cards, second = HoleCards.all[matchup.second].cards
        return BoardEnumerator(holes: [first, second], board: CardSet(),
                               live: CardSet.full.subtracting(first).subtracting(second)).tally()
    }

    private static let installed = Mutex<PreflopEquityTable?>(nil)

    /// Makes `table` the one `shared` returns (e.g. read from a cache file at start-up).
    public static func install(_ table: PreflopEquityTable) {
        installed.withLock { $0 = table }
    }

    /// The installed table, or nil before one is installed.
    public static var installedTable: PreflopEquityTable? { installed.withLock { $0 } }

    /// The installed table; if none is, one is generated (with `tasks` concurrent tasks), installed
    /// and returned.
    public static func shared(tasks: Int) async -> PreflopEquityTable {
        if let table = installedTable { return table }
        let table = await generate(tasks: tasks)
        install(table)
        return table
    }
}
