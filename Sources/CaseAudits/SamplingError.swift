import InspectionKit

/// Why a sample cannot be drawn or a form written: each case with its facts, worded here.
public enum SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownDataset(force: String, dataset: String, known: [String])
    case datasetIsAnAudit(String)
    case noForm(recordType: String, framework: String)
    case severalForms(recordType: String, forms: [String])
    case unknownForm(id: String, forms: [String])
    case formDoesNotFit(form: String, formRecordType: String, datasetRecordType: String)
    case sizeAbovePopulation(size: Int, population: Int, dataset: String)
    case sizeNotPositive(Int)
    case unknownField(field: String, recordType: String, fields: [String])
    case cannotStratifyBy(field: String, type: String)
    case stratumValueNotACode(field: String)
    case oversampleWithoutStratify
    case malformedOversample(String)
    case unknownStratum(stratum: String, strata: [String])
    case malformedPeriod(String)
    case noDateField(recordType: String)
    case notADateField(field: String, type: String)
    case noInspection(force: String, framework: String?)

    public var description: String {
        switch self {
        case .unknownDataset(let force, let dataset, let known):
            return "\(force)'s inspection has no dataset '\(dataset)'"
                + (Suggestions.closest(dataset, known).map { " (did you mean '\($0)'?)" } ?? "") + "; its datasets: "
                + known.joined(separator: ", ")
        case .datasetIsAnAudit(let dataset):
            return "'\(dataset)' is a returned audit form; draw a sample from the dataset of cases it audits"
        case .noForm(let recordType, let framework):
            return "framework \(framework) has no audit form for \(recordType) records; add one under audit_forms (docs/case-audits.md)"
        case .severalForms(let recordType, let forms):
            return "several audit forms audit \(recordType) records (\(forms.joined(separator: ", "))); choose one with --form"
        case .unknownForm(let id, let forms):
            return "unknown audit form '\(id)'" + (Suggestions.closest(id, forms).map { " (did you mean '\($0)'?)" } ?? "")
                + "; the framework's forms: " + forms.joined(separator: ", ")
        case .formDoesNotFit(let form, let formRecordType, let datasetRecordType):
            return "form '\(form)' audits \(formRecordType) records, but the dataset holds \(datasetRecordType) records"
        case .sizeAbovePopulation(let size, let population, let dataset):
            return
                "a sample of \(size) is more than the \(population) \(population == 1 ? "case" : "cases") of \(dataset) it would be drawn from; "
                + "sample at most \(population)"
        case .sizeNotPositive(let size):
            return "--size must be at least 1, not \(size)"
        case .unknownField(let field, let recordType, let fields):
            return "\(recordType) has no field '\(field)'" + (Suggestions.closest(field, fields).map { " (did you mean '\($0)'?)" } ?? "")
                + "; its fields: " + fields.joined(separator: ", ")
        case .cannotStratifyBy(let field, let type):
            return "cannot stratify by \(field), which is \(type); stratify by a field of words, yes or no, or whole numbers"
        case .stratumValueNotACode(let field):
            return "a value of \(field) is not a code (lower-case words and digits); strata are named by their values, "
                + "which go into the sample file, so stratify by a coded field"
        case .oversampleWithoutStratify:
            return "--oversample weights a stratum; give --stratify too"
        case .malformedOversample(let text):
            return "--oversample takes STRATUM=FACTOR with a factor above 0, e.g. high=2; got '\(text)'"
        case .unknownStratum(let stratum, let strata):
            return "no stratum '\(stratum)' to oversample" + (Suggestions.closest(stratum, strata).map { " (did you mean '\($0)'?)" } ?? "")
                + "; the strata: " + strata.joined(separator: ", ")
        case .malformedPeriod(let text):
            return "--period takes FROM..TO as two days, e.g. 2024-10-01..2024-12-31 (both included); got '\(text)'"
        case .noDateField(let recordType):
            return "\(recordType) records have no date or timestamp field to judge --period by"
        case .notADateField(let field, let type):
            return "\(field) is \(type), not a date or timestamp"
        case .noInspection(let force, let framework):
            return "\(force) has no inspection" + (framework.map { " under \($0)" } ?? "") + " to sample for"
        }
    }
}
