#!/usr/bin/env bash
# Fuzzes one NewsParsing target with AFL++ and SharpFuzz (README "Fuzzing").
#   tests/NewsParsing.Fuzz/fuzz.sh text|html [seconds]      default 600 seconds
# Needs afl-fuzz (Debian: apt-get install afl++) and sharpfuzz on PATH
# (dotnet tool install --tool-path /tmp/tools SharpFuzz.CommandLine; PATH=/tmp/tools:$PATH).
# Seeds: seeds/*.txt plus tests/NewsParsing.Fuzz/corpus/<target>/. Crashes and hangs are copied to
# tests/NewsParsing.Fuzz/crashes/<target>/, which the test suite replays (Robustness/FuzzReplayTests.cs).
set -euo pipefail
target=${1:?usage: fuzz.sh text|html [seconds]}
seconds=${2:-600}
case "$target" in text|html) ;; *) echo "target must be text or html" >&2; exit 2 ;; esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-/tmp/newsparsing-fuzz}/$target

rm -rf "$work/bin" "$work/in"
mkdir -p "$work/in" "$here/crashes/$target"
# Release build in a private folder: SharpFuzz rewrites the library in place, never the one tests use.
dotnet publish "$here/NewsParsing.Fuzz.csproj" -c Release -o "$work/bin" -v quiet -nologo
sharpfuzz "$work/bin/NewsParsing.dll"
cp "$root"/seeds/*.txt "$here/corpus/$target"/* "$work/in/"

# dotnet itself is not AFL-instrumented (SharpFuzz instruments the library), hence AFL_SKIP_BIN_CHECK.
# -t 10000: a run restarting the runtime after a crash is slow on a shared machine; real hangs go far beyond.
resume=-; [ -d "$work/out/default/queue" ] || resume="$work/in"
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  afl-fuzz -V "$seconds" -t 10000 -m none -i "$resume" -o "$work/out" -- dotnet "$work/bin/NewsParsing.Fuzz.dll" "$target" || true

stats="$work/out/default/fuzzer_stats"
for kind in crashes hangs; do
  for f in "$work/out/default/$kind"/id*; do
    [ -f "$f" ] || continue
    cp "$f" "$here/crashes/$target/$kind-$(sha1sum "$f" | cut -c1-16)"
  done
done
[ -f "$stats" ] && grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
