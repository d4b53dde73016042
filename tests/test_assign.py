"""One proposal, many reports: a build joins the reports of one proposal across documents."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.term import Node

from graph.cli import main
from graph.namespace import DG, RDF, RDFS, SKOS
from graph.store import LocalStore

#: Three reports of one offer, in three wordings, on three dates, and two other proposals
#: (tests/fixtures/dated).
REPORTS = ("turkey-offer.txt", "ankara-repeats.txt", "offer-stands.txt")
DATED = Path(__file__).parent / "fixtures" / "dated"


def _write(folder: Path, names: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(DATED / name, folder / name)
    return folder


def _build(src: Path, out: Path, *args: str) -> Graph:
    assert main(["build", str(src), "--out", str(out), "-q", *args]) == 0
    return Graph().parse(out / "graph.ttl", format="turtle")


def _talks(g: Graph) -> list[Node]:
    return [p for p in g.subjects(RDF.type, DG.Proposal) if "peace talks" in _names(g, p)]


def _names(g: Graph, node: Node) -> str:
    return " ".join(str(o) for o in g.objects(node, RDFS.label)) + " ".join(
        str(o) for o in g.objects(node, SKOS.altLabel)
    )


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph]:
    src = _write(tmp_path_factory.mktemp("in"), REPORTS)
    out = tmp_path_factory.mktemp("out")
    return out, _build(src, out)


def test_assign_three_reports_are_one_proposal_with_the_evidence_of_each(
    three: tuple[Path, Graph],
) -> None:
    _, g = three
    (talks,) = _talks(g)
    sources = {g.value(e, DG.source) for e in g.objects(talks, DG.evidence)}
    assert len(sources) == 3
    assert len(list(g.objects(talks, RDFS.label))) == 1  # the first report's wording
    reasons = [
        str(o) for e in g.objects(talks, DG.evidence) for o in g.objects(e, DG.joinedBecause)
    ]
    assert len(reasons) == 2
    assert all("proposer in common (Turkey)" in r and "same kind (offer)" in r for r in reasons)
    assert any("dated 2024-05-09 near 2024-05-05" in r for r in reasons)


def test_assign_keeps_other_proposals_apart(three: tuple[Path, Graph]) -> None:
    _, g = three
    labels = sorted(str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, DG.Proposal))
    assert len(labels) == 3
    assert any("ferry link" in label for label in labels)
    assert any("gas pipeline" in label for label in labels)


def test_assign_reports_preset_says_why_each_report_was_joined(
    three: tuple[Path, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = three
    for where in (["--graph", str(out / "graph.ttl")], ["--store", str(out / "store")]):
        assert main(["query", *where, "--preset", "reports", "--format", "csv"]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert [r["date"] for r in rows] == ["2024-05-02", "2024-05-05", "2024-05-09"]
        assert rows[0]["joinedBecause"] == ""
        assert all("shared words" in r["joinedBecause"] for r in rows[1:])
        assert len({r["proposal"] for r in rows}) == 1


def test_assign_a_later_build_joins_what_the_store_holds(
    tmp_path: Path, three: tuple[Path, Graph]
) -> None:
    _, whole = three
    src = _write(tmp_path / "in", REPORTS[:2])
    _build(src, tmp_path / "out")
    _write(src, REPORTS[2:])
    g = _build(src, tmp_path / "out")
    assert _talks(g) == _talks(whole)  # the same node, as when built at once
    (talks,) = _talks(g)
    assert len({g.value(e, DG.source) for e in g.objects(talks, DG.evidence)}) == 3


def test_assign_workers_give_the_same_bytes(tmp_path: Path, three: tuple[Path, Graph]) -> None:
    out, _ = three
    src = _write(tmp_path / "in", REPORTS)
    _build(src, tmp_path / "out", "-j", "2")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_assign_a_position_keeps_the_label_of_the_document_that_named_it_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Talks\n\nMarch 1, 2022\n\nChile rejected the single market rules.\n"
    )
    (src / "b.txt").write_text(
        "More talks\n\nMarch 5, 2022\n\n"
        "Peru rejected Chile's single market rules, a minister said.\n"
    )
    g = _build(src, tmp_path / "out")
    (position,) = g.subjects(RDF.type, DG.Position)
    assert [str(x) for x in g.objects(position, RDFS.label)] == ["the single market rules"]
    assert [str(x) for x in g.objects(position, SKOS.altLabel)] == ["Chile's single market rules"]
    capsys.readouterr()
    store = str(tmp_path / "out" / "store")
    assert main(["query", "--store", store, "--preset", "stances", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["targetLabel"] for r in rows) == ["the single market rules"] * 2


def test_assign_the_store_table_and_sparql_take_the_same_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later build finds the stored proposals to compare through the store's table
    (graph.store.index) or, without one, by SPARQL: the same graph either way."""
    names = tuple(sorted(p.name for p in DATED.iterdir()))
    written = {}
    for way in ("table", "sparql"):
        if way == "sparql":
            monkeypatch.setattr(LocalStore, "store_index", lambda self, names: None)
        src = _write(tmp_path / way / "in", names[::2])
        _build(src, tmp_path / way / "out")
        _write(src, names[1::2])
        _build(src, tmp_path / way / "out")
        written[way] = (tmp_path / way / "out" / "graph.ttl").read_bytes()
    assert written["table"] == written["sparql"]
    assert b"joinedBecause" in written["table"]
