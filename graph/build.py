"""Turn extractions into an rdflib graph in the ``dg:`` vocabulary, with provenance.

This module knows nothing of files: it takes documents and their extractions and
returns a :class:`rdflib.Graph`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .documents import Document
from .extract.records import Condition, Entity, Extraction, Proposal, Span, Stance, Statement
from .labels import clean_label
from .lexicon import slug
from .merge import name_words, position_words
from .namespace import DG, DGID_DEFAULT, OWL, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

__all__ = [
    "CLASS_TYPES",
    "FINE_TYPES",
    "DocumentGraph",
    "GraphBuilder",
    "build_graph",
    "document_graph",
    "document_iri",
    "new_graph",
    "ntriples_lines",
    "ntriples_of",
    "preferred_label",
]

#: Every coarse class with the types it also carries (docs/vocabulary.md, Classes).
CLASS_TYPES: dict[str, tuple[URIRef, ...]] = {
    "State": (DG.State, DG.Actor, PROV.Agent, SCHEMA.Country),
    "Organisation": (DG.Organisation, DG.Actor, PROV.Agent, SCHEMA.Organization),
    "Person": (DG.Person, DG.Actor, PROV.Agent, SCHEMA.Person),
    "Place": (DG.Place, SCHEMA.Place),
    "Treaty": (DG.Treaty,),
    "WeaponSystem": (DG.WeaponSystem,),
}

#: Finer classes by the names the lexicons use.
FINE_TYPES: dict[str, URIRef] = {
    "alliance": DG.Alliance,
    "international_body": DG.InternationalBody,
    "ministry": DG.Ministry,
    "armed_force": DG.ArmedForce,
    "media": DG.MediaOutlet,
    "research_institute": DG.ResearchInstitute,
    "party": DG.PoliticalParty,
    "company": DG.Company,
    "military_activity": DG.MilitaryActivity,
}


_KEY = re.compile(r"[a-z0-9][a-z0-9._-]*")


def document_iri(doc: Document, base: str = DGID_DEFAULT) -> URIRef:
    """The IRI of a document, which also names its graph in a store: ``BASE + doc-<hash>``."""
    return URIRef(base + doc.doc_id)


def new_graph() -> Graph:
    """An empty graph with the vocabulary's prefixes bound."""
    g = Graph(bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True)
    return g


def preferred_label(labels: Iterable[str]) -> str:
    """The one ``rdfs:label`` an entity keeps when documents name it differently:
    the longest, then the first in code-point order (the others become ``skos:altLabel``).

    >>> preferred_label(["Jose Marti", "José Martí", "Marti"])
    'Jose Marti'
    """
    return min(labels, key=lambda s: (-len(s), s))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


Triple = tuple[Node, Node, Node]


class _Triples:
    """A set of triples with the updates a builder makes (``add``, ``remove``, ``set``, as
    an rdflib graph has them), kept by subject and predicate: far cheaper to fill than an
    rdflib graph, which is made of it only when asked for."""

    def __init__(self) -> None:
        self._objects: dict[tuple[Node, Node], dict[Node, None]] = {}
        #: How many updates were made (a graph made of the set is current until the next).
        self.changes = 0

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        self._objects.setdefault((s, p), {})[o] = None
        self.changes += 1

    def remove(self, triple: Triple) -> None:
        s, p, o = triple
        self._objects.get((s, p), {}).pop(o, None)
        self.changes += 1

    def set(self, triple: Triple) -> None:
        """Make ``o`` the one object of ``s`` and ``p``."""
        s, p, o = triple
        self._objects[s, p] = {o: None}
        self.changes += 1

    def __iter__(self) -> Iterator[Triple]:
        for (s, p), objects in self._objects.items():
            for o in objects:
                yield (s, p, o)


