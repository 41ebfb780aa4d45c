/// Words for each of the four numbers, for prompts and tooltips.
public enum EmotionDescriptors {
    /// >0.5 positive, >0.2 slightly positive, >−0.2 neutral, >−0.5 slightly negative, else negative.
    public static func valence(_ v: Double) -> String {
        v > 0.5 ? "positive" : v > 0.2 ? "slightly positive" : v > -0.2 ? "neutral"
            : v > -0.5 ? "slightly negative" : "negative"
    }

    /// >0.7 highly agitated, >0.5 restless, >0.3 alert, else calm.
    public static func arousal(_ a: Double) -> String {
        a > 0.7 ? "highly agitated" : a > 0.5 ? "restless" : a > 0.3 ? "alert" : "calm"
    }

    /// >0.7 in command, >0.5 steady, >0.3 wavering, else slipping.
    public static func control(_ c: Double) -> String {
        c > 0.7 ? "in command" : c > 0.5 ? "steady" : c > 0.3 ? "wavering" : "slipping"
    }

    /// >0.7 clear-headed, >0.5 focused, >0.3 distracted, else tunnel vision.
    public static func focus(_ f: Double) -> String {
        f > 0.7 ? "clear-headed" : f > 0.5 ? "focused" : f > 0.3 ? "distracted" : "tunnel vision"
    }
}
