import PokerAI
import PokerGame

extension GameReplayReport {
    /// One line per hand, the problems, and the verdict: reproduced exactly or not.
    public var text: String {
        var out = ""
        for hand in hands {
            let mark = hand.matches ? "ok  " : "DIFF"
            out += "\(mark) hand \(hand.number): \(hand.decisions) decisions (\(hand.fromCaptures) from captures)"
            if let difference = hand.difference { out += " — " + LabText.line(difference, limit: 200) }
            out += "\n"
        }
        for problem in problems { out += "problem: " + LabText.line(problem, limit: 300) + "\n" }
        if unusedCaptures > 0 { out += "\(unusedCaptures) capture\(unusedCaptures == 1 ? " was" : "s were") never asked for.\n" }
        let differing = hands.filter { !$0.matches }.count
        out += "\nGame \(game.rawValue): \(hands.count) hands, \(decisions) decisions, \(fromCaptures) answered from captures, "
        out += "no network.\n"
        out += finalStacksMatch
            ? "Final stacks match: \(recordedStacks.map(String.init).joined(separator: " / ")).\n"
            : "Final stacks differ: recorded \(recordedStacks.map(String.init).joined(separator: " / ")), "
                + "replayed \(replayedStacks.map(String.init).joined(separator: " / ")).\n"
        out += matches ? "Reproduced exactly.\n" : "NOT reproduced: \(differing) hand\(differing == 1 ? "" : "s") differ.\n"
        return out
    }
}
