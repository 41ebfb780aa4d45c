/// How fast the table moves.
public struct TableSettings: Hashable, Sendable {
    /// The least time an AI seat takes to act, so the table can be followed.
    public var aiPace: Duration
    /// Time between streets of an all-in run-out.
    public var runoutPace: Duration
    /// Deal the next hand by itself after this long (nil: wait for a key).
    public var autoNextHand: Duration?
    /// Automatic dealing while the human watches after busting.
    public var watchPace: Duration
    /// All-in and abandoning the game wait for a second press of their key.
    public var confirmMoves: Bool
    /// The human's time per decision before the time bank runs (nil: no clock at all).
    public var turnTime: Duration?
    /// The human's time bank for the whole game, spent when a decision takes longer than `turnTime`.
    public var timeBank: Duration
    /// Show the human's equity beside the pot odds (games in pro and competitive mode never do).
    public var equityHint: Bool

    /// Creates settings; the defaults suit a human at the table.
    public init(aiPace: Duration = .milliseconds(700), runoutPace: Duration = .milliseconds(800),
                autoNextHand: Duration? = nil, watchPace: Duration = .seconds(2), confirmMoves: Bool = true,
                turnTime: Duration? = nil, timeBank: Duration = .seconds(60), equityHint: Bool = true) {
        self.aiPace = aiPace
        self.runoutPace = runoutPace
        self.autoNextHand = autoNextHand
        self.watchPace = watchPace
        self.confirmMoves = confirmMoves
        self.turnTime = turnTime
        self.timeBank = timeBank
        self.equityHint = equityHint
    }
}
