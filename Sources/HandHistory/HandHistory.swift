// The HandHistory module. See ARCHITECTURE.md for what belongs here.
