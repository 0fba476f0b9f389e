#!/usr/bin/env bash
# make bench-audits: the case-audit loop at national size, timed stage by stage:
# sample -> form -> answers -> inspect, for 43 synthetic forces x 60 audited cases each.
# See bench/audits/README.md for what is measured.
set -uo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")/../.."

FORCES=${FORCES:-43}
EPISODES=${EPISODES:-50000}
CASES=${CASES:-60}
SEED=${SEED:-7}
CACHE=${CACHE:-.build-bench/audits-national}
WORK=.build-bench/audits-run
SWIFT=${SWIFT:-swift}

echo "== building the inspector (release)"
$SWIFT build -c release --product inspector || exit 1
INSPECTOR=.build/release/inspector

if [ ! -f "$CACHE/synthetic-national.yaml" ]; then
    # Without the generator's own audits (--audit-cases 0): the loop below makes them.
    echo "== generating $FORCES forces x $EPISODES episodes (seed $SEED) into $CACHE"
    rm -rf "$CACHE"
    "$INSPECTOR" generate national --forces "$FORCES" --episodes "$EPISODES" --seed "$SEED" --audit-cases 0 --out "$CACHE" || exit 1
else
    echo "== reusing $CACHE (delete it to regenerate)"
fi
# A copy to audit: the exports hard-linked (never written), the rest copied.
rm -rf "$WORK" && cp -al "$CACHE" "$WORK" || exit 1
find "$WORK/Forces" -name '*.yaml' -path '*/inspections/*' -exec sh -c 'cp --remove-destination "$1" "$1.tmp" && mv "$1.tmp" "$1"' _ {} \;
forces=$(ls "$WORK/Forces")
echo "== warming the page cache"
find "$CACHE" -type f -exec cat {} + > /dev/null

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

echo "== compare --all without audits (the baseline)"
start=$(now)
"$INSPECTOR" compare --all --root "$WORK" --format json > "$WORK/before.json" 2> "$WORK/before.err" || { echo "compare failed"; head -5 "$WORK/before.err"; exit 1; }
baseline=$(elapsed "$start" "$(now)")

echo "== sample: $CASES missing episodes of each force"
start=$(now)
number=0
for force in $forces; do
    number=$((number + 1))
    mkdir -p "$WORK/Forces/$force/evidence/audits"
    "$INSPECTOR" sample "$force" --dataset missing_episode --size "$CASES" --seed "$number" --root "$WORK" \
        --out "$WORK/Forces/$force/evidence/audits/missing-sample.yaml" 2>> "$WORK/sample.err" || { echo "sample failed for $force"; tail -3 "$WORK/sample.err"; exit 1; }
done
sample=$(elapsed "$start" "$(now)")

echo "== form: the CSV form, and the printable HTML, of each sample"
start=$(now)
for force in $forces; do
    for format in csv html; do
        "$INSPECTOR" audit-form "$force" --root "$WORK" --sample "$WORK/Forces/$force/evidence/audits/missing-sample.yaml" \
            --format "$format" --out "$WORK/Forces/$force/evidence/audits/missing-audit.$format" 2>> "$WORK/form.err" || { echo "form failed for $force"; exit 1; }
    done
done
form=$(elapsed "$start" "$(now)")

echo "== answers: two auditors fill each form (a script), moderation recorded, the return declared"
start=$(now)
python3 bench/audits/fill.py "$WORK" $forces || exit 1
answers=$(elapsed "$start" "$(now)")

echo "== inspect: compare --all with the answers"
start=$(now)
"$INSPECTOR" compare --all --root "$WORK" --format json > "$WORK/after.json" 2> "$WORK/after.err" || { echo "compare failed"; head -5 "$WORK/after.err"; exit 1; }
inspect=$(elapsed "$start" "$(now)")
"$INSPECTOR" compare --all --root "$WORK" > "$WORK/after.txt" 2>/dev/null
audited=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(s['values']) for s in d['audited_shares']))" "$WORK/after.json")
"$INSPECTOR" agreement "$(echo $forces | cut -d' ' -f1)" --root "$WORK" > "$WORK/agreement.txt"

count=$(echo $forces | wc -w)
echo
echo "Case-audit loop, $count forces x $CASES cases (release build, $(nproc) cores):"
printf '  %-44s %8s s\n' "compare --all without audits (baseline)" "$baseline"
printf '  %-44s %8s s  (%s s a force)\n' "sample (one process a force)" "$sample" "$(python3 -c "print(f'{$sample/$count:.3f}')")"
printf '  %-44s %8s s  (%s s a form)\n' "form, CSV and HTML (one process a form)" "$form" "$(python3 -c "print(f'{$form/($count*2):.3f}')")"
printf '  %-44s %8s s\n' "answers (the filling script)" "$answers"
printf '  %-44s %8s s  (+%s s over the baseline)\n' "inspect: compare --all with the answers" "$inspect" "$(python3 -c "print(f'{$inspect-$baseline:.2f}')")"
echo "  audited shares reported: $audited (one per force); first force's agreement: $WORK/agreement.txt"
