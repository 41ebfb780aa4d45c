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

    @Test func walksUpFromTheExecutableToTheRepositoryRoot() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let root = temporary.url
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release"), withIntermediateDirectories: true)
        let personalities = try temporary.directory("personalities")
        let executable = try temporary.write("", to: ".build/x86_64-unknown-linux-gnu/release/pokerface")

        let found = PersonalityDirectories.bundled(environment: [:], executable: executable)

        #expect(found.resolvingSymlinksInPath().path == personalities.resolvingSymlinksInPath().path)
    }

    @Test func fallsBackToTheInstalledLocation() {
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
