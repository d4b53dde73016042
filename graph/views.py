"""networkx views of the graph, actor metrics and their exports.

Every view is a :class:`networkx.MultiDiGraph` keyed by IRI string; each node
carries ``label`` and ``cls`` (its coarse class) and each edge a ``relation``,
a ``weight`` (the number of facts behind it), its ``facts`` and its ``evidence``:
a list of ``{"text", "document", "doc", "start", "end"}`` dicts, one per place in
a source document where it was read, at most :data:`EVIDENCE_CAP` of them, with
the true number in ``evidence_count``.

Views are read from the rdflib graph by the SPARQL queries of :mod:`graph.tables`
(aggregated in the store, so they run the same on Oxigraph through ``oxrdflib``):
:func:`full_view` keeps the facts (proposals, conditions, statements, positions)
as nodes; :func:`actor_network` folds them into actor-to-actor edges;
:func:`ego_view` cuts either down to the neighbourhood of one node.

>>> from graph.build import new_graph
>>> len(actor_network(new_graph()))
0
"""

from __future__ import annotations

import csv
import heapq
import io
import json
import math
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

import networkx as nx
from rdflib import Graph

from . import tables
from .errors import UnknownComponentError
from .names import NameIndex

__all__ = [
    "ACTOR_CLASSES",
    "EVIDENCE_CAP",
    "EvidenceMerger",
    "GRAPHML_EVIDENCE_CAP",
    "RELATIONS",
    "VIEWS",
    "actor_metrics",
    "actor_network",
    "actors_csv",
    "actors_table",
    "documents",
    "edge_pagerank",
    "ego_view",
    "evidence_item",
    "full_view",
    "get_view",
    "graphml_attrs",
    "graphml_id",
    "graphml_value",
    "louvain",
    "match_nodes",
    "network_metrics",
    "node_attrs",
    "pagerank",
    "sorted_evidence",
    "to_graphml",
    "view_pagerank",
    "write_graphml",
    "write_view_graphml",
]

#: Coarse classes of actors, in the order a node's class is decided.
ACTOR_CLASSES = ("State", "Organisation", "Person")

#: At most this many evidence sentences ride on one edge or node of a view.
EVIDENCE_CAP = 25
#: At most this many of them travel in the GraphML files (a corpus's actor network has
#: hundreds of thousands of edges; ``evidence_count`` keeps the true number).
GRAPHML_EVIDENCE_CAP = 3

#: Every edge relation the views make, with what it means.
RELATIONS: dict[str, str] = {
    "proposes": "actor puts a proposal forward (actor network: proposer to addressee)",
    "demands": "actor makes a demand (actor network: demander to addressee)",
    "addressed to": "proposal to the actor it is addressed to",
    "concerns": "proposal or statement to an entity it is about",
    "conditional on": "proposal to a condition it depends on",
    "requires action by": "condition to the actor who must act",
    "conditions": "actor network: proposer to the actor its condition requires to act",
    "rejects": "stance: holder rejects a proposal, position or actor",
    "supports": "stance: holder supports a proposal, position or actor",
    "says": "speaker to a statement",
    "mentions": "actor network: speaker to an actor its statement concerns",
    "affiliated": "person to the organisation or state they work or speak for",
}

Evidence = dict[str, Any]


def documents(g: Graph) -> dict[str, dict[str, str]]:
    """Every ``dg:Document`` of ``g`` by IRI: ``title``, ``date``, ``path``, ``sha256``."""
    return {
        iri: {"title": d.title, "date": d.date, "path": d.path, "sha256": d.sha256}
        for iri, d in sorted(tables.documents(g).items())
    }


class _Reader:
    """The tables one view needs, read once from the graph."""

    def __init__(self, g: Graph) -> None:
        self.docs = documents(g)
        self.nodes = tables.nodes(g)
        self.actors = {n for n, d in self.nodes.items() if d["cls"] in tables.ACTOR_CLASSES}
        found: dict[str, list[Evidence]] = defaultdict(list)
        for fact, _iri, ev in tables.evidence_rows(g):
            found[fact].append(evidence_item(ev, self.docs))
        self.evidence = {fact: sorted_evidence(items) for fact, items in found.items()}
        self.merged_evidence = EvidenceMerger(self.evidence).merged

    def node_attrs(self, node: str) -> dict[str, Any]:
        return node_attrs(node, self.nodes.get(node), self.evidence.get(node, []))


