"""The vocabulary as data: what each term means, and hints for terms it does not have.

``graph/shapes/vocabulary.ttl`` defines every ``dg:`` term of
:class:`graph.namespace.DG` (and says how the graph uses a few terms of other
vocabularies). A query that names a term no vocabulary has (``dg:Country``,
``dg:proposed``, ``rdfs:lable``) matches nothing; :func:`unknown_term_warnings`
says so and names the closest real terms, by spelling and by the words a user
may type for a term (``country`` is ``dg:State``).

>>> print(*unknown_term_warnings([URIRef(str(DG) + "Country")], Graph()))  # doctest: +ELLIPSIS
dg:Country is not a term of the vocabulary, so it matches nothing; closest: dg:State (see ...)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespaceMeta

from .names import NameIndex
from .namespace import DG, PREFIXES
from .results import shorten_iri

__all__ = [
    "VOCABULARY_DOC",
    "Term",
    "dg_terms",
    "load_vocabulary",
    "terms",
    "unknown_term_warnings",
]

#: Where the vocabulary is described for people.
VOCABULARY_DOC = "docs/vocabulary.md"
#: Closed namespaces whose terms are known: ours, and rdflib's for the ones we use.
_CLOSED: tuple[DefinedNamespaceMeta, ...] = (DG, RDF, RDFS, SKOS, OWL, PROV, SDO, XSD)


@dataclass(frozen=True)
class Term:
    """One term as ``vocabulary.ttl`` defines it.

    Attributes:
        iri: the term.
        kind: ``"class"``, ``"property"`` or ``"used"`` (a term of another
            vocabulary that the graph uses).
        comment: what it means.
        version: ``"contract v1"``, ``"v1 addition"``, ... (empty for ``used`` terms).
        broader: the classes it is a subclass of (classes only).
        domain: what it is a property of, where said.
        range: what it points to, where said.
        words: other words a user may type for it.
    """

    iri: URIRef
    kind: str
    comment: str
    version: str = ""
    broader: tuple[URIRef, ...] = ()
    domain: URIRef | None = None
    range: URIRef | None = None
    words: tuple[str, ...] = ()

    @property
    def curie(self) -> str:
        """The term as ``prefix:local``."""
        return shorten_iri(str(self.iri))


@cache
def load_vocabulary() -> Graph:
    """``graph/shapes/vocabulary.ttl``, parsed (once)."""
    text = resources.files("graph").joinpath("shapes", "vocabulary.ttl").read_text("utf-8")
    return Graph().parse(data=text, format="turtle")


def _iri(g: Graph, node: URIRef, predicate: URIRef) -> URIRef | None:
    value = g.value(node, predicate)
    return value if isinstance(value, URIRef) else None


@cache
def terms() -> tuple[Term, ...]:
    """Every term ``vocabulary.ttl`` describes: classes, then properties, then used terms."""
    g = load_vocabulary()
    found = []
    for node in sorted({s for s in g.subjects(RDFS.comment, None) if isinstance(s, URIRef)}):
        if (node, RDF.type, RDFS.Class) in g:
            kind = "class"
        elif (node, RDF.type, RDF.Property) in g:
            kind = "property"
        else:
            kind = "used"
        found.append(
            Term(
                iri=node,
                kind=kind,
                comment=str(g.value(node, RDFS.comment)),
                version=str(g.value(node, OWL.versionInfo) or ""),
                broader=tuple(
                    sorted(o for o in g.objects(node, RDFS.subClassOf) if isinstance(o, URIRef))
                ),
                domain=_iri(g, node, RDFS.domain),
                range=_iri(g, node, RDFS.range),
                words=tuple(sorted(str(o) for o in g.objects(node, SKOS.hiddenLabel))),
            )
        )
    order = {"class": 0, "property": 1, "used": 2}
    return tuple(sorted(found, key=lambda t: (order[t.kind], t.curie)))


def dg_terms() -> frozenset[URIRef]:
    """Every ``dg:`` term :class:`graph.namespace.DG` defines."""
    return frozenset(URIRef(t) for t in dir(DG))


def _namespace_of(iri: URIRef) -> DefinedNamespaceMeta | None:
    for ns in _CLOSED:
        if str(iri).startswith(str(ns)):
            return ns
    return None


def _known(iri: URIRef, ns: DefinedNamespaceMeta) -> bool:
    local = str(iri)[len(str(ns)) :]
    # rdf:_1, rdf:_2 ... (container membership) are terms without being listed.
    return iri in ns or (ns is RDF and local[:1] == "_" and local[1:].isdigit())


@cache
def _hints(namespace: str) -> NameIndex[str]:
    """The terms of one closed namespace by their local name and the words for them."""
    words: dict[URIRef, tuple[str, ...]] = {t.iri: t.words for t in terms()}
    ns = next(n for n in _CLOSED if str(n) == namespace)
    entries = []
    for term in sorted(URIRef(t) for t in dir(ns)):
        local = str(term)[len(namespace) :]
        entries.append((shorten_iri(str(term)), local, words.get(term, ())))
    return NameIndex(entries)


def unknown_term_warnings(
    iris: Iterable[URIRef], graph: Graph | None, namespaces: Mapping[str, str] = PREFIXES
) -> list[str]:
    """One warning for each IRI that no vocabulary defines and ``graph`` (if given) does not use.

    Only IRIs in a closed namespace (``dg:``, ``rdf:``, ``rdfs:``, ``skos:``,
    ``owl:``, ``prov:``, ``schema:``, ``xsd:``) are checked; a term the graph
    itself uses is never reported, whatever its namespace says.
    """
    warnings = []
    for iri in sorted(set(iris)):
        ns = _namespace_of(iri)
        if ns is None or _known(iri, ns):
            continue
        if graph is not None and (
            (iri, None, None) in graph or (None, iri, None) in graph or (None, None, iri) in graph
        ):
            continue
        local = str(iri)[len(str(ns)) :]
        close = [curie for curie, _local in _hints(str(ns)).closest(local, n=3, margin=0.15)]
        hint = "closest: " + ", ".join(close) if close else "no term is close"
        warnings.append(
            f"{shorten_iri(str(iri), namespaces)} is not a term of the vocabulary, so it"
            f" matches nothing; {hint} (see {VOCABULARY_DOC})"
        )
    return warnings
