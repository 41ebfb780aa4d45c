extension Personality {
    /// The character as prose for a language model's system prompt: who they are, how they speak,
    /// and their traits turned into play-style and talk-style sentences. Pass `current` traits
    /// (after pressure and tilt) to describe the character as they are now; the anchors otherwise.
    public func promptDescription(current: Traits? = nil) -> String {
        let traits = current ?? self.traits
        return """
            You are \(name) ("\(nickname)"). \(playStyle)
            Your usual confidence: \(confidence). Your usual attitude: \(attitude).
            How you speak: \(voice)
            How you play: \(TraitProse.playStyle(traits))
            How you talk: \(TraitProse.talkStyle(traits, favouriteEmoji: emoji))
            Things you often say: \(verbalTics.map { "\"\($0)\"" }.joined(separator: "; ")).
            Things you often do: \(physicalTics.joined(separator: " "))
            """
    }
}
