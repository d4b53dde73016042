"""graph.query: presets, formats, parameters, refusals, the time limit."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

import graph.namespace as vocab
from graph.build import new_graph
from graph.errors import GraphFileError, QueryError, UnknownComponentError
from graph.namespace import DG, DGID_DEFAULT, RDFS
from graph.query import (
    Preset,
    QueryResult,
    check_query,
    format_result,
    get_preset,
    list_presets,
    load_graph,
    parse_param,
    parse_term,
    run_query,
    shorten_iri,
    to_table,
)

PRESETS = {
    "proposals",
    "stances",
    "statements",
    "actors",
    "conditions",
    "affiliations",
    "documents",
    "evidence",
}


def dgid(local: str) -> URIRef:
    return URIRef(DGID_DEFAULT + local)


@pytest.fixture(scope="module")
def geneva(fixtures_dir: Path) -> Graph:
    return load_graph(fixtures_dir / "query" / "geneva.ttl")


def rows(result: QueryResult) -> list[dict[str, str]]:
    return [
        {
            var: str(term)
            for var, term in zip(result.variables, row, strict=True)
            if term is not None
        }
        for row in result.rows
    ]


# -- presets --------------------------------------------------------------------


def test_query_presets_listed_with_title_and_description() -> None:
    presets = {p.name: p for p in list_presets()}
    assert PRESETS <= set(presets)
    for preset in presets.values():
        assert preset.sparql.startswith("# title: ")
        assert preset.title and preset.description


def test_query_presets_read_a_nodes_kind_from_its_own_class() -> None:
    """A ``VALUES`` of classes joined with ``?x a ?class`` makes Oxigraph read every node of
    those classes before the row's own: narrowed to 200 evidence nodes of a 3,000-document
    store, the evidence preset took 2 s that way and 0.04 s with the kind read from the
    node's own class (``FILTER(?class IN (...))`` and a ``BIND``), the same rows."""
    for preset in list_presets():
        assert not re.search(r"VALUES\s*\(\?class\b", preset.sparql), preset.name


def test_query_unknown_preset_lists_names() -> None:
    with pytest.raises(
        UnknownComponentError,
        match="no preset query named 'nope'; choose one of: actors, affiliations, conditions",
    ):
        get_preset("nope")


def test_query_preset_proposals_one_row_per_proposal(geneva: Graph) -> None:
    found = rows(run_query(geneva, get_preset("proposals").sparql))
    assert found == [
        {
            "proposal": str(dgid("proposal-halt-expansion")),
            "label": "halt NATO's eastward expansion",
            "kind": "demand",
            "proposedBy": "Russia",
            "addressedTo": "NATO",
        },
        {
            "proposal": str(dgid("proposal-limit-missiles")),
            "label": "limit missile deployments in Europe",
            "kind": "proposal",
            "proposedBy": "United States",
            "addressedTo": "Russia",
            "conditions": "Russia withdraws its troops from the Ukrainian border",
            "mustAct": "Russia",
        },
    ]


@pytest.mark.parametrize(
    ("preset", "column", "expected"),
    [
        ("stances", "holderName", ["Russia", "United States"]),
        ("stances", "stance", ["rejects", "supports"]),
        ("stances", "targetKind", ["proposal", "actor"]),
        ("statements", "speakers", ["Vladimir Putin"]),
        ("statements", "quote", ["quote"]),
        ("actors", "name", ["Russia", "United States", "NATO", "Ukraine", "Vladimir Putin"]),
        ("actors", "facts", ["4", "2", "1", "1", "1"]),
        ("conditions", "mustAct", ["Russia"]),
        ("conditions", "proposedBy", ["United States"]),
        ("affiliations", "roles", ["President"]),
        ("affiliations", "orgName", ["Russia"]),
        ("documents", "title", ["Talks in Geneva"]),
        ("documents", "proposals", ["2"]),
        ("evidence", "start", ["17", "85", "140", "225"]),
    ],
)
def test_query_preset_columns(geneva: Graph, preset: str, column: str, expected: list[str]) -> None:
    found = rows(run_query(geneva, get_preset(preset).sparql))
    assert [row.get(column, "") for row in found] == expected


