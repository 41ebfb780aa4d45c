/// A request for structured output: the answer must be one JSON object matching `schema`.
///
/// How each provider enforces it:
/// - OpenAI, Mistral, xAI, OpenRouter, Ollama: `response_format: {type: json_schema, json_schema: {name, strict, schema}}`.
/// - DeepSeek, Groq: `response_format: {type: json_object}` plus the schema in a system instruction.
/// - `local` (llama.cpp server): `grammar` (GBNF) when given, else `response_format` json_schema.
/// - Anthropic: a forced tool whose `input_schema` is the schema; the tool input becomes the text.
/// - Gemini: `responseMimeType: application/json` and `responseSchema` (the schema's OpenAPI subset).
///
/// Whatever the provider, callers must still parse leniently and validate: constraints are best-effort.
public struct ResponseSchema: Sendable, Hashable {
    /// A short identifier (`decision`); letters, digits, `_` and `-` only.
    public var name: String
    /// A JSON Schema for an object. For OpenAI strict mode: every property required, `additionalProperties: false`.
    public var schema: JSONValue
    /// Ask for strict schema adherence where the provider has such a switch.
    public var strict: Bool
    /// An optional GBNF grammar, used only by the `local` llama.cpp server (it beats the schema on tiny models).
    public var grammar: String?

    /// Creates a schema request.
    public init(name: String, schema: JSONValue, strict: Bool = true, grammar: String? = nil) {
        self.name = name
        self.schema = schema
        self.strict = strict
        self.grammar = grammar
    }

    /// The system instruction used where only JSON mode (or nothing) is available.
    public var instruction: String {
        "Reply with exactly one JSON object and nothing else (no code fences, no commentary). "
            + "It must match this JSON Schema: " + schema.jsonText
    }
}
