"""``diplograph query`` through graph.cli.main: exit codes and exact messages."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from graph.cli import main

GENEVA = Path(__file__).resolve().parent / "fixtures" / "query" / "geneva.ttl"


@pytest.fixture()
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    shutil.copyfile(GENEVA, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_query_missing_graph_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "query", "--preset", "proposals")
    assert (code, out) == (1, "")
    assert err == (
        "Error: no store at output/store; run `diplograph build` first"
        " (or query a Turtle file with --graph FILE)\n"
    )
    code, out, err = run(capsys, "query", "--graph", "output/graph.ttl", "--preset", "proposals")
    assert (code, out) == (1, "")
    assert err == "Error: output/graph.ttl: no such graph file; run `diplograph build` first\n"


def test_cli_query_invalid_turtle(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    code, _out, err = run(capsys, "query", "--graph", str(path), "ASK {}")
    assert code == 1
    assert err == f"Error: {path}: not valid Turtle (line 1: objectList expected)\n"


def test_cli_query_invalid_sparql(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, out, err = run(capsys, "query", "--graph", str(graph_file), "SELECT ?x WHERE { ?x ?y }")
    assert (code, out) == (1, "")
    assert err == "Error: invalid SPARQL at line 1, column 19: Expected SelectQuery, found '?'\n"


def test_cli_query_unknown_preset(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, _out, err = run(capsys, "query", "--graph", str(graph_file), "--preset", "nope")
    assert code == 1
    assert err == (
        "Error: no preset query named 'nope'; choose one of: actors, affiliations,"
        " conditions, documents, evidence, proposals, stances, statements\n"
    )


def test_cli_query_bad_param(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, _out, err = run(
        capsys, "query", "--graph", str(graph_file), "--preset", "stances", "--param", "holder"
    )
    assert code == 1
    assert err == (
        "Error: --param 'holder': expected name=value, e.g. --param holder=dgid:state-russia\n"
    )


def test_cli_query_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "query", "--list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["actors", "Actors", "by", "involvement"]
    assert lines[1].strip().startswith("Every actor ranked")
    names = {line.split()[0] for line in lines[::2]}
    assert {
        "proposals",
        "stances",
        "statements",
        "actors",
        "conditions",
        "affiliations",
        "documents",
        "evidence",
    } <= names


def test_cli_query_needs_exactly_one_query(
    capsys: pytest.CaptureFixture[str], graph_file: Path
) -> None:
    code, _out, err = run(
        capsys, "query", "--graph", str(graph_file), "ASK {}", "--preset", "actors"
    )
    assert code == 2
    assert "Error: give one query: SPARQL text, --file FILE or --preset NAME" in err


def test_cli_query_preset_table(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, out, _err = run(
        capsys,
        "query",
        "--graph",
        str(graph_file),
        "--preset",
        "stances",
        "--param",
        "holder=dgid:state-russia",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "holderName",
        "stance",
        "targetLabel",
        "targetKind",
        "holder",
        "target",
    ]
    assert lines[2].split() == [
        "Russia",
        "rejects",
        "limit",
        "missile",
        "deployments",
        "in",
        "Europe",
        "proposal",
        "dgid:state-russia",
        "dgid:proposal-limit-missiles",
    ]
    assert lines[-1] == "(1 row)"


def test_cli_query_csv_and_json(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    sparql = "SELECT ?s ?name WHERE { ?s a dg:Organisation ; rdfs:label ?name }"
    code, out, _err = run(capsys, "query", "--graph", str(graph_file), "--format", "csv", sparql)
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["s", "name"],
        ["https://w3id.org/diplograph/id/org-nato", "NATO"],
    ]
    code, out, _err = run(capsys, "query", "--graph", str(graph_file), "--format", "json", sparql)
    assert code == 0
    assert json.loads(out)["results"]["bindings"][0]["name"] == {"type": "literal", "value": "NATO"}


def test_cli_query_from_stdin_and_file(
    capsys: pytest.CaptureFixture[str],
    graph_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ASK { dgid:org-nato a dg:Organisation }"))
    assert run(capsys, "query", "--graph", str(graph_file), "-")[:2] == (0, "true\n")
    query_file = tmp_path / "q.rq"
    query_file.write_text("ASK { dgid:org-nato a dg:Person }", encoding="utf-8")
    assert run(capsys, "query", "--graph", str(graph_file), "--file", str(query_file))[:2] == (
        0,
        "false\n",
    )


def test_cli_query_update_refused(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, out, err = run(capsys, "query", "--graph", str(graph_file), "CLEAR DEFAULT")
    assert (code, out) == (1, "")
    assert err == (
        "Error: this is a SPARQL Update (CLEAR) and queries are read-only; use"
        " --allow-update to run it on a copy of the graph (the file is never"
        " changed)\n"
    )


def test_cli_query_update_allowed_leaves_the_file(
    capsys: pytest.CaptureFixture[str], graph_file: Path
) -> None:
    before = graph_file.read_bytes()
    code, out, _err = run(
        capsys,
        "query",
        "--graph",
        str(graph_file),
        "--allow-update",
        "DELETE WHERE { ?s a dg:Evidence ; ?p ?o }",
    )
    assert code == 0
    assert out == (
        "update ran on a copy of the graph: 100 triples before, 80 after;"
        " the graph file is unchanged\n"
    )
    assert graph_file.read_bytes() == before


def test_cli_query_service_refused(capsys: pytest.CaptureFixture[str], graph_file: Path) -> None:
    code, _out, err = run(
        capsys,
        "query",
        "--graph",
        str(graph_file),
        "--allow-update",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    )
    assert code == 1
    assert err == (
        "Error: SERVICE is not allowed: it would send the query over the network;"
        " query the local graph only\n"
    )


def test_cli_query_timeout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(
        "".join(f"<http://e.org/{i}> <http://e.org/p> {i} .\n" for i in range(300)),
        encoding="utf-8",
    )
    code, _out, err = run(
        capsys,
        "query",
        "--graph",
        str(path),
        "--timeout",
        "0.3",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
    )
    assert code == 1
    assert err == (
        "Error: the query took longer than the 0.3 s timeout and was stopped;"
        " narrow it, or raise --timeout\n"
    )
