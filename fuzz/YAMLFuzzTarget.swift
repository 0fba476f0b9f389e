// libFuzzer entry point for the YAML module: parse, then decode strictly, then render errors;
// and stream the same input, which must agree with parsing it (YAMLFuzzStreaming.swift).
//
// Built by `make fuzz`, which compiles fuzz/*.swift together with Sources/YAML/**/*.swift into
// one module (named YAML, like the package target), so internal API is reachable; only
// `Node.found` is used, to predict a streaming error's wording. The entry point must never
// print: libFuzzer owns stdout/stderr, and output would slow every execution down.
//
// Everything here is synthetic: the types imitate the shapes the inspector reads (a force file,
// a framework's areas, evidence records) without being the real schema.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// MARK: Limits

/// Small bounds, so one input can never take the fuzzer past its timeout or RSS limit merely
/// by being large: breaking a limit must be a clean, positioned error.
private let fuzzLimits = YAML.Limits(maxInputBytes: 1 << 20, maxDepth: 64, maxNodes: 100_000, maxAliases: 1_000)

/// How many nodes the generic walk visits per input. Aliases share nodes, so an expanded
/// billion-laughs document would otherwise be walked up to `maxNodes` times over.
private let walkBudget = 2_000
/// Of those, how many get an error rendered at them, and how many (scalars) are decoded as every
/// scalar type. Rendering dominates the cost of an execution; repeating it on hundreds of nodes
/// adds no coverage and would halve the executions per second.
private let renderBudget = 16
private let scalarBudget = 64

/// Results are folded in here so the optimiser cannot drop the work that produced them.
/// Public so whole-module optimisation cannot prove it is never read.
nonisolated(unsafe) public var fuzzSink = 0

// MARK: Representative types

enum Grade: String, Decodable, CaseIterable, Sendable {
    case outstanding, good, adequate, inadequate
    case requiresImprovement = "requires-improvement"
}

struct Contact: Decodable {
    var name: String
    var email: String?
    var phone: String?
}

/// A force file: every kind of field the decoder special-cases, most of them required.
struct ForceFile: Decodable {
    var name: String
    var region: String
    var officers: Int
    var budgetMillions: Double
    var active: Bool
    var inspected: YAML.Day
    var reviewCycle: Duration
    var website: String?
    var aliases: [String]
    var contact: Contact
    var extra: [String: YAML.Node]
    var grade: Grade

    enum CodingKeys: String, CodingKey {
        case name, region, officers, active, inspected, website, aliases, contact, extra, grade
        case budgetMillions = "budget_millions"
        case reviewCycle = "review_cycle"
    }
}

/// The same kinds of field, all optional, so that decoding carries on past the first absent key
/// and every scalar reader gets a chance at whatever value the fuzzer wrote.
struct Lenient: Decodable {
    var name: String?
    var count: Int?
    var small: UInt8?
    var signed: Int8?
    var big: UInt64?
    var ratio: Double?
    var share: Float?
    var amount: Decimal?
    var enabled: Bool?
    var date: YAML.Day?
    var timestamp: Date?
    var duration: Duration?
    var grade: Grade?
    var tags: [String]?
    var matrix: [[Int]]?
    var nested: Contact?
    var children: [Lenient]?
    var params: [String: YAML.Node]?
    var located: YAML.Located<String>?
    var even: Even?
}

/// A framework: a list of areas, each with checks whose parameters are typed only later.
struct Framework: Decodable {
    var framework: String
    var version: Int?
    var areas: [Area]

    struct Area: Decodable {
        var id: String
        var title: String
        var weight: Double?
        var checks: [Check]?
    }

    struct Check: Decodable {
        var id: YAML.Located<String>
        var severity: Grade?
        var params: YAML.Node?
    }
}

/// Evidence records: days, timestamps and durations in a sequence of mappings.
struct Evidence: Decodable {
    var ref: String
    var collected: YAML.Day
    var recorded: Date?
    var retention: Duration?
    var verified: Bool?
    var notes: [String]?
}