class EvidenceMerger:
    """The evidence of the facts behind an edge, merged, from each fact's (see
    :func:`sorted_evidence`)."""

    def __init__(self, evidence: dict[str, list[Evidence]]) -> None:
        self.evidence = evidence
        # The places a fact shares with other facts: an edge's evidence count is the sum of
        # its facts' counts less the places counted twice, found among these few alone
        # (a set of every place of every fact behind every edge took minutes on a corpus).
        owners = Counter(_place(e) for items in evidence.values() for e in items)
        self.shared = {
            fact: frozenset(p for p in map(_place, items) if owners[p] > 1)
            for fact, items in evidence.items()
        }
        self._merged: dict[tuple[str, ...], tuple[list[Evidence], int]] = {}

    def merged(self, facts: tuple[str, ...]) -> tuple[list[Evidence], int]:
        """The first :data:`EVIDENCE_CAP` places where any of ``facts`` was read (in
        evidence order, each once) and how many places there are in all."""
        hit = self._merged.get(facts)
        if hit is not None:
            return hit
        lists = [self.evidence.get(f, []) for f in facts]
        if len(lists) == 1:
            hit = (lists[0][:EVIDENCE_CAP], len(lists[0]))
        else:
            shared = [self.shared.get(f, frozenset()) for f in facts]
            count = sum(map(len, lists)) - sum(map(len, shared)) + len(frozenset().union(*shared))
            top: list[Evidence] = []
            seen: set[tuple[str, int, int, str]] = set()
            for e in heapq.merge(*lists, key=_evidence_order):
                if _place(e) not in seen:
                    seen.add(_place(e))
                    top.append(e)
                    if len(top) == EVIDENCE_CAP:
                        break
            hit = (top, count)
        self._merged[facts] = hit
        return hit


def node_attrs(node: str, row: dict[str, Any] | None, evidence: list[Evidence]) -> dict[str, Any]:
    """A view's attributes of ``node``, from its row of :func:`graph.tables.nodes` (``None``:
    an entity with no type) and, for a fact, its evidence (see :func:`sorted_evidence`)."""
    d = row or {"label": node, "cls": "Entity"}
    attrs: dict[str, Any] = {"label": d["label"], "cls": d["cls"]}
    for key in ("fine", "wikidata", "alt_labels", "role", "first", "last"):
        if d.get(key):
            attrs[key] = d[key]
    if d["cls"] in tables.FACT_CLASSES:
        attrs["evidence"] = evidence[:EVIDENCE_CAP]
        attrs["evidence_count"] = len(evidence)
    return attrs


def evidence_item(ev: tables.Evidence, docs: dict[str, dict[str, str]]) -> Evidence:
    """One place a fact was read, as the views give it (``docs``: :func:`documents`)."""
    return {
        "text": ev.text,
        "document": docs.get(ev.doc, {}).get("title", ev.doc),
        "doc": ev.doc,
        "start": ev.start,
        "end": ev.end,
    }


def _place(e: Evidence) -> tuple[str, int, int, str]:
    return (e["doc"], e["start"], e["end"], e["text"])


def _evidence_order(e: Evidence) -> tuple[str, str, int, int, str]:
    return (e["document"], *_place(e))


def _reader(g: Graph) -> _Reader:
    """The tables of ``g``, read once per graph and size (both views need them)."""
    return _cached(g, "reader", _Reader)


def sorted_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    """``items``, each place once, by document title, document and offsets."""
    unique = {_place(e): e for e in items}
    return sorted(unique.values(), key=_evidence_order)


def _new_view(reader: _Reader, name: str) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(name=name, documents=reader.docs)


def _ensure(view: nx.MultiDiGraph, reader: _Reader, node: str) -> str:
    if node not in view:
        view.add_node(node, **reader.node_attrs(node))
    return node


def _add_edges(
    view: nx.MultiDiGraph, reader: _Reader, facts: dict[tuple[str, str, str], set[str]]
) -> None:
    """One edge per ``(u, v, relation)``, weighted by its distinct facts, in a fixed order."""
    for (u, v, relation), behind in sorted(facts.items()):
        ordered = tuple(sorted(behind))
        evidence, count = reader.merged_evidence(ordered)
        view.add_edge(
            _ensure(view, reader, u),
            _ensure(view, reader, v),
            key=relation,
            relation=relation,
            weight=len(ordered),
            facts=list(ordered),
            evidence=list(evidence),
            evidence_count=count,
        )


