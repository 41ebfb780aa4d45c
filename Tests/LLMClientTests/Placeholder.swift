// Tests for LLMClient live here.
