#!/usr/bin/env bash
# Measures each scoring model of a framework against the grades HMICFRS published: for every
# force under Forces/, in how many areas with both a computed and a published grade they agree.
# One line per model, then the per-force figures (docs/scoring.md says how the default is chosen).
#
#   scripts/measure-scoring.sh [framework] [inspector binary]
#
# Defaults: ncpi-2024 and .build/debug/inspector (run `swift build` first). Run from the
# project root. Exits non-zero when the inspector does.
set -euo pipefail

framework=${1:-ncpi-2024}
inspector=${2:-.build/debug/inspector}

# The framework's models, default first, from `inspector list frameworks`.
models=$("$inspector" list frameworks | awk -v id="$framework" '$1 == id { sub(/.*  /, ""); gsub(/ \(default\)/, ""); gsub(/,/, ""); print }')
if [ -z "$models" ]; then
    echo "no framework '$framework' (see: $inspector list frameworks)" >&2
    exit 2
fi
for model in $models; do
    output=$("$inspector" compare --all --framework "$framework" --scoring "$model")
    total=$(printf '%s\n' "$output" | awk '/^  In all / { sub(/^  In all +/, ""); print }')
    echo "$model: $total"
    printf '%s\n' "$output" | awk '/^Agreement with the published grades/ { on = 1; next } on && /^  In all/ { on = 0 } on && NF { print "  " $0 }'
done
