"""The README's screenshots of the page: the seed, 30 documents, 1,000 documents.

Each corpus is built with ``diplograph build`` (the real extractor, in a new
process) into a temporary folder, or taken from an existing build (``--built
NAME=OUT``); its ``OUT/graph.html`` is opened from the file in headless Chromium
(Debian's, every request but the file blocked) at 1440×860, something is
selected so the side panel shows what the page offers, and the picture is
written to ``docs/``:

- ``seed``: ``seeds/``; the United States → Russia ``proposes`` edge selected
  (``docs/page-seed.png``);
- ``30``: the 30 documents of ``tests/fixtures`` (``corpus/docs``, ``devdocs``,
  ``heldout2/docs``, ``docs``), copied into one folder; the United States selected
  (``docs/page-30-documents.png``);
- ``1000``: the documents of ``--corpus-1000`` (default ``/tmp/c1000``; when it is
  absent, 1,000 articles from ``benchmarks/news.py``, seed 7); the most central
  actor selected (``docs/page-1000-documents.png``).

    python3 benchmarks/screenshots.py [--only seed 30 1000] [--built 1000=/tmp/c1000-out]

Prints, for each, the build's time and what the page shows (its header line).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.export.chromium import chromium_path, launch

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
VIEWPORT = {"width": 1440, "height": 860}

#: Selects the United States → Russia ``proposes`` edge and shows its panel.
_SEED_EDGE = """() => {
  const e = edges.get({filter: x => x.relation === 'proposes'
    && x.from.endsWith('/state-united-states') && x.to.endsWith('/state-russia')})[0];
  network.selectEdges([e.id]);
  dg.showEdge(e.id);
}"""

#: Selects the node with this IRI ending (or, given "", the most central actor).
_SELECT_NODE = """(tail) => {
  const id = tail ? nodes.getIds().find(i => i.endsWith(tail))
                  : dg.data.n.i[0].includes(':') ? dg.data.n.i[0] : dg.data.base + dg.data.n.i[0];
  network.selectNodes([id]);
  dg.showNode(id);
}"""


@dataclass(frozen=True)
class Shot:
    """One screenshot: the corpus, what to select, and the file to write."""

    name: str
    png: str
    select: str
    argument: str | None = None


SHOTS = {
    "seed": Shot("seed", "page-seed.png", _SEED_EDGE),
    "30": Shot("30", "page-30-documents.png", _SELECT_NODE, "/state-united-states"),
    "1000": Shot("1000", "page-1000-documents.png", _SELECT_NODE, ""),
}


def corpus(name: str, tmp: Path, corpus_1000: Path) -> Path:
    """The folder of documents ``name`` is built from."""
    if name == "seed":
        return ROOT / "seeds"
    if name == "30":
        folder = tmp / "c30"
        folder.mkdir()
        for sub in ("corpus/docs", "devdocs", "heldout2/docs", "docs"):
            for path in sorted((FIXTURES / sub).glob("*.txt")):
                shutil.copy(path, folder / path.name)
        return folder
    if corpus_1000.is_dir():
        return corpus_1000
    return _generated(tmp / "c1000", 1000)


def _generated(folder: Path, count: int) -> Path:
    """``count`` articles of ``benchmarks/news.py`` (seed 7), one file each."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from news import articles

    folder.mkdir()
    texts = articles(700 * count)[:count]
    for i, text in enumerate(texts):
        (folder / f"doc-{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def build(folder: Path, out: Path) -> float:
    """Seconds ``diplograph build folder --out out -q`` took (exit 0, or 3: some skipped)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "graph", "build", str(folder), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 3):
        raise SystemExit(f"diplograph build {folder} failed:\n{done.stderr}")
    return time.perf_counter() - start


def shoot(browser: Any, page_file: Path, shot: Shot, png: Path) -> str:
    """Open ``page_file``, select as ``shot`` says, write ``png``; the page's header line."""
    page = browser.new_page(viewport=VIEWPORT)
    url = page_file.resolve().as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page.goto(url)
    for _ in range(1200):
        if page.evaluate("() => Boolean(window.dgTimings && dgTimings.settled && dgTimings.ready)"):
            break
        page.wait_for_timeout(50)
    else:
        raise SystemExit(f"{page_file} never finished drawing")
    page.evaluate(shot.select, shot.argument)
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    page.screenshot(path=str(png))
    header = page.text_content("#dg-counts") or ""
    page.close()
    return header


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SHOTS), default=list(SHOTS))
    parser.add_argument("--corpus-1000", type=Path, default=Path("/tmp/c1000"))
    parser.add_argument(
        "--built", action="append", default=[], metavar="NAME=OUT", help="use this build"
    )
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="where to write")
    args = parser.parse_args()
    if chromium_path() is None:
        print("needs chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    built = dict(item.split("=", 1) for item in args.built)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for name in args.only:
            shot = SHOTS[name]
            if name in built:
                out, took = Path(built[name]), "an existing build"
            else:
                out = Path(tmp) / f"out-{name}"
                seconds = build(corpus(name, Path(tmp), args.corpus_1000), out)
                took = f"built in {seconds:.0f} s"
            png = args.docs / shot.png
            header = shoot(browser, out / "graph.html", shot, png)
            print(
                f"{png.relative_to(ROOT) if png.is_relative_to(ROOT) else png} ({took}): {header}"
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
