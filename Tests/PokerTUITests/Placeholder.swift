// Tests for PokerTUI live here.
