import Foundation
import Testing

/// `inspector new check` writes a check that compiles against the package's modules, its test,
/// its line in the module and the module's current reference. (A full build and `make test` of
/// a scaffolded checkout is too slow for every run; the README's "Add a check" says how it was
/// verified.)
@Suite("inspector new check, end to end")
struct NewCheckTests {
    /// A throwaway package root holding a copy of Plugins/ (what the command edits).
    static func pluginsCopy() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-new-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/Tests/CheckTests", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(repositoryRoot)/Plugins", toPath: "\(root)/Plugins")
        return root
    }

    /// Type-checks a module's sources against the built modules beside the inspector binary.
    static func typecheck(module: String, in root: String, directory: String = "Plugins") throws -> (status: Int32, output: String) {
        let modules = URL(fileURLWithPath: inspectorBinary).deletingLastPathComponent().appendingPathComponent("Modules").path
        let sources = try FileManager.default.contentsOfDirectory(atPath: "\(root)/\(directory)/\(module)").filter {
            $0.hasSuffix(".swift")
        }
        .sorted()
        .map { "\(root)/\(directory)/\(module)/\($0)" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "swiftc", "-typecheck", "-parse-as-library", "-swift-version", "6", "-module-name", module, "-package-name", "inspector",
                "-I", modules,
                "-I", "\(repositoryRoot)/Sources/CLibYAML",
            ] + sources
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(arguments: [
        ("missing.return-visits", "RespondingChecks", "abuse-report", "ReturnVisitsCheck"),
        ("leadership.scrutiny", "LeadershipChecks", nil, "ScrutinyCheck"),
        ("assessing.reviews-shared", "AssessingChecks", "case-file-review", "ReviewsSharedCheck"),
    ])
    func aNewCheckCompilesAndIsListed(id: String, module: String, reads: String?, type: String) throws {
        let root = try Self.pluginsCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try inspector(["new", "check", id, "--module", module, "--root", root] + (reads.map { ["--reads", $0] } ?? []))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Created \(type) (\(id)) in \(module): it builds and its tests pass as written."))
        let list = try String(contentsOfFile: "\(root)/Plugins/\(module)/\(module).swift", encoding: .utf8)
        #expect(list.contains("            \(type).self,\n        ]"), "the check is the last of the module's checks")
        let reference = try String(contentsOfFile: "\(root)/Plugins/\(module)/REFERENCE.md", encoding: .utf8)
        #expect(reference.contains("| `\(id)` |"))
        let test = try String(contentsOfFile: "\(root)/Tests/CheckTests/\(type)Tests.swift", encoding: .utf8)
        #expect(test.contains("for example in \(type).descriptor.examples { expectExample(\(type).self, example) }"))
        let check = try Self.typecheck(module: module, in: root)
        #expect(check.status == 0, "the scaffolded module does not type-check:\n\(check.output)")
    }

    @Test func mistakesAreRefusedWithTheWayOut() throws {
        let root = try Self.pluginsCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cases: [([String], String)] = [
            (
                ["Missing.Bad", "--module", "RespondingChecks"],
                "error: check id 'Missing.Bad' is malformed; use dotted lowercase words such as 'missing.return-interviews'\n"
            ),
            (["missing.risk-grading", "--module", "RespondingChecks"], "error: check 'missing.risk-grading' already exists\n"),
            (
                ["missing.new", "--module", "RespondingCheck"],
                "error: unknown check module 'RespondingCheck' (did you mean 'RespondingChecks'?); modules: ChildProtectionRecords, LeadershipChecks, PartnershipChecks, RespondingChecks, AssessingChecks, InvestigatingChecks\n"
            ),
            (
                ["missing.new", "--module", "RespondingChecks", "--reads", "missing-episod"],
                "error: unknown record type 'missing-episod' (did you mean 'missing-episode'?)\n"
            ),
            (
                ["missing.new", "--module", "RespondingChecks", "--reads", "missing-episode"],
                "error: record type 'missing-episode' has no true/false field for the new check to count; scaffold an observation-based check (leave out --reads) and edit it\n"
            ),
        ]
        for (arguments, message) in cases {
            let run = try inspector(["new", "check"] + arguments + ["--root", root])
            #expect(run.status == 3)
            #expect(run.stderr == message)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/Tests/CheckTests").isEmpty)
    }

    /// An agency's own package outside this repository: Examples/CustomInspector's sources,
    /// copied to a temporary directory.
    static func agencyPackage() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-agency-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/Tests", withIntermediateDirectories: true)
        let example = "\(repositoryRoot)/Examples/CustomInspector"
        try FileManager.default.copyItem(atPath: "\(example)/Sources", toPath: "\(root)/Sources")
        try FileManager.default.copyItem(
            atPath: "\(example)/Tests/ReturnInterviewChecksTests", toPath: "\(root)/Tests/ReturnInterviewChecksTests")
        return root
    }

    @Test func aNewCheckGoesIntoAnAgencysOwnPackage() throws {
        let root = try Self.agencyPackage()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try inspector(["new", "check", "missing.return-visits", "--module", "ReturnInterviewChecks", "--package", root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Created ReturnVisitsCheck (missing.return-visits) in ReturnInterviewChecks"))
        let list = try String(contentsOfFile: "\(root)/Sources/ReturnInterviewChecks/ReturnInterviewChecks.swift", encoding: .utf8)
        #expect(
            list.contains("checks: [ReturnInterviewCheck.self, ReturnVisitsCheck.self]") || list.contains("ReturnVisitsCheck.self,\n"),
            "\(list)")
        let check = try String(contentsOfFile: "\(root)/Sources/ReturnInterviewChecks/ReturnVisitsCheck.swift", encoding: .utf8)
        #expect(check.contains("area: \"responding\""))
        #expect(FileManager.default.fileExists(atPath: "\(root)/Tests/ReturnInterviewChecksTests/ReturnVisitsCheckTests.swift"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/Sources/ReturnInterviewChecks/REFERENCE.md"))
        let typecheck = try Self.typecheck(module: "ReturnInterviewChecks", in: root, directory: "Sources")
        #expect(typecheck.status == 0, "the scaffolded module does not type-check:\n\(typecheck.output)")

        let again = try inspector(["new", "check", "missing.return-interviews", "--module", "ReturnInterviewChecks", "--package", root])
        #expect(again.status == 3)
        #expect(
            again.stderr
                == "error: check 'missing.return-interviews' already exists in \(root)/Sources/ReturnInterviewChecks/ReturnInterviewCheck.swift\n"
        )
        let nowhere = try inspector(["new", "check", "missing.other", "--module", "NoSuchChecks", "--package", root])
        #expect(nowhere.status == 3)
        #expect(
            nowhere.stderr
                == "error: \(root)/Sources/NoSuchChecks/NoSuchChecks.swift does not exist; --package names the root of a package whose module NoSuchChecks is in Sources/NoSuchChecks\n"
        )
    }
}
