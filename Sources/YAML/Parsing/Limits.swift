extension YAML {
    /// Bounds every load respects, so hostile or accidental input cannot exhaust the machine.
    ///
    /// libyaml 0.2.5 has no limits of its own: these are counted by the Swift layer while the
    /// events stream past, and each one that is exceeded is a positioned error.
    public struct Limits: Hashable, Sendable {
        /// Largest input accepted, in bytes. Default 16 MiB.
        public var maxInputBytes: Int
        /// Deepest nesting of sequences and mappings. Default 64; the root collection is depth 1.
        public var maxDepth: Int
        /// Most nodes in a document, counting every node an alias expands to. Default 4,000,000.
        public var maxNodes: Int
        /// Most alias uses (`*name`) in a document. Default 10,000.
        public var maxAliases: Int

        public init(
            maxInputBytes: Int = 16 << 20,
            maxDepth: Int = 64,
            maxNodes: Int = 4_000_000,
            maxAliases: Int = 10_000
        ) {
            self.maxInputBytes = maxInputBytes
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
            self.maxAliases = maxAliases
        }

        /// The defaults: 16 MiB, depth 64, 4,000,000 nodes, 10,000 aliases.
        public static let `default` = Limits()
    }
}
