import Foundation
import InspectionKit
import Testing

/// No file outside the project root is read, or echoed, whatever a link in it points at; a
/// file that is not a regular file is refused with a sentence that is the same on every run.
@Suite("Files the inspector refuses to read")
struct FileRefusalTests {
    /// A file outside the copy, with a line that must never appear in a message.
    static func outsideFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).yaml").path
        try "root:x:0:0:root:/root:/bin/bash\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func link(_ copy: ProjectCopy, _ relative: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: "\(copy.root)/\(relative)")
        try FileManager.default.createSymbolicLink(atPath: "\(copy.root)/\(relative)", withDestinationPath: destination)
    }

    @Test func aForceFileLinkedOutOfTheRootIsNotReadOrEchoed() throws {
        let copy = try ProjectCopy()
        let outside = try Self.outsideFile()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try link(copy, "Forces/alpha/force.yaml", to: outside)
        let problems = try copy.problems()
        #expect(
            problems
                == "<root>/Forces/alpha/force.yaml:1:1: error: cannot read the file: it leads outside the project root through a symbolic link, and nothing outside it is read; copy the file inside it"
        )
    }

    @Test func anInspectionLinkedOutOfTheRootIsNotReadOrEchoed() throws {
        let copy = try ProjectCopy()
        let outside = try Self.outsideFile()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try link(copy, "Forces/beta/inspections/linked.yaml", to: outside)
        let problems = try copy.problems("beta")
        #expect(
            problems
                == "<root>/Forces/beta/inspections/linked.yaml:1:1: error: cannot read the file: it leads outside the project root through a symbolic link, and nothing outside it is read; copy the file inside it"
        )
    }

    @Test func aLinkThatStaysInsideIsFollowed() throws {
        let copy = try ProjectCopy()
        try FileManager.default.moveItem(
            atPath: "\(copy.root)/Forces/alpha/evidence/visits.yaml", toPath: "\(copy.root)/Forces/alpha/evidence/visits-2025.yaml")
        try link(copy, "Forces/alpha/evidence/visits.yaml", to: "visits-2025.yaml")
        #expect(try copy.problems() == "")
    }

    @Test func aFIFOIsRefusedNotWaitedOnAndNotCalledMissing() throws {
        let copy = try ProjectCopy()
        try FileManager.default.removeItem(atPath: "\(copy.root)/Forces/alpha/evidence/documents/plan.md")
        #expect(mkfifo("\(copy.root)/Forces/alpha/evidence/documents/plan.md", 0o600) == 0)
        let problems = try copy.problems()
        #expect(
            problems == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:25:55: error: cannot read 'evidence/documents/plan.md': it is a FIFO (named pipe), not a regular file
                    - {id: plan, kind: plan, title: Alpha plan, file: evidence/documents/plan.md}
                                                                      ^
                """)
    }

    @Test func aLinkLoopGivesTheSameSentenceOnEveryRun() throws {
        let copy = try ProjectCopy()
        try link(copy, "Forces/alpha/evidence/visits.yaml", to: "loop.yaml")
        try link(copy, "Forces/alpha/evidence/loop.yaml", to: "visits.yaml")
        let runs = try (1...3).map { _ in try copy.problems() }
        #expect(Set(runs).count == 1)
        #expect(
            runs[0].hasPrefix(
                "<root>/Forces/alpha/inspections/2025-fixture.yaml:22:53: error: cannot read 'evidence/visits.yaml': its symbolic links lead round in a loop; point the link at the file itself\n"
            ))
    }

    @Test func aConfigurationFileLinkedToADeviceOrADirectoryIsRefused() throws {
        let copy = try ProjectCopy()
        try FileManager.default.createDirectory(atPath: "\(copy.root)/dev", withIntermediateDirectories: true)
        // A device inside the root, reached through a link that stays inside it.
        try link(copy, "dev/null", to: "/dev/null")
        try link(copy, "Forces/alpha/history.yaml", to: "../../dev/null")
        #expect(
            try copy.problems().contains("Forces/alpha/history.yaml:1:1: error: cannot read the file: it leads outside the project root"))
        try FileManager.default.removeItem(atPath: "\(copy.root)/Forces/alpha/history.yaml")
        try FileManager.default.createDirectory(atPath: "\(copy.root)/Forces/alpha/history.yaml", withIntermediateDirectories: true)
        #expect(try copy.problems() == "<root>/Forces/alpha/history.yaml:1:1: error: cannot read the file: it is a directory")
    }
}
