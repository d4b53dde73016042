"""How big is the page and how fast does it draw for a large corpus? (a script, not a test)

Generates a synthetic graph in the dg: vocabulary the size of N documents (per
document, in the proportions of the real build of 30 news articles: about 16
fact nodes — proposals, a third of them demands, conditions, statements,
positions — 3 stances, 4 actors named, with their evidence sentences and a
publication date for 9 documents in 10), loads it into a store (Oxigraph through
``oxrdflib`` when installed, else rdflib's memory store), renders the page with
:func:`graph.export.html.to_html`, opens it from a file in headless Chromium with
every network request blocked, and prints, side by side for each size, the page
size and the times from navigation to the first draw (vis ``afterDrawing`` with
the actor network's nodes and edges), to the central labels set, and to the
facts read (the page reads them after the first draw), each the median of
``--runs`` openings, with their ratio to the limits of issue 11 (15 MB, 3 s).
The real extractor is not run.

``--from-store DIR`` measures the page of a store the real build wrote instead
(for example the 10,000 documents of ``benchmarks/store_scale.py --keep DIR
--no-page``: ``DIR/out/store``), rendered from the store as the build does.

    python3 benchmarks/html_large.py [--docs 1000 10000] [--runs 3] [--store memory]
    python3 benchmarks/html_large.py --from-store DIR/out/store
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import Graph

from graph.export.chromium import chromium_path, launch
from graph.export.html import to_html

#: The limits the page must stay within at 10,000 documents (issue 11).
LIMIT_MB = 15.0
LIMIT_S = 3.0

DG = "https://w3id.org/diplograph/ns#"
ID = "https://w3id.org/diplograph/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
DATE = "<https://schema.org/datePublished>"
XSD = "http://www.w3.org/2001/XMLSchema#"
WORDS = (
    "talks ceasefire troops border sanctions relief nuclear enrichment inspections "
    "prisoners exchange corridor grain ports security guarantees missile deployment "
    "withdrawal monitoring mission elections referendum aid reconstruction debt "
    "restructuring gas transit pipeline tariffs quotas fishing rights maritime boundary "
    "airspace patrols exercises transparency verification dialogue summit envoy"
).split()


def _lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def synthetic(n_docs: int, seed: int = 42) -> tuple[str, dict[str, int]]:
    """N-Triples of a corpus of ``n_docs`` documents, and what it holds."""
    rng = random.Random(seed)
    out: list[str] = []
    counts = dict.fromkeys(("facts", "stances", "actors"), 0)

    def t(s: str, p: str, o: str) -> None:
        out.append(f"<{ID}{s}> {p} {o} .")

    def words(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    states = [f"state-s{i}" for i in range(195)]
    orgs = [f"org-o{i}" for i in range(600)]
    people: list[str] = []
    made: set[str] = set()

    def actor(key: str, cls: str) -> str:
        if key not in made:
            made.add(key)
            counts["actors"] += 1
            for c in (cls, "Actor"):
                t(key, RDF_TYPE, f"<{DG}{c}>")
            t(key, LABEL, _lit(key.split("-", 1)[1].replace("s", "State ", 1).title()))
        return key

    def pick() -> str:
        roll = rng.random()
        if roll < 0.55:
            return actor(states[min(int(rng.paretovariate(1.1)) - 1, 194)], "State")
        if roll < 0.8:
            return actor(orgs[min(int(rng.paretovariate(0.9)) - 1, 599)], "Organisation")
        if not people or rng.random() < 0.35:
            people.append(f"person-p{len(people)}")
        return actor(rng.choice(people[-2000:]), "Person")

    for d in range(n_docs):
        doc = f"doc-{d:05d}"
        t(doc, RDF_TYPE, f"<{DG}Document>")
        t(doc, LABEL, _lit(f"Report {d}: {words(6)}"))
        if rng.random() < 0.9:
            day = 3650 * d // max(1, n_docs) + rng.randrange(5)
            y, rest = 2015 + day // 365, day % 365
            t(doc, DATE, _lit(f"{y:04d}-{1 + rest // 31 % 12:02d}-{1 + rest % 28:02d}", "date"))
        named = [pick() for _ in range(4)]
        offset = 0
        facts: list[str] = []
        for k in range(16):
            kind = rng.choices(
                ("proposal", "demand", "condition", "statement", "position"), (5, 2, 2.5, 4.5, 2)
            )[0]
            fact = f"{kind if kind != 'demand' else 'proposal'}-{d:05d}-{k:02d}"
            counts["facts"] += 1
            facts.append(fact)
            types = {"demand": ("Proposal", "Demand")}.get(kind, (kind.title(),))
            for c in types:
                t(fact, RDF_TYPE, f"<{DG}{c}>")
            t(fact, LABEL, _lit(words(rng.randrange(4, 12))))
            t(fact, DERIVED, f"<{ID}{doc}>")
            ev = f"evidence-{d:05d}-{k:02d}"
            text = words(rng.randrange(14, 30)).capitalize() + "."
            t(fact, f"<{DG}evidence>", f"<{ID}{ev}>")
            t(ev, f"<{DG}source>", f"<{ID}{doc}>")
            t(ev, f"<{DG}start>", _lit(str(offset), "integer"))
            t(ev, f"<{DG}end>", _lit(str(offset + len(text)), "integer"))
            t(ev, f"<{DG}text>", _lit(text))
            offset += len(text) + 1
            a, b = rng.sample(named, 2)
            if kind in ("proposal", "demand"):
                t(fact, f"<{DG}proposedBy>", f"<{ID}{a}>")
                t(fact, f"<{DG}addressedTo>", f"<{ID}{b}>")
                if rng.random() < 0.3:
                    t(fact, f"<{DG}concerns>", f"<{ID}place-x{rng.randrange(300)}>")
            elif kind == "condition":
                t(facts[max(0, k - 1)], f"<{DG}conditionalOn>", f"<{ID}{fact}>")
                t(fact, f"<{DG}requiresActionBy>", f"<{ID}{b}>")
            elif kind == "statement":
                t(fact, f"<{DG}speaker>", f"<{ID}{a}>")
                if rng.random() < 0.4:
                    t(fact, f"<{DG}concerns>", f"<{ID}{b}>")
        for k in range(3):
            holder, target = rng.choice(named), rng.choice(facts)
            stance = rng.choice(("rejects", "supports"))
            counts["stances"] += 1
            t(holder, f"<{DG}{stance}>", f"<{ID}{target}>")
            st = f"stance-{d:05d}-{k}"
            t(st, f"<{DG}evidence>", f"<{ID}evidence-{d:05d}-{k:02d}>")
            t(st, DERIVED, f"<{ID}{doc}>")
            for p, o in (("subject", holder), ("predicate", None), ("object", target)):
                value = f"<{DG}{stance}>" if o is None else f"<{ID}{o}>"
                t(st, f"<http://www.w3.org/1999/02/22-rdf-syntax-ns#{p}>", value)
    for i in range(300):
        t(f"place-x{i}", RDF_TYPE, f"<{DG}Place>")
        t(f"place-x{i}", LABEL, _lit(f"Region {i}"))
    counts["triples"] = len(out)
    return "\n".join(out) + "\n", counts


def load(ntriples: str, store: str) -> Graph:
    if store == "oxigraph":
        g = Graph(store="Oxigraph")
        g.parse(data=ntriples, format="ox-nt")
        return g
    return Graph().parse(data=ntriples, format="nt")


def from_store(folder: Path) -> tuple[int, dict[str, int], Any]:
    """The documents, the counts of :func:`synthetic` and the union graph of a build's store."""
    from rdflib import URIRef

    from graph.store import open_store
    from graph.store.base import count_classes, count_triples

    store = open_store(folder, writable=False)
    dg = "https://w3id.org/diplograph/ns#"
    names = ("Document", "Proposal", "Condition", "Statement", "Position", "State")
    names += ("Organisation", "Person")
    classes = [URIRef(dg + name) for name in names]
    n = {c.removeprefix(dg): k for c, k in count_classes(store, classes).items()}
    stances = count_triples(store, [URIRef(dg + "rejects"), URIRef(dg + "supports")])
    counts = {
        "facts": sum(n[c] for c in ("Proposal", "Condition", "Statement", "Position")),
        "stances": stances,
        "actors": n["State"] + n["Organisation"] + n["Person"],
        "triples": count_triples(store),
    }
    return n["Document"], counts, store.union()


