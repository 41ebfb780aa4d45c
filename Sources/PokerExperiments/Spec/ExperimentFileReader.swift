import Foundation
import LLMClient
import TOMLKit

/// Reads an experiment file (TOML, or JSON when the name ends in `.json`) into a JSON value tree,
/// which `ExperimentSpec.parse` validates. The only TOMLKit importer of this module.
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
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, detail: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw .syntax(file: file, detail: "it is not valid TOML")
        }
        return value(table)
    }

    static func value(_ table: TOMLTable) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for (key, item) in table { members[key] = value(item) }
        return .object(members)
    }

    static func value(_ item: any TOMLValueConvertible) -> JSONValue {
        if let table = item.table { return value(table) }
        if let array = item.array { return .array(array.map { value($0) }) }
        if let bool = item.bool { return .bool(bool) }
        if let int = item.int { return .int(int) }
        if let double = item.double { return .double(double) }
        if let string = item.string { return .string(string) }
        return .string(item.debugDescription)   // dates and times: kept as text (no field takes one)
    }
}
