"""The repository explains itself: its documents agree with the code, and every link resolves."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from pathlib import Path

import pytest
from quality_reports import quality_script, set_report
from rdflib import Graph, URIRef

import graph.evaluate as evaluate_module
from graph.evaluate import (
    CATEGORIES,
    Report,
    format_report,
    keywords_match,
    match_items,
    normalise_name,
    parse_gold,
)
from graph.namespace import DG, RDF
from graph.vocabulary import dg_terms, terms
from graph.vocabulary_doc import build_example, render

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REGENERATE = "run `.venv/bin/python -m graph.vocabulary_doc` from the repository's root"


@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    return build_example(ROOT / "seeds")


# -- docs/vocabulary.md -------------------------------------------------------------


def test_docs_vocabulary_is_generated_from_the_code(seed_graph: Graph) -> None:
    written = (DOCS / "vocabulary.md").read_text(encoding="utf-8")
    assert written == render(seed_graph), f"docs/vocabulary.md is stale: {REGENERATE}"


def test_docs_every_dg_term_is_described() -> None:
    described = {t.iri for t in terms() if str(t.iri).startswith(str(DG))}
    missing = sorted(str(t) for t in dg_terms() - described)
    assert missing == [], f"describe these in graph/shapes/vocabulary.ttl, then {REGENERATE}"
    assert sorted(str(t) for t in described - dg_terms()) == [], "not in graph/namespace.py"


def test_docs_contract_names_only_terms_of_the_vocabulary() -> None:
    contract = Graph().parse(ROOT / "graph" / "shapes" / "contract.ttl", format="turtle")
    named = {n for triple in contract for n in triple if isinstance(n, URIRef)}
    unknown = {n for n in named if str(n).startswith(str(DG))} - dg_terms()
    assert unknown == set()


def test_docs_every_term_the_build_writes_is_described(seed_graph: Graph) -> None:
    described = {t.iri for t in terms()} | {b for t in terms() for b in t.broader}
    used = {p for p in seed_graph.predicates()} | set(seed_graph.objects(None, RDF.type))
    structural = {RDF.type, RDF.subject, RDF.predicate, RDF.object}
    assert sorted(str(u) for u in used - described - structural) == []


# -- docs/evaluation.md -------------------------------------------------------------

EVALUATION = (DOCS / "evaluation.md").read_text(encoding="utf-8")


def _table(marker: str) -> list[list[str]]:
    """The rows of the Markdown table after ``<!-- marker -->``, cells stripped of backticks."""
    lines = EVALUATION.split(f"<!-- {marker} -->", 1)[1].strip().splitlines()
    rows = []
    for line in lines[2:]:
        line = line.strip()
        if not line.startswith("|"):
            break
        rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
    return rows


@pytest.mark.parametrize(
    "name",
    ["Gold", "GoldEntity", "GoldProposal", "GoldCondition", "GoldStance", "GoldStatement"]
    + ["GoldAffiliation"],
)
def test_docs_evaluation_documents_every_gold_field(name: str) -> None:
    fields = [f.name for f in dataclasses.fields(getattr(evaluate_module, name))]
    documented = [row[0] for row in _table(f"fields: {name}")]
    assert sorted(documented) == sorted(fields)


def test_docs_evaluation_examples_parse_as_gold() -> None:
    blocks = re.findall(r"```json\n(.*?)```", EVALUATION, re.S)
    assert blocks
    for block in blocks:
        gold = parse_gold(json.loads(block), "docs/evaluation.md")
        assert gold.proposals[0].cluster == "nato-us-replies-2022/missiles-ukraine"


def test_docs_evaluation_name_and_keyword_examples_hold() -> None:
    for name, normalised in _table("check: normalise_name"):
        assert normalise_name(name) == normalised, name
    for text, keywords, matches in _table("check: keywords_match"):
        groups = tuple(tuple(g) for g in json.loads(keywords))
        assert keywords_match(text, groups) is (matches == "yes"), text


def test_docs_evaluation_matching_example_holds() -> None:
    [[_n, _gold, edges, matching]] = _table("check: match_items")
    index = {"0": 0, "1": 1, "R": 0, "O": 1}
    pairs = [tuple(index[x] for x in e.strip().split("–")) for e in edges.split(",")]
    expected = dict(tuple(index[x] for x in m.strip().split("–")) for m in matching.split(","))
    assert match_items(2, [False, True], pairs) == expected


def test_docs_evaluation_categories_and_report_columns() -> None:
    categories = EVALUATION.split("<!-- check: categories -->", 1)[1].strip().splitlines()[0]
    assert re.findall(r"`(\w+)`", categories) == list(CATEGORIES)
    shown = EVALUATION.split("<!-- check: report -->", 1)[1].split("```")[1].splitlines()
    header = format_report(evaluate_module.Report(())).splitlines()[1]
    assert shown[2] == header


# -- links ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "README.md",
        "docs/vocabulary.md",
        "docs/evaluation.md",
        "docs/measurements.md",
        "tests/fixtures/corpus/README.md",
    ],
)
def test_docs_every_link_resolves_inside_the_repository(page: str) -> None:
    path = ROOT / page
    text = path.read_text(encoding="utf-8")
    assert "../shared" not in text
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        file, _, anchor = target.partition("#")
        resolved = (path.parent / file).resolve() if file else path
        assert resolved.is_relative_to(ROOT), target
        assert resolved.exists(), target
        if anchor:
            headings = re.findall(r"^#+ (.+)$", resolved.read_text(encoding="utf-8"), re.M)
            slugs = {re.sub(r"[^\w -]", "", h).strip().lower().replace(" ", "-") for h in headings}
            assert anchor in slugs, target


# -- the README's quality tables --------------------------------------------------------


def test_docs_readme_quality_tables_are_what_the_command_prints() -> None:
    """Each table is benchmarks/quality.py's output on the files in the repository."""
    quality = quality_script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reports = {name: set_report(name) for name in quality.SETS}

    def block(marker: str) -> list[str]:
        lines = readme.split(f"<!-- quality: {marker} -->", 1)[1].strip("\n").splitlines()
        return [line.strip() for line in itertools.takewhile(str.strip, lines)]

    def table(report: Report) -> list[str]:
        return format_report(report).splitlines()[1:]

    hint = (
        "README.md is out of date: paste the tables .venv/bin/python benchmarks/quality.py prints"
    )
    assert block("corpus") == table(reports["corpus"]), hint
    assert block("all") == table(quality.pooled(list(reports.values()))), hint
    for row in block("sets")[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        name, now, command = cells[0], cells[3], cells[4].strip("`")
        assert now == f"{reports[name].micro.f1:.3f}", hint
        assert quality.command(name) == f"diplograph eval {command}"
