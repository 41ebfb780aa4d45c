import Foundation
import PokerAI
import PokerLab

/// Opens a prompt in the user's editor (`$VISUAL`, `$EDITOR`, else `vi`) and reads it back.
enum PromptEditor {
    static func edit(_ prompt: DecisionPrompt) throws -> DecisionPrompt {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pokerface-prompt-\(UUID().uuidString).txt")
        let original = PromptEditText.render(prompt)
        do {
            try Data(original.utf8).write(to: file, options: .atomic)
        } catch {
            throw CLIError("cannot write the prompt to \(file.path) for editing: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "editor", file.path]
        process.standardInput = FileHandle.standardInput
        process.standardOutput = FileHandle.standardOutput
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw CLIError("cannot start the editor '\(editor)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError("the editor '\(editor)' exited with status \(process.terminationStatus); nothing was sent")
        }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw CLIError("cannot read the edited prompt back: \(error.localizedDescription)")
        }
        do {
            return try PromptEditText.parse(text)
        } catch {
            throw CLIError(error.description + "; nothing was sent")
        }
    }
}
