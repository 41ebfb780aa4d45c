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
        do { games = try await store.open().games() } catch let error as StoreError { throw CLIError(error.description) }
        if json { return print(try JSONOutput.encode(games)) }
        if games.isEmpty { return print("No games yet in \(store.resolvedPath).") }
        print("ID     STATUS     HANDS  MODE         SEED     PLAYERS")
        for g in games {
            let players = g.names.enumerated().map { i, name in g.winnerSeat == i ? "\(name) (winner)" : name }
            print(String(format: "%-6d %-10@ %5d  %-12@ %-8llu %@", g.id.rawValue, g.status.rawValue as NSString, g.handsPlayed,
                         g.mode as NSString, g.seed, ((g.name.map { "\($0): " } ?? "") + players.joined(separator: ", ")) as NSString))
        }
    }
}

/// `pokerface hands` — the hands of a game.
struct HandsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hands", abstract: "List the hands of a game.")

    @Option(help: "The game id (default: the latest game).") var game: Int64?
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let gameStore = try store.open()
        do {
            let latest = try await gameStore.games().first?.id
            guard let id = game.map({ GameID($0) }) ?? latest else {
                throw CLIError("no games yet in \(store.resolvedPath)")
            }
            let hands = try await gameStore.hands(game: id)
            if json { return print(try JSONOutput.encode(hands)) }
            let names = try await gameStore.loadGame(id).setup.names
            print("Game \(id.rawValue): \(hands.count) hands")
            for h in hands {
                let winners = h.winnerNames ?? (h.winnerSeats ?? []).map { names.indices.contains($0) ? names[$0] : "seat \($0)" }
                let board = h.board.map(\.description).joined(separator: " ")
                print(String(format: "#%-5d id %-6lld %@  pot %-7@ %@ %@", h.number, h.id.rawValue, "\(h.blinds)" as NSString,
                             (h.totalPot.map { "\($0)" } ?? "—") as NSString,
                             (board.isEmpty ? "" : "[\(board)]") as NSString,
                             (h.isComplete ? "won by " + winners.joined(separator: ", ") : "in progress") as NSString))
            }
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}

enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
