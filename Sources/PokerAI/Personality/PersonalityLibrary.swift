import Foundation

/// Every character available to the game, loaded from personality directories in order: later
/// directories add characters and override earlier ones with the same slug or name (so a user
/// file replaces a bundled character). Bad files are skipped and described in ``issues``; the rest
/// load.
public struct PersonalityLibrary: Sendable {
    /// One loaded character and where it came from.
    public struct Entry: Sendable, Hashable {
        /// The file name without `.json`, e.g. `victorian-miser`.
        public var slug: String
        /// The validated character.
        public var personality: Personality
        /// The file it was read from.
        public var file: URL
        /// Files from earlier directories that this one overrides.
        public var overrides: [URL]
    }

    /// The loaded characters, sorted by name.
    public private(set) var entries: [Entry]
    /// Every problem with every skipped file, in load order.
    public private(set) var issues: [PersonalityIssue]
    /// How many `.json` files were examined, good and bad.
    public private(set) var filesExamined: Int

    /// The loaded characters, sorted by name.
    public var personalities: [Personality] { entries.map(\.personality) }

    /// Loads every `*.json` file (hidden files skipped) from each directory in turn; a directory
    /// that does not exist is skipped silently.
    public static func load(from directories: [URL]) -> PersonalityLibrary {
        var library = PersonalityLibrary(entries: [], issues: [], filesExamined: 0)
        for directory in directories where PersonalityDirectories.isDirectory(directory) {
            library.add(directory: directory)
        }
        library.entries.sort { $0.personality.name.localizedCaseInsensitiveCompare($1.personality.name) == .orderedAscending }
        return library
    }

    /// Loads the bundled then the user directory (``PersonalityDirectories/standard(environment:)``).
    public static func loadStandard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PersonalityLibrary {
        load(from: PersonalityDirectories.standard(environment: environment))
    }

    /// The entry whose name, nickname or slug is `query`, ignoring case; names are tried first.
    public func entry(named query: String) -> Entry? {
        let key = query.trimmingCharacters(in: .whitespaces).lowercased()
        return entries.first { $0.personality.name.lowercased() == key }
            ?? entries.first { $0.slug == key }
            ?? entries.first { $0.personality.nickname.lowercased() == key }
    }

    /// The character whose name, nickname or slug is `query`, ignoring case.
    public func personality(named query: String) -> Personality? { entry(named: query)?.personality }

    /// Reads and validates one file on its own (no duplicate checks against other files).
    public static func loadFile(at url: URL) -> Result<Personality, PersonalityValidationError> {
        let file = url.path
        func failure(_ field: String, _ problem: PersonalityProblem) -> Result<Personality, PersonalityValidationError> {
            .failure(PersonalityValidationError(issues: [PersonalityIssue(file: file, field: field, problem: problem)]))
        }
        guard url.pathExtension == "json", PersonalitySchema.isSlug(url.deletingPathExtension().lastPathComponent) else {
            return failure("", .fileNameNotSlug)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return failure("", .unreadable(reason: (error as NSError).localizedDescription))
        }
        guard data.count <= PersonalitySchema.maxFileBytes else {
            return failure("", .tooLarge(bytes: data.count, limit: PersonalitySchema.maxFileBytes))
        }
        do {
            return .success(try PersonalityValidator.validate(data, file: file))
        } catch {
            return .failure(error)
        }
    }

    private mutating func add(directory: URL) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            issues.append(PersonalityIssue(file: directory.path, field: "", problem: .unreadable(reason: (error as NSError).localizedDescription)))
            return
        }
        let earlier = entries
        var added: [Entry] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            filesExamined += 1
            let url = directory.appendingPathComponent(name)
            let personality: Personality
            switch Self.loadFile(at: url) {
            case .success(let loaded): personality = loaded
            case .failure(let error): issues += error.issues; continue
            }
            let slug = url.deletingPathExtension().lastPathComponent
            let nameKey = personality.name.lowercased()
            if let twin = added.first(where: { $0.personality.name.lowercased() == nameKey }) {
                issues.append(PersonalityIssue(
                    file: url.path, field: PersonalitySchema.Field.name.rawValue,
                    problem: .duplicateCharacter(name: personality.name, otherFile: twin.file.lastPathComponent)))
                continue
            }
            let replaced = earlier.filter { $0.slug == slug || $0.personality.name.lowercased() == nameKey }
            added.append(Entry(slug: slug, personality: personality, file: url, overrides: replaced.map(\.file)))
        }
        let replacedFiles = Set(added.flatMap(\.overrides))
        entries = earlier.filter { !replacedFiles.contains($0.file) } + added
    }
}
