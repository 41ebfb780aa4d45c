import PokerEngine

extension DecisionAnalysis.Move {
    /// How `action` reads at the table given what was legal: a call or a check, a raise or an all-in.
    public init(_ action: Action, legal: LegalActions) {
        self = DecisionAnalyzer.move(action, legal: legal)
    }
}
