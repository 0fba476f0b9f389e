// The streaming path against the whole-document path, on the same input.
//
// `YAML.Document.stream` must give the header and the items that `parse` gives (same kinds,
// text, tags, marks and source lines, and the same decoding results), or fail. When it fails
// where `parse` succeeds, the error must be one only streaming makes (the file's shape, keys
// after the sequence, aliases across items). When `parse` fails, streaming must fail too, with
// the same error, a streaming-only one, or a problem among the top-level keys before the
// sequence, which streaming checks when the sequence starts and `parse` only when the whole
// mapping closes (so it is found earlier in the file than `parse`'s error). Anything else traps.

/// How many nodes of each item or header are compared, and how many items are decoded.
private let compareBudget = 2_000
private let decodeBudget = 16

/// Streams `bytes` with `sequenceKey` and checks the outcome against `whole`.
func compareStreaming(_ bytes: [UInt8], whole: Result<YAML.Document, YAML.Error>, sequenceKey: String, limits: YAML.Limits) {
    var header: [String]?
    var items: [YAML.Node] = []
    var streamError: YAML.Error?
    do {
        try YAML.Document.stream(bytes, file: "fuzz.yaml", limits: limits, sequenceKey: sequenceKey) { node in
            precondition(header == nil, "the header was delivered twice")
            precondition(node.kind == .mapping, "the header is not a mapping")
            header = pairSnapshots(node.pairs)
        } item: { node in
            precondition(header != nil, "an item came before the header")
            items.append(node)
        }
    } catch let error as YAML.Error {
        streamError = error
    } catch {
        preconditionFailure("stream threw something other than a YAML.Error: \(error)")
    }

    switch whole {
    case .failure(let wholeError):
        guard let streamError else { preconditionFailure("parse failed but stream succeeded: \(wholeError)") }
        let foundEarlier = isTopLevelKeyProblem(streamError.reason) && streamError.mark < wholeError.mark
        precondition(streamError == wholeError || isStreamingOnly(streamError.reason) || foundEarlier,
                     "stream and parse disagree:\n\(streamError)\n---\n\(wholeError)")
    case .success(let document):
        let root = document.root
        let sequence = root.kind == .mapping ? root[sequenceKey] : nil
        if let streamError {
            precondition(isStreamingOnly(streamError.reason), "stream failed where parse succeeded:\n\(streamError)")
            if root.kind != .mapping {
                precondition(streamError.reason == .typeMismatch(expected: .mapping, found: root.found), "\(streamError)")
            } else if sequence == nil {
                precondition(streamError.reason == .missingKey(sequenceKey), "\(streamError)")
            }
        } else {
            precondition(root.kind == .mapping && root.pairs.last?.key.scalar == sequenceKey,
                         "stream succeeded, but '\(sequenceKey)' is not the last key")
            precondition(header == pairSnapshots(root.pairs.dropLast()), "the header differs from parse's")
        }
        // Whatever was delivered is what parse gives, item for item.
        let expected = sequence?.kind == .sequence ? sequence!.items : []
        precondition(items.count <= expected.count, "stream gave more items than parse")
        precondition(streamError != nil || items.count == expected.count, "stream gave fewer items than parse")
        for (index, (streamed, parsed)) in zip(items, expected).enumerated() {
            precondition(snapshot(streamed) == snapshot(parsed), "item \(index) differs")
            if index < decodeBudget { compareDecoding(streamed, parsed) }
        }
    }
    fuzzSink &+= items.count &+ (header?.count ?? 0)
}

/// Decoding a streamed item gives what decoding the same item of the whole document gives.
private func compareDecoding(_ streamed: YAML.Node, _ parsed: YAML.Node) {
    let decoder = YAMLDecoder()
    func outcome<T: Decodable>(_ type: T.Type, _ node: YAML.Node) -> String {
        switch decoder.decodeReportingAll(type, from: node) {
        case .success: return "ok"
        case .failure(let errors): return errors.description
        }
    }
    precondition(outcome(Evidence.self, streamed) == outcome(Evidence.self, parsed), "decoding an item differs")
    precondition(outcome(Lenient.self, streamed) == outcome(Lenient.self, parsed), "decoding an item differs")
}

/// Reasons only `stream` gives: the shape it needs, and aliases it cannot follow.
private func isStreamingOnly(_ reason: YAML.Error.Reason) -> Bool {
    switch reason {
    case .keyAfterStreamedSequence, .streamedSequenceAlias, .aliasOutsideStreamedItem, .missingKey:
        return true
    case .typeMismatch(let expected, _):
        return expected == .mapping || expected == .sequence
    default:
        return false
    }
}

/// Problems among a mapping's keys, found when it closes (for the header: when the sequence starts).
private func isTopLevelKeyProblem(_ reason: YAML.Error.Reason) -> Bool {
    switch reason {
    case .duplicateKey, .mergeKey: return true
    default: return false
    }
}

private func pairSnapshots<C: Collection<(key: YAML.Node, value: YAML.Node)>>(_ pairs: C) -> [String] {
    pairs.map { snapshot($0.key) + "=" + snapshot($0.value) }
}

/// A node and what lies under it (within `compareBudget` nodes) as text: kind, tag, plain,
/// mark, source line and scalar text, so that two nodes compare equal only when all agree.
private func snapshot(_ node: YAML.Node) -> String {
    var text = ""
    var stack = [(node, 0)]
    var visited = 0
    while let (current, depth) = stack.popLast(), visited < compareBudget {
        visited += 1
        text += "\(depth) \(current.kind) \(current.tag ?? "-") \(current.isPlain) \(current.mark) "
        text += "\(current.sourceLine ?? "<none>") [\(current.scalar ?? "")]\n"
        switch current.kind {
        case .scalar: continue
        case .sequence: stack.append(contentsOf: current.items.reversed().map { ($0, depth + 1) })
        case .mapping:
            for pair in current.pairs.reversed() {
                stack.append((pair.value, depth + 1))
                stack.append((pair.key, depth + 1))
            }
        }
    }
    return text
}