@dataclass
class GraphBuilder:
    """Accumulates documents and their extractions into one graph.

    Entities with the same key merge into one node across documents: every
    surface form becomes a ``skos:altLabel`` and the node keeps one ``rdfs:label``.
    """

    base: str = DGID_DEFAULT
    #: Recorded on each document node as ``dg:extractorVersion`` when given.
    version: str | None = None

    def __post_init__(self) -> None:
        self.ns = Namespace(self.base)
        self._triples = _Triples()
        self._graph: tuple[int, Graph] | None = None
        self._labels: dict[URIRef, str] = {}
        self._names: tuple[Extraction, frozenset[str]] | None = None

    @property
    def graph(self) -> Graph:
        """Everything added so far as an rdflib graph (made anew after each change)."""
        if self._graph is None or self._graph[0] != self._triples.changes:
            g = new_graph()
            if self.base != DGID_DEFAULT:
                g.bind("dgid", self.base, override=True, replace=True)
            for triple in self._triples:
                g.add(triple)
            self._graph = (self._triples.changes, g)
        return self._graph[1]

    def ntriples(self) -> str:
        """Everything added so far in N-Triples, as :func:`ntriples_lines` writes it."""
        return ntriples_lines(self._triples)

    # -- nodes -------------------------------------------------------------

    def entity_iri(self, key: str) -> URIRef:
        """The IRI of an entity key; a key that is not a slug is made one, so IRIs stay valid."""
        if not _KEY.fullmatch(key):
            key = slug(key)
        return self.ns[key]

    def document_iri(self, doc: Document) -> URIRef:
        return document_iri(doc, self.base)

    def _evidence(self, doc: Document, span: Span, rule: str = "") -> URIRef:
        """The node saying where a fact was read (``span``) and by which rule."""
        start, end = span
        node = self.ns[f"evidence-{_digest(doc.sha256, start, end, rule)}"]
        g = self._triples
        g.add((node, RDF.type, DG.Evidence))
        g.add((node, DG.source, self.document_iri(doc)))
        g.add((node, DG.start, Literal(start, datatype=XSD.integer)))
        g.add((node, DG.end, Literal(end, datatype=XSD.integer)))
        g.add((node, DG.text, Literal(doc.text[start:end])))
        if rule:
            g.add((node, DG.rule, Literal(rule)))
        return node

    def _fact(
        self,
        kind: str,
        doc: Document,
        span: Span,
        label: str,
        *types: URIRef,
        evidence: Span | None = None,
        rule: str = "",
    ) -> URIRef:
        node = self.ns[f"{kind}-{_digest(doc.sha256, span[0], span[1], label)}"]
        g = self._triples
        for t in types:
            g.add((node, RDF.type, t))
        g.add((node, RDFS.label, Literal(clean_label(label))))
        g.add((node, PROV.wasDerivedFrom, self.document_iri(doc)))
        g.add((node, DG.evidence, self._evidence(doc, evidence or span, rule)))
        return node

    def add_document(self, doc: Document) -> URIRef:
        g = self._triples
        node = self.document_iri(doc)
        for t in (DG.Document, PROV.Entity, SCHEMA.CreativeWork):
            g.add((node, RDF.type, t))
        g.add((node, RDFS.label, Literal(clean_label(doc.title or doc.name))))
        g.add((node, DG.sha256, Literal(doc.sha256)))
        for path in doc.paths or (doc.name,):
            g.add((node, DG.path, Literal(path)))
        if doc.date:
            g.add((node, SCHEMA.datePublished, Literal(doc.date, datatype=XSD.date)))
        if doc.status:
            g.add((node, DG.status, Literal(doc.status)))
        if self.version:
            g.add((node, DG.extractorVersion, Literal(self.version)))
        return node

    def add_entity(self, entity: Entity, doc: Document) -> URIRef:
        g = self._triples
        node = self.entity_iri(entity.key)
        for t in CLASS_TYPES[entity.cls]:
            g.add((node, RDF.type, t))
        if entity.fine and entity.fine in FINE_TYPES:
            g.add((node, RDF.type, FINE_TYPES[entity.fine]))
        if entity.wikidata:
            g.add((node, OWL.sameAs, WD[entity.wikidata]))
        g.add((node, PROV.wasDerivedFrom, self.document_iri(doc)))
        known = self._labels.get(node)
        label = clean_label(entity.label)
        if known is not None:
            label = preferred_label((known, label))
        if known is not None and known != label:
            g.remove((node, RDFS.label, Literal(known)))
            g.add((node, SKOS.altLabel, Literal(known)))
        self._labels[node] = label
        g.set((node, RDFS.label, Literal(label)))
        aliases = {clean_label(a) for a in entity.aliases} | ({known} if known else set())
        for alias in sorted(aliases):
            if alias and alias != label:
                g.add((node, SKOS.altLabel, Literal(alias)))
        return node

    def _actor_words(self, extraction: Extraction) -> frozenset[str]:
        """The words of every actor's names in ``extraction``, gathered once per document."""
        if self._names is None or self._names[0] is not extraction:
            names = [n for e in extraction.entities if e.is_actor for n in (e.label, *e.aliases)]
            self._names = (extraction, name_words(names))
        return self._names[1]

    def _position(self, doc: Document, extraction: Extraction, stance: Stance) -> URIRef:
        """A position's node: named by its words without its holders' names, so that "the EU's
        single market rules" in one story and "the single market rules" in another are one
        node."""
        words = position_words(stance.label, named=self._actor_words(extraction))
        if not words:
            return self._fact(
                "position", doc, stance.span, stance.label, DG.Position, rule=stance.rule
            )
        node = self.ns[f"position-{_digest(*sorted(words))}"]
        g = self._triples
        g.add((node, RDF.type, DG.Position))
        label = clean_label(stance.label)
        known = self._labels.get(node)
        if known is None:
            self._labels[node] = label
            g.add((node, RDFS.label, Literal(label)))
        elif known != label:
            g.add((node, SKOS.altLabel, Literal(label)))  # one label, the first wording
        g.add((node, PROV.wasDerivedFrom, self.document_iri(doc)))
        g.add((node, DG.evidence, self._evidence(doc, stance.evidence or stance.span, stance.rule)))
        return node

    def _condition(self, condition: Condition, doc: Document) -> URIRef:
        node = self._fact(
            "condition",
            doc,
            condition.span,
            condition.label,
            DG.Condition,
            evidence=condition.evidence,
            rule=condition.rule,
        )
        for key in condition.requires:
            self._triples.add((node, DG.requiresActionBy, self.entity_iri(key)))
        if condition.negated:
            self._triples.add((node, DG.negated, Literal(True)))
        return node

    # -- documents ---------------------------------------------------------

    def add(self, doc: Document, extraction: Extraction) -> None:
        """Add one document and everything extracted from it."""
        self.add_document(doc)
        for entity in extraction.entities:
            self.add_entity(entity, doc)
        proposal_nodes = {p.key: self._add_proposal(p, doc) for p in extraction.proposals}
        for c in extraction.conditions:
            if c.proposal in proposal_nodes:
                condition = self._condition(c, doc)
                self._triples.add((proposal_nodes[c.proposal], DG.conditionalOn, condition))
        for s in extraction.stances:
            self._add_stance(s, doc, extraction, proposal_nodes)
        for st in extraction.statements:
            self._add_statement(st, doc)
        for a in extraction.affiliations:
            person, org = self.entity_iri(a.person), self.entity_iri(a.org)
            self._triples.add((person, DG.affiliatedWith, org))
            if a.role:
                self._triples.add((person, DG.role, Literal(clean_label(a.role))))
            link = self.ns[f"affiliation-{_digest(doc.sha256, a.person, a.org)}"]
            self._reify(link, (person, DG.affiliatedWith, org), doc, a.evidence or a.span, a.rule)

    def _add_proposal(self, p: Proposal, doc: Document) -> URIRef:
        g = self._triples
        types = (DG.Proposal, DG.Demand) if p.kind == "demand" else (DG.Proposal,)
        node = self._fact(
            "proposal", doc, p.span, p.label, *types, evidence=p.evidence, rule=p.rule
        )
        for span, rule in p.reports:
            g.add((node, DG.evidence, self._evidence(doc, span, rule)))
        for key in p.proposers:
            g.add((node, DG.proposedBy, self.entity_iri(key)))
        for key in p.addressees:
            g.add((node, DG.addressedTo, self.entity_iri(key)))
        for key in p.concerns:
            g.add((node, DG.concerns, self.entity_iri(key)))
        if p.reciprocal:
            g.add((node, DG.reciprocal, Literal(True)))
        return node

    def _add_stance(
        self, s: Stance, doc: Document, extraction: Extraction, proposal_nodes: dict[str, URIRef]
    ) -> None:
        predicate = DG.rejects if s.stance == "rejects" else DG.supports
        if s.proposal is not None and s.proposal in proposal_nodes:
            target = proposal_nodes[s.proposal]
        elif s.actor is not None:
            target = self.entity_iri(s.actor)
        else:
            target = self._position(doc, extraction, s)
        holder = self.entity_iri(s.holder)
        self._triples.add((holder, predicate, target))
        # The stance itself, reified, carries where it was read.
        stance = self.ns[
            f"stance-{_digest(doc.sha256, s.span[0], s.span[1], s.holder, s.stance, target)}"
        ]
        self._reify(stance, (holder, predicate, target), doc, s.evidence or s.span, s.rule)

    def _add_statement(self, st: Statement, doc: Document) -> None:
        node = self._fact(
            "statement", doc, st.span, st.label, DG.Statement, evidence=st.evidence, rule=st.rule
        )
        for key in st.speakers:
            self._triples.add((node, DG.speaker, self.entity_iri(key)))
        if st.quote:
            self._triples.add((node, DG.quote, Literal(True)))

    def _reify(self, node: URIRef, triple: Triple, doc: Document, span: Span, rule: str) -> None:
        """``node`` an ``rdf:Statement`` of ``triple``, derived from ``doc``, read at ``span``."""
        g = self._triples
        subject, predicate, obj = triple
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        g.add((node, PROV.wasDerivedFrom, self.document_iri(doc)))
        g.add((node, DG.evidence, self._evidence(doc, span, rule)))


