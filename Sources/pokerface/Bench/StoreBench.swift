import Foundation
import PokerEngine
import PokerStore

/// The store's `make bench` figures: a freshly created database in a temporary directory records
/// 1,000 hands of 8-seat tournaments exactly as a game does (one transaction per hand start and
/// per action); it reports actions saved per second, the p50/p99 wall-clock latency of saving one
/// action, the p50/p99 CPU time it costs (the wall-clock tail grows with other load on the
/// machine, the CPU time does not) and the database size per 1,000 hands. Release builds only.
struct StoreBench {
    static let hands = 1_000

    static func run() async throws -> [BenchFigure] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pokerface-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let store = try GameStore(path: path)

        let clock = ContinuousClock()
        var actionTimes: [Duration] = []
        var cpuTimes: [Double] = []
        var handsPlayed = 0
        var seed: UInt64 = 1
        while handsPlayed < hands {
            let config = MatchConfig(seatCount: 8, startingStack: 200_000,
                                     schedule: .growing(bigBlind: 20, handsPerLevel: 60, antesFromLevel: 2), seed: seed)
            var match = try Match(config)
            let game = try await store.createGame(setup: setup(config), match: match)
            while handsPlayed < hands, !match.isOver {
                let dealt = try match.startNextHand()
                try await store.recordHandStarted(game: game, match: match, matchEvents: dealt)
                handsPlayed += 1
                while let (seat, action) = decision(match, seed: seed) {
                    let result = try match.apply(action, bySeat: seat)
                    let start = clock.now
                    let cpu = processCPUms()
                    try await store.recordAction(game: game, match: match, newEvents: result.hand, matchEvents: result.match)
                    actionTimes.append(clock.now - start)
                    cpuTimes.append(processCPUms() - cpu)
                }
            }
            seed += 1
        }
        try await store.close()
        let bytes = ["", "-wal", "-shm"].compactMap {
            (try? FileManager.default.attributesOfItem(atPath: path + $0))?[.size] as? Int
        }.reduce(0, +)

        let ms = actionTimes.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1e3 }.sorted()
        let cpuMs = cpuTimes.sorted()
        let total = ms.reduce(0, +)
        func percentile(_ p: Double, _ xs: [Double] = ms) -> Double { xs.isEmpty ? 0 : xs[min(xs.count - 1, Int(Double(xs.count) * p))] }
        return [
            BenchFigure(name: "store.actions_saved_per_second", value: total > 0 ? Double(ms.count) / (total / 1000) : 0,
                        unit: "actions/s", goal: nil),
            BenchFigure(name: "store.save_action_p50", value: percentile(0.50), unit: "ms", goal: nil),
            BenchFigure(name: "store.save_action_p99", value: percentile(0.99), unit: "ms", goal: "< 2 ms"),
            BenchFigure(name: "store.save_action_cpu_p50", value: percentile(0.50, cpuMs), unit: "ms", goal: nil),
            BenchFigure(name: "store.save_action_cpu_p99", value: percentile(0.99, cpuMs), unit: "ms", goal: "< 2 ms"),
            BenchFigure(name: "store.db_size_per_1000_hands", value: Double(bytes) / 1_048_576 * 1000 / Double(hands),
                        unit: "MiB", goal: nil),
        ]
    }

    /// CPU time used by the whole process so far, in milliseconds.
    static func processCPUms() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    static func setup(_ config: MatchConfig) -> GameSetup {
        GameSetup(seats: (0..<config.seatCount).map { SeatSetup(name: "Bot \($0 + 1)", kind: .offline, personality: "bench") },
                  mode: "bench", match: config)
    }

    /// Mostly checks, calls and folds with some minimum raises and rare all-ins: long games
    /// with the event counts of real play. Depends only on the seed, hand and decision index.
    static func decision(_ match: Match, seed: UInt64) -> (seat: Int, action: Action)? {
        guard let seat = match.seatToAct, let hand = match.hand, let legal = hand.legalActions else { return nil }
        let index = UInt64(hand.events.count)
        var rng = SeededGenerator.derived(seed: seed, index: UInt64(match.handsPlayed) << 20 | index)
        let roll = Double.random(in: 0..<1, using: &rng)
        let expensive = legal.callAmount.rawValue * 10 > legal.stack.rawValue
        if legal.canFold && roll < (expensive ? 0.9 : 0.3) { return (seat, .fold) }
        if let low = legal.minRaiseTo, let high = legal.maxRaiseTo {
            if roll > 0.997 { return (seat, .betOrRaise(to: high)) }
            if roll > 0.93 { return (seat, .betOrRaise(to: low)) }
        }
        return (seat, .checkOrCall)
    }
}
