import ChildData

// Every sentence the core's diagnostics print, in one place: the cases in
// `DiagnosticReason.swift`, `MappingProblem.swift` and `AuditProblem.swift` carry the facts,
// these words say them.

extension Diagnostic.Reason {
    /// The sentence an error prints after `file:line:col: error: `.
    public var message: String {
        switch self {
        case .yaml(let reason):
            return reason.message
        case .missingFile(let path):
            return "file '\(path)' does not exist"
        case .notAProjectRoot:
            return "this is not a project root: it has no Frameworks/ and Forces/ directories; run from the project root or pass --root"
        case .unreadablePath(let path, let why):
            return "cannot read '\(path)': \(why)"
        case .misnamedFile(let name):
            return "'\(name)' ends in .yml and is not read; rename it to end in .yaml"
        case .pathEscapesDirectory(let path, let directory):
            return "path '\(path)' leads outside the directory '\(directory)'; evidence and documents must stay inside it"
        case .absolutePath(let path):
            return "path '\(path)' is absolute; write it relative to the force's directory"
        case .unsupportedSchema(let found, let supported):
            return "schema \(found) is not supported; this inspector reads schema " + supported.map(String.init).joined(separator: ", ")
        case .idDoesNotMatchDirectory(let id, let directory):
            return "id '\(id)' does not match its directory '\(directory)'; use the same name for both"
        case .placeholder(let instruction):
            return "fill in this placeholder: \(instruction)"
        case .malformedForceID(let id):
            return
                "'\(id)' is not a force id: use lowercase letters, digits and hyphens, starting with a letter (e.g. \(ForceID.suggest(id)))"
        case .forceIDClash(let directory, let other):
            return "force directory '\(directory)' differs from '\(other)' only in case; a force has one id, in lowercase"
        case .unknownReference(let kind, let id, let suggestion):
            return "unknown \(kind.rawValue) '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .unknownCheck(let id, let suggestion, let modules):
            if let suggestion { return "unknown check '\(id)' (did you mean '\(suggestion)'?)" }
            return "unknown check '\(id)'; no check module of this inspector (\(modules.joined(separator: ", "))) has it: "
                + "if another module provides it, run an inspector built with that module (docs/extending.md)"
        case .duplicateID(let kind, let id):
            return "\(kind.rawValue) '\(id)' is defined more than once"
        case .checkListedTwice(let check, let area):
            return "check '\(check)' is listed twice in area '\(area)'; it would be counted twice in the area's grade; list it once"
        case .duplicatePublishedGrade(let area):
            return "area '\(area)' already has a published grade; give one grade per area"
        case .unknownArea(let id, let suggestion, let areas):
            return "unknown area '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the framework's areas: "
                + areas.joined(separator: ", ")
        case .invalidPublishedGrade(let problem):
            return "published grade: \(problem.message)"
        case .checkInWrongArea(let check, let area, let expected):
            return "check '\(check)' is listed under area '\(area)' but belongs to " + expected.map { "'\($0)'" }.joined(separator: " or ")
        case .unknownParameter(let name, let suggestion):
            return "unknown parameter '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; `inspector explain <check>` lists each check's parameters"
        case .parameterNotReadByCheck(let name, let check):
            return "check '\(check)' does not read parameter '\(name)'"
        case .missingParameter(let name, let check):
            return "check '\(check)' needs parameter '\(name)', which has no default; set it in the framework's parameters"
        case .invalidParameter(let name, let problem):
            return "parameter '\(name)': \(problem)"
        case .standardNotLocalPolicy(let name, let policies):
            return "'\(name)' is a standard the framework sets for every force; a force may set only its local policy ("
                + policies.map { "'\($0)'" }.joined(separator: ", ") + "); try other values with `inspector inspect --set`"
        case .personalDataField(let field):
            return
                "field '\(field)' would hold personal data; evidence carries case references only, never a child's name, date of birth or address"
        case .personalDataInConfiguration(let key):
            return "unknown key '\(key)', which would hold personal data; configuration never names a child (its line is not shown)"
        case .personalDataText(let field, let shape):
            return
                "the text of \(field) looks like it holds personal data (\(shape)); evidence carries case references only: rewrite it without the child's details"
        case .undeclaredProperNoun(let field, let shown, let character):
            return "the text of \(field) has a capitalised word the force has not declared ('\(shown)', at character \(character)): "
                + ProperNouns.remedy("evidence")
        case .caseReferenceRefused(let refusal):
            return refusal.message
        case .wrongRecordType(let found, let expected):
            return "the file holds '\(found)' records but the dataset declares '\(expected)'"
        case .datasetRecordTypeMismatch(let dataset, let declared, let file):
            return "dataset '\(dataset)' declares record type '\(declared)' but '\(file)' holds another"
        case .duplicateCaseReference(let reference):
            return "case reference '\(reference)' appears more than once among this inspection's records of this type"
        case .implausibleRecord(let message):
            return message
        case .invalidMapping(let problem):
            return "mapping: \(problem.message)"
        case .csv(let message):
            return message
        case .rejectedRow(let reason):
            return "row rejected: \(reason)"
        case .tooManyRejected(let dataset, let rejected, let rows, let limit, let listed):
            return "\(rejected) of \(rows) rows of dataset '\(dataset)' were rejected, more than it allows (max_rejected: \(limit))"
                + (listed < rejected ? "; the first \(listed) are listed" : "")
        case .datasetSetting(let problem):
            return problem.message
        case .audit(let problem):
            return problem.message
        case .invalidScoring(let problem):
            return "scoring model: \(problem.message)"
        case .unknownScoringModel(let name, let framework, let models):
            return "framework \(framework) has no scoring model '\(name)'"
                + (Suggestions.closest(name, models).map { " (did you mean '\($0)'?)" } ?? "") + "; its models: "
                + models.joined(separator: ", ")
        case .findingSetting(let problem):
            return problem.message
        case .unknownFinding(let id, let suggestion):
            return "no published finding has the id '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; `inspector follow-up <force>` lists every finding's id"
        case .responseSetting(let problem):
            return problem
        case .responseText(.personalData(let shape)):
            return "the response's text looks like it holds personal data (\(shape)); a response names cases by reference only: "
                + "rewrite it without the child's details"
        case .responseText(.undeclaredProperNoun(let shown, let character)):
            return "the response's text has a capitalised word the force has not declared ('\(shown)', at character \(character)): "
                + ProperNouns.remedy("a response")
        case .internalError(let detail):
            return "internal error: \(detail)"
        }
    }
}

