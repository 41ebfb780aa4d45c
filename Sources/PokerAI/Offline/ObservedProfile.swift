import PokerStrategy

/// Turns what a seat has seen of an opponent into a `PlayerProfile` for the range model. A sound
/// player puts money in about a quarter of hands and raises most of those; a seat that plays or
/// raises far more is looser and its actions say less about its cards. Reads are blended in as
/// hands accumulate (fully trusted after `trustedHands`).
public enum ObservedProfile {
    /// Hands after which the observed rates are fully trusted.
    public static let trustedHands = 15
    static let coreVPIP = 0.25
    static let corePFR = 0.19

    public static func profile(_ model: OpponentModel) -> PlayerProfile {
        let trust = min(1, Double(model.handsObserved) / Double(trustedHands))
        guard trust > 0 else { return .core }
        let vpip = model.vpip.rate ?? coreVPIP
        let pfr = model.pfr.rate ?? corePFR
        let loose = max(0, vpip - coreVPIP) / (1 - coreVPIP)
        let wild = max(0, pfr - 0.3) / 0.7
        let aggressionFactor = Double(model.postflopBetsRaises) / Double(max(1, model.postflopCalls))
        let postflopWild = min(1, max(0, aggressionFactor - 3) / 6)
        let surprise = PostflopActionModel.surprise + trust * (0.85 * wild + 0.3 * loose + 0.25 * postflopWild)
        return PlayerProfile(surprise: surprise, looseness: trust * loose)
    }
}
