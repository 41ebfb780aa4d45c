import Foundation
import Testing
@testable import PokerAI

/// One way to break a personality file, and the issue it must produce.
struct BadFileCase: Sendable, CustomTestStringConvertible {
    let label: String
    var fileName = "broken.json"
    let text: @Sendable () -> String
    let field: String
    let problem: PersonalityProblem?

    var testDescription: String { label }

    /// A case made by editing the sample character's JSON at a dotted path.
    static func edit(
        _ label: String, _ path: String, _ value: PersonalityJSON?, field: String? = nil, _ problem: PersonalityProblem?
    ) -> BadFileCase {
        BadFileCase(label: label, text: { sampleCharacter.jsonValue.setting(path, to: value).rendered() }, field: field ?? path, problem: problem)
    }
}

@Suite struct PersonalityValidationTests {
    static let longLine = String(repeating: "a", count: 150)

    static let cases: [BadFileCase] = [
        .edit("unknown field", "colour", .string("red"), .unknownField(suggestion: nil)),
        .edit("misspelt field gets a suggestion", "traits.bluff_tendancy", .number(0.5), .unknownField(suggestion: "bluff_tendency")),
        .edit("missing field", "nickname", nil, .missing),
        .edit("missing trait", "traits.looseness", nil, .missing),
        .edit("trait of the wrong type", "traits.aggression", .string("high"), .wrongType(expected: "a number", found: "a string")),
        .edit("trait above 1", "traits.looseness", .number(1.4), .outOfRange(value: 1.4, range: 0...1)),
        .edit("elasticity below 0", "elasticity.chattiness", .number(-0.1), .outOfRange(value: -0.1, range: 0...1)),
        .edit("recovery rate of the wrong type", "recovery_rate", .string("fast"),
              .wrongType(expected: "a number or an object with one number per trait", found: "a string")),
        .edit("tilt resistance null", "tilt_resistance", .null, .wrongType(expected: "a number", found: "null")),
        .edit("empty name", "name", .string("   "), .empty),
        .edit("name on two lines", "name", .string("Two\nLines"), .multiline),
        .edit("nickname too long", "nickname", .string("The Keeper Of The Light"), .tooLong(length: 23, limit: 16)),
        .edit("newer schema version", "version", .number(2), .unsupportedVersion(found: 2, supported: 1)),
        .edit("fractional version", "version", .number(1.5), .notWhole(value: 1.5)),
        .edit("unknown origin", "origin", .string("alien"),
              .notAllowed(value: "alien", allowed: ["historical", "literary", "mythological", "archetype", "original"])),
        .edit("physical tic without asterisks", "physical_tics.1", .string("squints at the sea"),
              field: "physical_tics[1]", .notAGesture("squints at the sea")),
        .edit("too many verbal tics", "verbal_tics", .array((1...6).map { .string("Tic \($0).") }),
              .wrongCount(count: 6, allowed: 3...5)),
        .edit("too few physical tics", "physical_tics", .array([.string("*waves*")]), .wrongCount(count: 1, allowed: 2...4)),
        .edit("repeated verbal tic", "verbal_tics.2", .string("Storm's coming."), field: "verbal_tics[2]", .duplicate("Storm's coming.")),
        .edit("unmatched asterisk", "verbal_tics.0", .string("*sighs Storm's coming."), field: "verbal_tics[0]",
              .unbalancedAsterisks("*sighs Storm's coming.")),
        .edit("verbal tics not a list", "verbal_tics", .string("Storm's coming."),
              .wrongType(expected: "a list of strings", found: "a string")),
        .edit("emoji that is not one", "emoji.0", .string("ab"), field: "emoji[0]", .notAnEmoji("ab")),
        .edit("no emoji although they use them", "emoji", .array([]), .emojiListEmpty(usage: 0.2)),
        .edit("missing situation", "lines.bust", nil, .missing),
        .edit("unknown situation", "lines.sulk", .array([.string("Hmph.")]), .unknownField(suggestion: nil)),
        .edit("line too long", "lines.win.0", .string(longLine), field: "lines.win[0]", .tooLong(length: 150, limit: 140)),
        .edit("no lines for a situation", "lines.fold", .array([]), .wrongCount(count: 0, allowed: 1...6)),
        .edit("a silent character who speaks", "traits.chattiness", .number(0), field: "verbal_tics[0]",
              .speechFromSilentCharacter("Storm's coming.")),
        .edit("escape sequence in the name", "name", .string("Evil\u{1B}[31m Keeper"), .controlCharacter(scalar: "\u{1B}", position: 5)),
        .edit("bidi override in the nickname", "nickname", .string("ab\u{202E}cd"), .controlCharacter(scalar: "\u{202E}", position: 3)),
        .edit("NUL in the voice", "voice", .string("Gruff\u{0}"), .controlCharacter(scalar: "\u{0}", position: 6)),
        .edit("bell in a verbal tic", "verbal_tics.0", .string("Storm\u{07}'s here."), field: "verbal_tics[0]",
              .controlCharacter(scalar: "\u{07}", position: 6)),
        .edit("8-bit CSI in a physical tic", "physical_tics.0", .string("*waves\u{9B}2J*"), field: "physical_tics[0]",
              .controlCharacter(scalar: "\u{9B}", position: 7)),
        .edit("bidi isolate in a line", "lines.win.0", .string("\u{2066}Ha!"), field: "lines.win[0]",
              .controlCharacter(scalar: "\u{2066}", position: 1)),
        .edit("left-to-right mark in the play style", "play_style", .string("Tight\u{200E}"),
              .controlCharacter(scalar: "\u{200E}", position: 6)),
        BadFileCase(label: "not JSON", text: { "{\n  \"name\": tru\n}" }, field: "", problem: nil),
        BadFileCase(label: "a list instead of an object", text: { "[1, 2]" }, field: "",
                    problem: .wrongType(expected: "a JSON object", found: "a list")),
        BadFileCase(label: "file name not a slug", fileName: "My Keeper.json", text: { sampleCharacter.fileText }, field: "",
                    problem: .fileNameNotSlug),
    ]

