#!/usr/bin/env bash
# Edit-to-served latency of `scrutiny serve` on the demo site: for each of N edits to one
# commitment, the time from writing the file to the new text being served over HTTP (what a
# reloaded browser tab then shows). Prints every figure, then the median and the worst.
# Usage: bench/serve_reload.sh [path/to/scrutiny] [edits]   (default build/scrutiny, 10)
#        SITE=/some/site bench/serve_reload.sh ...   to measure another site folder than the demo
#        EDIT_TIMEOUT=60 (seconds an edit may take to be served; default 10) and START_TIMEOUT=300
#        (seconds the first build may take; default 15) for large sites such as bench/hugo_compare.sh makes
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$repo/build/scrutiny}"
edits="${2:-10}"
[ -x "$bin" ] || { echo "no scrutiny binary at $bin; build first or pass its path" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

work="$(mktemp -d)"
site="$work/site"
mkdir -p "$site"
from="${SITE:-$repo}"
cp -r "$from/site_config.toml" "$from/content" "$site/"
[ -d "$from/themes" ] && cp -r "$from/themes" "$site/"
[ -d "$from/assets" ] && cp -r "$from/assets" "$site/"

"$bin" serve --source "$site" --port 0 >"$work/out" 2>"$work/err" &
pid=$!
cleanup() { kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port=""
start_deadline=$(( $(date +%s) + ${START_TIMEOUT:-15} ))
until [ "$(date +%s)" -gt "$start_deadline" ]; do
  port="$(sed -n 's|.*serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/out" | sed -n 1p)"
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { echo "serve did not start:" >&2; cat "$work/err" >&2; exit 1; }

# sed -n 1p and grep without -q read to the end: head and grep -q stop early, leaving the
# writer on a closed pipe, which pipefail turns into a failure on a large site.
file="$(ls "$site"/content/commitments/*.md | sed -n 1p)"
ref="$(sed -n 's/^ref = "\(.*\)"/\1/p' "$file" | sed -n 1p)"
slug="$(echo "$ref" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9][^a-z0-9]*/-/g; s/^-//; s/-$//')"
url="http://127.0.0.1:$port/commitments/$slug/"
curl -sf "$url" >/dev/null || { echo "cannot fetch $url" >&2; exit 1; }
pages="$(curl -s "http://127.0.0.1:$port/sitemap.xml" | grep -o '<loc>' | wc -l)"
echo "site: $pages pages in the sitemap; editing $(basename "$file") and fetching $url"

times=()
for i in $(seq 1 "$edits"); do
  marker="bench-edit-$i-$RANDOM"
  cp "$file" "$work/next"
  echo "Edited for the benchmark: $marker" >>"$work/next"
  start=$(date +%s%N)
  cp "$work/next" "$file"   # written in place, as an editor saving over the file
  deadline=$((start + ${EDIT_TIMEOUT:-10} * 1000000000))
  until curl -s "$url" | grep "$marker" >/dev/null; do
    [ "$(date +%s%N)" -lt "$deadline" ] || { echo "edit $i not served within ${EDIT_TIMEOUT:-10} s" >&2; exit 1; }
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "edit $i: served after $ms ms"
  sleep 0.2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
worst=${sorted[$(( ${#sorted[@]} - 1 ))]}
echo "edit-to-served latency over $edits edits: median $median ms, worst $worst ms (bar: under 200 ms)"
builds=($(sed -n 's/^built [0-9]* pages in \([0-9]*\) ms$/\1/p' "$work/out" | tail -n +2 | sort -n))
[ ${#builds[@]} -gt 0 ] && echo "serve's own rebuilds: ${#builds[@]} for $edits edits, median ${builds[$(( ${#builds[@]} / 2 ))]} ms"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
