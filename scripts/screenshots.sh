#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the real window under Xvfb.
# Needs: apt-get install -y xvfb xdotool imagemagick
#
# Two kinds of shot. `shot` runs `plinth --screenshot` (first complete
# frame, then quit) from a fresh settings folder (XDG_DATA_HOME) holding the
# state the window restores: theme, tabs, open pattern page, and where the
# example file was left (candidate tab, selected nodes). `live` starts the
# window on its own X display, clicks and types with xdotool (what a user
# does: a comparison cell, a review finding, Ctrl+E), then captures the
# screen with ImageMagick's `import`. PLINTH_BIN overrides the binary
# (default: a fresh release build); ONLY=NAME (a glob) takes only those shots.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${PLINTH_BIN:-}" ]]; then
    cargo build --release
fi
bin=${PLINTH_BIN:-./target/release/plinth}
out=docs/screenshots
size=1600x1000
mkdir -p "$out"
export XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR"
checkout=$(realpath assets/examples/checkout.ron)
startup=$(realpath assets/examples/startup.ron)

# The export shot's workspace sits in a folder with two earlier ADRs that
# share a number, as two branches merged in git leave them.
demo=/tmp/plinth-demo
rm -rf "$demo" && mkdir -p "$demo/docs/decisions"
cp assets/examples/checkout.ron "$demo/checkout.ron"
adr() { printf -- '---\nstatus: accepted\ndate: %s\n---\n# %s\n' "$2" "$3" >"$demo/docs/decisions/$1"; }
adr 0001-use-postgresql-for-orders.md 2025-01-10 "Use PostgreSQL for orders"
adr 0002-publish-events-through-kafka.md 2025-03-02 "Publish events through Kafka"
adr 0002-keep-payments-in-their-own-service.md 2025-03-04 "Keep payments in their own service"

# settings FILE SETTINGS: the window's settings in RON, with its quotes
# escaped (eframe stores them as a string inside its app.ron).
settings() {
    local data
    data=$(mktemp -d)
    mkdir -p "$data/plinth"
    printf '{"app": "%s"}\n' "$2" >"$data/plinth/app.ron"
    echo "$data"
}

# shot NAME WORKSPACE SETTINGS [ARGS...]; SHOT_SIZE=WxH for another window size.
shot() {
    [[ -n "${ONLY:-}" && "$1" != $ONLY ]] && return 0
    local name=$1 workspace=$2 data
    data=$(settings "$name" "$3")
    shift 3
    # A screen larger than the window keeps Xvfb's pointer (at the centre of
    # the screen) off the window, so nothing is drawn hovered.
    XDG_DATA_HOME=$data xvfb-run -a -s "-screen 0 3600x2400x24" \
        "$bin" --no-user-catalog --open "$workspace" --size "${SHOT_SIZE:-$size}" \
        --screenshot "$out/$name.png" "$@"
    rm -rf "$data"
    echo "wrote $out/$name.png"
}

# live NAME WORKSPACE SETTINGS XDOTOOL-COMMANDS: the screen is the window's
# size, and the window (no window manager) sits at its top-left corner.
live() {
    [[ -n "${ONLY:-}" && "$1" != $ONLY ]] && return 0
    local name=$1 workspace=$2 data display=:87
    data=$(settings "$name" "$3")
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    DISPLAY=$display XDG_DATA_HOME=$data \
        "$bin" --no-user-catalog --open "$workspace" --size "$size" &
    local app=$!
    local window
    window=$(DISPLAY=$display xdotool search --sync --name Plinth | head -1)
    sleep 2
    DISPLAY=$display xdotool windowfocus --sync "$window"
    DISPLAY=$display bash -c "$4"
    # The pointer rests on an empty spot of the canvas, hovering nothing.
    DISPLAY=$display xdotool mousemove 1290 130
    sleep 1.5
    DISPLAY=$display import -window root "$out/$name.png"
    kill "$app" && wait "$app" || true
    kill "$xvfb" && wait "$xvfb" || true
    rm -rf "$data"
    echo "wrote $out/$name.png"
}

view() { # FILE, candidate id, selected node ids: where the file was left
    printf 'recent: [\\"%s\\"], views: {\\"%s\\": (candidate: Some(%s), selection: [%s])}' \
        "$1" "$1" "$2" "$3"
}

shot canvas-checkout "$checkout" "(theme: light, $(view "$checkout" 1 ''))"
shot pattern-page "$checkout" "(theme: light, open_pattern: Some(\\\"saga\\\"), $(view "$checkout" 1 ''))"
shot inspector-node "$checkout" "(theme: light, $(view "$checkout" 3 303))"
shot sensitivity "$startup" "(theme: light, analysis_tab: sensitivity, side_tab: context, show_catalog: false)"
shot presentation "$checkout" "(theme: light)" --present
# A video call's 1280x720: node titles at least 16 px, so the checkout's
# first candidate is walked part by part (the map in the corner); and the
# editing window at that size.
SHOT_SIZE=1280x720 shot presentation-720 "$checkout" "(theme: light)" --present
SHOT_SIZE=1280x720 shot canvas-720 "$checkout" "(theme: light, $(view "$checkout" 1 ''))"
# 2,000 nodes and 3,000 edges zoomed to fit: the canvas far out is one
# picture painted on the CPU (src/ui/canvas/far.rs).
if [[ -z "${ONLY:-}" || canvas-2000-nodes == $ONLY ]]; then
    big=/tmp/plinth-big-2000.ron
    cargo run --quiet --release --example big_workspace -- "$big" >/dev/null
    shot canvas-2000-nodes "$big" "(theme: light)"
fi

# click X Y: move, let the window see the pointer, click.
click='click() { xdotool mousemove "$1" "$2"; sleep 0.3; xdotool click 1; sleep 0.5; }'

# The comparison with the cell "Quality attributes, Synchronous checkout" open.
live comparison "$checkout" "(theme: light, side_tab: context, show_catalog: false)" \
    "$click; click 714 911"
# A review finding of the synchronous candidate chosen: its nodes
# selected, ringed and framed.
live review "$checkout" "(theme: light, analysis_tab: review, $(view "$checkout" 2 ''))" \
    "$click; click 700 770"
live export-adr "$demo/checkout.ron" "(theme: light)" \
    "xdotool key ctrl+e"
# Saving over a file that another program changed since it was opened: the
# window asks first (Ctrl+T adds a candidate, then the file is replaced).
cp assets/examples/checkout.ron "$demo/plan.ron"
live disk-conflict "$demo/plan.ron" "(theme: light)" \
    "xdotool key ctrl+t; sleep 0.5; cp '$startup' '$demo/plan.ron'; xdotool key ctrl+s"
