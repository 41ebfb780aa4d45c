import PokerExperiments
import Testing

/// A PostgreSQL password never reaches an error, whichever way the connection string carries it.
@Suite struct PostgresMaskingTests {
    @Test(arguments: [
        ("postgres://user:hunter2secret@db.example:5432/lab", "postgres://user:***@db.example:5432/lab"),
        ("postgresql://lab@db.example/lab?password=hunter2secret&sslmode=require",
         "postgresql://lab@db.example/lab?password=***&sslmode=require"),
        ("postgres://db.example/lab?sslmode=disable&password=hunter2secret", "postgres://db.example/lab?sslmode=disable&password=***"),
        ("host=db.example user=lab password=hunter2secret dbname=lab", "host=db.example user=lab password=*** dbname=lab"),
        ("host=db.example password = 'hunter2 secret' dbname=lab", "host=db.example password = *** dbname=lab"),
        ("host=db.example PASSWORD=hunter2secret", "host=db.example PASSWORD=***"),
        ("postgres://lab@db.example/lab", "postgres://lab@db.example/lab"),
    ])
    func everyPasswordFormIsMasked(url: String, expected: String) {
        #expect(PostgresError.masked(url) == expected)
    }

    @Test(arguments: [
        "postgres://user:hunter2secret@127.0.0.1:9/lab",
        "postgresql://user@127.0.0.1:9/lab?password=hunter2secret",
        "host=127.0.0.1 port=9 user=lab password=hunter2secret dbname=lab",
        "host=127.0.0.1 port=9 password=hunter2secret bogus_option=1",
        "postgresql://user@127.0.0.1:9/lab?password=hunter2secret&bogus_option=1",
    ])
    func aFailedConnectionNeverShowsThePassword(url: String) async {
        do {
            _ = try await PostgresConnection.connect(url)
            Issue.record("connected to port 9")
        } catch {
            #expect(!error.description.contains("hunter2"), "\(error.description)")
            #expect(error.description.hasPrefix("cannot connect to PostgreSQL at "), "\(error.description)")
        }
    }
}
