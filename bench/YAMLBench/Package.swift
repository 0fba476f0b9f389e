// swift-tools-version: 6.0
// The YAML benchmark: our strict decoder against raw libyaml (the floor) and two baselines,
// Yams and PyYAML. A separate package so that the product never depends on Yams.
import Foundation
import PackageDescription

/// The root package's identity, which SwiftPM takes from its directory name (lowercased): `main`
/// in the main checkout, `wt-yaml` in a worktree of that name. Worked out from where this
/// manifest lies (bench/YAMLBench/Package.swift), so the bench builds in any checkout.
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "YAMLBench",
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The same system libyaml the product uses, read event by event with no tree at all.
        .systemLibrary(name: "CLibYAMLRaw", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // The record types both decoders fill, and the generator of the synthetic document.
        .target(name: "BenchRecords"),
        // Yams in a process of its own: it bundles a copy of libyaml's C code whose symbols
        // would otherwise replace the system libyaml in yaml-bench.
        .executableTarget(name: "yams-baseline", dependencies: ["BenchRecords", .product(name: "Yams", package: "Yams")]),
        // Peak memory of one way of reading a large file, measured in a process of its own.
        .executableTarget(name: "yaml-rss", dependencies: [.product(name: "YAML", package: rootPackage)]),
        .executableTarget(
            name: "yaml-bench",
            dependencies: ["BenchRecords", "CLibYAMLRaw", .product(name: "YAML", package: rootPackage)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
