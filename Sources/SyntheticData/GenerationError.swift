import InspectionKit
import InspectionLoading
import InspectionRunner

/// Why `inspector generate` could not run: data first, wording in `description`.
public enum GenerationError: Error, Sendable, CustomStringConvertible {
    /// The output directory exists and holds something.
    case outputNotEmpty(String)
    /// The output path is a symbolic link (to a directory or anything else).
    case outputIsLink(String)
    /// The output path is a file, a pipe or a device.
    case outputNotADirectory(String)
    case unknownFramework(String, suggestion: String?)
    /// A record type some check of the framework reads has no synthesizer.
    /// A real force has the id or name a synthetic force would take.
    case clashesWithRealForce(String)
    /// A synthesizer made a record the record type refuses: a fault in the synthesizer.
    case implausibleRecord(recordType: String, problems: [String])
    /// A file or directory could not be written.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .outputNotEmpty(let path):
            return "'\(path)' exists and is not empty; generate into a new directory (nothing was written)"
        case .outputIsLink(let path):
            return "'\(path)' is a symbolic link; generate builds a new directory and renames it into place, never through a link: "
                + "name the directory itself, or a new path (nothing was written)"
        case .outputNotADirectory(let path):
            return "'\(path)' exists and is not a directory; generate into a new directory (nothing was written)"
        case .unknownFramework(let id, let suggestion):
            return "unknown framework '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .clashesWithRealForce(let what):
            return "a synthetic force would clash with the real force \(what)"
        case .implausibleRecord(let type, let problems):
            return "the synthesizer of \(type) made a record that cannot be true: " + problems.joined(separator: "; ")
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }

    /// Whether the fault is the inspector's (exit 4) rather than the input's (exit 3).
    public var isInternal: Bool {
        switch self {
        case .implausibleRecord, .cannotWrite: return true
        default: return false
        }
    }
}
