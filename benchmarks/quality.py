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
#: Each read real-news text's counts per category when the floors were last written: a split
#: is floored on the texts the cache holds, against what those same texts scored then.
RECORDED = REALNEWS / "recorded.json"
#: How far under today's figure a floor sits: a change that drops further fails the tests.
MARGIN = 0.03

#: name -> (gold folder, document folders), in the README's order.
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "corpus": (FIXTURES / "corpus" / "gold", (FIXTURES / "corpus" / "docs", ROOT / "seeds")),
    "devdocs": (FIXTURES / "devgold", (FIXTURES / "devdocs",)),
    "heldout2": (FIXTURES / "heldout2" / "gold", (FIXTURES / "heldout2" / "docs",)),
    "heldout3": (FIXTURES / "heldout3" / "gold", (FIXTURES / "heldout3" / "docs",)),
    "heldout4": (FIXTURES / "heldout4" / "gold", (FIXTURES / "heldout4" / "docs",)),
    "heldout5": (FIXTURES / "heldout5" / "gold", (FIXTURES / "heldout5" / "docs",)),
    "heldout6": (FIXTURES / "heldout6" / "gold", (FIXTURES / "heldout6" / "docs",)),
    "heldout7": (FIXTURES / "heldout7" / "gold", (FIXTURES / "heldout7" / "docs",)),
    "heldout8": (FIXTURES / "heldout8" / "gold", (FIXTURES / "heldout8" / "docs",)),
    "heldout9": (FIXTURES / "heldout9" / "gold", (FIXTURES / "heldout9" / "docs",)),
    "heldout10": (FIXTURES / "heldout10" / "gold", (FIXTURES / "heldout10" / "docs",)),
    "heldout11": (FIXTURES / "heldout11" / "gold", (FIXTURES / "heldout11" / "docs",)),
    "heldout12": (FIXTURES / "heldout12" / "gold", (FIXTURES / "heldout12" / "docs",)),
    "heldout13": (FIXTURES / "heldout13" / "gold", (FIXTURES / "heldout13" / "docs",)),
    "heldout14": (FIXTURES / "heldout14" / "gold", (FIXTURES / "heldout14" / "docs",)),
    "heldout15": (FIXTURES / "heldout15" / "gold", (FIXTURES / "heldout15" / "docs",)),
    "heldout16": (FIXTURES / "heldout16" / "gold", (FIXTURES / "heldout16" / "docs",)),
    "heldout17": (FIXTURES / "heldout17" / "gold", (FIXTURES / "heldout17" / "docs",)),
    "heldout18": (FIXTURES / "heldout18" / "gold", (FIXTURES / "heldout18" / "docs",)),
    "heldout19": (FIXTURES / "heldout19" / "gold", (FIXTURES / "heldout19" / "docs",)),
    "heldout20": (FIXTURES / "heldout20" / "gold", (FIXTURES / "heldout20" / "docs",)),
    "heldout21": (FIXTURES / "heldout21" / "gold", (FIXTURES / "heldout21" / "docs",)),
    "heldout22": (FIXTURES / "heldout22" / "gold", (FIXTURES / "heldout22" / "docs",)),
    "heldout23": (FIXTURES / "heldout23" / "gold", (FIXTURES / "heldout23" / "docs",)),
    "heldout24": (FIXTURES / "heldout24" / "gold", (FIXTURES / "heldout24" / "docs",)),
    "heldout25": (FIXTURES / "heldout25" / "gold", (FIXTURES / "heldout25" / "docs",)),
    "heldout26": (FIXTURES / "heldout26" / "gold", (FIXTURES / "heldout26" / "docs",)),
    "heldout27": (FIXTURES / "heldout27" / "gold", (FIXTURES / "heldout27" / "docs",)),
    "heldout28": (FIXTURES / "heldout28" / "gold", (FIXTURES / "heldout28" / "docs",)),
    "heldout29": (FIXTURES / "heldout29" / "gold", (FIXTURES / "heldout29" / "docs",)),
    "heldout30": (FIXTURES / "heldout30" / "gold", (FIXTURES / "heldout30" / "docs",)),
    "heldout31": (FIXTURES / "heldout31" / "gold", (FIXTURES / "heldout31" / "docs",)),
    "heldout32": (FIXTURES / "heldout32" / "gold", (FIXTURES / "heldout32" / "docs",)),
    "heldout33": (FIXTURES / "heldout33" / "gold", (FIXTURES / "heldout33" / "docs",)),
    "heldout34": (FIXTURES / "heldout34" / "gold", (FIXTURES / "heldout34" / "docs",)),
    "heldout35": (FIXTURES / "heldout35" / "gold", (FIXTURES / "heldout35" / "docs",)),
    "heldout36": (FIXTURES / "heldout36" / "gold", (FIXTURES / "heldout36" / "docs",)),
    "heldout37": (FIXTURES / "heldout37" / "gold", (FIXTURES / "heldout37" / "docs",)),
    "heldout38": (FIXTURES / "heldout38" / "gold", (FIXTURES / "heldout38" / "docs",)),
    "heldout39": (FIXTURES / "heldout39" / "gold", (FIXTURES / "heldout39" / "docs",)),
    "heldout40": (FIXTURES / "heldout40" / "gold", (FIXTURES / "heldout40" / "docs",)),
    "heldout41": (FIXTURES / "heldout41" / "gold", (FIXTURES / "heldout41" / "docs",)),
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
    "realnews-fresh15",
)


def recorded(report: Report) -> dict[str, dict[str, list[int]]]:
    """Each document's ``[matched, predicted, gold]`` per category, by the document's stem."""
    return {
        Path(doc.document).stem: {
            c.category: [c.matched, c.predicted, c.gold] for c in doc.categories
        }
        for doc in report.documents
    }


def _write_recorded(splits: dict[str, dict[str, dict[str, list[int]]]]) -> None:
    """Merge ``splits`` into ``RECORDED``: a text scored now replaces its record, the others
    (texts the cache does not hold now) keep theirs."""
    kept = json.loads(RECORDED.read_text(encoding="utf-8")) if RECORDED.is_file() else {}
    for split, documents in splits.items():
        kept.setdefault(split, {}).update(documents)
    RECORDED.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")


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
        help=f"write {FLOORS.relative_to(ROOT)} (each fixture set's figures less {MARGIN}) "
        f"and {RECORDED.relative_to(ROOT)} (each read real-news text's counts)",
    )
    args = parser.parse_args(argv)
    names = args.sets or list(SETS)
    reports = []
    written: dict[str, dict[str, float]] = {}
    texts: dict[str, dict[str, dict[str, list[int]]]] = {}
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
            if name in SETS:
                written[name] = floors(report)
            elif name not in BLIND:
                texts[name.split("-", 1)[1]] = recorded(report)
            print(f"## {name}: {command(name)}\n")
            print(format_report(report))
            print()
    if len(reports) > 1 and not args.sets:
        print(f"## all of {', '.join(names)} together\n")
        print(format_report(pooled(reports)))
    if args.write_floors:
        # A set not scored this time (not asked for, or its cache absent) keeps its floors.
        kept = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
        # A real-news split scored now is floored text by text from RECORDED; the floors of
        # one not scored (its cache absent) stay as they were written.
        recorded_now = {f"realnews-{split}" for split in texts}
        kept = {name: figures for name, figures in kept.items() if name not in recorded_now}
        kept.update(written)
        FLOORS.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        _write_recorded(texts)
        print(f"floors written to {FLOORS.relative_to(ROOT)} and {RECORDED.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
