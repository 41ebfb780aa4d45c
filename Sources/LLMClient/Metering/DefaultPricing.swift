/// The pricing table shipped with PokerFace (USD per million tokens), as JSON text.
///
/// Users override or extend it with a file of the same shape (`pricing_file` in the config, or
/// `--pricing`); entries there replace these by provider and model. `reasoning` may be omitted: every
/// provider bills reasoning tokens at the output price. `cached_input` may be omitted: cached tokens are
/// then billed at the input price (an upper bound, never a guess below it). Providers in
/// `free_providers` (local servers) cost 0 for any model. A model not listed costs nil.
/// Prices were read from the providers' public pricing pages around `as_of`; check them before budgeting.
enum DefaultPricing {
    static let json = """
    {
      "as_of": "2026-11-01",
      "currency": "USD",
      "unit": "per_million_tokens",
      "free_providers": ["ollama", "local"],
      "models": [
        {"provider": "openai", "model": "gpt-5.5", "input": 5.00, "cached_input": 0.50, "output": 30.00},
        {"provider": "openai", "model": "gpt-5.4", "input": 2.50, "cached_input": 0.25, "output": 15.00},
        {"provider": "openai", "model": "gpt-5.4-mini", "input": 0.75, "cached_input": 0.075, "output": 4.50},
        {"provider": "openai", "model": "gpt-5.4-nano", "input": 0.20, "cached_input": 0.02, "output": 1.25},
        {"provider": "openai", "model": "gpt-5", "input": 1.25, "cached_input": 0.125, "output": 10.00},
        {"provider": "openai", "model": "gpt-5-mini", "input": 0.25, "cached_input": 0.025, "output": 2.00},
        {"provider": "openai", "model": "gpt-5-nano", "input": 0.05, "cached_input": 0.005, "output": 0.40},
        {"provider": "openai", "model": "gpt-4.1-mini", "input": 0.40, "cached_input": 0.10, "output": 1.60},
        {"provider": "openai", "model": "gpt-4o-mini", "input": 0.15, "cached_input": 0.075, "output": 0.60},

        {"provider": "anthropic", "model": "claude-opus-4-5", "input": 5.00, "cached_input": 0.50, "output": 25.00},
        {"provider": "anthropic", "model": "claude-sonnet-4-5", "input": 3.00, "cached_input": 0.30, "output": 15.00},
        {"provider": "anthropic", "model": "claude-sonnet-4-6", "input": 3.00, "cached_input": 0.30, "output": 15.00},
        {"provider": "anthropic", "model": "claude-haiku-4-5", "input": 1.00, "cached_input": 0.10, "output": 5.00},
        {"provider": "anthropic", "model": "claude-3-5-haiku-latest", "input": 0.80, "cached_input": 0.08, "output": 4.00},

        {"provider": "gemini", "model": "gemini-2.5-pro", "input": 1.25, "cached_input": 0.125, "output": 10.00},
        {"provider": "gemini", "model": "gemini-2.5-flash", "input": 0.30, "cached_input": 0.03, "output": 2.50},
        {"provider": "gemini", "model": "gemini-2.5-flash-lite", "input": 0.10, "cached_input": 0.01, "output": 0.40},
        {"provider": "gemini", "model": "gemini-3.1-pro-preview", "input": 2.00, "cached_input": 0.20, "output": 12.00},

        {"provider": "groq", "model": "llama-3.1-8b-instant", "input": 0.05, "output": 0.08},
        {"provider": "groq", "model": "llama-3.3-70b-versatile", "input": 0.59, "output": 0.79},
        {"provider": "groq", "model": "openai/gpt-oss-20b", "input": 0.075, "output": 0.30},
        {"provider": "groq", "model": "openai/gpt-oss-120b", "input": 0.15, "output": 0.60},
        {"provider": "groq", "model": "meta-llama/llama-4-scout-17b-16e-instruct", "input": 0.11, "output": 0.34},

        {"provider": "deepseek", "model": "deepseek-chat", "input": 0.28, "cached_input": 0.028, "output": 0.42},
        {"provider": "deepseek", "model": "deepseek-reasoner", "input": 0.28, "cached_input": 0.028, "output": 0.42},

        {"provider": "mistral", "model": "mistral-small-latest", "input": 0.10, "output": 0.30},
        {"provider": "mistral", "model": "mistral-medium-latest", "input": 0.40, "output": 2.00},
        {"provider": "mistral", "model": "ministral-8b-latest", "input": 0.10, "output": 0.10},
        {"provider": "mistral", "model": "ministral-3b-latest", "input": 0.04, "output": 0.04},

        {"provider": "xai", "model": "grok-4-fast-non-reasoning", "input": 0.20, "cached_input": 0.05, "output": 0.50},
        {"provider": "xai", "model": "grok-4-fast-reasoning", "input": 0.20, "cached_input": 0.05, "output": 0.50},
        {"provider": "xai", "model": "grok-3-mini", "input": 0.30, "cached_input": 0.075, "output": 0.50},
        {"provider": "xai", "model": "grok-4", "input": 3.00, "cached_input": 0.75, "output": 15.00},

        {"provider": "openrouter", "model": "openai/gpt-5.4-mini", "input": 0.75, "cached_input": 0.075, "output": 4.50},
        {"provider": "openrouter", "model": "openai/gpt-5.4-nano", "input": 0.20, "cached_input": 0.02, "output": 1.25},
        {"provider": "openrouter", "model": "anthropic/claude-haiku-4.5", "input": 1.00, "cached_input": 0.10, "output": 5.00},
        {"provider": "openrouter", "model": "google/gemini-2.5-flash", "input": 0.30, "cached_input": 0.03, "output": 2.50},
        {"provider": "openrouter", "model": "google/gemini-2.5-flash-lite", "input": 0.10, "cached_input": 0.01, "output": 0.40},
        {"provider": "openrouter", "model": "deepseek/deepseek-chat", "input": 0.28, "output": 0.42}
      ]
    }
    """
}