def first_draw(browser: Any, path: Path, cap: float) -> dict[str, float | None]:
    """One opening of the page: its timings in seconds from navigation, and what it drew."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    left: list[str] = []

    def route(r: Any) -> None:
        if r.request.url == url:
            r.continue_()
        else:
            left.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(url, timeout=int(cap * 1000) + 30_000)
    deadline = time.monotonic() + cap
    got: dict[str, Any] = {}
    while time.monotonic() < deadline:
        got = page.evaluate("() => window.dgTimings || {}")
        if got.get("settled") and got.get("ready"):
            break
        page.wait_for_timeout(50)
    drawn = page.evaluate("() => window.nodes ? nodes.get({filter: n => !n.hidden}).length : 0")
    page.close()
    seconds = {k: got[k] / 1000 if got.get(k) else None for k in ("firstDraw", "settled", "ready")}
    return {**seconds, "drawn": float(drawn), "blocked": float(len(left))}


def median_draw(browser: Any, path: Path, cap: float, runs: int) -> dict[str, float | None]:
    """:func:`first_draw` ``runs`` times; the median of each figure (``None`` if any run missed)."""
    got = [first_draw(browser, path, cap) for _ in range(runs)]
    out: dict[str, float | None] = {}
    for key in got[0]:
        values = [g[key] for g in got]
        known = sorted(v for v in values if v is not None)
        out[key] = known[len(known) // 2] if len(known) == len(values) else None
    return out


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def report(rows: list[tuple[int, dict[str, int], float, float, float, dict[str, Any]]]) -> None:
    """The table: what each corpus holds, the times, and the page against the limits."""
    print(
        f"{'documents':>9} {'facts':>8} {'stances':>7} {'actors':>6} {'triples':>9} {'load':>7} "
        f"{'render':>7} {'HTML':>8} {'first draw':>10} {'labelled':>8} {'facts read':>10} "
        f"{'drawn':>6} {'blocked':>7}"
    )
    for n_docs, c, loaded, render, mb, t in rows:
        print(
            f"{n_docs:>9,} {c['facts']:>8,} {c['stances']:>7,} {c['actors']:>6,} "
            f"{c['triples']:>9,} {loaded:>5.1f} s {render:>5.1f} s {mb:>5.2f} MB "
            f"{_seconds(t['firstDraw']):>10} {_seconds(t['settled']):>8} "
            f"{_seconds(t['ready']):>10} {int(t['drawn']):>6} {int(t['blocked']):>7}"
        )
    print(f"\nagainst the limits ({LIMIT_MB:g} MB, first draw {LIMIT_S:g} s):")
    for n_docs, _c, _l, _r, mb, t in rows:
        first = t["firstDraw"]
        draw = "no draw" if first is None else f"{first / LIMIT_S:.2f} of the time"
        print(f"{n_docs:>9,} documents: {mb / LIMIT_MB:.2f} of the size, {draw}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--runs", type=int, default=3, help="openings per page (median)")
    parser.add_argument("--store", choices=("oxigraph", "memory"), default="oxigraph")
    parser.add_argument("--cap", type=float, default=60.0)
    parser.add_argument("--keep", type=Path, default=None, help="also write the pages here")
    parser.add_argument(
        "--from-store", type=Path, default=None, help="the page of this store (a build's)"
    )
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None  # type: ignore[assignment]
    if chromium_path() is None or sync_playwright is None:
        print("needs chromium on PATH and playwright (python)", file=sys.stderr)
        return 2
    store = args.store
    if store == "oxigraph":
        try:
            import oxrdflib  # noqa: F401
        except ImportError:
            print("oxrdflib is not installed: using rdflib's memory store", file=sys.stderr)
            store = "memory"
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for n_docs in [0] if args.from_store else args.docs:
            t0 = time.perf_counter()
            if args.from_store:
                store = f"the build's, {args.from_store}"
                n_docs, counts, g = from_store(args.from_store)
            else:
                text, counts = synthetic(n_docs)
                g = load(text, store)
            loaded = time.perf_counter() - t0
            t0 = time.perf_counter()
            page = to_html(g)
            render = time.perf_counter() - t0
            path = Path(tmp) / f"page-{n_docs}.html"
            path.write_text(page, encoding="utf-8")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_text(page, encoding="utf-8")
            timing = median_draw(browser, path, args.cap, args.runs)
            rows.append((n_docs, counts, loaded, render, len(page.encode()) / 1e6, timing))
        browser.close()
    print(
        f"store: {store}; Chromium headless, every request but the page's file blocked; "
        f"median of {args.runs} openings"
    )
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
