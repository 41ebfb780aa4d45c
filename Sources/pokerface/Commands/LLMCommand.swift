import ArgumentParser
import Foundation
import LLMClient

/// `pokerface llm …`: verify and measure the configured LLM provider.
struct LLMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm",
        abstract: "Check and measure LLM providers.",
        subcommands: [Check.self, Bench.self]
    )
}

/// Provider selection flags shared by the `llm` subcommands.
struct ProviderOptions: ParsableArguments {
    @Option(help: "Provider: \(ProviderID.allCases.map(\.rawValue).joined(separator: ", ")).")
    var provider: String?

    @Option(help: "Model name (default: the provider's default model).")
    var model: String?

    @Option(name: .customLong("base-url"), help: "API base URL, e.g. http://127.0.0.1:18083/v1.")
    var baseURL: String?

    @Option(name: .customLong("config"), help: "Config file (default: $XDG_CONFIG_HOME/pokerface/config.json).")
    var configPath: String?

    /// The resolved configuration and pricing table, or a user-facing error message.
    func resolve() -> Result<(LLMConfig, PricingTable), LLMCheckFailure> {
        var overrides = LLMOverrides(model: model, baseURL: baseURL)
        if let provider {
            guard let id = ProviderID(name: provider) else {
                return .failure(LLMCheckFailure(kind: "config", message: ConfigError.unknownProvider(provider).userMessage))
            }
            overrides.provider = id
        }
        do {
            let config = try LLMConfig.resolve(overrides, configPath: configPath)
            var pricing = PricingTable.shipped
            if let file = config.pricingFile { pricing = try pricing.overridden(byFileAt: file) }
            return .success((config, pricing))
        } catch let error as ConfigError {
            return .failure(LLMCheckFailure(kind: "config", message: error.userMessage))
        } catch let error as PricingError {
            return .failure(LLMCheckFailure(kind: "config", message: error.userMessage))
        } catch {
            return .failure(LLMCheckFailure(kind: "config", message: "The configuration could not be read."))
        }
    }
}

/// A failure reported by `llm check`: a kind and one sentence.
struct LLMCheckFailure: Error {
    var kind: String
    var message: String
}

extension LLMCommand {
    /// `pokerface llm check`: one tiny call, then latency, tokens and cost — or one clear error sentence.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make one tiny call to the configured provider and report latency, tokens and cost.")

        @OptionGroup var options: ProviderOptions

        @Option(help: "Seconds to wait for the answer, retries included.")
        var timeout: Double = 30

        @Flag(help: "Print one JSON object instead of text.")
        var json = false

        func run() async throws {
            let (config, pricing): (LLMConfig, PricingTable)
            switch options.resolve() {
            case .success(let resolved): (config, pricing) = resolved
            case .failure(let failure): try fail(failure, config: nil)
            }
            if config.provider == .offline {
                try fail(LLMCheckFailure(kind: "not_configured", message:
                    "No LLM provider is configured: pass --provider (for example --provider local after `make local-llm`) "
                    + "or set POKERFACE_PROVIDER."), config: config)
            }
            let client = LLMClient(pricing: pricing, retryPolicy: RetryPolicy(maxAttempts: 2))
            let request = ChatRequest(
                messages: [.system("You are a health check. Reply with the single word OK."), .user("Are you there?")],
                callType: .check, maxTokens: 64, timeout: .milliseconds(Int(max(1, timeout) * 1000)))
            do {
                let response = try await client.complete(request, config: config)
                report(response, config: config)
            } catch {
                try fail(LLMCheckFailure(kind: error.kind.rawValue, message: error.userMessage), config: config)
            }
        }

        private func report(_ response: ChatResponse, config: LLMConfig) {
            let ms = Int((Double(response.latency.components.attoseconds) / 1e15).rounded())
                + Int(response.latency.components.seconds) * 1000
            let usage = response.usage
            if json {
                let object: JSONValue = [
                    "ok": true, "provider": .string(config.provider.rawValue), "model": .string(response.model),
                    "base_url": .string(config.baseURL), "latency_ms": .int(ms), "attempts": .int(response.attempts),
                    "tokens": ["input": .int(usage.input), "output": .int(usage.output), "cached": .int(usage.cached),
                               "reasoning": .int(usage.reasoning)],
                    "cost_usd": response.costUSD.map(JSONValue.double) ?? .null,
                    "request_id": response.requestID.map(JSONValue.string) ?? .null,
                    "finish_reason": .string(response.finishReason.name),
                    "reply": .string(String(response.text.prefix(200))),
                ]
                print(JSONOutput.escaped(object.jsonText))
                return
            }
            let cost = response.costUSD.map { String(format: "$%.6f", $0) } ?? "unknown (model not in the pricing table)"
            print("OK \(config.provider.displayName) · \(response.model) · \(config.baseURL)")
            print("  latency   \(ms) ms (\(response.attempts) attempt\(response.attempts == 1 ? "" : "s"))")
            print("  tokens    in \(usage.input) (cached \(usage.cached)) · out \(usage.output) · reasoning \(usage.reasoning)")
            print("  cost      \(cost)")
            print("  reply     \(response.text.prefix(60).replacingOccurrences(of: "\n", with: " "))")
            if let id = response.requestID { print("  request   \(id)") }
        }

        private func fail(_ failure: LLMCheckFailure, config: LLMConfig?) throws -> Never {
            if json {
                let object: JSONValue = [
                    "ok": false, "provider": config.map { .string($0.provider.rawValue) } ?? .null,
                    "error_kind": .string(failure.kind), "error": .string(failure.message),
                ]
                print(JSONOutput.escaped(object.jsonText))
            } else {
                TerminalOutput.standardError("error: " + failure.message + "\n")
            }
            throw ExitCode.failure
        }
    }

    /// `pokerface llm bench`: throughput and latency against the fake server, and the local model if given.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure requests/s and p50/p95 latency against the fake provider, and a local model if given.")

        @Option(name: .customLong("local-url"), help: "A llama.cpp server base URL (default: $POKERFACE_LOCAL_LLM_URL).")
        var localURL: String?

        @Option(name: .customLong("fake-server"), help: "Path of scripts/fake_llm_server.py.")
        var fakeServer = "scripts/fake_llm_server.py"

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func run() async throws {
            let url = localURL ?? ProcessInfo.processInfo.environment["POKERFACE_LOCAL_LLM_URL"]
            let figures = await LLMBench.run(fakeServerScript: fakeServer, localModelURL: url) { line in
                TerminalOutput.standardError(line + "\n")
            }
            if json {
                print(try JSONOutput.encode(figures, pretty: true))
            } else {
                for figure in figures {
                    let value = figure.value >= 100 ? String(format: "%.0f", figure.value) : String(format: "%.2f", figure.value)
                    let goal = figure.goal.map { "  (goal \($0))" } ?? ""
                    print("\(figure.name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(value) \(figure.unit)\(goal)")
                }
            }
        }
    }
}
