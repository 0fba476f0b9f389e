import ChildProtectionRecords
import InspectionKit

/// A yes/no judgement from one case record, for the assessing checks: abuse reports and case
/// file reviews both record sharing and safety. Counted by `EvidenceJudgement.Counted.records`.
struct CaseJudgement {
    var reference: String
    /// Nil when the record does not make this judgement (the case is not counted).
    var met: Bool?
}

extension CheckContext {
    /// Case judgements from abuse reports and case file reviews, in that order, each case
    /// once: when both kinds of record judge the same case, the abuse report's judgement counts.
    func caseJudgements(abuse: (AbuseReport) -> Bool?, review: (CaseFileReview) -> Bool?) -> [CaseJudgement]? {
        let reports = records(AbuseReport.self)
        let reviews = records(CaseFileReview.self)
        guard reports != nil || reviews != nil else { return nil }
        let all =
            (reports ?? []).map { CaseJudgement(reference: $0.caseRef, met: abuse($0)) }
            + (reviews ?? []).map { CaseJudgement(reference: $0.caseRef, met: review($0)) }
        return all.firstPerCase { $0.met == nil ? nil : $0.reference }
    }
}
