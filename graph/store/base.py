"""What every store offers the build: documents as named graphs, replaced whole.

A store holds one named graph per document, named by the document's IRI, with
everything read from that document. The union of the named graphs is the
corpus graph that queries, views and exports see.

Two kinds implement :class:`DocumentStore`: :class:`~graph.store.local.LocalStore`
(Oxigraph on disk, through rdflib) and :class:`~graph.store.remote.RemoteStore`
(any SPARQL 1.1 server with the Graph Store Protocol).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..build import DocumentGraph, preferred_label
from ..namespace import DG, PREFIXES, RDFS, SKOS
from .index import StoreIndex
from .oxigraph import Light, LightTriple, Terms, light_of

__all__ = [
    "DocumentStore",
    "StoredDocument",
    "Triple",
    "count_classes",
    "count_triples",
    "describe_union",
    "describe_union_light",
    "prefixes_for",
    "read_documents",
    "select_union_holds",
    "select_union_triples",
    "store_base",
    "union_pattern",
    "union_iris",
    "union_subjects",
]

Triple = tuple[Node, Node, Node]

#: Subjects described per query when reading the union back.
BATCH = 400


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store holds it: its graph's name, text hash, paths and version."""

    name: str
    sha256: str
    paths: frozenset[str]
    version: str


