#!/usr/bin/env bash
# Reruns every fuzz target of fuzz/ for a number of seconds each (default 600),
# one after the other, at the lowest CPU priority. Needs the nightly toolchain;
# installs cargo-fuzz when it is missing.
#
#   scripts/fuzz.sh            # every target, 600 s each
#   scripts/fuzz.sh 60         # every target, 60 s each
#   scripts/fuzz.sh 60 mermaid # one target
#
# New inputs that reach new code land in fuzz/corpus/<target>/; shrink them
# afterwards with `cargo +nightly fuzz cmin <target> fuzz/corpus/<target>`.
# A crash stops the run and leaves its input in fuzz/artifacts/<target>/.
set -euo pipefail

seconds="${1:-600}"
shift || true
cd "$(dirname "$0")/../fuzz"

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz.sh: the nightly toolchain is needed (rustup toolchain install nightly)" >&2
    exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

nice -n 19 cargo +nightly fuzz build
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    echo "== $target: ${seconds}s"
    nice -n 19 cargo +nightly fuzz run "$target" "corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1
done
