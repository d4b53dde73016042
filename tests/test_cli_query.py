"""``diplograph query`` through graph.cli.main: exit codes and exact messages."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from graph.namespace import DGID_DEFAULT as DGID
from graph.results import shorten_iri

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
        " conditions, documents, evidence, proposals, reports, rules, shifts, stances, statements,"
        " timeline\n"
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


# -- as a daily user meets them, on the seed's graph ----------------------------------


def test_cli_query_labels_are_clean_text_evidence_is_exact(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    """The source writes "Andrey\\u00a0Baklitskiy" and "NATO’s": a typed query finds both."""
    g = ["--graph", str(seed_graph_file)]
    code, out, _err = run(
        capsys, "query", *g, 'SELECT ?p WHERE { ?p rdfs:label "Andrey Baklitskiy" }'
    )
    assert (code, out.splitlines()[2:]) == (0, ["dgid:person-andrey-baklitskiy", "(1 row)"])
    code, out, _err = run(
        capsys, "query", *g, 'SELECT ?p WHERE { ?p rdfs:label "NATO\'s open door policy" }'
    )
    assert out.splitlines()[-1] == "(1 row)"
    sparql = 'SELECT ?t WHERE { ?e dg:text ?t FILTER(CONTAINS(?t, "Baklitskiy")) }'
    code, out, _err = run(capsys, "query", *g, sparql, "--format", "csv")
    assert "Andrey\u00a0Baklitskiy" in out  # evidence: the exact source slice


def _stances(capsys: pytest.CaptureFixture[str], graph: Path, param: str) -> tuple[int, str, str]:
    return run(capsys, "query", "--graph", str(graph), "--preset", "stances", "--param", param)


@pytest.mark.parametrize("name", ["NATO", "nato", "the alliance", "dgid:org-nato"])
def test_cli_query_param_takes_a_name(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path, name: str
) -> None:
    code, out, err = _stances(capsys, seed_graph_file, f"holder={name}")
    assert (code, err) == (0, "")
    rows = out.splitlines()[2:-1]
    assert len(rows) == 2 and all(row.startswith("NATO ") for row in rows)


def test_cli_query_param_unknown_name_is_one_line_with_candidates(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    code, out, err = _stances(capsys, seed_graph_file, "holder=NATOO")
    assert (code, out) == (1, "")
    assert err == (
        "Error: --param holder: nothing in the graph is named 'NATOO' (close names:"
        " dgid:org-nato (NATO)); give a label, another name or an IRI, or quote the value"
        ' ("NATOO") to mean text\n'
    )


def test_cli_query_param_ambiguous_name_lists_the_candidates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(
        "@prefix dg: <https://w3id.org/diplograph/ns#> .\n"
        "@prefix dgid: <https://w3id.org/diplograph/id/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'dgid:state-georgia a dg:State, dg:Actor ; rdfs:label "Georgia" .\n'
        'dgid:place-georgia a dg:Place ; rdfs:label "Georgia" .\n',
        encoding="utf-8",
    )
    code, _out, err = run(
        capsys,
        "query",
        "--graph",
        str(path),
        "SELECT ?x WHERE { BIND(?g AS ?x) }",
        "--param",
        "g=Georgia",
    )
    assert code == 1
    assert err == (
        "Error: --param g: 'Georgia' names 2 nodes: dgid:place-georgia (Georgia),"
        " dgid:state-georgia (Georgia); give the IRI of the one you mean\n"
    )


def _table_cells(table: str) -> list[list[str]]:
    """The cells of an aligned table, wrapped lines joined back, by the dashes' columns."""
    lines = table.splitlines()
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[1])]
    body = lines[2:-1]
    tall = "" in body
    rows: list[list[list[str]]] = []
    for n, line in enumerate(body):
        if not line.strip():
            continue
        parts = [line[a:b].strip() for a, b in spans]
        if tall and n and body[n - 1].strip():
            for column, part in zip(rows[-1], parts, strict=True):
                column.append(part)
        else:
            rows.append([[part] for part in parts])
    return [[" ".join(p for p in column if p) for column in row] for row in rows]


