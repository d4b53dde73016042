"""The actor network joined in Python (:func:`graph.tables.actor_edges`) gives the rows of
the SPARQL joins of :data:`graph.tables.ACTOR_RELATIONS`; the node details read for a few
nodes are theirs."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from graph import tables
from graph.namespace import DG
from graph.store import LocalStore

E = "http://example.org/"


def _by_sparql(g: Graph, actors: set[str]) -> dict[tuple[str, str, str], set[str]]:
    """The reference: each pattern of :data:`graph.tables.ACTOR_RELATIONS` as a SPARQL join."""
    out: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for relation, pattern in tables.ACTOR_RELATIONS.items():
        query = f"SELECT DISTINCT ?u ?v ?fact WHERE {{ {pattern} }}"
        for u, v, fact in tables.select(g, query):
            if u != v and u in actors and v in actors:
                out[u, v, relation].add(fact)
    return dict(out)


def _by_links(g: Graph, actors: set[str]) -> dict[tuple[str, str, str], set[str]]:
    out: dict[tuple[str, str, str], set[str]] = {}
    for u, v, relation, keys in tables.actor_edges(g, actors):
        assert len(keys) == len(set(keys))  # each fact once per edge
        assert (u, v, relation) not in out  # each edge once
        out[u, v, relation] = set(keys)
    return out


def _actors(g: Graph) -> set[str]:
    return {n for n, cls in tables.classes(g).items() if cls in tables.ACTOR_CLASSES}


def _check(g: Graph) -> dict[tuple[str, str, str], set[str]]:
    actors = _actors(g)
    joined = _by_links(g, actors)
    assert joined == _by_sparql(g, actors)
    return joined


def test_the_seed_network_joined_in_python_is_the_sparql_join(seed_graph_file: Path) -> None:
    g = Graph()
    g.parse(seed_graph_file)
    joined = _check(g)
    relations = {relation for _, _, relation in joined}
    assert {"proposes", "rejects", "conditions"} <= relations


def test_a_store_network_joined_in_python_is_the_sparql_join(built: Path) -> None:
    store = LocalStore.for_reading(built / "store")
    try:
        joined = _check(store.union())
    finally:
        store.close()
    assert len(joined) > 20


def _graph() -> Graph:
    """Two proposals sharing a condition, a demand, stances, an affiliation, a statement."""
    g = Graph()
    a, b, c, d, person = (URIRef(E + name) for name in ("A", "B", "C", "D", "P"))
    for state in (a, b, c, d):
        g.add((state, RDF.type, DG.State))
    g.add((person, RDF.type, DG.Person))
    p1, p2, demand, cond, st, free = (URIRef(E + n) for n in ("p1", "p2", "dem", "c", "st", "f"))
    g.add((p1, RDF.type, DG.Proposal))
    g.add((p2, RDF.type, DG.Proposal))
    g.add((demand, RDF.type, DG.Proposal))
    g.add((demand, RDF.type, DG.Demand))
    g.add((cond, RDF.type, DG.Condition))
    g.add((free, RDF.type, DG.Proposal))
    for proposal, by, to in ((p1, a, b), (p2, b, a), (p2, c, a), (demand, d, a)):
        g.add((proposal, DG.proposedBy, by))
        g.add((proposal, DG.addressedTo, to))
    g.add((p1, DG.conditionalOn, cond))
    g.add((p2, DG.conditionalOn, cond))
    g.add((cond, DG.requiresActionBy, b))  # B must act: B's own proposal makes no edge to B
    g.add((d, DG.rejects, p1))  # on a proposal: the edge runs to its proposer
    g.add((a, DG.supports, c))  # on an actor: to the actor
    g.add((b, DG.rejects, free))  # on a proposal nobody proposed: no actor, no edge
    g.add((person, DG.affiliatedWith, c))
    g.add((st, RDF.type, DG.Statement))
    g.add((st, DG.speaker, person))
    g.add((st, DG.concerns, d))
    return g


def test_each_relation_is_joined_as_the_network_defines_it() -> None:
    g = _graph()
    joined = _check(g)

    def edge(u: str, v: str, relation: str) -> set[str]:
        return joined.get((E + u, E + v, relation), set())

    assert edge("A", "B", "proposes") == {E + "p1"}
    assert edge("B", "A", "proposes") == edge("C", "A", "proposes") == {E + "p2"}
    assert edge("D", "A", "demands") == {E + "dem"} and not edge("D", "A", "proposes")
    assert edge("A", "B", "conditions") == edge("C", "B", "conditions") == {E + "c"}
    assert not edge("B", "B", "conditions")
    assert edge("D", "A", "rejects") == {f"{E}D rejects {E}p1"}
    assert edge("A", "C", "supports") == {f"{E}A supports {E}C"}
    assert not [key for key in joined if key[0] == E + "B" and key[2] == "rejects"]
    assert edge("P", "C", "affiliated") == {f"{E}P affiliated {E}C"}
    assert edge("P", "D", "mentions") == {E + "st"}


@pytest.mark.parametrize("batch", [1, 2, 500])
@pytest.mark.parametrize("few", [0, 1, 3, 99])
def test_node_details_read_for_a_few_nodes_are_those_of_all_nodes(
    few: int, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "VALUES_BATCH", batch)  # the nodes looked up in batches
    g = _graph()
    g.add((URIRef(E + "A"), RDFS.label, Literal("Alpha")))
    g.add((URIRef(E + "A"), SKOS.altLabel, Literal("Alfa")))
    every = tables.nodes(g)
    kinds = tables.classes(g)
    chosen = dict(sorted(kinds.items())[:few])
    assert tables.nodes(g, chosen) == {iri: every[iri] for iri in chosen}
    assert every[E + "A"]["label"] == "Alpha" and every[E + "A"]["alt_labels"] == ["Alfa"]


def test_the_network_edges_come_by_actor_in_the_order_asked_for(seed_graph_file: Path) -> None:
    g = Graph()
    g.parse(seed_graph_file)
    actors = _actors(g)
    order = sorted(actors, reverse=True)
    rows = list(tables.actor_edges(g, actors, order))
    sources = list(dict.fromkeys(u for u, _, _, _ in rows))
    assert len(sources) > 1
    assert sources == [u for u in order if u in sources]  # each actor's edges together, in order
    assert sorted(rows) == sorted(tables.actor_edges(g, actors))  # the same edges


@pytest.mark.parametrize("batch", [1, 7, 500])
def test_evidence_looked_up_in_batches_is_what_a_scan_of_every_evidence_node_finds(
    seed_graph_file: Path, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    g = Graph()
    g.parse(seed_graph_file)
    scanned = {
        ev: tables.Evidence(text, doc, int(start), int(end), rule or "")
        for ev, text, doc, start, end, rule in tables.select(
            g,
            "SELECT ?e ?t ?d ?s ?x ?r WHERE { ?e dg:text ?t ; dg:source ?d ; dg:start ?s ;"
            " dg:end ?x OPTIONAL { ?e dg:rule ?r } }",
        )
    }
    wanted = sorted(scanned)[::3] + ["", E + "no-such-evidence"]
    monkeypatch.setattr(tables, "VALUES_BATCH", batch)
    assert len(scanned) > 15
    assert tables.evidence_at(g, wanted) == {ev: scanned[ev] for ev in sorted(scanned)[::3]}


@pytest.mark.parametrize("batch", [1, 500])
def test_nodes_whose_iri_a_query_cannot_write_are_still_found(
    batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "VALUES_BATCH", batch)
    g = Graph()
    odd = [E + 'org-"><b>x</b>', E + "org-a b", E + "org-back\\slash"]
    for n, iri in enumerate([*odd, E + "org-plain"]):
        g.add((URIRef(iri), RDF.type, DG.Organisation))
        g.add((URIRef(iri), RDFS.label, Literal(f"Body {n}")))
    kinds = tables.classes(g)
    found = tables.nodes(g, kinds)
    assert {iri: row["label"] for iri, row in found.items()} == {
        iri: f"Body {n}" for n, iri in enumerate([*odd, E + "org-plain"])
    }
