import PokerAI
import PokerEngine
import PokerGame

extension TableState {
    /// The picture of the table right now.
    public var scene: TableScene {
        let game = self.game.value
        let match = game.match
        var scene = TableScene(seatNames: game.setup.names, seatStacks: match.stacks, places: match.places,
                               handSeats: match.handSeats, button: match.button, hand: match.hand,
                               handNumber: match.handsPlayed, viewer: viewerPosition)
        scene.shownBoard = runout?.shownBoard
        scene.humanSeat = humanSeat
        scene.notices = notices
        scene.bigBlind = inBigBlinds ? match.blinds.bigBlind : nil
        scene.notedSeats = Set(notes.keys)
        if humanShowed, let viewer = viewerPosition { scene.shownByChoice = [viewer] }
        if let thinking { scene.thinking = (thinking.seat, thinking.since.duration(to: now)) }
        for (seat, mind) in game.minds {
            let emotion = mind.psychology.displayEmotion
            var mood: [Span] = [.text(emotion == .thinking ? "pensive" : emotion.label, .emotion)]
            let tilt = mind.psychology.tilt.level
            if tilt >= TiltRules.clearBelow {
                mood.append(.text(" \u{2668} tilt \(Int((tilt * 100).rounded()))%", .warning))
            }
            scene.moods[seat] = mood
        }
        for message in game.recentTalk where message.handNumber == match.handsPlayed {
            guard let seat = message.seat, runout == nil || message.kind != .commentary else { continue }
            let text = TableNarrator.clean(message.text)
            guard !text.isEmpty else { continue }
            switch message.kind {
            case .speech, .commentary, .chat: scene.bubbles[seat] = [.text("\u{201C}\(text)\u{201D}", .talk)]
            case .gesture: scene.bubbles[seat] = [.text("*\(text)*", .gesture)]
            case .system: continue
            }
        }
        return scene
    }

    /// Names by position in the current hand.
    var positionNames: [String] { game.value.match.handSeats.map { game.value.name(ofSeat: $0) } }
}
