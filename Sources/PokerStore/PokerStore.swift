// The PokerStore module. See ARCHITECTURE.md for what belongs here.