class DocumentStore(Protocol):
    """A dataset of per-document named graphs."""

    #: Where the store is, for messages (a folder or a URL).
    location: str
    #: Whether the dataset's default graph holds the union of the named graphs,
    #: as a set (else the union is read with ``GRAPH ?g`` and ``DISTINCT``).
    union_is_default: bool

    def select(self, sparql: str) -> Iterator[tuple[Node | None, ...]]:
        """Rows of a SELECT query over the dataset (``GRAPH`` reaches the named graphs)."""
        ...

    def union_triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        """Each subject IRI with its distinct triples in the union of the named graphs (of
        ``predicates`` only, if given), in the given order, as
        :data:`~graph.store.oxigraph.Light` data (plain literals with the datatype ``""``);
        :func:`select_union_triples` reads them for any store."""
        ...

    def union_holds(self, triples: Collection[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Those of ``triples`` (subject, predicate and object IRIs) the union of the named
        graphs holds; :func:`select_union_holds` asks any store."""
        ...

    def write(self, graph: DocumentGraph, *, replaces: Sequence[str] = ()) -> None:
        """Write one document's graph, dropping ``replaces`` and any old graph of that name,
        all as one change: a reader sees the old state or the new one, never half."""
        ...

    def remove(self, names: Sequence[str]) -> None:
        """Drop these documents' graphs."""
        ...

    def documents(self) -> dict[str, StoredDocument] | None:
        """The documents the store holds, by name, where it keeps a list of them (else
        ``None``: :func:`read_documents` asks the store with SPARQL)."""
        ...

    def counts(self) -> dict[str, int] | None:
        """How many triples the union holds, by predicate and class, where the store keeps
        the counts (:meth:`~graph.store.index.StoreIndex.counts`); else ``None``."""
        ...

    def store_index(self, names: Collection[str]) -> StoreIndex | None:
        """The store's index (:mod:`graph.store.index`: the stored proposals keyed for the
        merge, the union's counts), made equal to the store, which holds the document
        graphs ``names``; ``None`` where the store keeps none (the merge then asks the
        store with SPARQL, the counts are counted)."""
        ...

    def clear(self) -> None:
        """Drop every graph."""
        ...

    def union(self) -> Graph:
        """An rdflib graph over the store whose triples are the union of the named graphs."""
        ...

    def close(self) -> None:
        """Release the store (idempotent)."""
        ...


_DOCUMENTS = f"""
SELECT ?g ?sha ?version ?path WHERE {{
  GRAPH ?g {{
    ?g a <{DG.Document}> ; <{DG.sha256}> ?sha .
    OPTIONAL {{ ?g <{DG.extractorVersion}> ?version }}
    OPTIONAL {{ ?g <{DG.path}> ?path }}
  }}
}}"""


def read_documents(store: DocumentStore) -> dict[str, StoredDocument]:
    """Every document graph in ``store``, by name: a graph holding a ``dg:Document`` named as it
    (from the store's list of them, where it keeps one: :meth:`DocumentStore.documents`)."""
    listed = store.documents()
    if listed is not None:
        return listed
    found: dict[str, tuple[str, set[str], str]] = {}
    for g, sha, version, path in store.select(_DOCUMENTS):
        entry = found.setdefault(str(g), (str(sha), set(), "" if version is None else str(version)))
        if path is not None:
            entry[1].add(str(path))
    return {
        name: StoredDocument(name, sha, frozenset(paths), version)
        for name, (sha, paths, version) in found.items()
    }


def union_pattern(store: DocumentStore, pattern: str) -> str:
    """``pattern`` matched against the union of the named graphs (as a bag where the
    store does not keep the union: count with ``DISTINCT``)."""
    return pattern if store.union_is_default else f"GRAPH ?g {{ {pattern} }}"


def union_iris(store: DocumentStore) -> list[str]:
    """Every IRI that is a subject in some named graph, sorted."""
    rows = store.select(f"SELECT DISTINCT ?s WHERE {{ {union_pattern(store, '?s ?p ?o')} }}")
    return sorted(str(s) for (s,) in rows if isinstance(s, URIRef))


def union_subjects(store: DocumentStore) -> list[URIRef]:
    """Every IRI that is a subject in some named graph, sorted (as rdflib terms)."""
    return [URIRef(s) for s in union_iris(store)]


def _iri(term: URIRef) -> str:
    return "<" + str(term) + ">"


def describe_union(
    store: DocumentStore, subjects: Sequence[URIRef]
) -> Iterator[tuple[URIRef, list[Triple]]]:
    """Each subject with its distinct triples across all named graphs, in the given order,
    as rdflib terms (see :func:`describe_union_light`)."""
    terms = Terms()
    for subject, triples in describe_union_light(store, [str(s) for s in subjects]):
        yield URIRef(subject), [_rdflib(terms, triple) for triple in triples]


def _rdflib(terms: Terms, triple: LightTriple) -> Triple:
    s, p, o = (terms.from_light(term) for term in triple)
    assert s is not None and p is not None and o is not None
    return (s, p, o)


def describe_union_light(
    store: DocumentStore, subjects: Sequence[str], predicates: Collection[str] | None = None
) -> Iterator[tuple[str, list[LightTriple]]]:
    """Each subject IRI with its distinct triples across all named graphs (of ``predicates``
    only, if given), in the given order, as :data:`~graph.store.oxigraph.LightTriple` s.

    The union is the corpus graph with one change: a node whose documents gave it
    different ``rdfs:label`` s keeps one (:func:`~graph.build.preferred_label`),
    and the others become ``skos:altLabel`` s, as a build in one graph would do.
    """
    for subject, triples in store.union_triples(subjects, predicates):
        yield subject, _one_label(triples)


def select_union_triples(
    store: DocumentStore, subjects: Sequence[str], predicates: Collection[str] | None = None
) -> Iterator[tuple[str, list[LightTriple]]]:
    """:meth:`DocumentStore.union_triples` by SPARQL, :data:`BATCH` subjects a query."""
    distinct = "" if store.union_is_default else "DISTINCT "
    iris = " ".join(f"<{p}>" for p in predicates or ())
    only = "" if predicates is None else f"VALUES ?p {{ {iris} }} "
    for start in range(0, len(subjects), BATCH):
        batch = subjects[start : start + BATCH]
        values = " ".join(f"<{s}>" for s in batch)
        where = f"VALUES ?s {{ {values} }} {only}{union_pattern(store, '?s ?p ?o')}"
        by_subject: dict[str, list[LightTriple]] = defaultdict(list)
        for s, p, o in store.select(f"SELECT {distinct}?s ?p ?o WHERE {{ {where} }}"):
            assert isinstance(s, URIRef) and isinstance(p, URIRef) and o is not None
            by_subject[str(s)].append((str(s), str(p), light_of(o)))
        for subject in batch:
            yield subject, by_subject.get(subject, [])


def select_union_holds(
    store: DocumentStore, triples: Collection[tuple[str, str, str]]
) -> set[tuple[str, str, str]]:
    """:meth:`DocumentStore.union_holds` by SPARQL, :data:`BATCH` triples a query."""
    rows = sorted(triples)
    held: set[tuple[str, str, str]] = set()
    for start in range(0, len(rows), BATCH):
        values = " ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in rows[start : start + BATCH])
        where = f"VALUES (?s ?p ?o) {{ {values} }} {union_pattern(store, '?s ?p ?o')}"
        for s, p, o in store.select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}"):
            held.add((str(s), str(p), str(o)))
    return held


_LABEL = str(RDFS.label)
_ALT_LABEL = str(SKOS.altLabel)


def _text(term: Light) -> str:
    """What ``str`` gives of the rdflib term: an IRI, a blank node's id, a lexical form."""
    if isinstance(term, str):
        return term
    return "" if term is None else term[-1] if len(term) == 2 else term[0]


def _one_label(triples: list[LightTriple]) -> list[LightTriple]:
    labels = [o for _, p, o in triples if p == _LABEL]
    if len(labels) < 2:
        return triples
    keep = preferred_label(_text(o) for o in labels)
    subject = triples[0][0]
    out = [t for t in triples if t[1] != _LABEL]
    out.append((subject, _LABEL, (keep, "", "")))
    alts = {o for _, p, o in triples if p == _ALT_LABEL}
    for label in labels:
        alt = (_text(label), "", "")
        if alt[0] != keep and alt not in alts:
            out.append((subject, _ALT_LABEL, alt))
            alts.add(alt)
    return out


def store_base(store: DocumentStore) -> str | None:
    """The namespace the store's documents were minted under (``None`` when it has none)."""
    rows = store.select(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{DG.Document}> }} }} ORDER BY ?g LIMIT 1"
    )
    for (name,) in rows:
        text = str(name)
        if "doc-" in text:
            return text[: text.rfind("doc-")]
    return None


