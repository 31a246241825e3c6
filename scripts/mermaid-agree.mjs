#!/usr/bin/env node
// Compares the graph mermaid itself reads from every flowchart of the import
// corpus (tests/fixtures/mermaid/*.mmd) with the graph Plinth must read, as
// written in the sibling .expected file (which tests/it/import_corpus.rs
// checks against Plinth's importer): the same nodes with the same labels,
// the same edges with their labels, the same subgraph titles and members.
//
// Run by hand (tests never need Node):
//   npm install --prefix scripts mermaid@11 jsdom   # scripts/node_modules is git-ignored
//   node scripts/mermaid-agree.mjs                  # or MERMAID_MODULES=/other/node_modules
//
// Known, documented differences that are not counted as disagreements:
// - an invisible link (~~~) is an edge for mermaid, a dropped line for Plinth;
// - an arrow drawn to a subgraph is one edge to the box for mermaid, edges to
//   the subgraph's entry or exit nodes for Plinth (`via` in .expected);
// - an icon or image node without a label has no text for mermaid; Plinth
//   names it after its icon or image;
// - an arrow to a subgraph without nodes: mermaid draws it to the empty box,
//   Plinth drops it with a warning;
// - subgraphs are listed in the order mermaid closes them, groups in the order
//   Plinth meets them: they are compared by title.
// Exit code 1 when any fixture mermaid accepts disagrees.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = process.env.MERMAID_MODULES ?? join(here, 'node_modules');
const fixtures = resolve(process.argv[2] ?? join(here, '..', 'tests', 'fixtures', 'mermaid'));

const { JSDOM } = await import(pathToFileURL(join(modules, 'jsdom', 'lib', 'api.js')).href);
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ['Element', 'HTMLElement', 'Node', 'DOMParser', 'SVGElement']) {
  globalThis[name] = dom.window[name];
}
const mermaidPath = join(modules, 'mermaid', 'dist', 'mermaid.core.mjs');
const { default: mermaid } = await import(pathToFileURL(mermaidPath).href);
mermaid.initialize({ startOnLoad: false, maxEdges: 100000, maxTextSize: 10000000 });

/** Mermaid keeps entity codes encoded and breaks as <br>: decode as a browser shows them. */
function decode(text) {
  const html = String(text ?? '')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code) => `&#${code};`)
    .replace(/ﬂ°([A-Za-z0-9]+)¶ß/g, (_, name) => `&${name};`)
    .replace(/<br\s*\/?>/gi, '\n');
  const box = document.createElement('textarea');
  box.innerHTML = html.replace(/</g, '&lt;');
  return box.value.trim();
}

