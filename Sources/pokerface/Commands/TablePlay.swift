import PokerGame

/// The terminal table for `pokerface play` / `resume` without --headless.
enum TablePlay {
    static func run(state: GameState, recorder: GameRecorder, llm: LLMSeatOptions) async throws {
        throw CLIError("the terminal table is not available in this build yet: add --headless to watch AI players")
    }
}