_CACHE: dict[tuple[int, str], tuple[weakref.ref[Graph], int, Any]] = {}


def _cached(g: Graph, name: str, compute: Callable[[Graph], Any]) -> Any:
    """``compute(g)``, computed once per graph and size (a build asks for the same view for
    the CSV and the GraphML, and both views for the same tables)."""
    key = (id(g), name)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is g and hit[1] == len(g):
        return hit[2]
    value = compute(g)
    _CACHE[key] = (weakref.ref(g), len(g), value)
    for stale in [k for k, (ref, _, _) in _CACHE.items() if ref() is None]:
        del _CACHE[stale]
    return value


def _shared(g: Graph, name: str) -> nx.MultiDiGraph:
    """The view ``name`` of ``g`` (see :data:`_VIEWS`), computed once per graph and size and
    shared: for readers that leave it as it is."""
    view: nx.MultiDiGraph = _cached(g, name, _VIEWS[name])
    return view


def full_view(g: Graph) -> nx.MultiDiGraph:
    """The full graph as a view: see :func:`_full_view` (computed once per graph; each
    caller gets its own copy)."""
    return _shared(g, "full").copy()


def _full_view(g: Graph) -> nx.MultiDiGraph:
    """Actors, proposals, conditions, statements, positions and the links between them.

    The edges are :func:`graph.tables.links`: from actor to fact for ``proposes``,
    ``demands``, ``says``, ``rejects`` and ``supports``, from fact to actor or
    entity for ``addressed to``, ``concerns``, ``conditional on`` and ``requires
    action by``; person to organisation for ``affiliated``. Entities that are not
    actors (places, treaties, weapons) appear when a fact concerns them.
    """
    reader = _reader(g)
    view = _new_view(reader, "full")
    for node in sorted(reader.nodes):
        if node in reader.actors or reader.nodes[node]["cls"] in tables.FACT_CLASSES:
            _ensure(view, reader, node)
    behind: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for link in tables.links(g):
        u, v, relation = link.source, link.target, link.relation
        if relation in ("rejects", "supports", "affiliated"):
            fact = f"{u} {relation} {v}"
        elif reader.nodes.get(v, {}).get("cls") in tables.FACT_CLASSES:
            fact = v
        else:
            fact = u
        behind[u, v, relation].add(fact)
    _add_edges(view, reader, behind)
    return view


def actor_network(g: Graph, *, metrics: bool = True) -> nx.MultiDiGraph:
    """The actor network: see :func:`_actor_network` (computed once per graph; each caller
    gets its own copy)."""
    return _shared(g, "actors" if metrics else "actors-bare").copy()


def _actor_network(g: Graph, *, metrics: bool = True) -> nx.MultiDiGraph:
    """Actors only, with one edge per ``(source, target, relation)``.

    Each edge's ``weight`` is the number of facts behind it and ``evidence`` lists
    where they were read. The facts behind each edge are the rows of the patterns
    of :data:`graph.tables.ACTOR_RELATIONS`:

    - proposals: each proposer to each addressee, ``proposes`` (``demands`` for a
      ``dg:Demand``);
    - conditions: each proposer to each actor the condition requires to act,
      ``conditions``;
    - stances: the holder to each proposer of the proposal it rejects or supports,
      or to the actor it rejects or supports, ``rejects`` / ``supports``; a stance on
      a position (no actor behind it) adds no edge;
    - affiliations: person to organisation, ``affiliated``;
    - statements: each speaker to each actor the statement ``dg:concerns``,
      ``mentions``. A statement with no such link adds no edge: its speaker still
      appears, with its affiliation.

    Self-loops (an actor answering its own proposal) are left out. With
    ``metrics`` (the default), every node also carries the values of
    :func:`actor_metrics`.
    """
    reader = _reader(g)
    view = _new_view(reader, "actors")
    for actor in sorted(reader.actors):
        _ensure(view, reader, actor)
    behind: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for pair in tables.actor_pairs(g, reader.actors):
        behind[pair.source, pair.target, pair.relation].add(pair.fact)
    _add_edges(view, reader, behind)
    if metrics:
        for node, values in actor_metrics(view).items():
            view.nodes[node].update(values)
    return view


