import ChildData
import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner
import YAML

/// One synthetic force, made: its files (paths relative to its directory), what they hold, and
/// the result the engine gives on the records in memory, which is what a reader of the files
/// must give too.
struct SyntheticForceOutput: Sendable {
    var files: [(path: String, bytes: [UInt8])] = []
    /// Rows written per record type id.
    var counts: [String: Int] = [:]
    /// The engine's result on the synthesized records: the grades the files should earn.
    var expected: InspectionResult?
    /// Per record type id, the table as written (for tests): layout and the rows' field values.
    var tables: [String: (layout: TableLayout, rows: [[FieldValue]])] = [:]
    /// The case audits written (for the manifest).
    var audits: [SyntheticAudits.Written] = []
}

extension NationalGenerator {
    /// The inspection's id and file name.
    static let inspectionID = "synthetic"

    /// Makes one force: every table, the observations, the documents, the YAML, and the result
    /// the engine gives on them. `keepRows` keeps each table's field values for tests.
    func synthesize(_ plan: SyntheticForcePlan, keepRows: Bool = false) throws(GenerationError) -> SyntheticForceOutput {
        var output = SyntheticForceOutput()
        let facts = facts(for: plan)
        let forceRandom = SyntheticRandom(seed: options.seed).stream("force-evidence", plan.number)
        var store = EvidenceStore()
        var datasets: [ForceFiles.Dataset] = []
        var written: [String: (references: [String], csv: [UInt8], dataset: String)] = [:]

        for type in recordTypes {
            let id = type.recordType.id
            let table = try synthesizeTable(type, plan: plan, facts: facts, random: forceRandom, keepRows: keepRows)
            let file = "evidence/\(id).csv"
            let mapping = "mappings/\(id).yaml"
            output.files.append((mapping, Array(MappingText.write(table.layout, forceName: plan.name, origin: origin).utf8)))
            output.files.append((file, table.csv))
            output.counts[id] = table.records.count
            if keepRows { output.tables[id] = (table.layout, table.rows) }
            let name = id.replacingOccurrences(of: "-", with: "_")
            let note =
                "SYNTHETIC export of \(table.records.count) \(type.recordType.title.lowercased()) rows, \(origin); no row is about a real case."
            datasets.append(.init(name: name, recordType: id, file: file, csv: (mapping, note)))
            written[id] = (table.references, table.csv, name)
            table.records.add(
                to: &store,
                summary: DatasetSummary(name: name, recordType: id, file: file, records: table.records.count, provenance: .synthetic))
        }

        var observationRandom = forceRandom.stream("observations")
        var observations: [InspectionObservation] = []
        for (_, check) in checks where check.descriptor.reads.isEmpty {
            for topic in check.descriptor.observationTopics {
                let quality = facts.quality(check.descriptor.id) + observationRandom.double(in: -0.08, 0.08)
                observations.append(ForceFiles.observation(topic: topic, quality: quality, forceName: plan.name, origin: origin))
            }
        }
        if !observations.isEmpty {
            let file = "evidence/observations.yaml"
            output.files.append((file, Array(ForceFiles.observations(observations, forceName: plan.name, origin: origin).utf8)))
            datasets.append(.init(name: "observations", recordType: InspectionObservation.recordType.id, file: file, csv: nil))
            store.add(
                observations,
                summary: DatasetSummary(
                    name: "observations", recordType: InspectionObservation.recordType.id, file: file,
                    records: observations.count, provenance: .synthetic))
        }

        var documents: [SyntheticDocument] = []
        var documentRandom = forceRandom.stream("documents")
        for (_, check) in checks {
            guard let source = check as? any SyntheticDocuments.Type else { continue }
            for document in source.syntheticDocuments(facts, &documentRandom) where !documents.contains(where: { $0.id == document.id }) {
                documents.append(document)
                output.files.append(("evidence/documents/\(document.id).md", Array(document.text.utf8)))
                store.add(
                    EvidenceDocument(id: document.id, kind: document.kind, title: document.title, text: document.text),
                    provenance: .synthetic)
            }
        }

        let title = "Synthetic inspection of \(plan.name)"
        output.audits = try SyntheticAudits(generator: self).audit(
            plan, facts: facts, tables: written, inspectionTitle: title, random: forceRandom.stream("audits"), output: &output,
            datasets: &datasets, store: &store)

        let forceText = ForceFiles.force(plan, of: plans.count, origin: origin, properNouns: properNouns)
        let inspection = ForceFiles.inspection(
            plan, id: Self.inspectionID, framework: framework, origin: origin,
            datasets: datasets, documents: documents)
        output.files.insert(("force.yaml", Array(forceText.utf8)), at: 0)
        output.files.insert(("inspections/\(Self.inspectionID).yaml", Array((inspection.header + inspection.evidence).utf8)), at: 1)
        output.expected = try expectedResult(plan, forceText: forceText, inspectionHeader: inspection.header, evidence: store)
        return output
    }

