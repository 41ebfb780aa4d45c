// The PokerGame module. See ARCHITECTURE.md for what belongs here.
