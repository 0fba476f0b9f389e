import Foundation
import InspectionKit
import InspectionLoading
import Reproducible
import YAML

/// Draws a reproducible sample of case references from one of a force's datasets.
///
/// The dataset is read as an inspection reads it, so a rejected row is never drawn. A simple
/// random sample draws `size` references; a stratified one splits the cases by a field and
/// draws from each stratum in proportion to its size (times its oversampling factor), the
/// counts rounded by largest remainder and capped at the stratum's size. Within a stratum the
/// references are sorted and drawn with a seeded generator whose stream is named after the
/// stratum, so the same dataset, options and seed give the same sample on every machine.
public enum Sampler {
    public struct Request: Sendable {
        public var force: String
        /// The framework whose latest inspection of the force to sample for; nil: the latest.
        public var framework: String?
        public var dataset: String
        /// The framework's audit form; nil: the one form for the dataset's record type.
        public var form: String?
        public var size: Int
        /// 0 or more.
        public var seed: Int
        public var stratify: String?
        /// Factors by stratum: `high: 2` draws twice the proportional share from `high`.
        public var oversample: [String: Double]
        public var period: (from: YAML.Day, to: YAML.Day)?
        /// The field `period` is judged by; nil: the record type's first date or timestamp.
        public var dateField: String?

        public init(
            force: String, framework: String? = nil, dataset: String, form: String? = nil, size: Int, seed: Int, stratify: String? = nil,
            oversample: [String: Double] = [:], period: (from: YAML.Day, to: YAML.Day)? = nil, dateField: String? = nil
        ) {
            self.force = force
            self.framework = framework
            self.dataset = dataset
            self.form = form
            self.size = size
            self.seed = seed
            self.stratify = stratify
            self.oversample = oversample
            self.period = period
            self.dateField = dateField
        }
    }

    /// Draws the sample. Throws `SamplingError` for a request that cannot be met, and
    /// `Diagnostics` for problems in the force's files or the dataset.
    public static func draw(_ request: Request, catalog: Catalog, registry: CheckRegistry) throws -> DrawnSample {
        guard request.size >= 1 else { throw SamplingError.sizeNotPositive(request.size) }
        guard let force = catalog.forces[request.force] else {
            throw Diagnostics([
                .file(
                    .unknownReference(kind: .force, id: request.force, suggestion: Suggestions.closest(request.force, catalog.forceIDs)),
                    "Forces/\(request.force)")
            ])
        }
        let problems = Validator(catalog: catalog, registry: registry).validate(force)
        if !problems.isEmpty { throw Diagnostics(problems) }
        guard let inspection = request.framework.map({ force.latestInspection(framework: $0) }) ?? force.inspections.last,
            let framework = catalog.frameworks[inspection.framework.value]
        else { throw SamplingError.noInspection(force: request.force, framework: request.framework) }
        let declared = inspection.evidence.datasets
        guard let dataset = declared.first(where: { $0.name.value == request.dataset }) else {
            throw SamplingError.unknownDataset(force: request.force, dataset: request.dataset, known: declared.map(\.name.value))
        }
        guard !dataset.isCaseAudit else { throw SamplingError.datasetIsAnAudit(request.dataset) }
        let form = try chooseForm(request.form, for: dataset, in: framework)
        guard let type = registry.recordType(dataset.recordType.value)?.recordType else {
            throw Diagnostics([
                Diagnostic(.unknownReference(kind: .recordType, id: dataset.recordType.value, suggestion: nil), at: dataset.recordType)
            ])
        }
        let stratifyField = try request.stratify.map { try field($0, of: type, for: .stratify) }
        let dateField = try request.period.map { _ in
            try request.dateField.map { try field($0, of: type, for: .date) } ?? firstDate(of: type)
        }
        if !request.oversample.isEmpty && stratifyField == nil { throw SamplingError.oversampleWithoutStratify }

        let loader = EvidenceLoader(registry: registry)
        let vocabularies = framework.vocabularies.mapValues { Set($0.value) }
        let fields = [stratifyField, dateField].compactMap { $0?.name }
        let population = try loader.population(dataset, of: force, vocabularies: vocabularies, fields: fields)
        let path = try ForcePaths(directory: force.directory, display: force.displayDirectory).resolve(dataset.file)
        let digest = try SHA256.file(path).sha256

        var eligible = population.cases
        var outsidePeriod = 0
        if let period = request.period, let dateField {
            let index = fields.firstIndex(of: dateField.name)!
            let start = period.from.midnightUTC
            let end = period.to.midnightUTC.addingTimeInterval(86_400)
            eligible = population.cases.filter { entry in
                guard case .time(let date) = entry.values[index] else { return false }
                return date >= start && date < end
            }
            outsidePeriod = population.cases.count - eligible.count
        }
        guard request.size <= eligible.count else {
            throw SamplingError.sizeAbovePopulation(size: request.size, population: eligible.count, dataset: request.dataset)
        }
        let strata = try strata(of: eligible, field: stratifyField, index: stratifyField.map { fields.firstIndex(of: $0.name)! })
        let (drawn, summaries) = try draw(request.size, from: strata, seed: request.seed, oversample: request.oversample)
        return DrawnSample(
            force: force.id, inspection: inspection.id.value, framework: framework.id.value, form: form.id.value, formTitle: form.title,
            dataset: request.dataset, recordType: dataset.recordType.value, file: dataset.file.value, sha256: digest,
            records: population.summary.records, rejected: population.summary.rejections.count, outsidePeriod: outsidePeriod,
            population: eligible.count, design: stratifyField == nil ? "simple-random" : "stratified", seed: request.seed,
            size: request.size, period: request.period.flatMap { period in dateField.map { (period.from, period.to, $0.name) } },
            stratify: stratifyField?.name, strata: summaries, cases: drawn, tool: ToolInfo.current)
    }

