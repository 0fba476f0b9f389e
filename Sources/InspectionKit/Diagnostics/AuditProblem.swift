extension Diagnostic {
    /// What is wrong with a case-file audit: a framework's audit form, a sample, a returned
    /// form, a moderation file. Each case carries its facts; the words are in
    /// `DiagnosticWording.swift`. Values from a returned form's cells are carried as written and
    /// shown only through `EchoedValue`, since a cell may hold anything.
    public enum AuditProblem: Hashable, Sendable {
        // A framework's audit forms
        case duplicateForm(id: String)
        case unknownForm(id: String, suggestion: String?)
        case unknownQuestion(id: String, suggestion: String?)
        case questionListedTwice(question: String, form: String)
        case questionReadByNoCheck(question: String, form: String, checks: [String])
        case questionVocabularyMissing(question: String, vocabulary: String)

        // How an inspection declares a returned form
        case datasetNeedsSample(dataset: String)
        case datasetNotCSV(dataset: String)
        case mappingNotNeeded(dataset: String)
        /// `sample` or `moderation` on a dataset that is not a returned audit form.
        case auditOnlyKey(String)
        case sampleSharedByDatasets(sample: String, datasets: [String])

        // A sample file
        case sampleOfAnotherInspection(found: String, expected: String)
        case sampledDatasetNotDeclared(dataset: String, suggestion: String?)
        case formDoesNotFitDataset(form: String, formRecordType: String, datasetRecordType: String)
        case datasetChanged(dataset: String, file: String, recorded: String, now: String)
        case sampledTwice(caseRef: String)
        case sampleSizeMismatch(size: Int, cases: Int)

        // A returned form
        case missingColumn(String)
        case questionNotOnForm(id: String, form: String, questions: [String])
        case questionWithoutColumn(id: String, form: String)
        case caseNotInSample(caseRef: String, suggestion: String?)
        case missingAuditor
        case auditorNotAnID(String)
        case auditedTwice(caseRef: String, auditor: String, firstLine: Int)
        case moreThanTwoAuditors(caseRef: String, auditors: [String])
        case missingAnswer(question: String)
        case answerNotAllowed(answer: String, question: String, allowed: [String])
        case caseNotAudited(caseRef: String, file: String)
        case auditedInTwoSamples(caseRef: String, question: String, other: String)

        // Two auditors, moderated
        case unmoderatedDisagreement(caseRef: String, question: String, answers: [String], moderationFile: String?)
        case nothingToModerate(caseRef: String, question: String)
        case moderatedTwice(caseRef: String, question: String)
        case agreedByNobody
    }
}
