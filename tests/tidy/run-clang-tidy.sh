#!/bin/sh
# clang-tidy (the checks of .clang-tidy) on the C++ sources the last commit and the work tree change;
# any warning in our code fails. Usage: run-clang-tidy.sh SOURCE_DIR BUILD_DIR. Exit 77 (skipped)
# without clang-tidy or git history.
set -eu
src=$1
build=$2
command -v clang-tidy >/dev/null 2>&1 || { echo "clang-tidy is not installed: skipped"; exit 77; }
cd "$src"
git rev-parse -q --verify HEAD >/dev/null 2>&1 || { echo "no git history: skipped"; exit 77; }
base=$(git rev-parse -q --verify HEAD~1 || true)
changed=$( { if [ -n "$base" ]; then git diff --name-only "$base" HEAD; fi; git diff --name-only HEAD; } \
    | grep -E '\.cpp$' | sort -u)
files=""
for f in $changed; do
    [ -f "$f" ] || continue
    grep -q "\"file\": \"$src/$f\"" "$build/compile_commands.json" && files="$files $f"
done
if [ -z "$files" ]; then
    echo "no changed C++ sources in this build"
    exit 0
fi
# A merge can change many files; the suite's time is bounded (CHECKIN_TIDY_MAX, default 16).
max=${CHECKIN_TIDY_MAX:-16}
count=$(echo $files | wc -w)
if [ "$count" -gt "$max" ]; then
    echo "$count changed sources; checking the first $max (CHECKIN_TIDY_MAX=$count for all)"
    files=$(echo $files | tr ' ' '\n' | head -n "$max" | tr '\n' ' ')
fi
echo "clang-tidy on: $files"
# shellcheck disable=SC2086
out=$(nice clang-tidy -p "$build" --quiet $files 2>/dev/null | grep -E '^/.*(warning|error):' || true)
if [ -n "$out" ]; then
    echo "$out"
    exit 1
fi
echo "clean"