    /// What the force's synthesizers may know of it.
    func facts(for plan: SyntheticForcePlan) -> SyntheticForceFacts {
        let resolver = ParameterResolver(registry: workspace.registry)
        var diagnostics = DiagnosticCollector()
        var merged: [String: ParameterValue] = [:]
        var byCheck: [String: [String: ParameterValue]] = [:]
        for (reference, _) in checks {
            guard
                let values = resolver.resolve(
                    reference, framework: framework, inspection: nil, overrides: plan.localPolicy, diagnostics: &diagnostics)
            else { continue }
            byCheck[reference.check.value] = values.values
            for (name, value) in values.values where merged[name] == nil { merged[name] = value }
        }
        return SyntheticForceFacts(
            forceName: plan.name, origin: origin, period: plan.period, qualities: plan.checkQuality,
            overallQuality: plan.overallQuality, parameters: merged, checkParameters: byCheck)
    }

    struct Table {
        var layout: TableLayout
        var csv: [UInt8]
        var records: any SyntheticTable
        var rows: [[FieldValue]]
        /// Every row's case reference, in file order.
        var references: [String]
    }

    /// One record type's export: the layout drawn for the force, every row synthesized, made
    /// writable in the dialect, checked as a record and written.
    func synthesizeTable(
        _ type: any SyntheticRecords.Type, plan: SyntheticForcePlan, facts: SyntheticForceFacts,
        random forceRandom: SyntheticRandom, keepRows: Bool
    ) throws(GenerationError) -> Table {
        let recordType = type.recordType
        let id = recordType.id
        var random = forceRandom.stream("records", id)
        var extras = forceRandom.stream("extras", id)
        var layoutRandom = SyntheticRandom(seed: options.seed).stream("layout", String(plan.number), id)
        var vocabularies: [String: [String]] = [:]
        for field in recordType.fields {
            if let words = framework.vocabularies["\(id).\(field.name)"] { vocabularies[field.name] = words.value }
        }
        let layout = TableLayout(
            recordType: recordType, dialect: plan.dialect, synonyms: type.syntheticColumnNames,
            vocabularies: vocabularies, random: &layoutRandom)
        let count: Int
        switch type.syntheticVolume {
        case .perVolume(let share): count = max(1, Int((Double(plan.volume) * share * random.double(in: 0.9, 1.1)).rounded()))
        case .between(let low, let high): count = random.int(in: low...max(low, high))
        }
        let firstNumber = random.int(in: 1...9000)
        let year = Int(CivilTime.civil(days: Int64(plan.period.start.timeIntervalSince1970 / 86_400)).year)
        var context = SynthesisContext(
            recordType: recordType, force: facts, index: 0, count: count, caseReference: "",
            vocabularies: vocabularies)
        let timestampColumns = layout.fieldColumns.filter { recordType.fields[$0.field].type == .timestamp }.map {
            ($0.field, layout.timestampStyle($0))
        }
        var fields = SyntheticFields(recordType)
        let textFields = recordType.fields.indices.filter { recordType.fields[$0].type == .text }
        let declared = ProperNouns(declared: properNouns + [plan.name, plan.shortName, plan.region, plan.country])
        var table = type.makeTable(rules: rules, capacity: count)
        var rows: [[FieldValue]] = []
        var references: [String] = []
        references.reserveCapacity(count)
        var csv: [UInt8] = []
        csv.reserveCapacity(count * 24 * layout.columns.count + 256)
        layout.writeHeader(into: &csv)
        for index in 0..<count {
            fields.reset()
            context.index = index
            context.caseReference = plan.dialect.references.reference(
                force: plan.number, type: typeCodes[id]!, year: year, number: firstNumber + index)
            guard CaseReferenceRule.default.accepts(context.caseReference) else {
                throw .implausibleRecord(
                    recordType: id,
                    problems: ["case reference style gives '\(context.caseReference)', which the case-reference rule refuses"])
            }
            type.synthesize(&fields, context, &random)
            for index in textFields {
                guard case .text(let text) = fields.values[index], let word = declared.undeclared(in: text) else { continue }
                throw .implausibleRecord(
                    recordType: id,
                    problems: [
                        "\(recordType.fields[index].name) has a capitalised word (at character \(word.offset + 1)) that is not among its syntheticProperNouns"
                    ])
            }
            let unset = fields.unsetRequiredFields
            guard unset.isEmpty else { throw .implausibleRecord(recordType: id, problems: unset.map { "required field \($0) not set" }) }
            Self.makeWritable(&fields, timestampColumns)
            let problems = table.add(fields.values)
            guard problems.isEmpty else { throw .implausibleRecord(recordType: id, problems: problems) }
            if keepRows { rows.append(fields.values) }
            references.append(context.caseReference)
            layout.writeRow(fields.values, extras: &extras, into: &csv)
        }
        return Table(layout: layout, csv: csv, records: table, rows: rows, references: references)
    }

