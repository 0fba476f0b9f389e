"""DuckDB baseline for csv-bench: read the same CSV file, on one thread and on all cores.

Usage: duckdb_baseline.py FILE RUNS ROWS. Prints four best times in seconds, space-separated:
count (1 thread), count + strptime of the two timestamps (1 thread), and the same on all cores.
DuckDB's strptime gives naive timestamps (no Europe/London rules), so it does less than csv-bench.
"""
import sys
import time

import duckdb

path, runs, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
read = f"read_csv('{path}', header=true, all_varchar=true, delim=',', quote='\"', escape='\"')"
queries = [
    f"select count(*) from {read}",
    f"select count(*), sum(epoch(strptime(deployed_at, '%d/%m/%Y %H:%M')) - epoch(strptime(reported_at, '%d/%m/%Y %H:%M'))) from {read}",
]
times = []
for threads in (1, None):
    connection = duckdb.connect()
    if threads:
        connection.execute(f"set threads = {threads}")
    for query in queries:
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            result = connection.execute(query).fetchone()
            best = min(best, time.perf_counter() - start)
            assert result[0] == rows, f"DuckDB read {result[0]} rows"
        times.append(best)
print(" ".join(f"{t:.6f}" for t in times))
