"""The data of the interactive page: compact, columnar, computed by SPARQL from a store.

Everything the page shows is read through :mod:`graph.tables` and packed into
columns of short keys (one list per attribute, nodes and facts referred to by
their index), labels and evidence trimmed with the true counts kept:

- ``docs``: documents (``i`` IRI, ``t`` title, ``d`` date, ``p`` path);
- ``dates``: every date of a document, sorted; facts refer to one by index;
- ``n``: nodes that are not facts (actors first, most central first, then
  places, treaties, weapons): ``i`` IRI, ``l`` label, ``c`` class; sparse
  ``fine``, ``wd``, ``alt``, ``role``, ``full`` (the untrimmed label); for actors
  ``ce`` (centrality: weighted PageRank with every edge taken both ways, ×10⁶;
  actors are ranked by it), ``pr`` (PageRank, ×10⁶), ``co`` (community), ``dg``
  (degree), ``st`` (facts), ``t0``/``t1`` (first and last date index), and
  ``x``/``y`` where the layout was computed here; ``fa``: how many facts it takes part
  in, where some of them are not on the page;
- ``na``, ``nf``: how many actors (the first ``na`` of ``n``) and facts on the page;
  ``omitted``: how many facts are not (at most :data:`FACT_CAP` are: those of
  the most central actors first; the page points to the queries that list the rest);
- ``f``: facts, sorted by date: ``i`` IRI, ``l`` label, ``c`` class, ``t`` date
  index (-1: undated), ``d`` document index (a list when several), ``n`` evidence
  count, ``e`` index of the evidence kept (-1: none kept); stances add
  ``h``/``g`` (holder and target, by unified index);
- ``L``: the links of the fact graph, ``a`` → ``b`` with relation ``r``; an index
  below ``len(n.i)`` is a node, above it ``len(n.i) + fact index``;
- ``E``: the actor network's edges ``u`` → ``v`` with relation ``r``, the facts
  behind each that are on the page (``f``, sorted by date), sparse ``m`` the number
  of facts behind it where some are not on the page, and the number of evidence
  sentences (``n``); sparse ``x``: the evidence kept of an edge that is not a fact (an affiliation);
- ``ev``: the evidence kept (``t`` sentence, ``d`` document, ``s``/``e`` offsets),
  at most :data:`EDGE_EVIDENCE` facts' worth per edge first, then more while the
  page stays under :data:`EVIDENCE_BUDGET` characters of it;
- ``q``: per relation, the SPARQL that lists every evidence sentence of an edge
  (``?u``, ``?v`` given with ``diplograph query --param``), and under ``node`` the
  SPARQL that lists every fact a node ``?u`` takes part in.
"""

from __future__ import annotations

import gc
import heapq
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import networkx as nx
from rdflib import Graph

from .. import tables
from ..documents import Document
from ..namespace import DGID_DEFAULT
from ..views import edge_pagerank, louvain, network_metrics

__all__ = [
    "ACTOR_CAP",
    "EDGE_CAP",
    "EDGE_EVIDENCE",
    "FIRST_ACTORS",
    "EVIDENCE_BUDGET",
    "FACT_CAP",
    "LARGE",
    "page_data",
]

#: Above this many drawn actors, positions are computed here and physics is off.
LARGE = 300
#: The actor network draws at most this many actors (the most central); search finds all.
ACTOR_CAP = 2000
#: The actor network opens on this many of them; "Show more actors" adds as many again.
FIRST_ACTORS = 500
#: The actor network draws at most this many edges: each drawn actor's strongest, then
#: the strongest others (a corpus can link hundreds of actors to each other).
EDGE_CAP = 3000
#: Facts the page holds at most: those linked to the most central actors first, so that
#: a corpus of any size gives a page a browser opens (about 150 bytes a fact).
FACT_CAP = 50_000
#: Evidence kept for the first facts of each actor-network edge, by date.
EDGE_EVIDENCE = 3
#: Characters of evidence text the page holds at most (beyond the per-edge ones).
EVIDENCE_BUDGET = 2_000_000
#: Distance between neighbouring actors in a computed layout (canvas units).
_SPACING = 70.0
_NODE_LABEL = 48
_FACT_LABEL = 64
_EVIDENCE_TEXT = 280

