import Foundation
import Testing
@testable import PokerAI

@Suite struct BundledPersonalitiesTests {
    let library = PersonalityLibrary.load(from: [bundledPersonalitiesDirectory])

    @Test func everyBundledFileLoadsWithoutIssues() throws {
        #expect(library.issues.isEmpty, "\(library.issues.map(\.description).joined(separator: "\n"))")
        let files = try FileManager.default.contentsOfDirectory(atPath: bundledPersonalitiesDirectory.path)
            .filter { $0.hasSuffix(".json") }
        #expect(library.filesExamined == files.count)
        #expect(library.entries.count == files.count)
        #expect(library.entries.count >= 24)
    }

    @Test func namesAndNicknamesAreDistinct() {
        let names = Set(library.personalities.map { $0.name.lowercased() })
        let nicknames = Set(library.personalities.map { $0.nickname.lowercased() })
        #expect(names.count == library.entries.count)
        #expect(names.count >= 20)
        #expect(nicknames.count == library.entries.count)
    }

    @Test(arguments: [PersonalityTrait.aggression, .looseness, .bluffTendency, .chattiness, .emojiUsage])
    func traitsSpanTheRange(trait: PersonalityTrait) throws {
        let values = library.personalities.map { $0.traits[trait] }
        let low = try #require(values.min())
        let high = try #require(values.max())
        #expect(low <= 0.2, Comment(rawValue: "lowest \(trait.rawValue) is \(low)"))
        #expect(high >= 0.85, Comment(rawValue: "highest \(trait.rawValue) is \(high)"))
    }

    @Test func everyPlayingStyleIsRepresented() {
        let archetypes = Set(library.personalities.map(\.archetype))
        for style in [PlayerArchetype.nit, .rock, .tightAggressive, .callingStation, .looseAggressive, .maniac, .balanced] {
            #expect(archetypes.contains(style), "no \(style.label) in the roster")
        }
        #expect(library.personalities.contains { $0.onlyGestures }, "the mime only gestures")
    }

    @Test func noOriginalsAmongTheBundledCharacters() {
        #expect(library.personalities.allSatisfy { $0.origin != .original })
    }

    @Test func filesRoundTripThroughTheirOwnFormat() throws {
        for entry in library.entries {
            let text = entry.personality.fileText
            let again = try PersonalityValidator.validate(Data(text.utf8), file: entry.slug)
            #expect(again == entry.personality, "\(entry.slug)")
            let coded = try JSONDecoder().decode(Personality.self, from: JSONEncoder().encode(entry.personality))
            #expect(coded == entry.personality, "\(entry.slug)")
        }
    }

    @Test func lookupByNameSlugOrNickname() {
        #expect(library.personality(named: "ebenezer scrooge")?.nickname == "Scrooge")
        #expect(library.personality(named: "victorian-miser")?.name == "Ebenezer Scrooge")
        #expect(library.personality(named: "P-9")?.name == "Probabilis-9")
        #expect(library.personality(named: "Nobody At All") == nil)
    }
}
