"""The graph files, written from a store in pieces, with bounded memory.

Each format yields its text as a sequence of string pieces (the caller writes
them to a file): the store is read a few hundred subjects (or one document
graph) at a time, never held whole.

- ``turtle`` (``graph.ttl``): the canonical Turtle of :mod:`graph.export.turtle`,
  the union of every document's graph (the corpus graph);
- ``trig`` (``graph.trig``): every document's named graph kept, by rdflib's
  TriG serializer, one graph after another, sorted by name;
- ``nt`` (``graph.nt``): the union as N-Triples (rdflib's serializer), sorted;
- ``jsonld`` (``graph.jsonld``): the union as JSON-LD (rdflib's serializer),
  compacted with the vocabulary's prefixes, one node object per subject, sorted.

The same store always gives the same bytes.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import NamespaceManager

from ..errors import UnknownComponentError
from ..namespace import RDFS, SKOS
from ..store.base import (
    DocumentStore,
    Triple,
    describe_union,
    describe_union_light,
    graph_names,
    graph_triples,
    prefixes_for,
    union_iris,
    union_subjects,
)
from ..store.oxigraph import Light, LightTriple
from .turtle import Edit, patch_turtle, turtle_chunks

__all__ = ["GRAPH_FORMATS", "GraphFormat", "Touched", "get_graph_format", "turtle_edit"]

#: Subjects per piece for the formats rdflib serializes.
_PIECE = 400


@dataclass(frozen=True)
class GraphFormat:
    """A graph file format: its name on the command line, its file name, its writer."""

    name: str
    filename: str
    write: Callable[[DocumentStore, str], Iterator[str]]


def _bound(base: str) -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, iri in prefixes_for(base).items():
        g.bind(prefix, iri, override=True, replace=True)
    return g


def _union(store: DocumentStore) -> Iterator[tuple[URIRef, list[Triple]]]:
    return describe_union(store, union_subjects(store))


def _pieces(store: DocumentStore) -> Iterator[list[tuple[URIRef, list[Triple]]]]:
    piece: list[tuple[URIRef, list[Triple]]] = []
    for item in _union(store):
        piece.append(item)
        if len(piece) >= _PIECE:
            yield piece
            piece = []
    if piece:
        yield piece


def turtle(store: DocumentStore, base: str) -> Iterator[str]:
    """The union as canonical Turtle (the same bytes :func:`~graph.export.to_turtle` gives)."""
    return turtle_chunks(describe_union_light(store, union_iris(store)), prefixes_for(base))


#: Touched subjects: the predicate and object of each triple of theirs in a graph that
#: the changes wrote or dropped, by subject IRI.
Touched = Mapping[str, Collection[tuple[str, Light]]]

#: The predicates redone together: the union keeps one ``rdfs:label`` of the ones the
#: documents give, the others become ``skos:altLabel`` s (see ``describe_union_light``).
_LABELS = frozenset((str(RDFS.label), str(SKOS.altLabel)))


class _Union:
    """The union of a store's named graphs, as :func:`~graph.export.turtle.patch_turtle`
    reads it (:class:`~graph.export.turtle.Current`)."""

    def __init__(self, store: DocumentStore) -> None:
        self.store = store

    def triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        return describe_union_light(self.store, subjects, predicates)

    def holds(self, triples: Collection[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        return self.store.union_holds(triples)


def turtle_edit(pairs: Collection[tuple[str, Light]]) -> Edit:
    """What may have changed in a touched subject's statement, from the ``(predicate,
    object)`` pairs of its triples in the graphs written or dropped: the lines of the
    predicates with a literal among those objects, and of both labels when either is
    among them, are redone; the other objects, IRIs, are spliced in or out of their lines.

    >>> turtle_edit([("http://e/p", "http://e/a"), (str(RDFS.label), ("A", "", ""))]).spliced
    {'http://e/p': frozenset({'http://e/a'})}
    """
    redone = {predicate for predicate, obj in pairs if not isinstance(obj, str)}
    if redone & _LABELS or any(predicate in _LABELS for predicate, _ in pairs):
        redone |= _LABELS
    spliced: dict[str, set[str]] = {}
    for predicate, obj in pairs:
        if predicate not in redone and isinstance(obj, str):
            spliced.setdefault(predicate, set()).add(obj)
    return Edit(frozenset(redone), {p: frozenset(iris) for p, iris in sorted(spliced.items())})


def patched_turtle(
    store: DocumentStore, base: str, old: Path, touched: Touched
) -> Callable[[BinaryIO], None]:
    """A writer of :func:`turtle` by patching ``old``, the file written before the changes
    that touched the subjects in ``touched`` (see :func:`~graph.export.turtle.patch_turtle`):
    each statement edited in place where it can be (:func:`turtle_edit`)."""
    edits = ((subject, turtle_edit(touched[subject])) for subject in sorted(touched))
    return patch_turtle(old, edits, _Union(store), prefixes_for(base))


def ntriples(store: DocumentStore, base: str) -> Iterator[str]:
    """The union as N-Triples, lines sorted within each subject's run, subjects sorted."""
    for piece in _pieces(store):
        g = Graph(bind_namespaces="none")
        for _, triples in piece:
            for triple in triples:
                g.add(triple)
        lines = g.serialize(format="nt").splitlines(keepends=True)
        yield "".join(sorted(line for line in lines if line.strip()))


