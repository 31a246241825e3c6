#!/usr/bin/env bash
# Shows that the CLI works with no network at all: runs its smoke commands
# inside a network namespace that has no interface but a downed loopback
# (`unshare -n`, needs root or user namespaces) and fails if any command
# fails. Where strace is installed, it also fails if any command so much as
# opens an internet socket (AF_INET/AF_INET6).
#
#   scripts/offline-check.sh            # builds the CLI without the window
#   PLINTH=path/to/plinth scripts/offline-check.sh
#   WITH_WINDOW=1 PLINTH=target/release/plinth scripts/offline-check.sh
#                                       # also the window, under Xvfb
#
# `cargo test` runs the same CLI check (tests/it/offline.rs); this script
# is for a release binary and for the window.
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

# The window too, when a display server can be started (Xvfb) and the
# binary has the window (the default build): it opens the checkout example,
# writes a screenshot and quits, with no network. X11 is reached through its
# socket file; only AF_UNIX sockets are allowed.
if [ -n "${WITH_WINDOW:-}" ] && command -v Xvfb >/dev/null; then
    display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    if DISPLAY="$display" HOME="$work" unshare -n "${trace[@]}" "$PLINTH" --no-user-catalog \
        --screenshot "$work/window.png" --open "$example" 2> "$work/err" \
        && [ -s "$work/window.png" ] \
        && { [ "${#trace[@]}" -eq 0 ] || ! grep -E 'AF_INET6?' "$work/trace" >/dev/null; }; then
        echo "ok   plinth --screenshot (the window, $(wc -c < "$work/window.png") byte PNG)"
    else
        echo "FAIL (offline): the window" >&2
        cat "$work/err" >&2
        failed=1
    fi
    kill "$xvfb" 2>/dev/null || true
fi

if [ "$failed" -ne 0 ]; then
    echo "offline-check: some commands failed without a network" >&2
    exit 1
fi
echo "offline-check: ${#commands[@]} commands ran without a network${trace:+ and opened no internet socket}"
