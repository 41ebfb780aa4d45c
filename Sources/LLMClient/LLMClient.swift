// The LLMClient module. See ARCHITECTURE.md for what belongs here.
