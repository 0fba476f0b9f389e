"""PyYAML baseline for yaml-bench: load the document with the C-accelerated SafeLoader.

Usage: pyyaml_baseline.py FILE RUNS RECORDS. Prints each load time in seconds, one a line.
PyYAML builds plain dicts and lists (no typed records), so it does less than a strict decoder.
"""
import sys
import time

import yaml

path, runs, records = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "rb") as handle:
    data = handle.read()
for _ in range(runs):
    start = time.perf_counter()
    document = yaml.load(data, Loader=yaml.CSafeLoader)
    elapsed = time.perf_counter() - start
    assert len(document["episodes"]) == records, "PyYAML read the wrong number of records"
    print(f"{elapsed:.6f}", flush=True)
