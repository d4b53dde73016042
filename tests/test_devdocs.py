"""Held-out test documents (tests/fixtures/devdocs) and their hand-made gold (devgold).

The documents use phrasings the dev corpus does not, so the figures measure how
well extraction generalises. The gold was written from the text alone; these
tests check that it is well formed and that the evaluation runs over it, not
what the figures are (the extractor changes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import CATEGORIES, evaluate, format_report, load_gold, report_to_json

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCS = FIXTURES / "devdocs"
GOLD = FIXTURES / "devgold"

DOC_PATHS = sorted(DOCS.glob("*.txt"))
GOLD_PATHS = sorted(GOLD.glob("*.json"))


def test_there_are_ten_documents_each_of_news_length() -> None:
    assert len(DOC_PATHS) == 10
    for path in DOC_PATHS:
        words = len(path.read_text(encoding="utf-8").split())
        assert 250 <= words <= 450, (path.name, words)


def test_each_document_has_its_gold_file_and_each_gold_file_its_document() -> None:
    assert [p.stem for p in DOC_PATHS] == [p.stem for p in GOLD_PATHS]


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_parses_and_names_only_entities_it_defines(path: Path) -> None:
    gold = load_gold(path)  # also rejects references to undefined labels
    assert gold.document == f"{path.stem}.txt"
    labels = {e.label for e in gold.entities}
    assert len(labels) == len(gold.entities)
    referenced = (
        {p.by for p in gold.proposals}
        | {p.to for p in gold.proposals if p.to}
        | {c.requires for p in gold.proposals for c in p.conditions if c.requires}
        | {s.by for s in gold.stances}
        | {s.speaker for s in gold.statements}
        | {a.person for a in gold.affiliations}
        | {a.org for a in gold.affiliations}
    )
    assert referenced <= labels, referenced - labels
    types = {e.label: e.type for e in gold.entities}
    for a in gold.affiliations:
        assert types[a.person] == "Person", a
        assert types[a.org] in ("State", "Organisation"), a


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_aliases_and_keywords_occur_in_the_document(path: Path) -> None:
    """Every required item can be found in the text: its entity's label or one alias
    occurs, and every keyword group of a required fact has a string that occurs."""
    gold = load_gold(path)
    text = (DOCS / f"{path.stem}.txt").read_text(encoding="utf-8").casefold()
    for e in gold.entities:
        if not e.optional:
            names = (e.label, *e.aliases)
            assert any(n.casefold() in text for n in names), (path.name, e.label)
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
    return evaluate(GOLD, DOCS)


def test_every_document_is_scored_and_every_category_has_gold(report) -> None:
    assert len(report.documents) == len(DOC_PATHS)
    assert report.skipped_documents == ()
    assert report.gold_without_document == ()
    for score in report.totals:
        assert score.gold > 0, score.category
        assert 0 <= score.matched <= min(score.gold, score.predicted)


def test_the_report_formats(report) -> None:
    text = format_report(report)
    assert text.startswith(f"Scored {len(DOC_PATHS)} documents")
    for name in (*CATEGORIES, "micro"):
        assert any(line.startswith(name) for line in text.splitlines()), name
    verbose = format_report(report, verbose=True)
    for path in DOC_PATHS:
        assert f"== {path.name}" in verbose
    assert '"totals"' in report_to_json(report, verbose=True)
