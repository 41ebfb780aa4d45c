import Foundation
@testable import PokerAI

/// The repository's real `personalities/` folder, found from this file's path.
let bundledPersonalitiesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("personalities", isDirectory: true)

/// A fresh empty directory under the system temporary directory, removed by `cleanUp()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pokerface-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A subdirectory, created.
    func directory(_ name: String) throws -> URL {
        let sub = url.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        return sub
    }

    @discardableResult
    func write(_ text: String, to name: String, in directory: URL? = nil) throws -> URL {
        let file = (directory ?? url).appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

extension PersonalityJSON {
    /// A copy with the value at `path` replaced (or added), or removed when `value` is nil.
    /// Path components are object keys, or decimal indexes into lists.
    func setting(_ path: [String], to value: PersonalityJSON?) -> PersonalityJSON {
        guard let head = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var members):
            if let index = members.firstIndex(where: { $0.key == head }) {
                if rest.isEmpty, value == nil {
                    members.remove(at: index)
                } else {
                    members[index].value = members[index].value.setting(rest, to: value)
                }
            } else if let value {
                members.append((head, PersonalityJSON.object([]).setting(rest, to: value)))
            }
            return .object(members)
        case .array(var items):
            guard let index = Int(head), items.indices.contains(index) else { return self }
            if rest.isEmpty, value == nil { items.remove(at: index) } else { items[index] = items[index].setting(rest, to: value) }
            return .array(items)
        default:
            return self
        }
    }

    func setting(_ dottedPath: String, to value: PersonalityJSON?) -> PersonalityJSON {
        setting(dottedPath.split(separator: ".").map(String.init), to: value)
    }
}

/// A valid character to start from when making bad ones.
let sampleCharacter = PersonalityGenerator.example
