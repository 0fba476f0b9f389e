import ChildData
import Foundation
import TestSupport
import Testing

@testable import InspectionKit
@testable import SyntheticData

/// What the generator writes passes the rules the loader holds evidence to: every case
/// reference the default case-reference rule, every text the proper nouns its force declares.
@Suite("Generated references and text")
struct ReferenceAndTextTests {
    /// Every style, with every type code of the framework's record types, for every serial
    /// number a generation of up to 200,000 records a type can give (and the serials of eight
    /// digits, which are written with nine), in every year the styles write.
    @Test(arguments: ExportDialect.ReferenceStyle.allCases)
    func everyReferenceStyleGivesReferencesTheDefaultRuleAccepts(_ style: ExportDialect.ReferenceStyle) throws {
        let codes = try generator().typeCodes.values.sorted()
        #expect(codes.count >= 8)
        var refused: [String] = []
        func check(_ reference: String) {
            if !CaseReferenceRule.default.accepts(reference) && refused.count < 5 { refused.append(reference) }
        }
        for number in 1...200_000 { check(style.reference(force: 7, type: "ME", year: 2024, number: number)) }
        for number in [10_000_000, 20_150_403, 30_042_015, 99_999_999, 100_000_000] {
            for code in codes { check(style.reference(force: 43, type: code, year: 2024, number: number)) }
        }
        for year in 2000...2099 {
            for code in codes { check(style.reference(force: 1, type: code, year: year, number: 12_015)) }
        }
        #expect(refused.isEmpty, "\(style): \(refused)")
    }

    @Test func noSerialIsWrittenWithExactlyEightDigits() {
        #expect(ExportDialect.ReferenceStyle.serial(4211, width: 6) == "004211")
        #expect(ExportDialect.ReferenceStyle.serial(4211, width: 8) == "000004211")
        #expect(ExportDialect.ReferenceStyle.serial(20_150_403, width: 6) == "020150403")
        #expect(ExportDialect.ReferenceStyle.serial(123_456_789, width: 7) == "123456789")
    }

    /// A national set in memory: every case reference in every table passes the default rule,
    /// and every text field passes the proper nouns its force.yaml declares.
    @Test func aNationalSetPassesTheRulesItsForcesAreReadBy() throws {
        let generator = try generator(forces: 12, episodes: 300)
        #expect(generator.properNouns.contains("Operation Kestrel"))
        for plan in generator.plans {
            let output = try generator.synthesize(plan, keepRows: true)
            let forceYAML = String(decoding: try #require(output.files.first { $0.path == "force.yaml" }).bytes, as: UTF8.self)
            #expect(forceYAML.contains("proper_nouns: ["), "\(plan.id)")
            let nouns = ProperNouns(declared: generator.properNouns + [plan.name, plan.shortName, plan.region, plan.country])
            for (type, table) in output.tables {
                let fields = table.layout.recordType.fields
                for row in table.rows {
                    for (index, field) in fields.enumerated() {
                        guard case .text(let text) = row[index] else { continue }
                        if field.type == .caseReference {
                            #expect(CaseReferenceRule.default.accepts(text), "\(plan.id) \(type): \(text)")
                        } else if field.type == .text {
                            #expect(nouns.undeclared(in: text) == nil, "\(plan.id) \(type).\(field.name): \(text)")
                        }
                    }
                }
            }
        }
    }
}

/// `generate --out` writes a new directory, never through a link, and clears what killed runs left.
@Suite("Generated set's directory")
struct PartialDirectoryTests {
    @Test func aLinkToAnEmptyDirectoryIsRefusedAndNothingIsWritten() throws {
        let parent = temporaryPath("link")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: "\(parent)/empty", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(parent)/out", withDestinationPath: "empty")
        let error = #expect(throws: GenerationError.self) {
            try generator(forces: 1, episodes: 20).generate(into: "\(parent)/out", root: repositoryRoot, jobs: 1)
        }
        #expect(error?.description.hasPrefix("'\(parent)/out' is a symbolic link; generate builds a new directory") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["empty", "out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(parent)/empty").isEmpty)
        #expect(!GenerationError.outputIsLink("x").isInternal)
    }

    /// A partial directory no run holds is what `kill -9` leaves: the next run removes it. One a
    /// running generation holds (its lock), a link named like one, and other names are kept.
    @Test func theNextRunClearsWhatAKilledRunLeftAndNothingElse() throws {
        let parent = temporaryPath("partials")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: "\(parent)/out.partial-123-456/Forces", withIntermediateDirectories: true)
        try Data("left".utf8).write(to: URL(fileURLWithPath: "\(parent)/out.partial-123-456/Forces/x.yaml"))
        try manager.createDirectory(atPath: "\(parent)/out.partial-789-1", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(parent)/out.partial-x-1", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(parent)/elsewhere", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: "\(parent)/out.partial-5-5", withDestinationPath: "elsewhere")
        // A running generation's: held with a shared lock, as the generator holds its own.
        let held = open("\(parent)/out.partial-789-1", O_RDONLY | O_DIRECTORY)
        #expect(held >= 0 && flock(held, LOCK_SH) == 0)
        defer { close(held) }

        _ = try generator(forces: 1, episodes: 20).generate(into: "\(parent)/out", root: repositoryRoot, jobs: 1)
        #expect(
            try manager.contentsOfDirectory(atPath: parent).sorted() == [
                "elsewhere", "out", "out.partial-5-5", "out.partial-789-1", "out.partial-x-1",
            ])
    }

    @Test func onlyNamesOfThePartialShapeAreTaken() {
        #expect(PartialDirectory.isPartialName("out.partial-123-456", of: "out"))
        #expect(!PartialDirectory.isPartialName("out.partial-123-", of: "out"))
        #expect(!PartialDirectory.isPartialName("out.partial-12a-4", of: "out"))
        #expect(!PartialDirectory.isPartialName("out2.partial-1-2", of: "out"))
        #expect(!PartialDirectory.isPartialName("out.partial-1-2-3", of: "out"))
    }
}
