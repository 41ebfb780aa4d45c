// Tests for PokerAI live here.
