"""How fast does the offline page draw for large graphs? (a script, not a test)

Builds synthetic graphs in the dg: vocabulary whose full view has about 1,000 and
5,000 nodes (actors, proposals, conditions, about two edges per node), renders
each with :func:`graph.export.html.to_html`, opens it from a file in headless
Chromium with every network request blocked, and times the first draw (vis
``afterDrawing``). For 1,000 nodes it also renders the same view with pyvis
defaults (``add_node``/``add_edge``, physics on; ``cdn_resources="in_line"``
because pyvis's default ``local`` mode fetches vis-network from a CDN and cannot
draw offline), and times its first draw and stabilisation, capped at --cap seconds.

    .venv/bin/python benchmarks/html_large.py [--sizes 1000 5000] [--cap 150]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal

from graph.build import new_graph
from graph.export.html import to_html
from graph.namespace import DG, PROV, RDF, RDFS, XSD
from graph.views import full_view

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Records the first draw and the end of stabilisation of whatever page sets the
# global `network` (pyvis's template and ours both do).
TIMING_HOOK = """
(() => {
  window.dgBench = {};
  let value;
  Object.defineProperty(window, "network", {
    configurable: true,
    get() { return value; },
    set(v) {
      value = v;
      if (v && v.once) {
        v.once("afterDrawing", () => { window.dgBench.firstDraw = performance.now(); });
        v.once("stabilizationIterationsDone", () => {
          window.dgBench.stabilized = performance.now();
        });
      }
    },
  });
})();
"""


def synthetic(n_nodes: int, seed: int = 42) -> Graph:
    """A graph whose full view has about ``n_nodes`` nodes and two edges per node."""
    rng = random.Random(seed)
    g = new_graph()
    doc = g.namespace_manager.expand_curie("dgid:doc-bench")
    g.add((doc, RDF.type, DG.Document))
    g.add((doc, RDFS.label, Literal("Synthetic benchmark document")))
    n_actors = int(n_nodes * 0.4)
    n_props = int(n_nodes * 0.5)
    n_conds = n_nodes - n_actors - n_props
    actors = [g.namespace_manager.expand_curie(f"dgid:actor-{i}") for i in range(n_actors)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_actors)]  # a few hubs
    for i, a in enumerate(actors):
        for t in ((DG.State, DG.Organisation, DG.Person)[i % 3], DG.Actor):
            g.add((a, RDF.type, t))
        g.add((a, RDFS.label, Literal(f"Actor {i}")))

    def pick() -> Any:
        return rng.choices(actors, weights)[0]

    def evidence(node: Any, i: int) -> None:
        ev = g.namespace_manager.expand_curie(f"dgid:evidence-{node.split('/')[-1]}")
        g.add((node, DG.evidence, ev))
        g.add((ev, DG.source, doc))
        g.add((ev, DG.start, Literal(i * 100, datatype=XSD.integer)))
        g.add((ev, DG.end, Literal(i * 100 + 80, datatype=XSD.integer)))
        g.add((ev, DG.text, Literal(f"Sentence {i} saying who offered what to whom.")))
        g.add((node, PROV.wasDerivedFrom, doc))

    props = []
    for i in range(n_props):
        p = g.namespace_manager.expand_curie(f"dgid:proposal-{i}")
        props.append(p)
        g.add((p, RDF.type, DG.Proposal))
        if i % 4 == 0:
            g.add((p, RDF.type, DG.Demand))
        g.add((p, RDFS.label, Literal(f"proposal number {i} on arms control")))
        for _ in range(1 + (rng.random() < 0.2)):
            g.add((p, DG.proposedBy, pick()))
        for _ in range(1 + (rng.random() < 0.3)):
            g.add((p, DG.addressedTo, pick()))
        evidence(p, i)
        if rng.random() < 0.8:
            g.add((pick(), DG.rejects if rng.random() < 0.6 else DG.supports, p))
    for i in range(n_conds):
        c = g.namespace_manager.expand_curie(f"dgid:condition-{i}")
        g.add((c, RDF.type, DG.Condition))
        g.add((c, RDFS.label, Literal(f"condition {i}")))
        g.add((c, DG.requiresActionBy, pick()))
        g.add((rng.choice(props), DG.conditionalOn, c))
        evidence(c, n_props + i)
    return g


def pyvis_defaults(g: Graph) -> str:
    """The full view drawn the way pyvis does by default: add_node/add_edge, physics on."""
    from pyvis.network import Network

    view = full_view(g)
    net = Network(directed=True, cdn_resources="in_line")
    for node, data in view.nodes(data=True):
        net.add_node(node, label=data["label"])
    for u, v, data in view.edges(data=True):
        net.add_edge(u, v, label=data["relation"])
    return net.generate_html()


def first_draw(browser: Any, path: Path, cap: float) -> dict[str, float | None]:
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
    page.add_init_script(TIMING_HOOK)
    page.goto(url, timeout=int(cap * 1000) + 30_000)
    deadline = time.monotonic() + cap
    result: dict[str, float | None] = {"firstDraw": None, "stabilized": None}
    while time.monotonic() < deadline:
        got = page.evaluate("() => window.dgBench")
        result.update({k: (v / 1000 if v is not None else None) for k, v in got.items()})
        if result["firstDraw"] is not None:
            break
        page.wait_for_timeout(100)
    result["blocked"] = float(len(left))
    page.close()
    return result


def fmt(seconds: float | None, cap: float) -> str:
    return f"> {cap:.0f} s" if seconds is None else f"{seconds:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--cap", type=float, default=150.0)
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None  # type: ignore[assignment]
    if chromium is None or sync_playwright is None:
        print("needs chromium on PATH and playwright (python)", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for size in args.sizes:
            g = synthetic(size)
            view = full_view(g)
            t0 = time.perf_counter()
            page = to_html(g, sources=())
            render = time.perf_counter() - t0
            path = Path(tmp) / f"ours-{size}.html"
            path.write_text(page, encoding="utf-8")
            timing = first_draw(browser, path, args.cap)
            rows.append(
                (
                    "diplograph",
                    len(view),
                    view.number_of_edges(),
                    render,
                    len(page.encode()) / 1e6,
                    timing,
                )
            )
            if size <= 1000:
                t0 = time.perf_counter()
                page = pyvis_defaults(g)
                render = time.perf_counter() - t0
                path = Path(tmp) / f"pyvis-{size}.html"
                path.write_text(page, encoding="utf-8")
                timing = first_draw(browser, path, args.cap)
                rows.append(
                    (
                        "pyvis defaults",
                        len(view),
                        view.number_of_edges(),
                        render,
                        len(page.encode()) / 1e6,
                        timing,
                    )
                )
        browser.close()
    print(
        f"{'page':<15} {'nodes':>6} {'edges':>6} {'render':>8} {'HTML':>8} "
        f"{'first draw':>11} {'stabilised':>11} {'blocked':>8}"
    )
    for name, n, m, render, mb, t in rows:
        stab = "physics off" if name == "diplograph" and n > 300 else fmt(t["stabilized"], args.cap)
        print(
            f"{name:<15} {n:>6} {m:>6} {render:>6.2f} s {mb:>5.2f} MB "
            f"{fmt(t['firstDraw'], args.cap):>11} {stab:>11} {int(t['blocked'] or 0):>8}"
        )
    ours = {n: t for name, n, *_rest, t in rows if name == "diplograph"}
    theirs = {n: t for name, n, *_rest, t in rows if name == "pyvis defaults"}
    for n, t in theirs.items():
        a, b = ours[n]["firstDraw"], t["firstDraw"]
        if a and b:
            print(f"first draw at {n} nodes: pyvis defaults / diplograph = {b / a:.1f}x")
        elif a:
            print(f"first draw at {n} nodes: pyvis defaults did not draw within {args.cap:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
