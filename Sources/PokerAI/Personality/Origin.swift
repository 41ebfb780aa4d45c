/// Where a character comes from. Bundled characters are historical (long dead), literary,
/// mythological or archetypal; never real living private persons. Files users write or generate
/// are `original` unless they say otherwise.
public enum Origin: String, CaseIterable, Sendable, Hashable, Codable {
    /// A real person who died long ago (Cato the Elder, Doc Holliday).
    case historical
    /// A character from a book or play (Ebenezer Scrooge, Don Quixote).
    case literary
    /// A figure of myth, legend or folklore (Zeus, Loki, Merlin).
    case mythological
    /// A type rather than a person (the librarian, the surfer, the mime).
    case archetype
    /// Made up by a player or generated from a description.
    case original
}