    @Test(arguments: cases)
    func badFileIsSkippedWithAnIssueNamingFileAndField(_ badCase: BadFileCase) throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        var other = sampleCharacter
        other.name = "Another Keeper"
        try temporary.write(other.fileText, to: "another-keeper.json")
        try temporary.write(badCase.text(), to: badCase.fileName)

        let library = PersonalityLibrary.load(from: [temporary.url])

        #expect(library.personalities.map(\.name) == ["Another Keeper"], "the good file still loads")
        #expect(library.filesExamined == 2)
        let issues = library.issues
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { URL(fileURLWithPath: $0.file).lastPathComponent == badCase.fileName })
        let match = issues.first { issue in
            guard issue.field == badCase.field else { return false }
            guard let expected = badCase.problem else {
                if case .invalidJSON = issue.problem { return true } else { return false }
            }
            return issue.problem == expected
        }
        #expect(match != nil, Comment(rawValue: "got: " + issues.map(\.description).joined(separator: " | ")))
        if let match {
            #expect(match.description.contains(badCase.fileName))
            if !badCase.field.isEmpty { #expect(match.description.contains("`\(badCase.field)`")) }
            #expect(!match.description.contains("\n"))
        }
    }

    @Test func everyProblemInAFileIsReportedAtOnce() throws {
        let value = sampleCharacter.jsonValue
            .setting("traits.aggression", to: .number(3))
            .setting("nickname", to: nil)
            .setting("physical_tics.0", to: .string("waves"))
        let error = #expect(throws: PersonalityValidationError.self) {
            try PersonalityValidator.validate(value, file: "many.json")
        }
        #expect(Set(error?.issues.map(\.field) ?? []) == ["traits.aggression", "nickname", "physical_tics[0]"])
    }

    @Test func invalidJSONIsLocatedByLineAndColumn() {
        let error = #expect(throws: PersonalityValidationError.self) {
            try PersonalityValidator.validate(Data("{\n  \"name\": tru\n}".utf8), file: "typo.json")
        }
        let description = error?.issues.first?.description ?? ""
        #expect(description.hasPrefix("typo.json: the file is not valid JSON: "))
        #expect(description.contains("at line 2, column "), Comment(rawValue: description))
    }

    @Test func issueSentencesReadWell() {
        let issue = PersonalityIssue(file: "scrooge.json", field: "traits.aggression", problem: .outOfRange(value: 1.4, range: 0...1))
        #expect(issue.description == "scrooge.json: `traits.aggression` must be between 0 and 1, but is 1.4.")
        let missing = PersonalityIssue(file: "a.json", field: "nickname", problem: .missing)
        #expect(missing.description == "a.json: `nickname` is missing.")
        let json = PersonalityIssue(file: "b.json", field: "", problem: .invalidJSON(detail: "Unexpected end of file"))
        #expect(json.description == "b.json: the file is not valid JSON: Unexpected end of file.")
    }

    @Test func recoveryRateMayBeGivenPerTrait() throws {
        let perTrait = PersonalityJSON.object(PersonalityTrait.allCases.map { ($0.rawValue, .number($0 == .chattiness ? 0.3 : 0.1)) })
        let personality = try PersonalityValidator.validate(sampleCharacter.jsonValue.setting("recovery_rate", to: perTrait), file: "x.json")
        #expect(personality.recoveryRate.chattiness == 0.3)
        #expect(personality.recoveryRate.aggression == 0.1)
        #expect(personality.jsonValue["recovery_rate"] == perTrait)
    }

    @Test func slugRules() {
        #expect(PersonalitySchema.isSlug("victorian-miser"))
        #expect(PersonalitySchema.isSlug("probabilis-9"))
        for bad in ["", "Victorian", "two--dashes", "-lead", "trail-", "under_score", "spa ce"] {
            #expect(!PersonalitySchema.isSlug(bad), Comment(rawValue: bad))
        }
        #expect(PersonalitySchema.slug(for: "Chef Gustave Brûlé") == "chef-gustave-brule")
        #expect(PersonalitySchema.slug(for: "Mrs. Agatha Quill") == "mrs-agatha-quill")
    }
}
