import Foundation
import InspectionKit
import InspectionRunner
import Testing

/// `inspector compare`, run as a user runs it.
@Suite("inspector compare, end to end")
struct CompareCommandTests {
    /// The shipped forces, as the directory lists them: a force added there joins every run.
    static let shippedForces = try! FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/Forces").filter {
        !$0.hasPrefix(".")
    }.sorted()

    @Test func everyShippedForceIsComparedWithAgreementAndEvidenceMarked() throws {
        let run = try inspector(["compare", "--all"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout.hasPrefix(
                "Comparison of \(Self.shippedForces.count) forces under ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2\n")
        )
        #expect(run.stdout.contains("Northamptonshire p+r      A/A ✓      G/G ✓      RI/RI ✓    A/A* ✓     RI/RI ✓\n"))
        #expect(run.stdout.contains("Gloucestershire  p        I/I ✓      –/A        I/I ✓      –/RI       I/I ✓\n"))
        #expect(run.stdout.contains("Lincolnshire     p        I/–        –/–        –/–        –/–        I/–\n"))
        #expect(run.stdout.contains("South Wales      –        –/?        –/?        –/G        –/?        –/?\n"))
        #expect(run.stdout.contains("  1. Northamptonshire Police: 46.3% (evidence p+r)\n"))
        #expect(run.stdout.contains("  Northamptonshire 5 of 5 areas\n"))
        #expect(run.stdout.contains("Northamptonshire          ↑– ↓–      ↑– ↓–      ↑1 ↓1      ↑– ↓–      ↑– ↓–\n"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits 80 columns")
    }

    @Test func aNewForceDirectoryAppearsWithNoCodeChange() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/northamptonshire", toPath: "\(copy.root)/Forces/test-shire")
        // Northamptonshire's audit samples are its own: a copy under another id audits nothing.
        try copy.removeCaseAudits(force: "test-shire")
        try copy.edit("Forces/test-shire/force.yaml", replacing: "id: northamptonshire", with: "id: test-shire")
        try copy.edit(
            "Forces/test-shire/force.yaml", replacing: "name: Northamptonshire Police", with: "name: Test-shire Police (synthetic copy)")
        try copy.edit("Forces/test-shire/force.yaml", replacing: "short_name: Northamptonshire", with: "short_name: Test-shire")
        let run = try inspector(["compare", "--all", "--root", copy.root])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Comparison of \(Self.shippedForces.count + 1) forces"))
        #expect(run.stdout.contains("\nTest-shire       p+r      A/A ✓"))
    }

    @Test func aBrokenForceIsReportedAndTheOthersStillCompared() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Forces/west-midlands/force.yaml", replacing: "region:", with: "regoin:")
        let run = try inspector(["compare", "--all", "--root", copy.root])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("\(copy.root)/Forces/west-midlands/force.yaml:"))
        #expect(run.stderr.contains("error: unknown key 'regoin' (did you mean 'region'?)"))
        #expect(run.stderr.hasSuffix("1 of \(Self.shippedForces.count) forces could not be compared: west-midlands.\n"))
        #expect(run.stdout.hasPrefix("Comparison of \(Self.shippedForces.count - 1) forces"))
        #expect(
            run.stdout.contains(
                "  - west-midlands: invalid configuration or evidence (1 error, the first in\n    \(copy.root)/Forces/west-midlands/force.yaml;\n    `inspector validate` lists them)"
            ))

        let strict = try inspector(["compare", "--all", "--strict", "--root", copy.root])
        #expect(strict.status == 3)
        #expect(strict.stdout == "")
        #expect(strict.stderr.contains("unknown key 'regoin'"))
    }

    @Test func theSameComparisonIsByteIdenticalWhateverTheCoresOrOrder() throws {
        for format in ["text", "json", "markdown", "csv", "html"] {
            let parallel = try inspector(["compare", "--all", "--format", format, "--jobs", "4"])
            let single = try inspector(["compare", "--all", "--format", format, "--jobs", "1"])
            let reordered = try inspector(["compare"] + Self.shippedForces.reversed() + ["--format", format])
            #expect(parallel.status == 0)
            #expect(parallel.stdout == single.stdout, "\(format): --jobs 4 and --jobs 1 differ")
            #expect(parallel.stdout == reordered.stdout, "\(format): force order changed the output")
        }
    }

    @Test func csvAndJsonAreMachineReadable() throws {
        let csv = try inspector(["compare", "northamptonshire", "greater-manchester", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "force,force_name,framework,kind,id,label,computed_grade,percent,evidence,published_grade,published_possible,published_inferred,agreement,value,unit,n,margin_up_cases,margin_up_check,margin_down_cases,margin_down_check,low,high"
        )
        #expect(
            lines.contains(
                "northamptonshire,Northamptonshire Police,ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2,area,leadership,Leadership of child protection arrangements,adequate,58.3,published reconstructed,adequate,,false,agrees,,,,,,,,,"
            ))
        #expect(
            lines.contains(
                "greater-manchester,Greater Manchester Police,ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2,area,assessing,Assessing risk to children and making appropriate referrals,,,,adequate,,false,not-graded,,,,,,,,,"
            ))
        let json = try inspector(["compare", "--all", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["forces"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == Self.shippedForces)
        #expect(object["incomparable"] as? Bool == false)
    }

    @Test func aForceWithInspectionsUnderBothFrameworksIsComparedUnderEither() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try """
        # SYNTHETIC: a PEEL inspection invented for this test, reusing the NCPI evidence files.
        schema: 1
        id: synthetic-peel
        framework: peel-2023
        title: Synthetic PEEL inspection for a test
        fieldwork: not real
        published: 2025-09-01
        inspector: nobody
        source: this test
        evidence:
          datasets:
            - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}
            - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}

        """.write(toFile: "\(copy.root)/Forces/northamptonshire/inspections/synthetic-peel.yaml", atomically: true, encoding: .utf8)

        let validate = try inspector(["validate", "--root", copy.root])
        #expect(validate.status == 0, "\(validate.stderr)")
        let latest = try inspector(["inspect", "northamptonshire", "--root", copy.root])
        #expect(latest.stdout.contains("Framework peel-2023@\(peelVersion)"))
        let ncpi = try inspector(["inspect", "northamptonshire", "--framework", "ncpi-2024", "--root", copy.root])
        #expect(ncpi.stdout.contains("Framework ncpi-2024@\(ncpiVersion)"))

        let mixed = try inspector(["compare", "--all", "--root", copy.root])
        #expect(mixed.status == 3)
        #expect(mixed.stdout == "")
        let others = Self.shippedForces.filter { $0 != "northamptonshire" }.joined(separator: ", ")
        #expect(
            mixed.stderr
                == "error: the forces were graded under different frameworks or scoring models (ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2: \(others); peel-2023@\(peelVersion) / hmicfrs-characteristics@1: northamptonshire); choose one with --framework, or pass --allow-incomparable\n"
        )
        let allowed = try inspector(["compare", "--all", "--allow-incomparable", "--root", copy.root])
        #expect(allowed.status == 0)
        #expect(allowed.stdout.hasPrefix("INCOMPARABLE RUNS compared at the user's request"))
        #expect(allowed.stdout.contains("  graded under peel-2023@\(peelVersion) / hmicfrs-characteristics@1"))
        let chosen = try inspector(["compare", "--all", "--framework", "ncpi-2024", "--root", copy.root])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.hasPrefix("Comparison of \(Self.shippedForces.count) forces under ncpi-2024@\(ncpiVersion)"))
    }

    @Test func aFrameworkNoForceWasInspectedUnderComparesNothingAndSaysSo() throws {
        let run = try inspector(["compare", "--all", "--framework", "peel-2023"])
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix("No force could be compared.\nNot compared\n  - \(Self.shippedForces[0]): no inspection under peel-2023\n")
        )
    }

    @Test func listShowsBothFrameworks() throws {
        let run = try inspector(["list", "frameworks"])
        #expect(
            run.stdout.contains(
                "ncpi-2024  \(ncpiVersion)   National Child Protection Inspection (graded)  5      hmicfrs-percentage@2 (default), hmicfrs-characteristics@1"
            ))
        #expect(run.stdout.contains("peel-2023  \(peelVersion)   PEEL assessment 2023-25 (graded areas)         10"))
        #expect(run.stdout.contains("peel-2025  \(peel2025Version)   PEEL assessment 2025-27 (as far as published)  1"))
    }

    @Test func newForceScaffoldsADirectoryWhosePlaceholdersValidateNames() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        let run = try inspector(
            ["new", "force", "west-yorkshire", "--name", "West Yorkshire Police", "--region", "Yorkshire and the Humber"], in: copy.root)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Created Forces/west-yorkshire/ with 17 placeholders to fill in:"))
        let validate = try inspector(["validate", "Forces/west-yorkshire"], in: copy.root)
        #expect(validate.status == 3)
        #expect(
            validate.stderr.hasPrefix(
                "Forces/west-yorkshire/force.yaml:10:9: error: fill in this placeholder: where these facts come from: a published report and its date\n"
            ))
        #expect(validate.stderr.hasSuffix("17 errors found.\n"))
        let force = try String(contentsOfFile: "\(copy.root)/Forces/west-yorkshire/force.yaml", encoding: .utf8)
        #expect(force.contains("name: \"West Yorkshire Police\"\n# The name reports use in narrow tables.\nshort_name: \"West Yorkshire\""))
        let compare = try inspector(["compare", "--all"], in: copy.root)
        #expect(compare.status == 3)
        #expect(compare.stdout.contains("  - west-yorkshire: invalid configuration or evidence (17 errors"))
        let clash = try inspector(["new", "force", "west-yorkshire", "--name", "X"], in: copy.root)
        #expect(clash.status == 3)
        let again = try inspector(["new", "force", "west-yorkshire", "--name", "X"], in: copy.root)
        #expect(again.status == 3)
        #expect(again.stderr == "error: Forces/west-yorkshire already exists; choose another id or edit it\n")
        let twoLines = try inspector(["new", "force", "evil", "--name", "Evil\nid: hacked"], in: copy.root)
        #expect(twoLines.status == 3)
        #expect(twoLines.stderr.hasPrefix("error: --name must be one line of text"))
        #expect(!FileManager.default.fileExists(atPath: "\(copy.root)/Forces/evil"))
        let bad = try inspector(["new", "force", "West Yorkshire", "--name", "X"], in: copy.root)
        #expect(bad.status == 3)
        #expect(
            bad.stderr.hasPrefix(
                "error: the id 'West Yorkshire' must be lowercase letters, digits and hyphens, starting with a letter, e.g. west-yorkshire")
        )
    }
}
