import Foundation

/// The store as the ledger of LLM calls: usage rows, prices and the usage report.
public protocol UsageLedger: Sendable {
    /// Usage rows of a game (every game when nil).
    func usage(game: GameID?) async throws(StoreError) -> [UsageRow]
    /// Totals grouped as the query asks.
    func usageReport(_ query: UsageQuery) async throws(StoreError) -> UsageReport
    /// Every price on record.
    func pricing() async throws(StoreError) -> [PricingRow]
    /// The price of a model at a date.
    func price(provider: String, model: String, at date: Date) async throws(StoreError) -> PricingRow?
}

extension GameStore: UsageLedger {}
