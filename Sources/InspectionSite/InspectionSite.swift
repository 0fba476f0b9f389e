/// The static site (`inspector site --out DIR`): every force, area, trend and due duty of a
/// project root and its run history as a folder of self-contained HTML pages people open in a
/// browser, from `file://` or any static host. It is assembled from what the layers below
/// already compute (inspections run by InspectionRunner, follow-up and trends from
/// InspectionHistory, pages from InspectionReports' HTML blocks and sections, so a page says
/// what the reports say) and writes nothing itself: `Site.files` returns the pages as bytes for
/// FileSafety's `OutputDirectory` to put in place all or nothing. It must not depend on
/// InspectionStore or SQLite (saved runs come in as `[RunRecord]` values the CLI reads), nor on
/// the command line; and nothing below it (the core, loading, running, history, reports) may
/// depend on it. `Shell/` holds what every page shares, `Pages/` one file per kind of page.
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
