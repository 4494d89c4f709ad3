#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan + libFuzzer) into
# build-fuzz/ and runs each for SECONDS (default 60), seeded from ../shared/corpus and the
# test data (tests/fuzz/fuzzseeds.py), with the YAML or JSON dictionary. What a target finds
# (crash, hang over 5 s, leak, out of memory) is kept in build-fuzz/findings/TARGET/; fix it
# and add the input to a regression _data() table (and to tests/fuzz/regressions/TARGET/).
# Called by `packaging/setup.sh fuzz [SECONDS]`, which installs clang first.
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "$0")/.."
build=${PS_FUZZ_BUILD_DIR:-build-fuzz}
shared=${PS_SHARED_DIR:-$(cd .. && pwd)/shared}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPS_FUZZ=ON -DPS_BUILD_TESTS=OFF \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target ps_fuzzers
rm -rf "$build/seeds"
python3 tests/fuzz/fuzzseeds.py "$build/seeds" "$shared"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
targets=0
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -x "$target" ] && [ -f "$target" ] || continue
    name=$(basename "$target")
    targets=$((targets + 1))
    dict=()
    case "$name" in
    fuzz_prometheus) dict=(-dict=tests/fuzz/json.dict) ;;
    fuzz_pipelinefile|fuzz_native|fuzz_argo|fuzz_kfpir|fuzz_kfpv1|fuzz_elyra|fuzz_kubeconfig) dict=(-dict=tests/fuzz/yaml.dict) ;;
    esac
    mkdir -p "$build/corpus/$name" "$build/findings/$name" "$build/seeds/$name"
    log="$build/findings/$name.log"
    echo "fuzzing $name for ${seconds}s"
    if ! "$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$build/findings/$name/" "${dict[@]}" \
            "$build/corpus/$name" "$build/seeds/$name" >"$log" 2>&1; then
        failed+=("$name")
        echo "  FAILED: $(grep -m1 -E 'ERROR|SUMMARY|timeout|out-of-memory' "$log" || tail -1 "$log")"
        ls "$build/findings/$name" | sed 's/^/  input: /'
    else
        grep -E '^stat::number_of_executed_units' "$log" | sed "s/^/  /" || true
    fi
done
echo "fuzz: $targets targets, $((targets - ${#failed[@]})) clean, ${#failed[@]} failed ${failed[*]:-}"
[ "${#failed[@]}" -eq 0 ]
