/// Every probability of offline table talk, in one place. `c` is the speaker's current
/// (effective) chattiness. All probabilities are clamped to 0…``maximum``.
///
/// **After an action**: `p = speakBase + speakPerChattiness·c` (a character who never speaks:
/// `gestureOnlyBase`), plus the drama bonus, times ``justSpokeFactor`` if they spoke on their
/// previous action (``recentlySpokeFactor`` one action earlier), plus a silence bonus after
/// ``silenceStart`` silent actions of their own and after ``tableSilenceStart`` silent actions at
/// the table, times ``quietModeFactor`` in a quiet game mode.
public enum TalkRates {
    public static let speakBase = 0.05
    public static let speakPerChattiness = 0.35
    /// A mime still gestures now and then.
    public static let gestureOnlyBase = 0.15
    /// Added per drama level: routine, notable, high stakes, climactic.
    public static let dramaBonus = [0.0, 0.08, 0.20, 0.40]
    public static let justSpokeFactor = 0.4
    public static let recentlySpokeFactor = 0.7
    public static let silenceStart = 6
    public static let silenceBonusPerAction = 0.03
    public static let silenceBonusMaximum = 0.15
    public static let tableSilenceStart = 8
    public static let tableSilenceBonusPerAction = 0.04
    public static let tableSilenceBonusMaximum = 0.3
    public static let quietModeFactor = 0.5
    public static let maximum = 0.95
    /// Share of a speaker's remarks that are gestures: `gestureBase + gesturePerReticence·(1 − c)`.
    public static let gestureBase = 0.15
    public static let gesturePerReticence = 0.5
    /// Chance a remark comes from the situation's canned lines rather than the verbal tics.
    public static let situationLineShare = 0.7
    /// Chance of a gesture before the words at high stakes and above.
    public static let bigMomentExtraGesture = 0.4

    // After the hand (commentary).
    /// Winner: `winBase + winPerChattiness·c` + drama bonus; halved for a small uncontested pot.
    public static let winBase = 0.15
    public static let winPerChattiness = 0.45
    /// Share of gloats after busting somebody that needle rather than celebrate.
    public static let gloatNeedleShare = 0.5
    /// Share of big-pot wins celebrated with a `big_pot` line rather than a `win` line.
    public static let bigPotLineShare = 0.5
    /// Share of heckles from the rail taken from `needle` rather than `bust` lines.
    public static let heckleNeedleShare = 0.5
    /// A pot under this many big blinds won without a showdown is small.
    public static let smallPotBigBlinds = 10.0
    public static let smallPotFactor = 0.5
    /// Loser at showdown: `loseBase + losePerChattiness·c` + drama bonus.
    public static let loseBase = 0.10
    public static let losePerChattiness = 0.40
    /// Bluff called: `bluffCaughtBase + bluffCaughtPerChattiness·c`.
    public static let bluffCaughtBase = 0.5
    public static let bluffCaughtPerChattiness = 0.4
    /// Bad beat: `badBeatBase + badBeatPerChattiness·c`.
    public static let badBeatBase = 0.6
    public static let badBeatPerChattiness = 0.3
    /// Everyone else in the hand (folded, broke even).
    public static let bystanderBase = 0.02
    public static let bystanderPerChattiness = 0.05
    /// Busted players heckling a later hand: `heckleBase + hecklePerChattiness·c` + half the drama bonus.
    public static let heckleBase = 0.04
    public static let hecklePerChattiness = 0.10

    // Sitting down.
    /// Greeting: `greetingBase + greetingPerChattiness·c`.
    public static let greetingBase = 0.3
    public static let greetingPerChattiness = 0.6

    // Replies to the human.
    /// Addressed by name: almost always answers.
    public static let addressedReply = 0.85
    /// Provoked without being named: `provokedBase + provokedPerChattiness·c + provokedPerTilt·tilt`.
    public static let provokedBase = 0.15
    public static let provokedPerChattiness = 0.35
    public static let provokedPerTilt = 0.3
    /// Other chat: `idlePerChattiness·c`.
    public static let idlePerChattiness = 0.05
}