#: The SPARQL that lists all evidence of an actor-network edge, by relation.
_EDGE_EVIDENCE: dict[str, str] = {
    "proposes": "?fact dg:proposedBy ?u ; dg:addressedTo ?v ; dg:evidence ?e . "
    "FILTER NOT EXISTS { ?fact a dg:Demand }",
    "demands": "?fact a dg:Demand ; dg:proposedBy ?u ; dg:addressedTo ?v ; dg:evidence ?e .",
    "conditions": "?p dg:proposedBy ?u ; dg:conditionalOn ?fact . "
    "?fact dg:requiresActionBy ?v ; dg:evidence ?e .",
    "affiliated": "?fact rdf:subject ?u ; rdf:predicate dg:affiliatedWith ; rdf:object ?v ; "
    "dg:evidence ?e .",
    **{
        stance: f"{{ ?u dg:{stance} ?t . ?t dg:proposedBy ?v }} UNION "
        f"{{ ?u dg:{stance} ?v BIND(?v AS ?t) }} ?fact rdf:subject ?u ; "
        f"rdf:predicate dg:{stance} ; rdf:object ?t ; dg:evidence ?e ."
        for stance in ("rejects", "supports")
    },
    "mentions": "?fact dg:speaker ?u ; dg:concerns ?v ; dg:evidence ?e .",
}


#: The SPARQL that lists every fact a node ``?u`` takes part in (as the page's links do).
_NODE_FACTS = (
    "SELECT ?fact (SAMPLE(?name) AS ?label) (MIN(?published) AS ?date) WHERE { "
    "{ VALUES ?p { dg:proposedBy dg:addressedTo dg:concerns dg:requiresActionBy dg:speaker } "
    "?fact ?p ?u . } UNION { VALUES ?p { rdf:subject rdf:object } "
    "VALUES ?r { dg:rejects dg:supports } ?fact ?p ?u ; rdf:predicate ?r . } "
    "?fact dg:evidence ?e . ?e dg:source ?doc . OPTIONAL { ?fact rdfs:label ?name } "
    "OPTIONAL { ?doc schema:datePublished ?published } } GROUP BY ?fact ORDER BY ?date ?fact"
)


def _edge_query(relation: str) -> str:
    """One row per fact behind the edge and evidence sentence of it: as many as the edge counts.

    (A condition two proposals share is one fact: DISTINCT keeps its sentences once.)
    """
    return (
        "SELECT DISTINCT ?fact ?date ?document ?start ?end ?text WHERE { "
        + _EDGE_EVIDENCE[relation]
        + " ?e dg:text ?text ; dg:start ?start ; dg:end ?end ; dg:source ?doc . "
        "OPTIONAL { ?doc rdfs:label ?document } OPTIONAL { ?doc schema:datePublished ?date } "
        "} ORDER BY ?date ?document ?start ?fact"
    )


def _short_iri(iri: str) -> str:
    """An IRI under the default base as its local part (the page adds the base back).

    A local part holding ":" stays whole: the page reads a value with ":" as an IRI.
    """
    local = iri[len(DGID_DEFAULT) :]
    return local if iri.startswith(DGID_DEFAULT) and ":" not in local else iri


