#!/usr/bin/env bash
# The window's start-up time and peak memory, against a bare eframe window
# built the same way (examples/bare_window.rs: Plinth's eframe setup, an
# empty panel, the same --screenshot code). Needs: Xvfb, /usr/bin/time.
#
#   scripts/startup-memory.sh [RUNS]        # RUNS per case, default 15
#
# Cases: the bare window; plinth with no file; plinth with the largest
# example (assets/examples/, by size); plinth with a 2,000-node, 3,000-edge
# workspace written by examples/big_workspace.rs. Each round launches every
# case once (the order rotates from round to round, so that a burst of load
# from elsewhere does not land on one case), each with `--screenshot`, on
# one Xvfb display, from empty HOME and XDG folders (no user settings, no
# user catalog). Per launch, in ms after the launch:
#   first pass   the app's first `ui` pass returned (nothing painted yet)
#   first frame  the first frame was painted and presented (the next pass
#                began); the issue's "launch to first complete frame"
#   screenshot   the PNG of the frame `--screenshot` captures was written
#                (after egui's settle frames; see src/ui/screenshot.rs)
#   exit         the process is gone (the shell's clock)
# (the first three from PLINTH_STARTUP_REPORT, set to the launch time), and
#   cpu          user + system CPU seconds of the process, its threads
#                included (Mesa's llvmpipe rasterizes on threads of its own)
#   rss          peak resident memory (`/usr/bin/time -f %M`)
# Screenshot mode holds three copies of the frame at the end (the
# renderer's read-back, egui's image, the PNG's bytes: about 4 MB each at
# 1280x800), which a user's session never does; so the peak memory is also
# measured the way a user runs the window: each case opened without
# `--screenshot`, left idle for SETTLE_SECS (default 4) and then
# terminated, IDLE_RUNS times (default 3).
# The launch time is taken by the shell just before the exec, so the
# figures include exec, dynamic linking and everything before `main`.
#
# Other environment: PLINTH_BIN / BARE_BIN / BIG_BIN use given binaries instead
# of a fresh release build; OUT (default /tmp/plinth-startup) keeps the last
# PNG of each case and every raw figure (runs.tsv); DISPLAY_NUMBER (97).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
out=${OUT:-/tmp/plinth-startup}
target=${CARGO_TARGET_DIR:-target}
if [[ -z "${PLINTH_BIN:-}" || -z "${BARE_BIN:-}" || -z "${BIG_BIN:-}" ]]; then
    nice -n 10 cargo build --release --bin plinth --example bare_window --example big_workspace
fi
plinth=${PLINTH_BIN:-$target/release/plinth}
bare=${BARE_BIN:-$target/release/examples/bare_window}
big=${BIG_BIN:-$target/release/examples/big_workspace}

