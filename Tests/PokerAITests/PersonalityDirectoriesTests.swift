import Foundation
import Testing
@testable import PokerAI

@Suite struct PersonalityDirectoriesTests {
    @Test func environmentVariableWins() {
        let url = PersonalityDirectories.bundled(
            environment: ["POKERFACE_PERSONALITIES_DIR": "/opt/chars"], executable: URL(fileURLWithPath: "/x/pokerface"),
            isDirectory: { _ in true })
        #expect(url.path == "/opt/chars")
    }

    /// Installed data beside the binary, then the checkout it was built from, then $POKERFACE_DATA_DIR.
    @Test func dataIsLookedForBesideTheBinaryThenInTheCheckoutThenTheVariable() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let executable = try temporary.write("", to: "pokerface", in: try temporary.directory("prefix/bin"))
        let installed = temporary.url.appendingPathComponent("prefix/share/pokerface")
        let checkout = temporary.url.appendingPathComponent("checkout")
        let variable = temporary.url.appendingPathComponent("elsewhere")
        let environment = ["POKERFACE_DATA_DIR": variable.path]
        func locate() -> DataDirectory {
            DataDirectory.locate(environment: environment, executable: executable, checkout: checkout)
        }
        #expect(locate().found == nil)
        #expect(locate().searched == "looked in <bin>/../share/pokerface (\(installed.standardizedFileURL.path)), "
            + "the checkout it was built from (\(checkout.path)) and $POKERFACE_DATA_DIR (\(variable.path))")

        _ = try temporary.directory("elsewhere/personalities")
        #expect(locate().found?.source == .environment)
        _ = try temporary.directory("checkout/personalities")
        #expect(locate().found?.source == .checkout)
        _ = try temporary.directory("prefix/share/pokerface/personalities")
        #expect(locate().found?.source == .installed)
        #expect(locate().folder("suites").standardizedFileURL.path == installed.appendingPathComponent("suites").standardizedFileURL.path)
        let bundled = PersonalityDirectories.bundled(environment: environment, executable: executable, checkout: checkout)
        #expect(bundled.standardizedFileURL.path == installed.appendingPathComponent("personalities").standardizedFileURL.path)
    }

    @Test func aSymlinkedBinaryFindsTheDataOfTheRealOne() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let executable = try temporary.write("", to: "pokerface", in: try temporary.directory("prefix/bin"))
        _ = try temporary.directory("prefix/share/pokerface/personalities")
        let link = temporary.url.appendingPathComponent("pokerface-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: executable)
        let found = DataDirectory.locate(environment: [:], executable: link, checkout: temporary.url.appendingPathComponent("none"))
        #expect(found.found?.source == .installed)
    }

    @Test func theCheckoutIsTheOneThisCodeWasBuiltFrom() {
        #expect(FileManager.default.fileExists(atPath: DataDirectory.builtFrom.appendingPathComponent("Package.swift").path))
    }

    @Test func withNothingFoundTheInstalledPlaceIsNamed() {
        let url = PersonalityDirectories.bundled(
            environment: [:], executable: URL(fileURLWithPath: "/usr/local/bin/pokerface"), isDirectory: { _ in false })
        #expect(url.path == "/usr/local/share/pokerface/personalities")
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(PersonalityDirectories.user(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/ann"]).path
            == "/cfg/pokerface/personalities")
        #expect(PersonalityDirectories.user(environment: ["HOME": "/home/ann"]).path
            == "/home/ann/.config/pokerface/personalities")
        #expect(PersonalityDirectories.user(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ann"]).path
            == "/home/ann/.config/pokerface/personalities")
    }
}
