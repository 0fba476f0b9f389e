import Foundation
import Testing

/// `inspector site`: the shipped forces as a site, written all or nothing, the same bytes each
/// time, never over a directory it did not write.
@Suite("inspector site", .serialized)
struct SiteCommandTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-site-\(UUID().uuidString)").path

    func site(_ arguments: [String] = [], out: String? = nil) throws -> Run {
        try inspector(
            ["site", "--out", out ?? "\(scratch)/site", "--as-of", "2025-10-20", "--store", "\(scratch)/none.sqlite"] + arguments)
    }

    func files(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(directory)/\(name)", isDirectory: &isDirectory)
            if !isDirectory.boolValue { out[name] = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)")) }
        }
        return out
    }

    @Test func theShippedForcesBecomeASiteWithTheSameBytesEachTime() throws {
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let first = try site()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Open file://\(scratch)/site/index.html in a browser.\n")
        #expect(first.stderr.contains("note: there is no run history at \(scratch)/none.sqlite yet, so the site shows no trends\n"))
        let written = try files("\(scratch)/site")
        for page in ["index.html", "forces/northamptonshire.html", "areas/ncpi-2024/responding.html", "reference/index.html"] {
            #expect(written[page] != nil, "\(page) is written")
        }
        #expect(written[".inspector-site"] != nil)
        let north = String(decoding: written["forces/northamptonshire.html"]!, as: UTF8.self)
        #expect(north.contains("<h1>Northamptonshire Police</h1>"))
        let second = try site()
        #expect(second.status == 0)
        #expect(try files("\(scratch)/site") == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["site"], "nothing left beside the site")
    }

    @Test func aDirectoryOfSomeoneElsesFilesIsNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: "\(scratch)/docs", withIntermediateDirectories: true)
        try "mine\n".write(toFile: "\(scratch)/docs/notes.txt", atomically: true, encoding: .utf8)
        let run = try site(out: "\(scratch)/docs")
        #expect(run.status == 3)
        #expect(
            run.stderr.hasSuffix(
                "error: cannot write '\(scratch)/docs': it is a directory with files in it that inspector did not write (it has no .inspector-site), and writing replaces the whole directory; name a new or empty directory\n"
            ))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch)/docs") == ["notes.txt"])
    }

    @Test func aBrokenForceIsListedOnTheIndexAndTheOthersStillWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Forces/west-midlands/force.yaml", replacing: "region:", with: "regoin:")
        let run = try site(["--root", copy.root])
        #expect(run.status == 3)
        #expect(run.stderr.contains("error: unknown key 'regoin' (did you mean 'region'?)"))
        #expect(run.stderr.hasSuffix("could not be run and are listed on the index only: west-midlands.\n"))
        let pages = try files("\(scratch)/site")
        #expect(pages["forces/west-midlands.html"] == nil)
        #expect(pages["forces/northamptonshire.html"] != nil)
        let index = String(decoding: pages["index.html"]!, as: UTF8.self)
        #expect(index.contains("<h3>Forces that could not be run</h3>"))
        #expect(index.contains("<li><code>west-midlands</code>: invalid configuration or evidence (1 error, the first in"))
    }

    @Test func validateSaysWhichRowsWereRejectedWithinTheirLimit() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        // The missing-episode dataset changes below; its audit sample was drawn from the one shipped.
        try copy.removeCaseAudits(force: "northamptonshire")
        let export = "Forces/northamptonshire/evidence/exports/missing-episodes.csv"
        let rows = try String(contentsOfFile: "\(copy.root)/\(export)", encoding: .utf8)
        try copy.write(
            export,
            rows
                + "NPT-MIS-07,17/12/2024 19:20,REP,X,17/12/2024 20:05,synthetic row\nNPT-MIS-08,18/12/2024 19:20,REP,Z,18/12/2024 20:05,synthetic row\n"
        )
        try copy.edit(
            "Forces/northamptonshire/inspections/2025-ncpi.yaml",
            replacing: "{name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}",
            with:
                "{name: missing_episodes, record_type: missing-episode, file: evidence/exports/missing-episodes.csv, format: csv, provenance: reconstructed, mapping: mappings/missing-episodes.yaml, max_rejected: 2}"
        )
        let run = try inspector(["validate", "--root", copy.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Valid: "))
        #expect(
            run.stdout.hasSuffix(
                """
                Rows were rejected within the datasets' max_rejected (`inspect --rejects DIR` writes them):
                  - northamptonshire, 2025-ncpi, dataset missing_episodes (evidence/exports/missing-episodes.csv): 2 of 8 rows rejected

                """))
    }
}
