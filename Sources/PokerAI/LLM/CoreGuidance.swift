import PokerEngine
import PokerStrategy

/// The strategy core's advice in words for an LLM seat in pro and competitive modes, as the
/// original game's "GTO verdict" did — but from the core: its mixed strategy with sizes in big
/// blinds and the value of each action against folding.
///
///     Strategy core (river solve): raise to 12 BB 55%, call 45%. Action values vs folding: call +3.1 BB, raise +3.4 BB.
///     Why: equity 62% vs 25% needed.
public enum CoreGuidance {
    public static func text(_ advice: CoreAdvice, bigBlind: Chips) -> String {
        let shown = advice.options.filter { $0.frequency >= 0.05 }.sorted { $0.frequency > $1.frequency }
        let strategy = shown.map { "\(describe($0, bigBlind: bigBlind)) \(Int(($0.frequency * 100).rounded()))%" }
        var text = "Strategy core (\(advice.method)): " + strategy.joined(separator: ", ") + "."
        let values = advice.options.compactMap { option -> String? in
            guard let ev = option.ev, option.kind != .fold else { return nil }
            return "\(describe(option, bigBlind: bigBlind)) \(signed(ev / Double(max(1, bigBlind.rawValue)))) BB"
        }
        if !values.isEmpty { text += " Action values vs folding: " + values.joined(separator: ", ") + "." }
        if !advice.basis.isEmpty { text += "\nWhy: \(advice.basis)." }
        return text
    }

    static func describe(_ option: CoreAdvice.Option, bigBlind: Chips) -> String {
        switch option.action {
        case .fold: return "fold"
        case .checkOrCall: return option.kind == .check ? "check" : "call"
        case let .betOrRaise(to):
            let verb = option.kind == .allIn ? "all-in" : (option.kind == .bet ? "bet" : "raise to")
            return option.kind == .allIn ? verb : "\(verb) \(DecisionPrompt.bbNumber(to, bigBlind)) BB"
        }
    }

    static func signed(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 ? "−" : "+") + "\(tenths / 10).\(tenths % 10)"
    }
}
