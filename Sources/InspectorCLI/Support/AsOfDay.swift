import Foundation
import InspectionKit

/// `--as-of YYYY-MM-DD`: the day duties are judged on, as `follow-up` and `site` read it.
enum AsOfDay {
    /// The day written, or today when none is.
    static func resolve(_ written: String?) throws -> Date {
        guard let written else { return try Clock.now() }
        guard case .day(let day)? = PublishedDate(written) else {
            throw CommandFailure.usage("--as-of takes a day as YYYY-MM-DD, not '\(written)'")
        }
        return day
    }
}
