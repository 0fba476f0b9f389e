// swift-tools-version: 6.0
import PackageDescription

// The package in layers, each target depending only on those above it:
//
//   FileSafety, TextSafety           how files are opened and text reaches a terminal
//   Reproducible                     seeded draws and file digests, the same on every machine
//   ChildData                        what a case reference and free text may hold; masked source lines
//   YAML (over CLibYAML), CSV        the readers of configuration and exports
//   InspectionKit                    the core: the model and the check API, what a check author sees
//   InspectionLoading                a project's configuration and evidence (YAML, CSV, mappings)
//   InspectionRunner                 running inspections and comparisons, grading
//   InspectionHistory                saved runs, trends, differences, follow-up
//   InspectionReports                every report format, from results alone
//   InspectionSite                   the static site: every force, area and trend as pages
//   InspectionStore                  the run history in SQLite
//   CaseAudits                       `inspector sample`, `audit-form`, `agreement`: case-file audits
//   SyntheticData, Scaffolding       `inspector generate`, `inspector new`
//   InspectorCLI, inspector          the command line
//
// Plugins/ holds the check modules (the framework's plugins): domain logic only, over the core.
// docs/architecture.md draws the graph and follows one CSV row to a graded report.

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
        .library(name: "ChildData", targets: ["ChildData"]),
        .library(name: "InspectionKit", targets: ["InspectionKit"]),
        .library(name: "InspectionLoading", targets: ["InspectionLoading"]),
        .library(name: "InspectionRunner", targets: ["InspectionRunner"]),
        .library(name: "InspectionHistory", targets: ["InspectionHistory"]),
        .library(name: "InspectionReports", targets: ["InspectionReports"]),
        .library(name: "InspectionTesting", targets: ["InspectionTesting"]),
        .library(name: "InspectionStore", targets: ["InspectionStore"]),
        .library(name: "SyntheticData", targets: ["SyntheticData"]),
        .library(name: "CaseAudits", targets: ["CaseAudits"]),
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
        // MARK: Safety — how every file is opened, and what text may reach a terminal

        // Regular files only, no link followed out of its directory; reports written all or nothing.
        .target(name: "FileSafety"),
        // No control or invisible formatting character reaches a terminal or passes as configuration text.
        .target(name: "TextSafety"),
        // A seeded random generator and SHA-256: the same draws and digests on every machine.
        .target(name: "Reproducible"),
        // What a case reference and free text may hold, and how an echoed source line is masked.
        .target(name: "ChildData"),

        // MARK: Readers — YAML through the system libyaml, CSV exports

        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The only door to libyaml: nodes with positions, a strict decoder, limits.
        .target(name: "YAML", dependencies: ["CLibYAML", "FileSafety", "TextSafety"]),
        // The streaming reader of evidence exports and its field parsers.
        .target(name: "CSV", dependencies: ["FileSafety", "TextSafety"]),

        // MARK: The framework, in layers

        // The core: frameworks, forces, findings and results; the check API (records, fields,
        // parameters, contexts, the registry). What a check author sees, and nothing that runs,
        // loads files or writes.
        .target(name: "InspectionKit", dependencies: ["YAML", "ChildData"]),
        // A project root's configuration and a force's evidence: YAML records, CSV exports through mappings.
        .target(name: "InspectionLoading", dependencies: ["InspectionKit", "ChildData", "YAML", "CSV", "FileSafety", "Reproducible"]),
        // Running an inspection or a comparison: the engine, grading, the workspace the CLI opens.
        .target(name: "InspectionRunner", dependencies: ["InspectionKit", "InspectionLoading"]),
        // What a saved run holds, how runs differ and trend, and the follow-up of findings.
        .target(name: "InspectionHistory", dependencies: ["InspectionKit", "InspectionLoading", "InspectionRunner", "Reproducible"]),

        // MARK: Around the framework — reports, the store, generation, scaffolding

        // Text, Markdown, HTML, JSON and CSV, from results alone.
        .target(name: "InspectionReports", dependencies: ["InspectionKit", "InspectionRunner", "InspectionHistory"]),
        // The static site (`inspector site`), from results, saved runs and the reports' HTML blocks; never the store.
        .target(
            name: "InspectionSite",
            dependencies: [
                "InspectionKit", "InspectionLoading", "InspectionRunner", "InspectionHistory", "InspectionReports", "YAML", "Reproducible",
            ]),
        // Run history in SQLite (GRDB).
        .target(
            name: "InspectionStore",
            dependencies: [
                "InspectionKit", "InspectionHistory", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // Case-file audits as inspectors run them: reproducible samples, audit forms, agreement and moderation.
        .target(
            name: "CaseAudits",
            dependencies: ["InspectionKit", "InspectionLoading", "InspectionReports", "YAML", "FileSafety", "Reproducible"]),
        // `inspector generate`: synthetic forces, their mappings and exports, at national scale.
        .target(
            name: "SyntheticData",
            dependencies: ["InspectionKit", "ChildData", "InspectionLoading", "InspectionRunner", "YAML", "Reproducible", "CaseAudits"]),
        // `inspector new force` and `inspector new check`.
        .target(name: "Scaffolding", dependencies: ["InspectionKit", "InspectionLoading"]),
        // Helpers for check authors' tests, in-tree and out of tree.
        .target(name: "InspectionTesting", dependencies: ["InspectionKit", "InspectionRunner", "InspectionReports"]),

        // MARK: Check modules (the framework's plugins), their record types, and the registry of them all

        .target(
            name: "ChildProtectionRecords", dependencies: ["InspectionKit"], path: "Plugins/ChildProtectionRecords",
            exclude: ["REFERENCE.md"]),
        // How each child-protection record type makes synthetic records of itself, for `inspector generate`.
        .target(
            name: "ChildProtectionSynthesis",
            dependencies: ["InspectionKit", "SyntheticData", "ChildProtectionRecords", "LeadershipChecks"],
            path: "Plugins/ChildProtectionSynthesis"
        ),
        .target(
            name: "BuiltInChecks",
            dependencies: ["InspectionKit", "ChildProtectionRecords", "ChildProtectionSynthesis"] + checkModules.map { .target(name: $0) }),

        // MARK: The command line

        .target(
            name: "InspectorCLI",
            dependencies: [
                "FileSafety",
                "TextSafety",
                "InspectionKit",
                "InspectionLoading",
                "InspectionRunner",
                "InspectionHistory",
                "InspectionReports",
                "InspectionSite",
                "InspectionStore",
                "SyntheticData",
                "Scaffolding",
                "CaseAudits",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "inspector", dependencies: ["InspectorCLI", "BuiltInChecks"]),

        // MARK: Tests

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Fixture checks and a record type for the core tests (with the fixture project in Tests/Fixtures/Project).
        .target(name: "FixtureChecks", dependencies: ["InspectionKit", "SyntheticData"], path: "Tests/Fixtures/FixtureChecks"),
        .testTarget(name: "FileSafetyTests", dependencies: ["FileSafety"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        // Samples, forms, returned answers, agreement and moderation, and the intervals of audited shares.
        .testTarget(
            name: "CaseAuditTests",
            dependencies: [
                "CaseAudits", "InspectionKit", "InspectionLoading", "InspectionRunner", "InspectionReports", "Reproducible",
                "BuiltInChecks", "FixtureChecks", "TestSupport", "YAML",
            ]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(
            name: "InspectionKitTests",
            dependencies: [
                "YAML", "ChildData", "InspectionKit", "InspectionLoading", "InspectionRunner", "InspectionHistory", "InspectionReports",
                "InspectionTesting", "Scaffolding", "FixtureChecks", "TestSupport", "Reproducible",
            ],
            exclude: ["Golden"]
        ),
        // The shipped frameworks and forces end to end: Northamptonshire's grades, golden reports.
        .testTarget(
            name: "ShippedForcesTests",
            dependencies: [
                "InspectionKit", "ChildData", "InspectionLoading", "InspectionRunner", "InspectionHistory", "InspectionReports",
                "BuiltInChecks", "TestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CheckTests",
            dependencies: [
                "InspectionKit", "InspectionRunner", "InspectionReports", "InspectionTesting", "BuiltInChecks", "ChildProtectionRecords",
                "TestSupport",
            ] + checkModules.map { .target(name: $0) }),
        // GRDB: the hostile stores are damaged with SQL before the binary reads them.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "inspector", "InspectorCLI", "InspectionKit", "TestSupport", "InspectionStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // `inspector generate`: determinism, layout, round trips through the mappings, grade spread.
        .testTarget(
            name: "GenerationTests",
            dependencies: [
                "InspectionKit", "ChildData", "InspectionLoading", "InspectionRunner", "SyntheticData", "YAML", "BuiltInChecks",
                "FixtureChecks", "TestSupport", "CaseAudits",
            ]),
        // The static site on the fixture project: every page, links, determinism, self-containment.
        .testTarget(
            name: "InspectionSiteTests",
            dependencies: [
                "InspectionSite", "InspectionKit", "InspectionRunner", "InspectionHistory", "FixtureChecks", "TestSupport", "Reproducible",
            ]),
        // The run history: migrations from every earlier schema, saving and reading back, refusals.
        .testTarget(
            name: "InspectionStoreTests",
            dependencies: [
                "InspectionStore", "InspectionKit", "InspectionRunner", "InspectionHistory", "FixtureChecks", "TestSupport", "Reproducible",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
        + checkModules.map { name in
            // REFERENCE.md: the module's generated reference (`inspector explain --module <name>`).
            .target(
                name: name, dependencies: ["InspectionKit", "ChildProtectionRecords"], path: "Plugins/\(name)", exclude: ["REFERENCE.md"])
        },
    swiftLanguageModes: [.v6]
)
