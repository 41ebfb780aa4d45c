import Foundation
import PokerEngine

/// What the player chose in Settings, kept between runs in `$XDG_CONFIG_HOME/pokerface/ui.json`.
public struct UISettings: Hashable, Sendable, Codable {
    /// The name shown at the table.
    public var playerName = "You"
    /// The least time an AI seat takes to act, in milliseconds.
    public var aiPaceMs = 700
    /// Time between streets of an all-in run-out, in milliseconds.
    public var runoutPaceMs = 800
    /// Deal the next hand by itself after this many seconds (0: wait for a key).
    public var autoNextHandSeconds = 0
    /// New-game defaults.
    public var seats = 6
    public var startingStack = 1_500
    public var bigBlind = 20
    public var handsPerLevel = 6
    public var mode = "standard"
    /// All-in and abandoning the game wait for a second press of their key.
    public var confirmMoves = true
    /// Four-colour deck: diamonds blue and clubs green (hearts red, spades in the text colour).
    public var fourColorDeck = false
    /// Show the human's equity beside the pot odds (casual and standard games only).
    public var equityHint = true
    /// Seconds per decision before the time bank runs (0: no clock, the default).
    public var turnSeconds = 0
    /// The time bank for the whole game, in seconds.
    public var bankSeconds = 60

    /// The defaults.
    public init() {}

    /// The table's pacing and choices.
    public var tableSettings: TableSettings {
        TableSettings(aiPace: .milliseconds(max(0, aiPaceMs)), runoutPace: .milliseconds(max(0, runoutPaceMs)),
                      autoNextHand: autoNextHandSeconds > 0 ? .seconds(autoNextHandSeconds) : nil,
                      confirmMoves: confirmMoves, turnTime: turnSeconds > 0 ? .seconds(turnSeconds) : nil,
                      timeBank: .seconds(max(0, bankSeconds)), equityHint: equityHint)
    }

    /// The settings file: `$XDG_CONFIG_HOME/pokerface/ui.json` (`~/.config` when unset).
    public static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        }
        return base.appendingPathComponent("pokerface/ui.json")
    }

    /// The saved settings, or the defaults when there are none (or they cannot be read).
    public static func load(from url: URL) -> UISettings {
        guard let data = try? Data(contentsOf: url), let settings = try? JSONDecoder().decode(UISettings.self, from: data) else {
            return UISettings()
        }
        return settings
    }

    /// Writes the settings; returns a sentence on failure.
    public func save(to url: URL) -> String? {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(self).write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot save settings to \(url.path): \(error.localizedDescription)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = UISettings()
        // A hand-edited name with control characters is ignored like any other unusable value.
        playerName = (try? c.decode(String.self, forKey: .playerName)).flatMap { TextSanitizer.firstRefused(in: $0) == nil ? $0 : nil }
            ?? defaults.playerName
        aiPaceMs = (try? c.decode(Int.self, forKey: .aiPaceMs)) ?? defaults.aiPaceMs
        runoutPaceMs = (try? c.decode(Int.self, forKey: .runoutPaceMs)) ?? defaults.runoutPaceMs
        autoNextHandSeconds = (try? c.decode(Int.self, forKey: .autoNextHandSeconds)) ?? defaults.autoNextHandSeconds
        seats = (try? c.decode(Int.self, forKey: .seats)) ?? defaults.seats
        startingStack = (try? c.decode(Int.self, forKey: .startingStack)) ?? defaults.startingStack
        bigBlind = (try? c.decode(Int.self, forKey: .bigBlind)) ?? defaults.bigBlind
        handsPerLevel = (try? c.decode(Int.self, forKey: .handsPerLevel)) ?? defaults.handsPerLevel
        mode = (try? c.decode(String.self, forKey: .mode)) ?? defaults.mode
        confirmMoves = (try? c.decode(Bool.self, forKey: .confirmMoves)) ?? defaults.confirmMoves
        fourColorDeck = (try? c.decode(Bool.self, forKey: .fourColorDeck)) ?? defaults.fourColorDeck
        equityHint = (try? c.decode(Bool.self, forKey: .equityHint)) ?? defaults.equityHint
        turnSeconds = (try? c.decode(Int.self, forKey: .turnSeconds)) ?? defaults.turnSeconds
        bankSeconds = (try? c.decode(Int.self, forKey: .bankSeconds)) ?? defaults.bankSeconds
    }
}
