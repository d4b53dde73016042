"""The view files written piece by piece from a store: the bytes of the networkx views."""

from __future__ import annotations

import io
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


@pytest.mark.parametrize("chunk", [1, 3, 2000])
@pytest.mark.parametrize("source", ["scenario", "stored"])
def test_view_files_equal_the_networkx_views(
    source: str, chunk: int, request: pytest.FixtureRequest
) -> None:
    g = request.getfixturevalue(source)
    files = ViewFiles(g, chunk=chunk)
    assert files.actors_csv() == actors_csv(g)
    for view in ("full", "actors"):
        streamed = _streamed_bytes(files, view)
        assert streamed == _networkx_bytes(g, view)
        assert len(nx.parse_graphml(streamed, force_multigraph=True)) > 0


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
