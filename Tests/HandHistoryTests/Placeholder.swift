// Tests for HandHistory live here.