    /// Draws `size` cases from the strata: the allocation, then within each stratum a draw from
    /// its sorted references with a stream of the seed named after the stratum.
    package static func draw(
        _ size: Int, from strata: [Stratum], seed: Int, oversample: [String: Double] = [:]
    ) throws -> (cases: [DrawnSample.Case], strata: [DrawnSample.Stratum]) {
        let allocated = try allocate(size, among: strata, oversample: oversample)
        let generator = SeededRandom(seed: UInt64(max(0, seed)))
        var drawn: [DrawnSample.Case] = []
        var summaries: [DrawnSample.Stratum] = []
        for (stratum, count) in zip(strata, allocated) {
            var stream = generator.stream("stratum", stratum.name)
            let picked = stream.sample(stratum.references, count: count).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            drawn += picked.map { DrawnSample.Case(reference: $0, stratum: stratum.name) }
            summaries.append(
                DrawnSample.Stratum(
                    name: stratum.name, population: stratum.references.count, drawn: count, oversample: oversample[stratum.name] ?? 1))
        }
        return (drawn, summaries)
    }

    /// A simple random sample of every reference of a dataset read without rejections, as
    /// `draw(_:catalog:registry:)` would draw it from the same file: for `inspector generate`,
    /// which knows the references it wrote.
    package static func simpleRandom(
        references: [String], size: Int, seed: Int, force: String, inspection: String, framework: String, form: AuditForm,
        dataset: String, recordType: String, file: String, sha256: String
    ) throws -> DrawnSample {
        let all = Stratum(name: "all", references: references.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let (drawn, summaries) = try draw(size, from: [all], seed: seed)
        return DrawnSample(
            force: force, inspection: inspection, framework: framework, form: form.id.value, formTitle: form.title, dataset: dataset,
            recordType: recordType, file: file, sha256: sha256, records: references.count, rejected: 0, outsidePeriod: 0,
            population: references.count, design: "simple-random", seed: seed, size: size, period: nil, stratify: nil, strata: summaries,
            cases: drawn, tool: ToolInfo.current)
    }

    /// The form the request names, or the framework's one form for the dataset's record type.
    static func chooseForm(_ id: String?, for dataset: DatasetDeclaration, in framework: Framework) throws -> AuditForm {
        let recordType = dataset.recordType.value
        if let id {
            guard let form = framework.auditForm(id) else {
                throw SamplingError.unknownForm(id: id, forms: framework.auditForms.map(\.id.value))
            }
            guard form.recordType.value == recordType else {
                throw SamplingError.formDoesNotFit(form: id, formRecordType: form.recordType.value, datasetRecordType: recordType)
            }
            return form
        }
        let fitting = framework.auditForms.filter { $0.recordType.value == recordType }
        guard let only = fitting.first else { throw SamplingError.noForm(recordType: recordType, framework: framework.id.value) }
        guard fitting.count == 1 else { throw SamplingError.severalForms(recordType: recordType, forms: fitting.map(\.id.value)) }
        return only
    }

    private enum FieldUse { case stratify, date }

    private static func field(_ name: String, of type: RecordType, for use: FieldUse) throws -> FieldSpec {
        guard let spec = type.field(name) else {
            throw SamplingError.unknownField(field: name, recordType: type.id, fields: type.fields.map(\.name))
        }
        switch (use, spec.type) {
        case (.stratify, .choice), (.stratify, .boolean), (.stratify, .integer), (.stratify, .text): return spec
        case (.stratify, _): throw SamplingError.cannotStratifyBy(field: name, type: spec.type.description)
        case (.date, .date), (.date, .timestamp): return spec
        case (.date, _): throw SamplingError.notADateField(field: name, type: spec.type.description)
        }
    }

    private static func firstDate(of type: RecordType) throws -> FieldSpec {
        guard let spec = type.fields.first(where: { $0.type == .timestamp || $0.type == .date }) else {
            throw SamplingError.noDateField(recordType: type.id)
        }
        return spec
    }

    package struct Stratum {
        package var name: String
        /// Sorted by their UTF-8 bytes, so that the order never depends on the locale.
        package var references: [String]

        package init(name: String, references: [String]) {
            self.name = name
            self.references = references
        }
    }

    /// The cases by stratum, strata sorted by name; one stratum, `all`, without a field.
    static func strata(of cases: [DatasetPopulation.Case], field: FieldSpec?, index: Int?) throws -> [Stratum] {
        func sorted(_ references: [String]) -> [String] { references.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        guard let field, let index else { return [Stratum(name: "all", references: sorted(cases.map(\.reference)))] }
        var byValue: [String: [String]] = [:]
        for entry in cases {
            let value: String
            switch entry.values[index] {
            case .text(let text): value = text
            case .boolean(let flag): value = flag ? "yes" : "no"
            case .integer(let number): value = String(number)
            case .absent: value = "none"
            default: value = "none"
            }
            guard EchoedValue.isSafeToShow(value) else { throw SamplingError.stratumValueNotACode(field: field.name) }
            byValue[value, default: []].append(entry.reference)
        }
        return byValue.keys.sorted().map { Stratum(name: $0, references: sorted(byValue[$0]!)) }
    }

    /// Cases to draw from each stratum: `size` shared in proportion to population × factor by
    /// largest remainder (ties to the earlier stratum), none above a stratum's population; what
    /// a full stratum cannot take is shared among the others the same way.
    package static func allocate(_ size: Int, among strata: [Stratum], oversample: [String: Double]) throws -> [Int] {
        let names = strata.map(\.name)
        for (name, factor) in oversample.sorted(by: { $0.key < $1.key }) {
            guard names.contains(name) else { throw SamplingError.unknownStratum(stratum: name, strata: names) }
            guard factor > 0, factor.isFinite else { throw SamplingError.malformedOversample("\(name)=\(NumberText.plain(factor))") }
        }
        var allocated = Array(repeating: 0, count: strata.count)
        var remaining = size
        while remaining > 0 {
            let open = strata.indices.filter { allocated[$0] < strata[$0].references.count }
            let weights = open.map { Double(strata[$0].references.count) * (oversample[strata[$0].name] ?? 1) }
            let total = weights.reduce(0, +)
            var shares = zip(open, weights).map { (index: $0, exact: Double(remaining) * $1 / total) }
            var given = 0
            for (offset, share) in shares.enumerated() {
                let room = strata[share.index].references.count - allocated[share.index]
                let whole = min(Int(share.exact.rounded(.down)), room)
                allocated[share.index] += whole
                given += whole
                shares[offset].exact -= Double(whole)
            }
            // The rest by largest remainder, one each, to strata with room.
            for share in shares.sorted(by: { ($0.exact, -$0.index) > ($1.exact, -$1.index) }) where given < remaining {
                if allocated[share.index] < strata[share.index].references.count {
                    allocated[share.index] += 1
                    given += 1
                }
            }
            remaining -= given
            if given == 0 { break }  // every stratum is full: the size was checked against the population
        }
        return allocated
    }
}