#: How each view is computed, by the name it is kept under (``"actors"`` with the metrics).
_VIEWS: dict[str, Callable[[Graph], nx.MultiDiGraph]] = {
    "full": _full_view,
    "actors": _actor_network,
    "actors-bare": lambda g: _actor_network(g, metrics=False),
}

#: Views by the name the CLI and the HTML page use.
VIEWS: dict[str, Callable[[Graph], nx.MultiDiGraph]] = {
    "full": full_view,
    "actors": actor_network,
}


def get_view(name: str) -> Callable[[Graph], nx.MultiDiGraph]:
    """The view function called ``name``; raises with the known names otherwise."""
    try:
        return VIEWS[name]
    except KeyError:
        raise UnknownComponentError(
            f"unknown view {name!r}; choose one of: {', '.join(sorted(VIEWS))}"
        ) from None


# -- metrics ---------------------------------------------------------------------


def _collapse(view: nx.MultiDiGraph) -> nx.DiGraph:
    """A simple directed graph whose edge weights sum the parallel edges'."""
    simple = nx.DiGraph()
    simple.add_nodes_from(sorted(view.nodes))
    for u, v, weight in sorted(view.edges(data="weight", default=1), key=lambda e: (e[0], e[1])):
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += weight
        else:
            simple.add_edge(u, v, weight=weight)
    return simple


def pagerank(
    graph: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """Weighted PageRank by power iteration, in pure Python.

    Same definition as :func:`networkx.pagerank` (dangling nodes spread their rank
    evenly), which needs scipy; this needs nothing and is deterministic for a
    graph whose nodes were added in a fixed order.

    >>> g = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    >>> round(pagerank(g)["a"], 3)
    0.333
    """
    edges = ((u, v, d.get("weight", 1)) for u, v, d in graph.edges(data=True))
    return edge_pagerank(list(graph), edges, alpha=alpha, tol=tol, max_iter=max_iter)


def edge_pagerank(
    nodes: list[str],
    edges: Iterable[tuple[str, str, float]],
    *,
    alpha: float = 0.85,
    tol: float = 1.0e-10,
    max_iter: int = 200,
) -> dict[str, float]:
    """:func:`pagerank` of the graph of ``nodes`` and weighted ``edges`` ``(u, v, weight)``,
    given in the order a :class:`networkx.DiGraph` gives them (by ``u`` in the order of
    ``nodes``): the same ranks to the last bit, without a graph of them in memory.

    >>> round(edge_pagerank(["a", "b", "c"], [("a", "b", 1), ("b", "c", 1), ("c", "a", 1)])["a"], 3)
    0.333
    """
    n = len(nodes)
    if n == 0:
        return {}
    read = list(edges)
    out_weight: dict[str, float] = dict.fromkeys(nodes, 0)
    for u, _, weight in read:
        out_weight[u] += weight
    # Read once (networkx's edge views are slow to walk every iteration); the sums below
    # run in the same order, so the ranks are the same to the last bit.
    weighted = [(u, v, weight, out_weight[u]) for u, v, weight in read]
    del read
    sinks = [u for u in nodes if out_weight[u] == 0]
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in sinks) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, weight, out in weighted:
            new[v] += alpha * rank[u] * weight / out
        error = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if error < n * tol:
            break
    return rank


def louvain(graph: nx.Graph, *, weight: str | None = None) -> list[list[str]]:
    """Louvain communities (``seed=42``), sorted by size, then by first node.

    networkx's Louvain iterates sets of nodes; with string nodes their order
    follows Python's per-process hash seed, so the same graph could split
    differently from one run to the next. Nodes are numbered in sorted order
    first, which makes the result the same in every process.
    """
    order = sorted(graph.nodes)
    index = {node: i for i, node in enumerate(order)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(order)))
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (index[e[0]], index[e[1]])):
        attrs = {weight: data.get(weight, 1)} if weight else {}
        numbered.add_edge(index[u], index[v], **attrs)
    return _numbered_louvain(order, numbered, weight)


