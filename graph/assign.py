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
from .extract.repeats import content_words
from .merge import WINDOW_DAYS, ProposalIndex, Report, day_number, may_join
from .namespace import DG, RDF, RDFS, SCHEMA, SKOS
from .store.base import DocumentStore, union_pattern

__all__ = ["Assigner", "assign"]

# The stored reports of the proposals some actors put forward, read in two steps (one
# query with optional parts per report took seconds at 10,000 documents; these take a
# fraction): each report's graph, node and label, then what else that graph says of it.
_LABELS = f"""
SELECT ?who ?g ?p ?label WHERE {{
  {{ SELECT DISTINCT ?who ?p WHERE {{ VALUES ?who {{ %s }} %s }} }}
  GRAPH ?g {{ ?p <{RDFS.label}> ?label }}
}}"""

_DETAILS = f"""
SELECT ?g ?p ?k ?v WHERE {{
  VALUES (?g ?p) {{ %s }}
  GRAPH ?g {{
    {{ ?p a <{DG.Demand}> BIND ("d" AS ?k) }}
    UNION {{ ?p <{DG.proposedBy}> ?v BIND ("b" AS ?k) }}
    UNION {{ ?p <{DG.concerns}> ?v BIND ("a" AS ?k) }}
    UNION {{ ?g <{SCHEMA.datePublished}> ?v BIND ("t" AS ?k) }}
  }}
}}"""

_POSITION_LABELS = f"""
SELECT ?g ?p ?label WHERE {{ VALUES ?p {{ %s }} GRAPH ?g {{ ?p <{RDFS.label}> ?label }} }}"""

_SIDES = """
SELECT DISTINCT ?person ?state WHERE { %s }"""
_SIDE = f"?person <{DG.affiliatedWith}> ?state . ?state a <{DG.State}>"


def assign(doc: Document, graph: DocumentGraph, store: DocumentStore) -> DocumentGraph:
    """The graph to write for ``doc``, given what ``store`` holds (one document alone;
    a build keeps one :class:`Assigner` for all its documents)."""
    return Assigner(store)(doc, graph)


