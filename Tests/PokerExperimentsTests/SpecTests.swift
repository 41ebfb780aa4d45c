import Foundation
import PokerExperiments
import PokerTestSupport
import Testing

@Suite struct SpecTests {
    static let base = Fixtures.offlineTOML(name: "spec", tournaments: 2, hands: 10, twins: 0)

    @Test func theSampleFileIsValidAndPlayable() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("experiments/sample.toml").path
        let spec = try ExperimentSpec.load(path: path)
        #expect(spec.allVariants.count >= 2)
        _ = try ExperimentPlan(spec: spec, library: Fixtures.library, file: path)
    }

    @Test func defaultsAndVariantInheritance() throws {
        let spec = try Fixtures.spec(Self.base + """
            [control]
            mode = "pro"
            seats = [{ seat = 1, provider = "groq" }]
            [[variants]]
            label = "b"
            seats = [{ seat = 1, model = "llama-3.1-8b-instant" }, { seat = 2, mode = "casual" }]
            """)
        #expect(spec.concurrency == 8 && spec.rotateSeats && spec.decisionTimeout == 20)
        let control = spec.settings(forVariant: 0)
        let b = spec.settings(forVariant: 1)
        #expect(control.mode == .pro && b.mode == .pro)          // the variant inherits the control's mode
        #expect(b.seats[1].provider == "groq")                   // …and its seat change
        #expect(b.seats[1].model == "llama-3.1-8b-instant")
        #expect(b.mode(ofEntrant: 2) == .casual && control.mode(ofEntrant: 2) == .pro)
        #expect(spec.subjectEntrants == [1, 2])
    }

    @Test func theButtonIsDeadUnlessTheTableAsksForTheMovingButton() throws {
        let library = Fixtures.library
        let dead = try ExperimentPlan(spec: try Fixtures.spec(Self.base), library: library, file: "dead.toml")
        #expect(dead.spec.table.button == .dead)
        #expect(try dead.newGame(TournamentKey(variant: 0, tournament: 0)).setup.match.buttonRule == .dead)
        let text = Self.base.replacingOccurrences(of: "big_blind = 20\n", with: "big_blind = 20\nbutton = \"moving\"\n")
        #expect(text != Self.base)
        let moving = try ExperimentPlan(spec: try Fixtures.spec(text), library: library, file: "moving.toml")
        #expect(try moving.newGame(TournamentKey(variant: 0, tournament: 0)).setup.match.buttonRule == .moving)
        // An experiment stored before the option existed keeps the moving button it was run with.
        // (The key is removed from the decoded object: JSONEncoder's key order is not fixed.)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(dead.spec)) as? [String: Any])
        var table = try #require(object["table"] as? [String: Any])
        #expect(table.removeValue(forKey: "button") as? String == "dead")
        object["table"] = table
        let old = try JSONDecoder().decode(ExperimentSpec.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.table.button == nil)
        let oldPlan = try ExperimentPlan(spec: old, library: library, file: "old.toml")
        #expect(try oldPlan.newGame(TournamentKey(variant: 0, tournament: 0)).setup.match.buttonRule == .moving)
        let bad = Self.base.replacingOccurrences(of: "big_blind = 20\n", with: "big_blind = 20\nbutton = \"floating\"\n")
        #expect(throws: ExperimentFileError.self) { try Fixtures.spec(bad, file: "bad.toml") }
    }

    @Test(arguments: [
        ("tournaments = 2\n", "tournaments = 0\n", "tournaments", "must be between 1 and 10000"),
        ("hands_per_tournament = 10\n", "", "hands_per_tournament", "is missing"),
        ("personality = \"Blackbeard\"\n", "personality = \"Blackbeard\"\nprovider = \"opneai\"\n", "seats[1].provider", "names no known provider"),
        ("mode = \"casual\"\n", "mode = \"wild\"\n", "mode", "must be casual, standard, pro or competitive"),
        ("seed = 7\n", "seed = 7\nhands_per_tournement = 3\n", "hands_per_tournement", "is not a known field"),
        ("big_blind = 20\n", "big_blind = 2000\n", "table.starting_stack", "must be larger than the big blind"),
        ("concurrency = 8\n", "concurrency = \"lots\"\n", "concurrency", "must be a whole number"),
        ("name = \"spec\"\n", "name = \"sp\\u001B[2Jec\"\n", "name", "contains the control character U+001B at character 3"),
        ("personality = \"Blackbeard\"\n", "personality = \"Blackbeard\"\nlabel = \"pi\\u202Erate\"\n", "seats[1].label",
         "contains the control character U+202E at character 3"),
    ])
    func errorsNameTheFileAndTheField(original: String, replacement: String, field: String, message: String) throws {
        let text = Self.base.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.base)
        do {
            _ = try Fixtures.spec(text, file: "bad.toml")
            Issue.record("accepted an invalid file")
        } catch let error as ExperimentFileError {
            #expect(error.file == "bad.toml")
            #expect(error.field == field)
            #expect(error.description.hasPrefix("bad.toml: `\(field)`"))
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func variantErrorsNameTheVariant() throws {
        do {
            _ = try Fixtures.spec(Self.base + "[[variants]]\nlabel = \"x\"\nseats = [{ seat = 7, model = \"m\" }]\n", file: "v.toml")
            Issue.record("accepted seat 7 of 3")
        } catch let error as ExperimentFileError {
            #expect(error.field == "variants[0].seats[0].seat")
        }
        do {
            _ = try Fixtures.spec(Self.base + "[[variants]]\nlabel = \"control\"\n", file: "v.toml")
            Issue.record("accepted a repeated label")
        } catch let error as ExperimentFileError {
            #expect(error.field == "variants[0].label")
        }
    }

    @Test func aVariantLabelWithAControlCharacterIsRefused() throws {
        do {
            _ = try Fixtures.spec(Self.base + "[[variants]]\nlabel = \"x\\u009By\"\n", file: "v.toml")
            Issue.record("accepted a label with U+009B")
        } catch let error as ExperimentFileError {
            #expect(error.field == "variants[0].label")
            #expect(error.description.contains("contains the control character U+009B at character 2"), "\(error.description)")
            #expect(!error.description.unicodeScalars.contains { $0.value == 0x9B })
        }
    }

    @Test func syntaxErrorsGiveTheLine() throws {
        #expect(throws: ExperimentFileError.self) { try Fixtures.spec("name = \"x\"\ntournaments = = 3\n", file: "s.toml") }
        do {
            _ = try Fixtures.spec("name = \"x\"\ntournaments = = 3\n", file: "s.toml")
        } catch let error as ExperimentFileError {
            #expect(error.description.contains("s.toml") && error.description.contains("line 2"), "\(error.description)")
        }
    }

    @Test func unknownPersonalitiesAreCaughtBeforeAnythingRuns() throws {
        let spec = try Fixtures.spec(Self.base.replacingOccurrences(of: "Blackbeard", with: "Captain Nobody"))
        do {
            _ = try ExperimentPlan(spec: spec, library: Fixtures.library, file: "p.toml")
            Issue.record("accepted an unknown personality")
        } catch {
            #expect(error.field == "seats[1].personality")
        }
    }

    @Test func jsonFilesWorkToo() throws {
        let json = """
            {"name": "j", "tournaments": 1, "hands_per_tournament": 5,
             "table": {"starting_stack": 500, "big_blind": 10},
             "seats": [{"personality": "Merlin"}, {"personality": "Loki", "provider": "local"}]}
            """
        let spec = try ExperimentSpec.parse(ExperimentFileReader.parse(json, file: "j.json", json: true), file: "j.json")
        #expect(spec.seats[1].provider == "local" && spec.seats[1].isLLM)
    }
}
