"""``diplograph query`` on a store: the same answers as on the Turtle file, under the same rules."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from graph.cli import main
from graph.namespace import DG, DGID_DEFAULT
from graph.query import QueryResult, get_preset, list_presets, load_graph, run_query
from graph.store import LocalStore
from graph.store.sparql import query_store


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


# -- presets narrowed by a parameter ------------------------------------------------

#: (preset, parameter, column of the unparametrised rows, predicate): a row is one of
#: the parameter's when ``(row[column], predicate, value)`` is in the graph, or, with no
#: predicate, when ``row[column]`` is the value itself.
NARROWED = [
    ("proposals", "proposer", "proposal", DG.proposedBy),
    ("proposals", "addressee", "proposal", DG.addressedTo),
    ("statements", "speaker", "statement", DG.speaker),
    ("conditions", "actor", "condition", DG.requiresActionBy),
    ("stances", "holder", "holder", None),
    ("stances", "target", "target", None),
    ("timeline", "actor", "actor", None),
    ("shifts", "actor", "actor", None),
    ("evidence", "fact", "fact", None),
    ("reports", "proposal", "proposal", None),
    ("affiliations", "person", "person", None),
    ("affiliations", "org", "org", None),
]


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of tests/fixtures/dated: an actor whose stance shifts, and a report."""
    out = tmp_path_factory.mktemp("dated") / "out"
    docs = Path(__file__).parent / "fixtures" / "dated"
    assert main(["build", str(docs), "--out", str(out), "-q", "-j", "1"]) == 0
    return out


def _cells_each(result: QueryResult) -> list[tuple[str, ...]]:
    """Rows as text, each cell's "; "-joined parts sorted (GROUP_CONCAT has no order)."""
    return [
        tuple("" if term is None else "; ".join(sorted(str(term).split("; "))) for term in row)
        for row in result.rows
    ]


def _cells(result: QueryResult) -> list[tuple[str, ...]]:
    return sorted(_cells_each(result))


def _values(
    graph: Graph, everything: QueryResult, column: str, predicate: URIRef | None
) -> list[URIRef]:
    """Up to three values of the parameter that some row has, and one that none has."""
    index = everything.variables.index(column)
    nodes = {row[index] for row in everything.rows if row[index] is not None}
    if predicate is not None:
        nodes = {o for node in nodes for o in graph.objects(node, predicate)}
    found = sorted((node for node in nodes if isinstance(node, URIRef)), key=str)
    return [*found[:3], URIRef(DGID_DEFAULT + "nobody-at-all")]


@pytest.mark.parametrize("corpus", ["built", "dated"])
@pytest.mark.parametrize(("preset_name", "param", "column", "predicate"), NARROWED)
def test_cli_query_store_narrowed_presets_give_the_filtered_rows(
    request: pytest.FixtureRequest,
    corpus: str,
    preset_name: str,
    param: str,
    column: str,
    predicate: URIRef | None,
) -> None:
    """With a parameter, a preset's "#if" lines narrow it, and its rows are exactly the
    unparametrised preset's rows that the parameter selects: on the store, on the
    Turtle file, and as the plain FILTER gives them on the store."""
    out: Path = request.getfixturevalue(corpus)
    store = str(out / "store")
    graph = load_graph(out / "graph.ttl")
    preset = get_preset(preset_name)
    everything = run_query(graph, preset.sparql)
    assert _cells(query_store(store, preset.sparql)) == _cells(everything)
    index = everything.variables.index(column)
    tried = 0
    for value in _values(graph, everything, column, predicate):
        expected = sorted(
            cells
            for row, cells in zip(everything.rows, _cells_each(everything), strict=True)
            if (
                row[index] == value
                if predicate is None
                else (row[index], predicate, value) in graph
            )
        )
        bindings = {param: value}
        narrowed = preset.query_for(bindings)
        assert (narrowed != preset.sparql) == (param in preset.narrowed_by)
        on_store = query_store(store, narrowed, bindings=bindings)
        on_file = run_query(graph, narrowed, bindings=bindings)
        plain = query_store(store, preset.sparql, bindings=bindings)
        assert _cells(on_store) == expected, value
        assert _cells(on_file) == expected, value
        assert _cells(plain) == expected, value
        tried += bool(expected)
    assert tried or corpus == "dated" or preset_name in ("shifts", "reports")


def test_cli_query_store_narrowed_shift_and_report_are_found(dated: Path) -> None:
    """The dated corpus has a shift (Hungary) and a proposal two documents report."""
    graph = load_graph(dated / "graph.ttl")
    for preset_name, column in (("shifts", "actor"), ("reports", "proposal")):
        preset = get_preset(preset_name)
        everything = run_query(graph, preset.sparql)
        assert everything.rows, preset_name
        value = everything.rows[0][everything.variables.index(column)]
        bindings = {column: value}
        on_store = query_store(str(dated / "store"), preset.query_for(bindings), bindings=bindings)
        assert _cells(on_store) == sorted(
            cells
            for row, cells in zip(everything.rows, _cells_each(everything), strict=True)
            if row[everything.variables.index(column)] == value
        )


@pytest.mark.parametrize("where", ["--store", "--graph"])
def test_cli_query_store_param_a_preset_does_not_take_is_refused(
    capsys: pytest.CaptureFixture[str], built: Path, where: str
) -> None:
    target = built / ("store" if where == "--store" else "graph.ttl")
    args = ["--preset", "proposals", "--param", "holder=dgid:state-united-states"]
    code, out, err = run(capsys, where, target, *args)
    assert (code, out, err) == (1, "", "Error: the query has no variable ?holder to bind\n")


@pytest.mark.parametrize("where", ["--store", "--graph"])
def test_cli_query_store_narrowed_preset_by_name(
    capsys: pytest.CaptureFixture[str], built: Path, where: str
) -> None:
    """A name binds its entity's IRI and narrows the preset as the IRI does."""
    target = built / ("store" if where == "--store" else "graph.ttl")

    def stances_of(holder: str) -> tuple[int, str, str]:
        preset = ("--preset", "stances", "--param", f"holder={holder}", "--format", "csv")
        return run(capsys, where, target, *preset)

    by_iri = stances_of("dgid:state-united-states")
    assert by_iri == stances_of("United States")
    assert by_iri[0] == 0 and len(rows(by_iri[1])) > 1
