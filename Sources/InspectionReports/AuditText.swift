import InspectionKit

/// Audited shares as every report words them: the count with its 95% interval and the number
/// of cases, and what the intervals mean for an area's grade.
enum AuditText {
    /// "3 of 6" for a count of records; "3 of 6 audited (50%; 95% interval 18.8%–81.2%)" for a
    /// count of audited cases; "—" for none.
    static func count(_ result: CheckResult) -> String {
        guard let count = result.count else { return "—" }
        guard let interval = result.interval else { return "\(count.met) of \(count.of)" }
        return "\(count.met) of \(count.of) audited (\(NumberText.percent(interval.share)); 95% interval \(interval.range))"
    }

    /// "Audited: 3 of 6 cases met the standard, 50% (95% interval 19%–81%, 6 cases)."; nil
    /// when the count does not rest on audited cases.
    static func line(_ result: CheckResult) -> String? {
        guard let count = result.count, let interval = result.interval else { return nil }
        return "Audited: \(count.met) of \(count.of) \(count.of == 1 ? "case" : "cases") met the standard "
            + "(\(NumberText.percent(interval.share)); 95% interval \(interval.range))."
    }

    /// The area's sampling sentence, with the grades in the result's words.
    static func sampling(_ area: AreaResult, _ result: InspectionResult) -> String? {
        area.sampling?.statement(result.label(of:))
    }

    static func intervalJSON(_ interval: ShareInterval?) -> JSONValue {
        guard let interval else { return .null }
        return .object([
            ("share", .number(rounded(interval.share))), ("low", .number(rounded(interval.low))), ("high", .number(rounded(interval.high))),
            ("cases", .number(Double(interval.cases))), ("level", .number(interval.level)),
        ])
    }

    static func auditJSON(_ result: CheckResult) -> JSONValue {
        guard let audit = result.audit else { return .null }
        return .object([
            ("questions", .array(audit.questions.map { .string($0) })),
            (
                "samples",
                .array(
                    audit.samples.map { sample in
                        .object([
                            ("name", .string(sample.name)), ("dataset", .string(sample.dataset)), ("form", .string(sample.form)),
                            ("population", .number(Double(sample.population))), ("size", .number(Double(sample.size))),
                        ])
                    })
            ),
            ("interval", intervalJSON(result.interval)),
        ])
    }

    static func samplingJSON(_ area: AreaResult, _ result: InspectionResult) -> JSONValue {
        guard let sampling = area.sampling else { return .null }
        return .object([
            ("checks", .array(sampling.checks.map { .object([("check", .string($0.check)), ("cases", .number(Double($0.cases)))]) })),
            ("grades", .array(sampling.grades.map { .string($0) })),
            ("could_change", .bool(sampling.couldChange)),
            ("settling_cases", sampling.settlingCases.map { .number(Double($0)) } ?? .null),
            ("on_bar", .bool(sampling.onBar)),
            ("statement", .string(sampling.statement(result.label(of:)))),
        ])
    }

    /// Four decimals: what a reader needs, the same on every machine.
    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
