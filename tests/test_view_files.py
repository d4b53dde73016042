"""The view files written piece by piece from a store: the bytes of the networkx views."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graph.export.graphml import write_graphml
from graph.export.view_files import ViewFiles
from graph.store import LocalStore
from graph.views import actors_csv, write_view_graphml


@pytest.fixture(scope="module")
def scenario(fixtures_dir: Path) -> Graph:
    return Graph().parse(fixtures_dir / "views" / "scenario.ttl", format="turtle")


#: Evidence the scenario lacks: facts read in many places (more than GraphML keeps), in
#: documents whose titles sort otherwise than their IRIs, places two facts share (one
#: evidence node, or two nodes at the same place), a place read twice for one fact, a stance
#: reified twice, evidence without its document or offsets, characters XML forbids.
_TRICKY = """
@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix dgid: <https://w3id.org/diplograph/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
dgid:proposal-us-1 dg:evidence dgid:ev-a, dgid:ev-b, dgid:ev-c, dgid:ev-d, dgid:ev-bare .
dgid:proposal-us-2 dg:evidence dgid:ev-b, dgid:ev-c2, dgid:ev-e, dgid:ev-e2 .
dgid:proposal-us-3 dg:evidence dgid:ev-a .
dgid:ev-a dg:source dgid:doc-us ; dg:start 10 ; dg:end 20 ; dg:text "A, as the US says." .
dgid:ev-b dg:source dgid:doc-nato ; dg:start 5 ; dg:end 9 ; dg:text "B \uffff at NATO." .
dgid:ev-c dg:source dgid:doc-comment ; dg:start 1 ; dg:end 2 ; dg:text "C, commented." .
dgid:ev-c2 dg:source dgid:doc-comment ; dg:start 1 ; dg:end 2 ; dg:text "C, commented." .
dgid:ev-d dg:source dgid:doc-ru ; dg:start 7 ; dg:end 8 ; dg:text "D\u0007 in Russia." .
dgid:ev-e dg:source dgid:doc-ru ; dg:start 3 ; dg:end 4 ; dg:text "E, once." .
dgid:ev-e2 dg:source dgid:doc-ru ; dg:start 3 ; dg:end 4 ; dg:text "E, once." .
dgid:ev-bare dg:text "Read, but where?" .
dgid:stance-us-2 a rdf:Statement ; rdf:subject dgid:state-united-states ;
    rdf:predicate dg:rejects ; rdf:object dgid:demand-ru-1 ; dg:evidence dgid:ev-c, dgid:ev-d .
"""


@pytest.fixture(scope="module")
def tricky(scenario: Graph) -> Graph:
    g = Graph()
    for triple in scenario:
        g.add(triple)
    return g.parse(data=_TRICKY, format="turtle")


@pytest.fixture(scope="module")
def stored(built: Path) -> Iterator[Graph]:
    store = LocalStore.for_reading(built / "store")
    yield store.union()
    store.close()


def _networkx_bytes(g: Graph, view: str) -> bytes:
    out = io.BytesIO()
    write_view_graphml(g, view, out)
    return out.getvalue()


def _streamed_bytes(files: ViewFiles, view: str) -> bytes:
    out = io.BytesIO()
    (files.write_full if view == "full" else files.write_actors)(out)
    return out.getvalue()


@pytest.mark.parametrize("source", ["scenario", "tricky", "stored"])
def test_view_files_equal_the_networkx_views(source: str, request: pytest.FixtureRequest) -> None:
    g = request.getfixturevalue(source)
    files = ViewFiles(g)
    assert files.actors_csv() == actors_csv(g)
    for view in ("full", "actors", "actors"):  # the actor network's edges written twice
        streamed = _streamed_bytes(files, view)
        assert streamed == _networkx_bytes(g, view)
        assert len(nx.parse_graphml(streamed, force_multigraph=True)) > 0
    files.close()


def test_evidence_index_counts_shared_places_once(tricky: Graph) -> None:
    index = ViewFiles(tricky).index
    us1, us2, us3 = (f"https://w3id.org/diplograph/id/proposal-us-{i}" for i in (1, 2, 3))
    # Each its own place, and us-1: ev-a..ev-d and the bare one; us-2: ev-b and ev-c again
    # (ev-c2 is at ev-c's place), and one place read twice (ev-e, ev-e2); us-3: ev-a.
    assert [index.evidence([f])[0] for f in (us1, us2, us3)] == [6, 4, 2]
    assert index.evidence([us1, us2])[0] == 8
    assert index.evidence([us1, us2, us3])[0] == 9
    count, first = index.evidence([us3, us2])
    assert count == 6
    places = json.loads(first)
    # By document title: "Commentary: ..." before "NATO response ..." before "Russia's ...".
    assert [p["text"] for p in places] == ["C, commented.", "B \ufffd at NATO.", "E, once."]
    assert index.evidence(["https://w3id.org/diplograph/id/nothing"]) == (0, "[]")


def test_view_files_built_files_are_the_networkx_views(built: Path, stored: Graph) -> None:
    assert (built / "actors.csv").read_text(encoding="utf-8") == actors_csv(stored)
    assert (built / "graph.graphml").read_bytes() == _networkx_bytes(stored, "full")
    assert (built / "actors.graphml").read_bytes() == _networkx_bytes(stored, "actors")


def test_graphml_writer_gives_the_bytes_of_networkx() -> None:
    view = nx.MultiDiGraph(name="tricky", note="ünïcode & <tags>")
    view.add_node("b", label="Bée \"quoted\" & 'single'", flag=True, score=0.5)
    view.add_node("a", label="A", count=3)
    view.add_edge("a", "b", key="proposes", relation="proposes", weight=2)
    view.add_edge("b", "a", key="x", text="line\nbreak", ratio=1e-7)
    expected = io.BytesIO()
    nx.write_graphml_lxml(view, expected)
    out = io.BytesIO()
    write_graphml(
        out,
        dict(view.graph),
        list(view.nodes(data=True)),
        list(view.edges(keys=True, data=True)),
    )
    assert out.getvalue() == expected.getvalue()


def test_graphml_writer_without_edge_keys_matches_a_digraph() -> None:
    view = nx.DiGraph()
    view.add_edge("u", "v", weight=1.5)
    expected = io.BytesIO()
    nx.write_graphml_lxml(view, expected)
    out = io.BytesIO()
    write_graphml(out, {}, list(view.nodes(data=True)), [("u", "v", None, {"weight": 1.5})])
    assert out.getvalue() == expected.getvalue()
