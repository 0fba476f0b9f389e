import ChildData
import FileSafety
import Foundation
import InspectionKit
import YAML

/// What a force says it has done about its published findings: `Forces/<id>/responses.yaml`.
///
/// Kept apart from the inspection files, which hold what the inspectorate published: the
/// responses are the force's own words, written later and by other people. Each response
/// names a finding by its stable id (see `TrackedFinding`), a date, a status and the evidence
/// the force offers, as paths inside the force's directory.
///
/// ```yaml
/// schema: 1
/// responses:
///   - finding: 2025-ncpi/afi-1
///     date: 2025-10-10
///     status: in progress        # planned, in progress or done
///     text: Every missing child is now assessed as high risk until seen.
///     evidence: [evidence/missing-episodes.yaml]
/// duties:                        # duties after publication the force or commissioner met
///   - {duty: commissioner-comments, inspection: 2025-ncpi, date: 2025-10-01}
/// ```
public struct FindingResponses: Sendable {
    public var schema: Int
    public var responses: [FindingResponse]
    /// Duties after publication recorded as met (a duty of the report as a whole, such as
    /// the commissioner's comments, which no single finding's response can show).
    public var duties: [DutyMet]

    /// The file's name in a force's directory.
    public static let fileName = "responses.yaml"

    public init(schema: Int = 1, responses: [FindingResponse] = [], duties: [DutyMet] = []) {
        self.schema = schema
        self.responses = responses
        self.duties = duties
    }

    /// The force's responses, or none when it has no `responses.yaml`. Each response and each
    /// duty is read on its own, so that one run reports the problems of all of them; their
    /// references are checked by `FollowUpRules`.
    public static func load(for force: ForceConfiguration) throws(Diagnostics) -> FindingResponses {
        let (responses, problems) = read(for: force)
        if !problems.isEmpty { throw Diagnostics(problems) }
        return responses
    }

    /// The responses that could be read, and the problems of those that could not. A response
    /// whose text looks like personal data, or names what the force has not declared, is
    /// refused as evidence would be (its line is not shown: it holds the very text).
    static func read(for force: ForceConfiguration) -> (FindingResponses, [Diagnostic]) {
        let path = (force.directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return (FindingResponses(), []) }
        var diagnostics = DiagnosticCollector()
        guard
            let file = ConfigFile.load(
                File.self, path: path, display: force.displayDirectory + "/" + fileName,
                inside: ContainedPath(directory: force.directory, display: "the directory '\(force.displayDirectory)'"),
                diagnostics: &diagnostics)
        else {
            return (FindingResponses(), diagnostics.diagnostics)
        }
        let nouns = force.force.declaredNouns
        let responses = file.responses.compactMap { node in
            ConfigFile.decode(FindingResponse.self, from: node, diagnostics: &diagnostics)
                .flatMap { screened(node["text"], nouns: nouns, diagnostics: &diagnostics) ? $0 : nil }
        }
        let duties = file.duties.compactMap { node in
            ConfigFile.decode(DutyMet.self, from: node, diagnostics: &diagnostics)
                .flatMap { screened(node["text"], nouns: nouns, diagnostics: &diagnostics) ? $0 : nil }
        }
        return (FindingResponses(schema: file.schema, responses: responses, duties: duties), diagnostics.diagnostics)
    }

    /// Whether a response's text passes the free-text rules of evidence (`PersonalDataText`,
    /// `ProperNouns`); the problem, where the text is, when it does not.
    static func screened(_ text: YAML.Node?, nouns: ProperNouns, diagnostics: inout DiagnosticCollector) -> Bool {
        guard let text, let value = text.scalar else { return true }
        if let shape = PersonalDataText.shape(in: value) {
            diagnostics.add(Diagnostic(.responseText(.personalData(shape: shape.rawValue)), at: text.mark))
            return false
        }
        if let word = nouns.undeclared(in: value) {
            let shown = String(repeating: "•", count: word.length)
            diagnostics.add(Diagnostic(.responseText(.undeclaredProperNoun(shown: shown, character: word.offset + 1)), at: text.mark))
            return false
        }
        return true
    }

    /// The file as read, each entry kept as a node to be decoded on its own.
    struct File: Decodable {
        var schema: Int
        var responses: [YAML.Node]
        var duties: [YAML.Node]

        enum CodingKeys: String, CodingKey { case schema, responses, duties }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schema = try container.decode(Int.self, forKey: .schema)
            responses = try container.decodeIfPresent([YAML.Node].self, forKey: .responses) ?? []
            duties = try container.decodeIfPresent([YAML.Node].self, forKey: .duties) ?? []
        }
    }
}

/// One response to one published finding.
public struct FindingResponse: Decodable, Sendable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case planned
        case inProgress = "in progress"
        case done
    }

    /// The finding's stable id: `2025-ncpi/afi-1`.
    public var finding: YAML.Located<String>
    /// The day of the response (midnight UTC).
    public var date: Date
    public var status: Status
    public var text: String
    /// Paths inside the force's directory.
    public var evidence: [YAML.Located<String>]

    enum CodingKeys: String, CodingKey { case finding, date, status, text, evidence }

    public init(finding: YAML.Located<String>, date: Date, status: Status, text: String, evidence: [YAML.Located<String>] = []) {
        self.finding = finding
        self.date = date
        self.status = status
        self.text = text
        self.evidence = evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        finding = try container.decode(YAML.Located<String>.self, forKey: .finding)
        let date = try container.decode(YAML.Located<String>.self, forKey: .date)
        self.date = try Self.day(date)
        let status = try container.decode(YAML.Located<String>.self, forKey: .status)
        guard let known = Status(rawValue: status.value) else {
            let words = Status.allCases.map(\.rawValue)
            let suggestion = Suggestions.closest(status.value, words)
            throw status.error(
                .invalidValue(
                    "unknown status '\(status.value)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                        + "; a response is " + words.map { "'\($0)'" }.joined(separator: ", ")))
        }
        self.status = known
        text = try container.decode(String.self, forKey: .text)
        evidence = try container.decodeIfPresent([YAML.Located<String>].self, forKey: .evidence) ?? []
    }
}

extension FindingResponse {
    /// A `YYYY-MM-DD` day, or an error where it is written.
    static func day(_ text: YAML.Located<String>) throws -> Date {
        guard let day = PublishedDate(text.value)?.exact else {
            throw text.error(.invalidValue("'\(text.value)' is not a day: write it as YYYY-MM-DD"))
        }
        return day
    }
}

/// A duty after publication recorded as met: the framework's duty id, the inspection it
/// follows, and the day it was met.
public struct DutyMet: Decodable, Sendable {
    public var duty: YAML.Located<String>
    public var inspection: YAML.Located<String>
    public var date: Date
    public var text: String?

    enum CodingKeys: String, CodingKey { case duty, inspection, date, text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        duty = try container.decode(YAML.Located<String>.self, forKey: .duty)
        inspection = try container.decode(YAML.Located<String>.self, forKey: .inspection)
        date = try FindingResponse.day(try container.decode(YAML.Located<String>.self, forKey: .date))
        text = try container.decodeIfPresent(String.self, forKey: .text)
    }
}
