import CaseAudits
import Foundation
import InspectionKit
import InspectionLoading
import Reproducible
import Testing
import YAML

/// `inspector sample`: the same inputs and seed give the same bytes; strata in proportion,
/// oversampling recorded; references only; a size above the population refused.
@Suite("Samples")
struct SamplingTests {
    @Test func theGeneratorsDrawsArePinned() {
        // Written out (xoshiro256** over SplitMix64), so these never change with the platform or
        // the toolchain; a change here changes every sample ever drawn.
        var generator = SeededRandom(seed: 7)
        #expect(
            (0..<3).map { _ in generator.next() } == [12_923_355_070_828_475_994, 5_142_052_590_334_782_674, 15_488_392_906_492_639_638])
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedAnotherSample() throws {
        let copy = try ProjectCopy.withVisits()
        let first = try copy.drawSample(size: 8, seed: 11)
        let second = try copy.drawSample(size: 8, seed: 11)
        #expect(first.yaml == second.yaml)
        #expect(first.cases.map(\.reference) == ["V-003", "V-006", "V-008", "V-017", "V-019", "V-030", "V-032", "V-039"])
        let other = try copy.drawSample(size: 8, seed: 12)
        #expect(other.cases.map(\.reference) != first.cases.map(\.reference))
        #expect(first.population == 40 && first.records == 40 && first.rejected == 0)
        #expect(first.sha256 == (try SHA256.file("\(copy.root)/Forces/alpha/evidence/visits.yaml").sha256))
    }

    @Test func theFileSaysHowItWasDrawnAndReadsBack() throws {
        let copy = try ProjectCopy.withVisits()
        let sample = try copy.drawSample(size: 5, seed: 3, stratify: "outcome", oversample: ["unknown": 2])
        let text = sample.yaml
        #expect(text.hasPrefix("# A sample of case references for a case-file audit, drawn by inspector \(ToolInfo.current.version):\n"))
        #expect(text.contains("#   inspector sample alpha --dataset visits --size 5 --seed 3 --stratify outcome --oversample unknown=2\n"))
        #expect(
            text.contains(
                """
                  strata:
                    - {stratum: "safe", population: 20, drawn: 2, oversample: 1, weight: 10}
                    - {stratum: "unknown", population: 10, drawn: 2, oversample: 2, weight: 5}
                    - {stratum: "unsafe", population: 10, drawn: 1, oversample: 1, weight: 10}
                """))
        let document = try YAML.Document.parse(text, file: "sample.yaml")
        var diagnostics = DiagnosticCollector()
        let read = try #require(ConfigFile.decode(AuditSampleFile.self, from: document.root, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(read.cases.map(\.caseRef.value) == sample.cases.map(\.reference))
        #expect(read.method.strata.map(\.drawn) == [2, 2, 1])
        #expect(read.dataset.sha256.value == sample.sha256)
        // References and strata only: nothing else about a case is written.
        #expect(!text.contains("requested_at") && !text.contains("T10:00"))
    }

    @Test func proportionalAllocationByLargestRemainderAndCappedStrata() throws {
        let strata = [
            Sampler.Stratum(name: "a", references: (1...7).map { "A-\($0)" }),
            Sampler.Stratum(name: "b", references: (1...2).map { "B-\($0)" }),
            Sampler.Stratum(name: "c", references: (1...1).map { "C-\($0)" }),
        ]
        #expect(try Sampler.allocate(5, among: strata, oversample: [:]) == [4, 1, 0])
        #expect(try Sampler.allocate(10, among: strata, oversample: [:]) == [7, 2, 1])
        // Oversampled tenfold, c is full at 1 and the rest is shared in proportion.
        #expect(try Sampler.allocate(5, among: strata, oversample: ["c": 10]) == [3, 1, 1])
        #expect(throws: SamplingError.unknownStratum(stratum: "d", strata: ["a", "b", "c"])) {
            try Sampler.allocate(5, among: strata, oversample: ["d": 2])
        }
    }

    @Test func aSizeAboveThePopulationIsRefused() throws {
        let copy = try ProjectCopy.withVisits(6)
        #expect(throws: SamplingError.sizeAbovePopulation(size: 7, population: 6, dataset: "visits")) { try copy.drawSample(size: 7) }
        #expect(
            SamplingError.sizeAbovePopulation(size: 7, population: 6, dataset: "visits").description
                == "a sample of 7 is more than the 6 cases of visits it would be drawn from; sample at most 6")
    }

    @Test func aPeriodKeepsOnlyTheCasesDatedWithinIt() throws {
        let copy = try ProjectCopy.withVisits()
        let workspace = try copy.workspace()
        let period = (YAML.Day("2025-01-05")!, YAML.Day("2025-01-14")!)
        let sample = try Sampler.draw(
            .init(force: "alpha", dataset: "visits", size: 10, seed: 1, period: period), catalog: workspace.catalog,
            registry: workspace.registry)
        #expect(sample.population == 10 && sample.outsidePeriod == 30)
        #expect(sample.cases.map(\.reference) == (5...14).map { "V-\(String(format: "%03d", $0))" })
        #expect(sample.yaml.contains("  period: {field: \"requested_at\", from: \"2025-01-05\", to: \"2025-01-14\"}\n"))
        #expect(throws: SamplingError.sizeAbovePopulation(size: 11, population: 10, dataset: "visits")) {
            try Sampler.draw(
                .init(force: "alpha", dataset: "visits", size: 11, seed: 1, period: period), catalog: workspace.catalog,
                registry: workspace.registry)
        }
    }

    @Test func requestsThatCannotBeMetSayWhy() throws {
        let copy = try ProjectCopy.withVisits()
        let workspace = try copy.workspace()
        func refusal(_ request: Sampler.Request) -> String {
            do {
                _ = try Sampler.draw(request, catalog: workspace.catalog, registry: workspace.registry)
                return "drawn"
            } catch {
                return "\(error)"
            }
        }
        #expect(
            refusal(.init(force: "alpha", dataset: "visit", size: 2, seed: 1))
                == "alpha's inspection has no dataset 'visit' (did you mean 'visits'?); its datasets: visits, observations")
        #expect(
            refusal(.init(force: "alpha", dataset: "visits", size: 2, seed: 1, stratify: "requested_at"))
                == "cannot stratify by requested_at, which is timestamp (ISO 8601 with zone); stratify by a field of words, yes or no, or whole numbers"
        )
        #expect(
            refusal(.init(force: "alpha", dataset: "visits", size: 2, seed: 1, stratify: "outcom"))
                .hasPrefix("home-visit has no field 'outcom' (did you mean 'outcome'?)"))
        #expect(
            refusal(.init(force: "alpha", dataset: "visits", size: 2, seed: 1, oversample: ["safe": 2]))
                == "--oversample weights a stratum; give --stratify too")
        #expect(
            refusal(.init(force: "alpha", dataset: "observations", size: 2, seed: 1))
                == "framework fixture-2024 has no audit form for inspection-observation records; add one under audit_forms (docs/case-audits.md)"
        )
    }
}
