import InspectionKit
import InspectionLoading
import InspectionRunner

/// Progress since each earlier inspection, computed from the structured history where like can
/// be compared with like, and said plainly where it cannot.
///
/// A count is compared only with a later count of the same thing: the same `id` in a later
/// inspection of the history, or the check a count names in `compares_with` in the latest run.
/// A case audit is compared only with a later case audit. A theme is set beside the latest
/// run's checks on that theme, in words: it describes, it does not measure.
public struct HistoryProgress: Sendable, Hashable {
    /// Newest earlier inspection first.
    public var entries: [Entry]

    public struct Entry: Sendable, Hashable {
        public var id: String
        public var title: String
        /// `published 24 July 2019` or `fieldwork March 2019`.
        public var when: String
        public var summary: String
        /// What it published that can be counted, and how each compares with later work, one
        /// sentence each.
        public var lines: [String]
        /// Whether anything was compared as numbers.
        public var measured: Bool
    }

    public init(history: EarlierInspections?, latestRun: RunRecord?) {
        let past = history?.inspections ?? []
        var entries: [Entry] = []
        for (index, inspection) in past.enumerated() {
            let later = Array(past[(index + 1)...])
            var lines: [String] = []
            var measured = false
            for count in inspection.counts {
                let (line, compared) = Self.compare(count, later: later, run: latestRun)
                lines.append(line)
                measured = measured || compared
            }
            if let audit = inspection.caseAudit {
                let (line, compared) = Self.compare(audit, later: later)
                lines.append(line)
                measured = measured || compared
            }
            for theme in inspection.themes.map(\.value) {
                lines.append(Self.describe(theme: theme, run: latestRun))
            }
            if lines.isEmpty {
                lines.append(
                    "It published no counts and names no theme a check follows, so progress since it can be read only in its summary.")
            }
            let when = inspection.published.map { "published \($0.words)" } ?? "fieldwork \(inspection.fieldwork)"
            entries.append(
                Entry(id: inspection.id, title: inspection.title, when: when, summary: inspection.summary, lines: lines, measured: measured)
            )
        }
        self.entries = entries.reversed()
    }

    /// `4 of 10 (40%)`.
    static func fraction(_ count: Int, _ of: Int) -> String {
        "\(count) of \(of)" + (of > 0 ? " (\(NumberText.percent(Double(count) / Double(of))))" : "")
    }

    private static func compare(
        _ count: EarlierInspections.PublishedCount, later: [EarlierInspections.PastInspection], run: RunRecord?
    ) -> (String, Bool) {
        let then = "Then: \(fraction(count.count, count.of)) \(count.what)."
        if let next = later.first(where: { $0.counts.contains { $0.id == count.id } }),
            let now = next.counts.first(where: { $0.id == count.id })
        {
            return (
                then
                    + " Later, in \(next.title) (\(next.published.map { "published \($0.words)" } ?? "fieldwork \(next.fieldwork)")): \(fraction(now.count, now.of))"
                    + verdict(count.share, now.share, better: count.better) + ".", now.share != nil && count.share != nil
            )
        }
        if let check = count.comparesWith?.value, let run, let found = run.areas.flatMap(\.checks).first(where: { $0.id == check }),
            let measured = found.count
        {
            let now = count.better == .lower ? measured.shortfall : measured.met
            let share = measured.share.map { count.better == .lower ? 1 - $0 : $0 }
            return (
                then + " In \(run.name) (\(run.savedAtText)), \(check): \(fraction(now, measured.of))"
                    + verdict(count.share, share, better: count.better) + ".",
                share != nil && count.share != nil
            )
        }
        return (
            then + " No later count of the same thing was published or measured, so it is not compared."
                + (count.note.map { " " + $0 } ?? ""), false
        )
    }

    private static func compare(_ audit: EarlierInspections.CaseAudit, later: [EarlierInspections.PastInspection]) -> (String, Bool) {
        var then = "Case audit: \(audit.audited) cases"
        let parts = [("good", audit.good), ("requiring improvement", audit.requiresImprovement), ("inadequate", audit.inadequate)]
        let known = parts.compactMap { name, value in value.map { "\(fraction($0, audit.audited)) \(name)" } }
        then += known.isEmpty ? "." : ": " + known.joined(separator: ", ") + "."
        guard let next = later.first(where: { $0.caseAudit != nil }), let now = next.caseAudit else {
            return (
                then
                    + " No later inspection graded audited cases good, requiring improvement or inadequate, and the latest run counts cases against single standards, so the audit is not compared with later work.",
                false
            )
        }
        let nowParts = [("good", now.good), ("requiring improvement", now.requiresImprovement), ("inadequate", now.inadequate)]
        var comparisons: [String] = []
        for ((name, before), (_, after)) in zip(parts, nowParts) {
            guard let before, let after, audit.audited > 0, now.audited > 0 else { continue }
            let better: EarlierInspections.PublishedCount.Direction = name == "good" ? .higher : .lower
            comparisons.append(
                "\(name) \(fraction(after, now.audited))"
                    + verdict(Double(before) / Double(audit.audited), Double(after) / Double(now.audited), better: better))
        }
        guard !comparisons.isEmpty else {
            return (
                then + " \(next.title) later audited \(now.audited) cases but gave no grade counted in both, so they are not compared.",
                false
            )
        }
        return (then + " Later, in \(next.title): \(now.audited) cases, " + comparisons.joined(separator: ", ") + ".", true)
    }

    /// `: better` / `: worse` / `: no change`, by the direction that is better.
    private static func verdict(_ before: Double?, _ after: Double?, better: EarlierInspections.PublishedCount.Direction) -> String {
        guard let before, let after else { return "" }
        if abs(after - before) < 1e-9 { return ", no change" }
        let improved = better == .lower ? after < before : after > before
        return improved ? ", better" : ", worse"
    }

    private static func describe(theme: String, run: RunRecord?) -> String {
        guard let run else {
            return "Theme \(theme): no run is saved, so nothing from the evidence is set beside it."
        }
        let checks = run.areas.flatMap(\.checks).filter { $0.theme == theme }
        guard !checks.isEmpty else {
            return "Theme \(theme): no check of \(run.name) follows it."
        }
        let words = checks.map { check in
            "\(check.id) \(check.outcome.label)" + (check.count.map { " (\($0.met) of \($0.of) met the standard)" } ?? "")
        }
        return "Theme \(theme), in \(run.name) (\(run.savedAtText)): " + words.joined(separator: "; ")
            + ". Described beside the earlier finding, not measured against it: it published no count of the same thing."
    }
}
