import InspectionKit
import InspectionLoading

/// The Swift source of a new check and its test.
extension CheckScaffold {
    var checkSource: String {
        reads.map(countingSource) ?? observationSource
    }

    /// The imports: the framework, and the module that defines the record type read when it
    /// is not this one.
    private var header: String {
        let recordModule = reads.map { String(reflecting: $0).split(separator: ".").first.map(String.init) ?? "" }
        let imports = ["InspectionKit"] + (recordModule.map { $0 == module.name ? [] : [$0] } ?? [])
        return imports.sorted().map { "import \($0)" }.joined(separator: "\n") + """


            /// `\(id)`: what this check asks, in the words of an inspection report.
            """
    }

    private var observationSource: String {
        """
        \(header)
        public struct \(typeName): InspectionCheck {
            public static let descriptor = CheckDescriptor(
                id: "\(id)",
                area: "\(area)",
                title: "\(title)",
                rationale: "Why this matters, in a sentence or two. Judged from the inspection's finding.",
                recommendation: "What the force should do when it falls short.",
                observationTopics: ["\(topic)"],
                examples: [
        \(observationExample("Good practice", rating: "strength", outcome: ".met", statement: "Practice was consistently good."))
        \(observationExample("Good in part", rating: "mixed", outcome: ".partlyMet", statement: "Practice was good in part."))
        \(observationExample("Falls short", rating: "shortfall", outcome: ".notMet", statement: "Practice fell short."))
                ])

            public static func evaluate(_ context: CheckContext) -> CheckResult {
                EvidenceJudgement.fromObservations(in: context, topics: ["\(topic)"],
                                                   nothing: "No finding was provided (inspection-observation topic \(topic)).")
            }
        }

        """
    }

    private func observationExample(_ title: String, rating: String, outcome: String, statement: String) -> String {
        """
                    CheckExample("\(title)", evidence: \"\"\"
                        records:
                          inspection-observation:
                            - {topic: \(topic), rating: \(rating), statement: \(statement), source: Example report}
                        \"\"\", expect: .init(\(outcome),
                            statement: "\(statement) (Qualitative finding of the inspection.)")),
        """
    }

    /// The descriptor the generated source declares, for the module's reference.
    public var descriptor: CheckDescriptor {
        CheckDescriptor(
            id: id, area: area, title: title, rationale: "", recommendation: "",
            parameters: reads == nil ? [] : ComplianceBars.parameters, reads: reads.map { [$0] } ?? [],
            observationTopics: reads == nil ? [topic] : [], figures: figures)
    }

    private var figures: [FigureSpec] {
        guard let reads, let flag = reads.recordType.fields.first(where: { $0.type == .boolean }) else { return [] }
        return [FigureSpec("\(id)-share", "Share of \(reads.recordType.id) records with \(flag.name)", .share)]
    }

    var title: String {
        let words = (id.split(separator: ".").last.map(String.init) ?? id).replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private func countingSource(_ type: any EvidenceRecord.Type) -> String {
        let recordType = type.recordType
        let flag = recordType.fields.first { $0.type == .boolean }!
        let reference = recordType.fields.first { $0.type == .caseReference }!
        let swiftType = String(describing: type)
        let flagProperty = Self.camel(flag.name, upperFirst: false)
        let referenceProperty = Self.camel(reference.name, upperFirst: false)
        let figure = figures[0]
        let meets = flag.required ? "{ $0.\(flagProperty) }" : "\\.\(flagProperty)"
        return """
            \(header)
            public struct \(typeName): InspectionCheck {
                static let share = FigureSpec("\(figure.id)", "\(figure.label)", .share)

                public static let descriptor = CheckDescriptor(
                    id: "\(id)",
                    area: "\(area)",
                    title: "\(title)",
                    rationale: "Why this matters, in a sentence or two. Counted from \(recordType.id) records.",
                    recommendation: "What the force should do when it falls short.",
                    parameters: ComplianceBars.parameters,
                    reads: [\(swiftType).self],
                    figures: [share],
                    examples: [
            \(countingExample(recordType, flag: flag, reference: reference, title: "Every case", met: 3))
            \(countingExample(recordType, flag: flag, reference: reference, title: "Most cases", met: 2))
            \(countingExample(recordType, flag: flag, reference: reference, title: "No case", met: 0))
                    ])

                public static func evaluate(_ context: CheckContext) -> CheckResult {
                    let counted = context.records(\(swiftType).self).flatMap { records in
                        EvidenceJudgement.Counted.records(records, reference: \\.\(referenceProperty), meets: \(meets), figure: .meeting(share)) { failed, total in
                            "In \\(total - failed.count) of \\(total) cases \(flag.name) was true."
                        }
                    }
                    return EvidenceJudgement.decide(counted, observations: [], bars: ComplianceBars(context),
                                                    nothing: "No \(recordType.id) records said whether \(flag.name) (record type \(recordType.id)).")
                }
            }

            """
    }

    private func countingExample(_ type: RecordType, flag: FieldSpec, reference: FieldSpec, title: String, met: Int) -> String {
        let outcome = met == 3 ? ".met" : met == 0 ? ".notMet" : ".partlyMet"
        let records = (1...3).map { index -> String in
            let fields = type.fields.filter { $0.required || $0.name == flag.name }.map { field -> String in
                if field.name == flag.name { return "\(field.name): \(index <= met)" }
                if field.name == reference.name { return "\(field.name): EX-\(index)" }
                return "\(field.name): \(RecordTypeContract.sampleYAML(field.type))"
            }
            return "                    - {" + fields.joined(separator: ", ") + "}"
        }
        return """
                        CheckExample("\(title)", evidence: \"\"\"
                            records:
                              \(type.id):
            \(records.joined(separator: "\n"))
                            \"\"\", expect: .init(\(outcome), count: .init(met: \(met), of: 3),
                                statement: "In \(met) of 3 cases \(flag.name) was true.")),
            """
    }

    var testSource: String {
        """
        import InspectionKit
        import InspectionTesting
        import \(module.name)
        import Testing

        @Suite("\(id)")
        struct \(typeName)Tests {
            @Test func itsExamplesGiveWhatTheyPromise() {
                for example in \(typeName).descriptor.examples { expectExample(\(typeName).self, example) }
            }

            @Test func withoutEvidenceItCannotBeEvaluated() {
                expectCheck(\(typeName).self, on: "{}", outcome: .couldNotEvaluate)
            }
        }

        """
    }
}