def _numbered_louvain(order: list[str], numbered: nx.Graph, weight: str | None) -> list[list[str]]:
    """:func:`louvain` of a graph whose nodes are numbered (``order``: the node of each)."""
    found = nx.community.louvain_communities(numbered, weight=weight, seed=42)
    return sorted((sorted(order[i] for i in c) for c in found), key=lambda c: (-len(c), c[0]))


def view_pagerank(view: nx.MultiDiGraph) -> dict[str, float]:
    """Weighted PageRank of every node of a view (parallel edges' weights summed)."""
    return pagerank(_collapse(view))


def actor_metrics(view: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Per node: ``degree``, ``strength``, ``pagerank``, ``betweenness``, ``community``.

    - ``degree``: number of distinct neighbours, either direction;
    - ``strength``: the sum of the weights (facts) of its edges;
    - ``pagerank``: weighted PageRank over the collapsed directed graph;
    - ``betweenness``: normalised betweenness over the collapsed directed graph,
      unweighted (sampled from 200 sources, seed 42, above 1,000 nodes);
    - ``community``: Louvain communities (``seed=42``) of the undirected weighted
      graph, numbered 0, 1, ... by size, then by their first IRI.
    """
    strength = dict.fromkeys(view.nodes, 0)
    for u, v, weight in view.edges(data="weight", default=1):
        strength[u] += weight
        strength[v] += weight
    return network_metrics(_collapse(view), strength)


def network_metrics(simple: nx.DiGraph, strength: dict[str, int]) -> dict[str, dict[str, Any]]:
    """:func:`actor_metrics` of a network given collapsed (its nodes sorted, its edges
    added in order of their ends, each weighted by the sum of the parallel edges', as
    :func:`_collapse` gives it) and the ``strength`` of each node.

    ``simple`` is emptied once read (:meth:`networkx.Graph.clear`): the communities need
    its memory.
    """
    ranks = pagerank(simple)
    k = 200 if len(simple) > 1000 else None
    between = nx.betweenness_centrality(simple, k=k, seed=42 if k else None, normalized=True)
    # The undirected network, its nodes numbered in sorted order as :func:`louvain` numbers
    # them (one graph for the degrees and the communities, not one of each).
    # Its edges are added in order of their ends' numbers, each pair's weights summed,
    # from each node's neighbours in turn (a table of every pair would double the memory).
    order = sorted(simple.nodes)
    index = {node: i for i, node in enumerate(order)}
    undirected = nx.Graph()
    undirected.add_nodes_from(range(len(order)))
    for i, node in enumerate(order):
        later: dict[int, int] = defaultdict(int)
        for other, data in simple.succ[node].items():
            if index[other] >= i:
                later[index[other]] += data["weight"]
        for other, data in simple.pred[node].items():
            if index[other] > i:  # a loop is a successor already
                later[index[other]] += data["weight"]
        undirected.add_weighted_edges_from((i, j, weight) for j, weight in sorted(later.items()))
    simple.clear()
    communities = _numbered_louvain(order, undirected, "weight")
    community = {node: number for number, members in enumerate(communities) for node in members}
    return {
        node: {
            "degree": undirected.degree(index[node]),
            "strength": strength[node],
            "pagerank": ranks[node],
            "betweenness": between[node],
            "community": community[node],
        }
        for node in order
    }


def match_nodes(names: dict[str, dict[str, Any]], focus: str, where: str) -> list[str]:
    """The nodes of ``names`` (IRI to ``label`` and ``alt_labels``) that ``focus`` names.

    ``focus`` is matched, case-insensitively, against each node's IRI, label and
    alternative labels. Raises :class:`~graph.errors.UnknownComponentError`
    naming close labels, closest first, when none matches (``where`` says where we looked).
    """
    index = NameIndex(
        (node, str(data.get("label", node)), [str(node), *data.get("alt_labels", ())])
        for node, data in sorted(names.items())
    )
    found = index.find(focus)
    if not found:
        close = index.closest(focus)
        hint = (
            "; close names: " + ", ".join(dict.fromkeys(label for _node, label in close))
            if close
            else "; try a label shown in the page or in actors.csv"
        )
        raise UnknownComponentError(f"no node of {where} is named {focus!r}{hint}")
    return sorted(found)


def ego_view(view: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` links of ``focus`` (either direction), and their edges.

    ``focus`` is matched by :func:`match_nodes`; every node it matches is a centre.
    """
    if depth < 0:
        raise UnknownComponentError(f"depth must be 0 or more, not {depth}")
    centres = match_nodes(
        dict(view.nodes(data=True)), focus, f"the {view.graph.get('name', '')} view"
    )
    undirected = view.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    ego = view.subgraph(sorted(keep)).copy()
    ego.graph["focus"] = centres
    return ego


# -- exports -------------------------------------------------------------------------

_CSV_FIELDS = (
    "iri",
    "label",
    "class",
    "fine_class",
    "wikidata",
    "degree",
    "strength",
    "pagerank",
    "betweenness",
    "community",
)


def actors_csv(g: Graph) -> str:
    """One row per actor with its metrics, by PageRank (highest first), then label.

    >>> from graph.build import new_graph
    >>> actors_csv(new_graph()).splitlines()[0]
    'iri,label,class,fine_class,wikidata,degree,strength,pagerank,betweenness,community'
    """
    return actors_table(_shared(g, "actors"))


def actors_table(view: nx.MultiDiGraph) -> str:
    """:func:`actors_csv` of an actor network whose nodes carry :func:`actor_metrics`."""
    rows = sorted(view.nodes(data=True), key=lambda n: (-n[1]["pagerank"], n[1]["label"], n[0]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for node, d in rows:
        writer.writerow(
            [
                node,
                d["label"],
                d["cls"],
                d.get("fine", ""),
                d.get("wikidata", ""),
                d["degree"],
                d["strength"],
                f"{d['pagerank']:.6f}",
                f"{d['betweenness']:.6f}",
                d["community"],
            ]
        )
    return out.getvalue()


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def graphml_value(value: Any) -> str | int | float | bool | None:
    """``value`` as GraphML holds it: lists and dicts as JSON, characters XML forbids
    replaced, ``None`` (and floats that are not finite) left out."""
    if value is None:
        return None
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _XML_INVALID.sub("\ufffd", value)
    return _XML_INVALID.sub("\ufffd", json.dumps(value, ensure_ascii=False, sort_keys=True))


def graphml_id(node: str) -> str:
    """A node's IRI as a GraphML id (characters XML forbids replaced)."""
    return _XML_INVALID.sub("\ufffd", node)


def graphml_attrs(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes as GraphML holds them (see :func:`graphml_value`), sorted by name."""
    if "evidence" in data:
        data = {**data, "evidence": data["evidence"][:GRAPHML_EVIDENCE_CAP]}
    return {
        k: v for k, v in ((k, graphml_value(v)) for k, v in sorted(data.items())) if v is not None
    }


def to_graphml(view: nx.MultiDiGraph) -> str:
    """The view as GraphML: see :func:`write_graphml`.

    >>> to_graphml(nx.MultiDiGraph()).startswith("<?xml")
    True
    """
    out = io.BytesIO()
    write_graphml(view, out)
    return out.getvalue().decode("utf-8")


def write_view_graphml(g: Graph, name: str, handle: BinaryIO) -> None:
    """The view ``name`` of ``g`` (``"full"`` or ``"actors"``, see :data:`VIEWS`) written by
    :func:`write_graphml` (the view computed once per graph, and not copied)."""
    write_graphml(_shared(g, name), handle)


def write_graphml(view: nx.MultiDiGraph, handle: BinaryIO) -> None:
    """Write the view as GraphML to a binary ``handle``, element by element (the bytes of
    networkx's lxml writer; see :func:`graph.export.graphml.write_graphml`). Lists and dicts
    (evidence, labels) become JSON strings; at most :data:`GRAPHML_EVIDENCE_CAP` evidence
    sentences go with each edge or node."""
    from .export.graphml import write_graphml as write

    edges = (
        view.edges(keys=True, data=True)
        if view.is_multigraph()
        else ((u, v, None, d) for u, v, d in view.edges(data=True))
    )
    write(
        handle,
        graphml_attrs(view.graph),
        ((graphml_id(str(n)), graphml_attrs(view.nodes[n])) for n in sorted(view.nodes)),
        (
            (
                graphml_id(str(u)),
                graphml_id(str(v)),
                None if key is None else str(key),
                graphml_attrs(data),
            )
            for u, v, key, data in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
        ),
    )