/// A type with its own validation: exercises the translation of a `DecodingError` thrown by
/// user code into a positioned error.
struct Even: Decodable {
    var value: Int
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = try container.decode(Int.self)
        if value % 2 != 0 {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "odd"))
        }
    }
}

private struct Refused: Error {}

/// A type that decodes by hand through every container API, the way a handwritten
/// `init(from:)` in the inspector might: `allKeys`, `contains`, `decodeNil`, nested
/// containers, `codingPath`, and an error that is not a `DecodingError`.
struct Manual: Decodable {
    var seen = 0

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    init(from decoder: any Decoder) throws {
        seen += decoder.codingPath.count
        if let node = decoder.yamlNode, node.kind == .sequence {
            var items = try decoder.unkeyedContainer()
            seen += items.codingPath.count + (items.count ?? 0)
            while !items.isAtEnd, seen < 64 {
                if try items.decodeNil() { seen += 1; continue }
                switch decoder.yamlNode?.items.dropFirst(items.currentIndex).first?.kind {
                case .mapping?:
                    let nested = try items.nestedContainer(keyedBy: AnyKey.self)
                    seen += nested.allKeys.count
                case .sequence?:
                    var nested = try items.nestedUnkeyedContainer()
                    if !nested.isAtEnd { seen += (try? nested.decode(Int.self)) ?? 0 }
                default:
                    seen += try items.decode(String.self).utf8.count
                }
            }
            return
        }
        if let node = decoder.yamlNode, node.kind == .scalar {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { return }
            if node.scalar == "refuse" { throw Refused() }
            seen += try single.decode(Int16.self) == 0 ? 1 : 2
            return
        }
        let keyed = try decoder.container(keyedBy: AnyKey.self)
        for key in keyed.allKeys.prefix(32) {
            seen += keyed.codingPath.count
            if try keyed.decodeNil(forKey: key) { continue }
            if keyed.contains(AnyKey(stringValue: key.stringValue + "_")) { seen += 1 }
            if let value = try? keyed.decode(Manual.self, forKey: key) { seen += value.seen }
        }
        if keyed.contains(AnyKey(stringValue: "super")) {
            _ = try keyed.superDecoder(forKey: AnyKey(stringValue: "super"))
        }
    }
}

// MARK: Entry point

@_cdecl("LLVMFuzzerTestOneInput")
public func yamlFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let whole: Result<YAML.Document, YAML.Error>
    do throws(YAML.Error) {
        whole = .success(try YAML.Document.parse(bytes, file: "fuzz.yaml", limits: fuzzLimits))
    } catch {
        whole = .failure(error)
    }
    // Streamed under the key evidence files use, and under the last key of the top-level
    // mapping, so that inputs the fuzzer did not shape for "records" still stream their end.
    compareStreaming(bytes, whole: whole, sequenceKey: "records", limits: fuzzLimits)
    if case .success(let document) = whole, let last = document.root.pairs.last?.key.scalar, last != "records" {
        compareStreaming(bytes, whole: whole, sequenceKey: last, limits: fuzzLimits)
    }
    let document: YAML.Document
    switch whole {
    case .success(let parsed): document = parsed
    case .failure(let error):
        render(error)
        return 0
    }
    let root = document.root
    fuzzSink &+= document.nodeCount

    let decoder = YAMLDecoder(limits: fuzzLimits)
    switch decoder.decodeReportingAll(ForceFile.self, from: root) {
    case .success(let force): fuzzSink &+= force.name.utf8.count &+ force.extra.count
    case .failure(let errors): render(errors)
    }
    attempt { try decoder.decode(Lenient.self, from: root) }
    attempt { try decoder.decode(Framework.self, from: root) }
    attempt { try decoder.decode([Evidence].self, from: root) }
    attempt { try decoder.decode([String: YAML.Node].self, from: root) }
    attempt { try decoder.decode([YAML.Node].self, from: root) }
    attempt { try decoder.decode(Manual.self, from: root) }
    switch decoder.decodeReportingAll([String: Lenient].self, from: root) {
    case .success(let value): fuzzSink &+= value.count
    case .failure(let errors): render(errors)
    }

    walk(root, decoder: decoder)
    return 0
}

