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
    /// Words that cancel praise when they come just before it ("not bad" is kept neutral-to-praise).
    static let negations: Set<String> = ["not", "no", "never", "hardly"]

    /// Needle when needling words outnumber praising ones, praise for the reverse, neutral otherwise.
    public static func tone(of text: String) -> ChatTone {
        let words = self.words(text)
        let joined = " " + words.joined(separator: " ") + " "
        var score = 0
        for (index, word) in words.enumerated() {
            let negated = index > 0 && negations.contains(words[index - 1])
            if needleWords.contains(word) { score += negated ? 0 : 1 }
            if praiseWords.contains(word) { score -= negated ? 0 : 1 }
        }
        score += needlePhrases.filter { joined.contains(" \($0) ") }.count
        score -= praisePhrases.filter { joined.contains(" \($0) ") }.count
        return score > 0 ? .needle : score < 0 ? .praise : .neutral
    }

    /// Whether `text` names the character: its full name, nickname, or a distinctive word of the
    /// name (four letters or more, not "the"/"of"), matched as whole words, any case.
    public static func addresses(_ text: String, personality: Personality) -> Bool {
        let joined = " " + words(text).joined(separator: " ") + " "
        return callNames(of: personality).contains { joined.contains(" \($0) ") }
    }

    /// The lower-case names the character answers to.
    public static func callNames(of personality: Personality) -> [String] {
        let stop: Set<String> = ["the", "of", "and", "from", "von", "van", "der", "mrs", "miss", "lady", "lord", "king",
                                 "queen", "captain", "doctor"]
        var names = [words(personality.name).joined(separator: " "), words(personality.nickname).joined(separator: " ")]
        names += words(personality.name).filter { $0.count >= 4 && !stop.contains($0) }
        return names.filter { !$0.isEmpty }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Lower-case words (letters, digits and apostrophes) of `text`.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }
}
