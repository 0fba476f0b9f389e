#!/usr/bin/env bash
# Renders an HTML report in headless Chromium (Debian's `chromium` package): a PNG screenshot,
# or, when the output ends in .pdf, the page as printed (the print stylesheet, A4).
#
#   scripts/render-html.sh <input.html> <output.png|output.pdf> [width,height]
#
# The default window is 1280,2400. Exits 2 on bad arguments, 3 when chromium is missing,
# 1 when chromium fails or writes nothing.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 <input.html> <output.png|output.pdf> [width,height]" >&2
    exit 2
fi
input=$1
output=$2
size=${3:-1280,2400}

browser=""
for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then
        browser=$(command -v "$candidate")
        break
    fi
done
if [ -z "$browser" ]; then
    echo "error: chromium is not installed; install it with: sudo apt-get install -y chromium" >&2
    exit 3
fi
if [ ! -f "$input" ]; then
    echo "error: no such file: $input" >&2
    exit 2
fi
output_dir=$(dirname "$output")
if [ ! -d "$output_dir" ]; then
    echo "error: no such directory: $output_dir" >&2
    exit 2
fi

input_path="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
output_path="$(cd "$output_dir" && pwd)/$(basename "$output")"
profile=$(mktemp -d "${TMPDIR:-/tmp}/render-html.XXXXXX")
trap 'rm -rf "$profile"' EXIT

case "$output_path" in
    *.pdf) mode=(--print-to-pdf="$output_path" --no-pdf-header-footer) ;;
    *) mode=(--screenshot="$output_path" --window-size="$size" --hide-scrollbars) ;;
esac

rm -f "$output_path"
if ! timeout 120 "$browser" --headless --disable-gpu --no-sandbox --disable-dev-shm-usage \
    --no-first-run --disable-extensions --user-data-dir="$profile" \
    "${mode[@]}" "file://$input_path" >"$profile/log" 2>&1; then
    echo "error: chromium failed on $input:" >&2
    cat "$profile/log" >&2
    exit 1
fi
if [ ! -s "$output_path" ]; then
    echo "error: chromium wrote nothing to $output:" >&2
    cat "$profile/log" >&2
    exit 1
fi
