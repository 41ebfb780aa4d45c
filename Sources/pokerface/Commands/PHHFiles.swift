import ArgumentParser
import Foundation

/// The files `hh replay` reads: a file as given, a folder as every `.phh`/`.phhs` file in it and
/// below it (sorted), a missing path as one clear error.
enum PHHFiles {
    static func expand(_ paths: [String]) throws -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path) does not exist")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".phh") || $0.hasSuffix(".phhs") }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            guard !found.isEmpty else { throw CLIError("\(path) is a folder with no .phh or .phhs files in it") }
            files += found
        }
        return files
    }
}
