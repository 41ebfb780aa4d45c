/// The kind of player an opponent's numbers describe (rules in ``ReadThresholds``, checked in order).
public enum OpponentStyle: String, Codable, Sendable, Hashable, CaseIterable {
    /// VPIP ≥ 0.5 and PFR ≥ 0.30 or AF ≥ 3.
    case maniac
    /// VPIP < 0.12.
    case rock
    /// VPIP ≥ 0.40 and AF < 0.8.
    case callingStation = "calling station"
    /// VPIP ≥ 0.40, aggressive (AF ≥ 1.5, or PFR at least 60% of VPIP).
    case looseAggressive = "loose-aggressive"
    /// VPIP ≥ 0.40, not aggressive.
    case loosePassive = "loose-passive"
    /// VPIP < 0.22, aggressive.
    case tightAggressive = "tight-aggressive"
    /// VPIP < 0.22, not aggressive.
    case tightPassive = "tight-passive"
    /// In between.
    case regular

    /// "a maniac", "a tight-aggressive player".
    public var phrase: String {
        switch self {
        case .maniac: "a maniac"
        case .rock: "a rock"
        case .callingStation: "a calling station"
        case .regular: "a solid regular"
        default: "a \(rawValue) player"
        }
    }

    /// The style for these rates; `af` may be nil when there was no postflop action.
    public init(vpip: Double, pfr: Double, af: Double?) {
        typealias R = ReadThresholds
        let aggressive = (af ?? 0) >= R.aggressiveAF || (vpip > 0 && pfr >= R.raiserShare * vpip)
        if vpip >= R.maniacVPIP && (pfr >= R.maniacPFR || (af ?? 0) >= R.maniacAF) {
            self = .maniac
        } else if vpip < R.rockVPIP {
            self = .rock
        } else if vpip >= R.looseVPIP {
            if let af, af < R.passiveAF { self = .callingStation }
            else { self = aggressive ? .looseAggressive : .loosePassive }
        } else if vpip < R.tightVPIP {
            self = aggressive ? .tightAggressive : .tightPassive
        } else {
            self = .regular
        }
    }
}
