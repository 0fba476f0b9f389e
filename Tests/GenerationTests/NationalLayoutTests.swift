import Foundation
import TestSupport
import Testing
import YAML

@testable import InspectionKit
@testable import SyntheticData

@Suite("National layout")
struct NationalLayoutTests {
    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
        let first = temporaryPath("first")
        let second = temporaryPath("second")
        let other = temporaryPath("other")
        defer { for path in [first, second, other] { try? FileManager.default.removeItem(atPath: path) } }
        _ = try generator().generate(into: first, root: repositoryRoot, jobs: 2)
        _ = try generator().generate(into: second, root: repositoryRoot, jobs: 1)
        _ = try generator(seed: 8).generate(into: other, root: repositoryRoot, jobs: 2)
        let written = files(under: first)
        #expect(written == files(under: second))
        #expect(written.count > 30)
        for path in written {
            #expect(
                FileManager.default.contents(atPath: "\(first)/\(path)") == FileManager.default.contents(atPath: "\(second)/\(path)"),
                "\(path) differs between two runs")
        }
        let csvs = written.filter { $0.hasSuffix(".csv") }
        let differing = csvs.filter {
            FileManager.default.contents(atPath: "\(first)/\($0)") != FileManager.default.contents(atPath: "\(other)/\($0)")
        }
        #expect(differing.count == csvs.count, "seed 8 should change every export")
    }

    @Test func everyRecordTypeTheFrameworkReadsHasAnExportAndAMapping() throws {
        let framework = try #require(workspace.catalog.frameworks["ncpi-2024"])
        let read = Set(framework.areas.flatMap(\.checks).compactMap { workspace.registry.descriptor($0.check.value) }.flatMap(\.readIDs))
        let generator = try generator()
        // Every record type with a synthesiser; one without (a module's new type) is named apart.
        #expect(Set(generator.recordTypeIDs) == read.subtracting(generator.notSynthesized.keys))
        #expect(Set(generator.notSynthesized.keys).isSubset(of: read))
        let output = try generator.synthesize(generator.plans[0])
        let paths = Set(output.files.map(\.path))
        let inspection = String(decoding: try #require(output.files.first { $0.path == "inspections/synthetic.yaml" }).bytes, as: UTF8.self)
        for type in generator.recordTypeIDs {
            #expect(paths.contains("evidence/\(type).csv") && paths.contains("mappings/\(type).yaml"), "\(type)")
            #expect(
                inspection.contains(
                    "record_type: \(type)\n      file: evidence/\(type).csv\n      format: csv\n      provenance: synthetic\n"))
        }
        #expect(paths.contains("evidence/observations.yaml") && paths.contains("evidence/documents/strategy.md"))
    }

    @Test func everyTopicOfTheObservationOnlyChecksHasAFinding() throws {
        let generator = try generator()
        let output = try generator.synthesize(generator.plans[1])
        let text = String(decoding: try #require(output.files.first { $0.path == "evidence/observations.yaml" }).bytes, as: UTF8.self)
        let descriptors: [CheckDescriptor] = generator.checks.map { $0.type.descriptor }
        let topics = descriptors.filter { $0.reads.isEmpty }.flatMap { $0.observationTopics }
        #expect(topics.count == 5)
        for topic in topics { #expect(text.contains("- topic: \(topic)\n"), "\(topic)") }
    }

    @Test func everyFileSaysItIsSynthetic() throws {
        let generator = try generator()
        for (path, bytes) in try generator.synthesize(generator.plans[2]).files where !path.hasSuffix(".csv") {
            #expect(String(decoding: bytes.prefix(200), as: UTF8.self).contains("SYNTHETIC"), "\(path)")
        }
    }

    @Test func mappingsNameOnlyTheRecordTypesFieldsAndTheHeadersColumns() throws {
        let generator = try generator(forces: 6)
        for plan in generator.plans {
            for (path, bytes) in try generator.synthesize(plan).files where path.hasPrefix("mappings/") {
                let mapping = try TestMapping(String(decoding: bytes, as: UTF8.self))
                let type = try #require(workspace.registry.recordType(mapping.recordType)).recordType
                #expect(path == "mappings/\(type.id).yaml")
                #expect(
                    Set(mapping.keys).isSubset(of: [
                        "schema", "record_type", "delimiter", "missing", "timestamps", "dates", "booleans", "columns", "ignore",
                    ]))
                #expect(Set(mapping.columns.keys) == Set(type.fields.map(\.name)), "\(plan.id) \(path)")
                let csv = try #require(try generator.synthesize(plan).files.first { $0.path == "evidence/\(type.id).csv" })
                let header = splitCSV(csv.bytes, delimiter: mapping.delimiter)[0]
                let mapped = mapping.columns.values.map(\.column)
                #expect(Set(mapped).count == mapped.count, "a column given to two fields in \(plan.id) \(path)")
                #expect(Set(mapped).isSubset(of: header) && Set(mapping.ignore).isSubset(of: header), "\(plan.id) \(path)")
                for column in header where looksPersonal(column) {
                    #expect(mapping.ignore.contains(column), "\(column) looks like personal data but is not ignored in \(plan.id) \(path)")
                    #expect(!mapped.contains(column))
                }
                for field in type.fields {
                    let codes = mapping.columns[field.name]!.codes
                    switch field.type {
                    case .choice(let options): #expect(Set(codes.values).isSubset(of: options))
                    case .textList:
                        let vocabulary = workspace.catalog.frameworks["ncpi-2024"]!.vocabularies["\(type.id).\(field.name)"]?.value ?? []
                        #expect(Set(codes.values).isSubset(of: vocabulary))
                    default: #expect(codes.isEmpty)
                    }
                }
            }
        }
    }

    @Test func noSyntheticForceTakesARealForcesIdOrName() throws {
        let real = try FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/Forces")
        #expect(real.count >= 4)
        let names = workspace.catalog.forces.values.flatMap { [$0.force.name, $0.force.shortName] }.map { $0.lowercased() }
        for plan in try generator(forces: 43, episodes: 10).plans {
            #expect(!real.contains(plan.id) && !names.contains(plan.name.lowercased()) && !names.contains(plan.shortName.lowercased()))
            #expect(plan.id.hasPrefix("synthetic-") && ForceID.isValid(plan.id))
        }
    }

    @Test func sizesAndProportionsAreThoseOfARealYear() throws {
        let generator = try generator(forces: 43, episodes: 1000)
        let factors = generator.plans.map(\.sizeFactor)
        #expect(factors.allSatisfy { (0.399...2.001).contains($0) })
        #expect(abs(factors.reduce(0, +) / 43 - 1) < 0.01)
        #expect(abs(generator.plans.map(\.volume).reduce(0, +) - 43_000) <= 43)
        for plan in generator.plans.prefix(4) {
            let counts = try generator.synthesize(plan).counts
            let episodes = Double(counts["missing-episode"]!)
            #expect(abs(episodes / Double(plan.volume) - 1) <= 0.11)
            for (type, share) in [
                ("abuse-report", 0.3), ("domestic-abuse-incident", 0.4), ("strategy-discussion", 0.08),
                ("offence-against-child", 0.1), ("exploitation-case", 0.02),
            ] {
                let ratio = Double(counts[type]!) / episodes
                #expect(abs(ratio - share) <= share * 0.25 + 0.005, "\(type): \(ratio)")
            }
            #expect((60...120).contains(counts["case-file-review"]!))
            #expect((4...8).contains(counts["team-establishment"]!))
            #expect((1...4).contains(counts["partnership-initiative"]!))
        }
    }

    @Test func aDirectoryThatIsNotEmptyIsRefusedAndNothingIsLeftBehind() throws {
        let directory = temporaryPath("busy")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: "\(directory)/keep.txt"))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: GenerationError.self) { try generator().generate(into: directory, root: repositoryRoot, jobs: 1) }
        let parent = (directory as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter {
            $0.hasPrefix((directory as NSString).lastPathComponent + ".partial")
        }
        #expect(leftovers.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["keep.txt"])
        #expect(
            GenerationError.outputNotEmpty("out").description
                == "'out' exists and is not empty; generate into a new directory (nothing was written)")
    }
}
