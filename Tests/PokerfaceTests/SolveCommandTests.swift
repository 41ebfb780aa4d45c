import Foundation
import PokerTestSupport
import Testing

/// `pokerface solve` end to end: a small river spot as text and JSON, a line down the tree, and
/// bad input as one line on stderr.
@Suite struct SolveCommandTests {
    let binary = TestPaths.product("pokerface")
    let spot = ["solve", "--board", "Ks Qd 7h 4c 2s", "--oop-range", "KQ,77,JTs,A5s", "--ip-range", "AA,KK,QJ,AK",
                "--pot", "100", "--stacks", "400"]

    func run(_ arguments: [String]) throws -> Shell.Output {
        try Shell.run(([binary] + arguments).map(Shell.quote).joined(separator: " "))
    }

    @Test func printsStrategyEVsAndExploitability() throws {
        let output = try run(spot)
        #expect(output.status == 0, "\(output.text)")
        #expect(output.text.contains("OOP to act"))
        #expect(output.text.contains("Exploitability"))
        let row = try #require(output.text.split(separator: "\n").first { $0.hasPrefix("77 ") })
        #expect(row.contains("%"))
    }

    @Test func jsonFollowsALine() throws {
        let output = try run(spot + ["--line", "bet 75", "--json", "--combos"])
        #expect(output.status == 0, "\(output.text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        #expect(object["player"] as? String == "ip")
        #expect((object["actions"] as? [String])?.first == "fold")
        let hands = try #require(object["hands"] as? [[String: Any]])
        #expect(hands.contains { $0["hand"] as? String == "KhKd" })
        let percent = try #require(object["exploitability_percent"] as? Double)
        #expect(percent < 0.5)
    }

    @Test func badInputIsOneClearLine() throws {
        for (arguments, message) in [
            (["--board", "Ks Qd 7h 4c 2x"], "--board"),
            (["--line", "bet 7"], "--line: no 'bet 7' here"),
            (["--to-act", "button"], "--to-act must be oop or ip"),
            (["--sizes", "33,x"], "--sizes"),
        ] {
            var argv = spot
            if let index = argv.firstIndex(of: arguments[0]) { argv.remove(at: index + 1); argv.remove(at: index) }
            let output = try run(argv + arguments)
            #expect(output.status != 0)
            let lines = output.text.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("Error: ") && lines[0].contains(message), "\(output.text)")
        }
    }
}
