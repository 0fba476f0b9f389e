"""What the national bench's baselines share: reading a synthetic project root (forces,
inspections, mappings, the framework's parameters) and the definitions of the figures.

Each figure is defined as the inspector's check computes it (Plugins/*Checks/*Check.swift);
the DuckDB and pandas baselines compute the same from the same CSV files, reading each
force's mapping (docs/csv-evidence.md) to know its dialect.
"""
import json
import math
import os
import re

import yaml

GRADES = ["no-apparent-risk", "low", "medium", "high"]

# The figures compared: id -> the check that reports it.
FIGURES = [
    "missing.under-graded-share",        # missing.risk-grading
    "missing.late-deployment-share",     # missing.time-to-deploy
    "missing.median-deploy-hours",       # missing.time-to-deploy
    "assessing.shared-share",            # assessing.information-sharing
    "assessing.views-recorded-share",    # assessing.views-recorded
    "assessing.ethnicity-recorded-share",   # assessing.identity-recorded
    "assessing.disability-recorded-share",  # assessing.identity-recorded
    "domestic-abuse.children-spoken-to-share",   # domestic-abuse.children-seen
    "investigating.exploitation-missed-share",   # investigating.exploitation-recognised
    "investigating.poor-strategy-discussion-share",  # investigating.strategy-discussions
    "leadership.posts-filled-share",     # leadership.capacity
    "partnerships.best-measured-improvement",  # partnerships.initiative-outcomes
]

# Figures a force's returned case-file audits decide instead of its export, by the record type
# audited: the inspector's check reads the moderated audited answers, which the baselines do
# not read. They are compared with the answer key only.
AUDITED_FIGURES = {
    "strategy-discussion": ["investigating.poor-strategy-discussion-share"],
    "exploitation-case": ["investigating.exploitation-missed-share"],
}


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)  # every scalar a string, as the inspector's strict layer reads it


def duration_seconds(text):
    """`1h`, `90m`, `1h30m`, `7d`, `2w` -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
    parts = re.findall(r"(\d+)([smhdw])", text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"not a duration: {text}")
    return sum(int(n) * units[u] for n, u in parts)


class Mapping:
    """A CSV mapping, with the defaults docs/csv-evidence.md gives."""

    def __init__(self, path):
        spec = load_yaml(path)
        self.record_type = spec["record_type"]
        self.delimiter = spec.get("delimiter", ",")
        self.missing = spec.get("missing", [""])
        ts = spec.get("timestamps", {})
        self.timestamp_format = ts.get("format", "%Y-%m-%dT%H:%M:%S%z")
        self.time_zone = ts.get("time_zone", "UTC")
        self.ambiguous = ts.get("ambiguous_times", "error")
        self.nonexistent = ts.get("nonexistent_times", "error")
        booleans = spec.get("booleans", {})
        self.true_words = booleans.get("true", ["true"])
        self.false_words = booleans.get("false", ["false"])
        self.columns = {}
        for field, column in spec["columns"].items():
            if isinstance(column, str):
                column = {"column": column}
            self.columns[field] = column
        self.ignore = spec.get("ignore", [])

    def header(self, field):
        return self.columns[field]["column"]

    def codes(self, field):
        return self.columns[field].get("codes")

    def separator(self, field):
        return self.columns[field].get("separator")

    def timestamp(self, field):
        return self.columns[field].get("format", self.timestamp_format)


def offset_minutes(zone):
    """`+01:00` -> 60, `UTC` -> 0, `Europe/London` -> None."""
    if zone == "UTC":
        return 0
    match = re.fullmatch(r"([+-])(\d\d):?(\d\d)", zone)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return sign * (int(match.group(2)) * 60 + int(match.group(3)))
    if zone == "Europe/London":
        return None
    raise ValueError(f"unknown time zone {zone}")


class Force:
    """One force of a project root: its mappings and the parameters its checks run with."""

    def __init__(self, root, force_id, framework):
        self.id = force_id
        self.directory = os.path.join(root, "Forces", force_id)
        inspections = os.path.join(self.directory, "inspections")
        inspection = None
        for name in sorted(os.listdir(inspections)):
            candidate = load_yaml(os.path.join(inspections, name))
            if candidate["framework"] == framework["id"]:
                inspection = candidate
        self.datasets = {}
        self.audited_figures = set()
        for dataset in inspection["evidence"]["datasets"]:
            if dataset.get("record_type") == "case-audit":
                sample = load_yaml(os.path.join(self.directory, dataset["sample"]))
                self.audited_figures.update(AUDITED_FIGURES.get(sample["dataset"]["record_type"], []))
            # Exports read through a mapping; returned audit forms (no mapping) are not
            # among the figures the baselines compute.
            if dataset.get("format") == "csv" and "mapping" in dataset:
                self.datasets[dataset["record_type"]] = (
                    os.path.join(self.directory, dataset["file"]),
                    Mapping(os.path.join(self.directory, dataset["mapping"])),
                )
        parameters = dict(framework.get("parameters", {}))
        parameters.update(inspection.get("parameters", {}))  # local policy
        self.policy = parameters["missing.risk-policy"]
        self.high = list(parameters["missing.high-risk-indicators"])
        self.medium = list(parameters["missing.medium-risk-indicators"])
        self.targets = {grade: duration_seconds(parameters[f"missing.deploy-target.{grade}"]) for grade in GRADES}


    def from_exports(self, figures):
        """The figures a baseline reports: those its export decides, not a returned audit."""
        return {figure: value for figure, value in figures.items() if figure not in self.audited_figures}


def project(root, framework_id="ncpi-2024"):
    framework = load_yaml(os.path.join(root, "Frameworks", f"{framework_id}.yaml"))
    forces = sorted(name for name in os.listdir(os.path.join(root, "Forces")) if not name.startswith("."))
    return [Force(root, force, framework) for force in forces]


def swift_round4(value):
    """The inspector's JSON writes figures rounded to 4 decimals, half away from zero."""
    scaled = value * 10000
    magnitude = abs(scaled)
    whole = math.floor(magnitude)
    rounded = whole + 1 if magnitude - whole >= 0.5 else whole  # the subtraction is exact
    return math.copysign(rounded, scaled) / 10000


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
