#!/usr/bin/env bash
# Writes the SVG picture of every candidate of every example
# (`plinth export svg`) and opens each in headless Chromium: fails on any
# console error or warning, page error, or request for anything but the
# file itself (the picture must need no font, image or style from outside).
# Saves a PNG screenshot of each as the browser shows it.
#
# Needs: apt-get install -y chromium nodejs npm
# playwright-core (the driver only; it uses /usr/bin/chromium, downloads no
# browser) is installed with npm into a cache folder outside the repo, as
# for scripts/check-report.sh.
# OUT=DIR sets the output folder (default target/pictures);
# PLINTH_BIN overrides the binary (default: a fresh release build).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/pictures}
chromium=${CHROMIUM:-/usr/bin/chromium}
driver=${XDG_CACHE_HOME:-$HOME/.cache}/plinth-report-check
if [[ -z "${PLINTH_BIN:-}" ]]; then
    cargo build --release --quiet
fi
bin=${PLINTH_BIN:-./target/release/plinth}
command -v "$chromium" >/dev/null || { echo "no $chromium: apt-get install -y chromium" >&2; exit 1; }
command -v node >/dev/null || { echo "no node: apt-get install -y nodejs npm" >&2; exit 1; }
if [[ ! -d "$driver/node_modules/playwright-core" ]]; then
    mkdir -p "$driver"
    (cd "$driver" && { [[ -f package.json ]] || npm init -y >/dev/null; } \
        && npm install --silent --no-audit --no-fund playwright-core)
fi
rm -rf "$out" && mkdir -p "$out"

cat > "$out/check.cjs" <<'JS'
// Opens each picture; prints every problem and exits 1 if there is any.
const { chromium } = require(process.env.DRIVER + '/node_modules/playwright-core');
const files = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
  let failed = 0;
  for (const file of files) {
    const problems = [];
    const url = 'file://' + file;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', e => problems.push(`page error: ${e.message}`));
    page.on('request', r => { if (r.url() !== url) problems.push(`request outside the file: ${r.url()}`); });
    page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
    await page.goto(url, { waitUntil: 'load' });
    // The document must be an SVG with its nodes drawn.
    const nodes = await page.evaluate(() =>
      document.documentElement.localName === 'svg' ? document.querySelectorAll('g.node').length : -1);
    if (nodes < 0) problems.push('not an SVG document');
    // The whole picture: the viewport at the SVG's own size (a full-page
    // screenshot waits forever on a bare SVG document, which has no body).
    const size = await page.evaluate(() => ({
      width: Math.ceil(Number(document.documentElement.getAttribute('width')) || 1400),
      height: Math.ceil(Number(document.documentElement.getAttribute('height')) || 900),
    }));
    await page.setViewportSize({ width: Math.min(size.width, 4000), height: Math.min(size.height, 4000) });
    await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
    await page.close();
    for (const p of problems) console.log(`${file}: ${p}`);
    console.log(`${file}: ${problems.length ? 'FAILED' : 'ok'}, ${nodes} nodes`);
    if (problems.length) failed = 1;
  }
  await browser.close();
  process.exit(failed);
})().catch(e => { console.error(e); process.exit(2); });
JS

svgs=()
for workspace in assets/examples/*.ron; do
    name=$(basename "$workspace" .ron)
    # The candidates' names, from the JSON of `plinth check` (it exits
    # non-zero when the review finds something; the names are printed anyway).
    mapfile -t candidates < <("$bin" --no-user-catalog check "$workspace" --json 2>/dev/null \
        | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const c of JSON.parse(s).candidates)console.log(c.name)})' || true)
    [[ ${#candidates[@]} -gt 0 ]] || { echo "$workspace: no candidates read" >&2; exit 1; }
    i=0
    for candidate in "${candidates[@]}"; do
        i=$((i + 1))
        svg=$(realpath "$out")/$name-$i.svg
        "$bin" --no-user-catalog export svg "$workspace" --candidate "$candidate" -o "$svg" >/dev/null
        svgs+=("$svg")
    done
done
DRIVER=$driver CHROMIUM=$chromium node "$out/check.cjs" "${svgs[@]}"
echo "${#svgs[@]} pictures and their screenshots in $out"