def _trim(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Columns:
    """Named columns, filled row by row; sparse ones only where a value is given."""

    def __init__(self, dense: Sequence[str]) -> None:
        self.data: dict[str, Any] = {key: [] for key in dense}
        self.rows = 0

    def add(self, **values: Any) -> int:
        for key, value in values.items():
            column = self.data.get(key)
            if isinstance(column, list):
                column.append(value)
            elif value not in (None, "", [], -1):
                self.data.setdefault(key, {})[str(self.rows)] = value
        self.rows += 1
        return self.rows - 1


def page_data(
    g: Graph, *, sources: Sequence[Document] = (), title: str = "diplograph"
) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-able data (see the module docstring)."""
    docs = tables.documents(g)
    kinds = tables.classes(g)
    actors = {n for n, cls in kinds.items() if cls in tables.ACTOR_CLASSES}
    # The actor network first, while little else is held: its metrics need the most memory
    # of anything the page computes.
    metrics, ranked, drawn, positions = _network(g, actors)

    dated = tables.spans(g, {n for n, cls in kinds.items() if cls in tables.FACT_CLASSES})
    facts = tables.facts(g, kinds, dated)
    del dated
    all_links = [link for link in tables.links(g) if link.relation not in ("rejects", "supports")]
    doc_rows, doc_index = _documents(docs, sources)
    dates = sorted(
        {d for d in doc_rows.data["d"] if d} | {f.date for f in facts.values() if f.date}
    )
    date_index = {d: i for i, d in enumerate(dates)}

    chosen = _Chosen.of(facts, all_links, actors, ranked, kinds)
    del all_links, kinds
    # Of the facts not on the page, what is left to read is their evidence count (the
    # actor network's edges sum it): the rest of them is let go.
    fact_keys = chosen.fact_keys
    omitted = len(facts) - len(fact_keys)
    n_evidence = {key: f.n_evidence for key, f in facts.items()}
    facts = {key: facts[key] for key in fact_keys}
    # The details of the nodes on the page only (a large store has hundreds of thousands).
    node_table = tables.nodes(g, chosen.take_among())
    index = {n: i for i, n in enumerate(chosen.order)}
    index.update({key: len(chosen.order) + j for j, key in enumerate(fact_keys)})
    node_rows = _node_rows(chosen, node_table, actors, metrics, positions, date_index)
    del positions
    link_rows = _link_rows(chosen.links, index)
    del chosen
    fact_rows = _fact_rows(facts, fact_keys, node_table, doc_index, date_index, index)
    del node_table
    # The evidence each fact on the page shows (every one the edges below ask for is one
    # of theirs), read before the edges' rows are made.
    sentences = _sentences(g, facts, fact_keys)
    del facts

    # Actor-network edges; evidence kept first for the first facts of each edge, and for
    # affiliations (not facts: the edge keeps their evidence itself, in ``x``).
    affiliated = tables.affiliations(g)
    edge_rows, wanted, own = _edge_rows(g, ranked, index, n_evidence, fact_keys, affiliated)
    del n_evidence
    sentences.update({key: ev for key, (_, ev) in affiliated.items()})
    evidence, kept = _evidence(sentences, wanted, fact_keys, doc_index)
    for at, key in own.items():
        edge_rows.data.setdefault("x", {})[str(at)] = kept[key]
    fact_rows.data["e"] = [kept.get(key, -1) for key in fact_keys]
    counts = {"na": len(ranked), "nf": len(fact_keys), "omitted": omitted, "drawn": len(drawn)}
    rows = {"n": node_rows, "f": fact_rows, "L": link_rows, "E": edge_rows}
    return _page(title, doc_rows, dates, counts, rows, evidence)


def _network(
    g: Graph, actors: set[str]
) -> tuple[dict[str, dict[str, Any]], list[str], list[str], dict[str, tuple[float, float]]]:
    """The actor network's metrics, the actors ranked by their centrality (see
    :func:`_metrics`), those drawn, and their positions where computed here.

    Collapsed: how many facts link each pair of actors, whatever the relation (a large
    store has 9.5 million facts behind half a million edges: the edges themselves are
    read again, one at a time, when the page's rows of them are made).
    """
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, _relation, keys in tables.actor_edges(g, actors):
        weights[u, v] += len(keys)  # the facts of an edge are distinct
    metrics = _metrics(actors, weights)
    ranked = sorted(actors, key=lambda a: (-metrics[a]["central"], a))
    drawn = [a for a in ranked if metrics[a]["degree"] > 0][:ACTOR_CAP]
    positions = _layout(drawn, weights) if len(drawn) > LARGE else {}
    return metrics, ranked, drawn, positions


def _documents(
    docs: dict[str, tables.Doc], sources: Sequence[Document]
) -> tuple[_Columns, dict[str, int]]:
    """The documents' rows (those of the store, then sources it does not hold), and the
    row of each document of the store by IRI."""
    doc_rows = _Columns(("i", "t", "d", "p"))
    doc_index: dict[str, int] = {}
    known = {d.sha256 for d in docs.values()}
    extra = [s for s in sources if s.sha256 not in known]
    for d in docs.values():
        doc_index[d.iri] = doc_rows.add(i=_short_iri(d.iri), t=d.title, d=d.date, p=d.path)
    for s in sorted(extra, key=lambda s: (s.date or "", s.title or s.name)):
        doc_rows.add(i="", t=s.title or s.name, d=s.date or "", p=(s.paths or (s.name,))[0])
    return doc_rows, doc_index


class _Chosen:
    """What the page holds: the facts of the most central actors first, up to the cap
    (``fact_keys``); the links between what it holds (``links``); the nodes in the page's
    order, actors first (``order``); how many facts each actor takes part in, where some
    of them are not on the page (``taking``)."""

    def __init__(
        self,
        fact_keys: list[str],
        links: list[tables.Link],
        order: list[str],
        among: dict[str, str],
        taking: dict[str, int],
    ) -> None:
        self.fact_keys, self.links, self.order = fact_keys, links, order
        self._among, self.taking = among, taking

    @classmethod
    def of(
        cls,
        facts: dict[str, tables.Fact],
        all_links: list[tables.Link],
        actors: set[str],
        ranked: list[str],
        kinds: dict[str, str],
    ) -> _Chosen:
        taking_part = _taking_part(facts, all_links, actors) if len(facts) > FACT_CAP else {}
        fact_keys = _kept_facts(facts, taking_part, {a: i for i, a in enumerate(ranked)})
        on_page = set(fact_keys)
        taking = {a: len(part) for a, part in taking_part.items() if not part <= on_page}
        del taking_part
        links = [
            link
            for link in all_links
            if all(end in on_page or end not in facts for end in (link.source, link.target))
        ]
        linked = {end for link in links for end in (link.source, link.target)}
        linked |= {facts[key].target for key in fact_keys if facts[key].target}
        others = sorted(
            n for n in linked if n not in actors and n not in facts and kinds.get(n) != "Document"
        )
        order = ranked + others
        among = {n: kinds[n] for n in (*order, *fact_keys) if n in kinds}
        return cls(fact_keys, links, order, among, taking)

    def take_among(self) -> dict[str, str]:
        """The class of every node on the page, by IRI (given once: then let go)."""
        among, self._among = self._among, {}
        return among


def _node_rows(
    chosen: _Chosen,
    node_table: dict[str, dict[str, Any]],
    actors: set[str],
    metrics: dict[str, dict[str, Any]],
    positions: dict[str, tuple[float, float]],
    date_index: dict[str, int],
) -> _Columns:
    node_rows = _Columns(("i", "l", "c"))
    for n in chosen.order:
        nd = node_table.get(n, {"label": tables.tail(n), "cls": "Entity"})
        label = _trim(nd["label"], _NODE_LABEL)
        row: dict[str, Any] = {
            "i": _short_iri(n),
            "l": label,
            "c": nd["cls"],
            "full": nd["label"] if label != nd["label"] else "",
            "fine": nd.get("fine", ""),
            "wd": nd.get("wikidata", ""),
            "alt": [_trim(a, _NODE_LABEL) for a in nd.get("alt_labels", ())][:12],
            "role": nd.get("role", ""),
        }
        if n in actors:
            m = metrics[n]
            row.update(
                pr=round(m["pagerank"] * 1e6),
                ce=round(m["central"] * 1e6),
                co=m["community"],
                dg=m["degree"],
                st=m["strength"],
                t0=date_index.get(nd.get("first", ""), -1),
                t1=date_index.get(nd.get("last", ""), -1),
            )
            if n in chosen.taking:
                row["fa"] = chosen.taking[n]
        if n in positions:
            row.update(x=positions[n][0], y=positions[n][1])
        node_rows.add(**row)
    return node_rows


def _link_rows(links: list[tables.Link], index: dict[str, int]) -> _Columns:
    link_rows = _Columns(("a", "b", "r"))
    for link in sorted(links, key=lambda k: (index[k.source], index[k.target], k.relation)):
        link_rows.add(a=index[link.source], b=index[link.target], r=link.relation)
    return link_rows


def _fact_rows(
    facts: dict[str, tables.Fact],
    fact_keys: list[str],
    node_table: dict[str, dict[str, Any]],
    doc_index: dict[str, int],
    date_index: dict[str, int],
    index: dict[str, int],
) -> _Columns:
    """The facts' rows (their evidence, ``e``, is filled in later)."""
    fact_rows = _Columns(("i", "l", "c", "t", "d", "n", "e"))
    for key in fact_keys:
        f = facts[key]
        in_docs = [doc_index[d] for d in f.docs if d in doc_index]
        label = node_table.get(key, {}).get("label", "")
        fact_rows.add(
            i=_short_iri(f.iri),
            l=_trim(label, _FACT_LABEL),
            c=f.cls,
            t=date_index.get(f.date, -1),
            d=in_docs[0] if len(in_docs) == 1 else (in_docs or -1),
            n=f.n_evidence,
            e=-1,
            h=index.get(f.holder, -1),
            g=index.get(f.target, -1),
        )
    return fact_rows


def _edge_rows(
    g: Graph,
    ranked: list[str],
    index: dict[str, int],
    n_evidence: dict[str, int],
    fact_keys: list[str],
    affiliated: dict[str, tuple[int, tables.Evidence]],
) -> tuple[_Columns, list[str], dict[int, str]]:
    """The actor network's edges' rows, the facts whose evidence they ask for, and the
    affiliation behind each edge that keeps its own (by row)."""
    fact_index = {key: j for j, key in enumerate(fact_keys)}
    edge_rows = _Columns(("u", "v", "r", "f", "n"))
    wanted: list[str] = []
    own: dict[int, str] = {}
    for u_at, v_at, relation, ordered, behind_edge, sentences_n, alone in _edges(
        g, ranked, index, n_evidence, fact_index, affiliated
    ):
        at = edge_rows.add(
            u=u_at,
            v=v_at,
            r=relation,
            f=ordered,
            m=behind_edge if behind_edge > len(ordered) else -1,
            n=sentences_n,
        )
        wanted.extend(fact_keys[j] for j in ordered[:EDGE_EVIDENCE])
        if alone:
            own[at] = alone
            wanted.append(alone)
    return edge_rows, wanted, own


def _page(
    title: str,
    doc_rows: _Columns,
    dates: list[str],
    counts: dict[str, int],
    rows: dict[str, _Columns],
    evidence: Any,
) -> dict[str, Any]:
    """The page's data from its parts (``rows`` by key; ``n`` and ``f`` coded by class,
    ``L`` and ``E`` by relation)."""
    coded_by = {"n": "c", "f": "c", "L": "r", "E": "r"}
    return {
        "title": title,
        "base": DGID_DEFAULT,
        "docs": doc_rows.data,
        "dates": dates,
        **counts,
        **{key: _codes(rows[key].data, coded_by[key]) for key in ("n", "f", "L", "E")},
        "ev": evidence,
        "q": {
            **{relation: _edge_query(relation) for relation in _EDGE_EVIDENCE},
            "node": _NODE_FACTS,
        },
        "caps": {
            "actors": ACTOR_CAP,
            "first": FIRST_ACTORS,
            "edges": EDGE_CAP,
            "edgeEvidence": EDGE_EVIDENCE,
            "facts": FACT_CAP,
            "large": LARGE,
        },
    }


def _edges(
    g: Graph,
    ranked: list[str],
    index: dict[str, int],
    n_evidence: dict[str, int],
    fact_index: dict[str, int],
    affiliated: dict[str, tuple[int, tables.Evidence]],
) -> Iterator[tuple[int, int, str, Sequence[int], int, int, str]]:
    """The page's rows of the actor network's edges, by the index of their ends (see
    ``index``), then relation: ``u``, ``v``, relation, the facts behind it on the page
    (by index, see ``fact_index``), how many facts are behind it, its number of evidence
    sentences (``n_evidence``: of each fact), and the first affiliation behind it (``""``:
    none).

    The edges are read from :func:`graph.tables.actor_edges` one actor ``u`` at a time,
    in the order of ``ranked`` (that of ``index``), and each row is given as soon as that
    actor's are sorted: a large store has millions of them, never all held at once.
    """
    actors = set(ranked)
    rows: list[tuple[int, int, str, Sequence[int], int, int, str]] = []
    for u, v, relation, keys in tables.actor_edges(g, actors, ranked):
        if rows and rows[-1][0] != index[u]:
            yield from sorted(rows, key=_by_ends)
            rows.clear()
        behind = [k for k in keys if k in n_evidence]  # distinct and sorted, as keys are
        alone = [k for k in keys if k in affiliated]
        on_page = sorted(fact_index[k] for k in behind if k in fact_index)
        rows.append(
            (
                index[u],
                index[v],
                relation,
                on_page or _NONE,
                len(behind),
                sum(n_evidence[k] for k in behind) + sum(affiliated[k][0] for k in alone),
                alone[0] if alone else "",
            )
        )
    yield from sorted(rows, key=_by_ends)


#: The facts on the page of every edge that has none (one for all of them).
_NONE: tuple[int, ...] = ()


def _by_ends(row: tuple[int, int, str, Sequence[int], int, int, str]) -> tuple[int, int, str]:
    return row[:3]


def _sentences(
    g: Graph, facts: dict[str, tables.Fact], keys: list[str]
) -> dict[str, tables.Evidence | None]:
    """The evidence each fact of ``keys`` shows (affiliations are not facts: left out)."""
    shown = {facts[key].evidence for key in keys if key in facts}
    found = tables.evidence_at(g, shown)
    return {key: found.get(facts[key].evidence) for key in keys if key in facts}


def _kept_facts(
    facts: dict[str, tables.Fact], taking_part: dict[str, set[str]], rank: dict[str, int]
) -> list[str]:
    """The keys of the facts the page holds, in the order of ``facts`` (by date).

    All of them up to :data:`FACT_CAP`; beyond, the facts the most central actors
    take part in (``taking_part``, see :func:`_taking_part`; ``rank``: 0 the most
    central), then the most reported, and the proposals that stances kept are taken on.
    """
    if len(facts) <= FACT_CAP:
        return list(facts)
    best = dict.fromkeys(facts, len(rank))
    for actor, keys in taking_part.items():
        for key in keys:
            best[key] = min(best[key], rank[actor])
    chosen = heapq.nsmallest(
        FACT_CAP, facts, key=lambda key: (best[key], -facts[key].n_evidence, key)
    )  # sorted(...)[:FACT_CAP], without every fact's sort key held at once
    kept = set(chosen)
    kept |= {facts[key].target for key in kept if facts[key].target in facts}  # what stances are on
    return [key for key in facts if key in kept]


def _taking_part(
    facts: dict[str, tables.Fact], links: list[tables.Link], actors: set[str]
) -> dict[str, set[str]]:
    """The facts each actor takes part in: linked to it, or stances it holds or is the target of."""
    out: dict[str, set[str]] = defaultdict(set)
    for link in links:
        for fact, other in ((link.source, link.target), (link.target, link.source)):
            if fact in facts and other in actors:
                out[other].add(fact)
    for key, f in facts.items():
        for end in (f.holder, f.target):
            if end in actors:
                out[end].add(key)
    return out


def _codes(columns: dict[str, Any], key: str) -> dict[str, Any]:
    """Replace the strings of ``columns[key]`` by indices into ``columns[key + 's']``."""
    names = sorted(set(columns[key]))
    code = {name: i for i, name in enumerate(names)}
    return {**columns, key: [code[v] for v in columns[key]], key + "s": names}


def _metrics(actors: set[str], weights: dict[tuple[str, str], int]) -> dict[str, dict[str, Any]]:
    """PageRank, community, degree and strength of every actor (see
    :func:`graph.views.actor_metrics`), and ``central``: its weighted PageRank with every
    edge taken both ways.

    The page ranks actors by ``central``: an actor that only proposes, however
    many proposals it makes, has no incoming edge, and PageRank alone would rank
    it last.
    """
    # One edge per pair of actors (``weights``), its relations' weights summed: the metrics
    # sum them anyway, and a graph of every relation's edge is twice the memory.
    nodes = sorted(actors)
    simple = nx.DiGraph()  # collapsed already, as network_metrics takes it
    simple.add_nodes_from(nodes)
    # Every edge taken both ways, as the adjacency a networkx graph would hold (its
    # neighbours in the order they first come): only PageRank reads it.
    both: dict[str, dict[str, int]] = {node: {} for node in nodes}
    strength = dict.fromkeys(nodes, 0)
    for (u, v), weight in sorted(weights.items()):
        simple.add_edge(u, v, weight=weight)
        strength[u] += weight
        strength[v] += weight
        for a, b in ((u, v), (v, u)):
            if a != b:
                both[a][b] = both[a].get(b, 0) + weight
    metrics = network_metrics(simple, strength)
    del simple
    # networkx graphs refer to themselves (their cached views): collected only by a full
    # collection, which a large store may not trigger before the page's next stages.
    gc.collect()
    edges = ((a, b, weight) for a in nodes for b, weight in both[a].items())
    for node, rank in edge_pagerank(nodes, edges).items():
        metrics[node]["central"] = rank
    return metrics


def _evidence(
    sentences: dict[str, tables.Evidence | None],
    must: list[str],
    rest: list[str],
    doc_index: dict[str, int],
) -> tuple[dict[str, list[Any]], dict[str, int]]:
    """One evidence sentence for each key of ``must``, then of ``rest`` within the budget."""
    columns = _Columns(("t", "d", "s", "e", "r"))
    kept: dict[str, int] = {}
    required = set(must)
    spent = 0
    for key in [*must, *rest]:
        ev = sentences[key]
        if ev is None or key in kept:
            continue
        text = _trim(ev.text, _EVIDENCE_TEXT)
        if key not in required and spent + len(text) > EVIDENCE_BUDGET:
            continue
        spent += len(text)
        kept[key] = columns.add(
            t=text, d=doc_index.get(ev.doc, -1), s=ev.start, e=ev.end, r=ev.rule
        )
    return columns.data, kept


def _layout(
    drawn: list[str], weights: dict[tuple[str, str], int]
) -> dict[str, tuple[float, float]]:
    """Positions for a large actor network, in two tiers. Deterministic.

    The first :data:`FIRST_ACTORS` (what the page opens on) are laid out on their
    own, as community discs (:func:`_discs`); each further actor sits around its
    most linked actor already placed (:func:`_around`), so that "Show more actors"
    adds them without moving anyone.
    """
    core = drawn[:FIRST_ACTORS]
    pos = _discs(core, weights)
    pos.update(_around(drawn[FIRST_ACTORS:], weights, pos))
    return pos


def _discs(drawn: list[str], weights: dict[tuple[str, str], int]) -> dict[str, tuple[float, float]]:
    """Louvain communities (``seed=42``) as discs on a sunflower spiral, biggest in the middle.

    Inside each, nodes sit on a sunflower ordered by degree, hubs at the centre,
    or, when numpy is there and the community is small, where
    :func:`networkx.spring_layout` (``seed=42``) puts them.
    """
    keep = set(drawn)
    simple = nx.Graph()
    simple.add_nodes_from(sorted(drawn))
    simple.add_edges_from(sorted((u, v) for u, v in weights if u in keep and v in keep))
    golden = math.pi * (3 - math.sqrt(5))
    pos: dict[str, tuple[float, float]] = {}
    placed_area = 0.0
    for i, members in enumerate(louvain(simple)):
        radius = _SPACING * math.sqrt(len(members)) * 0.62
        if i == 0:
            cx = cy = 0.0
        else:
            distance = math.sqrt(placed_area / math.pi) + radius + _SPACING
            cx, cy = distance * math.cos(i * golden), distance * math.sin(i * golden)
        placed_area += math.pi * (radius + _SPACING / 2) ** 2 * 1.6
        inside = set(members)
        community = nx.Graph()
        community.add_nodes_from(members)
        community.add_edges_from(
            sorted((u, v) for u, v in simple.edges(members) if u in inside and v in inside)
        )
        for node, (x, y) in _community_layout(community, radius).items():
            pos[node] = (round(cx + x, 1), round(cy + y, 1))
    return pos


def _around(
    rest: list[str],
    weights: dict[tuple[str, str], int],
    placed: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """Each of ``rest`` on a small sunflower around its most linked actor placed before it.

    An actor linked to none goes on a spiral outside everything in ``placed``.
    """
    weight: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (u, v), count in weights.items():
        weight[u][v] += count
        weight[v][u] += count
    golden = math.pi * (3 - math.sqrt(5))
    reach = max((math.hypot(x, y) for x, y in placed.values()), default=0.0) + 2 * _SPACING
    around: dict[str, int] = defaultdict(int)
    pos = dict(placed)
    for node in rest:
        near = [(-w, other) for other, w in weight[node].items() if other in pos]
        if near:
            anchor = min(near)[1]
            i = around[anchor] = around[anchor] + 1
            r = _SPACING * (0.8 + 0.45 * math.sqrt(i))
            ax, ay = pos[anchor]
        else:
            i = around[""] = around[""] + 1
            r, ax, ay = reach + _SPACING * math.sqrt(i), 0.0, 0.0
        x, y = ax + r * math.cos(i * golden), ay + r * math.sin(i * golden)
        pos[node] = (round(x, 1), round(y, 1))
    return {node: pos[node] for node in rest}


def _community_layout(sub: nx.Graph, radius: float) -> dict[str, tuple[float, float]]:
    n = len(sub)
    if 3 <= n <= 150:
        try:
            spring = nx.spring_layout(sub, seed=42, iterations=40)
        except ImportError:  # numpy is optional
            pass
        else:
            return {k: (float(x) * radius, float(y) * radius) for k, (x, y) in spring.items()}
    order = sorted(sub, key=lambda node: (-sub.degree(node), node))
    golden = math.pi * (3 - math.sqrt(5))
    return {
        node: (
            radius * math.sqrt((i + 0.5) / n) * math.cos(i * golden),
            radius * math.sqrt((i + 0.5) / n) * math.sin(i * golden),
        )
        for i, node in enumerate(order)
    }
