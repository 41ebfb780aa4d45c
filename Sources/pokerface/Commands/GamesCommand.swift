import ArgumentParser
import Foundation
import PokerStore

/// `pokerface games` — the saved games.
struct GamesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "games", abstract: "List saved games, newest first.")

    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let games: [GameSummary]
        do { games = try await store.openForReading().games() } catch let error as StoreError { throw CLIError(error.description) }
        if json { return print(try JSONOutput.encode(games)) }
        if games.isEmpty { return print("No games yet in \(store.resolvedPath).") }
        print(Self.table(games))
    }

    /// The listing as aligned columns (numbers right-aligned, text left-aligned).
    static func table(_ games: [GameSummary]) -> String {
        var rows = [["ID", "STATUS", "HANDS", "MODE", "SEED", "PLAYERS"]]
        for g in games {
            let players = g.names.enumerated().map { i, name in g.winnerSeat == i ? "\(name) (winner)" : name }
            rows.append([String(g.id.rawValue), g.status.rawValue, String(g.handsPlayed), g.mode, String(g.seed),
                         (g.name.map { "\($0): " } ?? "") + players.joined(separator: ", ")])
        }
        return TextColumns.render(rows, rightAligned: [0, 2, 4])
    }
}

/// `pokerface hands` — the hands of a game.
struct HandsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hands", abstract: "List the hands of a game.")

    @Option(help: "The game id (default: the latest game).") var game: Int64?
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let gameStore = try store.openForReading()
        do {
            let latest = try await gameStore.games().first?.id
            guard let id = game.map({ GameID($0) }) ?? latest else {
                throw CLIError("no games yet in \(store.resolvedPath)")
            }
            let hands = try await gameStore.hands(game: id)
            if json { return print(try JSONOutput.encode(hands)) }
            let names = try await gameStore.loadGame(id).setup.names
            print("Game \(id.rawValue): \(hands.count) hands")
            var rows = [["HAND", "ID", "BLINDS", "POT", "BOARD", "RESULT"]]
            for h in hands {
                let winners = h.winnerNames ?? (h.winnerSeats ?? []).map { names.indices.contains($0) ? names[$0] : "seat \($0)" }
                let board = h.board.map(\.description).joined(separator: " ")
                rows.append(["#\(h.number)", String(h.id.rawValue), "\(h.blinds)", h.totalPot.map { "\($0)" } ?? "-",
                             board.isEmpty ? "" : "[\(board)]",
                             h.isComplete ? "won by " + winners.joined(separator: ", ") : "in progress"])
            }
            print(TextColumns.render(rows, rightAligned: [0, 1, 3]))
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}
