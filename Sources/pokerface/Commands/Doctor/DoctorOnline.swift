import Foundation
import LLMClient

/// `pokerface doctor --online`: one tiny call to each provider that has a key, and to the local
/// model, all at once; each answer or failure lands in the report.
enum DoctorOnline {
    static func check(_ report: inout DoctorReport, environment: [String: String], timeout: Duration) async {
        let client = LLMClient(usageSink: DiscardingUsageSink(), retryPolicy: .none)
        let request = ChatRequest(messages: [.system("You are a health check. Reply with the single word OK."), .user("Are you there?")],
                                  callType: .check, maxTokens: 16, timeout: timeout)
        let targets = report.providers.filter { $0.key != nil }.map(\.provider) + [ProviderID.local.rawValue]
        let results = await withTaskGroup(of: (String, DoctorReport.OnlineCheck).self) { group in
            for name in targets {
                group.addTask {
                    guard let id = ProviderID(rawValue: name),
                          let config = try? LLMConfig.resolve(LLMOverrides(provider: id), environment: environment) else {
                        return (name, DoctorReport.OnlineCheck(ok: false, error: "the configuration could not be read"))
                    }
                    do {
                        let response = try await client.complete(request, config: config)
                        let ms = Int(response.latency.components.seconds) * 1000
                            + Int(response.latency.components.attoseconds / 1_000_000_000_000_000)
                        return (name, DoctorReport.OnlineCheck(ok: true, model: response.model, latencyMs: ms))
                    } catch let error as LLMError {
                        return (name, DoctorReport.OnlineCheck(ok: false, error: error.userMessage))
                    } catch {
                        return (name, DoctorReport.OnlineCheck(ok: false, error: String(describing: error)))
                    }
                }
            }
            return await group.reduce(into: [String: DoctorReport.OnlineCheck]()) { $0[$1.0] = $1.1 }
        }
        report.online = true
        for index in report.providers.indices {
            guard let result = results[report.providers[index].provider] else { continue }
            report.providers[index].online = result
            if !result.ok {
                let provider = report.providers[index]
                report.problems.append(DoctorReport.Problem(
                    area: "llm", problem: "\(provider.name): \(result.error ?? "no answer")",
                    fix: "check \(provider.keySource ?? "the key"), then `pokerface llm check --provider \(provider.provider)`"))
            }
        }
        report.localModel.online = results[ProviderID.local.rawValue]
        let wanted = !(environment["POKERFACE_LOCAL_LLM_URL"] ?? "").isEmpty
            || (try? LLMConfig.resolve(environment: environment))?.provider == .local
        if wanted, report.localModel.online?.ok != true {
            report.problems.append(DoctorReport.Problem(
                area: "llm", problem: "the local model at \(report.localModel.baseURL) does not answer (\(report.localModel.online?.error ?? "no answer"))",
                fix: "make local-llm  (starts it on 127.0.0.1:18083)"))
        }
    }
}
