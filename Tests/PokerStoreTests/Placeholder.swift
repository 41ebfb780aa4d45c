// Tests for PokerStore live here.
