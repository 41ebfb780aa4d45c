// The PokerTUI module. See ARCHITECTURE.md for what belongs here.
