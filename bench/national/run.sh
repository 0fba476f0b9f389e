#!/usr/bin/env bash
# make bench-national: the inspector against DuckDB and pandas on 43 synthetic forces.
# See bench/national/README.md for what is measured.
set -uo pipefail
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ in the source tree
cd "$(dirname "$0")/../.."

FORCES=${FORCES:-43}
EPISODES=${EPISODES:-50000}
SEED=${SEED:-7}
CACHE=${CACHE:-.build-bench/national}
WORK=.build-bench/national-run
VENV=.build-bench/venv
SWIFT=${SWIFT:-swift}
TIME=/usr/bin/time

echo "== building the inspector (release)"
$SWIFT build -c release --product inspector || exit 1
INSPECTOR=.build/release/inspector

if [ ! -f "$CACHE/synthetic-national.yaml" ]; then
    echo "== generating $FORCES forces x $EPISODES episodes (seed $SEED) into $CACHE"
    rm -rf "$CACHE"
    "$INSPECTOR" generate national --forces "$FORCES" --episodes "$EPISODES" --seed "$SEED" --out "$CACHE" || exit 1
else
    echo "== reusing $CACHE (delete it to regenerate)"
fi
rm -rf "$WORK" && mkdir -p "$WORK"
# Every engine reads warm files: otherwise the first to run (the inspector) would pay for
# reading the set from disk after anything else has filled the page cache.
echo "== warming the page cache"
find "$CACHE" -type f -exec cat {} + > /dev/null

measure() {  # measure NAME COMMAND...: wall time and peak RSS into $WORK/NAME.time
    local name=$1; shift
    if [ -x "$TIME" ]; then "$TIME" -v -o "$WORK/$name.time" "$@"; else "$@"; fi
}

echo "== inspector compare --all --format json"
measure inspector "$INSPECTOR" compare --all --root "$CACHE" --format json > "$WORK/inspector.json" 2> "$WORK/inspector.err"
status=$?
if [ $status -ne 0 ]; then
    echo "   inspector compare failed (exit $status); its figures are left out. First lines of its errors:"
    head -5 "$WORK/inspector.err" | sed 's/^/     /'
    rm -f "$WORK/inspector.json"
fi

BASELINES=1
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import duckdb, pandas, yaml" 2>/dev/null; then
    echo "== setting up $VENV (duckdb, pandas, pyyaml)"
    if ! { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q duckdb pandas pyyaml; }; then
        echo "   could not set up the Python environment: skipping the DuckDB and pandas baselines"
        BASELINES=0
    fi
fi
if [ $BASELINES = 1 ]; then
    echo "== DuckDB"
    measure duckdb "$VENV/bin/python" bench/national/duckdb_baseline.py "$CACHE" "$WORK/duckdb.json" || echo "   DuckDB baseline failed"
    echo "== pandas"
    measure pandas "$VENV/bin/python" bench/national/pandas_baseline.py "$CACHE" "$WORK/pandas.json" || echo "   pandas baseline failed"
    "$VENV/bin/python" bench/national/compare.py "$CACHE" "$WORK"
else
    python3 bench/national/compare.py "$CACHE" "$WORK" 2>/dev/null || echo "(no Python with pyyaml: figures not compared)"
fi
