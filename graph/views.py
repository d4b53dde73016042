"""networkx views of the graph, actor metrics and their exports.

Every view is a :class:`networkx.MultiDiGraph` keyed by IRI string; each node
carries ``label`` and ``cls`` (its coarse class) and each edge a ``relation``,
a ``weight`` (the number of facts behind it) and its ``evidence``: a list of
``{"text", "document", "doc", "start", "end"}`` dicts, one per place in a source
document where it was read.

Views are pure functions of the rdflib graph: :func:`full_view` keeps the facts
(proposals, conditions, statements, positions) as nodes; :func:`actor_network`
folds them into actor-to-actor edges; :func:`ego_view` cuts either down to the
neighbourhood of one node.

>>> from graph.build import new_graph
>>> len(actor_network(new_graph()))
0
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import UnknownComponentError
from .names import NameIndex
from .namespace import DG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD

__all__ = [
    "ACTOR_CLASSES",
    "RELATIONS",
    "VIEWS",
    "actor_metrics",
    "actor_network",
    "actors_csv",
    "documents",
    "ego_view",
    "full_view",
    "get_view",
    "pagerank",
    "to_graphml",
    "view_pagerank",
]

#: Coarse classes of actors, in the order a node's class is decided.
ACTOR_CLASSES = ("State", "Organisation", "Person")

#: Coarse class of a node, by the first of its types found in this order.
_CLASS_ORDER: tuple[tuple[str, URIRef], ...] = (
    ("Demand", DG.Demand),
    ("Proposal", DG.Proposal),
    ("Condition", DG.Condition),
    ("Statement", DG.Statement),
    ("Position", DG.Position),
    ("State", DG.State),
    ("Organisation", DG.Organisation),
    ("Person", DG.Person),
    ("Place", DG.Place),
    ("Treaty", DG.Treaty),
    ("WeaponSystem", DG.WeaponSystem),
    ("MilitaryActivity", DG.MilitaryActivity),
    ("Actor", DG.Actor),
    ("Document", DG.Document),
)

_FINE_CLASSES: tuple[tuple[str, URIRef], ...] = (
    ("Alliance", DG.Alliance),
    ("InternationalBody", DG.InternationalBody),
    ("Ministry", DG.Ministry),
    ("ArmedForce", DG.ArmedForce),
    ("MediaOutlet", DG.MediaOutlet),
    ("ResearchInstitute", DG.ResearchInstitute),
    ("PoliticalParty", DG.PoliticalParty),
    ("Company", DG.Company),
    ("MilitaryActivity", DG.MilitaryActivity),
)

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

_FACT_CLASSES = ("Proposal", "Demand", "Condition", "Statement", "Position")
_ENTITY_CLASSES = ("Place", "Treaty", "WeaponSystem", "MilitaryActivity")

Evidence = dict[str, Any]


# -- reading the rdflib graph ----------------------------------------------------


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _label(g: Graph, node: Node) -> str:
    labels = sorted(str(o) for o in g.objects(node, RDFS.label))
    if labels:
        return labels[0]
    text = str(node)
    return re.split(r"[/#]", text.rstrip("/#"))[-1] or text


def _classes(g: Graph, node: Node) -> tuple[str, str]:
    """``(coarse, fine)`` class names of ``node``; ``fine`` may be empty."""
    types = set(g.objects(node, RDF.type))
    coarse = next((name for name, iri in _CLASS_ORDER if iri in types), "")
    fine = next((name for name, iri in _FINE_CLASSES if iri in types and name != coarse), "")
    return coarse, fine


def _wikidata(g: Graph, node: Node) -> str:
    """The Wikidata id (``Q…``) of ``node``, or ``""``."""
    for same in sorted(str(o) for o in g.objects(node, OWL.sameAs)):
        if same.startswith(str(WD)):
            return same[len(str(WD)) :]
    return ""


def documents(g: Graph) -> dict[str, dict[str, str]]:
    """Every ``dg:Document`` of ``g`` by IRI: ``title``, ``date``, ``path``, ``sha256``."""
    out: dict[str, dict[str, str]] = {}
    for doc in sorted(set(g.subjects(RDF.type, DG.Document)), key=str):
        paths = sorted(str(p) for p in g.objects(doc, DG.path))
        out[str(doc)] = {
            "title": _label(g, doc),
            "date": _text(g.value(doc, SCHEMA.datePublished)),
            "path": paths[0] if paths else "",
            "sha256": _text(g.value(doc, DG.sha256)),
        }
    return out


class _Reader:
    """Reads nodes and evidence from one rdflib graph, with caches."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.docs = documents(g)
        self._evidence: dict[Node, list[Evidence]] = {}
        self._stance_evidence: dict[tuple[Node, Node, Node], list[Evidence]] | None = None

    def evidence(self, fact: Node) -> list[Evidence]:
        """The evidence of a fact node, sorted by document title and offset."""
        if fact not in self._evidence:
            self._evidence[fact] = _sorted_evidence(
                self._read_evidence(ev) for ev in self.g.objects(fact, DG.evidence)
            )
        return self._evidence[fact]

    def _read_evidence(self, ev: Node) -> Evidence:
        g = self.g
        doc = g.value(ev, DG.source)
        start, end = g.value(ev, DG.start), g.value(ev, DG.end)
        return {
            "text": _text(g.value(ev, DG.text)),
            "document": self.docs.get(str(doc), {}).get("title", _text(doc)),
            "doc": _text(doc),
            "start": int(start.toPython()) if isinstance(start, Literal) else -1,
            "end": int(end.toPython()) if isinstance(end, Literal) else -1,
        }

    def stance_evidence(self, holder: Node, predicate: Node, target: Node) -> list[Evidence]:
        """Evidence of a stance triple.

        A stance is a bare triple; its evidence is read from an ``rdf:Statement``
        reifying it with ``dg:evidence`` when the graph has one, else from the
        target when the target is a ``dg:Position`` (built from the stance's span).
        """
        if self._stance_evidence is None:
            found: dict[tuple[Node, Node, Node], list[Evidence]] = defaultdict(list)
            for st in self.g.subjects(RDF.type, RDF.Statement):
                key = (
                    self.g.value(st, RDF.subject),
                    self.g.value(st, RDF.predicate),
                    self.g.value(st, RDF.object),
                )
                if None not in key:
                    found[key].extend(self.evidence(st))  # type: ignore[index]
            self._stance_evidence = dict(found)
        reified = self._stance_evidence.get((holder, predicate, target))
        if reified:
            return _sorted_evidence(reified)
        if (target, RDF.type, DG.Position) in self.g:
            return self.evidence(target)
        return []

    def node_attrs(self, node: Node) -> dict[str, Any]:
        g = self.g
        cls, fine = _classes(g, node)
        attrs: dict[str, Any] = {"label": _label(g, node), "cls": cls or "Entity"}
        if fine:
            attrs["fine"] = fine
        if wd := _wikidata(g, node):
            attrs["wikidata"] = wd
        alt = sorted({str(o) for o in g.objects(node, SKOS.altLabel)} - {attrs["label"]})
        if alt:
            attrs["alt_labels"] = alt
        roles = sorted(str(o) for o in g.objects(node, DG.role))
        if roles:
            attrs["role"] = "; ".join(roles)
        if cls in _FACT_CLASSES:
            attrs["evidence"] = self.evidence(node)
        derived = sorted(str(o) for o in g.objects(node, PROV.wasDerivedFrom))
        if derived:
            attrs["sources"] = derived
        return attrs


