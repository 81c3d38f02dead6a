#!/usr/bin/env bash
# scrutiny against Hugo on the same synthetic site: generates both sites (bench/gen_sites.mjs),
# times alternating cold builds on tmpfs and on disk, then scrutiny's no-op and one-commitment
# rebuilds and serve's edit-to-reload, and prints medians, min, max, CPU time, peak RSS and
# pages written. The last line is the summary (tmpfs medians).
# Usage: bench/hugo_compare.sh [--commitments N] [--metrics M] [--sessions S] [--runs R]
#            [--scrutiny PATH] [--disk DIR] [--no-disk] [--no-serve] [--keep]
# Defaults: 10000 commitments, 500 metrics, 300 sessions, 3 runs, build/scrutiny, /var/tmp.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commitments=10000 metrics=500 sessions=300 runs=3 bin="$repo/build/scrutiny" disk_root=/var/tmp
with_disk=1 with_serve=1 keep=0
usage() { sed -n 's/^# \{0,1\}//; 6,8p' "$0" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --commitments) commitments="$2"; shift 2 ;;
    --metrics) metrics="$2"; shift 2 ;;
    --sessions) sessions="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --scrutiny) bin="$2"; shift 2 ;;
    --disk) disk_root="$2"; shift 2 ;;
    --no-disk) with_disk=0; shift ;;
    --no-serve) with_serve=0; shift ;;
    --keep) keep=1; shift ;;
    *) usage ;;
  esac
done

# ---- what the benchmark needs ----
missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v hugo >/dev/null || missing+=(hugo)
command -v curl >/dev/null || missing+=(curl)
/usr/bin/time --version 2>&1 | grep -q GNU || missing+=(time)  # bash's own `time` has no peak RSS
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
  exit 2
fi
[ -x "$bin" ] || { echo "no scrutiny binary at $bin; build it (cmake -S . -B build && cmake --build build --target scrutiny) or pass --scrutiny PATH" >&2; exit 2; }
[ -d /dev/shm ] || { echo "no /dev/shm (tmpfs) on this machine" >&2; exit 2; }

export SOURCE_DATE_EPOCH=1700000000  # same build date every run: the output is the same bytes
roots=("/dev/shm/scrutiny-bench.$$")
media=(tmpfs)
if [ "$with_disk" = 1 ]; then roots+=("$disk_root/scrutiny-bench.$$"); media+=(disk); fi
results="$(mktemp)"
cleanup() { [ "$keep" = 1 ] || rm -rf "${roots[@]}"; rm -f "$results" "$results.one" "$results.err"; }
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scrutiny: $bin; $(hugo version | cut -d' ' -f1-2)"
for root in "${roots[@]}"; do
  node "$repo/bench/gen_sites.mjs" "$root" --commitments "$commitments" --metrics "$metrics" --sessions "$sessions" >/dev/null
done
echo "site: $commitments commitments, $metrics metrics x 6 areas x 120 months, $sessions sessions, 40 mechanisms, 80 terms"

# timed MEDIUM TOOL KIND ROOT: builds ROOT's site of TOOL under GNU time and appends
# "MEDIUM TOOL KIND wall CPU(user+sys) peak_kB" to the results.
timed() {
  local medium="$1" tool="$2" kind="$3" root="$4" cmd
  if [ "$tool" = scrutiny ]; then cmd=("$bin" build --quiet --source "$root/scrutiny")
  else cmd=(hugo --quiet -s "$root/hugo" -d "$root/hugo/public" --cacheDir "$root/hugo/.cache"); fi
  /usr/bin/time -f '%e %U %S %M' -o "$results.one" "${cmd[@]}" >/dev/null 2>"$results.err" || {
    echo "$tool failed ($kind on $medium):" >&2; cat "$results.err" >&2; exit 1; }
  read -r wall user sys rss <"$results.one"
  awk -v p="$medium $tool $kind $wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { print p, u + s, r }' >>"$results"
  echo "  $(tail -1 "$results")" >&2  # progress: medium tool kind wall CPU peak_kB
}
# Cold: no output, and no cache of what an earlier build derived (like Hugo's resources/ and .cache).
cold_scrutiny() { rm -rf "$1/scrutiny/public" "$1/scrutiny/.public.scrutiny-cache" "$1/scrutiny/.public.previous"; timed "$2" scrutiny cold "$1"; }
cold_hugo() { rm -rf "$1/hugo/public" "$1/hugo/resources" "$1/hugo/.cache"; timed "$2" hugo cold "$1"; }

