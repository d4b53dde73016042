"""Every quality table of the README, from the files in the repository (a script, not a test).

Scores each gold set with :func:`graph.evaluate.evaluate` -- exactly what
``diplograph eval GOLD_DIR DOCS_DIR...`` prints for it -- and then all of them
pooled. Run from the repository's root:

    .venv/bin/python benchmarks/quality.py [--set NAME ...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

from graph.evaluate import Report, evaluate, format_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REALNEWS = ROOT / "tests" / "realnews"
FLOORS = ROOT / "tests" / "quality_floors.json"
#: How far under today's figure a floor sits: a change that drops further fails the tests.
MARGIN = 0.03

#: name -> (gold folder, document folders), in the README's order.
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "corpus": (FIXTURES / "corpus" / "gold", (FIXTURES / "corpus" / "docs", ROOT / "seeds")),
    "devdocs": (FIXTURES / "devgold", (FIXTURES / "devdocs",)),
    "heldout2": (FIXTURES / "heldout2" / "gold", (FIXTURES / "heldout2" / "docs",)),
    "heldout3": (FIXTURES / "heldout3" / "gold", (FIXTURES / "heldout3" / "docs",)),
}


def _check_cache() -> Any:
    """``tests/realnews/check_cache.py``, which reads ``sources.tsv`` and lays out the cache."""
    sys.path.insert(0, str(REALNEWS))
    import check_cache

    return check_cache


def realnews_splits() -> list[str]:
    """The real-news splits ``sources.tsv`` names, in its order."""
    return list(dict.fromkeys(row["split"] for row in _check_cache().rows()))


def realnews(split: str, into: Path) -> tuple[Path, tuple[Path, ...]] | None:
    """The real-news split's texts the git-ignored cache holds, laid out under ``into``
    (``None`` where it holds none of them)."""
    check_cache = _check_cache()
    held = check_cache.lay_out(split, into, available=True)
    total = sum(row["split"] == split for row in check_cache.rows())
    if not held:
        return None
    if held < total:
        print(f"## realnews-{split}: scored on the {held} of its {total} texts the cache holds")
    return into / "gold", (into / "docs",)


def floors(report: Report) -> dict[str, float]:
    """Per-category floors ``MARGIN`` under a report's F1 figures (none where nothing is scored)."""
    out = {}
    for score in (*report.totals, report.micro):
        if score.f1 is not None:
            out[score.category] = max(0.0, math.floor((score.f1 - MARGIN) * 100) / 100)
    return out


#: Real-news splits kept aside: scored for figures, never given floors.
BLIND = (
    "realnews-blind",
    "realnews-fresh13",
    "realnews-fresh14",
)


def command(name: str) -> str:
    """The ``diplograph eval`` command that scores one set, with paths from the root."""
    if name not in SETS:
        return f"python tests/realnews/check_cache.py --split {name.split('-')[1]} --into DIR --available, then diplograph eval DIR/gold DIR/docs"
    gold, docs = SETS[name]
    return " ".join(["diplograph eval", *(str(p.relative_to(ROOT)) for p in (gold, *docs))])


def pooled(reports: list[Report]) -> Report:
    """Several sets' reports as one: every document of every set."""
    return Report(tuple(doc for report in reports for doc in report.documents))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        choices=[*SETS, *(f"realnews-{s}" for s in realnews_splits())],
    )
    parser.add_argument(
        "--write-floors",
        action="store_true",
        help=f"write {FLOORS.relative_to(ROOT)}: each set's figures less {MARGIN}",
    )
    args = parser.parse_args(argv)
    names = args.sets or list(SETS)
    reports = []
    written: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            found = SETS.get(name) or realnews(name.split("-")[1], Path(tmp) / name)
            if found is None:
                print(
                    f"## {name}: skipped, the real-news cache holds none of its texts (tests/realnews/README.md)\n"
                )
                continue
            gold, docs = found
            report = evaluate(gold, docs)
            reports.append(report)
            if name not in BLIND:
                written[name] = floors(report)
            print(f"## {name}: {command(name)}\n")
            print(format_report(report))
            print()
    if len(reports) > 1 and not args.sets:
        print(f"## all of {', '.join(names)} together\n")
        print(format_report(pooled(reports)))
    if args.write_floors:
        # A set not scored this time (not asked for, or its cache absent) keeps its floors.
        kept = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
        kept.update(written)
        FLOORS.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
