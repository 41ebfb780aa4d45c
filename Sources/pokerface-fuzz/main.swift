import Foundation
import PokerFuzz
#if canImport(Glibc)
import Glibc
#endif

// pokerface-fuzz — runs the mutation fuzzer on one harness (or lists them). `make fuzz` runs
// every harness through scripts/fuzz.sh. A crash leaves the input in
// Fuzz/findings/<harness>-crash, a hang (an input over --timeout seconds) in …-hang.
//   pokerface-fuzz --list
//   pokerface-fuzz HARNESS [--runs N] [--seed S] [--timeout SECONDS] [--corpus DIR] [--findings DIR]

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

if arguments.first == "--list" {
    for harness in FuzzHarness.all { print("\(harness.name)\t\(harness.summary)") }
    exit(0)
}
let runs = option("--runs").flatMap { Int($0) } ?? 1_000_000
let seed = option("--seed").flatMap { UInt64($0) } ?? 1
let timeout = option("--timeout").flatMap { Double($0) } ?? 5
let corpusRoot = option("--corpus") ?? "Fuzz/corpus"
let findings = option("--findings") ?? "Fuzz/findings"
guard let name = arguments.first, let harness = FuzzHarness.named(name), runs > 0, timeout > 0 else {
    FileHandle.standardError.write(Data("usage: pokerface-fuzz --list | HARNESS [--runs N] [--seed S] [--timeout S] [--corpus DIR]\n".utf8))
    exit(2)
}

try? FileManager.default.createDirectory(atPath: findings, withIntermediateDirectories: true)
FuzzWatch.prepare(crashFile: "\(findings)/\(name)-crash", hangFile: "\(findings)/\(name)-hang", timeout: timeout)

let seeds = FuzzRun.seeds(in: URL(fileURLWithPath: corpusRoot).appendingPathComponent(name))
var fuzz = FuzzRun(harness: harness, seeds: seeds, seed: seed)
let started = Date()
let summary = fuzz.run(runs) { FuzzWatch.begin($0) }
FuzzWatch.end()
let seconds = Date().timeIntervalSince(started)
print("\(summary.harness): \(summary.inputs) inputs, 0 crashes, 0 hangs, corpus \(summary.seedCorpus) seeds -> \(summary.corpus), "
    + "\(summary.signatures) outcomes, slowest input \(String(format: "%.3f", summary.slowestSeconds)) s, "
    + "\(String(format: "%.1f", seconds)) s")