extension Diagnostic.MappingProblem {
    public var message: String {
        switch self {
        case .delimiterNotOneCharacter:
            return "the delimiter is one character: \",\", \";\", \"|\" or a tab (\"\\t\")"
        case .separatorNotOneCharacter:
            return "a separator is one character, such as ; or |"
        case .noRecordType(let expected):
            return "a mapping file says which record type it maps (record_type: \(expected))"
        case .columnsNotAMapping:
            return "columns must map each field to its column, e.g. case_ref: Occurrence Ref"
        case .codesNotAMapping:
            return "codes must map each of the force's codes to a word, e.g. {H: high, M: medium}"
        case .settingDoesNotApply(let setting, let field, let type):
            return "\(setting) does not apply to \(field), which is \(type)"
        case .codeGivenTwice(let code):
            return "the code '\(code)' is given twice"
        case .codesOnFieldWithoutWords(let field, let type):
            return "codes apply to choice, yes/no and list fields; \(field) is \(type)"
        case .durationNotReadable(let field):
            return "duration fields cannot be read from CSV yet; export \(field) as a number of seconds in an integer field"
        case .timestampFormatWithoutTime(let field, let format):
            return "\(field) is a timestamp but the format '\(format)' has no time"
        case .dateFormatWithTime(let field, let format):
            return "\(field) is a date but the format '\(format)' has a time"
        case .booleanCodeNotTrueOrFalse(let field, let word):
            return "\(field) is yes or no: a code stands for true or false, not '\(word)'"
        case .notInVocabulary(let word, let field, let suggestion):
            return "'\(word)' is not in the framework's vocabulary for \(field)" + Self.didYouMean(suggestion)
        case .noSuchColumn(let column, let suggestion, let columns):
            return "the CSV has no column '\(column)'" + Self.didYouMean(suggestion) + "; its columns: " + columns
        case .columnMappedTwice(let column, let owner):
            return "column '\(column)' is already the column of \(owner)"
        case .personalColumnMapped(let column):
            return "column '\(column)' looks like personal data and is never read; "
                + "list it under ignore, or, if it holds no one's details, write {column: \(column), not_personal: <why>}"
        case .requiredFieldUnmapped(let recordType, let field, let meaning):
            return "\(recordType) needs the field '\(field)' (\(meaning)); give it a column"
        case .ignoredColumnMissing(let column, let suggestion):
            return "ignores column '\(column)', which the CSV does not have" + Self.didYouMean(suggestion)
        case .columnReadAndIgnored(let column, let field):
            return "column '\(column)' is both read (as \(field)) and ignored"
        case .personalColumnUnlisted(let column):
            let what: String
            switch column {
            case .named(let name):
                what = "a column '\(name)'"
            case .position(let position):
                what =
                    "a column (the header's \(position)\(Self.ordinalSuffix(position)), not shown: its name does not read like a column's, so it may be data)"
            }
            return "the CSV has \(what) that looks like personal data; "
                + "list it under ignore: so that the mapping says it knows the column is there (it is never read)"
        case .unreadableFormat(let format, let problem):
            return "the format '\(format)' cannot be read: \(problem)"
        case .unknownTimeZone(let zone):
            return "unknown time zone '\(zone)'; write UTC, Europe/London or an offset such as +01:00"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// "st", "nd", "rd" or "th" after a position.
    static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}

extension Diagnostic.ScoringProblem {
    public var message: String {
        switch self {
        case .scaleWithoutGrades(let scale):
            return "scale '\(scale)' has no grades"
        case .causeOfConcernShareOutOfRange(let share):
            return "cause_of_concern_below must be a share above 0 and at most 1 (0.5 for half the cases), not \(NumberText.plain(share))"
        case .weightOutOfRange(let check, let weight):
            return "the weight of '\(check)' must be above 0 and at most 1000, not \(NumberText.plain(weight))"
        case .noGradeBands:
            return "it has no grade bands; list them best first, the last starting at 0"
        case .bandMinimumOutOfRange(let minimum):
            return "a band's min_percent must be between 0 and 100, not \(NumberText.plain(minimum))"
        case .bandsNotFalling:
            return "grade bands must be listed best first with falling minimums"
        case .lastBandAboveZero:
            return "the last grade band must start at 0 so every percentage has a grade"
        case .outcomeScoresOutOfRange:
            return "outcome scores must be between 0 and 100, at least one above 0, and out_of (when given) at least the highest of them"
        case .minimumEvaluatedShareOutOfRange(let share):
            return "minimum_evaluated_share must be between 0 and 1, not \(NumberText.plain(share))"
        case .partlyMetWorseThanNotMet(let check):
            return "'\(check)' would make a cause of concern when partly met but only an area for improvement when not met; "
                + "on_partly_met may only be milder than on_failure"
        case .promisingPracticeScored:
            return "promising practice is highlighted, never scored above met; remove promising_practice from outcome_scores"
        case .settingOfOtherMethod(let setting, let method):
            return "\(setting) is not read by a \(method) model; remove it, or change the method"
        case .settingMissing(let setting, let method):
            switch setting {
            case "outcome_scores":
                return "a \(method) model needs outcome_scores, e.g. {met: 3, partly_met: 2, not_met: 1}"
            default:
                return "a \(method) model needs \(setting), e.g. \(setting): 0.5 (a partly met characteristic counts as half of one met)"
            }
        case .partlyMetCountsAsOutOfRange(let share):
            return "partly_met_counts_as must be between 0 and 1, not \(NumberText.plain(share))"
        case .checkWithoutCharacteristic(let check, let area, let model):
            return "check '\(check)' in area '\(area)' names no characteristic it evidences; the scoring model \(model) "
                + "grades by characteristics of good, so give it characteristic: <id of one of the area's characteristics>"
        case .gradeRuleInUngradedArea(let rule, let check, let area):
            return "\(rule) on check '\(check)' has no effect: area '\(area)' is assessed but not graded; remove it"
        case .overallRuleNeedsTooManyAreas(let count, let graded):
            return "the rule needs at least \(count) graded areas but the framework grades \(graded)"
        case .overallJudgementWithoutGradedAreas:
            return "an overall judgement is derived from area grades, but the framework grades no area"
        }
    }
}

extension Diagnostic.DatasetProblem {
    public var message: String {
        switch self {
        case .caseReferencePattern(.unreadable(let problem)):
            return "case_reference_pattern cannot be used: \(problem.message)"
        case .caseReferencePattern(.tooBroad(let probe)):
            return "case_reference_pattern accepts '\(probe)', which could be a surname, an address or a date of birth; "
                + "a force's pattern takes the place of the default rule's limits on letters and digits, so write it as narrowly "
                + "as the force's references are (MISPER-[0-9]{4}, not [A-Z]+-[0-9]+)"
        case .csvWithoutProvenance(let dataset):
            return "CSV dataset '\(dataset)' needs a provenance: published, reconstructed, export or synthetic"
        case .csvWithoutMapping(let dataset):
            return "CSV dataset '\(dataset)' needs a mapping: a mapping file's path, or the mapping written here (see docs/csv-evidence.md)"
        case .csvOnlyKey(let key):
            return "\(key) applies only to CSV datasets: add format: csv if this dataset is a CSV export"
                + (key == "provenance" ? "; a YAML dataset's file states its own provenance" : "")
        case .csvFileWithoutFormat(let file, let dataset):
            return "'\(file)' is a CSV export, but dataset '\(dataset)' does not say format: csv; "
                + "give it format: csv, a provenance and a mapping (see docs/csv-evidence.md)"
        }
    }
}

extension Diagnostic.PublishedGradeProblem {
    public var message: String {
        switch self {
        case .alternativesToKnownGrade:
            return "one_of goes with grade: unknown; a known grade needs no alternatives"
        case .fewerThanTwoAlternatives:
            return "one_of needs two or more grades; with one, write it as the grade"
        case .notACountOfAreas(let grade, let count, let areas):
            return "\(grade): \(count) is not a count of areas (0 to \(areas))"
        case .countsDoNotAddUp(let total, let listed):
            return "the grade counts add up to \(total) areas but \(listed) published \(listed == 1 ? "grade is" : "grades are") listed; "
                + "list every graded area (grade: unknown when the sources do not say)"
        case .moreListedThanCounted(let label, let counted):
            return "the report gives \(counted) \(label) \(counted == 1 ? "area" : "areas"), but more are listed as \(label)"
        case .noPossibleGradeLeft(let left):
            return "none of its possible grades is left by the grade counts (left: \(left.joined(separator: ", ")))"
        case .gradesInAcceleratedPublication:
            return "accelerated causes of concern are published without grades; the graded report that follows is an inspection of its own"
        case .gradeCountsInAcceleratedPublication:
            return "accelerated causes of concern are published without grades, so without grade counts"
        case .areaNotGraded(let area):
            return "area '\(area)' is assessed but not graded by the framework, so it has no published grade; "
                + "record what the inspectorate found in published_findings instead"
        }
    }
}

extension Diagnostic.FindingProblem {
    public var message: String {
        switch self {
        case .notATimeFrame(let written):
            return "'\(written)' is not a time frame: write within: \(TimeFrame.expectedWithin), or by: YYYY-MM-DD"
        case .byIsNotADay:
            return "by: takes a day (YYYY-MM-DD); for a time frame not known write within: unknown"
        case .twoTimeFrames:
            return "a recommendation has one time frame: within: or by:, not both"
        case .noTimeFrame:
            return "a recommendation carries its own time frame: within: immediately, within: 6 months or by: YYYY-MM-DD as published, "
                + "or within: unknown when the sources do not say"
        case .malformedFindingID(let id):
            return "'\(id)' is not a finding id: use lowercase letters, digits and hyphens (e.g. afi-missing-children)"
        case .causeOfConcernWithoutRecommendations:
            return "a cause of concern always comes with one or more recommendations: list them as published, each with its time frame, "
                + "or write recommendations: unknown when the sources do not give them"
        case .recommendationsOnlyOnCausesOfConcern:
            return "only a cause of concern carries recommendations; an area for improvement or promising practice does not"
        case .acceleratedWithoutCausesOfConcern:
            return "a publication of accelerated causes of concern lists them under published_findings: causes_of_concern"
        }
    }
}

extension ProperNouns {
    /// What to do about a capitalised word the force has not declared in `what` ("evidence").
    public static func remedy(_ what: String) -> String {
        "\(what) never names a person; if it names an operation, a team, a partner or a place, list it under proper_nouns in force.yaml"
    }

    /// A CSV cell's problem: the word is not shown at all (a cell is never echoed).
    public static func cellMessage(character: Int) -> String {
        "the text has a capitalised word the force has not declared (at character \(character); it is not shown): " + remedy("evidence")
    }
}

extension CaseReferenceRule.Refusal {
    /// Why a reference is refused, in words that never quote it.
    public var message: String {
        let remedy = "; a force whose references need this states its case_reference_pattern in force.yaml"
        switch self {
        case .characters:
            return "a case reference is letters, digits, - and / only, at most 64 (no spaces or dots)"
        case .noDigit:
            return "a case reference has at least one digit"
        case .nameShapedWord:
            return "the case reference has a word shaped like a name (four letters or more with a lower-case one, "
                + "or a capitalised three: Smith, Ann)"
        case .dateWrittenOut:
            return "the case reference holds a date written out (03/04/2015, 2015-04-03), which could be a date of birth"
        case .longLetterRun:
            return "the case reference has four letters or more in a row, which could be a surname or a street; "
                + "references are codes of at most three letters between digits (NPT-MIS-01)" + remedy
        case .streetAddress:
            return "the case reference reads as an address (a house number, a name and a street word, as 14-ELM-RD)" + remedy
        case .dateRunTogether:
            return "the case reference holds eight digits that read as a date (03042015, 20150403, 0304-2015), "
                + "which could be a date of birth" + remedy
        case .notThePattern(let pattern):
            return "the case reference does not match this force's case_reference_pattern, \(pattern)"
        }
    }
}

extension ReferencePattern.Problem {
    /// What is wrong with a pattern, and at which character (1-based).
    public var message: String {
        let at = "at character \(offset + 1)"
        switch kind {
        case .empty: return "it is empty"
        case .unclosedGroup: return "the ( \(at) is never closed"
        case .unopenedGroup: return "the ) \(at) closes no group"
        case .unclosedClass: return "the [ \(at) is never closed"
        case .nestedClass: return "a [ inside a class \(at): nested classes are not supported (write \\[ for the character)"
        case .reversedRange(let from, let to): return "the range \(from)-\(to) \(at) runs backwards"
        case .danglingEscape: return "the pattern ends in a lone \\"
        case .unsupportedEscape(let letter):
            return "\\\(letter) \(at) is not supported (\\d, \\w, \\s, their capitals, \\t, \\n, \\r, \\A, \\z and escaped punctuation are)"
        case .backReference: return "a back-reference \(at) is not supported: it cannot be matched in linear time"
        case .lookAround: return "look-around \(at) is not supported: it cannot be matched in linear time"
        case .flags: return "flags such as (?i) \(at) are not supported; write both cases where both are meant ([Mm])"
        case .possessive: return "a possessive quantifier \(at) is not supported"
        case .wordBoundary: return "\\b and \\B \(at) are not supported; the whole reference is matched anyway"
        case .nothingToRepeat: return "the quantifier \(at) has nothing to repeat"
        case .badRepetition: return "the repetition \(at) is not {n}, {n,} or {n,m} with n at most m"
        case .repetitionTooLarge(let maximum): return "the repetition \(at) counts past \(maximum)"
        case .tooLarge:
            return "the pattern is too large (more than \(ReferencePattern.maximumSize) steps once its repetitions are written out, "
                + "or groups nested more than \(ReferencePattern.maximumDepth) deep)"
        }
    }
}

extension Diagnostic.AuditProblem {
    public var message: String {
        switch self {
        case .duplicateForm(let id):
            return "audit form '\(id)' is defined more than once"
        case .unknownForm(let id, let suggestion):
            return "unknown audit form '\(id)'" + Self.didYouMean(suggestion) + "; the framework's audit_forms list the forms"
        case .unknownQuestion(let id, let suggestion):
            return "unknown audit question '\(EchoedValue.shown(id, nearMiss: suggestion != nil))'" + Self.didYouMean(suggestion)
                + "; `inspector explain <check>` lists the questions each check reads"
        case .questionListedTwice(let question, let form):
            return "audit question '\(question)' is listed twice on form '\(form)'; ask it once"
        case .questionReadByNoCheck(let question, let form, let checks):
            return "form '\(form)' asks '\(question)', but no check of this framework reads its answers (it is read by "
                + checks.joined(separator: ", ") + "); list one of them in an area or take the question off the form"
        case .questionVocabularyMissing(let question, let vocabulary):
            return "audit question '\(question)' takes its answers from the vocabulary \(vocabulary), which the framework does not declare"
        case .datasetNeedsSample(let dataset):
            return "returned audit form '\(dataset)' needs the sample it answers: sample: <the file `inspector sample` wrote>"
        case .datasetNotCSV(let dataset):
            return "returned audit form '\(dataset)' is the CSV form `inspector audit-form` writes: give it format: csv"
        case .mappingNotNeeded(let dataset):
            return "returned audit form '\(dataset)' needs no mapping: its columns are the form's own (case_ref, auditor, one per question)"
        case .auditOnlyKey(let key):
            return "\(key) applies only to a returned audit form (record_type: case-audit)"
        case .sampleSharedByDatasets(let sample, let datasets):
            return "sample '\(sample)' is answered by " + datasets.map { "'\($0)'" }.joined(separator: " and ")
                + "; put every auditor's rows for one sample in one returned form"
        case .sampleOfAnotherInspection(let found, let expected):
            return "this sample was drawn for \(found), not \(expected); draw one with `inspector sample`"
        case .sampledDatasetNotDeclared(let dataset, let suggestion):
            return "the sample was drawn from dataset '\(dataset)', which this inspection does not declare" + Self.didYouMean(suggestion)
        case .formDoesNotFitDataset(let form, let formRecordType, let datasetRecordType):
            return "form '\(form)' audits \(formRecordType) records, but the dataset sampled holds \(datasetRecordType) records"
        case .datasetChanged(let dataset, let file, let recorded, let now):
            return "dataset '\(dataset)' (\(file)) has changed since the sample was drawn: its SHA-256 was \(recorded.prefix(12))…, now "
                + "\(now.prefix(12))…; the answers may be about cases that are no longer what was audited: restore the dataset, or draw "
                + "and audit a new sample"
        case .sampledTwice(let caseRef):
            return "case \(caseRef) is in the sample twice"
        case .sampleSizeMismatch(let size, let cases):
            return "the sample says its size is \(size) but lists \(cases) \(cases == 1 ? "case" : "cases")"
        case .missingColumn(let name):
            return "a returned audit form has a column '\(name)' (the form `inspector audit-form` writes has it)"
        case .questionNotOnForm(let id, let form, let questions):
            return "'\(id)' is an audit question, but not one form '\(form)' asks; its questions: " + questions.joined(separator: ", ")
        case .questionWithoutColumn(let id, let form):
            return "form '\(form)' asks '\(id)', but the returned form has no column for it"
        case .caseNotInSample(let caseRef, let suggestion):
            return "case \(caseRef) is not in the sample; audit only the cases drawn" + Self.didYouMean(suggestion)
        case .missingAuditor:
            return "auditor is empty; each row says who audited the case (an auditor's id, such as A1)"
        case .auditorNotAnID(let written):
            return
                "auditor \(EchoedValue.quoted(written)) is not an auditor's id: letters, digits, '.', '-' or '_', at most 32 (an id, such as A1, not a name)"
        case .auditedTwice(let caseRef, let auditor, let firstLine):
            return "auditor \(auditor) audited case \(caseRef) twice (first at line \(firstLine)); each auditor audits a case once"
        case .moreThanTwoAuditors(let caseRef, let auditors):
            return "case \(caseRef) is already audited by " + auditors.joined(separator: " and ")
                + "; a case is audited by one auditor, or by two independently"
        case .missingAnswer(let question):
            return "no answer to \(question); answer every question (not-applicable where it does not apply)"
        case .answerNotAllowed(let answer, let question, let allowed):
            let suggestion = Suggestions.closest(answer, allowed)
            return "\(EchoedValue.quoted(answer, nearMiss: suggestion != nil)) is not an answer to \(question)"
                + Self.didYouMean(suggestion)
                + "; its answers: " + allowed.joined(separator: ", ")
        case .caseNotAudited(let caseRef, let file):
            return "case \(caseRef) of the sample has no answers in \(file); audit every case drawn"
        case .auditedInTwoSamples(let caseRef, let question, let other):
            return "case \(caseRef) is answered on \(question) by '\(other)' too; a case is audited once for each question "
                + "(put a second auditor's answers in the same returned form)"
        case .unmoderatedDisagreement(let caseRef, let question, let answers, let moderationFile):
            return "the auditors disagree on \(question) for case \(caseRef) (" + answers.joined(separator: ", ")
                + ") and no moderation records the answer agreed; "
                + (moderationFile.map { "add it to \($0)" } ?? "record it in a moderation file (moderation: in the dataset)")
                + " (`inspector agreement <force>` lists every disagreement)"
        case .nothingToModerate(let caseRef, let question):
            return "the auditors did not disagree on \(question) for case \(caseRef); moderate only disagreements"
        case .moderatedTwice(let caseRef, let question):
            return "\(question) for case \(caseRef) is moderated twice"
        case .agreedByNobody:
            return "agreed_by names who agreed the answer (auditors' or moderators' ids)"
        }
    }

    /// The note under a disagreement, at the other auditor's answer.
    public static func otherAnswer(auditor: String, answer: String) -> String {
        "auditor \(auditor) answered \(answer) here"
    }

    /// The note under a case audited twice by one auditor, at the first time.
    public static let firstAudit = "the first audit of the case by this auditor"

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
