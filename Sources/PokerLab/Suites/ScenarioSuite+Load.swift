import Foundation
import PokerAI

extension ScenarioSuite {
    /// Reads and checks a suite file: valid JSON, unique spot ids, and every spot buildable.
    public static func load(path: String) throws(ScenarioError) -> ScenarioSuite {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
        let suite: ScenarioSuite
        do {
            suite = try JSONDecoder().decode(ScenarioSuite.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalidJSON(path: path, reason: "missing \"\(key.stringValue)\" at \(Self.where(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalidJSON(path: path, reason: "wrong type at \(Self.where(context))")
        } catch {
            throw .invalidJSON(path: path, reason: String(describing: error))
        }
        var seen: Set<String> = []
        for spot in suite.spots {
            guard seen.insert(spot.id).inserted else { throw .duplicateID(spot.id) }
        }
        return suite
    }

    static func `where`(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }
}
