import LLMClient

/// A decision answer read from model text (leniently: code fences, prose around the object,
/// single quotes, numbers as strings).
public struct DecisionReply: Hashable, Sendable, Codable {
    public var action: String
    /// Raise-to in big blinds, as answered.
    public var raiseTo: Double?
    public var innerMonologue: String?
    public var handStrategy: String?
    public var dramaticSequence: [String]

    /// Why an answer could not be read.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case noJSON
        case missingAction
        case unknownAction(String)

        public var description: String {
            switch self {
            case .noJSON: "the answer contained no JSON object"
            case .missingAction: "the answer has no \"action\" field"
            case let .unknownAction(action): "\"\(action)\" is not one of fold, check, call, raise, all_in"
            }
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> DecisionReply {
        guard let object = LenientJSON.object(in: text) else { throw .noJSON }
        guard let rawAction = object["action"]?.stringValue else { throw .missingAction }
        let action = rawAction.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        let normalized = ["allin": "all_in", "all": "all_in", "bet": "raise", "shove": "all_in", "jam": "all_in"][action] ?? action
        guard DecisionSchema.actions.contains(normalized) else { throw .unknownAction(rawAction) }
        var raiseTo = object["raise_to"]?.doubleValue
        if raiseTo == nil, let text = object["raise_to"]?.stringValue { raiseTo = Double(text.filter { $0.isNumber || $0 == "." }) }
        let sequence = (object["dramatic_sequence"]?.arrayValue ?? []).compactMap(\.stringValue)
        return DecisionReply(action: normalized, raiseTo: raiseTo, innerMonologue: object["inner_monologue"]?.stringValue,
                             handStrategy: object["hand_strategy"]?.stringValue, dramaticSequence: sequence)
    }
}
