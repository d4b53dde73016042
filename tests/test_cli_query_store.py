"""``diplograph query`` on a store: the same answers as on the Turtle file, under the same rules."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from pathlib import Path

import pytest

from graph.cli import main
from graph.query import list_presets
from graph.store import LocalStore


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main(["query", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def rows(text: str) -> list[tuple[str, ...]]:
    """CSV rows, each cell's "; "-joined parts sorted (GROUP_CONCAT has no order)."""
    table = list(csv.reader(io.StringIO(text)))
    body = [tuple("; ".join(sorted(cell.split("; "))) for cell in row) for row in table[1:]]
    return [tuple(table[0]), *sorted(body)]


@pytest.mark.parametrize("preset", [p.name for p in list_presets()])
def test_cli_query_store_presets_answer_as_the_turtle_file_does(
    capsys: pytest.CaptureFixture[str], built: Path, preset: str
) -> None:
    code, on_store, err = run(
        capsys, "--store", built / "store", "--preset", preset, "--format", "csv"
    )
    assert (code, err) == (0, "")
    code, on_file, _ = run(
        capsys, "--graph", built / "graph.ttl", "--preset", preset, "--format", "csv"
    )
    assert code == 0
    assert rows(on_store) == rows(on_file)
    if preset not in ("shifts", "reports"):  # tests/test_timeline.py and test_assign.py have them
        assert len(rows(on_store)) > 1


def test_cli_query_store_counts_each_actor_once(
    capsys: pytest.CaptureFixture[str], built: Path
) -> None:
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s a dg:State ; rdfs:label ?name }"
    answers = [
        json.loads(run(capsys, *where, sparql, "--format", "json")[1])
        for where in (("--store", built / "store"), ("--graph", built / "graph.ttl"))
    ]
    assert answers[0] == answers[1]


def test_cli_query_store_param_binds_a_term(
    capsys: pytest.CaptureFixture[str], built: Path
) -> None:
    args = ["--preset", "stances", "--param", "holder=dgid:state-united-states", "--format", "csv"]
    code, on_store, _ = run(capsys, "--store", built / "store", *args)
    _, on_file, _ = run(capsys, "--graph", built / "graph.ttl", *args)
    assert code == 0
    assert rows(on_store) == rows(on_file)
    assert 1 < len(rows(on_store)) < 30


def test_cli_query_store_refuses_service_and_updates(
    capsys: pytest.CaptureFixture[str], built: Path
) -> None:
    code, _, err = run(
        capsys,
        "--store",
        built / "store",
        "SELECT * WHERE { SERVICE <http://e.org/s> { ?s ?p ?o } }",
    )
    assert (code, err) == (
        1,
        "Error: SERVICE is not allowed: it would send the query over the network;"
        " query the local graph only\n",
    )
    code, _, err = run(capsys, "--store", built / "store", "CLEAR ALL")
    assert code == 1
    assert err.startswith("Error: this is a SPARQL Update (CLEAR) and queries are read-only;")


def test_cli_query_store_update_runs_on_a_copy(
    capsys: pytest.CaptureFixture[str], built: Path
) -> None:
    before = (built / "graph.ttl").read_bytes()
    code, out, _ = run(capsys, "--store", built / "store", "--allow-update", "CLEAR DEFAULT")
    assert code == 0
    assert out.startswith("update ran on a copy of the graph: ")
    assert out.rstrip().endswith(" after; the graph file is unchanged")
    code, out, _ = run(capsys, "--store", built / "store", "ASK { ?s a dg:Document }")
    assert (code, out) == (0, "true\n")
    assert (built / "graph.ttl").read_bytes() == before


def test_cli_query_store_timeout(capsys: pytest.CaptureFixture[str], built: Path) -> None:
    code, _, err = run(
        capsys,
        "--store",
        built / "store",
        "--timeout",
        "0.3",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
    )
    assert code == 1
    assert err == (
        "Error: the query took longer than the 0.3 s timeout and was stopped;"
        " narrow it, or raise --timeout\n"
    )
    assert multiprocessing.active_children() == []


def test_cli_query_store_missing_or_being_built(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--store", tmp_path / "none", "--preset", "actors")
    assert (code, err) == (
        1,
        f"Error: no store at {tmp_path / 'none'}; run `diplograph build` first"
        " (or query a Turtle file with --graph FILE)\n",
    )
    writer = LocalStore.for_writing(tmp_path / "store")
    try:
        code, _, err = run(capsys, "--store", tmp_path / "store", "--preset", "actors")
    finally:
        writer.close()
    assert (code, err) == (
        1,
        f"Error: {tmp_path / 'store'} is being written by a build;"
        " run this again when the build has finished\n",
    )


def test_cli_query_store_or_graph_not_both(capsys: pytest.CaptureFixture[str], built: Path) -> None:
    code, _, err = run(
        capsys, "--store", built / "store", "--graph", built / "graph.ttl", "--preset", "actors"
    )
    assert code == 2
    assert "give --store or --graph, not both" in err


def test_cli_query_store_construct_prints_the_turtle_the_file_gives(
    capsys: pytest.CaptureFixture[str], built: Path
) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    sparql = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a dg:State ; rdfs:label ?l }"
    graphs = []
    for where in (("--store", built / "store"), ("--graph", built / "graph.ttl")):
        code, out, _ = run(capsys, *where, sparql)
        assert code == 0
        graphs.append(Graph().parse(data=out, format="turtle"))
    assert len(graphs[0]) > 10
    assert isomorphic(graphs[0], graphs[1])
