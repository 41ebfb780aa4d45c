import Foundation
import Testing
@testable import PokerAI

@Suite struct PersonalityLibraryTests {
    @Test func userDirectoryOverridesABundledCharacterBySlug() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let bundled = try temporary.directory("bundled")
        let user = try temporary.directory("user")
        let bundledFile = try temporary.write(sampleCharacter.fileText, to: "keeper.json", in: bundled)
        var mine = sampleCharacter
        mine.nickname = "My Keeper"
        mine.traits.aggression = 0.9
        let userFile = try temporary.write(mine.fileText, to: "keeper.json", in: user)
        var extra = sampleCharacter
        extra.name = "The Harbour Master"
        try temporary.write(extra.fileText, to: "harbour-master.json", in: user)

        let library = PersonalityLibrary.load(from: [bundled, user])

        #expect(library.issues.isEmpty)
        #expect(library.entries.count == 2)
        let entry = try #require(library.entry(named: "The Lighthouse Keeper"))
        #expect(entry.personality.nickname == "My Keeper")
        #expect(entry.personality.traits.aggression == 0.9)
        #expect(entry.file == userFile)
        #expect(entry.overrides == [bundledFile])
        #expect(library.personality(named: "harbour-master")?.name == "The Harbour Master")
    }

    @Test func userFileWithTheSameNameOverridesUnderAnotherSlug() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let bundled = try temporary.directory("bundled")
        let user = try temporary.directory("user")
        try temporary.write(sampleCharacter.fileText, to: "keeper.json", in: bundled)
        var mine = sampleCharacter
        mine.voice = "Louder than the foghorn."
        try temporary.write(mine.fileText, to: "my-keeper.json", in: user)

        let library = PersonalityLibrary.load(from: [bundled, user])

        #expect(library.entries.map(\.slug) == ["my-keeper"])
        #expect(library.personality(named: "The Lighthouse Keeper")?.voice == "Louder than the foghorn.")
    }

    @Test func aBadUserFileLeavesTheBundledCharacterInPlace() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let bundled = try temporary.directory("bundled")
        let user = try temporary.directory("user")
        try temporary.write(sampleCharacter.fileText, to: "keeper.json", in: bundled)
        try temporary.write("{}", to: "keeper.json", in: user)

        let library = PersonalityLibrary.load(from: [bundled, user])

        #expect(library.personality(named: "keeper")?.name == "The Lighthouse Keeper")
        #expect(library.issues.count == PersonalitySchema.Field.allCases.count)
        #expect(library.issues.allSatisfy { $0.problem == .missing && $0.file.hasSuffix("user/keeper.json") })
    }

    @Test func duplicateNamesInOneDirectoryKeepTheFirstFile() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        try temporary.write(sampleCharacter.fileText, to: "a-keeper.json")
        try temporary.write(sampleCharacter.fileText, to: "b-keeper.json")

        let library = PersonalityLibrary.load(from: [temporary.url])

        #expect(library.entries.map(\.slug) == ["a-keeper"])
        #expect(library.issues.count == 1)
        let issue = try #require(library.issues.first)
        #expect(issue.file.hasSuffix("b-keeper.json"))
        #expect(issue.field == "name")
        #expect(issue.problem == .duplicateCharacter(name: "The Lighthouse Keeper", otherFile: "a-keeper.json"))
    }

    @Test func missingDirectoriesAndOtherFilesAreIgnored() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        try temporary.write(sampleCharacter.fileText, to: "keeper.json")
        try temporary.write("notes", to: "README.md")
        try temporary.write("{", to: ".keeper.json.swp.json")

        let library = PersonalityLibrary.load(from: [temporary.url.appendingPathComponent("nowhere"), temporary.url])

        #expect(library.issues.isEmpty)
        #expect(library.filesExamined == 1)
        #expect(library.entries.count == 1)
    }

    @Test func oversizedFilesAreRejectedUnread() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let big = String(repeating: " ", count: PersonalitySchema.maxFileBytes + 1)
        let file = try temporary.write(big, to: "huge.json")

        let result = PersonalityLibrary.loadFile(at: file)

        guard case .failure(let error) = result else { Issue.record("a huge file loaded"); return }
        #expect(error.issues.map(\.problem) == [.tooLarge(bytes: PersonalitySchema.maxFileBytes + 1, limit: PersonalitySchema.maxFileBytes)])
    }
}