// MARK: Helpers

/// Runs one decode; its `YAML.Error` is rendered, a success folded into the sink. (Untyped
/// `throws` because closures do not infer typed throws; `decode` throws only `YAML.Error`.)
private func attempt<T>(_ body: () throws -> T) {
    do {
        let value = try body()
        withExtendedLifetime(value) { fuzzSink &+= 1 }
    } catch let error as YAML.Error {
        render(error)
    } catch {
        fuzzSink &+= 1
    }
}

private func render(_ error: YAML.Error) {
    fuzzSink &+= error.description.utf8.count
    fuzzSink &+= error.rendered(color: true).utf8.count
    fuzzSink &+= error.message.utf8.count &+ error.mark.description.utf8.count
    if case .typeMismatch(let expected, let found) = error.reason {
        fuzzSink &+= expected.phrase.utf8.count &+ found.phrase.utf8.count
    }
    for note in error.notes { fuzzSink &+= note.reason.message.utf8.count }
}

private func render(_ errors: YAML.Errors) {
    fuzzSink &+= errors.description.utf8.count
    for error in errors.errors { render(error) }
}

/// Visits the tree breadth-first within `walkBudget`, reading every public property of every
/// node, decoding each scalar as each scalar type, and rendering an error at some nodes so the
/// excerpt and caret code sees marks on arbitrary lines and columns.
private func walk(_ root: YAML.Node, decoder: YAMLDecoder) {
    var queue = [root]
    var head = 0
    var keys: [String] = []
    while head < queue.count, head < walkBudget {
        let node = queue[head]
        head += 1
        fuzzSink &+= node.description.utf8.count &+ node.mark.line &+ node.mark.column
        fuzzSink &+= (node.sourceLine?.utf8.count ?? 0) &+ (node.tag?.utf8.count ?? 0)
        fuzzSink &+= node.isNull ? 1 : 0
        fuzzSink &+= node.isPlain ? 1 : 0
        if head <= renderBudget {
            render(node.error(.invalidValue("fuzz"), notes: [YAML.Note(.parserContext("walk"), at: root.mark, sourceLine: root.sourceLine)]))
        }
        switch node.kind {
        case .scalar:
            fuzzSink &+= node.scalar?.utf8.count ?? 0
            if head <= scalarBudget { decodeScalar(node, decoder: decoder) }
        case .sequence:
            queue.append(contentsOf: node.items.prefix(walkBudget - queue.count))
        case .mapping:
            for (key, value) in node.pairs.prefix(walkBudget - queue.count) {
                queue.append(key)
                queue.append(value)
                if let text = key.scalar, keys.count < 32 {
                    if let suggestion = YAML.suggestion(for: text, among: keys) { fuzzSink &+= suggestion.utf8.count }
                    keys.append(text)
                    fuzzSink &+= node[text] == nil ? 0 : 1
                }
            }
        }
    }
}

private func decodeScalar(_ node: YAML.Node, decoder: YAMLDecoder) {
    attempt { try decoder.decode(String.self, from: node) }
    attempt { try decoder.decode(Int.self, from: node) }
    attempt { try decoder.decode(UInt8.self, from: node) }
    attempt { try decoder.decode(Int64.self, from: node) }
    attempt { try decoder.decode(Double.self, from: node) }
    attempt { try decoder.decode(Decimal.self, from: node) }
    attempt { try decoder.decode(Bool.self, from: node) }
    attempt { try decoder.decode(Date.self, from: node) }
    attempt { try decoder.decode(YAML.Day.self, from: node) }
    attempt { try decoder.decode(Duration.self, from: node) }
    attempt { try decoder.decode(Grade.self, from: node) }
    attempt { try decoder.decode(Even.self, from: node) }
    attempt { try decoder.decode(String?.self, from: node) }
}
