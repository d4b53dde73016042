"""SPARQL on a store, under the rules of :mod:`graph.query`.

The query is checked exactly as one on a graph file is (``SERVICE``, ``FROM``
and ``LOAD`` refused, updates only with ``allow_update``, ``--param`` values
bound as RDF terms, a time limit), then sent, as text, to the store's own
engine: Oxigraph for a folder, the server for a URL. Nothing is parsed into
Python first. The prefixes are the vocabulary's, with ``dgid:`` bound to the
namespace the store's documents were minted under.

An update runs on an in-memory copy of the store's graph and reports its size
before and after; the store never changes. A server is only ever queried.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from rdflib import Graph
from rdflib.plugins.sparql.sparql import Update
from rdflib.term import Identifier, URIRef

from ..errors import QueryError
from ..names import NameIndex
from ..namespace import DGID_DEFAULT, RDFS, SKOS
from ..params import ENTITY_CLASSES
from ..query import (
    DEFAULT_TIMEOUT,
    Preset,
    QueryResult,
    check_query,
    query_result,
    result_payload,
    run_isolated,
    term_warnings,
    values_clause,
)
from . import open_store
from .base import prefixes_for, store_base
from .local import LocalStore
from .oxigraph import Terms, plain
from .remote import RemoteStore, is_url

__all__ = ["query_preset", "query_store", "store_names", "store_namespaces"]


def store_namespaces(location: str) -> dict[str, str]:
    """The prefixes a query on the store at ``location`` gets.

    Raises:
        StoreError: no store there, a build is writing it, or the server does not answer.
    """
    if not is_url(location):  # the build recorded its base beside the store
        folder = Path(location)
        with LocalStore.read_lock(folder):
            base = LocalStore.recorded_base(folder)
        if base is not None:
            return prefixes_for(base)
    store = open_store(location, writable=False)
    try:
        return prefixes_for(store_base(store) or DGID_DEFAULT)
    finally:
        store.close()


def store_names(location: str) -> NameIndex[URIRef]:
    """Every entity in the store at ``location`` by its labels and IRI, as
    :func:`graph.params.entity_names` reads a graph file's (for ``--param`` names).

    Raises:
        StoreError: no store there, a build is writing it, or the server does not answer.
    """
    classes = " ".join(f"<{cls}>" for cls in ENTITY_CLASSES)
    # Each name by its own pattern (a "?s ?p ?name" with ?p given by VALUES was matched
    # against every triple of the entity: ten times slower on 10,000 documents).
    named = (
        f"{{ ?s <{RDFS.label}> ?name BIND(<{RDFS.label}> AS ?p) }}"
        f" UNION {{ ?s <{SKOS.altLabel}> ?name BIND(<{SKOS.altLabel}> AS ?p) }}"
    )
    entities = "VALUES ?c { " + classes + " } ?s a ?c . " + named
    labels: dict[URIRef, list[str]] = {}
    others: dict[URIRef, list[str]] = {}
    store = open_store(location, writable=False)
    try:
        # The default graph: the union of the documents' graphs (on a server, when it is
        # started so); else each document's graph.
        for where in (entities, f"GRAPH ?g {{ {entities} }}"):
            for node, predicate, name in store.select(
                f"SELECT DISTINCT ?s ?p ?name WHERE {{ {where} }}"
            ):
                if isinstance(node, URIRef) and name is not None:
                    into = labels if predicate == RDFS.label else others
                    into.setdefault(node, []).append(str(name))
            if labels or others:
                break
    finally:
        store.close()
    entries = []
    for node in sorted(labels.keys() | others.keys(), key=str):
        names = sorted(labels.get(node, [])) or [str(node)]
        entries.append((node, names[0], [*names[1:], *sorted(others.get(node, []))]))
    return NameIndex(entries)


def _run(
    location: str,
    sparql: str,
    namespaces: Mapping[str, str],
    bindings: Mapping[str, Identifier],
    update: bool,
) -> tuple[Any, ...]:
    store = open_store(location, writable=False)
    try:
        if isinstance(store, LocalStore) and not update:
            return ("LIGHT", store.run(with_values(sparql, bindings), namespaces))
        graph = store.endpoint() if isinstance(store, RemoteStore) else store.union()
        if update:
            copy = Graph(bind_namespaces="none")
            for triple in graph:
                copy.add(triple)
            before = len(copy)
            copy.update(sparql, initNs=dict(namespaces), initBindings=dict(bindings))
            return ("UPDATE", before, len(copy))
        result = graph.query(with_values(sparql, bindings), initNs=dict(namespaces))
        payload = result_payload(result)
        if payload[0] == "SELECT":  # "x"^^xsd:string is "x": print it as a file's query would
            rows = tuple(tuple(plain(term) for term in row) for row in payload[2])
            payload = (*payload[:2], rows)
        return payload
    finally:
        store.close()


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """``sparql`` with ``VALUES`` binding each variable to its term, first in its WHERE clause.

    So the bindings hold everywhere in the clause, filters included, as rdflib's
    ``initBindings`` do on a graph file (Oxigraph substitutes only projected
    variables; a ``VALUES`` after the query would join them at the end). The
    terms are written as RDF terms (``<iri>``, ``"text"@en``), never pasted as text.

    >>> from rdflib import URIRef
    >>> with_values("SELECT ?x WHERE { ?x ?p ?o }", {"p": URIRef("http://e.org/p")})
    'SELECT ?x WHERE { VALUES (?p) { (<http://e.org/p>) } ?x ?p ?o }'

    Raises:
        QueryError: the query has no ``WHERE {`` to put them in.
    """
    if not bindings:
        return sparql
    found = _WHERE.search(sparql)
    if found is None:
        raise QueryError("--param on a store needs the query's WHERE keyword: WHERE { ... }")
    return sparql[: found.end()] + " " + values_clause(bindings) + sparql[found.end() :]


def query_store(
    location: str,
    sparql: str,
    *,
    bindings: Mapping[str, Identifier] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_update: bool = False,
    namespaces: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a SPARQL query on the store at ``location`` (a folder or a server's URL).

    Args:
        location: the store.
        sparql: the query; the vocabulary's prefixes are predeclared.
        bindings: variable name (without ``?``) to RDF term.
        timeout: seconds before the query is stopped; ``None`` or ``0``: no limit.
        allow_update: run a SPARQL Update on a copy (not on a server).
        namespaces: the prefixes (default: :func:`store_namespaces`).

    Raises:
        StoreError: no store, a store being built, a server that does not answer.
        QueryError: invalid or refused SPARQL, an unknown variable, a failure, the timeout.
    """
    namespaces = dict(namespaces or store_namespaces(location))
    bindings = dict(bindings or {})
    prepared = check_query(sparql, namespaces, bindings=bindings, allow_update=allow_update)
    update = isinstance(prepared, Update)
    if update and is_url(location):
        raise QueryError(
            "a SPARQL server is only queried, never updated from here; run the update"
            " on a graph file (--graph FILE --allow-update)"
        )
    payload = run_isolated(partial(_run, location, sparql, namespaces, bindings, update), timeout)
    if payload[0] == "LIGHT":  # a local store's answer, as plain data: make it rdflib terms
        payload = payload[1]
        if payload[0] in ("SELECT", "CONSTRUCT"):
            terms = Terms()
            rows = tuple(tuple(map(terms.from_light, row)) for row in payload[-1])
            payload = (*payload[:-1], rows)
    return query_result(payload, namespaces, term_warnings(prepared, None, namespaces))


def _kept(
    location: str,
    preset: Preset,
    bindings: Mapping[str, Identifier],
    as_csv: bool,
    compute: bool = True,
) -> tuple[Any, ...]:
    store = LocalStore.for_reading(Path(location))
    try:
        answer = store.kept_answer(preset, bindings, as_csv=as_csv, compute=compute)
        return answer or ("NONE",)
    finally:
        store.close()


def query_preset(
    location: str,
    preset: Preset,
    *,
    bindings: Mapping[str, Identifier] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    namespaces: Mapping[str, str] | None = None,
    as_csv: bool = False,
) -> QueryResult:
    """Run a preset on the store at ``location``: on a folder, its answer as the store
    keeps it (:mod:`graph.store.answers`: the query's rows, in its order; computed and
    kept by the first query), else the query narrowed by ``bindings``
    (:meth:`~graph.query.Preset.query_for`, :func:`query_store`).

    Args:
        as_csv: the kept answer may come as SPARQL CSV text only
            (:attr:`~graph.results.QueryResult.csv`, without ``rows``).

    Raises:
        StoreError: no store, a store being built, a server that does not answer.
        QueryError: an unknown variable in ``bindings``, a failure, the timeout.
    """
    namespaces = dict(namespaces or store_namespaces(location))
    bindings = dict(bindings or {})
    if not is_url(location):
        for _ in range(2):  # (a build may replace a kept file between its reading and ours)
            # Kept whole: read here (no time limit needed, no process to carry it back from).
            payload = _kept(location, preset, bindings, as_csv, compute=False)
            if payload[0] == "NONE":
                payload = run_isolated(partial(_kept, location, preset, bindings, as_csv), timeout)
            if payload[0] != "CSV_FILES":
                break
            handles = _opened(payload[2])
            if handles is not None:
                return QueryResult("SELECT", payload[1], csv_files=handles, namespaces=namespaces)
        if payload[0] == "CSV":
            return QueryResult("SELECT", payload[1], csv=payload[2], namespaces=namespaces)
        if payload[0] == "SELECT":
            terms = Terms()
            rows = tuple(tuple(map(terms.from_light, row)) for row in payload[2])
            return QueryResult("SELECT", payload[1], rows, namespaces=namespaces)
    sparql = preset.query_for(bindings)
    return query_store(location, sparql, bindings=bindings, timeout=timeout, namespaces=namespaces)


def _opened(paths: Sequence[str]) -> tuple[BinaryIO, ...] | None:
    """The files ``paths``, open to read (the result's reader closes them); ``None`` where
    one is gone (a build or a reader replaced it since it was named)."""
    handles: list[BinaryIO] = []
    try:
        for path in paths:
            handles.append(open(path, "rb"))  # noqa: SIM115 - closed by the result's reader
    except FileNotFoundError:
        for handle in handles:
            handle.close()
        return None
    return tuple(handles)
