import Foundation
import InspectionKit
import Testing

/// A check written under Plugins/ but not listed in its module is never run: this test finds
/// every `InspectionCheck` type in the sources and expects each in the registry.
@Suite("Registration")
struct RegistrationTests {
    static let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plugins").path

    /// `struct Name: InspectionCheck` declarations, by file.
    static func declaredChecks() throws -> [(type: String, file: String)] {
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(atPath: plugins)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        let pattern = try NSRegularExpression(pattern: #"struct\s+(\w+)\s*:\s*[^{]*\bInspectionCheck\b"#)
        for file in files {
            let text = try String(contentsOfFile: "\(plugins)/\(file)", encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                found.append((String(text[Range(match.range(at: 1), in: text)!]), file))
            }
        }
        return found
    }

    @Test func everyCheckUnderPluginsIsRegistered() throws {
        let declared = try Self.declaredChecks()
        let registered = Set(registry.modules.flatMap(\.checks).map { String(describing: $0) })
        #expect(declared.count >= 18)
        for (type, file) in declared {
            #expect(registered.contains(type), "\(type) in Plugins/\(file) is not in its module's `checks`")
        }
    }

    @Test func eachCheckLivesInAFileNamedAfterIt() throws {
        for (type, file) in try Self.declaredChecks() {
            #expect(file.hasSuffix("/\(type).swift"), "\(type) should be in its own file \(type).swift, not \(file)")
        }
    }
}
