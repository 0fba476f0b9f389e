#!/usr/bin/env bash
# Hostile inputs that must stay bounded (issue 21): the time `inspector validate` takes on
#   - a mapping whose risk_grade column has N codes (12,500 to 100,000), written in one flow
#     mapping on one line (`codes: {X0: low, X1: low, …}`) and one code a line;
#   - a force whose case_reference_pattern is "(1+)+|CRP-[A-Z]{2,3}-[0-9]{2}" and whose export
#     has 100 rows with a reference of 63 ones and a dash (minutes for a backtracking engine).
# Built on the hostile corpus's own force (Tests/HostileCorpus/base). Not run by `make test`;
# the corpus's case force/045 holds the pattern under its 20 s limit on every test run.
#   bench/hostile/run.sh            (INSPECTOR=path to use another binary)
set -uo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
if [ -z "${INSPECTOR:-}" ]; then
    $SWIFT build -c release --product inspector >/dev/null || exit 1
    INSPECTOR=.build/release/inspector
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fresh() {
    rm -rf "$WORK/root" && mkdir -p "$WORK/root"
    cp -r Frameworks Tests/HostileCorpus/base/Forces "$WORK/root/"
    cp -r Tests/HostileCorpus/base/Frameworks/. "$WORK/root/Frameworks/"
}

seconds() {  # runs validate, prints its wall time and exit status
    local start end status
    start=$(date +%s.%N)
    "$INSPECTOR" validate --root "$WORK/root" >/dev/null 2>&1
    status=$?
    end=$(date +%s.%N)
    printf '%.2f s (exit %d)' "$(echo "$end - $start" | bc)" "$status"
}

MAPPING=Forces/corpus/mappings/missing-episodes.yaml
for style in flow block; do
    for n in 12500 25000 50000 100000; do
        fresh
        python3 - "$WORK/root/$MAPPING" "$n" "$style" <<'PY'
import sys
path, n, style = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(path).read()
old = "    codes: {H: high, M: medium, L: low, N: no-apparent-risk}"
if style == "flow":
    new = "    codes: {H: high, M: medium, L: low, N: no-apparent-risk, " + ", ".join(f"X{i}: low" for i in range(n)) + "}"
else:
    new = "    codes:\n" + "".join(f"      {c}: {w}\n" for c, w in [("H", "high"), ("M", "medium"), ("L", "low"), ("N", "no-apparent-risk")] + [(f"X{i}", "low") for i in range(n)]).rstrip("\n")
assert old in text
open(path, "w").write(text.replace(old, new))
PY
        echo "mapping with $n codes ($style): $(seconds)"
    done
done

fresh
sed -i 's/^country: England$/country: England\ncase_reference_pattern: "(1+)+|CRP-[A-Z]{2,3}-[0-9]{2}"/' "$WORK/root/Forces/corpus/force.yaml"
sed -i 's/max_rejected: 0/max_rejected: 200/' "$WORK/root/Forces/corpus/inspections/2025-ncpi.yaml"
for _ in $(seq 100); do
    echo "111111111111111111111111111111111111111111111111111111111111111-,07/10/2024 18:40,CSE,M,08/10/2024 00:40,SYNTHETIC,Synthetic" \
        >> "$WORK/root/Forces/corpus/evidence/exports/missing-episodes.csv"
done
echo "case_reference_pattern (1+)+ on 100 hostile rows: $(seconds)"
