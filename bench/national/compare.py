"""Reports the national bench: wall time, rows per second and peak memory of the inspector,
DuckDB and pandas, their ratios, and every per-force figure that differs between them."""
import json
import os
import re
import sys

import yaml

import national


def measured(path):
    """Wall seconds and peak RSS (KiB) from `/usr/bin/time -v -o path`."""
    if not os.path.exists(path):
        return None, None
    text = open(path, encoding="utf-8", errors="replace").read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    seconds = None
    if wall:
        seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)) if rss else None


def load(path):
    if not path or not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def inspector_figures(report):
    """force -> figure -> value, from `inspector compare --format json`."""
    figures = {}
    for figure in report.get("figures", []):
        for force, value in figure["values"].items():
            figures.setdefault(force, {})[figure["id"]] = value
    return figures


def main(cache, work):
    manifest = yaml.safe_load(open(os.path.join(cache, "synthetic-national.yaml"), encoding="utf-8"))
    rows = sum(sum(force["rows"].values()) for force in manifest["forces"])
    expected = {force["id"]: {k: float(v) for k, v in force.get("expected_figures", {}).items()} for force in manifest["forces"]}
    runs = {}
    for engine in ["inspector", "duckdb", "pandas"]:
        wall, rss = measured(os.path.join(work, f"{engine}.time"))
        output = load(os.path.join(work, f"{engine}.json"))
        if engine == "inspector":
            figures = inspector_figures(output) if output else None
        else:
            figures = output["figures"] if output else None
        runs[engine] = {"wall": wall, "rss": rss, "figures": figures}

    print(f"\nNational bench: {len(manifest['forces'])} synthetic forces, {rows:,} CSV rows (seed {manifest['generator']['seed']}).")
    print("Each engine reads every force's CSV exports through its mapping and computes the per-force figures.\n")
    print(f"{'engine':<10} {'wall s':>8} {'rows/s':>12} {'peak RSS MiB':>13}")
    for engine, run in runs.items():
        if run["figures"] is None:
            print(f"{engine:<10} {'(did not run or failed)':>35}")
            continue
        rate = f"{rows / run['wall']:,.0f}" if run["wall"] else "n/a"
        wall = f"{run['wall']:.2f}" if run["wall"] else "n/a"
        rss = f"{run['rss'] / 1024:.0f}" if run["rss"] else "n/a"
        print(f"{engine:<10} {wall:>8} {rate:>12} {rss:>13}")
    inspector = runs["inspector"]
    for other in ["duckdb", "pandas"]:
        run = runs[other]
        if inspector["figures"] is None or run["figures"] is None or not inspector["wall"] or not run["wall"]:
            continue
        memory = f", peak RSS {inspector['rss'] / run['rss']:.2f}x" if inspector["rss"] and run["rss"] else ""
        print(f"inspector vs {other}: wall time {inspector['wall'] / run['wall']:.2f}x{memory} (below 1: the inspector is faster / smaller)")

    audited = {force.id: force.audited_figures for force in national.project(cache)}
    mismatches = 0
    print("\nFigures (exact comparisons at 1e-9; the inspector's JSON rounds figures to 4 decimals, so it is compared with the others rounded the same way):")
    for engine in ["duckdb", "pandas"]:
        figures = runs[engine]["figures"]
        if figures is None:
            continue
        for force, values in expected.items():
            # The baselines compute the figures listed in national.FIGURES; the answer key holds
            # every figure the inspector reports (the checks added since have no baseline yet).
            for figure in sorted(((set(values) | set(figures.get(force, {}))) & set(national.FIGURES)) - audited[force]):
                a, b = values.get(figure), figures.get(force, {}).get(figure)
                if a is None or b is None or abs(a - b) > 1e-9:
                    mismatches += 1
                    print(f"  MISMATCH {engine} vs answer key: {force} {figure}: {b} != {a}")
    if runs["duckdb"]["figures"] and runs["pandas"]["figures"]:
        for force in expected:
            left, right = runs["duckdb"]["figures"].get(force, {}), runs["pandas"]["figures"].get(force, {})
            for figure in sorted(set(left) | set(right)):
                if figure not in left or figure not in right or abs(left[figure] - right[figure]) > 1e-9:
                    mismatches += 1
                    print(f"  MISMATCH duckdb vs pandas: {force} {figure}: {left.get(figure)} != {right.get(figure)}")
    if inspector["figures"] is not None:
        reference = runs["duckdb"]["figures"] or runs["pandas"]["figures"] or expected
        for force in expected:
            ours = inspector["figures"].get(force, {})
            theirs = {k: national.swift_round4(v) for k, v in reference.get(force, {}).items() if k in national.FIGURES}
            for figure in sorted((set(theirs) | {k for k in ours if k in national.FIGURES}) - audited[force]):
                if figure not in ours or figure not in theirs or abs(ours[figure] - theirs[figure]) > 1e-9:
                    mismatches += 1
                    print(f"  MISMATCH inspector vs baseline: {force} {figure}: {ours.get(figure)} != {theirs.get(figure)}")
    # Figures decided by returned audits: the inspector against the answer key alone.
    checked = 0
    if inspector["figures"] is not None:
        for force, figures in audited.items():
            for figure in sorted(figures):
                checked += 1
                ours, key = inspector["figures"].get(force, {}).get(figure), expected.get(force, {}).get(figure)
                if ours is None or key is None or abs(ours - national.swift_round4(key)) > 1e-9:
                    mismatches += 1
                    print(f"  MISMATCH inspector vs answer key (audited): {force} {figure}: {ours} != {key}")
    if checked:
        print(f"  {checked} figures of {sum(1 for f in audited.values() if f)} forces come from returned case-file audits, which the")
        print("  baselines do not read: those are compared between the inspector and the answer key only")
    compared = ["the answer key"] + [engine if engine != "duckdb" else "DuckDB" for engine in ["duckdb", "pandas", "inspector"] if runs[engine]["figures"] is not None]
    print(f"  {mismatches} mismatches among " + ", ".join(compared))

    sample = sorted(expected)[:3]
    print("\nSample figures (answer key; DuckDB and pandas equal it where no mismatch is listed):")
    for force in sample:
        print(f"  {force}: " + ", ".join(f"{k.split('.', 1)[1]} {v:.4f}" for k, v in sorted(expected[force].items()) if k.startswith("missing.")))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
