import Testing

/// The suites that run whole experiments (CPU-heavy, several processes, timing-sensitive): nested
/// here so they run one at a time, never competing with each other for the two cores.
@Suite(.serialized) enum EndToEnd {}
