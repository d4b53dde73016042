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

from collections.abc import Collection, Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from .build import DocumentGraph
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
        facts = _Facts(graph.ntriples)
        for person, state in facts.sides():
            index.add_side(person, state)
        renames: dict[str, str] = {}
        for report in sorted(facts.reports(graph.name, doc.date), key=_order):
            joined = index.add(report)
            if not joined.joined:
                self._iri_of[joined.cluster] = report.key
                continue
            renames[report.key] = self._iri_of[joined.cluster]
            facts.joined(report.key, joined.reason(facts.name))
        if not renames:
            return graph
        return DocumentGraph(graph.name, facts.ntriples(renames), graph.extraction)


class _Facts:
    """One document's triples (parsed by Oxigraph, a hundred times faster than building an
    rdflib graph), what the merge reads of them, and the edits it makes."""

    def __init__(self, ntriples: str) -> None:
        self.triples = list(ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
        self.removed: set[ox.Triple] = set()
        self.added: list[ox.Triple] = []
        self.objects: dict[tuple[str, str], list[ox.Triple]] = {}
        for t in self.triples:
            self.objects.setdefault((_value(t.subject), t.predicate.value), []).append(t)

    def values(self, subject: str, predicate: URIRef) -> list[str]:
        return [_value(t.object) for t in self.objects.get((subject, str(predicate)), ())]

    def sides(self) -> Iterator[tuple[str, str]]:
        """(person, state) for each affiliation of a person with a state."""
        for t in self.triples:
            if t.predicate.value == _AFFILIATED and str(DG.State) in self.values(
                _value(t.object), RDF.type
            ):
                yield _value(t.subject), _value(t.object)

    def reports(self, name: str, date: str | None) -> Iterator[Report]:
        """One report per proposal node."""
        nodes = {
            _value(t.subject)
            for t in self.triples
            if t.predicate.value == _TYPE and _value(t.object) == _PROPOSAL
        }
        for node in sorted(nodes):
            yield Report(
                name,
                node,
                frozenset(self.values(node, DG.proposedBy)),
                "demand" if str(DG.Demand) in self.values(node, RDF.type) else "offer",
                min(self.values(node, RDFS.label), default=""),
                frozenset(self.values(node, DG.concerns)),
                date,
            )

    def name(self, iri: str) -> str:
        """An actor's label, else the last part of its IRI."""
        return min(self.values(iri, RDFS.label), default="") or iri.rsplit("/", 1)[-1]

    def joined(self, node: str, why: str | None) -> None:
        """Record why ``node`` joined an earlier report; its label becomes an alternative
        (the first report names the node)."""
        subject = ox.NamedNode(node)
        for evidence in self.values(node, DG.evidence):
            self.added.append(ox.Triple(ox.NamedNode(evidence), _JOINED, ox.Literal(why or "")))
        for t in self.objects.get((node, str(RDFS.label)), ()):
            self.removed.add(t)
            self.added.append(ox.Triple(subject, _ALT_LABEL, t.object))

    def ntriples(self, renames: Mapping[str, str]) -> str:
        """The edited triples with the IRIs in ``renames`` replaced, as sorted N-Triples."""
        swap = {k: ox.NamedNode(v) for k, v in renames.items()}

        def term(x: Any) -> Any:
            return swap.get(x.value, x) if isinstance(x, ox.NamedNode) else x

        kept = [t for t in self.triples if t not in self.removed] + self.added
        out = (ox.Triple(term(t.subject), t.predicate, term(t.object)) for t in kept)
        text = ox.serialize(out, format=ox.RdfFormat.N_TRIPLES) or b""
        return "".join(sorted(set(text.decode("utf-8").splitlines(True))))


def _value(term: Any) -> str:
    return str(getattr(term, "value", ""))


_AFFILIATED = str(DG.affiliatedWith)
_PROPOSAL = str(DG.Proposal)
_TYPE = str(RDF.type)
_JOINED = ox.NamedNode(str(DG.joinedBecause))
_ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))


def _order(report: Report) -> tuple[str, str, str]:
    return (report.date or "9999", report.doc, report.key)