for i in "${!roots[@]}"; do
  root="${roots[$i]}" medium="${media[$i]}"
  for run in $(seq 1 "$runs"); do  # alternating, so a busy spell on the machine hits both
    cold_scrutiny "$root" "$medium"
    cold_hugo "$root" "$medium"
  done
  # Rebuilds onto the output the cold builds left. Hugo's `hugo` command has no incremental
  # build (only its server does), so its no-op rebuild is timed as the reference.
  for run in $(seq 1 "$runs"); do
    timed "$medium" scrutiny noop "$root"
    timed "$medium" hugo noop "$root"
  done
  # sed, not head: head leaves ls writing into a closed pipe, which pipefail makes fatal.
  edited="$(ls "$root/scrutiny/content/commitments/" | sed -n 1p)"
  # The first edit after a cold build also sets up the site it replaces as the next build's
  # staging folder (a link for every kept page), so it is timed on its own; the edits after it
  # are the ones an author makes, one after another.
  echo "Edited for the benchmark, first." >>"$root/scrutiny/content/commitments/$edited"
  timed "$medium" scrutiny firstedit "$root"
  for run in $(seq 1 "$runs"); do
    echo "Edited for the benchmark, run $run." >>"$root/scrutiny/content/commitments/$edited"
    timed "$medium" scrutiny edit "$root"
  done
done

# ---- figures ----
# stats MEDIUM TOOL KIND FIELD: "median min max" of one column (4 wall, 5 CPU, 6 peak kB).
stats() {
  awk -v m="$1" -v t="$2" -v k="$3" -v f="$4" '$1 == m && $2 == t && $3 == k { print $f }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit; med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print med, v[1], v[NR] }'
}
pages() { find "$1" -type f -name '*.html' | wc -l; }
files() { find "$1" -type f | wc -l; }
mb() { awk -v k="$1" 'BEGIN { print k / 1024 }'; }
printf '\n%-6s %-8s %-9s %5s %23s %23s %23s\n' medium tool build runs "wall s (med min max)" "CPU s (med min max)" "peak RSS MB (med min max)"
for medium in "${media[@]}"; do
  for row in "scrutiny cold" "hugo cold" "scrutiny noop" "hugo noop" "scrutiny firstedit" "scrutiny edit"; do
    set -- $row
    n="$(awk -v m="$medium" -v t="$1" -v k="$2" '$1 == m && $2 == t && $3 == k' "$results" | wc -l)"
    [ "$n" -gt 0 ] || continue
    read -r wm wl wh <<<"$(stats "$medium" "$1" "$2" 4)"
    read -r cm cl ch <<<"$(stats "$medium" "$1" "$2" 5)"
    read -r rm rl rh <<<"$(stats "$medium" "$1" "$2" 6)"
    printf '%-6s %-8s %-9s %5d %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.0f %7.0f %7.0f\n' "$medium" "$1" "$2" "$n" \
      "$wm" "$wl" "$wh" "$cm" "$cl" "$ch" "$(mb "$rm")" "$(mb "$rl")" "$(mb "$rh")"
  done
done
echo "pages written: scrutiny $(pages "${roots[0]}/scrutiny/public") HTML pages of $(files "${roots[0]}/scrutiny/public") files;" \
  "hugo $(pages "${roots[0]}/hugo/public") HTML pages of $(files "${roots[0]}/hugo/public") files"

if [ "$with_serve" = 1 ]; then
  echo
  echo "serve's edit-to-reload on this site:"
  SITE="${roots[0]}/scrutiny" EDIT_TIMEOUT=120 START_TIMEOUT=600 "$repo/bench/serve_reload.sh" "$bin" 5 | tail -3
fi

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r sw _ <<<"$(stats tmpfs scrutiny cold 4)"
read -r hw _ <<<"$(stats tmpfs hugo cold 4)"
read -r sr _ <<<"$(stats tmpfs scrutiny cold 6)"
read -r hr _ <<<"$(stats tmpfs hugo cold 6)"
printf 'build speed: scrutiny %.2f s vs hugo %.2f s (ratio %.2f x), peak RSS %.0f MB vs %.0f MB\n' \
  "$sw" "$hw" "$(awk -v h="$hw" -v s="$sw" 'BEGIN { print h / s }')" "$(mb "$sr")" "$(mb "$hr")"
