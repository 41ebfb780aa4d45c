import ArgumentParser
import Foundation
import LLMClient

/// `pokerface doctor`: one screen telling what works — terminal, data folder, characters,
/// database, LLM keys (masked) — and, with `--online`, one tiny call per provider that has a key
/// and to the local model. Every problem comes with the one line that fixes it. Reads only: the
/// database is inspected without being created, migrated or locked. Exits 1 when there is a problem.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check what works: terminal, data, characters, database, LLM keys (and, with --online, each provider).")

    @Flag(help: "Also make one tiny call to each provider that has a key, and to the local model.")
    var online = false

    @Option(help: "Seconds each --online call may take.")
    var timeout: Double = 20

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var report = DoctorReport.gather(environment: environment, databasePath: store.resolvedPath)
        if online {
            await DoctorOnline.check(&report, environment: environment, timeout: .milliseconds(Int(max(1, timeout) * 1000)))
        }
        if json {
            print(try JSONOutput.encode(JSONReport(report), pretty: true))
        } else {
            print(report.text)
        }
        if !report.ok { throw ExitCode(1) }
    }
}

/// The report with its verdict, for `--json`.
struct JSONReport: Encodable {
    let report: DoctorReport
    init(_ report: DoctorReport) { self.report = report }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(report.ok, forKey: .ok)
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let ok = Key(stringValue: "ok")
    }
}
