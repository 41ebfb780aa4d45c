/// Thresholds that turn an opponent's statistics into a style and short notes.
public enum ReadThresholds {
    /// Hands needed before naming a style.
    public static let minimumHandsForStyle = 8
    /// Chances needed before a rate (3-bet, c-bet, fold to c-bet, showdown) earns a note.
    public static let minimumChancesForNote = 4
    /// VPIP at or above this is loose; below ``tightVPIP`` is tight.
    public static let looseVPIP = 0.40
    public static let tightVPIP = 0.22
    /// VPIP below this is a rock.
    public static let rockVPIP = 0.12
    /// A maniac: VPIP at or above this…
    public static let maniacVPIP = 0.50
    /// …and PFR at or above this share of the hands…
    public static let maniacPFR = 0.30
    /// …or aggression factor at or above this.
    public static let maniacAF = 3.0
    /// Aggression factor at or above this is aggressive; below ``passiveAF`` passive.
    public static let aggressiveAF = 1.5
    public static let passiveAF = 0.8
    /// PFR at least this share of VPIP: raises rather than calls before the flop.
    public static let raiserShare = 0.6
    /// PFR ≥ this reads "raises a lot".
    public static let raisesALotPFR = 0.25
    /// 3-bet rate at or above this reads "3-bets light".
    public static let lightThreeBet = 0.12
    /// Fold to c-bet at or above this "gives up to c-bets"; at or below ``stickyFoldToCbet`` "rarely folds to c-bets".
    public static let foldsToCbet = 0.65
    public static let stickyFoldToCbet = 0.30
    /// WTSD at or above this "goes to showdown a lot".
    public static let showdownHeavyWTSD = 0.40
    /// W$SD at or above this "shows up with the goods"; at or below ``weakWSD`` "loses at showdown".
    public static let strongWSD = 0.60
    public static let weakWSD = 0.35
}
