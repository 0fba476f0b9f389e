/// What one evaluation read. A check runs on one thread, so the log needs no lock; it is a
/// class so that a `CheckContext` passed by value still writes to one log.
public final class AccessLog: @unchecked Sendable {
    public struct Summary: Sendable, Hashable {
        /// Record types the check asked for (whether or not the force has any).
        public var recordTypes: Set<String> = []
        /// Whether it read any document.
        public var documents = false
        /// Reads it did not declare.
        public var faults: [String] = []
    }

    private(set) var summary = Summary()

    func read(recordType: String) { summary.recordTypes.insert(recordType) }
    func readDocuments() { summary.documents = true }
    func fault(_ problem: String) { summary.faults.append(problem) }
}
