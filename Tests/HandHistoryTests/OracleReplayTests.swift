import Foundation
import Testing
@testable import HandHistory
import PokerEngine
import PokerTestSupport

/// The oracle folder vendored in the checkout (`Tests/Fixtures/oracles`, with its licence).
let oraclesDirectory = TestPaths.oracles

func oracleFiles(_ subpath: String, suffix: String) throws -> [String] {
    let dir = oraclesDirectory.appendingPathComponent(subpath)
    return try FileManager.default.contentsOfDirectory(atPath: dir.path)
        .filter { $0.hasSuffix(suffix) }.sorted().map { dir.appendingPathComponent($0).path }
}

@Suite struct OracleReplayTests {
    @Test func allTenThousandPluribusHandsReplayToTheirFinishingStacks() throws {
        let files = try oracleFiles("phh/pluribus", suffix: ".phhs")
        #expect(files.count == 92)
        var outcomes: [ReplayOutcome] = []
        for file in files { outcomes += PHHReplayer.replay(try PHHReader.read(path: file)) }
        #expect(outcomes.count == 10_000)
        #expect(outcomes.filter { $0.status == .match }.count == 10_000)
        #expect(outcomes.filter { $0.status != .match }.map(\.source) == [])
        // The 8 hands PokerKit stops at end with half-chip stacks: played in tenths of a chip.
        let halves = outcomes.filter { $0.unit == ChipUnit(decimals: 1) }
        #expect(halves.count == 8)
        #expect(halves.allSatisfy { outcome in outcome.finishingStacks?.contains { $0.rawValue % 10 == 5 } == true })
    }

    @Test func wsopFinalDayNoLimitHandsMatchAndOtherVariantsAreClearErrors() throws {
        let path = oraclesDirectory.appendingPathComponent("phh/wsop-2023-event43-day5.phhs").path
        let outcomes = PHHReplayer.replay(try PHHReader.read(path: path))
        #expect(outcomes.count == 83)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let noLimitCount = text.components(separatedBy: "variant = 'NT'").count - 1
        #expect(outcomes.filter { $0.status == .match }.count == noLimitCount)
        let others = outcomes.filter { $0.status != .match }
        #expect(others.allSatisfy { $0.status == .error && $0.error?.contains("unsupported variant") == true })
        // The razz hand (variant FR) is among them with a clear message.
        #expect(others.contains { $0.error?.contains("'FR'") == true })
    }

    @Test func dwanIveyMillionDollarPotGoesToDwan() throws {
        // Dwan's 7-high straight beats Ivey's wheel: Dwan doubles his 553,500 and collects
        // Antonius' ante and big blind (2,500); Ivey loses exactly Dwan's stack.
        let path = oraclesDirectory.appendingPathComponent("phh/famous/dwan-ivey-2009.phh").path
        let outcome = try #require(PHHReplayer.replay(try PHHReader.read(path: path)).first)
        #expect(outcome.status == .computed)
        let ivey = 1_125_600 - 553_500, antonius = 2_000_000 - 2_500, dwan = 553_500 * 2 + 2_500
        let expected: [Chips] = [Chips(ivey), Chips(antonius), Chips(dwan)]
        #expect(outcome.finishingStacks == expected)
    }

    @Test func otherFamousHandsAreOtherVariants() throws {
        for path in try oracleFiles("phh/famous", suffix: ".phh") where !path.contains("dwan-ivey") {
            let outcome = try #require(PHHReplayer.replay(try PHHReader.read(path: path)).first)
            #expect(outcome.status == .error, "\(path)")
            #expect(outcome.error?.contains("unsupported variant") == true)
        }
    }
}
