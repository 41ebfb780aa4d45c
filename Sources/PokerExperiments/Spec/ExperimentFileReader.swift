import Foundation
import LLMClient
import HandHistory

/// Reads an experiment file (TOML, or JSON when the name ends in `.json`) into a JSON value tree,
/// which `ExperimentSpec.parse` validates. TOML goes through HandHistory's strict `TOMLReader`.
public enum ExperimentFileReader {
    /// Reads and parses `path`; syntax errors name the file and the line.
    public static func read(path: String) throws(ExperimentFileError) -> JSONValue {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: FileManager.default.fileExists(atPath: path)
                              ? "it is not readable UTF-8 text" : "no such file")
        }
        return try parse(text, file: path, json: path.lowercased().hasSuffix(".json"))
    }

    /// Parses file text (`file` names it in errors).
    public static func parse(_ text: String, file: String, json: Bool = false) throws(ExperimentFileError) -> JSONValue {
        if json {
            do { return try JSONValue.parse(Data(text.utf8)) } catch {
                throw .syntax(file: file, detail: "it is not valid JSON")
            }
        }
        do {
            return value(.table(try TOMLReader.parse(text)))
        } catch {
            throw .syntax(file: file, detail: error.description)
        }
    }

    static func value(_ item: TOMLValue) -> JSONValue {
        switch item {
        case .table(let members): .object(members.mapValues { value($0) })
        case .array(let items): .array(items.map { value($0) })
        case .bool(let flag): .bool(flag)
        case .integer(let number): .int(number)
        case .float(let number): .double(number)
        case .string(let text): .string(text)
        case .dateTime(let text): .string(text)   // dates and times: kept as text (no field takes one)
        }
    }
}
