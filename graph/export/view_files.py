"""The view files of a store, ``actors.csv``, ``graph.graphml`` and ``actors.graphml``,
computed in the store and written as they are read.

The bytes are those of :func:`graph.views.actors_csv` and
:func:`graph.views.write_view_graphml`, which build a networkx graph of every fact
with its evidence first. Here everything is read from the store once, by streamed queries:
every fact's evidence into an index on disk
(:class:`~graph.export.evidence_index.EvidenceIndex`: per fact, how many places and the
first few), the nodes' details and the full view's links into tables on disk
(:class:`~graph.export.disk_table.DiskTable`), read back in IRI order and merged as the
nodes and edges are written. The actor network's edges are made from the links behind
them, one source at a time (:func:`graph.tables.actor_edges`), and spooled to a temporary
file with their facts while their weights are summed for the metrics (networkx holds the
actors and the collapsed, weighted network alone; the evidence index is built after them,
and the edges' evidence read from it as they are written). What is held at once is the
class of each node, a few numbers per fact, the links the actor network is made of, and
one source's edges.
"""

from __future__ import annotations

import gc
import heapq
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any, BinaryIO, TypeVar

import networkx as nx
from rdflib import Graph

from .. import tables
from ..views import (
    actors_table,
    documents,
    graphml_attrs,
    graphml_id,
    network_metrics,
    node_attrs,
)
from .disk_table import DiskTable
from .evidence_index import EvidenceIndex
from .graphml import write_graphml

__all__ = ["ViewFiles"]

Edge = tuple[str, str, str, dict[str, Any]]
T = TypeVar("T")


