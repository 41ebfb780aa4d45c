import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HandHistory
import LLMClient
import PokerAI
import PokerExperiments

extension FuzzHarness {
    /// PHH (`.phh` and `.phhs`): the TOML reader, the amounts' scaling and the replay through the engine.
    static let phh = FuzzHarness(name: "phh", summary: "PHH/PHHS hand histories (TOML reader, scaling, replay)") { data in
        let text = String(decoding: data, as: UTF8.self)
        var signature = ""
        for many in [false, true] {
            do {
                let entries = try PHHReader.parse(text, source: "fuzz", many: many)
                let outcomes = PHHReplayer.replay(entries)
                signature += "ok\(outcomes.count > 0 ? "+" : "0")"
            } catch {
                signature += FuzzHarness.outcome(error)
            }
        }
        return signature
    }

    /// Experiment files in TOML and JSON, validated into a spec and its blind schedule.
    static let experiment = FuzzHarness(name: "experiment", summary: "experiment files (TOML and JSON), spec validation") { data in
        let text = String(decoding: data, as: UTF8.self)
        var signature = ""
        for json in [false, true] {
            do {
                let spec = try ExperimentSpec.parse(ExperimentFileReader.parse(text, file: "fuzz", json: json), file: "fuzz")
                _ = spec.table.schedule
                for index in spec.allVariants.indices { _ = spec.settings(forVariant: index) }
                _ = spec.subjectEntrants
                signature += "ok"
            } catch {
                signature += FuzzHarness.outcome(error)
            }
        }
        return signature
    }

    /// A personality file, strict and as the generator's lenient reading of an LLM's answer.
    static let personality = FuzzHarness(name: "personality", summary: "personality JSON (file validation, generator's lenient parse)") { data in
        var signature = ""
        do { _ = try PersonalityValidator.validate(data, file: "fuzz.json"); signature = "ok" } catch { signature = FuzzHarness.outcome(error) }
        do { _ = try PersonalityGenerator.parse(String(decoding: data, as: UTF8.self), name: "Fuzz") } catch {
            signature += "|" + FuzzHarness.outcome(error)
        }
        return signature
    }

    /// The config file, loaded from disk as `pokerface` loads it (a private temporary file).
    static let config = FuzzHarness(name: "config", summary: "config.json (LLM settings)") { data in
        let path = FuzzHarness.configPath
        // A plain rewrite of one private file (0600, as a config with keys must be), not an atomic
        // replace: the harness runs a million times.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return "unwritable" }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == data.count else { return "unwritable" }
        do { return try ConfigFile.load(path: path) == nil ? "none" : "ok" } catch { return FuzzHarness.outcome(error) }
    }

    static let configPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("pokerface-fuzz-config-\(ProcessInfo.processInfo.processIdentifier).json").path
}
