// InspectionSite: the static site (`inspector site --out DIR`), every force, area, trend and due
// duty of a project root and its run history as self-contained HTML pages, assembled from what
// the layers below compute (InspectionRunner, InspectionHistory, InspectionReports' HTML blocks).
// It writes nothing itself (FileSafety's OutputDirectory puts `Site.files` in place all or
// nothing) and must not depend on InspectionStore, SQLite or the command line; nothing below it
// may depend on it.

/// The static site: pages people open in a browser, from `file://` or any static host. Saved
/// runs come in as `[RunRecord]` values the CLI reads. `Shell/` holds what every page shares,
/// `Pages/` one file per kind of page.
public enum Site {
    /// The file a written site holds beside its pages, so that a later `inspector site` knows
    /// the directory is one it may replace.
    public static let marker = ".inspector-site"
    public static let markerText = """
        This directory was written by `inspector site`. The next `inspector site --out` to the same
        place replaces the whole directory; keep nothing of your own in it.

        """

    /// Every page of the site, by path relative to its root, in a fixed order. The same input
    /// gives the same bytes.
    public static func files(_ input: SiteInput) -> [(path: String, bytes: [UInt8])] {
        let pages = SiteBuilder(input).pages()
        return pages.map { ($0.path.file, Array($0.html.utf8)) }
    }
}
