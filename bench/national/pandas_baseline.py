"""The national figures with pandas: every force's CSV exports read through its mappings."""
import sys
import time

import numpy as np
import pandas as pd

import national


def read(path, mapping, fields):
    """The mapped columns of one export, as strings, missing tokens as None."""
    headers = [mapping.header(field) for field in fields]
    frame = pd.read_csv(path, sep=mapping.delimiter, dtype=str, keep_default_na=False, na_filter=False,
                        usecols=headers, encoding="utf-8-sig", quotechar='"', doublequote=True, engine="c")
    frame = frame.rename(columns={mapping.header(field): field for field in fields})
    missing = set(mapping.missing)
    for field in fields:
        column = frame[field].astype(object)
        frame[field] = column.where(~column.isin(missing), None)
    return frame


def decoded(series, mapping, field):
    codes = mapping.codes(field)
    return series.map(lambda cell: None if cell is None else codes.get(cell, cell)) if codes else series


def booleans(series, mapping):
    table = {word: True for word in mapping.true_words}
    table.update({word: False for word in mapping.false_words})
    return series.map(lambda cell: None if cell is None else table[cell])


def seconds(series, mapping, field):
    """Seconds since 1970 (UTC), as int64 with NaN for missing (float)."""
    pattern = mapping.timestamp(field).replace("%-", "%")
    present = series.notna()
    values = series[present]
    if "%z" in pattern:
        parsed = pd.to_datetime(values.str.replace("Z", "+00:00", regex=False), format=pattern, utc=True)
    else:
        parsed = pd.to_datetime(values, format=pattern)
        offset = national.offset_minutes(mapping.time_zone)
        if offset is None:
            ambiguous = {"earlier": np.ones(len(parsed), dtype=bool), "later": np.zeros(len(parsed), dtype=bool), "error": "raise"}[mapping.ambiguous]
            nonexistent = {"shift-forward": "shift_forward", "error": "raise"}[mapping.nonexistent]
            parsed = parsed.dt.tz_localize("Europe/London", ambiguous=ambiguous, nonexistent=nonexistent).dt.tz_convert("UTC")
        else:
            parsed = parsed - pd.Timedelta(minutes=offset)
            parsed = parsed.dt.tz_localize("UTC")
    epoch = (parsed - pd.Timestamp("1970-01-01", tz="UTC")) // pd.Timedelta(seconds=1)
    result = pd.Series(np.nan, index=series.index)
    result[present] = epoch.astype("float64")
    return result


def missing_figures(force, figures):
    path, mapping = force.datasets["missing-episode"]
    frame = read(path, mapping, ["reported_at", "risk_indicators", "risk_grade", "deployed_at"])
    codes = mapping.codes("risk_indicators") or {}
    separator = mapping.separator("risk_indicators") or ";"
    high, medium = set(force.high), set(force.medium)

    def required(cell):
        if force.policy == "all-high":
            return 3
        words = set() if cell is None or cell == "" else {codes.get(item, item) for item in cell.split(separator)}
        if words & high:
            return 3
        if words & medium:
            return 2
        return 0 if not words else 1

    need = frame["risk_indicators"].map(required)
    given = decoded(frame["risk_grade"], mapping, "risk_grade").map(national.GRADES.index)
    total = len(frame)
    figures["missing.under-graded-share"] = float((given < need).sum()) / total
    delay = seconds(frame["deployed_at"], mapping, "deployed_at") - seconds(frame["reported_at"], mapping, "reported_at")
    target = need.map(lambda grade: force.targets[national.GRADES[grade]])
    late = delay.isna() | (delay > target)
    figures["missing.late-deployment-share"] = float(late.sum()) / total
    deployed = delay.dropna()
    if len(deployed):
        figures["missing.median-deploy-hours"] = float(deployed.median()) / 3600
    return total


def share_of_true(values):
    judged = [value for value in values if value is not None]
    return (sum(1 for value in judged if value) / len(judged)) if judged else None


