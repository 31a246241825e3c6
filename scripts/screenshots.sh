#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the real window under Xvfb, with
# `plinth --screenshot` (first complete frame, then quit).
# Needs: apt-get install -y xvfb
#
# Each shot starts from a fresh settings folder (XDG_DATA_HOME) holding the
# state the window restores: theme, open pattern page, and where the example
# file was left (candidate tab, selected nodes). PLINTH_BIN overrides the
# binary (default: a fresh release build).
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

# shot NAME SETTINGS: SETTINGS is the window's settings in RON, with its
# quotes escaped (it is stored as a string inside eframe's app.ron).
shot() {
    local data
    data=$(mktemp -d)
    mkdir -p "$data/plinth"
    printf '{"app": "%s"}\n' "$2" >"$data/plinth/app.ron"
    # A screen larger than the window keeps Xvfb's pointer (at the centre of
    # the screen) off the window, so nothing is drawn hovered.
    XDG_DATA_HOME=$data xvfb-run -a -s "-screen 0 3600x2400x24" \
        "$bin" --no-user-catalog --open "$checkout" --size "$size" --screenshot "$out/$1.png"
    rm -rf "$data"
    echo "wrote $out/$1.png"
}

view() { # candidate id, selected node ids: where the checkout example was left
    printf 'recent: [\\"%s\\"], views: {\\"%s\\": (candidate: Some(%s), selection: [%s])}' \
        "$checkout" "$checkout" "$1" "$2"
}

shot canvas-checkout "(theme: light, $(view 1 ''))"
shot pattern-page "(theme: light, open_pattern: Some(\\\"saga\\\"), $(view 1 ''))"
shot inspector-node "(theme: light, $(view 3 303))"
