import Foundation

/// JSON for what experiments store: the validated file (canonical: sorted keys) and run summaries.
enum SpecCoding {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func spec(_ json: String, experiment: Int64) throws(ExperimentError) -> ExperimentSpec {
        do {
            return try JSONDecoder().decode(ExperimentSpec.self, from: Data(json.utf8))
        } catch {
            throw .damagedConfig(experiment: experiment, reason: "\(error)")
        }
    }
}
