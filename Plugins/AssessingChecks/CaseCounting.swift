import InspectionKit

/// Counting a yes/no judgement across the case records that make it, for the assessing
/// checks: abuse reports and case file reviews both record sharing and safety.
struct CaseJudgement {
    var reference: String
    /// Nil when the record does not make this judgement (the case is not counted).
    var met: Bool?
}

extension EvidenceJudgement.Counted {
    /// Counts the cases that make the judgement; nil when none does.
    /// `describe(failed, total)` words the finding.
    static func cases(_ judgements: [CaseJudgement], describe: (Int, Int) -> String, figure: (id: String, label: String)? = nil) -> Self? {
        let judged = judgements.filter { $0.met != nil }
        guard !judged.isEmpty else { return nil }
        let failed = judged.filter { $0.met == false }
        let count = CheckResult.Count(met: judged.count - failed.count, of: judged.count)
        let figures = figure.map { [CheckResult.Figure($0.id, $0.label, Double(count.met) / Double(count.of), .share)] } ?? []
        return Self(count: count, shortfalls: failed.map(\.reference), statement: describe(failed.count, judged.count), figures: figures)
    }
}

extension CheckContext {
    /// Case judgements from abuse reports and case file reviews, in that order, each case
    /// once: when both kinds of record judge the same case, the abuse report's judgement counts.
    func caseJudgements(abuse: (AbuseReport) -> Bool?, review: (CaseFileReview) -> Bool?) -> [CaseJudgement]? {
        let reports = records(AbuseReport.self)
        let reviews = records(CaseFileReview.self)
        guard reports != nil || reviews != nil else { return nil }
        let all = (reports ?? []).map { CaseJudgement(reference: $0.caseRef, met: abuse($0)) }
            + (reviews ?? []).map { CaseJudgement(reference: $0.caseRef, met: review($0)) }
        var judged: Set<String> = []
        return all.filter { $0.met == nil || judged.insert($0.reference).inserted }
    }
}
