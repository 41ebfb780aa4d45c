// Tests for Pokerface live here.
