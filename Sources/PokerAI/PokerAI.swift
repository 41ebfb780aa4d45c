// The PokerAI module. See ARCHITECTURE.md for what belongs here.