def assessing_figures(force, figures):
    rows = 0
    judgements = []  # (reference, met) in the check's order: abuse reports, then file reviews
    if "abuse-report" in force.datasets:
        path, mapping = force.datasets["abuse-report"]
        frame = read(path, mapping, ["case_ref", "sharing_required", "shared_with_social_care"])
        rows += len(frame)
        required, shared = booleans(frame["sharing_required"], mapping), booleans(frame["shared_with_social_care"], mapping)
        judgements += [(ref, s if r else None) for ref, r, s in zip(frame["case_ref"], required, shared)]
    path, mapping = force.datasets["case-file-review"]
    fields = ["case_ref", "sharing_required", "shared_with_social_care", "views_recorded", "ethnicity_recorded", "disability_recorded"]
    reviews = read(path, mapping, fields)
    rows += len(reviews)
    flags = {field: booleans(reviews[field], mapping) for field in fields[1:]}
    judgements += [(ref, s if r is True else None) for ref, r, s in zip(reviews["case_ref"], flags["sharing_required"], flags["shared_with_social_care"])]
    seen, met = set(), []
    for reference, value in judgements:
        if value is None or reference in seen:
            continue
        seen.add(reference)
        met.append(value)
    for figure, values in [("assessing.shared-share", met), ("assessing.views-recorded-share", list(flags["views_recorded"])),
                           ("assessing.ethnicity-recorded-share", list(flags["ethnicity_recorded"])),
                           ("assessing.disability-recorded-share", list(flags["disability_recorded"]))]:
        share = share_of_true(values)
        if share is not None:
            figures[figure] = share
    return rows


def other_figures(force, figures):
    rows = 0
    path, mapping = force.datasets["domestic-abuse-incident"]
    frame = read(path, mapping, ["children_present", "children_spoken_to"])
    rows += len(frame)
    present, spoken = frame["children_present"].astype(int), frame["children_spoken_to"].astype(int)
    if present.sum() > 0:
        figures["domestic-abuse.children-spoken-to-share"] = float(np.minimum(spoken, present).sum()) / float(present.sum())

    path, mapping = force.datasets["exploitation-case"]
    frame = read(path, mapping, ["exploitation_recognised"])
    rows += len(frame)
    recognised = booleans(frame["exploitation_recognised"], mapping)
    if len(frame):
        figures["investigating.exploitation-missed-share"] = float((~recognised.astype(bool)).sum()) / len(frame)

    path, mapping = force.datasets["strategy-discussion"]
    frame = read(path, mapping, ["decision_quality"])
    rows += len(frame)
    if len(frame):
        figures["investigating.poor-strategy-discussion-share"] = float((decoded(frame["decision_quality"], mapping, "decision_quality") == "poor").sum()) / len(frame)

    path, mapping = force.datasets["team-establishment"]
    frame = read(path, mapping, ["establishment", "filled"])
    rows += len(frame)
    establishment, filled = frame["establishment"].astype(int), frame["filled"].astype(int)
    if establishment.sum() > 0:
        figures["leadership.posts-filled-share"] = float(np.minimum(filled, establishment).sum()) / float(establishment.sum())

    path, mapping = force.datasets["partnership-initiative"]
    frame = read(path, mapping, ["referred", "improved", "measured_change"])
    rows += len(frame)
    best = None
    for referred, improved, change in zip(frame["referred"], frame["improved"], frame["measured_change"]):
        share = int(improved) / int(referred) if referred is not None and improved is not None and int(referred) > 0 else None
        fall = -float(change) if change is not None else None
        if share is None and fall is None:
            continue
        improvement = max(share or 0.0, fall if fall is not None else 0.0)
        best = improvement if best is None else max(best, improvement)
    if best is not None:
        figures["partnerships.best-measured-improvement"] = best
    # Offences are read too, as the inspector reads every dataset (no share figure of their own).
    path, mapping = force.datasets["offence-against-child"]
    rows += len(read(path, mapping, ["investigated_by"]))
    return rows


def main(root, output):
    started = time.perf_counter()
    results, rows = {}, 0
    for force in national.project(root):
        figures = {}
        rows += missing_figures(force, figures)
        rows += assessing_figures(force, figures)
        rows += other_figures(force, figures)
        results[force.id] = force.from_exports(figures)
    elapsed = time.perf_counter() - started
    national.write_json(output, {"engine": "pandas", "version": pd.__version__, "seconds": elapsed, "rows": rows, "figures": results})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