class ViewFiles:
    """The view files of the graph ``g`` (the union graph of a store); :meth:`close`
    deletes the temporary files they are computed in.

    >>> from graph.build import new_graph
    >>> ViewFiles(new_graph()).actors_csv().split(",")[0]
    'iri'
    """

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.docs = documents(g)
        self._index: EvidenceIndex | None = None
        self._classes: dict[str, str] | None = None
        self._details: DiskTable | None = None
        self._actors: tuple[nx.MultiDiGraph, BinaryIO, int] | None = None

    @property
    def index(self) -> EvidenceIndex:
        """Every fact's evidence (read from the store when first asked for)."""
        if self._index is None:
            self._index = EvidenceIndex(self.g, self.docs)
        return self._index

    @property
    def classes(self) -> dict[str, str]:
        """The coarse class of every typed node (see :func:`graph.tables.classes`)."""
        if self._classes is None:
            self._classes = tables.classes(self.g)
        return self._classes

    def rows(self, nodes: Iterable[str]) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """Each of ``nodes`` (sorted) with its row of :func:`graph.tables.nodes` (``None``:
        a node with no type), from every node's details read once into a table on disk."""
        if self._details is None:
            self._details = DiskTable(("iri", "key", "value"), tables.detail_rows(self.g))
        for node, found in _joined(nodes, self._details.grouped()):
            if node not in self.classes:
                yield node, None
                continue
            table = {node: {"label": tables.tail(node), "cls": self.classes[node]}}
            tables.apply_details(table, ((node, key, value) for key, value in found))
            yield node, table[node]

    def close(self) -> None:
        """Delete the temporary files: the evidence index, the nodes' details and the actor
        network's spooled edges."""
        if self._index is not None:
            self._index.close()
        if self._details is not None:
            self._details.close()
        if self._actors is not None:
            self._actors[1].close()
        self._index = self._details = self._actors = self._classes = None

    def _graphml(self, data: dict[str, Any], facts: list[str]) -> dict[str, Any]:
        """GraphML's attributes of ``data`` with the evidence of ``facts`` (from the index)."""
        count, evidence = self.index.evidence(facts)
        attrs = {**graphml_attrs(data), "evidence": evidence, "evidence_count": count}
        return dict(sorted(attrs.items()))

    # -- the actor network -------------------------------------------------------------

    def actors(self) -> tuple[nx.MultiDiGraph, BinaryIO, int]:
        """The actor network: its actors with their metrics (a graph without edges), and
        its edges with their facts, spooled in order (a file and how many)."""
        if self._actors is None:
            view = nx.MultiDiGraph(name="actors", documents=self.docs)
            actors = sorted(n for n, cls in self.classes.items() if cls in tables.ACTOR_CLASSES)
            for actor, row in self.rows(actors):
                view.add_node(actor, **node_attrs(actor, row, []))
            spool = tempfile.TemporaryFile()
            # The network collapsed, as the metrics read it: one weight per pair of actors.
            simple = nx.DiGraph()
            simple.add_nodes_from(view.nodes)
            strength = dict.fromkeys(view.nodes, 0)
            count = 0
            # The edges with their facts, as they come: their evidence is read when they
            # are written, once the metrics are computed (and the evidence index built
            # after them: the two need the most memory of anything the views compute).
            for u, v, relation, facts in tables.actor_edges(self.g, set(view.nodes)):
                pickle.dump((u, v, relation, facts), spool)
                count += 1
                weight = len(facts)
                strength[u] += weight
                strength[v] += weight
                if simple.has_edge(u, v):
                    simple[u][v]["weight"] += weight
                else:
                    simple.add_edge(u, v, weight=weight)
            for node, values in network_metrics(simple, strength).items():
                view.nodes[node].update(values)
            del simple
            # networkx graphs refer to themselves (their cached views): only a full
            # collection frees them, which a large store may not trigger for a while.
            gc.collect()
            self._actors = (view, spool, count)
        return self._actors

    def _actor_edge(self, u: str, v: str, relation: str, facts: list[str]) -> Edge:
        """An edge of the actor network as GraphML holds it, with its facts and their
        evidence."""
        data = {"relation": relation, "weight": len(facts), "facts": facts}
        return graphml_id(u), graphml_id(v), relation, self._graphml(data, facts)

    def actors_csv(self) -> str:
        """``actors.csv``: see :func:`graph.views.actors_csv`."""
        return actors_table(self.actors()[0])

    def write_actors(self, handle: BinaryIO) -> None:
        """``actors.graphml``: see :func:`graph.views.write_view_graphml`."""
        view, spool, count = self.actors()
        spool.seek(0)
        write_graphml(
            handle,
            graphml_attrs(view.graph),
            ((graphml_id(n), graphml_attrs(view.nodes[n])) for n in view.nodes),
            (self._actor_edge(*pickle.load(spool)) for _ in range(count)),
        )

    # -- the full view -------------------------------------------------------------------

    def write_full(self, handle: BinaryIO) -> None:
        """``graph.graphml``: see :func:`graph.views.write_view_graphml`."""
        links = DiskTable(
            ("source", "target", "relation"),
            ((link.source, link.target, link.relation) for link in tables.links(self.g)),
        )
        try:
            write_graphml(
                handle,
                graphml_attrs({"name": "full", "documents": self.docs}),
                self._full_nodes(links),
                self._full_edges(links),
            )
        finally:
            links.close()

    def _full_nodes(self, links: DiskTable) -> Iterator[tuple[str, dict[str, Any]]]:
        """Each node of the full view, in order, with its GraphML attributes: the actors and
        facts, and every other node a link ends at, their details merged in as they come."""
        wanted = (*tables.ACTOR_CLASSES, *tables.FACT_CLASSES)
        typed = sorted(node for node, cls in self.classes.items() if cls in wanted)
        nodes = _unique(heapq.merge(typed, links.union("source", "target")))
        for node, row in self.rows(nodes):
            attrs = node_attrs(node, row, [])
            if "evidence" in attrs:  # a fact
                del attrs["evidence"], attrs["evidence_count"]
                yield graphml_id(node), self._graphml(attrs, [node])
            else:
                yield graphml_id(node), graphml_attrs(attrs)

    def _full_edges(self, links: DiskTable) -> Iterator[Edge]:
        """Each link of the full view, in order, with its GraphML attributes."""
        for u, v, relation in links.sorted(distinct=True):
            fact = _fact(u, v, relation, self.classes)
            data = {"relation": relation, "weight": 1, "facts": [fact]}
            yield graphml_id(u), graphml_id(v), relation, self._graphml(data, [fact])


def _unique(items: Iterable[T]) -> Iterator[T]:
    """``items`` (sorted) without repeats."""
    return (item for item, _same in groupby(items))


def _joined(
    keys: Iterable[str], groups: Iterator[tuple[str, list[tuple[Any, ...]]]]
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Each of ``keys`` (sorted) with its rows from ``groups`` (sorted by key; ``[]``: none)."""
    group = next(groups, None)
    for key in keys:
        while group is not None and group[0] < key:
            group = next(groups, None)
        yield key, group[1] if group is not None and group[0] == key else []


def _fact(u: str, v: str, relation: str, classes: dict[str, str]) -> str:
    """The fact behind a link of the full view (as :func:`graph.views.full_view` decides)."""
    if relation in ("rejects", "supports", "affiliated"):
        return f"{u} {relation} {v}"
    return v if classes.get(v) in tables.FACT_CLASSES else u
