"""The corpus-level step between extraction and the store: one place, in the main process.

Documents are extracted one by one, perhaps in worker processes or on other
machines, each knowing nothing of the others. Before a document's graph is
written, the build passes it through an :class:`Assigner`, in the main process,
in document order, with the store as it stands (every earlier document already
in it). Decisions that need the whole corpus belong here.

One is made today: the same proposal reported by several documents becomes one
node. Each proposal a document reports is matched against every proposal
already stored (:class:`~graph.merge.ProposalIndex`: same kind, a proposer in
common, the same content, dates close together); one that matches takes the IRI
of the first report, so the node carries the evidence of every report, and the
evidence of the later report says why it was joined (``dg:joinedBecause``).
The first report of a proposal keeps the IRI minted from its own document and
names the node (``rdfs:label``); later reports' wordings become ``skos:altLabel``.

Which report comes first depends on the order documents reach the store: a
build from nothing takes them in document order; a later build adds to what is
stored. The same inputs built the same way give the same graph, whatever the
number of workers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping

from rdflib import Graph, Literal, URIRef

from .build import DocumentGraph, ntriples_of
from .documents import Document
from .merge import ProposalIndex, Report
from .namespace import DG, RDF, RDFS, SCHEMA, SKOS
from .store.base import DocumentStore

__all__ = ["Assigner", "assign"]

_PROPOSALS = f"""
SELECT ?g ?p ?demand ?label ?by ?about ?date WHERE {{
  GRAPH ?g {{
    ?p a <{DG.Proposal}> ; <{RDFS.label}> ?label .
    BIND (EXISTS {{ ?p a <{DG.Demand}> }} AS ?demand)
    OPTIONAL {{ ?p <{DG.proposedBy}> ?by }}
    OPTIONAL {{ ?p <{DG.concerns}> ?about }}
    OPTIONAL {{ ?g <{SCHEMA.datePublished}> ?date }}
  }}
}}"""

_SIDES = f"""
SELECT DISTINCT ?person ?state WHERE {{
  GRAPH ?g {{ ?person <{DG.affiliatedWith}> ?state . ?state a <{DG.State}> }}
}}"""


def assign(doc: Document, graph: DocumentGraph, store: DocumentStore) -> DocumentGraph:
    """The graph to write for ``doc``, given what ``store`` holds (one document alone;
    a build keeps one :class:`Assigner` for all its documents)."""
    return Assigner(store)(doc, graph)


class Assigner:
    """Gives each document's proposals the IRI of the same proposal reported before.

    Args:
        store: the store the build writes; read once, on the first document with proposals.
        skip: names of stored document graphs the build replaces or removes (their
            reports are not matched).
    """

    def __init__(self, store: DocumentStore, *, skip: Collection[str] = ()) -> None:
        self._store = store
        self._skip = frozenset(skip)
        self._index: ProposalIndex | None = None
        self._iri_of: dict[str, str] = {}  # cluster id -> the IRI its reports share

    def _load(self) -> ProposalIndex:
        index = ProposalIndex((str(p), str(s)) for p, s in self._store.select(_SIDES))
        for report in sorted(self._stored(), key=_order):
            index.add_to(report, report.key)
            self._iri_of[report.key] = report.key
        return index

    def _stored(self) -> Iterator[Report]:
        found: dict[tuple[str, str], dict[str, set[str]]] = {}
        for row in self._store.select(_PROPOSALS):
            name, node, demand, label, by, about, date = (
                None if t is None else str(t) for t in row
            )
            if name is None or node is None or name in self._skip:
                continue
            entry = found.setdefault((name, node), {k: set() for k in "kdlbac"})
            entry["k"].add("demand" if demand == "true" else "offer")
            for key, value in (("l", label), ("d", date), ("b", by), ("a", about)):
                if value is not None:
                    entry[key].add(value)
        for (name, node), e in found.items():
            yield Report(
                name,
                node,
                frozenset(e["b"]),
                min(e["k"]),
                min(e["l"], key=lambda s: (-len(s), s), default=""),
                frozenset(e["a"]),
                min(e["d"], default=None),
            )

    def __call__(self, doc: Document, graph: DocumentGraph) -> DocumentGraph:
        """The graph to write for ``doc``: ``graph`` with its proposals renamed to the
        nodes of the same proposals already stored, and the reasons recorded."""
        if not graph.extraction.proposals:
            return graph
        if self._index is None:
            self._index = self._load()
        index = self._index
        g = graph.graph()
        for person, state in g.subject_objects(DG.affiliatedWith):
            if (state, RDF.type, DG.State) in g:
                index.add_side(str(person), str(state))
        renames: dict[str, str] = {}
        for report in sorted(_reports(g, graph.name, doc.date), key=_order):
            joined = index.add(report)
            if not joined.joined:
                self._iri_of[joined.cluster] = report.key
                continue
            target = self._iri_of[joined.cluster]
            renames[report.key] = target
            why = joined.reason(_namer(g))
            node = URIRef(report.key)
            for evidence in g.objects(node, DG.evidence):
                g.add((evidence, DG.joinedBecause, Literal(why)))
            for label in list(g.objects(node, RDFS.label)):  # the first report names the node
                g.remove((node, RDFS.label, label))
                g.add((node, SKOS.altLabel, label))
        if not renames:
            return graph
        return DocumentGraph(graph.name, ntriples_of(g), graph.extraction).renamed(renames)


def _order(report: Report) -> tuple[str, str, str]:
    return (report.date or "9999", report.doc, report.key)


def _reports(g: Graph, name: str, date: str | None) -> Iterator[Report]:
    """One report per proposal node of one document's graph."""
    for node in sorted(set(g.subjects(RDF.type, DG.Proposal)), key=str):
        yield Report(
            name,
            str(node),
            frozenset(str(o) for o in g.objects(node, DG.proposedBy)),
            "demand" if (node, RDF.type, DG.Demand) in g else "offer",
            next((str(o) for o in g.objects(node, RDFS.label)), ""),
            frozenset(str(o) for o in g.objects(node, DG.concerns)),
            date,
        )


def _namer(g: Graph) -> Callable[[str], str]:
    """An actor's label in ``g``, else the last part of its IRI."""
    labels: Mapping[str, str] = {str(s): str(o) for s, o in g.subject_objects(RDFS.label)}
    return lambda iri: labels.get(iri) or iri.rsplit("/", 1)[-1]
