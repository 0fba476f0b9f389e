import InspectionReports

/// What the site's pages add to the reports' stylesheet (`HTMLDocument.css`): the site's
/// header and navigation, grade codes in tables, the controls the script adds, and print rules
/// that drop them.
enum SiteStyle {
    static let css: HTML = """
        main.wide,header.site nav.wide{max-width:1560px}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:1}
        .skip:focus{left:.5rem;top:.5rem}
        header.site{border-bottom:1px solid var(--rule);background:var(--panel)}
        header.site nav{max-width:1120px;margin:0 auto;padding:.6rem 1.5rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:baseline}
        header.site .name{font-weight:700;color:var(--ink);text-decoration:none;margin-right:auto}
        nav.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0 0 1rem;columns:auto;font-size:.9rem}
        nav.crumbs li+li::before{content:"›";margin:0 .35rem 0 .1rem;color:var(--muted)}
        nav.contents ol{columns:2;margin:.5rem 0 0;padding-left:1.5rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .codes .grade{min-width:2.4em;text-align:center}
        .pair,.nowrap{white-space:nowrap}
        .pair .sep{color:var(--muted);margin:0 .15rem}
        .overdue{font-weight:700;color:#b42318}
        .scroll{position:relative}
        .scroll:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
        button.sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit;text-decoration:underline dotted}
        th[aria-sort=ascending] button.sort::after{content:" ▲"}
        th[aria-sort=descending] button.sort::after{content:" ▼"}
        .table-filter input{font:inherit;padding:.2rem .4rem;border:1px solid #6e7781;border-radius:4px;max-width:100%}
        .table-status{color:var(--muted);font-size:.9rem;min-height:1.4em}
        pre{background:var(--panel);padding:.6rem .8rem;overflow-x:auto;font-size:.85rem;white-space:pre}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        footer.site{max-width:1120px;margin:0 auto;padding:.75rem 1.5rem 2rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--rule)}
        @media (max-width:600px){main{padding:1.25rem 1rem 2rem}nav.contents ol{columns:1}dl.facts{grid-template-columns:1fr}}
        @media print{
        header.site,.skip,.table-filter,.table-status,nav.crumbs{display:none}
        button.sort{text-decoration:none}
        th[aria-sort] button.sort::after{content:""}
        footer.site{padding:.5rem 0}
        }
        """
}
