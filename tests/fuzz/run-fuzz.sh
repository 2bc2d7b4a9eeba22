#!/bin/sh
# Builds the libFuzzer targets listed in tests/fuzz/targets.cmake with clang (the `fuzz` preset, in a
# build directory of its own) and runs them for a bounded time. Exit 77 (skipped) without clang.
#   run-fuzz.sh build SOURCE_DIR BUILD_DIR               configure when needed, build every target
#   run-fuzz.sh run SOURCE_DIR BUILD_DIR TARGET SECONDS  fuzz one target (the default suite: Fuzz.TARGET)
#   run-fuzz.sh all SOURCE_DIR BUILD_DIR SECONDS         fuzz every target in turn (`make fuzz`)
# Seeds are read from tests/fuzz/corpus/TARGET and never written; new inputs go to
# BUILD_DIR/fuzz-corpus/TARGET, crashing inputs to BUILD_DIR/fuzz-artifacts/TARGET.
set -eu
mode=$1
src=$(cd "$2" && pwd)
build=$3
if ! command -v clang++-16 >/dev/null 2>&1; then
    echo "clang++-16 (the fuzz preset's compiler) is not installed: fuzzing skipped"
    exit 77
fi
mkdir -p "$build"
build=$(cd "$build" && pwd)

run_one() { # TARGET SECONDS
    target=$1
    seconds=$2
    bin="$build/bin/$target"
    if [ ! -x "$bin" ]; then
        echo "$bin is missing: run '$0 build $src $build' first"
        return 1
    fi
    max_len=$(awk -v t="$target" '$1 == t { print $2 }' "$build/fuzz-targets.txt")
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    log="$build/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$build/fuzz-logs"
    before=$(find "$artifacts" -type f | wc -l)
    status=0
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len:-4096}" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$src/tests/fuzz/corpus/$target" \
        2>"$log" || status=$?
    [ "$status" = 0 ] || tail -n 60 "$log"
    echo "$target: $(grep -E '^#[0-9]+.*DONE' "$log" || echo 'no final line')"
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$log" | sed "s/^/$target: /" || true
    echo "$target: new crash inputs: $(($(find "$artifacts" -type f | wc -l) - before)) (in $artifacts)"
    return $status
}

case $mode in
build)
    if [ ! -f "$build/build.ninja" ]; then
        launcher=""
        command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
        (cd "$src" && cmake --preset fuzz -B "$build" $launcher >"$build/configure.log" 2>&1) \
            || { cat "$build/configure.log"; exit 1; }
    fi
    nice cmake --build "$build" --target fuzz_targets -j "${JOBS:-2}"
    ;;
run)
    run_one "$4" "$5"
    ;;
all)
    failed=""
    for target in $(awk '{ print $1 }' "$build/fuzz-targets.txt"); do
        run_one "$target" "$4" || failed="$failed $target"
    done
    if [ -n "$failed" ]; then
        echo "failed:$failed"
        exit 1
    fi
    ;;
*)
    echo "usage: $0 build|run|all SOURCE_DIR BUILD_DIR [TARGET] [SECONDS]"
    exit 2
    ;;
esac
