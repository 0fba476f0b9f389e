import InspectionKit
import InspectionLoading

/// The files of a new check: the check itself (a descriptor with examples that meet it, partly
/// meet it and fail it, and an `evaluate` that works), its test, and the line that lists it in
/// its module. Written by `inspector new check`; the package builds and its tests pass at once.
///
/// With a record type, the check counts the records whose first yes/no field is true; without
/// one, it rests on the inspection's observations on a topic named after the check. Either is a
/// starting point to edit, not a finished check.
public struct CheckScaffold: Sendable {
    public let id: String
    public let module: CheckModule
    public let area: String
    public let reads: (any EvidenceRecord.Type)?
    /// Where the files go: this repository's layout, or an agency's own package.
    public let layout: Layout

    /// Where a check module's sources and tests live.
    public enum Layout: Sendable, Hashable {
        /// This repository: `Plugins/<Module>/`, tests in `Tests/CheckTests/`.
        case plugins
        /// An agency's own package (see Examples/CustomInspector): `Sources/<Module>/`, tests in
        /// `Tests/<Module>Tests/`.
        case package
    }

    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case malformedID(String)
        case noYesNoField(recordType: String)
        case noCaseReference(recordType: String)

        public var description: String {
            switch self {
            case .malformedID(let id):
                return "check id '\(id)' is malformed; use dotted lowercase words such as 'missing.return-interviews'"
            case .noYesNoField(let type):
                return
                    "record type '\(type)' has no true/false field for the new check to count; scaffold an observation-based check (leave out --reads) and edit it"
            case .noCaseReference(let type):
                return
                    "record type '\(type)' has no case reference field for the new check to cite; scaffold an observation-based check (leave out --reads) and edit it"
            }
        }
    }

    public init(
        id: String, module: CheckModule, area: String, reads: (any EvidenceRecord.Type)?, layout: Layout = .plugins
    ) throws(Problem) {
        guard CheckRegistry.isWellFormed(id) else { throw .malformedID(id) }
        if let reads {
            let fields = reads.recordType.fields
            guard fields.contains(where: { $0.type == .boolean }) else { throw .noYesNoField(recordType: reads.recordType.id) }
            guard fields.contains(where: { $0.type == .caseReference }) else { throw .noCaseReference(recordType: reads.recordType.id) }
        }
        self.id = id
        self.module = module
        self.area = area
        self.reads = reads
        self.layout = layout
    }

    /// The module's source directory, relative to the package root.
    public var moduleDirectory: String {
        switch layout {
        case .plugins: return "Plugins/\(module.name)"
        case .package: return "Sources/\(module.name)"
        }
    }

    /// The directory the check's test goes in, relative to the package root.
    public var testDirectory: String {
        switch layout {
        case .plugins: return "Tests/CheckTests"
        case .package: return "Tests/\(module.name)Tests"
        }
    }

    /// `missing.return-interviews` → `ReturnInterviewsCheck`: the id's last part, in words.
    public var typeName: String {
        let last = id.split(separator: ".").last.map(String.init) ?? id
        return Self.camel(last, upperFirst: true) + "Check"
    }

    /// The topic an observation-based check reads: the id with its dots as hyphens.
    var topic: String { id.replacingOccurrences(of: ".", with: "-") }

    static func camel(_ words: String, upperFirst: Bool) -> String {
        let parts = words.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        return parts.enumerated().map { index, part in
            index == 0 && !upperFirst ? part : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }

    /// Paths relative to the package root, with their text.
    public var files: [(path: String, text: String)] {
        [("\(moduleDirectory)/\(typeName).swift", checkSource), ("\(testDirectory)/\(typeName)Tests.swift", testSource)]
    }

    /// The module's list file with the new check added as the last of its `checks`; nil when the
    /// list cannot be found in the text (the caller then says where to add it).
    public func addingToList(_ text: String) -> String? {
        guard let start = text.range(of: "checks: ["), let end = text.range(of: "]", range: start.upperBound..<text.endIndex) else {
            return nil
        }
        let inside = text[start.upperBound..<end.lowerBound]
        let indent = inside.split(separator: "\n").last { $0.contains(".self") }.map { String($0.prefix { $0 == " " }) } ?? "            "
        var body = String(inside)
        while body.last == " " { body.removeLast() }
        if !body.hasSuffix("\n") && !body.isEmpty { body += body.hasSuffix(",") ? "\n" : ",\n" }
        body += "\(indent)\(typeName).self,\n" + String(repeating: " ", count: max(0, indent.count - 4))
        return text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: body)
    }
}