def test_query_preset_evidence_gives_text_and_document(geneva: Graph) -> None:
    found = rows(
        run_query(
            geneva,
            get_preset("evidence").sparql,
            bindings={"fact": dgid("condition-withdraw-troops")},
        )
    )
    assert found == [
        {
            "kind": "condition",
            "label": "Russia withdraws its troops from the Ukrainian border",
            "text": "Russia withdraws its troops from the Ukrainian border",
            "document": "Talks in Geneva",
            "start": "85",
            "end": "138",
            "fact": str(dgid("condition-withdraw-troops")),
        }
    ]


@pytest.mark.parametrize(
    ("preset", "param", "expected"),
    [
        ("proposals", "proposer=dgid:state-russia", ["halt NATO's eastward expansion"]),
        ("proposals", "addressee=dgid:state-russia", ["limit missile deployments in Europe"]),
        ("proposals", "proposer=dgid:state-ukraine", []),
    ],
)
def test_query_preset_filtered_by_param(
    geneva: Graph, preset: str, param: str, expected: list[str]
) -> None:
    result = run_query(geneva, get_preset(preset).sparql, bindings=dict([parse_param(param)]))
    assert [row["label"] for row in rows(result)] == expected


# -- formats --------------------------------------------------------------------


def test_query_table_shows_prefixed_iris_and_plain_literals(geneva: Graph) -> None:
    result = run_query(geneva, "SELECT ?s ?l WHERE { ?s a dg:Organisation ; rdfs:label ?l }")
    assert format_result(result, "table").splitlines() == [
        "s              l",
        "-------------  ----",
        "dgid:org-nato  NATO",
        "(1 row)",
    ]


def test_query_table_wraps_long_cells_and_hides_no_value() -> None:
    names = "; ".join(f"Actor {n}" for n in range(12))
    result = QueryResult("SELECT", ("who", "n"), ((Literal(names), Literal(1)), (None, None)))
    lines = to_table(result, width=20).splitlines()
    assert lines[:4] == [
        "who                 n",
        "------------------  -",
        "Actor 0; Actor 1;   1",
        "Actor 2; Actor 3;",
    ]
    shown = " ".join(line.strip() for line in lines[2:-1])
    assert all(f"Actor {n};" in shown for n in range(11)) and "Actor 11" in shown
    assert lines[-1] == (
        "(2 rows; long cells wrapped; --format csv or --format json gives one line per row)"
    )


def test_query_table_cuts_a_cell_over_the_line_limit_with_a_mark() -> None:
    result = QueryResult("SELECT", ("text",), ((Literal("x" * 100),), (None,)))
    lines = to_table(result, width=10, max_lines=3).splitlines()
    assert lines[2:5] == ["xxxxxxxxxx", "xxxxxxxxxx", "xxxxxxxxx…"]
    assert lines[-1] == (
        "(2 rows; 1 cell longer than 3 lines cut, marked …;"
        " --format csv or --format json prints every cell whole)"
    )


def test_query_csv_has_full_iris_and_untruncated_text(geneva: Graph) -> None:
    result = run_query(geneva, get_preset("evidence").sparql)
    table = list(csv.DictReader(io.StringIO(format_result(result, "csv"))))
    assert table[0]["fact"] == str(dgid("proposal-limit-missiles"))
    assert table[0]["text"] == (
        "The United States offered to limit missile deployments in"
        " Europe if Russia withdraws its troops from the Ukrainian border."
    )
    assert "…" not in format_result(result, "csv")


def test_query_json_is_sparql_results_json(geneva: Graph) -> None:
    result = run_query(geneva, "SELECT ?s ?n ?none WHERE { ?s a dg:Organisation ; rdfs:label ?n }")
    assert json.loads(format_result(result, "json")) == {
        "head": {"vars": ["s", "n", "none"]},
        "results": {
            "bindings": [
                {
                    "s": {"type": "uri", "value": str(dgid("org-nato"))},
                    "n": {"type": "literal", "value": "NATO"},
                }
            ]
        },
    }


def test_query_ask_prints_true_or_false(geneva: Graph) -> None:
    yes = run_query(geneva, "ASK { dgid:state-russia a dg:State }")
    no = run_query(geneva, "ASK { dgid:state-russia a dg:Person }")
    assert (format_result(yes), format_result(no)) == ("true", "false")
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}


def test_query_construct_prints_turtle(geneva: Graph) -> None:
    result = run_query(
        geneva, "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a dg:Organisation ; rdfs:label ?l }"
    )
    text = format_result(result, "table")
    assert 'dgid:org-nato rdfs:label "NATO"' in text
    expected = Graph()
    expected.add((dgid("org-nato"), RDFS.label, Literal("NATO")))
    assert isomorphic(Graph().parse(data=text, format="turtle"), expected)


