// swift-tools-version: 6.0
// libFuzzer over the run history as every reading command reads it (`make fuzz-store`): a saved
// store, random values put in its rows, then history, diff, follow-up, inspect --baseline and
// history --check run in the process. A package of its own, like bench/YAMLBench, so that the
// product's Package.swift gains no fuzz-only target; built by the Makefile with
// `-sanitize=fuzzer,address -parse-as-library -enable-testing` on every Swift module.
import Foundation
import PackageDescription

/// The root package's identity, which SwiftPM takes from its directory name (lowercased):
/// worked out from where this manifest lies (fuzz/StoreFuzz/Package.swift).
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "StoreFuzz",
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The declaration of libFuzzer's driver, which the entry point calls.
        .target(name: "FuzzDriver"),
        .executableTarget(name: "store-fuzz", dependencies: [
            "FuzzDriver",
            .product(name: "InspectorCLI", package: rootPackage),
            .product(name: "InspectionStore", package: rootPackage),
            .product(name: "InspectionKit", package: rootPackage),
            .product(name: "BuiltInChecks", package: rootPackage),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
