"""The actor network of the real seed, checked against counts taken straight from the RDF.

Every expected number here comes from a SPARQL query over the built graph, never
from :mod:`graph.views`, so the views are checked against the facts, not against
themselves.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, URIRef

from graph.documents import Document, load_documents
from graph.namespace import PREFIXES
from graph.pipeline import build_documents
from graph.views import actor_network, full_view

ID = "https://w3id.org/diplograph/id/"
US, RU, NATO = ID + "state-united-states", ID + "state-russia", ID + "org-nato"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_ACTOR = "?{v} a ?{v}Class . VALUES ?{v}Class {{ dg:Actor dg:State dg:Organisation dg:Person }}"

#: For each relation of the actor network: SPARQL selecting ?u ?v ?fact, one row per
#: fact behind an edge u -> v (the contract's definition of each relation).
EDGE_QUERIES: dict[str, str] = {
    "proposes": """?fact a dg:Proposal ; dg:proposedBy ?u ; dg:addressedTo ?v .
                   FILTER NOT EXISTS { ?fact a dg:Demand }""",
    "demands": "?fact a dg:Demand ; dg:proposedBy ?u ; dg:addressedTo ?v .",
    "conditions": """?p a dg:Proposal ; dg:proposedBy ?u ; dg:conditionalOn ?fact .
                     ?fact dg:requiresActionBy ?v .""",
    "rejects": """{ ?u dg:rejects ?t . ?t dg:proposedBy ?v }
                  UNION { ?u dg:rejects ?v . BIND(?v AS ?t) }
                  BIND(CONCAT(STR(?u), " rejects ", STR(?t)) AS ?fact)""",
    "supports": """{ ?u dg:supports ?t . ?t dg:proposedBy ?v }
                   UNION { ?u dg:supports ?v . BIND(?v AS ?t) }
                   BIND(CONCAT(STR(?u), " supports ", STR(?t)) AS ?fact)""",
    "affiliated": "?u dg:affiliatedWith ?v . BIND(STR(?v) AS ?fact)",
    "mentions": "?fact a dg:Statement ; dg:speaker ?u ; dg:concerns ?v .",
}


def _sparql(g: Graph, query: str, **bindings: str) -> list[tuple[str, ...]]:
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    rows = g.query(prefixes + query, initBindings={k: URIRef(v) for k, v in bindings.items()})
    return [tuple(str(x) for x in row) for row in rows if isinstance(row, tuple)]


def _facts(g: Graph, relation: str) -> dict[tuple[str, str], set[str]]:
    """Facts behind each actor-to-actor edge of ``relation``, read by SPARQL."""
    where = EDGE_QUERIES[relation]
    query = (
        "SELECT DISTINCT ?u ?v ?fact WHERE { "
        + where
        + " "
        + _ACTOR.format(v="u")
        + " "
        + _ACTOR.format(v="v")
        + " FILTER(?u != ?v) }"
    )
    out: dict[tuple[str, str], set[str]] = {}
    for u, v, fact in _sparql(g, query):
        out.setdefault((u, v), set()).add(fact)
    return out


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return load_documents([SEEDS])


@pytest.fixture(scope="module")
def seed(seed_docs: list[Document]) -> Graph:
    return build_documents(seed_docs)


@pytest.fixture(scope="module")
def actors(seed: Graph) -> nx.MultiDiGraph:
    return actor_network(seed)


def _weight(view: nx.MultiDiGraph, u: str, v: str, relation: str) -> int:
    assert view.has_edge(u, v, key=relation), f"no {relation} edge {u} -> {v}"
    return int(view.edges[u, v, relation]["weight"])


@pytest.mark.parametrize(
    ("proposer", "at_least"), [(US, 5), (NATO, 1)], ids=["United States", "NATO"]
)
def test_views_seed_proposes_to_russia(
    seed: Graph, actors: nx.MultiDiGraph, proposer: str, at_least: int
) -> None:
    """US and NATO both put proposals to Russia ("open to dialogue on arms control")."""
    (count,) = _sparql(
        seed,
        """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
             ?p a dg:Proposal ; dg:proposedBy ?who ; dg:addressedTo ?ru .
             FILTER NOT EXISTS { ?p a dg:Demand } }""",
        who=proposer,
        ru=RU,
    )[0]
    assert int(count) >= at_least
    assert _weight(actors, proposer, RU, "proposes") == int(count)
    assert len(actors.edges[proposer, RU, "proposes"]["evidence"]) >= at_least


@pytest.mark.parametrize("holder", [NATO, US], ids=["NATO", "United States"])
def test_views_seed_rejects_russia(seed: Graph, actors: nx.MultiDiGraph, holder: str) -> None:
    rows = _sparql(
        seed,
        """SELECT DISTINCT ?t WHERE { ?holder dg:rejects ?t . ?t dg:proposedBy ?ru }""",
        holder=holder,
        ru=RU,
    )
    direct = _sparql(seed, "SELECT ?holder WHERE { ?holder dg:rejects ?ru }", holder=holder, ru=RU)
    assert rows, "the seed says the US and NATO rejected Russia's key demands"
    expected = len(rows) + len(direct)
    assert _weight(actors, holder, RU, "rejects") == expected


def test_views_seed_every_weight_is_a_fact_count(seed: Graph, actors: nx.MultiDiGraph) -> None:
    expected = {
        (u, v, relation): len(facts)
        for relation in EDGE_QUERIES
        for (u, v), facts in _facts(seed, relation).items()
    }
    got = {(u, v, k): d["weight"] for u, v, k, d in actors.edges(keys=True, data=True)}
    assert got == expected
    assert (US, RU, "proposes") in got and (RU, US, "demands") in got


def test_views_seed_edge_facts_are_the_graph_facts(seed: Graph, actors: nx.MultiDiGraph) -> None:
    for relation in ("proposes", "demands", "conditions", "mentions"):
        for (u, v), facts in _facts(seed, relation).items():
            assert set(actors.edges[u, v, relation]["facts"]) == facts


def _doc_by_iri(seed: Graph, docs: list[Document]) -> dict[str, Document]:
    by_sha = {d.sha256: d for d in docs}
    return {
        iri: by_sha[sha]
        for iri, sha in _sparql(seed, "SELECT ?d ?sha WHERE { ?d a dg:Document ; dg:sha256 ?sha }")
    }


@pytest.mark.parametrize("view_name", ["actors", "full"])
def test_views_seed_stance_edges_carry_evidence(
    seed: Graph, seed_docs: list[Document], view_name: str
) -> None:
    view = actor_network(seed) if view_name == "actors" else full_view(seed)
    docs = _doc_by_iri(seed, seed_docs)
    stances = [
        (u, v, d) for u, v, k, d in view.edges(keys=True, data=True) if k in ("rejects", "supports")
    ]
    n_triples = len(
        _sparql(seed, "SELECT ?s ?o WHERE { { ?s dg:rejects ?o } UNION { ?s dg:supports ?o } }")
    )
    assert stances and n_triples
    for u, v, d in stances:
        assert d["evidence"], f"{d['relation']} edge {u} -> {v} has no evidence"
        for ev in d["evidence"]:
            doc = docs[ev["doc"]]
            assert 0 <= ev["start"] < ev["end"] <= len(doc.text)
            assert doc.text[ev["start"] : ev["end"]] == ev["text"]
    # The rejection of Russia's demands is read from the sentence that says so.
    nato_rejects = [d for u, _v, d in stances if u == NATO and d["relation"] == "rejects"]
    assert nato_rejects
    for d in nato_rejects:
        assert any("rejected" in e["text"] and "NATO" in e["text"] for e in d["evidence"])
    assert n_triples >= len(nato_rejects)


def test_views_seed_stance_evidence_is_the_reified_statement(
    seed: Graph, actors: nx.MultiDiGraph
) -> None:
    """Each stance edge's evidence is the dg:evidence of the rdf:Statement reifying it."""
    rows = _sparql(
        seed,
        """SELECT DISTINCT ?holder ?text WHERE {
             ?st a rdf:Statement ; rdf:subject ?holder ; rdf:predicate dg:rejects ;
                 rdf:object ?t ; dg:evidence/dg:text ?text .
             ?t dg:proposedBy ?ru }""",
        ru=RU,
    )
    assert {h for h, _ in rows} >= {NATO, US}
    for holder, text in rows:
        assert text in {e["text"] for e in actors.edges[holder, RU, "rejects"]["evidence"]}
