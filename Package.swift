// swift-tools-version:6.1
import PackageDescription

// Module map (see ARCHITECTURE.md for the allowed dependency directions):
//   PokerEngine  — pure rules, cards, evaluator, equity, ranges (standard library only)
//   HandHistory  — PHH (TOML, its own strict reader) and PokerStars notation in and out, replay through the engine
//   LLMClient    — chat requests over libcurl (the only importer of CCurl), retries, metering
//   PokerStrategy — the sound strategy core: CFR solvers, preflop ranges, push/fold, range beliefs
//   PokerAI      — personalities, prompts, parsing, offline bot, psychology, analysis
//   PokerStore   — SQLite through GRDB: migrations, the single writer, queries
//   PokerGame    — matches driven by player controllers, recorded by the store
//   PokerTUI     — the ncurses front end (the only importer of CNcursesw)
//   PokerExperiments — AI-only tournaments at scale: duplicate deals, concurrency, reports, the
//                  PostgreSQL queue (the only importer of CLibPQ)
//   pokerface    — the executable: command tree and composition root
//   PokerFuzz    — fuzz harnesses for every parser of outside input (driver: pokerface-fuzz)
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

/// Hot modules compile with optimisation in debug builds as well (see the targets).
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "PokerFace",
    products: [
        .executable(name: "pokerface", targets: ["pokerface"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // No pkgConfig for ncursesw: its .pc flags are dropped by SwiftPM with a warning.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),

        // Optimised in debug builds too (invariants still run: DEBUG stays defined), so the debug test
        // suite can evaluate, enumerate and play thousands of hands.
        .target(name: "PokerEngine", swiftSettings: strictSettings + optimisedInDebug),
        // HandHistory reads TOML with its own strict reader (TOML/): the C++ library it replaced
        // asserted (exit 134) on malformed input such as `[[[`.
        .target(name: "HandHistory", dependencies: ["PokerEngine"], swiftSettings: strictSettings),
        .target(name: "LLMClient", dependencies: ["CCurl"], swiftSettings: strictSettings),
        // The strategy core is hot (range beliefs, enumerations, solves on every AI decision): it is
        // optimised in debug builds too, so the debug test suite plays games at a usable speed.
        .target(name: "PokerStrategy", dependencies: ["PokerEngine"],
                swiftSettings: strictSettings + optimisedInDebug),
        .target(name: "PokerAI", dependencies: ["PokerEngine", "PokerStrategy", "LLMClient"], swiftSettings: strictSettings),
        .target(name: "PokerStore", dependencies: [
            "PokerEngine", "HandHistory",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strictSettings),
        .target(name: "PokerGame", dependencies: [
            "PokerEngine", "HandHistory", "LLMClient", "PokerAI", "PokerStore",
        ], swiftSettings: strictSettings),
        // The AI lab: captures, re-runs, scenario suites, recorded replay and their reports.
        .target(name: "PokerLab", dependencies: [
            "PokerEngine", "PokerStrategy", "LLMClient", "PokerAI", "PokerStore", "PokerGame",
        ], swiftSettings: strictSettings),
        .target(name: "PokerTUI", dependencies: [
            "CNcursesw", "PokerEngine", "PokerAI", "PokerStore", "PokerGame", "PokerLab", "HandHistory",
        ], swiftSettings: strictSettings),
        .target(name: "PokerExperiments", dependencies: [
            "PokerEngine", "HandHistory", "LLMClient", "PokerAI", "PokerStore", "PokerGame", "CLibPQ",
        ], swiftSettings: strictSettings),
        .executableTarget(name: "pokerface", dependencies: [
            "PokerEngine", "HandHistory", "LLMClient", "PokerStrategy", "PokerAI", "PokerStore", "PokerGame", "PokerLab", "PokerTUI",
            "PokerExperiments", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strictSettings),

        // Fuzzing (docs/fuzzing.md): a harness per parser of outside input and a deterministic mutation
        // engine; `pokerface-fuzz` drives it for `make fuzz`, PokerFuzzTests runs a short pass in `make test`.
        .target(name: "PokerFuzz", dependencies: [
            "PokerEngine", "HandHistory", "LLMClient", "PokerAI", "PokerExperiments",
        ], swiftSettings: strictSettings),
        .executableTarget(name: "pokerface-fuzz", dependencies: ["PokerFuzz"], swiftSettings: strictSettings),

        // Helpers shared by the test targets (process spawning, condition waits, paths to the vendored
        // oracles and products, the fake LLM server, the scripted transport and test clock).
        .target(name: "PokerTestSupport", dependencies: ["PokerEngine", "LLMClient"], swiftSettings: strictSettings),

        .testTarget(name: "PokerEngineTests", dependencies: ["PokerEngine", "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PokerStrategyTests", dependencies: ["PokerStrategy", "PokerEngine", "PokerTestSupport"],
                    swiftSettings: strictSettings),
        .testTarget(name: "HandHistoryTests", dependencies: ["HandHistory", "PokerEngine", "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "LLMClientTests", dependencies: ["LLMClient", "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PokerAITests", dependencies: ["PokerAI", "PokerEngine", "LLMClient", "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PokerGameTests", dependencies: ["PokerGame", "PokerAI", "PokerStore", "PokerEngine", "LLMClient",
                                                            "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PokerStoreTests", dependencies: ["PokerStore", "PokerEngine", "HandHistory"], swiftSettings: strictSettings),
        .testTarget(name: "PokerTUITests", dependencies: ["PokerTUI", "PokerEngine", "PokerGame", "PokerExperiments", "LLMClient",
                                                           "PokerTestSupport"], exclude: ["__Snapshots__"], swiftSettings: strictSettings),
        .testTarget(name: "PokerLabTests", dependencies: [
            "PokerLab", "PokerAI", "PokerEngine", "PokerGame", "PokerStore", "PokerTUI", "LLMClient", "PokerTestSupport",
        ], swiftSettings: strictSettings),
        .testTarget(name: "PokerExperimentsTests", dependencies: [
            "PokerExperiments", "PokerGame", "PokerStore", "PokerAI", "PokerEngine", "LLMClient", "PokerTestSupport",
        ], swiftSettings: strictSettings),
        .testTarget(name: "PokerFuzzTests", dependencies: ["PokerFuzz", "PokerTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PokerfaceTests", dependencies: ["PokerEngine", "HandHistory", "PokerStore", "PokerTestSupport"], swiftSettings: strictSettings),
    ]
)
