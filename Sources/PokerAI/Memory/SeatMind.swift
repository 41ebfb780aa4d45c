/// Everything one AI seat carries from hand to hand and saves with the game: its psychology,
/// its models of the other seats (by physical seat), its session results and its talk memory.
public struct SeatMind: Codable, Sendable, Hashable {
    public var psychology: Psychology
    /// What it has learned about each other seat.
    public var opponents: [Int: OpponentModel]
    public var session: SessionMemory
    public var talk: TalkMemory

    /// A fresh mind for `personality`.
    public init(personality: Personality) {
        psychology = Psychology(personality: personality)
        opponents = [:]
        session = SessionMemory()
        talk = TalkMemory()
    }

    /// Takes in a finished hand as `seat` (this AI's own seat): updates the models of every other
    /// player dealt in, its session results, and its psychology (one hand of recovery, then its
    /// pressure events). Call it for every hand, even when the seat was not dealt in. Returns the
    /// pressure events, for commentary and logs.
    @discardableResult
    public mutating func observe(_ recap: HandRecap, seat: Int) -> [PressureEvent] {
        for player in recap.players where player.seat != seat {
            opponents[player.seat, default: OpponentModel()].record(player, in: recap)
        }
        let events = PressureDetector.events(recap: recap, for: seat)
        if let me = recap[seat: seat] { session.record(me, handNumber: recap.handNumber, events: events) }
        psychology.handFinished(events)
        return events
    }

    /// Takes in the human's chat: a needle or praise becomes pressure at once.
    public mutating func hear(_ chat: HumanChat) {
        if let event = chat.pressureEvent { psychology.apply(event) }
    }

    /// Opponent reads for a prompt, one line each, in seat order, for the seats still at the
    /// table (`context.handSeats`; every known seat when that is empty).
    public func readsSection(context: TableContext) -> String {
        let present = Set(context.handSeats)
        let lines = opponents.keys.sorted().filter { present.isEmpty || present.contains($0) }
            .compactMap { other -> String? in
                guard let model = opponents[other], model.handsObserved > 0 else { return nil }
                return model.line(name: Self.name(of: other, in: context))
            }
        return lines.isEmpty ? "No reads on your opponents yet." : lines.joined(separator: "\n")
    }

    /// The psychology and session lines for a prompt, with the nemesis named from `context`.
    public func promptSection(personality: Personality, context: TableContext) -> String {
        psychology.promptSection(personality: personality, nemesisName: nemesisName(context))
            + "\n" + session.summary
    }

    /// "tilt 0.45 (bad beat by Zeus) · frustrated".
    public func statusLine(context: TableContext) -> String {
        psychology.statusLine(nemesisName: nemesisName(context))
    }

    private func nemesisName(_ context: TableContext) -> String? {
        psychology.tilt.nemesis.map { Self.name(of: $0, in: context) }
    }

    static func name(of seat: Int, in context: TableContext) -> String {
        context.seatNames.indices.contains(seat) ? context.seatNames[seat] : "Seat \(seat + 1)"
    }
}
