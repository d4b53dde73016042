"""Quality floors: each gold set must score at least a little under what it scored when the
floors were last written (``python benchmarks/quality.py --set NAME --write-floors``).

A change that lowers a category below its floor fails here, naming the set, the category
and both figures. The real-news splits need their git-ignored cache (tests/realnews/README.md)
and skip with that reason where it holds none of a split's texts; they are scored on the
texts it holds, against floors made of what those same texts scored when the floors were
written (their counts are in ``tests/realnews/recorded.json``; a split none of whose held
texts has a record there keeps the split's floors of ``quality_floors.json``). The unread
splits have no floor, so that they stay scored only for figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from quality_reports import quality_script, set_report

from graph.evaluate import CATEGORIES, CategoryScore, DocumentScores, Report, evaluate

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))
#: Each read real-news text's ``[matched, predicted, gold]`` per category when the floors were
#: last written (``benchmarks/quality.py --write-floors``).
RECORDED: dict[str, dict[str, dict[str, list[int]]]] = json.loads(
    (ROOT / "tests" / "realnews" / "recorded.json").read_text(encoding="utf-8")
)
SETS = quality_script().SETS


def _report_figures(report: Report) -> dict[str, float | None]:
    return {s.category: s.f1 for s in (*report.totals, report.micro)}


def _check(name: str, figures: dict[str, float | None], floors: dict[str, float]) -> None:
    below = [
        f"{category}: {figures.get(category)} < floor {floor}"
        for category, floor in sorted(floors.items())
        if (figures.get(category) or 0.0) < floor
    ]
    assert not below, f"{name} fell under its floors: " + "; ".join(below)


@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_stays_above_its_floors(name: str) -> None:
    _check(name, _report_figures(set_report(name)), FLOORS[name])


#: The real-news splits the rules may be tuned on (the blind ones are scored, never floored).
TUNED = (
    "tune",
    "fresh1",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh14",
)


def _as_recorded(counts: dict[str, dict[str, list[int]]]) -> Report:
    """A report made of recorded ``[matched, predicted, gold]`` counts, one per text."""
    return Report(
        tuple(
            DocumentScores(
                stem,
                stem,
                tuple(
                    CategoryScore(c, predicted, gold, matched)
                    for c, (matched, predicted, gold) in sorted(cats.items())
                ),
            )
            for stem, cats in sorted(counts.items())
        )
    )


@pytest.mark.parametrize("split", TUNED)
def test_quality_realnews_split_stays_above_its_floors(split: str, tmp_path: Path) -> None:
    """Scored on the texts the cache holds (the stored copies of some addresses are gone,
    tests/realnews/README.md), against floors made of what those same texts scored when the
    floors were written."""
    quality = quality_script()
    if not quality.realnews(split, tmp_path):
        pytest.skip(f"no text of {split} in the real-news cache: see tests/realnews/README.md")
    report = evaluate(tmp_path / "gold", [tmp_path / "docs"])
    before = RECORDED.get(split, {})
    now = {Path(d.document).stem: d for d in report.documents if Path(d.document).stem in before}
    if not now:  # floors written for the split as a whole, before texts had records
        _check(f"realnews-{split}", _report_figures(report), FLOORS[f"realnews-{split}"])
        return
    floors = quality.floors(_as_recorded({k: before[k] for k in now}))
    figures = _report_figures(Report(tuple(now.values())))
    _check(f"realnews-{split} ({len(now)} texts)", figures, floors)


def test_quality_floors_cover_every_set_and_the_micro_figure() -> None:
    """Every fixture set has floors, and every read real-news split floors or records."""
    assert set(SETS) <= set(FLOORS)
    assert set(TUNED) == set(RECORDED) | {
        name.split("-", 1)[1] for name in FLOORS if name not in SETS
    }
    for name, floors in FLOORS.items():
        assert "micro" in floors and "proposals" in floors, name
        assert all(0.0 <= v < 1.0 for v in floors.values()), name
    for split, texts in RECORDED.items():
        for stem, cats in texts.items():
            assert set(cats) == set(CATEGORIES), (split, stem)
            assert all(0 <= m <= min(p, g) for m, p, g in cats.values()), (split, stem)