class Assigner:
    """Gives each document's proposals the IRI of the same proposal reported before.

    Args:
        store: the store the build writes; its proposals are read as the documents need
            them: those that share a proposer (or their side) and a content word with each
            document's proposals, from the store's index where it keeps one
            (:mod:`graph.store.index`), else by SPARQL (every proposal of those
            actors, once per actor).
        skip: names of stored document graphs the build replaces or removes (their
            reports are not matched).
        stored: the names of the document graphs the store holds as the build begins
            (``None``: read by SPARQL, not from the store's index).
        dated: every document it will be given is dated, and they come in the order of
            their dates: the proposals reported more than :data:`~graph.merge.WINDOW_DAYS`
            before the latest can join no later report and are forgotten as the dates
            advance (what it holds is then a window of days, not the whole corpus; the
            result is the same).
    """

    def __init__(
        self,
        store: DocumentStore,
        *,
        skip: Collection[str] = (),
        stored: Collection[str] | None = None,
        dated: bool = False,
    ) -> None:
        self._store = store
        self._skip = frozenset(skip)
        self._stored_index = None if stored is None else store.store_index(stored)
        self._index: ProposalIndex | None = None
        self._stored_sides = ProposalIndex()  # the sides as the store knew them
        self._asked: set[str] = set()  # actors whose stored proposals' labels were read
        self._nodes_of: dict[str, set[str]] = {}  # actor -> its stored proposals' nodes
        self._labels: dict[str, set[tuple[str, str]]] = {}  # node -> (document, label)
        self._words: dict[str, set[str]] = {}  # node -> its labels' content words
        self._iri_of: dict[str, str] = {}  # cluster id -> the IRI its reports share
        self._seen: set[str] = set()  # the documents this build has assigned
        self._dated = dated
        # Whether the store holds graphs this build leaves as they are (whose positions'
        # labels are asked of it); where it holds none, the labels of the positions that
        # the build's own documents named are kept here instead: asking the store once a
        # document grew its memory by some 45 KB each time (RocksDB's readers).
        self._others = stored is None or bool(set(stored) - self._skip)
        self._position_labels: dict[str, set[str]] = {}
        self._retired: int | None = None  # the day the index last forgot what was too old

    def _open(self) -> ProposalIndex:
        rows = self._store.select(_SIDES % union_pattern(self._store, _SIDE))
        sides = [(str(p), str(s)) for p, s in rows]
        self._stored_sides = ProposalIndex(sides)
        return ProposalIndex(sides)

    def _load(self, index: ProposalIndex, reports: list[Report]) -> None:
        """Bring back the stored proposals ``reports`` could join: every cluster whose
        proposers can share a side with theirs, whose words share one with theirs, and
        whose kind and dates one of them fits (nothing else is ever compared with them).
        A cluster comes back whole, once, each report with its rank among all stored
        reports, so the index answers as if the whole store had been read first."""
        found = self._find(index, reports)
        joinable = may_join(reports)
        batch = [
            report
            for cluster in found.values()
            if joinable(sorted(cluster, key=_order))
            for report in cluster
        ]
        for report in sorted(batch, key=_order):
            side = self._stored_sides.side(report.proposers)
            index.add_to(report, report.key, rank=_order(report), side=side)
        for report in batch:
            self._iri_of[report.key] = report.key

    def _find(self, index: ProposalIndex, reports: list[Report]) -> dict[str, list[Report]]:
        """The stored reports of the clusters not brought back yet that ``reports`` can
        meet (a proposer's side and a content word in common), by cluster."""
        if self._stored_index is None:
            return self._ask(index, reports)
        nodes: set[str] = set()
        for report in reports:
            actors = self._stored_sides.neighbours(index.side(report.proposers))
            nodes |= self._stored_index.nodes(actors, report)
        found: dict[str, list[Report]] = {}
        for report in self._stored_index.reports([n for n in nodes if n not in self._iri_of]):
            if report.doc not in self._skip and report.doc not in self._seen:
                found.setdefault(report.key, []).append(report)
        return found

    def _ask(self, index: ProposalIndex, reports: list[Report]) -> dict[str, list[Report]]:
        """:meth:`_find` by SPARQL: the labels of every stored proposal of the actors
        ``reports`` can share a side with are read once (this build's documents are
        written after theirs are asked, so never come back)."""
        wanted: set[str] = set()
        words: set[str] = set()
        for report in reports:
            wanted |= self._stored_sides.neighbours(index.side(report.proposers))
            words |= report.words
        self._read_labels(sorted(wanted - self._asked))
        self._asked |= wanted
        nodes = {
            node
            for actor in wanted
            for node in self._nodes_of.get(actor, ())
            if node not in self._iri_of and not self._words[node].isdisjoint(words)
        }
        found: dict[str, list[Report]] = {}
        for report in self._stored(sorted(nodes)):
            found.setdefault(report.key, []).append(report)
        return found

    def _read_labels(self, actors: list[str]) -> None:
        """The stored proposals of ``actors``: their nodes, and per node the documents that
        report it (those the build replaces left out) with their labels and words."""
        by = union_pattern(self._store, f"?p <{DG.proposedBy}> ?who")
        for start in range(0, len(actors), _BATCH):
            values = " ".join(f"<{a}>" for a in actors[start : start + _BATCH])
            for who, name, node, label in self._store.select(_LABELS % (values, by)):
                if name is None or node is None or label is None or str(name) in self._skip:
                    continue
                key = str(node)
                self._nodes_of.setdefault(str(who), set()).add(key)
                self._labels.setdefault(key, set()).add((str(name), str(label)))
                self._words.setdefault(key, set()).update(content_words(str(label)))

    def _stored(self, nodes: list[str]) -> Iterator[Report]:
        """The stored reports of ``nodes``, one per document that reports each."""
        found: dict[tuple[str, str], dict[str, set[str]]] = {}
        for node in nodes:
            for name, label in self._labels[node]:
                entry = found.setdefault((name, node), {k: set() for k in "ldbat"})
                entry["l"].add(label)
        keys = sorted(found)
        for start in range(0, len(keys), _BATCH * 5):
            pairs = " ".join(f"(<{g}> <{p}>)" for g, p in keys[start : start + _BATCH * 5])
            for g, p, k, value in self._store.select(_DETAILS % pairs):
                found[(str(g), str(p))][str(k)].add("" if value is None else str(value))
        for (doc, key), e in sorted(found.items()):
            yield Report(
                doc,
                key,
                frozenset(e["b"]),
                "demand" if e["d"] else "offer",
                min(e["l"], key=lambda s: (-len(s), s), default=""),
                frozenset(e["a"]),
                min(e["t"], default=None),
            )

    def __call__(self, doc: Document, graph: DocumentGraph) -> DocumentGraph:
        """The graph to write for ``doc``: ``graph`` with its proposals renamed to the
        nodes of the same proposals already stored, and the reasons recorded."""
        facts = _Facts(graph.ntriples)
        relabelled = self._name_positions(graph.name, facts)
        self._seen.add(graph.name)  # written before the next document comes
        if not graph.extraction.proposals:
            if relabelled:
                return DocumentGraph(graph.name, facts.ntriples({}), graph.extraction)
            return graph
        if self._index is None:
            self._index = self._open()
        index = self._index
        for person, state in facts.sides():
            index.add_side(person, state)
        reports = sorted(facts.reports(graph.name, doc.date), key=_order)
        self._retire(index, day_number(doc.date))
        self._load(index, reports)
        renames: dict[str, str] = {}
        for report in reports:
            joined = index.add(report)
            if not joined.joined:
                self._iri_of[joined.cluster] = report.key
                continue
            renames[report.key] = self._iri_of[joined.cluster]
            facts.joined(report.key, joined.reason(facts.name))
        if not renames and not relabelled:
            return graph
        return DocumentGraph(graph.name, facts.ntriples(renames), graph.extraction)

    def _retire(self, index: ProposalIndex, day: int | None) -> None:
        """Forget the clusters too old to be joined from ``day`` on (once every
        :data:`~graph.merge.WINDOW_DAYS` days), where the documents come dated in order."""
        if not self._dated or day is None:
            return
        if self._retired is not None and day - self._retired < WINDOW_DAYS:
            return
        self._retired = day
        for cluster in index.retire(day - WINDOW_DAYS):
            if self._iri_of.get(cluster) != cluster:  # (a stored one stays brought back)
                self._iri_of.pop(cluster, None)

    def _name_positions(self, name: str, facts: _Facts) -> bool:
        """A position other documents stored first keeps their label: this document's
        wording becomes an alternative, or is dropped where it is the same (one
        ``rdfs:label`` a node, held by one graph, as for proposals). Returns whether a
        label was changed."""
        positions = facts.positions()
        if not positions:
            return False
        if self._others:
            stored = self._stored_position_labels(name, positions)
        else:  # every stored label is one this build wrote: known without asking
            named = self._position_labels
            stored = {node: set(named[node]) for node in positions if node in named}
        for node, labels in stored.items():
            if labels & set(facts.values(node, RDFS.label)):
                facts.drop_label(node)  # the same wording: the namer's label is enough
            else:
                facts.demote_label(node)
        if not self._others:
            for node in positions:
                if node not in stored and (named_here := facts.values(node, RDFS.label)):
                    self._position_labels[node] = set(named_here)  # this document names it
        return bool(stored)

    def _stored_position_labels(self, name: str, positions: list[str]) -> dict[str, set[str]]:
        """The labels the store's other graphs give ``positions`` (those the build replaces
        left out), by position."""
        values = " ".join(f"<{p}>" for p in positions)
        stored: dict[str, set[str]] = {}
        for g, p, label in self._store.select(_POSITION_LABELS % values):
            if (
                g is not None
                and str(g) != name
                and (str(g) in self._seen or str(g) not in self._skip)
            ):
                stored.setdefault(str(p), set()).add(str(label))
        return stored


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

    def positions(self) -> list[str]:
        """The positions (stance targets named by their words) this document names."""
        return sorted(
            _value(t.subject)
            for t in self.triples
            if t.predicate.value == _TYPE and _value(t.object) == _POSITION
        )

    def joined(self, node: str, why: str | None) -> None:
        """Record why ``node`` joined an earlier report; its label becomes an alternative
        (the first report names the node)."""
        for evidence in self.values(node, DG.evidence):
            self.added.append(ox.Triple(ox.NamedNode(evidence), _JOINED, ox.Literal(why or "")))
        self.demote_label(node)

    def drop_label(self, node: str) -> None:
        """``node``'s label is left to the document that named it (one graph holds each
        position's label, so finding it stays one row however many documents repeat it)."""
        self.removed.update(self.objects.get((node, str(RDFS.label)), ()))

    def demote_label(self, node: str) -> None:
        """``node``'s label becomes an alternative label (another document names it)."""
        subject = ox.NamedNode(node)
        for t in self.objects.get((node, str(RDFS.label)), ()):
            self.removed.add(t)
            self.added.append(ox.Triple(subject, _ALT_LABEL, t.object))

    def ntriples(self, renames: Mapping[str, str]) -> str:
        """The edited triples with the IRIs in ``renames`` replaced, as sorted N-Triples."""
        swap = {k: ox.NamedNode(v) for k, v in renames.items()}

        def renamed(t: ox.Triple) -> ox.Triple:
            s, o = t.subject, t.object
            new_s = swap.get(s.value) if isinstance(s, ox.NamedNode) else None
            new_o = swap.get(o.value) if isinstance(o, ox.NamedNode) else None
            if new_s is None and new_o is None:
                return t  # most triples: kept as they are
            return ox.Triple(new_s or s, t.predicate, new_o or o)

        kept = [t for t in self.triples if t not in self.removed] + self.added
        out = map(renamed, kept) if swap else kept
        text = ox.serialize(out, format=ox.RdfFormat.N_TRIPLES) or b""
        return "".join(sorted(set(text.decode("utf-8").splitlines(True))))


def _value(term: Any) -> str:
    return str(getattr(term, "value", ""))


#: Actors per query when stored proposals are read back.
_BATCH = 400
_AFFILIATED = str(DG.affiliatedWith)
_PROPOSAL = str(DG.Proposal)
_POSITION = str(DG.Position)
_TYPE = str(RDF.type)
_JOINED = ox.NamedNode(str(DG.joinedBecause))
_ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))


def _order(report: Report) -> tuple[str, ...]:
    return (report.date or "9999", report.doc, report.key)
