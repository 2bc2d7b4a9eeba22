#!/bin/sh
# clang-tidy (the checks of .clang-tidy) on the product's C++ sources that the last commit and the
# work tree change; any warning in product code fails (test code is held to the compiler's
# warnings). Usage: run-clang-tidy.sh CLANG_TIDY SOURCE_DIR BUILD_DIR.
# Debian 12's clang-tidy 16 is used: clang-tidy 14 cannot parse libstdc++'s std::source_location.
# Exit 77 (skipped) only for a tree without git history (an unpacked tarball).
set -eu
tidy=$1
src=$2
build=$3
cd "$src"
git rev-parse -q --verify HEAD >/dev/null 2>&1 || { echo "no git history: skipped"; exit 77; }
base=$(git rev-parse -q --verify HEAD~1 || true)
changed=$( { if [ -n "$base" ]; then git diff --name-only "$base" HEAD; fi; git diff --name-only HEAD; } \
    | grep -E '\.cpp$' | grep -v '^tests/' | sort -u || true)
files=""
for f in $changed; do
    [ -f "$f" ] || continue
    grep -q "\"file\": \"$src/$f\"" "$build/compile_commands.json" && files="$files $f"
done
if [ -z "$files" ]; then
    echo "no changed C++ sources in this build"
    exit 0
fi
# A merge can change many files, and one Qt source takes clang-tidy 20 s or more here: the suite's
# time is bounded (CHECKIN_TIDY_MAX, default 6; set it higher to check them all).
max=${CHECKIN_TIDY_MAX:-6}
count=$(echo $files | wc -w)
if [ "$count" -gt "$max" ]; then
    echo "$count changed sources; checking the first $max (CHECKIN_TIDY_MAX=$count for all)"
    files=$(echo $files | tr ' ' '\n' | head -n "$max" | tr '\n' ' ')
fi
echo "$tidy on: $files"
# shellcheck disable=SC2086
out=$(printf '%s\n' $files | xargs -P 2 -n 1 nice "$tidy" -p "$build" --quiet 2>/dev/null \
    | grep -E '^/.*(warning|error):' | grep -v "^$src/tests/" | sort -u || true)
if [ -n "$out" ]; then
    echo "$out"
    exit 1
fi
echo "clean"