def test_cli_query_table_shows_every_value_the_csv_has(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    g = ["--graph", str(seed_graph_file), "--preset", "proposals"]
    _code, table, _err = run(capsys, "query", *g)
    _code, text, _err = run(capsys, "query", *g, "--format", "csv")
    expected = [
        [" ".join(v.split()) for v in row.values()] for row in csv.DictReader(io.StringIO(text))
    ]
    expected = [[shorten_iri(v) if v.startswith("http") else v for v in row] for row in expected]
    assert _table_cells(table) == expected
    assert "…" not in table
    assert "NATO; United States" in table
    assert table.splitlines()[-1] == (
        f"({len(expected)} rows; long cells wrapped;"
        " --format csv or --format json gives one line per row)"
    )


@pytest.mark.parametrize(
    ("sparql", "warning"),
    [
        (
            "SELECT ?c WHERE { ?c a dg:Country }",
            "dg:Country is not a term of the vocabulary, so it matches nothing; closest:"
            " dg:State (see docs/vocabulary.md)",
        ),
        (
            "SELECT ?p WHERE { ?p dg:proposed ?a }",
            "dg:proposed is not a term of the vocabulary, so it matches nothing; closest:"
            " dg:proposedBy (see docs/vocabulary.md)",
        ),
        (
            "SELECT ?l WHERE { ?p rdfs:lable ?l }",
            "rdfs:lable is not a term of the vocabulary, so it matches nothing; closest:"
            " rdfs:label (see docs/vocabulary.md)",
        ),
    ],
)
def test_cli_query_vocabulary_slip_gets_a_hint(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path, sparql: str, warning: str
) -> None:
    code, out, err = run(capsys, "query", "--graph", str(seed_graph_file), sparql)
    assert code == 0
    assert err == f"Warning: {warning}\n"
    assert out.splitlines()[-1] == "(0 rows)"


def test_cli_query_terms_of_the_vocabulary_or_of_the_graph_get_no_hint(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(
        "@prefix dg: <https://w3id.org/diplograph/ns#> .\n"
        '<https://w3id.org/diplograph/id/evidence-1> dg:rule "proposals.offer" .\n',
        encoding="utf-8",
    )
    sparql = "SELECT ?r WHERE { ?e dg:rule ?r . OPTIONAL { ?e a dg:Evidence } }"
    code, out, err = run(capsys, "query", "--graph", str(path), sparql)
    assert (code, err) == (0, "")
    assert out.splitlines()[2] == "proposals.offer"


def test_cli_query_evidence_preset_names_stances(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    args = ["query", "--graph", str(seed_graph_file), "--preset", "evidence", "--format", "csv"]
    code, out, _err = run(capsys, *args)
    rows = list(csv.DictReader(io.StringIO(out)))
    stances = sorted(r["label"] for r in rows if r["fact"].startswith(DGID + "stance-"))
    assert code == 0 and all(r["kind"] and r["label"] for r in rows)
    assert {r["kind"] for r in rows if r["fact"].startswith(DGID + "stance-")} == {"stance"}
    assert stances == [
        "NATO rejects demands for security guarantees",
        "NATO supports NATO's open door policy",
        "United States rejects demands for security guarantees",
        "United States supports NATO's open door policy",
    ]


def test_cli_query_csv_and_json_are_rdflib_serializations(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    sparql = 'SELECT ?s ?n WHERE { ?s rdfs:label ?n FILTER(?n = "NATO") }'
    _code, out, _err = run(
        capsys, "query", "--graph", str(seed_graph_file), sparql, "--format", "csv"
    )
    assert out == f"s,n\r\n{DGID}org-nato,NATO\r\n"
    _code, out, _err = run(
        capsys, "query", "--graph", str(seed_graph_file), sparql, "--format", "json"
    )
    assert json.loads(out)["results"]["bindings"] == [
        {
            "s": {"type": "uri", "value": f"{DGID}org-nato"},
            "n": {"type": "literal", "value": "NATO"},
        }
    ]
