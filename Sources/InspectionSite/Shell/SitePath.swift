/// Where each page of the site lives, and links between pages that work from `file://` and any
/// static host: always relative, never to a directory (a browser on `file://` shows a listing).
struct SitePath: Hashable, Sendable, Comparable {
    /// Relative to the site's root, `/`-separated: `forces/northamptonshire.html`.
    let file: String

    static let index = SitePath(file: "index.html")
    static let referenceIndex = SitePath(file: "reference/index.html")

    static func force(_ id: String) -> SitePath { SitePath(file: "forces/\(slug(id)).html") }
    static func area(framework: String, area: String) -> SitePath {
        SitePath(file: "areas/\(slug(framework))/\(slug(area)).html")
    }
    static func framework(_ id: String) -> SitePath { SitePath(file: "reference/frameworks/\(slug(id)).html") }
    static func check(_ id: String) -> SitePath { SitePath(file: "reference/checks/\(slug(id)).html") }

    /// The link from this page to `target`, with an optional fragment (`area-responding`).
    func link(to target: SitePath, fragment: String? = nil) -> String {
        let from = file.split(separator: "/").dropLast()
        let to = target.file.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let path = (up + to[common...].map(String.init)).joined(separator: "/")
        return path + (fragment.map { "#" + $0 } ?? "")
    }

    /// A file name from an id: lower-case letters, digits, `-` and `.` as they are (force,
    /// framework, area and check ids are written so), anything else as `_` and its code in hex,
    /// so two ids never share a file and no id can leave its folder.
    static func slug(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-": out.unicodeScalars.append(scalar)
            case ".": out += out.isEmpty ? "_2e" : "."
            default: out += "_" + String(scalar.value, radix: 16)
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// An id for an element from any text: the same rule as file names.
    static func anchor(_ id: String) -> String { slug(id) }

    static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.file < rhs.file }
}