def _sorted_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    unique = {(e["doc"], e["start"], e["end"], e["text"]): e for e in items}
    return [unique[k] for k in sorted(unique, key=lambda k: (unique[k]["document"], *k))]


def _actors(g: Graph) -> list[URIRef]:
    found: set[Node] = set()
    for cls in (DG.Actor, DG.State, DG.Organisation, DG.Person):
        found.update(g.subjects(RDF.type, cls))
    return sorted((n for n in found if isinstance(n, URIRef)), key=str)


def _subjects(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted((n for n in set(g.subjects(RDF.type, cls)) if isinstance(n, URIRef)), key=str)


def _objects(g: Graph, node: Node, predicate: URIRef) -> list[URIRef]:
    return sorted((o for o in set(g.objects(node, predicate)) if isinstance(o, URIRef)), key=str)


def _stances(g: Graph) -> Iterator[tuple[URIRef, str, URIRef]]:
    for predicate, relation in ((DG.rejects, "rejects"), (DG.supports, "supports")):
        for holder, target in sorted(
            g.subject_objects(predicate), key=lambda p: (str(p[0]), str(p[1]))
        ):
            if isinstance(holder, URIRef) and isinstance(target, URIRef):
                yield holder, relation, target


# -- building views ----------------------------------------------------------------


def _add_fact_edge(
    view: nx.MultiDiGraph,
    u: str,
    v: str,
    relation: str,
    fact: str,
    evidence: list[Evidence],
) -> None:
    """Add one fact to the edge ``(u, v, relation)``: weight counts distinct facts."""
    if view.has_edge(u, v, key=relation):
        data = view.edges[u, v, relation]
        if fact in data["facts"]:
            return
        data["facts"].append(fact)
        data["facts"].sort()
        data["weight"] = len(data["facts"])
        data["evidence"] = _sorted_evidence([*data["evidence"], *evidence])
    else:
        view.add_edge(
            u, v, key=relation, relation=relation, weight=1, facts=[fact], evidence=list(evidence)
        )


def _ensure(view: nx.MultiDiGraph, reader: _Reader, node: URIRef) -> str:
    key = str(node)
    if key not in view:
        view.add_node(key, **reader.node_attrs(node))
    return key


def _new_view(reader: _Reader, name: str) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(name=name, documents=reader.docs)


_MEMO: dict[tuple[int, str], tuple[weakref.ref[Graph], int, nx.MultiDiGraph]] = {}


def _memo(g: Graph, name: str, compute: Callable[[Graph], nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """``compute(g)``, computed once per graph and size; callers get their own copy.

    A build asks for the same view for the page, the CSV and the GraphML; the
    views are read-only derivations of an unchanged graph, so they are computed
    once and copied.
    """
    key = (id(g), name)
    hit = _MEMO.get(key)
    if hit is not None and hit[0]() is g and hit[1] == len(g):
        return hit[2].copy()
    view = compute(g)
    _MEMO[key] = (weakref.ref(g), len(g), view)
    for stale in [k for k, (ref, _, _) in _MEMO.items() if ref() is None]:
        del _MEMO[stale]
    return view.copy()


def full_view(g: Graph) -> nx.MultiDiGraph:
    """The full graph as a view: see :func:`_full_view` (computed once per graph)."""
    return _memo(g, "full", _full_view)


def _full_view(g: Graph) -> nx.MultiDiGraph:
    """Actors, proposals, conditions, statements, positions and the links between them.

    Entities that are not actors (places, treaties, weapons) appear when a proposal
    or statement concerns them. Edges point from actor to fact for ``proposes``,
    ``demands``, ``says``, ``rejects`` and ``supports``, and from fact to actor or
    entity for ``addressed to``, ``concerns``, ``conditional on`` and
    ``requires action by``; person to organisation for ``affiliated``.
    """
    reader = _Reader(g)
    view = _new_view(reader, "full")
    for actor in _actors(g):
        _ensure(view, reader, actor)
    for cls in (DG.Proposal, DG.Condition, DG.Statement, DG.Position):
        for node in _subjects(g, cls):
            _ensure(view, reader, node)

    def link(u: URIRef, v: URIRef, relation: str, fact: URIRef) -> None:
        _add_fact_edge(
            view,
            _ensure(view, reader, u),
            _ensure(view, reader, v),
            relation,
            str(fact),
            reader.evidence(fact),
        )

    for proposal in _subjects(g, DG.Proposal):
        relation = "demands" if (proposal, RDF.type, DG.Demand) in g else "proposes"
        for actor in _objects(g, proposal, DG.proposedBy):
            link(actor, proposal, relation, proposal)
        for actor in _objects(g, proposal, DG.addressedTo):
            link(proposal, actor, "addressed to", proposal)
        for entity in _objects(g, proposal, DG.concerns):
            link(proposal, entity, "concerns", proposal)
        for condition in _objects(g, proposal, DG.conditionalOn):
            link(proposal, condition, "conditional on", condition)
    for condition in _subjects(g, DG.Condition):
        for actor in _objects(g, condition, DG.requiresActionBy):
            link(condition, actor, "requires action by", condition)
    for statement in _subjects(g, DG.Statement):
        for actor in _objects(g, statement, DG.speaker):
            link(actor, statement, "says", statement)
        for entity in _objects(g, statement, DG.concerns):
            link(statement, entity, "concerns", statement)
    for holder, relation, target in _stances(g):
        predicate = DG.rejects if relation == "rejects" else DG.supports
        fact = f"{holder} {relation} {target}"
        _add_fact_edge(
            view,
            _ensure(view, reader, holder),
            _ensure(view, reader, target),
            relation,
            fact,
            reader.stance_evidence(holder, predicate, target),
        )
    for person in _actors(g):
        for org in _objects(g, person, DG.affiliatedWith):
            _add_fact_edge(
                view,
                str(person),
                _ensure(view, reader, org),
                "affiliated",
                f"{person} affiliated {org}",
                [],
            )
    return view


def actor_network(g: Graph, *, metrics: bool = True) -> nx.MultiDiGraph:
    """The actor network: see :func:`_actor_network` (computed once per graph)."""
    return _memo(g, f"actors-{metrics}", lambda graph: _actor_network(graph, metrics=metrics))


def _actor_network(g: Graph, *, metrics: bool = True) -> nx.MultiDiGraph:
    """Actors only, with one edge per ``(source, target, relation)``.

    Each edge's ``weight`` is the number of facts behind it and ``evidence`` lists
    where they were read. Edges come from:

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
    reader = _Reader(g)
    view = _new_view(reader, "actors")
    actors = _actors(g)
    actor_set = set(actors)
    for actor in actors:
        _ensure(view, reader, actor)

    def link(u: URIRef, v: URIRef, relation: str, fact: str, evidence: list[Evidence]) -> None:
        if u != v and u in actor_set and v in actor_set:
            _add_fact_edge(view, str(u), str(v), relation, fact, evidence)

    for proposal in _subjects(g, DG.Proposal):
        relation = "demands" if (proposal, RDF.type, DG.Demand) in g else "proposes"
        proposers = _objects(g, proposal, DG.proposedBy)
        for proposer in proposers:
            for addressee in _objects(g, proposal, DG.addressedTo):
                link(proposer, addressee, relation, str(proposal), reader.evidence(proposal))
            for condition in _objects(g, proposal, DG.conditionalOn):
                for actor in _objects(g, condition, DG.requiresActionBy):
                    link(proposer, actor, "conditions", str(condition), reader.evidence(condition))
    for holder, relation, target in _stances(g):
        predicate = DG.rejects if relation == "rejects" else DG.supports
        evidence = reader.stance_evidence(holder, predicate, target)
        fact = f"{holder} {relation} {target}"
        targets = [target] if target in actor_set else _objects(g, target, DG.proposedBy)
        for actor in targets:
            link(holder, actor, relation, fact, evidence)
    for person in actors:
        for org in _objects(g, person, DG.affiliatedWith):
            link(person, org, "affiliated", f"{person} affiliated {org}", [])
    for statement in _subjects(g, DG.Statement):
        for speaker in _objects(g, statement, DG.speaker):
            for actor in _objects(g, statement, DG.concerns):
                link(speaker, actor, "mentions", str(statement), reader.evidence(statement))
    if metrics:
        for node, values in actor_metrics(view).items():
            view.nodes[node].update(values)
    return view


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
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {
        u: sum(d.get("weight", 1) for _, _, d in graph.out_edges(u, data=True)) for u in nodes
    }
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_weight[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, d in graph.edges(data=True):
            new[v] += alpha * rank[u] * d.get("weight", 1) / out_weight[u]
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
    simple = _collapse(view)
    undirected = nx.Graph()
    undirected.add_nodes_from(simple)
    for u, v, weight in simple.edges(data="weight"):
        if undirected.has_edge(u, v):
            undirected[u][v]["weight"] += weight
        else:
            undirected.add_edge(u, v, weight=weight)
    ranks = pagerank(simple)
    k = 200 if len(simple) > 1000 else None
    between = nx.betweenness_centrality(simple, k=k, seed=42 if k else None, normalized=True)
    communities = louvain(undirected, weight="weight")
    community = {node: index for index, members in enumerate(communities) for node in members}
    strength = dict.fromkeys(view.nodes, 0)
    for u, v, weight in view.edges(data="weight", default=1):
        strength[u] += weight
        strength[v] += weight
    return {
        node: {
            "degree": undirected.degree(node),
            "strength": strength[node],
            "pagerank": ranks[node],
            "betweenness": between[node],
            "community": community[node],
        }
        for node in sorted(view.nodes)
    }


def ego_view(view: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` links of ``focus`` (either direction), and their edges.

    ``focus`` is matched, case-insensitively, against each node's IRI, label and
    alternative labels; every node it matches is a centre. Raises
    :class:`~graph.errors.UnknownComponentError` naming close labels, closest
    first, when none does.
    """
    if depth < 0:
        raise UnknownComponentError(f"depth must be 0 or more, not {depth}")
    names = NameIndex(
        (node, str(data.get("label", node)), [str(node), *data.get("alt_labels", ())])
        for node, data in sorted(view.nodes(data=True))
    )
    centres = names.find(focus)
    if not centres:
        close = names.closest(focus)
        hint = (
            "; close names: " + ", ".join(dict.fromkeys(label for _node, label in close))
            if close
            else "; try a label shown in the page or in actors.csv"
        )
        raise UnknownComponentError(
            f"no node of the {view.graph.get('name', '')} view is named {focus!r}{hint}"
        )
    undirected = view.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    ego = view.subgraph(sorted(keep)).copy()
    ego.graph["focus"] = sorted(centres)
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
    view = actor_network(g)
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


def _graphml_value(value: Any) -> str | int | float | bool | None:
    if value is None:
        return None
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _XML_INVALID.sub("\ufffd", value)
    return _XML_INVALID.sub("\ufffd", json.dumps(value, ensure_ascii=False, sort_keys=True))


def _graphml_attrs(data: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in ((k, _graphml_value(v)) for k, v in sorted(data.items())) if v is not None
    }


def to_graphml(view: nx.MultiDiGraph) -> str:
    """The view as GraphML; lists and dicts (evidence, labels) become JSON strings.

    >>> to_graphml(nx.MultiDiGraph()).startswith("<graphml")
    True
    """
    safe = nx.MultiDiGraph() if view.is_multigraph() else nx.DiGraph()
    safe.graph.update(_graphml_attrs(view.graph))
    for node in sorted(view.nodes):
        safe.add_node(_graphml_value(str(node)), **_graphml_attrs(view.nodes[node]))
    edges = (
        view.edges(keys=True, data=True)
        if view.is_multigraph()
        else ((u, v, None, d) for u, v, d in view.edges(data=True))
    )
    for u, v, key, data in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        attrs = _graphml_attrs(data)
        if key is None:
            safe.add_edge(_graphml_value(str(u)), _graphml_value(str(v)), **attrs)
        else:
            safe.add_edge(_graphml_value(str(u)), _graphml_value(str(v)), key=str(key), **attrs)
    return "\n".join(nx.generate_graphml(safe)) + "\n"
