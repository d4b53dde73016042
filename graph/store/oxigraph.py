"""Oxigraph through rdflib: terms both ways, and oxrdflib's store with faster reads.

The store's reads go straight to Oxigraph and make rdflib terms here, each IRI
once (IRIs repeat: classes, predicates, the actors every document names), and
give plain literals plain (Oxigraph types them ``xsd:string``, the same RDF 1.1
term, but rdflib tells the two apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from ..namespace import XSD

__all__ = [
    "Light",
    "LightTriple",
    "RdflibOxigraph",
    "Terms",
    "light",
    "light_of",
    "light_triples",
    "oxigraph_term",
    "plain",
]

#: A term as plain Python data, cheap to pickle: an IRI as a ``str``, a literal as
#: ``(lexical form, datatype IRI or "", language or "")``, a blank node as ``("_", id)``.
Light = str | tuple[str, str, str] | tuple[str, str] | None
#: A triple as :data:`Light` data (its predicate an IRI).
LightTriple = tuple[Light, str, Light]

_XSD_STRING = str(XSD.string)


def plain(term: Node | None) -> Node | None:
    """``"x"^^xsd:string`` as the plain literal ``"x"`` (the same RDF 1.1 term), else ``term``."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


class Terms:
    """Oxigraph terms as rdflib terms, each IRI made once (they repeat: classes, predicates)."""

    def __init__(self) -> None:
        self._iris: dict[str, URIRef] = {}

    def rdflib(self, term: Any) -> Any:
        """The rdflib term of an Oxigraph term (``None`` for anything else)."""
        if isinstance(term, ox.NamedNode):
            return self._iri(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:
                return Literal(term.value)
            return Literal(term.value, datatype=self.rdflib(term.datatype))
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        return None

    def from_light(self, data: Light) -> Node | None:
        """The rdflib term of :data:`Light` data (IRIs made once each)."""
        if isinstance(data, str):
            return self._iri(data)
        if data is None:
            return None
        if len(data) == 2:
            return BNode(data[1])
        value, datatype, language = data
        if language:
            return Literal(value, lang=language)
        return Literal(value, datatype=self._iri(datatype) if datatype else None)

    def _iri(self, text: str) -> URIRef:
        iri = self._iris.get(text)
        if iri is None:
            if len(self._iris) > 100_000:
                self._iris.clear()
            iri = self._iris[text] = URIRef(text)
        return iri


def light(term: Any) -> Light:
    """An Oxigraph term as :data:`Light` data (``xsd:string`` literals without a datatype)."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        return (term.value, "" if datatype == _XSD_STRING else datatype, term.language or "")
    if isinstance(term, ox.BlankNode):
        return ("_", term.value)
    return None


def light_triples(ntriples: str) -> Iterator[LightTriple]:
    """The triples of N-Triples text as :data:`LightTriple` s.

    >>> list(light_triples('<http://e/a> <http://e/p> "x" .'))
    [('http://e/a', 'http://e/p', ('x', '', ''))]
    """
    for t in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        yield light(t.subject), t.predicate.value, light(t.object)


def light_of(term: Node) -> Light:
    """An rdflib term as :data:`Light` data (a literal keeps the datatype it has, if any).

    >>> light_of(Literal("1", datatype=XSD.integer))
    ('1', 'http://www.w3.org/2001/XMLSchema#integer', '')
    """
    if isinstance(term, Literal):
        return (str(term), str(term.datatype or ""), term.language or "")
    if isinstance(term, BNode):
        return ("_", str(term))
    if isinstance(term, URIRef):
        return str(term)
    return None


def oxigraph_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), language=term.language, datatype=datatype)
    raise TypeError(f"not an RDF term: {term!r}")


class RdflibOxigraph(OxigraphStore):
    """oxrdflib's store, reading triple patterns faster.

    The views ask for a node's types, labels, evidence ... one pattern at a
    time, hundreds of thousands of times; this ``triples`` makes each rdflib
    term once (IRIs repeat), gives plain literals plain, and hands every triple
    the same context graph instead of a new one each.

    ``read_only``: ``inner`` is opened read-only (it cannot change, so a graph's size
    is counted once).
    """

    def __init__(self, inner: ox.Store, *, read_only: bool = False) -> None:
        super().__init__(store=inner)
        self._ox_store = inner
        self._terms = Terms()
        self._contexts: dict[Any, Graph] = {}
        self._sizes: dict[Any, int] | None = {} if read_only else None

    def release(self) -> None:
        """Let go of the Oxigraph store (and the graphs made for it): closing."""
        self._store = None
        del self._ox_store
        self._contexts.clear()

    def __len__(self, context: Any = None) -> int:
        name = getattr(context, "identifier", context)
        if self._sizes is None:
            return self._count(name)
        if name not in self._sizes:
            self._sizes[name] = self._count(name)
        return self._sizes[name]

    def _count(self, name: Any) -> int:
        # A graph is a set: count its triples without oxrdflib's COUNT(DISTINCT ...), which
        # hashes every triple of the store (the views ask for the size several times).
        graph: Any = (
            ox.DefaultGraph() if name in (None, DATASET_DEFAULT_GRAPH_ID) else oxigraph_term(name)
        )
        result = self._ox_store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=graph
        )
        assert isinstance(result, ox.QuerySolutions)
        for solution in result:
            return int(solution[0].value)
        return 0

    def triples(
        self, triple_pattern: Any, context: Any = None
    ) -> Iterator[tuple[tuple[Node, Node, Node], Iterator[Graph]]]:
        s, p, o = (None if t is None else oxigraph_term(t) for t in triple_pattern)
        name = getattr(context, "identifier", context)
        graph: Any
        if name is None:
            graph = None
        elif name == DATASET_DEFAULT_GRAPH_ID:
            graph = ox.DefaultGraph()
        else:
            graph = oxigraph_term(name)
        if not isinstance(p, (ox.NamedNode, type(None))) or isinstance(s, ox.Literal):
            return
        term = self._terms.rdflib
        for quad in self._ox_store.quads_for_pattern(s, p, o, graph):
            key = quad.graph_name
            ctx = self._contexts.get(key)
            if ctx is None:
                ctx = self._contexts.setdefault(
                    key, Graph(store=self, identifier=term(key) or DATASET_DEFAULT_GRAPH_ID)
                )
            yield (term(quad.subject), term(quad.predicate), term(quad.object)), iter((ctx,))
