"""Quality floors: each gold set must score at least a little under what it scored when the
floors were last written (``python benchmarks/quality.py --set NAME --write-floors``).

A change that lowers a category below its floor fails here, naming the set, the category
and both figures. The real-news splits need their git-ignored cache (tests/realnews/README.md)
and skip with that reason where it holds none of a split's texts; they are scored on the
texts it holds. The unread splits have no floor, so that they stay scored only for figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from graph.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))
FIXTURES = ROOT / "tests" / "fixtures"
SETS = {
    "corpus": (FIXTURES / "corpus" / "gold", [FIXTURES / "corpus" / "docs", ROOT / "seeds"]),
    "devdocs": (FIXTURES / "devgold", [FIXTURES / "devdocs"]),
    "heldout2": (FIXTURES / "heldout2" / "gold", [FIXTURES / "heldout2" / "docs"]),
    "heldout3": (FIXTURES / "heldout3" / "gold", [FIXTURES / "heldout3" / "docs"]),
}


def _figures(gold: Path, docs: list[Path]) -> dict[str, float | None]:
    report = evaluate(gold, docs)
    return {s.category: s.f1 for s in (*report.totals, report.micro)}


def _check(name: str, figures: dict[str, float | None]) -> None:
    below = [
        f"{category}: {figures.get(category)} < floor {floor}"
        for category, floor in sorted(FLOORS[name].items())
        if (figures.get(category) or 0.0) < floor
    ]
    assert not below, f"{name} fell under its floors: " + "; ".join(below)


@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_stays_above_its_floors(name: str) -> None:
    gold, docs = SETS[name]
    _check(name, _figures(gold, docs))


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
)


@pytest.mark.parametrize("split", TUNED)
def test_quality_realnews_split_stays_above_its_floors(split: str, tmp_path: Path) -> None:
    # Floors are those of the texts the cache can hold: the stored copies of some
    # addresses are gone (tests/realnews/README.md), so a split is scored on the rest.
    sys.path.insert(0, str(ROOT / "tests" / "realnews"))
    import check_cache

    if not check_cache.lay_out(split, tmp_path, available=True):
        pytest.skip(f"no text of {split} in the real-news cache: see tests/realnews/README.md")
    _check(f"realnews-{split}", _figures(tmp_path / "gold", [tmp_path / "docs"]))


def test_quality_floors_cover_every_set_and_the_micro_figure() -> None:
    assert set(FLOORS) == {*SETS, *(f"realnews-{split}" for split in TUNED)}
    for name, floors in FLOORS.items():
        assert "micro" in floors and "proposals" in floors, name
        assert all(0.0 <= v < 1.0 for v in floors.values()), name
