import PokerEngine

/// Turns a parsed answer into a legal action: amounts in big blinds become chips and are
/// clamped into the legal range (the clamp is noted); impossible choices are errors for the
/// one correction turn.
public enum ReplyInterpreter {
    public struct Result: Hashable, Sendable {
        public var action: Action
        public var clampNote: String?
    }

    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case checkFacingBet(toCall: Chips)
        case raiseNotAllowed(reason: String)

        public var description: String {
            switch self {
            case let .checkFacingBet(toCall): "you cannot check: there is a bet of \(toCall) chips to call"
            case let .raiseNotAllowed(reason): "you cannot raise: \(reason)"
            }
        }
    }

    public static func interpret(_ reply: DecisionReply, legal: LegalActions, bigBlind: Chips) throws(Problem) -> Result {
        switch reply.action {
        case "fold":
            return legal.canFold ? Result(action: .fold) : Result(action: .checkOrCall, clampNote: "folded with a free check: checked instead")
        case "check":
            if legal.callAmount > .zero { throw .checkFacingBet(toCall: legal.callAmount) }
            return Result(action: .checkOrCall)
        case "call":
            return Result(action: .checkOrCall, clampNote: legal.callAmount == .zero ? "nothing to call: checked" : nil)
        case "all_in":
            if let maxTo = legal.maxRaiseTo { return Result(action: .betOrRaise(to: maxTo)) }
            return Result(action: .checkOrCall, clampNote: "all-in is a call here (\(legal.raiseBlock.map(String.init(describing:)) ?? "no raise possible"))")
        default: // raise
            guard let minTo = legal.minRaiseTo, let maxTo = legal.maxRaiseTo else {
                throw .raiseNotAllowed(reason: RuleError.raiseNotAllowed(player: legal.player, reason: legal.raiseBlock ?? .noOpponentCanCall).description)
            }
            guard let bb = reply.raiseTo, bb > 0 else {
                return Result(action: .betOrRaise(to: minTo), clampNote: "no raise_to given: minimum raise to \(minTo)")
            }
            // Huge or non-finite amounts (`1e308` big blinds) become the most chips a table holds, then clamp.
            let chips = (bb * Double(bigBlind.rawValue)).rounded()
            let asked = chips.isFinite && chips < Double(Chips.maximum.rawValue) ? Chips(Int(chips)) : Chips.maximum
            let clamped = min(max(asked, minTo), maxTo)
            let note = clamped == asked ? nil
                : "raise_to \(format(bb)) BB (\(asked) chips) clamped to \(clamped) (legal \(minTo)–\(maxTo))"
            return Result(action: .betOrRaise(to: clamped), clampNote: note)
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(format: "%g", value) }
        return value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
