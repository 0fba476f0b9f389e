import CSV
import ChildData
import InspectionKit
import YAML

/// Reads a returned audit form: the CSV `inspector audit-form` writes, filled in. Its columns
/// are `case_ref`, `auditor` and one per question of the form; rows whose `case_ref` starts
/// with `#` carry the form's instructions and are skipped.
///
/// A header that is not the form's (an unknown question, a question of another form, a
/// question without a column, no `case_ref` or `auditor`) is an error. A row is rejected, with
/// its line and column, when its case is not in the sample, its auditor is missing or has
/// already audited the case, a third auditor audits it, or an answer is missing or not one the
/// question allows. Answers are read in lower case, so that a spreadsheet's "Yes" is `yes`.
/// Cells are never echoed whole: a cell may hold anything, a name included.
struct AuditReturnReader {
    let sample: AuditSampleFile
    let formID: String
    let questions: [(question: AuditQuestion, allowed: [String])]
    let registry: CheckRegistry
    let rule: CaseReferenceRule

    struct Output {
        var rows: [AuditReturn.Row] = []
        var rowsRead = 0
        var rejections: [Rejection] = []
        /// Sampled cases with a rejected row: accounted for, so not reported as unaudited.
        var rejectedCases: Set<String> = []
    }

    /// The rows of the file, or the problems that stop it being read at all.
    func read(path: String, display: String) throws(Diagnostics) -> Output {
        let reader: CSV.Reader
        do {
            reader = try CSV.Reader(path: path, displayName: display)
        } catch {
            throw Diagnostics([EvidenceLoader.diagnostic(error)])
        }
        let columns = try self.columns(reader.header, file: display)
        let sampled = Set(sample.cases.map(\.caseRef.value))
        let sampledList = sample.cases.map(\.caseRef.value)
        var output = Output()
        // Per case, the auditors who audited it and the line of each.
        var auditedBy: [String: [(auditor: String, line: Int)]] = [:]
        var rows: [Cells] = []
        do {
            // A returned form is small: each row's cells are copied out of the borrowed row and
            // judged after, so that no closure captures the row.
            try reader.forEachRow { row in
                rows.append(
                    Cells(
                        index: row.index, line: row.line, values: (0..<row.count).map { row.string($0) },
                        marks: (0..<row.count).map { field in
                            let position = row.position(ofField: field)
                            return YAML.Mark(file: position.file, line: position.line, column: position.column)
                        }))
            }
        } catch let error as CSV.Error {
            throw Diagnostics([EvidenceLoader.diagnostic(error)])
        } catch {
            throw Diagnostics([Diagnostic(.internalError(String(describing: error)), at: YAML.Mark(file: display, line: 1, column: 1))])
        }
        for row in rows {
            judge(
                row, columns: columns, names: reader.header.names, sampled: sampled, sampledList: sampledList, auditedBy: &auditedBy,
                into: &output)
        }
        return output
    }

    /// One row's cells as read, with where each is written.
    struct Cells {
        var index: Int
        var line: Int
        var values: [String]
        var marks: [YAML.Mark]
    }

