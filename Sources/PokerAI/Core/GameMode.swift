/// How much analysis an AI seat is given and how much it talks (per table or per seat).
public enum GameMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Personality first: no equity hints in the prompt.
    case casual
    /// Equity against random hands and ranges shown.
    case standard
    /// Equity plus a verdict; little talk.
    case pro
    /// Equity plus a verdict; talk kept.
    case competitive

    /// Equity figures reach the prompt.
    public var showsEquity: Bool { self != .casual }
    /// The analyser's verdict (call/fold/raise by the numbers) reaches the prompt.
    public var showsVerdict: Bool { self == .pro || self == .competitive }
    /// Talk is kept to a minimum.
    public var quiet: Bool { self == .pro }
}
