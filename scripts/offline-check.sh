#!/usr/bin/env bash
# Shows that the CLI works with no network at all: runs its smoke commands
# inside a network namespace that has no interface but a downed loopback
# (`unshare -n`, needs root or user namespaces) and fails if any command
# fails. Where strace is installed, it also fails if any command so much as
# opens an internet socket (AF_INET/AF_INET6).
#
#   scripts/offline-check.sh            # builds the CLI without the window
#   PLINTH=path/to/plinth scripts/offline-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PLINTH:-}" ]; then
    cargo build --quiet --no-default-features --bin plinth
    target="${CARGO_TARGET_DIR:-target}"
    PLINTH="$target/debug/plinth"
fi
PLINTH="$(realpath "$PLINTH")"

if ! unshare -n true 2>/dev/null; then
    echo "offline-check: cannot create a network namespace (unshare -n); run as root" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
example=assets/examples/checkout.ron
"$PLINTH" --no-user-catalog export mermaid "$example" > "$work/checkout.mmd"

commands=(
    "catalog list"
    "catalog show saga"
    "catalog validate"
    "score $example"
    "check $example"
    "check $work/checkout.mmd"
    "export adr --stdout --dialect madr --date 2026-01-01 $example"
    "export adr --stdout --dialect log4brains --date 2026-01-01 $example"
    "export adr --stdout --dialect nygard --date 2026-01-01 $example"
    "export mermaid $example"
    "export table $example"
    "import mermaid $work/checkout.mmd"
    "new --example startup $work/new.ron"
    "adr doctor $work"
)

trace=()
if command -v strace >/dev/null; then
    trace=(strace -f -qq -e trace=socket,connect -o "$work/trace")
fi

failed=0
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086  # each command is split into words on purpose
    if ! unshare -n "${trace[@]}" "$PLINTH" --no-user-catalog $command > "$work/out" 2> "$work/err"; then
        echo "FAIL (offline): plinth $command" >&2
        cat "$work/err" >&2
        failed=1
        continue
    fi
    if [ "${#trace[@]}" -gt 0 ] && grep -E 'AF_INET6?|connect\(' "$work/trace" >/dev/null; then
        echo "FAIL (network use): plinth $command" >&2
        grep -E 'AF_INET6?|connect\(' "$work/trace" >&2
        failed=1
        continue
    fi
    echo "ok   plinth $command"
done

if [ "$failed" -ne 0 ]; then
    echo "offline-check: some commands failed without a network" >&2
    exit 1
fi
echo "offline-check: ${#commands[@]} commands ran without a network${trace:+ and opened no internet socket}"
