/// The static site (`inspector site --out DIR`): every force, area, trend and due duty of a
/// project root and its run history, as a folder of self-contained HTML pages people open in a
/// browser, from `file://` or any static host.
///
/// It is assembled from what the other layers already compute: the inspections are run by
/// InspectionRunner, the follow-up and trends come from InspectionHistory, and the pages are
/// built from InspectionReports' HTML blocks (escaping, badges, tables, SVG charts) and its
/// inspection and history sections, so a page says what the reports say. The saved runs come
/// in as values (`[RunRecord]`): this target never opens the run history itself, so it does
/// not depend on InspectionStore or SQLite, and nothing below it (the core, the reports, the
/// history) may depend on it. It writes nothing: `Site.files` returns the pages as bytes and
/// FileSafety's `OutputDirectory` puts them in place all or nothing.
///
/// Layout: `Shell/` holds what every page shares (paths and links, the page frame, the style,
/// the script for sorting and filtering tables), `Pages/` one file per kind of page.
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
