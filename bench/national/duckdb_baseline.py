"""The national figures with DuckDB: every force's CSV exports read through its mappings, each
figure one SQL query."""
import sys
import time

import duckdb

import national

LONDON = """
CREATE MACRO london_offset(l, ambiguous) AS (
    WITH days AS (SELECT make_date(year(l), 3, 31) - CAST(dayofweek(make_date(year(l), 3, 31)) AS INTEGER) AS spring,
                         make_date(year(l), 10, 31) - CAST(dayofweek(make_date(year(l), 10, 31)) AS INTEGER) AS autumn)
    SELECT CASE
        WHEN l >= spring + INTERVAL 2 HOUR AND l < autumn + INTERVAL 1 HOUR THEN 3600
        WHEN l >= autumn + INTERVAL 1 HOUR AND l < autumn + INTERVAL 2 HOUR THEN
            CASE ambiguous WHEN 'earlier' THEN 3600 WHEN 'later' THEN 0 ELSE error('ambiguous local time ' || CAST(l AS VARCHAR)) END
        WHEN l >= spring + INTERVAL 1 HOUR AND l < spring + INTERVAL 2 HOUR THEN 0
        ELSE 0 END
    FROM days)
"""


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def ident(text):
    return '"' + text.replace('"', '""') + '"'


def source(path, mapping):
    return (f"read_csv({quote(path)}, delim={quote(mapping.delimiter)}, header=true, all_varchar=true, "
            f"quote='\"', escape='\"', auto_detect=true, nullstr=[{', '.join(quote(token) for token in mapping.missing)}])")


def cell(mapping, field):
    return ident(mapping.header(field))


def decoded(mapping, field, expression):
    codes = mapping.codes(field)
    if not codes:
        return expression
    cases = " ".join(f"WHEN {quote(code)} THEN {quote(word)}" for code, word in codes.items())
    return f"(CASE {expression} {cases} ELSE {expression} END)"


def boolean(mapping, field):
    trues = ", ".join(quote(word) for word in mapping.true_words)
    falses = ", ".join(quote(word) for word in mapping.false_words)
    column = cell(mapping, field)
    return f"(CASE WHEN {column} IN ({trues}) THEN true WHEN {column} IN ({falses}) THEN false END)"


def epoch(mapping, field):
    pattern = mapping.timestamp(field)
    column = cell(mapping, field)
    if "%z" in pattern:
        return f"epoch(strptime(replace({column}, 'Z', '+00:00'), {quote(pattern)}))"
    local = f"strptime({column}, {quote(pattern)})"
    offset = national.offset_minutes(mapping.time_zone)
    if offset is None:
        return f"(epoch({local}) - london_offset({local}, {quote(mapping.ambiguous)}))"
    return f"(epoch({local}) - {offset * 60})"


def words_list(items):
    return "[" + ", ".join(quote(item) for item in items) + "]::VARCHAR[]"


def missing_figures(db, force, figures):
    path, mapping = force.datasets["missing-episode"]
    separator = mapping.separator("risk_indicators") or ";"
    indicators = cell(mapping, "risk_indicators")
    words = f"list_transform(coalesce(string_split(nullif({indicators}, ''), {quote(separator)}), []::VARCHAR[]), lambda x: {decoded(mapping, 'risk_indicators', 'x')})"
    ranks = " ".join(f"WHEN {quote(word)} THEN {rank}" for rank, word in enumerate(national.GRADES))
    if force.policy == "all-high":
        need = "3"
    else:
        need = (f"(CASE WHEN list_has_any(words, {words_list(force.high)}) THEN 3 "
                f"WHEN list_has_any(words, {words_list(force.medium)}) THEN 2 WHEN len(words) = 0 THEN 0 ELSE 1 END)")
    targets = " ".join(f"WHEN {rank} THEN {force.targets[grade]}" for rank, grade in enumerate(national.GRADES))
    query = f"""
        WITH rows AS (
            SELECT {words} AS words, (CASE {decoded(mapping, 'risk_grade', cell(mapping, 'risk_grade'))} {ranks} END) AS given,
                   {epoch(mapping, 'deployed_at')} - {epoch(mapping, 'reported_at')} AS delay
            FROM {source(path, mapping)}),
        judged AS (SELECT given, delay, {need} AS need FROM rows)
        SELECT count(*), count(*) FILTER (WHERE given < need),
               count(*) FILTER (WHERE delay IS NULL OR delay > (CASE need {targets} END)),
               median(delay)
        FROM judged"""
    total, under, late, median = db.execute(query).fetchone()
    figures["missing.under-graded-share"] = under / total
    figures["missing.late-deployment-share"] = late / total
    if median is not None:
        figures["missing.median-deploy-hours"] = float(median) / 3600
    return total


