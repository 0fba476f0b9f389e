import YAML

/// A published area for improvement, cause of concern or recommendation, with the stable id
/// that a force's responses and `inspector follow-up` use.
///
/// The id is `<inspection>/<local id>`. The local id is the finding's `id:` when written, and
/// otherwise its kind and 1-based position in its list: `afi-1`, `coc-2`, and for a cause of
/// concern's recommendations `coc-2/rec-1`. So `2025-ncpi/afi-1` is the first area for
/// improvement of the inspection `2025-ncpi`. A position moves when the list is reordered; once
/// responses point at a finding, write its `id:` so that they keep pointing at it.
public struct TrackedFinding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case areaForImprovement = "area-for-improvement"
        case causeOfConcern = "cause-of-concern"
        case recommendation

        /// The default id's prefix: `afi`, `coc`, `rec`.
        public var prefix: String {
            switch self {
            case .areaForImprovement: return "afi"
            case .causeOfConcern: return "coc"
            case .recommendation: return "rec"
            }
        }

        public var label: String {
            switch self {
            case .areaForImprovement: return "area for improvement"
            case .causeOfConcern: return "cause of concern"
            case .recommendation: return "recommendation"
            }
        }
    }

    /// `2025-ncpi/afi-1`.
    public var id: String
    public var kind: Kind
    public var inspection: String
    public var area: String?
    public var theme: String?
    public var text: String
    /// For a recommendation, the id of its cause of concern.
    public var parent: String?
    /// Whether the id was written in the YAML (rather than taken from the position).
    public var explicit: Bool
    /// For a recommendation, its time frame as published; nil for other findings.
    public var timeFrame: TimeFrame?
    /// For a cause of concern, whether its recommendations are unknown (`recommendations: unknown`).
    public var recommendationsUnknown: Bool = false

    /// A local id: lowercase letters, digits and hyphens, starting with a letter or digit.
    public static func isValidLocalID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.count <= 64 else { return false }
        let allowed: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return allowed(first) && first != "-" && id.unicodeScalars.allSatisfy(allowed)
    }
}

extension Inspection {
    /// Every published area for improvement, cause of concern and recommendation, in the
    /// order written: areas for improvement, then each cause of concern followed by its
    /// recommendations.
    public var trackedFindings: [TrackedFinding] {
        let inspection = id.value
        var found: [TrackedFinding] = []
        for (index, finding) in publishedFindings.areasForImprovement.enumerated() {
            found.append(Self.tracked(finding, .areaForImprovement, index: index, prefix: inspection, inspection: inspection))
        }
        for (index, finding) in publishedFindings.causesOfConcern.enumerated() {
            let concern = Self.tracked(finding, .causeOfConcern, index: index, prefix: inspection, inspection: inspection)
            found.append(concern)
            for (position, recommendation) in finding.recommendations.enumerated() {
                found.append(
                    TrackedFinding(
                        id: concern.id + "/" + (recommendation.id?.value ?? "rec-\(position + 1)"), kind: .recommendation,
                        inspection: inspection, area: concern.area, theme: concern.theme, text: recommendation.text,
                        parent: concern.id, explicit: recommendation.id != nil, timeFrame: recommendation.timeFrame ?? .unknown))
            }
        }
        return found
    }

    private static func tracked(
        _ finding: PublishedFinding, _ kind: TrackedFinding.Kind, index: Int, prefix: String, inspection: String
    ) -> TrackedFinding {
        TrackedFinding(
            id: prefix + "/" + (finding.id?.value ?? "\(kind.prefix)-\(index + 1)"), kind: kind, inspection: inspection,
            area: finding.area?.value, theme: finding.theme?.value, text: finding.text, parent: nil, explicit: finding.id != nil,
            timeFrame: nil, recommendationsUnknown: finding.recommendationsUnknown)
    }

    /// Problems with the findings' written ids: a malformed id, an id used twice, and
    /// recommendations under anything but a cause of concern.
    package func trackedFindingProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: YAML.Located<String>] = [:]
        let findings = publishedFindings
        func check(_ id: YAML.Located<String>?, scope: String) {
            guard let id else { return }
            guard TrackedFinding.isValidLocalID(id.value) else {
                problems.append(
                    Diagnostic(
                        .findingSetting(.malformedFindingID(id.value)),
                        at: id))
                return
            }
            if let first = seen[scope + id.value] {
                problems.append(
                    Diagnostic(
                        .duplicateID(kind: .finding, id: id.value), at: id.mark, sourceLine: id.sourceLine,
                        notes: [YAML.Note(.firstOccurrence(key: id.value), at: first.mark, sourceLine: first.sourceLine)]))
            } else {
                seen[scope + id.value] = id
            }
        }
        for finding in findings.areasForImprovement + findings.causesOfConcern + findings.promisingPractice {
            check(finding.id, scope: "")
        }
        for (index, concern) in findings.causesOfConcern.enumerated() {
            for recommendation in concern.recommendations {
                check(recommendation.id, scope: "\(concern.id?.value ?? "coc-\(index + 1)")/")
            }
        }
        for concern in findings.causesOfConcern {
            problems += concern.recommendations.flatMap(\.problems)
            // HMICFRS: "A cause of concern will always be accompanied by one or more recommendations."
            if concern.recommendations.isEmpty, !concern.recommendationsUnknown, let place = concern.position {
                problems.append(
                    Diagnostic(
                        .findingSetting(.causeOfConcernWithoutRecommendations), at: place))
            }
        }
        for finding in findings.areasForImprovement + findings.promisingPractice
        where !finding.recommendations.isEmpty || finding.recommendationsUnknown {
            let place = finding.id ?? finding.theme ?? finding.area ?? finding.position
            if let place { problems.append(Diagnostic(.findingSetting(.recommendationsOnlyOnCausesOfConcern), at: place)) }
        }
        return problems
    }
}
