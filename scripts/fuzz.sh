#!/usr/bin/env bash
# Konnect Desk: build the libFuzzer targets (fuzz preset) and run each for a while.
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
# Seeds are konnect-sim's real answers, written afresh into build/fuzz/seeds; what libFuzzer
# finds is kept in build/fuzz/corpus and crashes in build/fuzz/artifacts. The inputs of fixed
# crashes in tests/fuzz/regressions replay first. Exits non-zero on any crash or hang.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_json_decoders fuzz_metrics_result fuzz_error_response fuzz_snapshot_codec
        fuzz_endpoint_template fuzz_sim_request_parser fuzz_sim_respond)
fi

if [ ! -f build/fuzz/build.ninja ]; then
    cmake --preset fuzz
fi
cmake --build --preset fuzz

out=build/fuzz
rm -rf "$out/seeds"
"$out/tests/fuzz/fuzz_seed_corpus" "$out/seeds"
mkdir -p "$out/artifacts"

# Dictionaries of tests/fuzz/dict that each target's input is made of.
dictionaries() {
    case "$1" in
    fuzz_endpoint_template | fuzz_sim_request_parser) echo url ;;
    fuzz_sim_respond) echo json konnect url ;;
    *) echo json konnect ;;
    esac
}

export UBSAN_OPTIONS=print_stacktrace=1
mkdir -p "$out/dict"
failed=()
for target in "${targets[@]}"; do
    mkdir -p "$out/corpus/$target" "$out/seeds/$target"
    dict="$out/dict/$target.dict"
    for name in $(dictionaries "$target"); do cat "tests/fuzz/dict/$name.dict"; done >"$dict"
    corpora=("$out/corpus/$target" "$out/seeds/$target")
    [ -d "tests/fuzz/regressions/$target" ] && corpora+=("tests/fuzz/regressions/$target")
    log="$out/artifacts/$target.log"
    echo "== $target: ${seconds}s"
    if "$out/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -dict="$dict" -artifact_prefix="$out/artifacts/$target-" "${corpora[@]}" >"$log" 2>&1; then
        grep -E '[[:space:]]DONE |^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
    else
        tail -n 40 "$log"
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]} (inputs and logs in $out/artifacts)" >&2
    exit 1
fi
