/// The points that make drama. A moment scores one point for a pot of ``bigPotBigBlinds`` and
/// one more at ``hugePotBigBlinds``, ``allInPoints`` when someone is all in,
/// ``eliminationPoints`` when a player could be knocked out, and one on the river or at showdown.
public enum DramaRules {
    public static let bigPotBigBlinds = 20.0
    public static let hugePotBigBlinds = 50.0
    public static let allInPoints = 2
    public static let eliminationPoints = 2
    public static let lateStreetPoints = 1
}
