import Foundation
import TestSupport
import Testing

/// The layers stay visible: every target opens with a paragraph saying what it is for, and the
/// check modules hold domain logic only.
@Suite("Architecture")
struct ArchitectureTests {
    static func directories(in parent: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/\(parent)").sorted()
            .filter { name in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: "\(repositoryRoot)/\(parent)/\(name)", isDirectory: &isDirectory)
                    && isDirectory.boolValue && name != "CLibYAML"
            }
    }

    static func swiftFiles(under directory: String) -> [String] {
        let root = "\(repositoryRoot)/\(directory)"
        let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".swift") }.sorted().map { "\(root)/\($0)" }
    }

    @Test func everyTargetOpensWithWhatItIsFor() throws {
        let targets = try Self.directories(in: "Sources").map { "Sources/\($0)" } + Self.directories(in: "Plugins").map { "Plugins/\($0)" }
        #expect(targets.count >= 20)
        for target in targets {
            let name = (target as NSString).lastPathComponent
            let file = "\(repositoryRoot)/\(target)/\(name).swift"
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            #expect(text.hasPrefix("// \(name)"), "\(target)/\(name).swift should open with a comment saying what \(name) is for")
        }
    }

    @Test func checkModulesCarryNoTuning() throws {
        let modules = try Self.directories(in: "Plugins").filter { $0.hasSuffix("Checks") }
        #expect(modules.count == 5)
        for module in modules {
            for file in Self.swiftFiles(under: "Plugins/\(module)") {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                for word in ["@inlinable", "@exclusivity", "@usableFromInline", "Unsafe", "withUnsafe", "reserveCapacity"] {
                    #expect(!text.contains(word), "\(file) uses \(word): speed belongs in the evidence layer or the check API")
                }
            }
        }
    }
}
