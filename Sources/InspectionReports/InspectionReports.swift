// InspectionReports: every report format (text, Markdown, self-contained HTML with SVG, JSON
// with schemas, CSV), rendered from results alone as pure functions; ReportFormats.swift
// assembles what a command prints. It must not load configuration, run checks, read the store
// or write files (the CLI writes what it returns).
