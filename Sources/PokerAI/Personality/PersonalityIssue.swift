/// One thing wrong with one personality file: which file, which field (a JSON path such as
/// `traits.aggression` or `verbal_tics[2]`; empty for the file as a whole) and what is wrong.
/// ``description`` says all three in one sentence.
public struct PersonalityIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path (or a label such as "(generated)" for text that came from elsewhere).
    public var file: String
    /// The JSON path of the field, like `lines.win[0]`; empty when the problem is the whole file.
    public var field: String
    /// What is wrong.
    public var problem: PersonalityProblem

    /// An issue with `field` of `file`.
    public init(file: String, field: String, problem: PersonalityProblem) {
        self.file = file
        self.field = field
        self.problem = problem
    }

    /// One sentence naming the file, the field and the problem, e.g.
    /// "scrooge.json: `traits.aggression` must be between 0 and 1, but is 1.4."
    public var description: String {
        let subject = field.isEmpty ? "the file" : "`\(field)`"
        return "\(file): \(problem.sentence(subject: subject))"
    }
}

/// The error thrown when a personality fails validation; it carries every issue found.
public struct PersonalityValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every issue found, in file order; never empty.
    public var issues: [PersonalityIssue]

    /// An error carrying `issues`.
    public init(issues: [PersonalityIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
