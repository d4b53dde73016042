"""Every quality table of the README, from the files in the repository (a script, not a test).

Scores each gold set with :func:`graph.evaluate.evaluate` -- exactly what
``diplograph eval GOLD_DIR DOCS_DIR...`` prints for it -- and then all of them
pooled. Run from the repository's root:

    .venv/bin/python benchmarks/quality.py [--set NAME ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from graph.evaluate import Report, evaluate, format_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

#: name -> (gold folder, document folders), in the README's order.
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "corpus": (FIXTURES / "corpus" / "gold", (FIXTURES / "corpus" / "docs", ROOT / "seeds")),
    "devdocs": (FIXTURES / "devgold", (FIXTURES / "devdocs",)),
    "heldout2": (FIXTURES / "heldout2" / "gold", (FIXTURES / "heldout2" / "docs",)),
    "heldout3": (FIXTURES / "heldout3" / "gold", (FIXTURES / "heldout3" / "docs",)),
}


def command(name: str) -> str:
    """The ``diplograph eval`` command that scores one set, with paths from the root."""
    gold, docs = SETS[name]
    return " ".join(["diplograph eval", *(str(p.relative_to(ROOT)) for p in (gold, *docs))])


def pooled(reports: list[Report]) -> Report:
    """Several sets' reports as one: every document of every set."""
    return Report(tuple(doc for report in reports for doc in report.documents))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=list(SETS))
    args = parser.parse_args(argv)
    names = args.sets or list(SETS)
    reports = []
    for name in names:
        gold, docs = SETS[name]
        report = evaluate(gold, docs)
        reports.append(report)
        print(f"## {name}: {command(name)}\n")
        print(format_report(report))
        print()
    if len(names) > 1:
        print(f"## all of {', '.join(names)} together\n")
        print(format_report(pooled(reports)))


if __name__ == "__main__":
    main()
