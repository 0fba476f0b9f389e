// swift-tools-version: 6.0
import PackageDescription

/// Check modules under Plugins/: one library per area, one check per file. Each is a product,
/// so an agency's own inspector can use any of them (see Examples/CustomInspector).
let checkModules = ["LeadershipChecks", "PartnershipChecks", "RespondingChecks", "AssessingChecks", "InvestigatingChecks"]

let package = Package(
    name: "inspector",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "inspector", targets: ["inspector"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "CSV", targets: ["CSV"]),
        .library(name: "InspectionKit", targets: ["InspectionKit"]),
        .library(name: "InspectionReports", targets: ["InspectionReports"]),
        .library(name: "InspectionTesting", targets: ["InspectionTesting"]),
        .library(name: "InspectionStore", targets: ["InspectionStore"]),
        .library(name: "InspectorCLI", targets: ["InspectorCLI"]),
        .library(name: "ChildProtectionRecords", targets: ["ChildProtectionRecords"]),
        .library(name: "BuiltInChecks", targets: ["BuiltInChecks"]),
    ] + checkModules.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        // The command line: parsing, help and completion.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Run history in SQLite: migrations, WAL, transactions and busy handling over the system
        // libsqlite3 (InspectionStore only).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: FileSafety — how every file is opened: regular files only, no link followed out of its directory
        .target(name: "FileSafety"),
        // MARK: TextSafety — no control or invisible formatting character reaches a terminal or passes as configuration text
        .target(name: "TextSafety"),

        // MARK: YAML — the only door to the system libyaml
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CLibYAML", "FileSafety", "TextSafety"]),

        // MARK: CSV — the streaming reader of evidence exports and its field parsers (no dependencies)
        .target(name: "CSV", dependencies: ["FileSafety", "TextSafety"]),

        // MARK: The framework: model, loading, evidence, engine, grading; reports from results
        .target(name: "InspectionKit", dependencies: ["YAML", "CSV", "FileSafety"]),
        .target(name: "InspectionReports", dependencies: ["InspectionKit"]),
        .target(name: "InspectionTesting", dependencies: ["InspectionKit", "InspectionReports"]),

        // MARK: Run history: runs kept in SQLite, trends, differences, follow-up of findings
        .target(name: "InspectionStore", dependencies: ["InspectionKit", .product(name: "GRDB", package: "GRDB.swift")]),

        // MARK: Check modules (the framework's plugins), their record types, and the registry of them all
        .target(name: "ChildProtectionRecords", dependencies: ["InspectionKit"], path: "Plugins/ChildProtectionRecords", exclude: ["REFERENCE.md"]),
        .target(name: "BuiltInChecks", dependencies: ["InspectionKit", "ChildProtectionRecords"] + checkModules.map { .target(name: $0) }),

        // MARK: The command line
        .target(name: "InspectorCLI", dependencies: [
            "FileSafety",
            "TextSafety",
            "InspectionKit",
            "InspectionReports",
            "InspectionStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "inspector", dependencies: ["InspectorCLI", "BuiltInChecks"]),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Fixture checks and a record type for the core tests (with the fixture project in Tests/Fixtures/Project).
        .target(name: "FixtureChecks", dependencies: ["InspectionKit"], path: "Tests/Fixtures/FixtureChecks"),
        .testTarget(name: "FileSafetyTests", dependencies: ["FileSafety"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(
            name: "InspectionKitTests",
            dependencies: ["YAML", "InspectionKit", "InspectionReports", "InspectionTesting", "FixtureChecks", "TestSupport"],
            exclude: ["Golden"]
        ),
        // The shipped frameworks and forces end to end: Northamptonshire's grades, golden reports.
        .testTarget(
            name: "ShippedForcesTests",
            dependencies: ["InspectionKit", "InspectionReports", "BuiltInChecks", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CheckTests", dependencies: ["InspectionKit", "InspectionReports", "InspectionTesting", "BuiltInChecks", "ChildProtectionRecords", "TestSupport"] + checkModules.map { .target(name: $0) }),
        // GRDB: the hostile stores are damaged with SQL before the binary reads them.
        .testTarget(name: "EndToEndTests", dependencies: ["inspector", "TestSupport", "InspectionStore", .product(name: "GRDB", package: "GRDB.swift")]),
        // `inspector generate`: determinism, layout, round trips through the mappings, grade spread.
        .testTarget(name: "GenerationTests", dependencies: ["InspectionKit", "YAML", "BuiltInChecks", "FixtureChecks", "TestSupport"]),
        // The run history: migrations from every earlier schema, saving and reading back, refusals.
        .testTarget(name: "InspectionStoreTests", dependencies: [
            "InspectionStore", "InspectionKit", "FixtureChecks", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ] + checkModules.map { name in
        // REFERENCE.md: the module's generated reference (`inspector explain --module <name>`).
        .target(name: name, dependencies: ["InspectionKit", "ChildProtectionRecords"], path: "Plugins/\(name)", exclude: ["REFERENCE.md"])
    },
    swiftLanguageModes: [.v6]
)