def assessing_figures(db, force, figures):
    parts = []
    rows = 0
    if "abuse-report" in force.datasets:
        path, mapping = force.datasets["abuse-report"]
        parts.append(f"""SELECT 0 AS source, row_number() OVER () AS position, {cell(mapping, 'case_ref')} AS ref,
                            CASE WHEN {boolean(mapping, 'sharing_required')} THEN {boolean(mapping, 'shared_with_social_care')} END AS met
                         FROM {source(path, mapping)}""")
        rows += db.execute(f"SELECT count(*) FROM {source(path, mapping)}").fetchone()[0]
    path, mapping = force.datasets["case-file-review"]
    parts.append(f"""SELECT 1 AS source, row_number() OVER () AS position, {cell(mapping, 'case_ref')} AS ref,
                        CASE WHEN {boolean(mapping, 'sharing_required')} IS true THEN {boolean(mapping, 'shared_with_social_care')} END AS met
                     FROM {source(path, mapping)}""")
    # Each case once, the first judgement in order (abuse reports before file reviews).
    shared = db.execute(f"""
        WITH judged AS ({' UNION ALL '.join(parts)}),
        firsts AS (SELECT met, row_number() OVER (PARTITION BY ref ORDER BY source, position) AS nth FROM judged WHERE met IS NOT NULL)
        SELECT count(*), count(*) FILTER (WHERE met) FROM firsts WHERE nth = 1""").fetchone()
    if shared[0]:
        figures["assessing.shared-share"] = shared[1] / shared[0]
    reviews = db.execute(f"""
        SELECT count(*),
               count({boolean(mapping, 'views_recorded')}), count(*) FILTER (WHERE {boolean(mapping, 'views_recorded')}),
               count({boolean(mapping, 'ethnicity_recorded')}), count(*) FILTER (WHERE {boolean(mapping, 'ethnicity_recorded')}),
               count({boolean(mapping, 'disability_recorded')}), count(*) FILTER (WHERE {boolean(mapping, 'disability_recorded')})
        FROM {source(path, mapping)}""").fetchone()
    rows += reviews[0]
    for figure, judged, met in [("assessing.views-recorded-share", reviews[1], reviews[2]),
                                ("assessing.ethnicity-recorded-share", reviews[3], reviews[4]),
                                ("assessing.disability-recorded-share", reviews[5], reviews[6])]:
        if judged:
            figures[figure] = met / judged
    return rows


def other_figures(db, force, figures):
    rows = 0
    path, mapping = force.datasets["domestic-abuse-incident"]
    count, present, spoken = db.execute(f"""
        SELECT count(*), sum(CAST({cell(mapping, 'children_present')} AS BIGINT)),
               sum(least(CAST({cell(mapping, 'children_spoken_to')} AS BIGINT), CAST({cell(mapping, 'children_present')} AS BIGINT)))
        FROM {source(path, mapping)}""").fetchone()
    rows += count
    if present:
        figures["domestic-abuse.children-spoken-to-share"] = spoken / present

    path, mapping = force.datasets["exploitation-case"]
    count, missed = db.execute(f"SELECT count(*), count(*) FILTER (WHERE NOT {boolean(mapping, 'exploitation_recognised')}) FROM {source(path, mapping)}").fetchone()
    rows += count
    if count:
        figures["investigating.exploitation-missed-share"] = missed / count

    path, mapping = force.datasets["strategy-discussion"]
    quality = decoded(mapping, "decision_quality", cell(mapping, "decision_quality"))
    count, poor = db.execute(f"SELECT count(*), count(*) FILTER (WHERE {quality} = 'poor') FROM {source(path, mapping)}").fetchone()
    rows += count
    if count:
        figures["investigating.poor-strategy-discussion-share"] = poor / count

    path, mapping = force.datasets["team-establishment"]
    count, establishment, filled = db.execute(f"""
        SELECT count(*), sum(CAST({cell(mapping, 'establishment')} AS BIGINT)),
               sum(least(CAST({cell(mapping, 'filled')} AS BIGINT), CAST({cell(mapping, 'establishment')} AS BIGINT)))
        FROM {source(path, mapping)}""").fetchone()
    rows += count
    if establishment:
        figures["leadership.posts-filled-share"] = filled / establishment

    path, mapping = force.datasets["partnership-initiative"]
    referred, improved, change = (f"CAST({cell(mapping, field)} AS {kind})" for field, kind in
                                  [("referred", "BIGINT"), ("improved", "BIGINT"), ("measured_change", "DOUBLE")])
    count, best = db.execute(f"""
        WITH measured AS (
            SELECT CASE WHEN {referred} > 0 AND {improved} IS NOT NULL THEN {improved} / {referred} END AS share, -{change} AS fall
            FROM {source(path, mapping)})
        SELECT (SELECT count(*) FROM {source(path, mapping)}),
               max(greatest(coalesce(share, 0), coalesce(fall, 0))) FILTER (WHERE share IS NOT NULL OR fall IS NOT NULL)
        FROM measured""").fetchone()
    rows += count
    if best is not None:
        figures["partnerships.best-measured-improvement"] = best

    path, mapping = force.datasets["offence-against-child"]
    rows += db.execute(f"SELECT count({cell(mapping, 'investigated_by')}) FROM {source(path, mapping)}").fetchone()[0]
    return rows


def main(root, output):
    started = time.perf_counter()
    db = duckdb.connect()
    db.execute(LONDON)
    results, rows = {}, 0
    for force in national.project(root):
        figures = {}
        rows += missing_figures(db, force, figures)
        rows += assessing_figures(db, force, figures)
        rows += other_figures(db, force, figures)
        results[force.id] = force.from_exports(figures)
    elapsed = time.perf_counter() - started
    national.write_json(output, {"engine": "duckdb", "version": duckdb.__version__, "seconds": elapsed, "rows": rows, "figures": results})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
