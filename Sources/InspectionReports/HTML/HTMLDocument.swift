import InspectionKit

/// The page shell every HTML report shares: one self-contained document with inline CSS (for
/// screen and print), no scripts and no external resources, and the pieces both reports use:
/// grade badges, the grade legend and tables.
package enum HTMLDocument {
    /// A complete document. The Content-Security-Policy forbids every script and resource, so
    /// even a mistake elsewhere could not load or run anything. `css` is the reports' own unless
    /// a page brings its own (the printable audit form).
    package static func page(title: String, generator: ToolInfo, body: HTML, css: HTML = css) -> String {
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="\(generator.name) \(generator.version)">
            <title>\(title)</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
        return page.markup
    }

    /// A grade as a badge: its label in text, its colour as background and border (in print,
    /// the border only). No grade reads "Not graded" with a dashed border.
    package static func badge(_ grade: String?, _ scale: [GradingScale.Grade], note: String = "") -> HTML {
        guard let grade else { return "<span class=\"grade none\">Not graded\(note)</span>" }
        let known = scale.first { $0.id == grade }
        let colour = HTMLEscaping.colour(known?.colour ?? HTMLEscaping.neutralColour)
        return
            "<span class=\"grade\" style=\"--g:\(colour: colour);--t:\(colour: HTMLEscaping.textColour(on: colour))\">\(known?.label ?? grade)\(note)</span>"
    }

    /// The published grade of an area: its badge, "Unknown (adequate or requires
    /// improvement)" when the sources do not say which, or "Not inspected".
    package static func publishedBadge(_ published: PublishedGrade?, _ scale: [GradingScale.Grade]) -> HTML {
        guard let published else { return "<span class=\"grade none\">Not inspected</span>" }
        guard let grade = published.grade else {
            let words = published.words { id in scale.first { $0.id == id }?.label ?? id }
            return "<span class=\"grade unknown\">\(words.prefix(1).uppercased() + words.dropFirst())</span>"
        }
        return badge(grade, scale, note: published.inferred ? " (inferred)" : "")
    }

    /// The kinds of evidence a grade rests on, in words.
    package static func provenance(_ kinds: [Provenance]) -> HTML {
        kinds.isEmpty ? "—" : "<span class=\"provenance\">\(ProvenanceText.words(kinds))</span>"
    }

    /// The scale, best first: each grade's badge and what it means.
    package static func legend(_ scale: [GradingScale.Grade], code: (String) -> String) -> HTML {
        let items = scale.map { grade -> HTML in
            "<li>\(badge(grade.id, scale)) <abbr>\(code(grade.id))</abbr> <span class=\"meaning\">\(grade.meaning)</span></li>\n"
        }
        return
            "<ul class=\"legend\" aria-label=\"Grading scale, best first\">\n\(items)<li><span class=\"grade none\">Not graded</span> too little evidence to grade the area</li>\n</ul>"
    }

    /// A table with a header row; `numeric` columns are right-aligned.
    package static func table(
        caption: String? = nil, head: [String], rows: [[HTML]], numeric: Set<Int> = [], class name: String? = nil
    ) -> HTML {
        let headCells = head.enumerated().map { index, title -> HTML in
            "<th scope=\"col\"\(numeric.contains(index) ? HTML(" class=\"num\"") : .empty)>\(title)</th>"
        }
        let bodyRows = rows.map { cells -> HTML in
            let tds = cells.enumerated().map { index, cell -> HTML in
                index == 0
                    ? "<th scope=\"row\">\(cell)</th>" : "<td\(numeric.contains(index) ? HTML(" class=\"num\"") : .empty)>\(cell)</td>"
            }
            return "<tr>\(tds)</tr>\n"
        }
        let captionHTML: HTML = caption.map { "<caption>\($0)</caption>\n" } ?? .empty
        let classAttribute: HTML = name.map { " class=\"\($0)\"" } ?? .empty
        // Focusable and named, so that a table wider than a phone can be scrolled from the keyboard.
        let label = caption ?? "Table of " + head.joined(separator: ", ")
        return
            "<div class=\"scroll\" tabindex=\"0\" role=\"group\" aria-label=\"\(label)\"><table\(classAttribute)>\n\(captionHTML)<thead><tr>\(headCells)</tr></thead>\n<tbody>\n\(bodyRows)</tbody>\n</table></div>\n"
    }

    /// A case reference, a check id or a file path.
    package static func code(_ value: String) -> HTML { "<code>\(value)</code>" }

    /// Items as a bulleted list (nothing when there are none).
    package static func list(_ items: [HTML], class name: String = "") -> HTML {
        guard !items.isEmpty else { return .empty }
        let classAttribute: HTML = name.isEmpty ? .empty : " class=\"\(name)\""
        return "<ul\(classAttribute)>\n\(items.map { "<li>\($0)</li>\n" as HTML })</ul>\n"
    }

    package static let css: HTML = """
        :root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--panel:#f6f8fa}
        *{box-sizing:border-box}
        body{margin:0;background:#fff;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1120px;margin:0 auto;padding:2rem 1.5rem 3rem}
        h1{font-size:1.9rem;line-height:1.25;margin:0 0 .5rem}
        h2{font-size:1.4rem;line-height:1.3;margin:2.5rem 0 .75rem;padding-top:.75rem;border-top:2px solid var(--rule)}
        h3{font-size:1.08rem;margin:1.5rem 0 .4rem}
        p{margin:.5rem 0}
        p,li,dt,dd,figcaption,.meta{overflow-wrap:anywhere}
        .meta{color:var(--muted);margin:.2rem 0}
        .notice{border-left:4px solid #b42318;background:#fff4f2;padding:.5rem 1rem;margin:1rem 0}
        .basis{font-style:italic;color:var(--muted)}
        .area-grades{margin:.25rem 0 .75rem}
        .area-grades .grade{margin-right:.5rem}
        nav ol{columns:2;margin:.5rem 0 0;padding-left:1.5rem}
        a{color:#0b57d0}
        table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.94rem}
        caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border:1px solid var(--rule);padding:.35rem .6rem;text-align:left;vertical-align:top}
        thead th{background:var(--panel)}
        tbody th{font-weight:600}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        td.num{white-space:nowrap}
        .scroll{overflow-x:auto}
        code{font:.88em/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;background:var(--panel);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
        .grade{display:inline-block;padding:0 .45em;border:2px solid var(--g);border-radius:4px;background:var(--g);color:var(--t);font-weight:600;line-height:1.45;white-space:nowrap}
        .grade.none{border:2px dashed #6e7781;background:#fff;color:var(--ink);font-weight:400;font-style:italic}
        .grade.unknown{border:2px dotted #6e7781;background:#fff;color:var(--ink);font-weight:400;white-space:normal}
        .provenance{font-size:.85em;color:var(--muted)}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;list-style:none;padding:0;margin:.5rem 0 1rem;font-size:.9rem}
        .legend li{max-width:32rem}
        .legend abbr{font-weight:700;text-decoration:none}
        .legend .meaning{color:var(--muted)}
        .differs{font-weight:700;color:#b42318}
        .findings li{margin:.4rem 0}
        .count,.cases{color:var(--muted)}
        .recommendation{display:block;margin-top:.2rem;font-style:italic}
        ul.published-finding{list-style:none;padding-left:0}
        ul.published-finding li{border-left:3px solid var(--rule);padding-left:.75rem}
        .matrix{font-size:.88rem;table-layout:fixed}
        .matrix th,.matrix td{overflow-wrap:break-word}
        .matrix tr>:first-child{width:18%}
        .label-first tr>:first-child{width:36%}
        .matrix td{line-height:1.9}
        .matrix .grade{white-space:normal;line-height:1.35;max-width:100%}
        .runs{font-size:.88rem}
        .runs .grade{white-space:normal;line-height:1.35}
        figure{margin:1rem 0 1.5rem}
        figcaption{color:var(--muted);font-size:.9rem;margin-top:.25rem}
        svg{display:block;max-width:100%;height:auto}
        svg text{font-family:inherit}
        .figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(500px,1fr));gap:0 1.5rem}
        footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
        @media print{
        @page{size:A4;margin:16mm 14mm 18mm}
        body{font-size:10pt;background:none}
        main{max-width:none;padding:0}
        a{color:inherit;text-decoration:none}
        h1,h2,h3{break-after:avoid;page-break-after:avoid}
        h2{margin-top:1.5rem}
        tr,li,figure,.legend li,.scroll{break-inside:avoid;page-break-inside:avoid}
        thead{display:table-header-group}
        thead th,code,.notice{background:none}
        .grade{background:none;color:#000;border-width:2px}
        table{font-size:9pt}
        th,td{padding:.3rem .45rem}
        .matrix{font-size:8pt}
        .matrix th,.matrix td{padding:.25rem .3rem}
        .matrix .grade{padding:0 .3em}
        .scroll{overflow:visible}
        .figures{display:block}
        nav{display:none}
        }
        """
}
