#!/usr/bin/env bash
# Kills the real window after an edit and checks that the next start offers
# the work back (issue 7). Needs a display server: apt-get install -y xvfb
# xdotool imagemagick. Not part of .ci/run or cargo test (CI has no
# guaranteed display); tests/ui/recovery.rs is the automated check.
#
# On its own X display (no window manager) and with fresh settings:
#  1. copy the checkout example to a temporary folder and start
#     `plinth --no-user-catalog --autosave-after 1 --open FILE`;
#  2. Ctrl+T (new candidate, "Candidate D"); wait for `.FILE.autosave` to
#     hold it; `kill -9` the window; the file itself must be unchanged;
#  3. start `plinth --no-user-catalog --open FILE` again: it must say on
#     stderr that it offers the work back; the screen is captured to
#     offer.png; Tab and Enter take the offer (the title gets the unsaved
#     mark) and Ctrl+S must write the candidate into FILE;
#  4. the same again, declining (Tab, Tab, Enter): FILE keeps what was
#     saved and the autosave is deleted.
# PLINTH_BIN overrides the binary (default: a fresh release build); OUT
# names the folder for the screenshots and logs (default: a new one).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${PLINTH_BIN:-}" ]]; then
    cargo build --release
fi
bin=$(realpath "${PLINTH_BIN:-${CARGO_TARGET_DIR:-target}/release/plinth}")
out=$(realpath "${OUT:-$(mktemp -d /tmp/plinth-kill-check.XXXXXX)}")
work=$(mktemp -d)
mkdir -p "$out" "$work/runtime" "$work/data"
chmod 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime XDG_DATA_HOME=$work/data
file=$work/checkout.ron
autosave=$work/.checkout.ron.autosave
edit='"Candidate D"'
app=
xvfb=

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cleanup() {
    [[ -n "$app" ]] && kill -9 "$app" 2>/dev/null
    [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A display nobody uses.
for n in $(seq 60 89); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
    xvfb=$!
    sleep 1
    kill -0 "$xvfb" 2>/dev/null && break
    xvfb=
done
[[ -n "$xvfb" ]] || fail "no free X display"
export DISPLAY=:$n

# wait_for SECONDS WHAT COMMAND...: polls COMMAND until it succeeds.
wait_for() {
    local limit=$1 what=$2 started=$SECONDS
    shift 2
    until "$@"; do
        ((SECONDS - started < limit)) || fail "$what (after $limit s)"
        sleep 0.2
    done
}

title() { xdotool getwindowname "$window" 2>/dev/null; }
title_is() { [[ "$(title)" == "$1" ]]; }
has_edit() { [[ -f "$1" ]] && grep -q "$edit" "$1"; }

# start LOG ARGS...: starts the window on FILE, waits for its first frame
# (the title names the file) and focuses it.
start() {
    local log=$1
    shift
    "$bin" --no-user-catalog --size 1280x800 "$@" --open "$file" 2>"$out/$log" &
    app=$!
    window=$(timeout 60 xdotool search --sync --name Plinth | head -1)
    [[ -n "$window" ]] || fail "the window did not open (see $out/$log)"
    wait_for 60 "the window did not show checkout.ron" title_is "checkout.ron — Plinth"
    xdotool windowfocus --sync "$window"
    sleep 0.5
}

# edit_and_kill: one edit, autosaved, then kill -9.
edit_and_kill() {
    cp assets/examples/checkout.ron "$file"
    ! grep -q "$edit" "$file" || fail "the example already has $edit"
    start "$1" --autosave-after 1
    xdotool key ctrl+t
    wait_for 20 "Ctrl+T did not change the workspace" title_is "● checkout.ron — Plinth"
    wait_for 30 "$autosave never held $edit" has_edit "$autosave"
    kill -9 "$app"
    wait "$app" 2>/dev/null || true
    app=
    cmp -s "$file" assets/examples/checkout.ron || fail "the kill changed $file"
    echo "ok: edit autosaved to $(basename "$autosave"), window killed, file unchanged"
}

# offered LOG: the restarted window says it offers the work back.
offered() {
    start "$1"
    wait_for 20 "no recovery offer on stderr ($out/$1)" grep -q "offering to recover" "$out/$1"
    sleep 1
    import -window root "$out/$2"
    echo "ok: $(cat "$out/$1") (screen: $out/$2)"
}

quit() {
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=
}

edit_and_kill first.log
offered second.log offer.png
xdotool key Tab Return
wait_for 20 "taking the offer did not bring back unsaved work" title_is "● checkout.ron — Plinth"
sleep 1 # the frame after the click
import -window root "$out/recovered.png"
xdotool key ctrl+s
wait_for 20 "Ctrl+S did not save the recovered work" has_edit "$file"
wait_for 20 "the autosave outlived the save" test ! -e "$autosave"
quit
echo "ok: recovered, and Ctrl+S wrote $edit into checkout.ron"

edit_and_kill third.log
offered fourth.log offer-again.png
xdotool key Tab Tab Return
wait_for 20 "declining did not delete the autosave" test ! -e "$autosave"
title_is "checkout.ron — Plinth" || fail "declined, yet the title is $(title)"
cmp -s "$file" assets/examples/checkout.ron || fail "declining changed $file"
quit
echo "ok: declined; checkout.ron is as saved and the autosave is gone"
echo "all checks passed; screenshots and logs in $out"
