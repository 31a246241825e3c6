#!/usr/bin/env bash
# Writes the decision report of every example and opens each in headless
# Chromium: fails on any console error, page error or request for anything
# but the file itself (fonts, images, styles: the report must need nothing).
# Saves a screenshot of each (light and dark) and prints each to PDF on A4
# and on Letter, with the pages as PNGs to look at.
#
# Needs: apt-get install -y chromium poppler-utils nodejs npm
# playwright-core (the driver only; it uses /usr/bin/chromium, downloads no
# browser) is installed with npm into a cache folder outside the repo.
# OUT=DIR sets the output folder (default target/report-check);
# PLINTH_BIN overrides the binary (default: a fresh core-only build).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/report-check}
chromium=${CHROMIUM:-/usr/bin/chromium}
driver=${XDG_CACHE_HOME:-$HOME/.cache}/plinth-report-check
if [[ -z "${PLINTH_BIN:-}" ]]; then
    cargo build --no-default-features --quiet
fi
bin=${PLINTH_BIN:-./target/debug/plinth}
command -v "$chromium" >/dev/null || { echo "no $chromium: apt-get install -y chromium" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "no pdftoppm: apt-get install -y poppler-utils" >&2; exit 1; }
if [[ ! -d "$driver/node_modules/playwright-core" ]]; then
    mkdir -p "$driver"
    (cd "$driver" && { [[ -f package.json ]] || npm init -y >/dev/null; } \
        && npm install --silent --no-audit --no-fund playwright-core)
fi
rm -rf "$out" && mkdir -p "$out"

cat > "$out/check.cjs" <<'JS'
// Opens one report; prints every problem and exits 1 if there is any.
const { chromium } = require(process.env.DRIVER + '/node_modules/playwright-core');
const [file, stem] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
  const problems = [];
  const url = 'file://' + file;
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', e => problems.push(`page error: ${e.message}`));
    page.on('request', r => { if (r.url() !== url) problems.push(`request outside the file: ${r.url()}`); });
    page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: `${stem}-${scheme}.png` });
    if (scheme === 'light') {
      await page.screenshot({ path: `${stem}-full.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter']) {
        await page.pdf({ path: `${stem}-${format}.pdf`, format, printBackground: true });
      }
    }
    await page.close();
  }
  await browser.close();
  for (const p of problems) console.log(`${stem}: ${p}`);
  process.exit(problems.length ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
JS

failed=0
for workspace in assets/examples/*.ron; do
    name=$(basename "$workspace" .ron)
    html=$(realpath "$out")/$name.html
    "$bin" --no-user-catalog export report "$workspace" -o "$html" >/dev/null
    stem=$(realpath "$out")/$name
    if DRIVER=$driver CHROMIUM=$chromium node "$out/check.cjs" "$html" "$stem"; then
        status=ok
    else
        status=FAILED; failed=1
    fi
    # The same browser's own print to PDF, as a person would print it.
    "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --no-first-run --user-data-dir="$(mktemp -d)" \
        --no-pdf-header-footer --print-to-pdf="$stem-print.pdf" "file://$html" 2>/dev/null
    for pdf in "$stem"-A4.pdf "$stem"-Letter.pdf "$stem"-print.pdf; do
        pdftoppm -png -r 40 "$pdf" "${pdf%.pdf}-page"
    done
    pages=$(ls "$stem"-A4-page*.png | wc -l)
    echo "$name: $status, $(du -k "$html" | cut -f1) KB, $pages A4 pages"
done
echo "screenshots, PDFs and pages in $out"
exit $failed
