#!/bin/sh
# Builds the booking-code fuzz target with clang (when missing or stale) and runs it for a bounded
# time. Usage: run-fuzz.sh SOURCE_DIR WORK_DIR SECONDS. Exit 77 (skipped) without clang.
# Used by the default test suite (20 s) and `make fuzz` / `make soak` (longer).
set -eu
src=$1
work=$2
seconds=$3
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ is not installed: fuzz run skipped"
    exit 77
fi
mkdir -p "$work/corpus" "$work/artifacts"
bin="$work/bookingcode_fuzz"
sources="tests/fuzz/bookingcode_fuzz.cpp terminal/codes/base45.cpp terminal/codes/bookingcode.cpp
terminal/codes/signingkey.cpp terminal/codes/keylist.cpp terminal/core/policy.cpp"
stale=0
[ -x "$bin" ] || stale=1
for f in $sources terminal/codes/*.h terminal/core/policy.h; do
    [ "$src/$f" -nt "$bin" ] && stale=1
done
if [ "$stale" = 1 ]; then
    echo "building $bin with clang++ (libFuzzer, ASan, UBSan)"
    # shellcheck disable=SC2046
    nice clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
        -I"$src" $(for f in $sources; do printf '%s ' "$src/$f"; done) \
        $(pkg-config --cflags --libs libsodium) -o "$bin.tmp"
    mv "$bin.tmp" "$bin"
fi
# New inputs go to the work corpus; the seeds in the source tree are only read.
status=0
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$src/tests/fuzz/corpus" 2>"$work/last-run.log" || status=$?
[ "$status" = 0 ] || tail -n 40 "$work/last-run.log"
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)" "$work/last-run.log" || true
echo "crashes found: $(find "$work/artifacts" -type f | wc -l)"
exit $status
