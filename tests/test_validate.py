"""graph.validate and ``diplograph validate``: SHACL shapes and evidence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from graph.cli import main
from graph.namespace import DG, DGID_DEFAULT, OWL, RDFS
from graph.query import load_graph
from graph.validate import (
    check_offsets,
    contract_shapes,
    format_report,
    texts_from_graph_paths,
    texts_from_paths,
    validate_graph,
)

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "fixtures" / "query"
TEXT_PATH = HERE / "geneva.txt"


def dgid(local: str) -> URIRef:
    return URIRef(DGID_DEFAULT + local)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return texts_from_paths([TEXT_PATH])


def load(name: str) -> Graph:
    return load_graph(HERE / name)


def test_validate_shapes_parse() -> None:
    assert len(contract_shapes()) > 0


def test_validate_conforming_graph(texts: dict[str, str]) -> None:
    report = validate_graph(load("geneva.ttl"), texts=texts)
    assert report.conforms
    assert (report.checked, report.unchecked) == (4, 0)
    assert format_report(report) == "conforms"


def test_validate_document_paths_found_from_the_graph(
    monkeypatch: pytest.MonkeyPatch, texts: dict[str, str]
) -> None:
    monkeypatch.chdir(ROOT)
    assert texts_from_graph_paths(load("geneva.ttl")) == texts


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("broken-no-proposer.ttl", {(dgid("proposal-orphan"), DG.proposedBy)}),
        ("broken-labels.ttl", {(dgid("state-russia"), RDFS.label), (dgid("person-anon"), None)}),
        (
            "broken-offsets.ttl",
            {
                (dgid("evidence-reversed"), DG.start),
                (dgid("evidence-shifted"), DG.text),
                (dgid("evidence-past-end"), DG.end),
            },
        ),
        (
            "broken-misc.ttl",
            {
                (dgid("statement-1"), DG.evidence),
                (dgid("statement-1"), DG.speaker),
                (dgid("state-russia"), OWL.sameAs),
                (dgid("evidence-2"), DG.source),
                (dgid("evidence-2"), DG.start),
            },
        ),
    ],
)
def test_validate_broken_graphs(
    fixture: str, expected: set[tuple[URIRef, URIRef | None]], texts: dict[str, str]
) -> None:
    report = validate_graph(load(fixture), texts=texts)
    assert not report.conforms
    assert {(v.focus, v.path) for v in report.violations} == expected


def test_validate_offsets_need_the_text() -> None:
    report = validate_graph(load("broken-offsets.ttl"))
    assert {v.focus for v in report.violations} == {dgid("evidence-reversed")}
    assert (report.checked, report.unchecked) == (0, 0)


def test_validate_check_offsets_messages(texts: dict[str, str]) -> None:
    violations, checked, unchecked = check_offsets(load("broken-offsets.ttl"), texts)
    assert (checked, unchecked) == (4, 0)
    assert sorted(v.message for v in violations) == [
        "dg:text is not the document text at [141:195], which reads"
        " 'ussia demanded that NATO halt its eastward expansion.'",
        "end 400 is past the end of the document text (294 characters)",
    ]
    _, checked, unchecked = check_offsets(load("broken-offsets.ttl"), {})
    assert (checked, unchecked) == (0, 4)


def test_validate_report_lines(texts: dict[str, str]) -> None:
    report = validate_graph(load("broken-labels.ttl"), texts=texts)
    assert format_report(report).splitlines() == [
        "dgid:person-anon: a state, organisation or person must also be typed dg:Actor",
        "dgid:state-russia rdfs:label: an actor needs exactly one rdfs:label"
        " (other names go in skos:altLabel)",
        "2 violations",
    ]


def test_cli_validate_conforms(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(HERE / "geneva.ttl"), "--docs", str(TEXT_PATH)])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, "conforms\n", "")


def test_cli_validate_violations_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(HERE / "broken-no-proposer.ttl"), "--docs", str(TEXT_PATH)])
    out, _err = capsys.readouterr()
    assert code == 1
    assert out == (
        "dgid:proposal-orphan dg:proposedBy: a proposal needs at least one proposer"
        " (dg:proposedBy)\n1 violation\n"
    )


def test_cli_validate_notes_unchecked_offsets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["validate", str(HERE / "geneva.ttl")])
    out, err = capsys.readouterr()
    assert (code, out) == (0, "conforms\n")
    assert err == (
        "Note: 4 evidence nodes not checked against document text: document not"
        " found (give it with --docs)\n"
    )


def test_cli_validate_missing_graph(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["validate"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err == "Error: output/graph.ttl: no such graph file; run `diplograph build` first\n"
