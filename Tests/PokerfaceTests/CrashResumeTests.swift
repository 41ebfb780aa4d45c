import Foundation
import PokerEngine
import PokerStore
import PokerTestSupport
import Testing

/// `kill -9` at random moments, resume each time: nothing is lost, nothing is recorded twice,
/// and the tournament ends exactly as an uninterrupted run with the same seed. The moments are
/// chosen by progress, not by the clock: each run is killed once the database holds a random
/// number of actions more than at the last kill, so the test behaves alike on any machine.
@Suite(.serialized) struct CrashResumeTests {
    let binary = TestPaths.product("pokerface")
    let gameArguments = ["play", "--headless", "--seats", "5", "--seed", "4242", "--stack", "1000", "--big-blind", "20",
                         "--hands-per-level", "4"]

    func run(_ arguments: [String], db: String) throws -> Shell.Output {
        try Shell.run(([binary] + arguments + ["--db", db]).map(Shell.quote).joined(separator: " "))
    }

    func results(_ db: String) async throws -> [Int: Int] {
        let store = try GameStore(path: db)
        guard let game = try await store.games().first?.id else { return [:] }
        var places: [Int: Int] = [:]
        for result in try await store.results(game: game) { places[result.seat] = result.place }
        try await store.close()
        return places
    }

    /// Actions saved so far, read without touching the file (0 before the game exists).
    func savedActions(_ db: String) -> Int {
        (try? StoreInspection.read(path: db).actions) ?? 0
    }

    /// Whether `pid` has exited (reaping it).
    func exited(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    @Test func killedTwentyTimesTheGameEndsAsIfNeverInterrupted() async throws {
        let dir = try TestPaths.temporaryDirectory("crash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let straightDB = dir.appendingPathComponent("straight.sqlite").path
        let straight = try run(gameArguments, db: straightDB)
        #expect(straight.status == 0, "\(straight.text)")
        #expect(straight.text.contains("Tournament over"))
        let expected = try await results(straightDB)
        #expect(expected.count == 5)

        let total = savedActions(straightDB)
        #expect(total > 100, "the uninterrupted game saved \(total) actions")

        let db = dir.appendingPathComponent("crashed.sqlite").path
        var rng = SeededGenerator(seed: 99)
        let plannedKills = 24
        let largestStep = max(2, total / plannedKills)
        var kills = 0
        var atLastKill = 0
        var lastHands = 0
        var first = true
        var finished = false
        while !finished {
            let arguments = first ? gameArguments : ["resume", "--headless"]
            let log = dir.appendingPathComponent("run-\(kills).log").path
            let pid = try Shell.spawn([binary] + arguments + ["--db", db], outputPath: log)
            let target = atLastKill + Int.random(in: 1...largestStep, using: &rng)
            var status: Int32 = 0
            var gone = false
            if kills < plannedKills && target < total {
                try Poll.untilBlocking("\(target) saved actions (at \(savedActions(db)) of \(total); log \(log))",
                                       timeout: .seconds(180), interval: .milliseconds(5)) {
                    gone = exited(pid)
                    return gone || savedActions(db) >= target
                }
            }
            if !gone && kills < plannedKills && target < total {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                kills += 1
                atLastKill = savedActions(db)
            } else {
                if !gone { waitpid(pid, &status, 0) }
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                finished = text.contains("Tournament over") || text.contains("nothing to resume")
                if !finished { Issue.record("run ended without finishing the tournament: \(text)"); return }
            }
            guard FileManager.default.fileExists(atPath: db) else { continue }
            first = false
            // After every stop: the saved game is consistent and only moves forward.
            let store = try GameStore(path: db)
            guard let summary = try await store.games().first else { try await store.close(); first = true; continue }
            let saved = try await store.loadGame(summary.id)
            let hands = try await store.hands(game: summary.id)
            try await store.close()
            let match = saved.match
            var chips = match.stacks.sum()
            if let hand = match.hand, !hand.isComplete {
                chips = hand.stacks.sum() + hand.committed.sum() - hand.paidOut
                    + (0..<match.config.seatCount).filter { !match.handSeats.contains($0) }.map { match.stacks[$0] }.sum()
            }
            #expect(chips == Chips(1000 * 5), "chips not conserved after stop \(kills)")
            #expect(hands.map(\.number) == Array(0..<hands.count).map { $0 + 1 }, "each hand recorded once, in order")
            let unfinished = hands.dropLast().filter { !$0.isComplete }.count
            #expect(unfinished == 0, "only the last hand may be unfinished")
            #expect(match.handsPlayed >= lastHands, "the hand counter went backwards")
            #expect(match.levelIndex == match.config.schedule.levelIndex(handsPlayed: max(0, match.handsPlayed - 1)))
            lastHands = match.handsPlayed
        }
        print("crash test: \(kills) kills over \(total) saved actions")
        #expect(kills >= 20, "only \(kills) kills landed")
        let final = try await results(db)
        #expect(final == expected)
    }
}
