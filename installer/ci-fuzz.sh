#!/usr/bin/env bash
# Runs every libFuzzer target of a build with RR_FUZZ=ON (installer/ci-sanitize.sh
# makes one) for a bounded time, on a copy of its seed corpus in a temporary
# folder (the repository is never written), two targets at a time on two
# cores. Fails when a target finds a crash, a sanitizer report, a broken
# invariant, a time-out or too much memory, and prints the reproducer's path.
#   installer/ci-fuzz.sh [BUILD_DIR] [SECONDS]   (default build-sanitize, 60 s each)
#   RR_FUZZ_JOBS=N      targets run at the same time (default: the number of cores)
#   RR_FUZZ_ONLY=NAME   one target (csv_reader, xlsx_reader, ...)
# docs/FUZZING.md says how to reproduce a finding and how to run one locally.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build-sanitize}" && pwd)
seconds=${2:-60}
jobs=${RR_FUZZ_JOBS:-$(nproc)}
source "$src/installer/sanitizer-env.sh"
# libFuzzer reports leaks itself, per input; keep its own exit codes.
export ASAN_OPTIONS="$ASAN_OPTIONS:abort_on_error=0"

mapfile -t targets < <(find "$build/tests/fuzz" -maxdepth 1 -type f -perm -u+x -name 'fuzz_*' | sort)
[[ -n "${RR_FUZZ_ONLY:-}" ]] && mapfile -t targets < <(printf '%s\n' "${targets[@]}" | grep "/fuzz_${RR_FUZZ_ONLY}\$")
((${#targets[@]})) || { echo "ci-fuzz: no fuzz targets in $build/tests/fuzz (configure with RR_FUZZ=ON)" >&2; exit 2; }
work=$(mktemp -d /tmp/rr-fuzz.XXXXXX)

run_one() { # TARGET: fuzz it; its folder in $work keeps the log and any reproducer
  local exe=$1 name dir status=0
  name=$(basename "$exe"); name=${name#fuzz_}
  dir="$work/$name"; mkdir -p "$dir/corpus" "$dir/found"
  [[ -d "$src/tests/fuzz/corpus/$name" ]] && cp -r "$src/tests/fuzz/corpus/$name/." "$dir/corpus/"
  local dict=()
  [[ -f "$src/tests/fuzz/fuzz_$name.dict" ]] && dict=(-dict="$src/tests/fuzz/fuzz_$name.dict")
  # -timeout: one input taking 10 s is a finding (the readers must stay linear);
  # -rss_limit_mb: so is one that makes the process grow past 2 GB.
  "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$dir/found/" "${dict[@]}" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
  echo "$status" > "$dir/status"
}
export -f run_one; export work src seconds
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$1"' _ {}

failed=0
for exe in "${targets[@]}"; do
  name=$(basename "$exe"); name=${name#fuzz_}; dir="$work/$name"
  status=$(cat "$dir/status")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$dir/log" | tail -1 || true)
  mapfile -t found < <(find "$dir/found" -type f | sort)
  if [[ "$status" != 0 || ${#found[@]} -gt 0 ]]; then
    failed=1
    echo "FAIL fuzz_$name (exit $status, ${runs:-?} runs):"
    grep -E 'ERROR|runtime error|invariant broken|SUMMARY|Test unit written|timeout|out-of-memory' "$dir/log" | head -20 || true
    for f in "${found[@]}"; do echo "  reproducer: $f (run: $exe $f)"; done
    echo "  log: $dir/log"
  else
    echo "ok   fuzz_$name: ${runs:-?} runs in ${seconds} s, ${cov:-cov ?}, corpus $(ls "$dir/corpus" | wc -l) files"
  fi
done
if ((failed)); then
  echo "ci-fuzz: FAILED; the reproducers and logs are kept in $work"
  exit 1
fi
rm -rf "$work"
echo "ci-fuzz: passed"