def test_query_user_prefix_overrides_predeclared(geneva: Graph) -> None:
    result = run_query(
        geneva, "PREFIX dg: <http://example.org/> SELECT ?x WHERE { BIND(dg:a AS ?x) }"
    )
    assert result.rows == ((URIRef("http://example.org/a"),),)


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        (DGID_DEFAULT + "state-russia", "dgid:state-russia"),
        (str(DG.Proposal), "dg:Proposal"),
        ("http://www.wikidata.org/entity/Q159", "wd:Q159"),
        ("http://example.org/x", "<http://example.org/x>"),
        (DGID_DEFAULT + "a/b", f"<{DGID_DEFAULT}a/b>"),
    ],
)
def test_query_shorten_iri(iri: str, expected: str) -> None:
    assert shorten_iri(iri) == expected


# -- parameters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<http://example.org/a>", URIRef("http://example.org/a")),
        ("dgid:state-russia", dgid("state-russia")),
        ("dg:Proposal", DG.Proposal),
        ("42", Literal(42)),
        ("-7", Literal(-7)),
        ("2.5", Literal("2.5", datatype=vocab.XSD.decimal)),
        ("1e3", Literal(1000.0, datatype=vocab.XSD.double)),
        ("true", Literal(True)),
        ('"42"', Literal("42")),
        ('"Russia"@en', Literal("Russia", lang="en")),
        ('"7"^^xsd:integer', Literal("7", datatype=vocab.XSD.integer)),
        ('"say \\"no\\""', Literal('say "no"')),
        ("Russia", Literal("Russia")),
        ("a b: c", Literal("a b: c")),
        ('x" } UNION { ?s ?p ?o } #', Literal('x" } UNION { ?s ?p ?o } #')),
        ('"x" } UNION { ?s ?p ?o } "', Literal('x" } UNION { ?s ?p ?o } ')),
    ],
)
def test_query_parse_term(value: str, expected: object) -> None:
    term = parse_term(value)
    assert term == expected
    assert type(term) is type(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("holder", "--param 'holder': expected name=value, e.g. --param holder=dgid:state-russia"),
        ("1x=3", "--param '1x=3': '1x' is not a SPARQL variable name"),
        (
            "s=<http://a b>",
            "--param s: '<http://a b>' is not a valid IRI; write it as <https://...>",
        ),
        ("s=<http://a", "--param s: '<http://a' is not a valid IRI; write it as <https://...>"),
        ('s="open', "--param s: '\"open': unterminated string; close the quote or drop it"),
    ],
)
def test_query_parse_param_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_param(text)
    assert str(info.value) == message


def test_query_parse_param_unknown_prefix() -> None:
    with pytest.raises(QueryError, match=r"--param s: 'dgd:x': unknown prefix 'dgd:'; known: dg:"):
        parse_param("s=dgd:x")


def test_query_parse_param_accepts_question_mark() -> None:
    assert parse_param("?s=dgid:a") == ("s", dgid("a"))


@pytest.mark.parametrize(
    "value",
    [
        'Russia" } UNION { ?s ?p ?o } #',
        "Russia' } UNION { ?s ?p ?o } #",
        '"Russia\\" } UNION { ?s ?p ?o } #"',
    ],
)
def test_query_param_cannot_change_the_query(geneva: Graph, value: str) -> None:
    sparql = "SELECT ?s WHERE { ?s rdfs:label ?name }"
    name, term = parse_param(f"name={value}")
    assert isinstance(term, Literal) and "UNION" in str(term)
    assert run_query(geneva, sparql, bindings={name: term}).rows == ()
    exact = run_query(geneva, sparql, bindings=dict([parse_param("name=Russia")]))
    assert exact.rows == ((dgid("state-russia"),),)


def test_query_param_for_unknown_variable_refused(geneva: Graph) -> None:
    with pytest.raises(QueryError, match=r"^the query has no variable \?nobody to bind$"):
        run_query(geneva, "SELECT ?s WHERE { ?s a dg:State }", bindings={"nobody": Literal(1)})


