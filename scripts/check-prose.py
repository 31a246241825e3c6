#!/usr/bin/env python3
"""Developer check: no prose sentence in patterns/ is copied from the seed.

Compares 7-word runs of every prose string in patterns/*.ron against the
seed catalog (default ../shared/seeds/layra-pattern-catalog.md). Fact fields
(names, titles, authors, organisations, aliases, technologies, team size text)
are allowed to match and are skipped. Not a test: tests never read ../shared.
Usage: scripts/check-prose.py [SEED] [FILES...]
"""
import pathlib, re, sys

N = 7
FACT_KEYS = {"id", "name", "title", "author", "organisation", "aliases",
             "technologies", "related", "tags", "team_size", "conflicts_with",
             "facets", "imported_from"}

def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())

def shingles(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}

def prose_strings(path):
    """Each string literal with the key it belongs to (the nearest `key:` before
    it on the line, or the line's list key); fact keys are skipped."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', line):
            keys = re.findall(r"([a-z_]+)\s*:", line[:m.start()])
            key = keys[-1] if keys else None
            if key in FACT_KEYS:
                continue
            yield lineno, m.group(1)

def main():
    args = sys.argv[1:]
    seed = pathlib.Path(args[0] if args else "../shared/seeds/layra-pattern-catalog.md")
    files = [pathlib.Path(a) for a in args[1:]] or sorted(pathlib.Path("patterns").glob("*.ron"))
    seed_sh = shingles(words(seed.read_text(encoding="utf-8")))
    found = 0
    for f in files:
        for lineno, text in prose_strings(f):
            hits = shingles(words(text)) & seed_sh
            if hits:
                found += 1
                print(f"{f}:{lineno}: copied run: {sorted(hits)[0]!r}")
    print(f"{found} copied run(s) in {len(files)} file(s)")
    return 1 if found else 0

sys.exit(main())
