"""Our own documents with gold (tests/fixtures): well-formed gold that the eval can score.

Forty-one sets, each written with its gold from the text alone, in phrasings and newsroom
styles the dev corpus does not use: ``devdocs`` (short articles), ``heldout2`` (varied
formats), ``heldout3`` (long wire-style articles), ``heldout4`` to ``heldout41`` (twelve
articles each in six genres, by helpers who never ran the extractor,
modelled on real reporting).
These tests check the gold and that the evaluation runs over it, never what the figures
are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from quality_reports import quality_script, set_report

from graph.evaluate import CATEGORIES, format_report, load_gold, report_to_json

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: name -> (documents folder, gold folder, number of documents, words per document)
SETS = {
    "devdocs": (FIXTURES / "devdocs", FIXTURES / "devgold", 10, (250, 450)),
    "heldout2": (FIXTURES / "heldout2" / "docs", FIXTURES / "heldout2" / "gold", 8, (250, 450)),
    "heldout3": (FIXTURES / "heldout3" / "docs", FIXTURES / "heldout3" / "gold", 8, (450, 800)),
    "heldout4": (FIXTURES / "heldout4" / "docs", FIXTURES / "heldout4" / "gold", 12, (250, 450)),
    "heldout5": (FIXTURES / "heldout5" / "docs", FIXTURES / "heldout5" / "gold", 12, (250, 450)),
    "heldout6": (FIXTURES / "heldout6" / "docs", FIXTURES / "heldout6" / "gold", 12, (250, 450)),
    "heldout7": (FIXTURES / "heldout7" / "docs", FIXTURES / "heldout7" / "gold", 12, (250, 450)),
    "heldout8": (FIXTURES / "heldout8" / "docs", FIXTURES / "heldout8" / "gold", 12, (250, 450)),
    "heldout9": (FIXTURES / "heldout9" / "docs", FIXTURES / "heldout9" / "gold", 12, (250, 450)),
    "heldout10": (
        FIXTURES / "heldout10" / "docs",
        FIXTURES / "heldout10" / "gold",
        12,
        (250, 450),
    ),
    "heldout11": (
        FIXTURES / "heldout11" / "docs",
        FIXTURES / "heldout11" / "gold",
        12,
        (250, 450),
    ),
    "heldout12": (
        FIXTURES / "heldout12" / "docs",
        FIXTURES / "heldout12" / "gold",
        12,
        (250, 450),
    ),
    "heldout13": (
        FIXTURES / "heldout13" / "docs",
        FIXTURES / "heldout13" / "gold",
        12,
        (250, 450),
    ),
    "heldout14": (
        FIXTURES / "heldout14" / "docs",
        FIXTURES / "heldout14" / "gold",
        12,
        (250, 450),
    ),
    "heldout15": (
        FIXTURES / "heldout15" / "docs",
        FIXTURES / "heldout15" / "gold",
        12,
        (250, 450),
    ),
    "heldout16": (
        FIXTURES / "heldout16" / "docs",
        FIXTURES / "heldout16" / "gold",
        12,
        (250, 450),
    ),
    "heldout17": (
        FIXTURES / "heldout17" / "docs",
        FIXTURES / "heldout17" / "gold",
        12,
        (250, 450),
    ),
    "heldout18": (
        FIXTURES / "heldout18" / "docs",
        FIXTURES / "heldout18" / "gold",
        12,
        (250, 450),
    ),
    "heldout19": (
        FIXTURES / "heldout19" / "docs",
        FIXTURES / "heldout19" / "gold",
        12,
        (250, 450),
    ),
    "heldout20": (
        FIXTURES / "heldout20" / "docs",
        FIXTURES / "heldout20" / "gold",
        12,
        (250, 450),
    ),
    "heldout21": (
        FIXTURES / "heldout21" / "docs",
        FIXTURES / "heldout21" / "gold",
        12,
        (250, 450),
    ),
    "heldout22": (
        FIXTURES / "heldout22" / "docs",
        FIXTURES / "heldout22" / "gold",
        12,
        (250, 450),
    ),
    "heldout23": (
        FIXTURES / "heldout23" / "docs",
        FIXTURES / "heldout23" / "gold",
        12,
        (250, 450),
    ),
    "heldout24": (
        FIXTURES / "heldout24" / "docs",
        FIXTURES / "heldout24" / "gold",
        12,
        (250, 450),
    ),
    "heldout25": (
        FIXTURES / "heldout25" / "docs",
        FIXTURES / "heldout25" / "gold",
        12,
        (250, 450),
    ),
    "heldout26": (
        FIXTURES / "heldout26" / "docs",
        FIXTURES / "heldout26" / "gold",
        12,
        (250, 450),
    ),
    "heldout27": (
        FIXTURES / "heldout27" / "docs",
        FIXTURES / "heldout27" / "gold",
        12,
        (250, 450),
    ),
    "heldout28": (
        FIXTURES / "heldout28" / "docs",
        FIXTURES / "heldout28" / "gold",
        12,
        (250, 450),
    ),
    "heldout29": (
        FIXTURES / "heldout29" / "docs",
        FIXTURES / "heldout29" / "gold",
        12,
        (250, 450),
    ),
    "heldout30": (
        FIXTURES / "heldout30" / "docs",
        FIXTURES / "heldout30" / "gold",
        12,
        (250, 450),
    ),
    "heldout31": (
        FIXTURES / "heldout31" / "docs",
        FIXTURES / "heldout31" / "gold",
        12,
        (250, 450),
    ),
    "heldout32": (
        FIXTURES / "heldout32" / "docs",
        FIXTURES / "heldout32" / "gold",
        12,
        (250, 450),
    ),
    "heldout33": (
        FIXTURES / "heldout33" / "docs",
        FIXTURES / "heldout33" / "gold",
        12,
        (250, 450),
    ),
    "heldout34": (
        FIXTURES / "heldout34" / "docs",
        FIXTURES / "heldout34" / "gold",
        12,
        (250, 450),
    ),
    "heldout35": (
        FIXTURES / "heldout35" / "docs",
        FIXTURES / "heldout35" / "gold",
        12,
        (250, 450),
    ),
    "heldout36": (
        FIXTURES / "heldout36" / "docs",
        FIXTURES / "heldout36" / "gold",
        12,
        (250, 450),
    ),
    "heldout37": (
        FIXTURES / "heldout37" / "docs",
        FIXTURES / "heldout37" / "gold",
        12,
        (250, 450),
    ),
    "heldout38": (
        FIXTURES / "heldout38" / "docs",
        FIXTURES / "heldout38" / "gold",
        12,
        (250, 450),
    ),
    "heldout39": (
        FIXTURES / "heldout39" / "docs",
        FIXTURES / "heldout39" / "gold",
        12,
        (250, 450),
    ),
    "heldout40": (
        FIXTURES / "heldout40" / "docs",
        FIXTURES / "heldout40" / "gold",
        12,
        (250, 450),
    ),
    "heldout41": (
        FIXTURES / "heldout41" / "docs",
        FIXTURES / "heldout41" / "gold",
        12,
        (250, 450),
    ),
}
GOLD_FILES = [
    (name, path) for name, (_, gold, _, _) in SETS.items() for path in sorted(gold.glob("*.json"))
]


@pytest.mark.parametrize("name", SETS)
def test_heldout_documents_have_news_length_and_pair_with_gold(name: str) -> None:
    docs, gold, count, (low, high) = SETS[name]
    doc_paths, gold_paths = sorted(docs.glob("*.txt")), sorted(gold.glob("*.json"))
    assert len(doc_paths) == count
    for path in doc_paths:
        words = len(path.read_text(encoding="utf-8").split())
        assert low <= words <= high, (path.name, words)
    assert [p.stem for p in doc_paths] == [p.stem for p in gold_paths]
    for path in gold_paths:
        assert json.loads(path.read_text(encoding="utf-8"))["document"] == f"{path.stem}.txt"


@pytest.mark.parametrize(("name", "path"), GOLD_FILES, ids=[f"{n}-{p.stem}" for n, p in GOLD_FILES])
def test_heldout_gold_parses_and_names_only_its_own_entities(name: str, path: Path) -> None:
    gold = load_gold(path)
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


@pytest.mark.parametrize(("name", "path"), GOLD_FILES, ids=[f"{n}-{p.stem}" for n, p in GOLD_FILES])
def test_heldout_required_gold_can_be_found_in_its_document(name: str, path: Path) -> None:
    """Each required entity is named in the text, and each keyword group of a required
    fact has a string that occurs in the text."""
    gold = load_gold(path)
    text = (SETS[name][0] / f"{path.stem}.txt").read_text(encoding="utf-8").casefold()
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


@pytest.mark.parametrize("name", SETS)
def test_heldout_evaluation_runs_and_reports_every_category(name: str) -> None:
    docs, gold, count, _ = SETS[name]
    assert quality_script().SETS[name] == (gold, (docs,))
    report = set_report(name)  # the benchmark's evaluation of the set, made once per run
    assert len(report.documents) == count
    assert report.skipped_documents == ()
    assert report.gold_without_document == ()
    assert [s.category for s in report.totals] == list(CATEGORIES)
    for score in report.totals:
        assert score.gold > 0, score.category
        assert 0 <= score.matched <= min(score.gold, score.predicted)
    assert format_report(report).startswith(f"Scored {count} documents")
    verbose = format_report(report, verbose=True)
    for path in sorted(docs.glob("*.txt")):
        assert f"== {path.name}" in verbose
    assert '"totals"' in report_to_json(report)