# -- safety ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sparql",
    [
        'INSERT DATA { dgid:x rdfs:label "x" }',
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR DEFAULT",
        "DROP DEFAULT",
        "CREATE GRAPH <http://example.org/g>",
        "DELETE { ?s rdfs:label ?l } INSERT { ?s rdfs:label 'y' } WHERE { ?s rdfs:label ?l }",
    ],
)
def test_query_update_refused(geneva: Graph, sparql: str) -> None:
    with pytest.raises(
        QueryError,
        match=r"^this is a SPARQL Update \(.*\) and queries are"
        r" read-only; use --allow-update",
    ):
        run_query(geneva, sparql)


@pytest.mark.parametrize("timeout", [None, 10.0])
def test_query_update_allowed_runs_on_a_copy(geneva: Graph, timeout: float | None) -> None:
    before = len(geneva)
    result = run_query(
        geneva,
        'INSERT DATA { dgid:x rdfs:label "x" . dgid:y rdfs:label "y" }',
        allow_update=True,
        timeout=timeout,
    )
    assert (result.size_before, result.size_after) == (before, before + 2)
    assert len(geneva) == before
    assert format_result(result) == (
        f"update ran on a copy of the graph: {before} triples"
        f" before, {before + 2} after; the graph file is unchanged"
    )


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        (
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://e.org/> { ?s ?p ?o } } }",
            "SERVICE",
        ),
        ("SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://e.org/> { ?s ?p ?o } } }", "SERVICE"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("INSERT { ?s ?p ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }", "USING"),
        ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://e.org/> { ?s ?p ?o } }", "SERVICE"),
    ],
)
def test_query_network_access_refused_even_with_allow_update(
    geneva: Graph, sparql: str, message: str
) -> None:
    with pytest.raises(QueryError, match=f"^{message} .*not allowed"):
        run_query(geneva, sparql, allow_update=True)


def test_query_service_inside_a_literal_is_fine(geneva: Graph) -> None:
    sparql = 'SELECT ?x WHERE { BIND("SERVICE <http://example.org/> { ?s ?p ?o }" AS ?x) }'
    result = run_query(geneva, sparql)
    assert result.rows == ((Literal("SERVICE <http://example.org/> { ?s ?p ?o }"),),)


def test_query_timeout_stops_a_runaway_query() -> None:
    g = new_graph()
    for i in range(400):
        g.add((dgid(f"n{i}"), RDFS.label, Literal(f"n{i}")))
    cross_join = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?h ?i }"
    with pytest.raises(
        QueryError,
        match=r"^the query took longer than the 0\.5 s timeout and"
        " was stopped; narrow it, or raise --timeout$",
    ):
        run_query(g, cross_join, timeout=0.5)
    assert multiprocessing.active_children() == []