def build_graph(items: Iterable[tuple[Document, Extraction]], *, base: str = DGID_DEFAULT) -> Graph:
    """Build one graph from ``(document, extraction)`` pairs.

    >>> from graph.documents import document_from_text
    >>> g = build_graph([(document_from_text("Hello."), Extraction())])
    >>> len(g) > 0
    True
    """
    builder = GraphBuilder(base=base)
    for doc, extraction in items:
        builder.add(doc, extraction)
    return builder.graph


def ntriples_of(g: Graph) -> str:
    """``g`` as N-Triples, one triple a line, lines sorted (see :func:`ntriples_lines`)."""
    return ntriples_lines(g)


def ntriples_lines(triples: Iterable[Triple]) -> str:
    r"""``triples`` as N-Triples, one a line, lines sorted: each line as rdflib's N-Triples
    serializer writes it (in a literal, ``\``, ``"``, line feeds and carriage returns escaped).

    >>> ntriples_lines([(URIRef("http://e/a"), URIRef("http://e/p"), Literal('say "hi"'))])
    '<http://e/a> <http://e/p> "say \\"hi\\"" .\n'
    """
    written: dict[Node, str] = {}

    def term(node: Node) -> str:
        if isinstance(node, Literal):
            return _nt_literal(node)
        text = written.get(node)
        if text is None:
            if not isinstance(node, URIRef | BNode):
                raise TypeError(f"cannot write {node!r} in N-Triples")
            text = written[node] = node.n3()  # IRIs and blank nodes repeat
        return text

    return "".join(sorted(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples))


