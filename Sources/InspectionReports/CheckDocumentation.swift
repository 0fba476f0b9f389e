import InspectionKit

/// Documentation generated from the code: a check's descriptor, a record type's fields.
/// `inspector explain` prints it; `docs/` holds the Markdown, which a test keeps current.
public enum CheckDocumentation {
    public static func text(_ descriptor: CheckDescriptor, module: String?, usage: [String], width: Int = 80) -> String {
        var out = ["\(descriptor.id): \(descriptor.title)"]
        out.append("Area: \(descriptor.area)" + (module.map { " (module \($0))" } ?? ""))
        out.append("")
        out.append(TextWrap.wrap(descriptor.rationale, width: width, indent: ""))
        out.append("")
        out.append(TextWrap.wrap("When it falls short: " + descriptor.recommendation, width: width, indent: ""))
        if !usage.isEmpty {
            out.append("")
            out.append("Used by")
            out += usage.map { TextWrap.wrap($0, width: width, indent: "    ", firstIndent: "  - ") }
        }
        out.append("")
        out.append("Parameters")
        for spec in descriptor.parameters {
            var line = "  \(spec.name): \(spec.type)"
            if let unit = spec.unit { line += ", \(unit)" }
            if let value = spec.defaultValue { line += " (default \(value))" }
            if let value = spec.example { line += "; example \(value)" }
            out.append(line)
            out.append(TextWrap.wrap(spec.summary, width: width, indent: "      "))
        }
        out.append("")
        out.append(
            "Reads: " + (descriptor.reads.isEmpty ? "documents" : descriptor.readIDs.joined(separator: ", "))
                + (descriptor.observationTopics.isEmpty ? "" : "; observations on " + descriptor.observationTopics.joined(separator: ", ")))
        out.append("  (`inspector explain <record-type>` lists a record type's fields)")
        out.append("")
        if !descriptor.auditQuestions.isEmpty {
            out.append("Audit questions (asked in case-file audits; see docs/case-audits.md)")
            for question in descriptor.auditQuestions {
                out.append(TextWrap.wrap("\(question.id): \(question.wording)", width: width, indent: "      ", firstIndent: "  "))
                out.append(TextWrap.wrap("Answers: " + question.answersDescription + ".", width: width, indent: "      "))
                out.append(TextWrap.wrap("Guidance: " + question.guidance, width: width, indent: "      "))
                out.append(TextWrap.wrap("Evidence of: " + question.characteristic, width: width, indent: "      "))
            }
            out.append("")
        }
        if !descriptor.figures.isEmpty {
            out.append("")
            out.append("Figures (compared across forces)")
            out += descriptor.figures.map { "  \($0.id): \($0.label), \($0.unit.rawValue)" }
        }
        out.append("")
        out.append("Examples, run with the parameters' example values unless they set their own:")
        for (index, example) in descriptor.examples.enumerated() {
            let count = example.expected.count.map { ", \($0.met) of \($0.of)" } ?? ""
            out.append("  \(index + 1). \(example.title): \(example.expected.outcome.label)\(count)")
            out += example.evidence.split(separator: "\n", omittingEmptySubsequences: false).map { "       " + $0 }
            out.append(TextWrap.wrap("→ " + example.expected.statement, width: width, indent: "         ", firstIndent: "       "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func text(_ type: RecordType, width: Int = 80) -> String {
        var out = ["\(type.id): \(type.title)", "", TextWrap.wrap(type.summary, width: width, indent: ""), "", "Fields"]
        for field in type.fields {
            out.append(
                "  \(field.name) (\(field.required ? "required" : "optional")): \(field.type)" + (field.unit.map { ", in \($0)" } ?? ""))
            out.append(TextWrap.wrap(field.meaning, width: width, indent: "      "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Record types' fields as Markdown: what a force must export.
    public static func recordTypesMarkdown(
        _ types: [RecordType], heading: String = "# Evidence record types", generatedBy: String
    ) -> String {
        var out = [
            heading,
            "",
            "Generated from the code by `\(generatedBy)`; a test keeps this file current.",
            "Every dataset names one record type and carries case references only: a field such as `name`,",
            "`date_of_birth` or `address` is refused.",
            "",
        ]
        for type in types.sorted(by: { $0.id < $1.id }) {
            out += recordTypeSection(type)
        }
        return out.joined(separator: "\n")
    }

    /// One module's reference, kept in the module's directory (`Plugins/<Module>/REFERENCE.md`):
    /// its checks and the record types it brings, so that adding a check or a record type
    /// changes documentation inside the module only.
    /// `adding` documents checks not yet compiled (a scaffold's) as if the module listed them.
    public static func moduleMarkdown(_ module: CheckModule, registry: CheckRegistry, adding extra: [CheckDescriptor] = []) -> String {
        var out = [
            "# \(module.name)",
            "",
            "Generated from the code by `inspector explain --module \(module.name) --format markdown`; a test keeps this file current.",
            "",
        ]
        let descriptors = module.checks.map { $0.descriptor } + extra
        if !descriptors.isEmpty {
            out += ["## Checks", "", "| Check | Area | Title | Reads | Parameters | Figures |", "|---|---|---|---|---|---|"]
            for descriptor in descriptors {
                let reads = descriptor.readIDs.map { "`\($0)`" } + descriptor.observationTopics.map { "observations on `\($0)`" }
                out.append(
                    "| `\(descriptor.id)` | \(descriptor.area) | \(markdownCell(descriptor.title)) | \(reads.isEmpty ? "documents" : reads.joined(separator: ", ")) | "
                        + descriptor.parameters.map { "`\($0.name)`" }.joined(separator: ", ") + " | "
                        + descriptor.figures.map { "`\($0.id)`" }.joined(separator: ", ") + " |")
            }
            out.append("")
        }
        let questions = descriptors.flatMap(\.auditQuestions).reduce(into: [AuditQuestion]()) { list, question in
            if !list.contains(where: { $0.id == question.id }) { list.append(question) }
        }
        if !questions.isEmpty {
            out += ["## Audit questions", "", "| Question | Wording | Answers | Read by |", "|---|---|---|---|"]
            for question in questions {
                let readers = descriptors.filter { $0.auditQuestions.contains { $0.id == question.id } }.map { "`\($0.id)`" }
                out.append(
                    "| `\(question.id)` | \(markdownCell(question.wording)) | \(markdownCell(question.answersDescription)) | "
                        + readers.joined(separator: ", ") + " |")
            }
            out.append("")
        }
        let types = registry.recordTypes(documentedBy: module).map { $0.recordType }
        if !types.isEmpty {
            out += ["## Record types", ""]
            for type in types.sorted(by: { $0.id < $1.id }) {
                out += recordTypeSection(type, level: "###")
            }
        }
        return out.joined(separator: "\n")
    }

    private static func recordTypeSection(_ type: RecordType, level: String = "##") -> [String] {
        var out = [
            "\(level) `\(type.id)`: \(type.title)", "", type.summary, "", "| Field | Type | Unit | Required | Meaning |",
            "|---|---|---|---|---|",
        ]
        for field in type.fields {
            out.append(
                "| `\(field.name)` | \(markdownCell(field.type.description)) | \(field.unit ?? "") | \(field.required ? "yes" : "no") | \(markdownCell(field.meaning)) |"
            )
        }
        out.append("")
        return out
    }

    private static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
