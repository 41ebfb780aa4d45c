import PokerStore

extension ReportInput {
    /// Reads experiment `id` from the SQLite store.
    public static func load(_ id: ExperimentID, from store: GameStore) async throws(ExperimentError) -> ReportInput {
        do {
            guard let record = try await store.experiment(id) else { throw ExperimentError.notFound(id: id.rawValue, store: store.path) }
            let spec = try SpecCoding.spec(record.configJSON, experiment: id.rawValue)
            var input = ReportInput(experimentID: id.rawValue, status: record.status.rawValue, source: store.path, spec: spec)
            var keys: [GameID: TournamentKey] = [:]
            for game in try await store.experimentGames(id) {
                guard let variant = spec.variantIndex(game.variant) else { continue }
                let key = TournamentKey(variant: variant, tournament: game.tournamentIndex)
                keys[game.game] = key
                input.games.append(Game(key: key, complete: GameBook.isComplete(game, cap: spec.handsPerTournament),
                                        hands: game.handsPlayed - (game.handInProgress ? 1 : 0)))
            }
            let scope = ExperimentDataScope.experiment(id)
            input.hands = try await store.experimentHands(scope).compactMap { hand in
                keys[hand.game].map { Self.hand(hand, key: $0, spec: spec) }
            }
            input.verdicts = try await store.experimentAnalyses(scope).compactMap { row in
                keys[row.game].map { key in
                    Verdict(key: key, entrant: spec.entrant(atSeat: row.seat, tournament: key.tournament), verdict: row.verdict,
                            evLostBB: row.evLostBB)
                }
            }
            input.captures = try await store.experimentCaptures(scope).compactMap { row in
                guard let key = keys[row.game], let seat = row.seat else { return nil }
                return Capture(key: key, entrant: spec.entrant(atSeat: seat, tournament: key.tournament),
                               correctionChainJSON: row.correctionChainJSON, parsedActionJSON: row.parsedActionJSON,
                               latencyMs: row.latencyMs)
            }
            input.calls = try await store.experimentUsage(scope).compactMap { row in
                guard let key = keys[row.game] else { return nil }
                return Call(key: key, entrant: row.seat.map { spec.entrant(atSeat: $0, tournament: key.tournament) }, ok: row.ok,
                            latencyMs: row.latencyMs, tokens: row.inputTokens + row.outputTokens, costUSD: row.costUSD ?? 0)
            }
            return input
        } catch let error as ExperimentError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .damagedConfig(experiment: id.rawValue, reason: "\(error)")
        }
    }

    /// Net chips by entrant of one stored hand.
    static func hand(_ hand: ExperimentHandRecord, key: TournamentKey, spec: ExperimentSpec) -> Hand {
        ExperimentHandRecordValues(number: hand.number, bigBlind: hand.bigBlind, seats: hand.seats, starting: hand.startingStacks,
                                   finishing: hand.finishingStacks).hand(key: key, spec: spec)
    }
}