def _nt_literal(value: Literal) -> str:
    text = (
        str(value)
        .replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace('"', '\\"')
        .replace("\r", "\\r")
    )
    if value.language:
        return f'"{text}"@{value.language}'
    if value.datatype:
        return f'"{text}"^^<{value.datatype}>'
    return f'"{text}"'


@dataclass(frozen=True)
class DocumentGraph:
    """One document's named graph, as a store receives it.

    Attributes:
        name: the graph's name, which is the document's IRI.
        ntriples: its triples in N-Triples, one a line, sorted: the same
            document and version always give the same text.
        extraction: the records it was built from.
    """

    name: str
    ntriples: str
    extraction: Extraction = field(default_factory=Extraction, compare=False)

    def graph(self) -> Graph:
        """The triples as an rdflib graph (parsed on each call)."""
        g = new_graph()
        g.parse(data=self.ntriples, format="nt")
        return g

    def renamed(self, iris: Mapping[str, str]) -> DocumentGraph:
        """The same graph with the IRIs in ``iris`` (old to new) replaced everywhere.

        >>> d = DocumentGraph("http://e/d", "<http://e/a> <http://e/p> <http://e/d> .\\n")
        >>> d.renamed({"http://e/a": "http://e/b"}).ntriples
        '<http://e/b> <http://e/p> <http://e/d> .\\n'
        """
        if not iris:
            return self
        mapping = {URIRef(k): URIRef(v) for k, v in iris.items()}

        def swap(term: Node) -> Node:
            return mapping.get(term, term) if isinstance(term, URIRef) else term

        g = new_graph()
        for s, p, o in self.graph():
            g.add((swap(s), swap(p), swap(o)))
        return DocumentGraph(
            mapping.get(URIRef(self.name), self.name), ntriples_of(g), self.extraction
        )


def document_graph(
    doc: Document, extraction: Extraction, *, base: str = DGID_DEFAULT, version: str | None = None
) -> DocumentGraph:
    """The named graph of one document: everything read from it, named by its IRI.

    >>> from graph.documents import document_from_text
    >>> d = document_graph(document_from_text("Hello."), Extraction())
    >>> d.name.startswith(DGID_DEFAULT + "doc-")
    True
    """
    builder = GraphBuilder(base=base, version=version)
    builder.add(doc, extraction)
    return DocumentGraph(str(builder.document_iri(doc)), builder.ntriples(), extraction)
