import ArgumentParser
import Foundation
import LLMClient
import PokerAI

extension PersonalitiesCommand {
    /// `pokerface personalities new NAME --description TEXT` — an LLM writes a new character.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Ask an LLM to write a new character from a name and a one-line description.",
            discussion: "The answer is validated like any personality file (one correction turn if needed) and saved in your personalities folder."
        )

        @Argument(help: "The character's name.") var name: String
        @Option(help: "One line describing the character.") var description: String
        @Option(name: .shortAndLong, help: "Write here instead of the user personalities folder.") var output: String?
        @Flag(help: "Replace an existing file.") var force = false
        @OptionGroup var llm: LLMSeatOptions

        func run() async throws {
            guard let config = try llm.resolvedConfig() else {
                throw CLIError("writing a character needs an LLM: pass --provider (e.g. --provider local after `make local-llm`)")
            }
            let client = LLMClient(usageSink: InMemoryUsageSink())
            let prompt = PersonalityGenerator.prompt(name: name, description: description)
            var messages: [ChatMessage] = [.system(prompt.system), .user(prompt.user)]
            var personality: Personality?
            var lastError = ""
            for turn in 0..<2 {
                let request = ChatRequest(messages: messages, callType: .generation, maxTokens: 2_000, temperature: 0.9,
                                          timeout: .seconds(Int64(max(30, llm.decisionTimeout * 3))))
                let response: ChatResponse
                do { response = try await client.complete(request, config: config) } catch {
                    throw CLIError(error.userMessage)
                }
                do {
                    personality = try PersonalityGenerator.parse(response.text, name: name)
                    break
                } catch {
                    lastError = error.description
                    if turn == 0 {
                        messages += [.assistant(response.text), .user(PersonalityGenerator.correction(for: error))]
                    }
                }
            }
            guard let personality else { throw CLIError("the model's character was not usable: \(lastError)") }
            let slug = PersonalitySchema.slug(for: personality.name)
            let path = output ?? PersonalityDirectories.user().appendingPathComponent("\(slug).json").path
            if FileManager.default.fileExists(atPath: path) && !force {
                throw CLIError("\(path) exists; use --force to replace it")
            }
            do {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try personality.fileText.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError("cannot write \(path): \(error.localizedDescription)")
            }
            print("\(personality.name) (\(personality.nickname)) — \(personality.playStyle)")
            print("Saved to \(path). Check it with `pokerface personalities check`.")
        }
    }
}
