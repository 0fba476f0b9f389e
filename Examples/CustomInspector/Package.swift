// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The inspector repository this example extends, two directories up. SwiftPM names a path
/// dependency after its directory, lowercased (`inspector`, `wt-example`, `ci-clone`, …), and
/// `.product(name:package:)` must use that name, so it is computed from this file's path: the
/// example then builds in any checkout, whatever its directory is called. An agency's own
/// package would instead depend on a released version:
/// `.package(url: "https://…/inspector.git", from: "…")` and `package: "inspector"`.
let inspectorPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Examples/CustomInspector
    .deletingLastPathComponent()  // Examples
    .deletingLastPathComponent()  // the repository root
    .lastPathComponent.lowercased()

func inspector(_ product: String) -> Target.Dependency {
    .product(name: product, package: inspectorPackage)
}

let package = Package(
    name: "CustomInspector",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "force-inspector", targets: ["force-inspector"]),
        .library(name: "ReturnInterviewChecks", targets: ["ReturnInterviewChecks"]),
    ],
    dependencies: [
        .package(path: "../..")
    ],
    targets: [
        // MARK: The agency's own check module: a record type and a check
        .target(name: "ReturnInterviewChecks", dependencies: [inspector("InspectionKit")]),

        // MARK: The agency's inspector: the built-in checks and its own
        .executableTarget(
            name: "force-inspector",
            dependencies: [
                "ReturnInterviewChecks", inspector("BuiltInChecks"), inspector("InspectorCLI"),
            ]),

        // MARK: Tests
        .testTarget(
            name: "ReturnInterviewChecksTests",
            dependencies: [
                "ReturnInterviewChecks", inspector("InspectionKit"), inspector("InspectionTesting"), inspector("BuiltInChecks"),
            ]),
        // Depends on the executable only so that `swift test` builds it; the tests run the binary.
        .testTarget(name: "EndToEndTests", dependencies: ["force-inspector"]),
    ],
    swiftLanguageModes: [.v6]
)