rm -rf "$out" && mkdir -p "$out"
scratch=$(mktemp -d)
largest=$(ls -S assets/examples/*.ron | head -1)
"$big" "$scratch/big-2000.ron" >/dev/null

# An empty home for every launch; XDG_RUNTIME_DIR must be 0700.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
    XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY

export DISPLAY=:${DISPLAY_NUMBER:-97}
Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 1
kill -0 "$xvfb" || { echo "Xvfb did not start on $DISPLAY" >&2; exit 1; }

names=(bare plinth-empty "plinth-$(basename "$largest" .ron)" plinth-2000-nodes)
commands=(
    "$bare"
    "$plinth --no-user-catalog"
    "$plinth --no-user-catalog --open $largest"
    "$plinth --no-user-catalog --open $scratch/big-2000.ron"
)

# launch CASE [FILE]: one run, appended to FILE (default runs.tsv) as
# case, first pass ms, first frame ms, screenshot ms, exit ms, cpu s, rss KB.
launch() {
    local name=${names[$1]} png=$out/${names[$1]}.png err=$scratch/stderr stats=$scratch/time
    local start end report
    rm -f "$png"
    start=$(date +%s%6N)
    # shellcheck disable=SC2086 # the command's words are meant to split
    if ! PLINTH_STARTUP_REPORT=$start /usr/bin/time -f '%U %S %M' -o "$stats" \
        ${commands[$1]} --screenshot "$png" 2>"$err"; then
        echo "$name failed:" >&2 && cat "$err" >&2 && exit 1
    fi
    end=$(date +%s%6N)
    report=$(grep '^startup-report ' "$err") || { echo "$name: no report" >&2 && cat "$err" >&2 && exit 1; }
    [[ -s "$png" ]] || { echo "$name: no screenshot" >&2 && exit 1; }
    value() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$report"; }
    local pass frame shot
    pass=$(value first_pass_ms) frame=$(value first_frame_ms) shot=$(value screenshot_ms)
    [[ -n "$pass" && -n "$frame" && -n "$shot" ]] || { echo "$name: incomplete report: $report" >&2 && exit 1; }
    awk -v row="$name\t$pass\t$frame\t$shot\t$(( (end - start) / 1000 ))" \
        '{ printf "%s\t%.2f\t%d\n", row, $1 + $2, $3 }' "$stats" >>"${2:-$out/runs.tsv}"
}

# idle_rss CASE: the window as a user opens it, settled, then terminated;
# appends case and peak RSS KB to idle-rss.tsv.
idle_rss() {
    local name=${names[$1]} stats=$scratch/idle-time timer app
    # shellcheck disable=SC2086 # the command's words are meant to split
    /usr/bin/time -f '%M' -o "$stats" ${commands[$1]} 2>"$scratch/stderr" &
    timer=$!
    sleep "${SETTLE_SECS:-4}"
    app=$(pgrep -P "$timer") && kill "$app" ||
        { echo "$name exited before it was measured:" >&2 && cat "$scratch/stderr" >&2 && exit 1; }
    wait "$timer" || true
    printf '%s\t%s\n' "$name" "$(tail -1 "$stats")" >>"$out/idle-rss.tsv"
}

# One round first, not counted: the first launches read everything from
# disk.
for ((i = 0; i < ${#names[@]}; i++)); do
    launch "$i" "$out/warm-up.tsv"
done
echo "$runs rounds of ${#names[@]} launches; load: $(uptime | sed 's/.*load/load/')" >&2
for ((round = 0; round < runs; round++)); do
    for ((i = 0; i < ${#names[@]}; i++)); do
        launch $(( (round + i) % ${#names[@]} ))
    done
    printf '.' >&2
done
echo " done; load: $(uptime | sed 's/.*load/load/')" >&2

echo "${IDLE_RUNS:-3} rounds of idle windows for their memory" >&2
for ((round = 0; round < ${IDLE_RUNS:-3}; round++)); do
    for ((i = 0; i < ${#names[@]}; i++)); do
        idle_rss "$i"
    done
done

# column NAME COLUMN: the sorted figures of one case.
column() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$out/runs.tsv" | sort -g; }
median() { awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); print (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'; }
summary() { # NAME COLUMN: "median (min-max)"
    local sorted
    sorted=$(column "$1" "$2")
    printf '%s (%s-%s)' "$(median <<<"$sorted")" "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "medians of $runs runs (min-max); times in ms after the launch, cpu in s"
printf '%-20s | %-20s | %-20s | %-20s | %-16s | %-13s | %s\n' case "first frame" \
    screenshot exit cpu "peak rss (MB)" "first frame, screenshot, exit / bare"
for name in "${names[@]}"; do
    rss=$(column "$name" 7 | awk '{ printf "%.0f\n", $1 / 1024 }' | sort -g)
    printf '%-20s | %-20s | %-20s | %-20s | %-16s | %-13s | %s %s %s\n' "$name" \
        "$(summary "$name" 3)" "$(summary "$name" 4)" "$(summary "$name" 5)" \
        "$(summary "$name" 6)" "$(median <<<"$rss") ($(head -1 <<<"$rss")-$(tail -1 <<<"$rss"))" \
        "$(ratio "$(column "$name" 3 | median)" "$(column bare 3 | median)")" \
        "$(ratio "$(column "$name" 4 | median)" "$(column bare 4 | median)")" \
        "$(ratio "$(column "$name" 5 | median)" "$(column bare 5 | median)")"
done
echo
echo "peak rss (MB) of the window opened without --screenshot, idle, then terminated:"
for name in "${names[@]}"; do
    printf '%-20s | %s\n' "$name" "$(awk -F'\t' -v n="$name" '$1 == n { printf "%.0f ", $2 / 1024 }' "$out/idle-rss.tsv")"
done
echo "raw figures (case, first pass, first frame, screenshot, exit, cpu, rss KB): $out/runs.tsv"
echo "last screenshot of each case: $out/*.png"
