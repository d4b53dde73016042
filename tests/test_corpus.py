"""Whole-document properties over the dev corpus (tests/fixtures/corpus) and our own fixtures.

The corpus is the project's dev corpus, kept in the repository so that a clone
alone runs every test; where ../shared is beside the checkout, one test checks
that the two copies are the same.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph

from graph.documents import load_documents
from graph.evaluate import evaluate
from graph.export import to_turtle
from graph.namespace import DG, PROV, RDF, RDFS
from graph.pipeline import build_documents

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_DOCS = FIXTURES / "docs"
CORPUS = FIXTURES / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"


def _corpus_paths() -> list[Path]:
    return sorted((CORPUS / "docs").glob("*.txt")) + sorted(SEEDS.glob("*.txt"))


@pytest.mark.shared
def test_corpus_is_the_shared_dev_corpus(shared_dir: Path) -> None:
    """The repository's copy of the dev corpus and its gold is ../shared's, file for file."""
    pairs = [
        (shared_dir / "corpus", CORPUS / "docs", "*.txt"),
        (shared_dir / "eval" / "gold", CORPUS / "gold", "*.json"),
        (shared_dir / "seeds", SEEDS, "*.txt"),
    ]
    for theirs, ours, pattern in pairs:
        names = sorted(p.name for p in theirs.glob(pattern))
        assert names == sorted(p.name for p in ours.glob(pattern)), theirs
        for name in names:
            assert (theirs / name).read_bytes() == (ours / name).read_bytes(), name


def _check_provenance(g: Graph, texts: dict[str, str]) -> int:
    checked = 0
    for cls in (DG.Proposal, DG.Condition, DG.Statement):
        for node in g.subjects(RDF.type, cls):
            assert g.value(node, PROV.wasDerivedFrom) is not None, node
            evidence = list(g.objects(node, DG.evidence))
            assert evidence, node
            for ev in evidence:
                doc = g.value(ev, DG.source)
                sha = str(g.value(doc, DG.sha256))
                start, end = int(g.value(ev, DG.start)), int(g.value(ev, DG.end))
                assert texts[sha][start:end] == str(g.value(ev, DG.text))
                checked += 1
    return checked


def test_corpus_every_fact_has_provenance_and_exact_evidence() -> None:
    docs = load_documents(_corpus_paths())
    g = Graph().parse(data=to_turtle(build_documents(docs)), format="turtle")
    assert _check_provenance(g, {d.sha256: d.text for d in docs}) > 50


def test_fixture_docs_every_fact_has_provenance_and_exact_evidence() -> None:
    docs = load_documents([FIXTURE_DOCS])
    g = Graph().parse(data=to_turtle(build_documents(docs)), format="turtle")
    assert _check_provenance(g, {d.sha256: d.text for d in docs}) > 5


def test_corpus_one_node_per_real_world_actor() -> None:
    docs = load_documents(_corpus_paths())
    g = build_documents(docs)
    seen: Counter[tuple[str, str]] = Counter()
    for cls in (DG.State, DG.Organisation, DG.Person):
        for node in g.subjects(RDF.type, cls):
            seen[(str(cls), str(g.value(node, RDFS.label)).casefold())] += 1
    assert [k for k, n in seen.items() if n > 1] == []
    # Every Wikidata id belongs to one node only.
    from graph.namespace import OWL

    ids = Counter(str(o) for o in g.objects(None, OWL.sameAs))
    assert [k for k, n in ids.items() if n > 1] == []


def test_corpus_build_is_byte_identical() -> None:
    paths = _corpus_paths()
    first = to_turtle(build_documents(load_documents(paths)))
    second = to_turtle(build_documents(load_documents(paths)))
    assert first == second


def test_corpus_same_actor_same_iri_in_every_document() -> None:
    docs = load_documents(_corpus_paths())
    per_doc = [build_documents([d]) for d in docs]
    us = [
        str(s)
        for g in per_doc
        for s in g.subjects(RDFS.label, None)
        if str(g.value(s, RDFS.label)) == "United States"
    ]
    assert len(us) >= 5 and len(set(us)) == 1


def test_seed_every_category_above_zero() -> None:
    report = evaluate(CORPUS / "gold", SEEDS)
    text = str(report)
    assert report is not None, text
    totals = _totals(report)
    for category in (
        "entities",
        "proposals",
        "conditions",
        "stances",
        "statements",
        "affiliations",
    ):
        assert totals[category] > 0, (category, totals)


def _totals(report: object) -> dict[str, float]:
    import json

    from graph.evaluate import report_to_json

    data = json.loads(report_to_json(report))  # type: ignore[arg-type]
    return {k: (v["f1"] or 0.0) for k, v in data["totals"].items()}


def test_corpus_conforms_to_the_contract_shapes() -> None:
    from graph.validate import validate_graph

    docs = load_documents(_corpus_paths() + [FIXTURE_DOCS, FIXTURES / "devdocs"])
    g = Graph().parse(data=to_turtle(build_documents(docs)), format="turtle")
    report = validate_graph(g, texts={d.sha256: d.text for d in docs})
    assert report.violations == (), report.violations[:5]
    assert report.checked > 100
