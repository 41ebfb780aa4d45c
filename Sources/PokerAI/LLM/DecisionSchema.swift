import LLMClient

/// The shape of an AI decision answer, for providers' structured-output modes.
public enum DecisionSchema {
    public static let actions = ["fold", "check", "call", "raise", "all_in"]

    /// JSON schema (OpenAI `json_schema`, Gemini `responseSchema`, llama.cpp).
    public static let schema: JSONValue = [
        "type": "object",
        "properties": [
            "action": ["type": "string", "enum": .array(actions.map { .string($0) })],
            "raise_to": ["type": "number", "description": "Total bet in front of you on this street after raising, in big blinds; 0 unless raising."],
            "inner_monologue": ["type": "string", "maxLength": 400],
            "hand_strategy": ["type": "string", "maxLength": 200],
            "dramatic_sequence": ["type": "array", "maxItems": 4, "items": ["type": "string", "maxLength": 160]],
        ],
        "required": ["action", "raise_to", "inner_monologue", "hand_strategy", "dramatic_sequence"],
        "additionalProperties": false,
    ]

    /// GBNF grammar for llama.cpp (tiny local models): ties `raise_to` to the action so even a
    /// 270M model produces a well-formed, consistent answer.
    public static let grammar = #"""
    root ::= "{\"action\": " choice ", \"inner_monologue\": " str ", \"hand_strategy\": " str ", \"dramatic_sequence\": [" str "]}"
    choice ::= passive ", \"raise_to\": 0" | "\"raise\", \"raise_to\": " amount | "\"all_in\", \"raise_to\": 0"
    passive ::= "\"fold\"" | "\"check\"" | "\"call\""
    amount ::= [1-9] [0-9]{0,3} ("." [0-9])?
    str ::= "\"" [a-zA-Z0-9 ,.'!?*-]{1,80} "\""
    """#

    public static let responseSchema = ResponseSchema(name: "poker_decision", schema: schema, strict: true, grammar: grammar)
}