def test_query_runs_without_a_time_limit(geneva: Graph) -> None:
    with_limit = run_query(geneva, get_preset("actors").sparql)
    without = run_query(geneva, get_preset("actors").sparql, timeout=None)
    assert with_limit.rows == without.rows


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        (
            "SELECT ?x WHERE { ?x ?y }",
            "invalid SPARQL at line 1, column 19: Expected SelectQuery, found '?'",
        ),
        ("SELECT ?x WHERE { ?x foo:y ?z }", "invalid SPARQL: Unknown namespace prefix : foo"),
        ("", "the query is empty; give a SELECT, ASK, CONSTRUCT or DESCRIBE query"),
        ("# just a comment", "the query is empty; give a SELECT, ASK, CONSTRUCT or DESCRIBE query"),
    ],
)
def test_query_invalid_sparql(geneva: Graph, sparql: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        run_query(geneva, sparql)
    assert str(info.value) == message


def test_query_failure_while_running_is_a_query_error(geneva: Graph) -> None:
    with pytest.raises(QueryError, match="^the query failed: "):
        run_query(geneva, 'SELECT ?x WHERE { BIND(REGEX("a", "(") AS ?x) }')


# -- the graph file -------------------------------------------------------------


def test_query_load_graph_missing(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert str(info.value) == f"{path}: no such graph file; run `diplograph build` first"


def test_query_load_graph_invalid_turtle(fixtures_dir: Path) -> None:
    path = fixtures_dir / "query" / "invalid.ttl"
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert str(info.value) == f"{path}: not valid Turtle (line 3: objectList expected)"


def test_query_graph_with_another_base_gets_its_own_dgid(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(
        "@prefix dgid: <http://example.org/id/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'dgid:a rdfs:label "A" .\n',
        encoding="utf-8",
    )
    g = load_graph(path)
    result = run_query(g, "SELECT ?l WHERE { dgid:a rdfs:label ?l }")
    assert result.rows == ((Literal("A"),),)
    assert "dgid:a" in format_result(run_query(g, "SELECT ?s WHERE { ?s ?p ?o }"))


# -- presets narrowed by a parameter ("#if ?name: pattern" lines) --------------------


def test_query_preset_if_lines_are_comments_until_their_parameter_is_given() -> None:
    text = (
        "SELECT ?p WHERE {\n"
        "  #if ?who: ?p dg:proposedBy ?who .\n"
        "  { SELECT ?p WHERE {\n"
        "    #if ?who:\n"
        "    #if ?other: ?p dg:addressedTo ?other .\n"
        "    ?p a dg:Proposal } }\n"
        "}"
    )
    preset = Preset("p", "P", "", text)
    assert preset.narrowed_by == ("who", "other")
    assert preset.query_for({}) == text
    assert preset.query_for({"unrelated": Literal(1)}) == text
    assert preset.query_for({"who": dgid("state-russia")}) == (
        "SELECT ?p WHERE {\n"
        f"  VALUES (?who) {{ (<{dgid('state-russia')}>) }} ?p dg:proposedBy ?who .\n"
        "  { SELECT ?p WHERE {\n"
        f"    VALUES (?who) {{ (<{dgid('state-russia')}>) }}\n"
        "    #if ?other: ?p dg:addressedTo ?other .\n"
        "    ?p a dg:Proposal } }\n"
        "}"
    )


def test_query_preset_if_line_writes_a_literal_as_an_rdf_term(geneva: Graph) -> None:
    """A value is written as an RDF term, quotes escaped: it cannot change the query."""
    preset = Preset("p", "P", "", "SELECT ?s WHERE {\n  #if ?name: ?s rdfs:label ?name .\n}")
    name, term = parse_param('name=Russia" } UNION { ?s ?p ?o } #')
    result = run_query(geneva, preset.query_for({name: term}), bindings={name: term})
    assert result.rows == ()
    name, term = parse_param("name=Russia")
    result = run_query(geneva, preset.query_for({name: term}), bindings={name: term})
    assert result.rows == ((dgid("state-russia"),),)


def test_query_presets_narrow_only_by_their_own_variables() -> None:
    """Every "#if ?name:" line of a preset names a variable the query uses elsewhere, so
    binding it passes the check as it did before the line existed."""
    narrowed = {p.name: p.narrowed_by for p in list_presets() if p.narrowed_by}
    assert narrowed == {
        "affiliations": ("person", "org"),
        "conditions": ("actor", "condition"),
        "documents": ("document",),
        "evidence": ("fact", "evidence"),
        "proposals": ("proposer", "addressee", "proposal"),
        "reports": ("proposal",),
        "shifts": ("actor",),
        "statements": ("speaker", "statement"),
        "timeline": ("node", "actor"),
    }
    for name, params in narrowed.items():
        preset = get_preset(name)
        bindings = {param: dgid("someone") for param in params}
        check_query(preset.query_for(bindings), vocab.PREFIXES, bindings=bindings)
        check_query(preset.sparql, vocab.PREFIXES, bindings=bindings)


@pytest.mark.parametrize(
    ("preset", "param", "expected"),
    [
        ("proposals", "proposer=dgid:state-russia", ["halt NATO's eastward expansion"]),
        ("proposals", "addressee=dgid:state-russia", ["limit missile deployments in Europe"]),
        ("proposals", "proposer=dgid:state-ukraine", []),
        (
            "conditions",
            "actor=dgid:state-russia",
            ["Russia withdraws its troops from the Ukrainian border"],
        ),
        ("conditions", "actor=dgid:state-ukraine", []),
    ],
)
def test_query_preset_narrowed_gives_the_filtered_rows(
    geneva: Graph, preset: str, param: str, expected: list[str]
) -> None:
    bindings = dict([parse_param(param)])
    result = run_query(geneva, get_preset(preset).query_for(bindings), bindings=bindings)
    assert [row["label"] for row in rows(result)] == expected


def test_query_preset_param_it_does_not_take_is_refused(geneva: Graph) -> None:
    bindings = {"holder": dgid("state-russia")}
    sparql = get_preset("proposals").query_for(bindings)
    with pytest.raises(QueryError, match=r"^the query has no variable \?holder to bind$"):
        run_query(geneva, sparql, bindings=bindings)
