import Foundation
import PokerAI
import PokerGame
import PokerStore
import Synchronization

/// The live pieces the app's effects use, supplied by the executable: the store, the
/// personalities, how to build AI controllers (offline or LLM), and where settings live.
public struct AppEnvironment: Sendable {
    /// Builds the controllers for a game's AI seats; `provider`/`model` are the setup's choice
    /// (nil: the command line's).
    public typealias ControllerFactory = @Sendable (_ game: GameState, _ gameID: GameID?, _ provider: String?,
                                                    _ model: String?) async throws -> [Int: any PlayerController]

    /// Replies of LLM seats to the human's talk: (game, text, human seat) → messages (and whether
    /// their usage rows could not be stored).
    public typealias ChatResponder = @Sendable (_ game: GameState, _ gameID: GameID?, _ text: String, _ fromSeat: Int)
        async -> LLMChat.Reply

    public var store: GameStore?
    public var library: PersonalityLibrary
    public var makeControllers: ControllerFactory
    /// Nil when no LLM is configured (offline seats answer with their own lines).
    public var chatResponder: ChatResponder?
    public var settingsURL: URL?
    /// Where exported hands are written.
    public var exportDirectory: URL

    /// The live pieces.
    public init(store: GameStore?, library: PersonalityLibrary, settingsURL: URL?, exportDirectory: URL,
                makeControllers: @escaping ControllerFactory) {
        self.store = store
        self.library = library
        self.settingsURL = settingsURL
        self.exportDirectory = exportDirectory
        self.makeControllers = makeControllers
    }

    /// Offline bots for every AI seat.
    public static let offlineControllers: ControllerFactory = { game, _, _, _ in Controllers.offline(for: game) }
}

/// The game being played: its controllers and recorder, set by background work and read when
/// effects start (so it is shared behind a lock rather than living in the app state).
public final class LiveGame: Sendable {
    private struct Contents {
        var controllers: [Int: any PlayerController] = [:]
        var recorder: GameRecorder?
    }

    private let contents = Mutex(Contents())

    /// A game with these controllers and this recorder (none: nothing is saved).
    public init(controllers: [Int: any PlayerController] = [:], recorder: GameRecorder? = nil) {
        contents.withLock { $0 = Contents(controllers: controllers, recorder: recorder) }
    }

    /// Replaces both (a new or resumed game).
    public func install(controllers: [Int: any PlayerController], recorder: GameRecorder?) {
        contents.withLock { $0 = Contents(controllers: controllers, recorder: recorder) }
    }

    /// The AI seats' controllers, by seat.
    public var controllers: [Int: any PlayerController] { contents.withLock { $0.controllers } }
    /// Where the game is saved.
    public var recorder: GameRecorder? { contents.withLock { $0.recorder } }
}
