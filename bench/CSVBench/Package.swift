// swift-tools-version: 6.0
// The CSV benchmark: the reader's throughput on a generated 200 MB export, scanning alone and
// scanning while parsing four mapped columns. A separate package, like bench/YAMLBench.
import Foundation
import PackageDescription

/// The root package's identity, which SwiftPM takes from its directory's name (lower-cased):
/// `main` in one checkout, `wt-csv` in another. Computed so the benchmark builds in any of them.
let rootIdentity = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "CSVBench",
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "csv-bench",
            dependencies: [.product(name: "CSV", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