def jsonld(store: DocumentStore, base: str) -> Iterator[str]:
    """The union as one JSON-LD document: ``{"@context": ..., "@graph": [node, ...]}``."""
    context = prefixes_for(base)
    yield '{\n  "@context": ' + json.dumps(context, indent=2, sort_keys=True).replace("\n", "\n  ")
    yield ',\n  "@graph": ['
    first = True
    for piece in _pieces(store):
        g = _bound(base)
        for _, triples in piece:
            for triple in sorted(triples, key=lambda t: (str(t[1]), str(t[2]))):
                g.add(triple)
        data = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
        nodes = data.get("@graph", [data])
        for node in sorted(nodes, key=lambda n: str(n.get("@id", ""))):
            node.pop("@context", None)
            text = json.dumps(node, indent=2, ensure_ascii=False, sort_keys=True)
            yield ("\n    " if first else ",\n    ") + text.replace("\n", "\n    ")
            first = False
    yield "\n  ]\n}\n"


def trig(store: DocumentStore, base: str) -> Iterator[str]:
    """Every document's named graph, by rdflib's TriG serializer, sorted by graph name."""
    declared: set[str] = set()
    for name in graph_names(store):
        ds = Dataset()
        ds.namespace_manager = NamespaceManager(ds, bind_namespaces="none")
        for prefix, iri in prefixes_for(base).items():
            ds.bind(prefix, iri, override=True, replace=True)
        target = ds.graph(URIRef(name))
        for triple in graph_triples(store, name):
            target.add(triple)
        with warnings.catch_warnings():  # rdflib's TriG writer calls its own deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            text = ds.serialize(format="trig")
        lines = text.splitlines(keepends=True)
        prefixes = [line for line in lines if line.startswith("@prefix")]
        body = "".join(line for line in lines if not line.startswith("@prefix")).strip("\n")
        # Each prefix is declared once, before the first graph that uses it.
        fresh = [line for line in prefixes if line not in declared]
        declared.update(fresh)
        yield "".join(fresh) + ("\n" if fresh else "") + body + "\n\n"


#: Graph file formats by the name ``--format`` takes.
GRAPH_FORMATS: dict[str, GraphFormat] = {
    f.name: f
    for f in (
        GraphFormat("turtle", "graph.ttl", turtle),
        GraphFormat("trig", "graph.trig", trig),
        GraphFormat("nt", "graph.nt", ntriples),
        GraphFormat("jsonld", "graph.jsonld", jsonld),
    )
}


def get_graph_format(name: str) -> GraphFormat:
    """The format called ``name``; raises with the known names otherwise."""
    try:
        return GRAPH_FORMATS[name]
    except KeyError:
        known = ", ".join(GRAPH_FORMATS)
        raise UnknownComponentError(f"no graph format {name!r}; choose one of: {known}") from None
