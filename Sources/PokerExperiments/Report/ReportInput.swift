import Foundation

/// Everything a report is computed from, whichever store it came from (SQLite or PostgreSQL).
/// Entrants are the experiment file's seats (before rotation).
public struct ReportInput: Sendable {
    /// One game's progress.
    public struct Game: Sendable, Hashable {
        public var key: TournamentKey
        public var complete: Bool
        public var hands: Int
    }

    /// One complete hand: chips won or lost by each entrant dealt in.
    public struct Hand: Sendable, Hashable {
        public var key: TournamentKey
        public var number: Int
        public var bigBlind: Int
        /// Net chips by entrant; nil for an entrant not dealt in (busted).
        public var net: [Int?]
    }

    /// One analysed decision.
    public struct Verdict: Sendable, Hashable {
        public var key: TournamentKey
        public var entrant: Int
        public var verdict: String
        public var evLostBB: Double?
    }

    /// One LLM decision: what happened to its answers.
    public struct Capture: Sendable, Hashable, Codable {
        public var key: TournamentKey
        public var entrant: Int
        /// The first request got an answer.
        public var answered: Bool
        /// The first answer was usable (valid JSON, a legal-izable action).
        public var validJSON: Bool
        /// A correction turn was needed and worked.
        public var corrected: Bool
        /// The offline bot decided in the end.
        public var fallback: Bool
        public var latencyMs: Int?
    }

    /// One LLM call attempt.
    public struct Call: Sendable, Hashable {
        public var key: TournamentKey
        public var entrant: Int?
        public var ok: Bool
        public var latencyMs: Int
        public var tokens: Int
        public var costUSD: Double
    }

    public var experimentID: Int64
    public var status: String
    /// Where the data came from (a file path or a masked PostgreSQL URL).
    public var source: String
    public var spec: ExperimentSpec
    public var games: [Game] = []
    public var hands: [Hand] = []
    public var verdicts: [Verdict] = []
    public var captures: [Capture] = []
    public var calls: [Call] = []
}

extension ReportInput.Capture {
    /// Classifies a stored capture: its correction chain (present when more than one turn was
    /// taken or the bot fell back) and its parsed action (which names a fallback).
    init(key: TournamentKey, entrant: Int, correctionChainJSON: String?, parsedActionJSON: String?, latencyMs: Int?) {
        struct Turn: Decodable { var raw: String?; var error: String? }
        struct Parsed: Decodable { var fallback: String? }
        let turns = correctionChainJSON.flatMap { try? JSONDecoder().decode([Turn].self, from: Data($0.utf8)) } ?? []
        let parsed = parsedActionJSON.flatMap { try? JSONDecoder().decode(Parsed.self, from: Data($0.utf8)) }
        let fallback = parsed?.fallback != nil
        let first = turns.first ?? Turn(raw: correctionChainJSON == nil ? "" : nil, error: nil)
        self.init(key: key, entrant: entrant, answered: first.raw != nil, validJSON: first.raw != nil && first.error == nil,
                  corrected: turns.count > 1 && !fallback, fallback: fallback, latencyMs: latencyMs)
    }
}
