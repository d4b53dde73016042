"""Third held-out set (tests/fixtures/heldout3): newsroom-style documents and gold.

Eight wire, newspaper and analysis articles of 450-800 words each, about
negotiations that appear neither in the dev corpus nor in the earlier held-out
sets, with bylines, datelines, background paragraphs full of names that are not
actors, analysts, anonymous sources and reporting/editing footers. The gold was
written from the text alone, before the extractor was run on it. These tests
check that the gold is well formed and that the evaluation runs over it, never
what the figures are.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from graph.evaluate import CATEGORIES, evaluate, load_gold

ROOT = Path(__file__).resolve().parent / "fixtures" / "heldout3"
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"

DOC_PATHS = sorted(DOCS.glob("*.txt"))
GOLD_PATHS = sorted(GOLD.glob("*.json"))


def test_there_are_eight_documents_of_article_length() -> None:
    assert len(DOC_PATHS) == 8
    for path in DOC_PATHS:
        words = len(path.read_text(encoding="utf-8").split())
        assert 450 <= words <= 800, (path.name, words)


def test_documents_and_gold_files_pair_up() -> None:
    assert [p.stem for p in DOC_PATHS] == [p.stem for p in GOLD_PATHS]
    for path in GOLD_PATHS:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["document"] == f"{path.stem}.txt"


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_parses_and_names_only_its_own_entities(path: Path) -> None:
    gold = load_gold(path)
    assert gold.document == f"{path.stem}.txt"
    labels = [e.label for e in gold.entities]
    assert len(set(labels)) == len(labels)
    referenced = (
        {p.by for p in gold.proposals}
        | {p.to for p in gold.proposals if p.to}
        | {c.requires for p in gold.proposals for c in p.conditions if c.requires}
        | {s.by for s in gold.stances}
        | {s.speaker for s in gold.statements}
        | {a.person for a in gold.affiliations}
        | {a.org for a in gold.affiliations}
    )
    assert referenced <= set(labels), referenced - set(labels)
    types = {e.label: e.type for e in gold.entities}
    for a in gold.affiliations:
        assert types[a.person] == "Person", a
        assert types[a.org] in ("State", "Organisation"), a


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_required_gold_can_be_found_in_its_document(path: Path) -> None:
    """Each required entity is named in the text, and each keyword group of a
    required fact has a string that occurs in the text."""
    gold = load_gold(path)
    text = (DOCS / f"{path.stem}.txt").read_text(encoding="utf-8").casefold()
    for e in gold.entities:
        if not e.optional:
            assert any(n.casefold() in text for n in (e.label, *e.aliases)), (path.name, e.label)
    groups = [g for p in gold.proposals if not p.optional for g in p.keywords]
    groups += [
        g
        for p in gold.proposals
        if not p.optional
        for c in p.conditions
        if not c.optional
        for g in c.keywords
    ]
    groups += [g for s in gold.stances if not s.optional for g in s.keywords]
    groups += [g for s in gold.statements if not s.optional for g in s.keywords]
    for group in groups:
        assert any(k.casefold() in text for k in group), (path.name, group)


@pytest.fixture(scope="module")
def report():
    # Relative paths, as a user would type them, from the repository root.
    with contextlib.chdir(ROOT.parents[2]):
        return evaluate(Path("tests/fixtures/heldout3/gold"), Path("tests/fixtures/heldout3/docs"))


def test_evaluation_runs_and_every_category_has_gold(report) -> None:
    assert len(report.documents) == len(DOC_PATHS)
    assert report.skipped_documents == ()
    assert report.gold_without_document == ()
    assert [s.category for s in report.totals] == list(CATEGORIES)
    for score in report.totals:
        assert score.gold > 0, score.category
        assert 0 <= score.matched <= min(score.gold, score.predicted)
