import FixtureChecks
import Foundation
import InspectionHistory
import InspectionKit
import InspectionRunner
import Reproducible
import TestSupport
import Testing

@testable import InspectionSite

let registry = try! FixtureChecks.registry()

/// The site of the fixture project (alpha graded in both areas, beta in some, gamma in none),
/// as of a fixed day, with the saved runs given.
func fixtureSite(runs: [RunRecord] = [], root: String = fixtureRoot, asOf: String = "2025-08-01", jobs: Int = 1) throws -> [String: String]
{
    let workspace = try Workspace.open(root: root, registry: registry)
    guard case .day(let day)? = PublishedDate(asOf) else { throw CocoaError(.formatting) }
    let input = SiteInput.gather(workspace: workspace, runs: runs, asOf: day, jobs: jobs)
    return Dictionary(uniqueKeysWithValues: Site.files(input).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
}

/// Two saved runs of alpha, a day apart.
func alphaRuns() throws -> [RunRecord] {
    let workspace = try Workspace.open(root: fixtureRoot, registry: registry)
    let result = try workspace.inspect(force: "alpha")
    return try [1, 2].map { index in
        var record = try workspace.record(
            result, command: "inspect", savedAt: Date(timeIntervalSince1970: 1_754_000_000 + Double(index) * 86_400))
        record.id = Int64(index)
        return record
    }
}

@Suite("The static site")
struct SiteTests {
    @Test func everyForceAreaFrameworkAndCheckHasAPage() throws {
        let pages = try fixtureSite()
        #expect(
            pages.keys.sorted() == [
                "areas/fixture-2024/recording.html", "areas/fixture-2024/response.html", "forces/alpha.html", "forces/beta.html",
                "forces/gamma.html", "index.html", "reference/checks/plans.name-children.html", "reference/checks/practice.observed.html",
                "reference/checks/visits.children-seen.html", "reference/checks/visits.on-time.html",
                "reference/checks/visits.recorded.html",
                "reference/frameworks/fixture-2024.html", "reference/frameworks/fixture-shapes.html", "reference/index.html",
            ])
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let runs = try alphaRuns()
        #expect(try fixtureSite(runs: runs) == fixtureSite(runs: runs.reversed(), jobs: 2))
    }

    @Test func noPageLoadsAnythingAndOnlyItsOwnScriptMayRun() throws {
        var digest = SHA256()
        digest.update(Array(SiteScript.source.utf8))
        let hex = Array(digest.finalize().utf8)
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16)! }
        let policy =
            // As written in the attribute: the browser reads &#39; as '.
            "default-src 'none'; style-src 'unsafe-inline'; script-src &#39;sha256-\(Data(bytes).base64EncodedString())&#39;; base-uri 'none'; form-action 'none'"
        for (path, html) in try fixtureSite(runs: alphaRuns()) {
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"), "\(path)")
            #expect(html.components(separatedBy: "<script").count == 2, "\(path) has one script")
            #expect(html.contains("<script>\(SiteScript.source)</script>"), "\(path)")
            for forbidden in ["src=", "<link", "url(", "@import", "href=\"http", "href=\"//", "javascript:", "<iframe", "<img"] {
                #expect(!html.lowercased().contains(forbidden), "\(path) contains \(forbidden)")
            }
        }
    }

    /// Every link leads to a page of the site and, with a fragment, to an element on it.
    @Test func everyInternalLinkAndAnchorResolves() throws {
        let pages = try fixtureSite(runs: alphaRuns())
        var checked = 0
        for (path, html) in pages {
            for href in matches(#"href="([^"]*)""#, in: html) {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : resolve(parts[0], from: path)
                #expect(pages[target] != nil, "\(path): \(href) leads to no page")
                if parts.count == 2, let page = pages[target] {
                    #expect(matches(#" id="([^"]*)""#, in: page).contains(parts[1]), "\(path): \(href) leads to no element")
                }
                checked += 1
            }
        }
        #expect(checked > 150)
    }

    @Test func theIndexGivesEveryForcesGradesInWordsAsWellAsColour() throws {
        let index = try #require(try fixtureSite(runs: alphaRuns())["index.html"])
        let alpha = try #require(matches(#"(<tr><th scope="row" data-sort="Alpha Constabulary">.*</tr>)"#, in: index).first)
        // Response: computed adequate, published adequate; recording: computed good, published good (inferred).
        #expect(alpha.contains(#"<span aria-hidden="true">A</span><span class="visually-hidden">Adequate</span>"#))
        #expect(
            alpha.contains(
                #"<span aria-hidden="true">G</span><span class="visually-hidden">Good</span></span><span aria-hidden="true">*</span>"#))
        #expect(alpha.contains(#"<td data-sort="2">2 of 2</td>"#))
        // Saved runs: the last one's day; follow-up as of 1 August 2025.
        #expect(alpha.contains(#"<td data-sort="2025-08-02 22:13"><span class="nowrap">2025-08-02</span></td>"#))
        let gamma = try #require(matches(#"(<tr><th scope="row" data-sort="Gamma Constabulary">.*</tr>)"#, in: index).first)
        #expect(gamma.contains(#"<td data-sort=""><span class="nowrap">none</span></td>"#))
        #expect(index.contains("<h1>Inspections of 3 forces</h1>"))
    }

    @Test func aForcePageFollowsUpToTheDayAndShowsItsTrends() throws {
        let alpha = try #require(try fixtureSite(runs: alphaRuns())["forces/alpha.html"])
        // Published 2 June 2025; the written response is due eight weeks later, 28 July.
        #expect(alpha.contains("as of <time datetime=\"2025-08-01\">1 August 2025</time>"))
        #expect(
            alpha.contains(
                #"<td data-sort="2025-07-28"><time datetime="2025-07-28">28 July 2025</time></td><td data-sort="0"><span class="overdue">overdue by 4 days</span></td>"#
            ))
        #expect(alpha.contains("<p class=\"meta\">2 runs saved, newest first (times in UTC).</p>"))
        #expect(alpha.contains("<h3>Areas: score and grade per run</h3>"))
        // The datasets with rows read, used and rejected; check ids link to the reference.
        #expect(
            alpha.contains(
                #"<th scope="col" class="num">Read</th><th scope="col" class="num">Used</th><th scope="col" class="num">Rejected</th>"#))
        #expect(alpha.contains(#"<a href="../reference/checks/visits.on-time.html"><code>visits.on-time</code></a>"#))
        let gamma = try #require(try fixtureSite(runs: alphaRuns())["forces/gamma.html"])
        #expect(gamma.contains("No run of <code>gamma</code> is saved, so there is no trend yet."))
    }

    @Test func anAreaPageGivesEachFigureItsNAndInterval() throws {
        let response = try #require(try fixtureSite()["areas/fixture-2024/response.html"])
        // Alpha: 2 of 4 visits late: 50%, n = 4, Wilson 95% interval 15–85%.
        #expect(
            response.contains(
                #"<td class="num" data-sort="0.5">50%</td><td class="num" data-sort="4">4</td><td>15–85%</td>"#))
        #expect(response.contains(">50% (n = 4)</text>"))
        // Gamma has no evidence: left out, with the grader's reason.
        #expect(response.contains(#"<a href="../../forces/gamma.html">Gamma Constabulary</a>: Not graded"#))
    }

    @Test func wilsonIntervals() throws {
        let half = try #require(FigureInterval.wilson(share: 0.5, n: 6))
        #expect((half.low * 1000).rounded() == 188 && (half.high * 1000).rounded() == 812)
        let large = try #require(FigureInterval.wilson(share: 0.5, n: 600))
        #expect((large.low * 1000).rounded() == 460 && (large.high * 1000).rounded() == 540)
        #expect(FigureInterval.wilson(share: 0.5, n: 0) == nil)
        #expect(FigureInterval.text(.hours, value: 7.5, n: 6) == nil)
    }

    @Test func pathsAndLinks() {
        #expect(SitePath.force("alpha").link(to: .check("visits.on-time")) == "../reference/checks/visits.on-time.html")
        #expect(SitePath.check("a.b").link(to: .check("c.d"), fragment: "x") == "c.d.html#x")
        #expect(SitePath.index.link(to: .area(framework: "f", area: "a")) == "areas/f/a.html")
        #expect(SitePath.area(framework: "f", area: "a").link(to: .index) == "../../index.html")
        #expect(SitePath.slug("../Etc/passwd") == "_2e._2f_45tc_2fpasswd")
        #expect(SitePath.slug("a b") == "a_20b")
    }
}

/// The first capture group of every match.
func matches(_ pattern: String, in text: String) -> [String] {
    let expression = try! NSRegularExpression(pattern: pattern)
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}

/// A relative link from a page, as a path from the site's root.
func resolve(_ link: String, from page: String) -> String {
    var parts = page.split(separator: "/").dropLast().map(String.init)
    for component in link.split(separator: "/") {
        if component == ".." { parts.removeLast() } else if component != "." { parts.append(String(component)) }
    }
    return parts.joined(separator: "/")
}
