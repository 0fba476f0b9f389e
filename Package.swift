// swift-tools-version: 6.0
import PackageDescription

/// Check modules under Plugins/: one library per area, one check per file.
let checkModules = ["LeadershipChecks", "PartnershipChecks", "RespondingChecks", "AssessingChecks", "InvestigatingChecks"]

let package = Package(
    name: "inspector",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "inspector", targets: ["inspector"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "CSV", targets: ["CSV"]),
        .library(name: "InspectionKit", targets: ["InspectionKit"]),
        .library(name: "InspectionTesting", targets: ["InspectionTesting"]),
        .library(name: "InspectorCLI", targets: ["InspectorCLI"]),
    ],
    dependencies: [
        // The command line: parsing, help and completion (the only package dependency).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: YAML — the only door to the system libyaml
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CLibYAML"]),

        // MARK: CSV — the streaming reader of evidence exports and its field parsers (no dependencies)
        .target(name: "CSV"),

        // MARK: The framework: model, loading, evidence, engine, grading, reports
        .target(name: "InspectionKit", dependencies: ["YAML"]),
        .target(name: "InspectionTesting", dependencies: ["InspectionKit"]),

        // MARK: Check modules (the framework's plugins) and the registry of them all
        .target(name: "BuiltInChecks", dependencies: ["InspectionKit"] + checkModules.map { .target(name: $0) }),

        // MARK: The command line
        .target(name: "InspectorCLI", dependencies: [
            "InspectionKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "inspector", dependencies: ["InspectorCLI", "BuiltInChecks"]),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(
            name: "InspectionKitTests",
            dependencies: ["YAML", "InspectionKit", "InspectionTesting", "BuiltInChecks", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CheckTests", dependencies: ["InspectionKit", "InspectionTesting", "BuiltInChecks"] + checkModules.map { .target(name: $0) }),
        .testTarget(name: "EndToEndTests", dependencies: ["inspector", "TestSupport"]),
    ] + checkModules.map { name in
        .target(name: name, dependencies: ["InspectionKit"], path: "Plugins/\(name)")
    },
    swiftLanguageModes: [.v6]
)
