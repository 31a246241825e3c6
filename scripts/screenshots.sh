#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the real window under Xvfb.
# Needs: apt-get install -y xvfb imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release
out=docs/screenshots
mkdir -p "$out"
export XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR"
display=:87
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
./target/release/plinth --no-user-catalog >/dev/null 2>&1 &
app=$!
sleep 4
import -window root "$out/catalog-browser.png"
# Open the RAG Architecture page (tenth entry of the AI group).
xdotool mousemove 70 385 click 1
sleep 1
import -window root "$out/pattern-page.png"
echo "wrote $out/catalog-browser.png and $out/pattern-page.png"