    /// Accepts a row into `output`, or rejects it with the first thing wrong with it.
    private func judge(
        _ row: Cells, columns: (caseRef: Int, auditor: Int, questions: [Int]), names: [String], sampled: Set<String>, sampledList: [String],
        auditedBy: inout [String: [(auditor: String, line: Int)]], into output: inout Output
    ) {
        let caseRef = row.values[columns.caseRef].trimmingCharacters(in: .whitespaces)
        if caseRef.hasPrefix("#") { return }
        output.rowsRead += 1
        func reject(_ column: Int, _ reason: String) {
            output.rejections.append(Rejection(row: row.index, mark: row.marks[column], column: names[column], reason: reason))
        }
        if let refusal = rule.refusal(of: caseRef) { return reject(columns.caseRef, refusal.message) }
        guard sampled.contains(caseRef) else {
            let problem = Diagnostic.AuditProblem.caseNotInSample(caseRef: caseRef, suggestion: Suggestions.closest(caseRef, sampledList))
            return reject(columns.caseRef, problem.message)
        }
        output.rejectedCases.insert(caseRef)  // until the row is accepted
        let auditor = row.values[columns.auditor].trimmingCharacters(in: .whitespaces)
        guard !auditor.isEmpty else { return reject(columns.auditor, Diagnostic.AuditProblem.missingAuditor.message) }
        guard Self.isAuditorID(auditor) else { return reject(columns.auditor, Diagnostic.AuditProblem.auditorNotAnID(auditor).message) }
        let earlier = auditedBy[caseRef] ?? []
        if let first = earlier.first(where: { $0.auditor == auditor }) {
            let problem = Diagnostic.AuditProblem.auditedTwice(caseRef: caseRef, auditor: auditor, firstLine: first.line)
            return reject(columns.auditor, problem.message)
        }
        guard earlier.count < 2 else {
            return reject(
                columns.auditor, Diagnostic.AuditProblem.moreThanTwoAuditors(caseRef: caseRef, auditors: earlier.map(\.auditor)).message)
        }
        var answers: [String: (answer: AuditAnswer, mark: YAML.Mark)] = [:]
        for (index, (question, allowed)) in questions.enumerated() {
            let column = columns.questions[index]
            let written = row.values[column].trimmingCharacters(in: .whitespaces)
            guard !written.isEmpty else { return reject(column, Diagnostic.AuditProblem.missingAnswer(question: question.id).message) }
            let word = written.lowercased()
            guard allowed.contains(word) else {
                return reject(
                    column, Diagnostic.AuditProblem.answerNotAllowed(answer: written, question: question.id, allowed: allowed).message)
            }
            answers[question.id] = (AuditAnswer(word), row.marks[column])
        }
        output.rejectedCases.remove(caseRef)
        auditedBy[caseRef, default: []].append((auditor, row.line))
        output.rows.append(AuditReturn.Row(caseRef: caseRef, auditor: auditor, line: row.line, answers: answers))
    }

    /// The columns of `case_ref`, `auditor` and each question, or every problem with the header.
    private func columns(_ header: CSV.Header, file: String) throws(Diagnostics) -> (caseRef: Int, auditor: Int, questions: [Int]) {
        var problems = DiagnosticCollector()
        func at(_ column: Int) -> YAML.Mark {
            let position = header.position(ofColumn: column)
            return YAML.Mark(file: position.file, line: position.line, column: position.column)
        }
        let start = YAML.Mark(file: file, line: 1, column: 1)
        let caseRef = header.index(of: "case_ref")
        let auditor = header.index(of: "auditor")
        if caseRef == nil { problems.add(Diagnostic(.audit(.missingColumn("case_ref")), at: start)) }
        if auditor == nil { problems.add(Diagnostic(.audit(.missingColumn("auditor")), at: start)) }
        let asked = questions.map(\.question.id)
        for (index, name) in header.names.enumerated() where name != "case_ref" && name != "auditor" && !asked.contains(name) {
            if registry.auditQuestions[name] != nil {
                problems.add(Diagnostic(.audit(.questionNotOnForm(id: name, form: formID, questions: asked)), at: at(index)))
            } else {
                let known = asked + ["case_ref", "auditor"]
                problems.add(Diagnostic(.audit(.unknownQuestion(id: name, suggestion: Suggestions.closest(name, known))), at: at(index)))
            }
        }
        var questionColumns: [Int] = []
        for id in asked {
            if let column = header.index(of: id) {
                questionColumns.append(column)
            } else {
                problems.add(Diagnostic(.audit(.questionWithoutColumn(id: id, form: formID)), at: start))
            }
        }
        try problems.throwIfAny()
        return (caseRef!, auditor!, questionColumns)
    }

    /// An auditor's id: ASCII letters, digits, `.`, `-` and `_`, at most 32 characters. The form
    /// asks for an id (A1, JS-2), so a value with spaces (a name, most likely) is refused.
    static func isAuditorID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 32
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0))
            }
    }
}
