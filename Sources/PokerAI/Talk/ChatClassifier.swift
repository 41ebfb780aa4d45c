/// A simple English keyword classifier for the human's chat. The psychology and talk APIs take a
/// ``ChatTone`` and an "addressed" flag, so a smarter classifier (or an LLM) can replace this.
public enum ChatClassifier {
    /// Words and phrases that needle.
    public static let needleWords: Set<String> = [
        "scared", "weak", "fish", "donkey", "donk", "fool", "foolish", "terrible", "stupid", "idiot", "chicken",
        "coward", "cowardly", "lucky", "loser", "clown", "joke", "noob", "newbie", "sucker", "pathetic", "awful",
        "bluffing", "bluffer", "amateur", "trash", "garbage", "useless", "slow", "boring", "nit", "crybaby",
    ]
    public static let needlePhrases = ["you suck", "can't play", "cant play", "no idea", "go home", "nice try",
                                       "scared money", "afraid of", "who taught you"]
    /// Words and phrases that praise.
    public static let praiseWords: Set<String> = [
        "nice", "good", "great", "gg", "wp", "nh", "love", "thanks", "thank", "appreciate", "respect", "impressive",
        "brilliant", "bravo", "genius", "congrats", "congratulations", "beautiful", "amazing", "classy",
    ]
    public static let praisePhrases = ["well played", "nice hand", "good game", "good call", "nice call", "hats off"]
    /// Words that cancel the word right after them.
    static let negations: Set<String> = ["not", "no", "never", "hardly"]

    /// Needle when needling outweighs praising, praise for the reverse, neutral otherwise. Each
    /// side counts the larger of its word hits and its phrase hits (so "good call" is one praise);
    /// a word right after a negation ("not bad") does not count; plurals count as the word.
    public static func tone(of text: String) -> ChatTone {
        let words = self.words(text)
        let joined = " " + words.joined(separator: " ") + " "
        var needleHits = 0, praiseHits = 0
        for (index, word) in words.enumerated() {
            if index > 0, negations.contains(words[index - 1]) { continue }
            if matches(word, needleWords) { needleHits += 1 }
            if matches(word, praiseWords) { praiseHits += 1 }
        }
        let needle = max(needleHits, needlePhrases.filter { joined.contains(" \($0) ") }.count)
        let praise = max(praiseHits, praisePhrases.filter { joined.contains(" \($0) ") }.count)
        return needle > praise ? .needle : praise > needle ? .praise : .neutral
    }

    private static func matches(_ word: String, _ set: Set<String>) -> Bool {
        set.contains(word) || (word.count > 3 && word.hasSuffix("s") && set.contains(String(word.dropLast())))
    }

    /// Whether `text` names the character: its full name, nickname, or a distinctive word of the
    /// name (four letters or more, not a title or a card word such as "queen" or "hearts"),
    /// matched as whole words, any case.
    public static func addresses(_ text: String, personality: Personality) -> Bool {
        let joined = " " + words(text).joined(separator: " ") + " "
        return callNames(of: personality).contains { joined.contains(" \($0) ") }
    }

    /// The lower-case names the character answers to.
    public static func callNames(of personality: Personality) -> [String] {
        let stop: Set<String> = ["the", "of", "and", "from", "von", "van", "der", "mrs", "miss", "lady", "lord", "king",
                                 "queen", "jack", "aces", "hearts", "spades", "clubs", "diamonds", "captain", "doctor"]
        var names = [words(personality.name).joined(separator: " "), words(personality.nickname).joined(separator: " ")]
        names += words(personality.name).filter { $0.count >= 4 && !stop.contains($0) }
        return names.filter { !$0.isEmpty }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Lower-case words (letters, digits and apostrophes) of `text`.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }
}
