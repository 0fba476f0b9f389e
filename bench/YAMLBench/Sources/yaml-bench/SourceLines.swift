import YAML

/// Every node of a document, in document order, found without recursion.
func allNodes(of document: YAML.Document) -> [YAML.Node] {
    var nodes: [YAML.Node] = []
    nodes.reserveCapacity(document.nodeCount)
    var stack = [document.root]
    while let node = stack.popLast() {
        nodes.append(node)
        switch node.kind {
        case .scalar: continue
        case .sequence: stack.append(contentsOf: node.items.reversed())
        case .mapping:
            for pair in node.pairs.reversed() {
                stack.append(pair.value)
                stack.append(pair.key)
            }
        }
    }
    return nodes
}

/// Looks up the source line of every node, as an error report does for each error it shows;
/// returns the bytes fetched, so the work cannot be optimised away.
func fetchSourceLines(_ nodes: [YAML.Node]) -> Int {
    nodes.reduce(0) { $0 + ($1.sourceLine?.utf8.count ?? 0) }
}

/// Times looking up the source line of every node of a freshly parsed document (the first
/// lookup builds the document's line index, so it is part of each round), `runs` times.
func timeSourceLines(_ bytes: [UInt8], runs: Int, limits: YAML.Limits) throws -> (nodes: Int, seconds: Samples) {
    var samples = Samples()
    var count = 0
    for _ in 0..<runs {
        let document = try YAML.Document.parse(bytes, file: "lines.yaml", limits: limits)
        let nodes = allNodes(of: document)
        count = nodes.count
        let start = ContinuousClock.now
        precondition(fetchSourceLines(nodes) > 0)
        samples.values.append(seconds(start.duration(to: .now)))
    }
    return (count, samples)
}
