//! The report's style sheet, inline: system fonts, light and dark through
//! `prefers-color-scheme`, and print rules (A4 or Letter: the page size is
//! the printer's; tables and figures never cut, each candidate on a new
//! page, disclosures open on paper). Colours meet WCAG AA: text at least
//! 4.5:1 on its background, chart lines at least 3:1.

pub const CSS: &str = r#"
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #4d5561; --rule: #c9ced6; --panel: #f3f5f8;
  --accent: #0a58a8; --warn-bg: #fff4e0; --warn-fg: #6b3f00;
  --sev-error: #a4161a; --sev-warning: #8a4b00; --sev-info: #0a58a8;
  --better: #14642c; --worse: #a4161a;
  --s0: #0a58a8; --s1: #b3261e; --s2: #2e7d32; --s3: #7b3fa0; --s4: #8a5a00; --s5: #00695c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181d; --fg: #e8eaed; --muted: #b3bac4; --rule: #4a515b; --panel: #1f242b;
    --accent: #8ab8f0; --warn-bg: #3a2a10; --warn-fg: #ffd591;
    --sev-error: #b3261e; --sev-warning: #8a4b00; --sev-info: #1f5fa8;
    --better: #7fd08e; --worse: #ff9a92;
    --s0: #8ab8f0; --s1: #ff8a80; --s2: #81c784; --s3: #ce93d8; --s4: #ffcc66; --s5: #4dd0c1;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem;
  font: 16px/1.5 system-ui, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
pre.adr { background: var(--panel); border: 1px solid var(--rule); padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0; font-size: 0.85rem; }
.muted { color: var(--muted); }
nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; padding-left: 1.2rem; margin: 0; }
nav li { padding-left: 0.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.outcome { font-size: 1.1rem; }
.warning { background: var(--warn-bg); color: var(--warn-fg); padding: 0.5rem 0.75rem; border-radius: 4px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.3rem; caption-side: top; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: var(--panel); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; }
details summary { cursor: pointer; }
ul.parts { margin: 0.3rem 0 0; padding-left: 1rem; font-size: 0.9rem; min-width: 16rem; }
ul.parts .num { display: inline-block; min-width: 3em; }
table.findings td:nth-child(2) code { white-space: nowrap; }
.subject { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.sev { display: inline-block; padding: 0 0.4rem; border-radius: 3px; color: #ffffff; font-weight: 600; font-size: 0.85rem; }
.sev-error { background: var(--sev-error); } .sev-warning { background: var(--sev-warning); } .sev-info { background: var(--sev-info); }
.verdict-better { color: var(--better); } .verdict-worse { color: var(--worse); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
article.candidate { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; max-height: 38rem; }
figure.picture svg { border: 1px solid var(--rule); border-radius: 6px; }
figcaption { color: var(--muted); font-size: 0.9rem; }
.chart svg text { fill: var(--fg); font: 12px system-ui, "Segoe UI", "Noto Sans", sans-serif; }
.chart .grid { stroke: var(--rule); stroke-width: 1; }
.chart .axis, .chart .tick { stroke: var(--fg); stroke-width: 1; }
.chart .current line { stroke: var(--muted); stroke-width: 1.5; }
.chart .current text { fill: var(--muted); }
.chart .crossover line { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 2 3; }
.chart .series polyline { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.chart .s0 polyline { stroke: var(--s0); } .chart .s0 text { fill: var(--s0); }
.chart .s1 polyline { stroke: var(--s1); stroke-dasharray: 8 4; } .chart .s1 text { fill: var(--s1); }
.chart .s2 polyline { stroke: var(--s2); stroke-dasharray: 2 3; } .chart .s2 text { fill: var(--s2); }
.chart .s3 polyline { stroke: var(--s3); stroke-dasharray: 10 3 2 3; } .chart .s3 text { fill: var(--s3); }
.chart .s4 polyline { stroke: var(--s4); stroke-dasharray: 4 4; } .chart .s4 text { fill: var(--s4); }
.chart .s5 polyline { stroke: var(--s5); stroke-dasharray: 12 6; } .chart .s5 text { fill: var(--s5); }
.tradeoffs { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
article.pattern { border-top: 1px solid var(--rule); }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) { .tradeoffs { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 15mm 14mm; }
  :root { --bg: #ffffff; --fg: #000000; --muted: #3b424b; --rule: #8a929c; --panel: #eef0f3; }
  html { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  .scroll { overflow: visible; }
  table, figure, dl.facts, article.pattern, li, tr { break-inside: avoid; }
  table.comparison { break-inside: auto; }
  thead { display: table-header-group; }
  table { font-size: 8.5pt; width: 100%; }
  h2, h3, h4 { break-after: avoid; }
  #candidates { break-before: page; }
  article.candidate { break-before: page; border-top: none; margin-top: 0; }
  article.candidate:first-of-type { break-before: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  details > summary::-webkit-details-marker { display: none; }
  .sev { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

#[cfg(test)]
mod tests {
    use super::CSS;

    /// The `--name: #rrggbb` variables of the block starting at `from`.
    fn palette(from: &str) -> Vec<(String, String)> {
        let start = CSS.find(from).unwrap_or_else(|| panic!("{from}"));
        let block = &CSS[start..];
        let block = &block[block.find('{').map_or(0, |i| i + 1)..];
        let block = &block[..block.find('}').unwrap_or(block.len())];
        block
            .split(';')
            .filter_map(|decl| {
                let (name, value) = decl.split_once(':')?;
                let name = name.trim().strip_prefix("--")?;
                Some((name.to_owned(), value.trim().to_owned()))
            })
            .collect()
    }

    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_and_chart_colours_meet_wcag_aa_in_light_and_dark() {
        for scheme in [":root {", "  :root {\n    --bg: #15181d"] {
            let colours = palette(scheme);
            let get = |name: &str| {
                colours
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_else(|| panic!("{scheme}: no --{name}"))
            };
            for text in [
                "fg", "muted", "accent", "better", "worse", "s0", "s1", "s2", "s3", "s4", "s5",
            ] {
                for background in ["bg", "panel"] {
                    let ratio = contrast(&get(text), &get(background));
                    assert!(
                        ratio >= 4.5,
                        "{scheme}: --{text} on --{background} is {ratio:.2}"
                    );
                }
            }
            assert!(contrast(&get("warn-fg"), &get("warn-bg")) >= 4.5);
            for badge in ["sev-error", "sev-warning", "sev-info"] {
                let ratio = contrast("#ffffff", &get(badge));
                assert!(ratio >= 4.5, "{scheme}: white on --{badge} is {ratio:.2}");
            }
        }
    }
}
