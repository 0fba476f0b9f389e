import ChildProtectionRecords
import Foundation
import InspectionKit
import LeadershipChecks
import SyntheticData

/// A synthetic audit sample of closed investigations of crimes against children: in a good
/// force more of them start within the framework's target (`investigating.start-target`), are
/// reviewed by a supervisor at least once per `investigating.review-interval` and follow a plan
/// centred on the child (`investigating.timeliness-and-supervision`); the others fall short in
/// one or two ways.
extension ChildAbuseInvestigation: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.childAbuseInvestigations }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Crime Ref", "CRIME_NO", "Investigation Number"],
            "reported_at": ["Crime Reported", "REPORTED_DTTM", "Date Reported"],
            "started_at": ["First Action", "FIRST_ACTION_DTTM", "Investigation Started"],
            "closed_at": ["Finalised", "CLOSED_DTTM", "Date Closed"],
            "supervisory_reviews": ["Supervisor Reviews", "SUP_REVIEWS", "Reviews Recorded"],
            "child_centred_plan": ["Child Centred Plan", "PLAN_CHILD_FOCUS", "Child Focus Recorded"],
        ]
    }

    enum Shortfall: CaseIterable { case notStarted, startedLate, underSupervised, planNotChildCentred }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let reported = context.period.randomTime(&random)
        let start = context.duration("investigating.start-target") ?? .seconds(86_400)
        let interval = max(86_400, context.duration("investigating.review-interval")?.components.seconds ?? 28 * 86_400)
        var shortfalls: Set<Shortfall> = []
        if !random.chance(context.compliance(JudgedBy.timelinessAndSupervision)) {
            // Never starting is rare; a late start, thin supervision or a plan that leaves the
            // child out are what inspections find.
            shortfalls.insert(Shortfall.allCases[random.weighted([0.1, 0.35, 0.3, 0.25])])
            if random.chance(0.4) { shortfalls.insert(Shortfall.allCases[random.weighted([0.05, 0.35, 0.35, 0.25])]) }
        }
        // Thin supervision shows only once a review has fallen due.
        let intervalDays = Int(interval / 86_400)
        let openDays = random.int(in: (shortfalls.contains(.underSupervised) ? max(5, intervalDays) : 5)...max(240, intervalDays))
        let closed = SyntheticPeriod.after(reported, minutes: openDays * 1440)
        let due = Int64(openDays) * 86_400 / interval
        let reviews = shortfalls.contains(.underSupervised) && due > 0 ? random.int(in: 0...Int(due - 1)) : Int(due) + random.int(in: 0...1)
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.reportedAt, reported)
        if !shortfalls.contains(.notStarted) {
            let fraction = shortfalls.contains(.startedLate) ? random.double(in: 1.5, 4) : random.double(in: 0.02, 0.95)
            record.set(Fields.startedAt, SyntheticPeriod.after(reported, minutes: minutes(fraction, of: start)))
        }
        record.set(Fields.closedAt, closed)
        record.set(Fields.supervisoryReviews, reviews)
        record.set(Fields.childCentredPlan, !shortfalls.contains(.planNotChildCentred))
    }
}
