import Foundation
import HandHistory
import LLMClient
import PokerAI
import PokerEngine

extension FuzzHarness {
    static let openAI = FuzzHarness(name: "openai", summary: "OpenAI-dialect replies (JSON and SSE stream)") { data in
        ResponseDecodingProbe.decode(data, provider: .openai)
    }

    static let anthropic = FuzzHarness(name: "anthropic", summary: "Anthropic replies (JSON and SSE stream)") { data in
        ResponseDecodingProbe.decode(data, provider: .anthropic)
    }

    static let gemini = FuzzHarness(name: "gemini", summary: "Gemini replies (JSON and SSE stream)") { data in
        ResponseDecodingProbe.decode(data, provider: .gemini)
    }

    /// The action answer of an LLM seat: the lenient parse, then its reading against the legal
    /// actions of a real spot (facing a bet, and first to act).
    static let decisionReply = FuzzHarness(name: "decision", summary: "LLM action answers (parse and interpretation)") { data in
        let reply: DecisionReply
        do { reply = try DecisionReply.parse(String(decoding: data, as: UTF8.self)) } catch { return FuzzHarness.outcome(error) }
        var signature = "parsed"
        for legal in FuzzHarness.spots {
            do { _ = try ReplyInterpreter.interpret(reply, legal: legal, bigBlind: 20) } catch { signature += "|" + FuzzHarness.outcome(error) }
        }
        return signature
    }

    /// Legal actions of two spots: preflop facing the big blind, and after a call (checked to).
    static let spots: [LegalActions] = {
        let config = HandConfig.standard(stacks: [1500, 1500, 1500], smallBlind: 10, bigBlind: 20)
        guard var hand = try? Hand.start(config, deck: Deck.shuffled(seed: 7)), let first = hand.legalActions else { return [] }
        var spots = [first]
        for _ in 0..<2 {
            guard let actor = hand.actor else { break }
            _ = try? hand.apply(.checkOrCall, by: actor)
        }
        if let later = hand.legalActions { spots.append(later) }
        return spots
    }()

    /// PokerStars hand histories: the parser, the engine check and the PHH conversion.
    static let pokerStars = FuzzHarness(name: "pokerstars", summary: "PokerStars hand-history text (import)") { data in
        let results = PokerStarsImporter.read(String(decoding: data, as: UTF8.self), source: "fuzz")
        let outcomes = Set(results.map { (result: Result<ImportedHand, HandImportError>) -> String in
            switch result {
            case .success: "ok"
            case .failure(let error): FuzzHarness.outcome(error.reason)
            }
        })
        return outcomes.sorted().joined(separator: ",")
    }
}