/** The .expected file: nodes, edges (with `via`), groups, warnings. */
function readExpected(text) {
  const unquote = (q) => JSON.parse(q);
  const out = { nodes: new Map(), edges: [], groups: [], warnings: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    let m;
    if ((m = line.match(/^node (\S+) \S+ ("(?:[^"\\]|\\.)*")$/))) {
      out.nodes.set(m[1], unquote(m[2]));
    } else if ((m = line.match(/^edge (\S+) -> (\S+) \S+ ("(?:[^"\\]|\\.)*")(?: via (\S+))?$/))) {
      out.edges.push({ from: m[1], to: m[2], label: unquote(m[3]), via: m[4] });
    } else if ((m = line.match(/^group ("(?:[^"\\]|\\.)*"):(.*)$/))) {
      out.groups.push({ title: unquote(m[1]), members: m[2].trim().split(/\s+/).filter(Boolean) });
    } else if ((m = line.match(/^warning (\d+)$/))) {
      out.warnings.push(Number(m[1]));
    }
  }
  return out;
}

function compare(db, expected) {
  const problems = [];
  const groupIds = new Set(db.getSubGraphs().map((s) => s.id));
  const vertices = [...db.getVertices().values()].filter((v) => !groupIds.has(v.id));
  for (const v of vertices) {
    const want = expected.nodes.get(v.id);
    let text = decode(v.text);
    if (text === '' && (v.icon || v.img) && want !== undefined) text = want; // documented
    if (want === undefined) problems.push(`mermaid has node ${v.id} ${JSON.stringify(text)}; Plinth does not`);
    else if (want !== text) problems.push(`node ${v.id}: mermaid ${JSON.stringify(text)}, Plinth ${JSON.stringify(want)}`);
  }
  const seen = new Set(vertices.map((v) => v.id));
  for (const id of expected.nodes.keys()) {
    if (!seen.has(id)) problems.push(`Plinth has node ${id}; mermaid does not`);
  }
  const key = (f, t, l) => `${f} -> ${t} ${JSON.stringify(l)}`;
  const plain = expected.edges.filter((e) => !e.via).map((e) => key(e.from, e.to, e.label));
  const viaAlternatives = new Set();
  for (const e of expected.edges.filter((e) => e.via)) {
    viaAlternatives.add(key(e.via, e.to, e.label));
    viaAlternatives.add(key(e.from, e.via, e.label));
  }
  for (const e of db.getEdges()) {
    if (e.stroke === 'invisible') continue; // documented
    const k = key(e.start, e.end, decode(e.text));
    if (groupIds.has(e.start) || groupIds.has(e.end)) {
      const empty = db.getSubGraphs().some(
        (s) => (s.id === e.start || s.id === e.end) && s.nodes.length === 0,
      );
      if (empty && expected.warnings.length > 0) continue; // documented
      if (!viaAlternatives.has(k)) problems.push(`mermaid edge to a subgraph ${k}; Plinth has no edge for it`);
      continue;
    }
    const at = plain.indexOf(k);
    if (at < 0) problems.push(`mermaid has edge ${k}; Plinth does not`);
    else plain.splice(at, 1);
  }
  for (const k of plain) problems.push(`Plinth has edge ${k}; mermaid does not`);
  const byTitle = (a, b) => a.title.localeCompare(b.title);
  const groups = db
    .getSubGraphs()
    .map((s) => ({ title: decode(s.title), members: s.nodes.filter((n) => !groupIds.has(n)).sort() }))
    .sort(byTitle);
  const wantGroups = expected.groups
    .map((g) => ({ title: g.title, members: [...g.members].sort() }))
    .sort(byTitle);
  if (JSON.stringify(groups) !== JSON.stringify(wantGroups)) {
    problems.push(`subgraphs: mermaid ${JSON.stringify(groups)}, Plinth ${JSON.stringify(wantGroups)}`);
  }
  return problems;
}

const files = readdirSync(fixtures).filter((f) => f.endsWith('.mmd')).sort();
let agree = 0;
let refused = 0;
let disagree = 0;
for (const file of files) {
  const text = readFileSync(join(fixtures, file), 'utf8');
  const expected = readExpected(readFileSync(join(fixtures, file.replace(/\.mmd$/, '.expected')), 'utf8'));
  let db;
  try {
    db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
  } catch (error) {
    refused += 1;
    const first = String(error?.message ?? error).split('\n')[0];
    console.log(`refused  ${file}: mermaid: ${first} (Plinth warns on lines ${expected.warnings.join(', ') || 'none'})`);
    continue;
  }
  const problems = compare(db, expected);
  if (problems.length === 0) {
    agree += 1;
    const note = expected.warnings.length ? ` (Plinth also warns on lines ${expected.warnings.join(', ')})` : '';
    console.log(`agree    ${file}${note}`);
  } else {
    disagree += 1;
    console.log(`DIFFER   ${file}`);
    for (const p of problems) console.log(`         ${p}`);
  }
}
console.log(`\n${files.length} fixtures: ${agree} agree, ${disagree} differ, ${refused} refused by mermaid`);
process.exit(disagree > 0 ? 1 : 0);