def prefixes_for(base: str) -> dict[str, str]:
    """The vocabulary's prefixes with ``dgid`` bound to ``base``."""
    return {**PREFIXES, "dgid": base}


def graph_names(store: DocumentStore) -> list[str]:
    """The names of every document graph, sorted."""
    return sorted(read_documents(store))


def graph_subjects(store: DocumentStore, name: str) -> list[str]:
    """The subject IRIs of one named graph."""
    rows = store.select(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
    return [str(s) for (s,) in rows if isinstance(s, URIRef)]


def graph_triples(store: DocumentStore, name: str) -> Iterable[Triple]:
    """The triples of one named graph."""
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
    for s, p, o in rows:
        assert s is not None and p is not None and o is not None
        yield (s, p, o)


def count_classes(store: DocumentStore, classes: Sequence[URIRef]) -> dict[URIRef, int]:
    """How many distinct nodes of each class the union holds."""
    kept = store.counts()
    if kept is not None:
        return {c: kept.get(f"c {c}", 0) for c in classes}
    values = " ".join(_iri(c) for c in classes)
    rows = store.select(
        f"SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }}"
        f" {union_pattern(store, '?x a ?c')} }} GROUP BY ?c"
    )
    counts = dict.fromkeys(classes, 0)
    for c, n in rows:
        if isinstance(c, URIRef) and isinstance(n, Literal):
            counts[c] = int(n)
    return counts


def count_triples(store: DocumentStore, predicates: Sequence[URIRef] = ()) -> int:
    """How many distinct triples the union holds (with one of ``predicates``, if given)."""
    kept = store.counts()
    if kept is not None:
        return sum(kept.get(f"p {p}", 0) for p in predicates) if predicates else kept.get("", 0)
    values = f"VALUES ?p {{ {' '.join(_iri(p) for p in predicates)} }} " if predicates else ""
    where = values + union_pattern(store, "?s ?p ?o")
    if not store.union_is_default:  # a bag: count each triple once
        where = f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}"
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    for (n,) in rows:
        return int(n) if isinstance(n, Literal) else 0
    return 0