    /// Moves every time of a record by the same whole hours when one of them cannot be written
    /// in its column's style (the autumn hour a local-time export cannot say), so that the
    /// record's intervals and order are kept and the file reads back as synthesized.
    static func makeWritable(_ fields: inout SyntheticFields, _ columns: [(field: Int, style: TimestampStyle)]) {
        guard !columns.isEmpty else { return }
        let minutesOnly = columns.contains { !$0.style.pattern.hasSeconds }
        var seconds: [(Int, Int64)] = []
        for (field, _) in columns {
            guard case .time(let date) = fields.values[field] else { continue }
            let value = Int64(date.timeIntervalSince1970.rounded(.down))
            seconds.append((field, minutesOnly ? CivilTime.floorDivide(value, 60) * 60 : value))
        }
        func fits(_ shift: Int64) -> Bool {
            seconds.allSatisfy { field, value in columns.first { $0.field == field }!.style.canWrite(utc: value + shift) }
        }
        let shift = [0, 7200, -7200, 10_800, -10_800, 18_000, -18_000].first(where: fits) ?? 0
        for (field, value) in seconds {
            fields.replace(field, with: .time(Date(timeIntervalSince1970: TimeInterval(value + shift))))
        }
    }

    /// The engine's result on the synthesized evidence, from the inspection as written (its
    /// evidence section aside: the evidence is already in `evidence`).
    func expectedResult(
        _ plan: SyntheticForcePlan, forceText: String, inspectionHeader: String, evidence: EvidenceStore
    ) throws(GenerationError) -> InspectionResult {
        var diagnostics = DiagnosticCollector()
        let force = (try? YAML.Document.parse(forceText, file: "force.yaml")).flatMap {
            ConfigFile.decode(Force.self, from: $0.root, diagnostics: &diagnostics)
        }
        let inspection = (try? YAML.Document.parse(inspectionHeader, file: "inspection.yaml")).flatMap {
            ConfigFile.decode(Inspection.self, from: $0.root, diagnostics: &diagnostics)
        }
        guard let force, let inspection, diagnostics.isEmpty else {
            throw .implausibleRecord(
                recordType: "force", problems: ["the generated YAML does not read back: \(diagnostics.diagnostics.map(\.description))"])
        }
        let configuration = ForceConfiguration(
            directory: plan.id, displayDirectory: "Forces/\(plan.id)", force: force, inspections: [inspection], history: nil)
        do {
            return try InspectionEngine(registry: workspace.registry).run(
                inspection, of: configuration, framework: framework, scale: scale, evidence: evidence)
        } catch {
            throw .implausibleRecord(recordType: "inspection", problems: ["the engine refused the synthetic force: \(error)"])
        }
    }
}
