"""The view files of a store, ``actors.csv``, ``graph.graphml`` and ``actors.graphml``,
computed in the store and written piece by piece.

The bytes are those of :func:`graph.views.actors_csv` and
:func:`graph.views.write_view_graphml`, which build a networkx graph of every fact
with its evidence first; here the full view is read :data:`PIECE`
nodes at a time, sorted by IRI (their details, then the links that leave them, each
with the evidence of the fact behind it), and the actor network is a networkx graph
of the actors and their edges' weights alone, counted by the store (``GROUP BY``):
its metrics are computed on it, and each edge's facts and evidence are read when the
edge is written. What is held at once is a chunk of nodes or edges, the actors, and
the class of each node.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any, BinaryIO

import networkx as nx
from rdflib import Graph

from .. import tables
from ..views import (
    EVIDENCE_CAP,
    Evidence,
    EvidenceMerger,
    actor_metrics,
    actors_table,
    documents,
    evidence_item,
    graphml_attrs,
    graphml_id,
    node_attrs,
    sorted_evidence,
)
from .graphml import write_graphml

__all__ = ["PIECE", "ViewFiles"]

#: How many nodes, or edges, are read and written as one piece (with their evidence: a
#: fact behind edges of several pieces is read once for each).
PIECE = 10_000

#: Predicates of the full view's links that run from their subject, and those that run back.
_FORWARD = tuple(p for p, _name, back in tables.LINK_RELATIONS if not back)
_BACK = tuple(p for p, _name, back in tables.LINK_RELATIONS if back)
_NAMES = {p: name for p, name, _back in tables.LINK_RELATIONS}


class ViewFiles:
    """The view files of the graph ``g`` (the union graph of a store).

    >>> from graph.build import new_graph
    >>> ViewFiles(new_graph()).actors_csv().split(",")[0]
    'iri'
    """

    def __init__(self, g: Graph, *, chunk: int = PIECE) -> None:
        self.g = g
        self.chunk = chunk
        self.docs = documents(g)
        self._actors: nx.MultiDiGraph | None = None

    def _evidence(self, keys: list[str]) -> dict[str, list[Evidence]]:
        """The evidence of each of ``keys`` (facts), sorted, each place once."""
        found = tables.evidence_of(self.g, keys)
        return {
            key: sorted_evidence(evidence_item(ev, self.docs) for ev in items)
            for key, items in found.items()
        }

    # -- the actor network -------------------------------------------------------------

    def actors(self) -> nx.MultiDiGraph:
        """The actor network with its metrics, its edges weighted but without their facts."""
        if self._actors is None:
            table = tables.nodes(self.g, classes=tables.ACTOR_CLASSES)
            view = nx.MultiDiGraph(name="actors", documents=self.docs)
            for actor in sorted(table):
                view.add_node(actor, **node_attrs(actor, table[actor], []))
            for u, v, relation, n in sorted(tables.actor_edges(self.g, table.keys())):
                view.add_edge(u, v, key=relation, weight=n)
            for node, values in actor_metrics(view).items():
                view.nodes[node].update(values)
            self._actors = view
        return self._actors

    def actors_csv(self) -> str:
        """``actors.csv``: see :func:`graph.views.actors_csv`."""
        return actors_table(self.actors())

    def write_actors(self, handle: BinaryIO) -> None:
        """``actors.graphml``: see :func:`graph.views.write_view_graphml`."""
        view = self.actors()
        write_graphml(
            handle,
            graphml_attrs(view.graph),
            ((graphml_id(n), graphml_attrs(view.nodes[n])) for n in sorted(view.nodes)),
            self._actor_edges(set(view.nodes)),
        )

    def _actor_edges(self, actors: set[str]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Each edge of the actor network with its facts and their evidence, in order."""
        pairs = tables.sorted_pairs(self.g, actors)
        edges = groupby(pairs, key=lambda p: (p.source, p.target, p.relation))
        for part in tables.chunks(
            ((edge, sorted({p.fact for p in behind})) for edge, behind in edges), self.chunk
        ):
            evidence = self._evidence(sorted({fact for _edge, facts in part for fact in facts}))
            merger = EvidenceMerger(evidence)
            for (u, v, relation), facts in part:
                places, count = merger.merged(tuple(facts))
                attrs = {
                    "relation": relation,
                    "weight": len(facts),
                    "facts": facts,
                    "evidence": places,
                    "evidence_count": count,
                }
                yield graphml_id(u), graphml_id(v), relation, graphml_attrs(attrs)

    # -- the full view -------------------------------------------------------------------

    def write_full(self, handle: BinaryIO) -> None:
        """``graph.graphml``: see :func:`graph.views.write_view_graphml`."""
        classes = tables.classes_of(self.g)
        wanted = (*tables.ACTOR_CLASSES, *tables.FACT_CLASSES)
        nodes = {n for n, cls in classes.items() if cls in wanted} | self._link_ends()
        order = sorted(nodes)
        del nodes
        write_graphml(
            handle,
            graphml_attrs({"name": "full", "documents": self.docs}),
            self._full_nodes(order),
            self._full_edges(order, classes),
        )

    def _link_ends(self) -> set[str]:
        """Every node at either end of a link of the full view."""
        ends: set[str] = set()
        for predicate, _name, _back in tables.LINK_RELATIONS:
            for end in ("?s", "?o"):
                query = (
                    f"SELECT DISTINCT {end} WHERE {{ ?s {predicate} ?o ."
                    " FILTER(isIRI(?s) && isIRI(?o)) }"
                )
                ends.update(n for (n,) in tables.select(self.g, query))
        return ends

    def _full_nodes(self, order: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
        for part in tables.chunks(order, self.chunk):
            table = tables.nodes(self.g, among=part)
            facts = [n for n in part if table.get(n, {}).get("cls") in tables.FACT_CLASSES]
            evidence = self._evidence(facts)
            for node in part:
                attrs = node_attrs(node, table.get(node), evidence.get(node, []))
                yield graphml_id(node), graphml_attrs(attrs)

    def _full_edges(
        self, order: list[str], classes: dict[str, str]
    ) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for part in tables.chunks(order, self.chunk):
            links = sorted(self._links_from(part, classes))
            facts = [_fact(u, v, relation, classes) for u, v, relation in links]
            evidence = self._evidence(sorted(set(facts)))
            for (u, v, relation), fact in zip(links, facts, strict=True):
                places = evidence.get(fact, [])
                attrs = {
                    "relation": relation,
                    "weight": 1,
                    "facts": [fact],
                    "evidence": places[:EVIDENCE_CAP],
                    "evidence_count": len(places),
                }
                yield graphml_id(u), graphml_id(v), relation, graphml_attrs(attrs)

    def _links_from(self, sources: list[str], classes: dict[str, str]) -> set[tuple[str, ...]]:
        """The links of the full view from each of ``sources``: ``(u, v, relation)``."""
        values = tables.values_clause("n", sources)
        found: set[tuple[str, ...]] = set()
        for s, p, o in tables.select(
            self.g,
            f"""SELECT ?n ?p ?o WHERE {{ {values} ?n ?p ?o .
                  FILTER(?p IN ({", ".join(_FORWARD)}) && isIRI(?o)) }}""",
        ):
            found.add((s, o, _relation(p, s, classes)))
        back = " UNION ".join(f"{{ ?s {p} ?n BIND({p} AS ?p) }}" for p in _BACK)
        for o, p, s in tables.select(
            self.g,
            f"SELECT ?n ?p ?s WHERE {{ {values} {back} FILTER(isIRI(?s)) }}",
        ):
            found.add((o, s, _relation(p, s, classes)))
        return found


def _relation(predicate: str, subject: str, classes: dict[str, str]) -> str:
    """The relation of a link by its predicate (full IRI): ``demands`` for a demand's proposer."""
    name = _NAMES["dg:" + predicate.rsplit("#", 1)[-1]]
    return "demands" if name == "proposes" and classes.get(subject) == "Demand" else name


def _fact(u: str, v: str, relation: str, classes: dict[str, str]) -> str:
    """The fact behind a link of the full view (as :func:`graph.views.full_view` decides)."""
    if relation in ("rejects", "supports", "affiliated"):
        return f"{u} {relation} {v}"
    return v if classes.get(v) in tables.FACT_CLASSES else u
