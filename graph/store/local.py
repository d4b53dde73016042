"""An Oxigraph store in a folder, written and read through rdflib (the oxrdflib store).

The folder is an ordinary Oxigraph (RocksDB) directory, so ``oxigraph serve
--location DIR`` and pyoxigraph open it too; diplograph adds a few files:
``diplograph.json`` (the store's format), ``diplograph.lock`` (one writer or
many readers, see :mod:`graph.store.lock`), ``index.sqlite`` (what a build
looks up without reading the store whole: the stored proposals keyed for the
merge and the union's counts, see :mod:`graph.store.index`), kept by the
builds that write the store, and ``answers.sqlite`` with the folder
``answers-csv`` (the presets' answers, kept by the queries that compute them and
marked stale by builds, see :mod:`graph.store.answers`).

The default graph is the union of the named graphs, kept as a set. Oxigraph
0.5's ``use_default_graph_as_union`` (and the server's ``--union-default-graph``)
return a triple once for each graph that holds it (oxigraph/oxigraph#1919, fixed
after 0.5.13), so "United States" would come back once per document that names
it and every ``COUNT`` would be inflated. So the store keeps the union itself,
in its default graph: each write adds the document's triples there too, and
each drop removes those no other graph holds. Queries, views and ``serve`` read
the default graph, with plain SPARQL semantics.

Each document is written in one Oxigraph transaction: a new one loaded at once
(TriG of its graph and of its triples in the union), one stored before replaced
by one SPARQL Update (its old graphs dropped with their share of the union, its
new graph and its triples in the union inserted). An interrupted build leaves every document old
or new, never half, and the union always equal to the named graphs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import NamespaceManager
from rdflib.term import Identifier, Node

from ..build import DocumentGraph
from ..documents import RecordedFile
from ..errors import StoreError
from ..namespace import PREFIXES
from ..query import Preset
from .answers import Upkeep, kept_answer
from .base import StoredDocument
from .index import FILENAME, StoreIndex, counted
from .lock import LOCK_NAME, StoreLock
from .oxigraph import LightTriple, RdflibOxigraph, Terms, light

__all__ = ["FORMAT", "LocalCopy", "LocalStore", "is_store"]

#: The layout version of a store folder this code reads and writes.
FORMAT = 1
#: Writes whose change to the union's counts is counted as they go (at least; see
#: :meth:`LocalStore.store_index`).
COUNTED_WRITES = 50
#: Bytes of N-Triples written between two flushes of Oxigraph's memory to disk: a few
#: MB, so that the flush a snapshot or closing makes once the documents are written is short.
FLUSH_BYTES = 4_000_000
_META = "diplograph.json"


def is_store(folder: Path) -> bool:
    """Whether ``folder`` holds an Oxigraph store (or a diplograph store's marker)."""
    return (folder / "CURRENT").is_file() or (folder / _META).is_file()


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a store folder; give a folder for --store")
    if folder.is_dir() and not is_store(folder) and any(folder.iterdir()):
        raise StoreError(
            f"{folder} holds other files and is not a diplograph store;"
            " give an empty or new folder for --store"
        )


def _meta(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _check_format(folder: Path) -> None:
    if not (folder / _META).is_file():
        return
    found = _meta(folder).get("format")
    if found != FORMAT:
        raise StoreError(
            f"{folder} was written by another version of diplograph (store format {found},"
            f" this one reads {FORMAT}); run `diplograph build --fresh` to rebuild it"
        )


def _open_writable(folder: Path) -> ox.Store:
    try:
        inner = ox.Store(str(folder))
    except OSError as exc:
        raise _open_error(folder, exc) from None
    if not (folder / _META).exists():
        _write_meta(folder, {"format": FORMAT})
    return inner


def _write_meta(folder: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    tmp = folder / (_META + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(folder / _META)


def _open_error(folder: Path, exc: OSError) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        return StoreError(
            f"{folder} is in use by another build; wait for it to finish and build again"
        )
    return StoreError(f"{folder}: cannot open the store ({text.splitlines()[0][:200]})")


def _drop(names: Sequence[str]) -> str:
    """SPARQL Update operations that drop graphs and their share of the union
    (the triples no other graph holds); empty for no graphs."""
    if not names:
        return ""
    iris = " ".join(f"<{n}>" for n in names)
    return (
        "DELETE { ?s ?p ?o } WHERE {\n"
        f"  VALUES ?old {{ {iris} }}\n"
        "  GRAPH ?old { ?s ?p ?o }\n"
        "  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o }"
        f" FILTER (?other NOT IN ({', '.join(f'<{n}>' for n in names)})) }}\n"
        "} ;\n" + "".join(f"DROP SILENT GRAPH <{n}> ;\n" for n in names)
    )


def _triples(graph: DocumentGraph) -> list[ox.Triple]:
    return list(ox.parse(graph.ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _trig(graph: DocumentGraph) -> str:
    """TriG of ``graph``'s triples in its named graph and in the union (the default graph)."""
    return f"<{graph.name}> {{\n{graph.ntriples}\n}}\n{graph.ntriples}"


class LocalCopy:
    """A temporary Oxigraph store in ``folder`` (removed on :meth:`close`) whose default
    graph holds triples added to it: a local copy of a remote union."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._rdflib: RdflibOxigraph | None = RdflibOxigraph(ox.Store(str(folder)))
        self.graph = Graph(store=self._rdflib, identifier=DATASET_DEFAULT_GRAPH_ID)
        self.graph.namespace_manager = NamespaceManager(self.graph, bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            self.graph.bind(prefix, iri, override=True, replace=True)

    def add(self, triples: Sequence[tuple[Node, Node, Node]]) -> None:
        """Add triples (in one transaction)."""
        self.graph.addN((s, p, o, self.graph) for s, p, o in triples)

    def close(self) -> None:
        """Drop the copy and its folder."""
        del self.graph
        if self._rdflib is not None:
            self._rdflib.release()  # Oxigraph's store goes now (see LocalStore._detach)
        self._rdflib = None
        shutil.rmtree(self.folder, ignore_errors=True)


class LocalStore:
    """The store in ``folder``. Open it with :meth:`for_writing` or :meth:`for_reading`."""

    def __init__(
        self,
        folder: Path,
        inner: ox.Store,
        lock: StoreLock,
        *,
        writable: bool,
        upkeep: Upkeep | None = None,
    ) -> None:
        self.folder = folder
        self.location = str(folder)
        self.union_is_default = True
        self.writable = writable
        self._base: str | None = None
        self._unflushed = 0
        self._lock: StoreLock | None = lock
        self._synced = False
        self._counted_writes = 0
        # The answers kept in the folder, marked stale where this build changes them.
        self._upkeep = upkeep
        self._attach(inner)

    def _attach(self, inner: ox.Store) -> None:
        self._ox: ox.Store | None = inner
        # What a build looks up without reading the store whole (graph.store.index).
        self._index = StoreIndex(self.folder / FILENAME) if self.writable else None
        self._rdflib: RdflibOxigraph | None = RdflibOxigraph(inner, read_only=not self.writable)
        # The dataset's default graph, which holds the union of the named graphs;
        # SPARQL Updates through it reach the whole dataset.
        self._union: Graph | None = Graph(store=self._rdflib, identifier=DATASET_DEFAULT_GRAPH_ID)
        # The vocabulary's prefixes only (rdflib would bind dozens of its own).
        self._union.namespace_manager = NamespaceManager(self._union, bind_namespaces="none")
        for prefix, iri in PREFIXES.items():
            self._union.bind(prefix, iri, override=True, replace=True)

    def _detach(self) -> None:
        if self._index is not None:
            self._index.close()
        if self._rdflib is not None:
            # rdflib graphs and their namespace managers refer to each other, so the
            # rdflib side may live on until a collection: let go of Oxigraph's store
            # now, so that the folder is free at once (without a collection's cost).
            self._rdflib.release()
        self._union = self._rdflib = self._ox = self._index = None

    # -- opening -----------------------------------------------------------------

    @classmethod
    def for_writing(cls, folder: Path, *, check_format: bool = True) -> LocalStore:
        """Open (or create) the store for a build, holding its exclusive lock.

        Args:
            check_format: refuse a store of another format (a build that will
                :meth:`clear` it anyway passes ``False``).

        Raises:
            StoreError: the folder is something else, or the store is in use or of
                another format.
        """
        _check_folder(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot create the store ({exc.strerror or exc})") from None
        lock = StoreLock(folder, exclusive=True)
        try:
            if check_format:
                _check_format(folder)
            upkeep = Upkeep.open(folder)  # (before Oxigraph opens the folder and writes it)
            inner = _open_writable(folder)
        except BaseException:
            lock.release()
            raise
        return cls(folder, inner, lock, writable=True, upkeep=upkeep)

    @staticmethod
    def read_lock(folder: Path) -> StoreLock:
        """A reader's (shared) lock on the store in ``folder``, after checking it is one.

        Raises:
            StoreError: there is no store there, a build is writing it, or it is
                of another format.
        """
        if not folder.is_dir() or not is_store(folder):
            raise StoreError(
                f"no store at {folder}; run `diplograph build` first"
                " (or query a Turtle file with --graph FILE)"
            )
        lock = StoreLock(folder, exclusive=False)
        try:
            _check_format(folder)
        except BaseException:
            lock.release()
            raise
        return lock

    @classmethod
    def for_reading(cls, folder: Path) -> LocalStore:
        """Open the store read-only, holding a shared lock (see :meth:`read_lock`)."""
        lock = cls.read_lock(folder)
        try:
            inner = ox.Store.read_only(str(folder))
        except OSError as exc:
            lock.release()
            raise _open_error(folder, exc) from None
        return cls(folder, inner, lock, writable=False)

    # -- the DocumentStore protocol --------------------------------------------------

    def select(self, sparql: str) -> Iterator[tuple[Node | None, ...]]:
        # Straight to Oxigraph (no rdflib Result in between): exports read every
        # triple of the store this way, so each term costs as little as it can.
        assert self._ox is not None
        terms = Terms()
        solutions = self._ox.query(sparql)
        assert isinstance(solutions, ox.QuerySolutions), "select() runs SELECT queries"
        for solution in solutions:
            yield tuple(terms.rdflib(term) for term in solution)

    def union_triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        # Each subject's triples straight from Oxigraph's index of the default graph (the
        # union): cheaper than a SPARQL query over a few hundred subjects at once.
        assert self._ox is not None
        union = ox.DefaultGraph()
        patterns = [None] if predicates is None else [ox.NamedNode(p) for p in predicates]
        for subject in subjects:
            node = ox.NamedNode(subject)
            yield (
                subject,
                [
                    (subject, q.predicate.value, light(q.object))
                    for predicate in patterns
                    for q in self._ox.quads_for_pattern(node, predicate, None, union)
                ],
            )

    def union_holds(self, triples: Collection[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        assert self._ox is not None
        union = ox.DefaultGraph()
        return {
            (s, p, o)
            for s, p, o in triples
            if ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), union) in self._ox
        }

    @staticmethod
    def recorded_base(folder: Path) -> str | None:
        """The namespace the documents in ``folder`` were minted under, as builds recorded it."""
        base = _meta(folder).get("base")
        return base if isinstance(base, str) else None

    def _remember_base(self, name: str) -> None:
        """Record the base of a document's IRI (``BASE + doc-...``), once per session."""
        base = name[: name.rfind("doc-")] if "doc-" in name else None
        if base and base != self._base:
            self._base = base
            if self.recorded_base(self.folder) != base:
                _write_meta(self.folder, {**_meta(self.folder), "base": base})

    def run(self, sparql: str, prefixes: Mapping[str, str]) -> tuple[Any, ...]:
        """A query on the union, answered by Oxigraph: ``("SELECT", variables, rows)``,
        ``("ASK", answer)`` or ``("CONSTRUCT", triples)``, every term as
        :data:`~graph.store.oxigraph.Light` data (cheap to send to another process;
        :meth:`Terms.from_light` makes rdflib terms of it)."""
        assert self._ox is not None
        result = self._ox.query(sparql, prefixes=dict(prefixes))
        if isinstance(result, ox.QueryBoolean):
            return ("ASK", bool(result))
        if isinstance(result, ox.QueryTriples):
            return (
                "CONSTRUCT",
                tuple((light(t.subject), light(t.predicate), light(t.object)) for t in result),
            )
        variables = tuple(v.value for v in result.variables)
        return ("SELECT", variables, tuple(tuple(map(light, s)) for s in result))

    def store_index(self, names: Collection[str]) -> StoreIndex:
        """The stored proposals keyed for the merge and the union's counts, made equal to
        the store first (which holds the document graphs ``names``; see
        :meth:`StoreIndex.sync`)."""
        assert self._index is not None, "a store opened for writing keeps an index"
        if not self._synced:
            self._index.sync(self, names)
            self._synced = True
            # Counting what each write changes in the union pays for a few writes; after
            # more than a tenth of the store, one count at the end costs less.
            self._counted_writes = max(COUNTED_WRITES, len(names) // 10)
        return self._index

    def documents(self) -> dict[str, StoredDocument] | None:
        """The documents the store holds, as the index lists them, made equal to the store
        first (its named graphs: see :meth:`store_index`); ``None`` when it is opened for
        reading (and keeps no index)."""
        if self._index is None:
            return None
        assert self._ox is not None
        graphs = [g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)]
        index: StoreIndex | None = self.store_index(graphs)
        if index is None:  # (a subclass that keeps none)
            return None
        return {
            name: StoredDocument(name, sha256, frozenset(paths), version)
            for name, sha256, version, paths in index.documents()
        }

    def record_files(self, files: Mapping[str, RecordedFile | None]) -> None:
        """Record what a build read of these document files (``None``: forget the file), for
        the next build to read them only if they changed (see :func:`recorded_files`)."""
        assert self._index is not None, "a store opened for writing keeps an index"
        self._index.record_files(files)

    def counts(self) -> dict[str, int] | None:
        """How many triples the union holds, by predicate and class, as the index keeps
        them (:meth:`StoreIndex.counts`); ``None`` before a build brought it up to date."""
        return self._index.counts(self) if self._index is not None and self._synced else None

    def write(self, graph: DocumentGraph, *, replaces: Sequence[str] = ()) -> None:
        assert self._ox is not None and self._index is not None
        self._remember_base(graph.name)
        drops = [name for name in dict.fromkeys(replaces) if name != graph.name]
        if self._ox.contains_named_graph(ox.NamedNode(graph.name)):
            drops.append(graph.name)
        triples = _triples(graph)
        counting = self._counted_writes > 0
        self._counted_writes -= 1
        old = self._graph_triples(drops) if counting else []
        held = self._in_union({*triples, *old}) if counting else []
        before = counted(held) if counting else None
        dropped = set(old)
        self._keep_up(before=[t for t in held if t in dropped], counting=counting)
        self._index.begin([graph.name, *drops])
        self._write(graph, drops)
        change = None
        if before is not None:
            # A new document's triples are all in the union now; dropped ones may be gone.
            now = self._in_union({*triples, *old}) if drops else triples
            change = counted(now)
            change.subtract(before)
            self._keep_up(gained=set(now).difference(held), counting=True)
        self._index.put(graph.name, triples, drops=drops, change=change)

    def _keep_up(
        self,
        *,
        before: Collection[ox.Triple] = (),
        gained: Collection[ox.Triple] = (),
        counting: bool,
    ) -> None:
        """Tell the kept answers' upkeep what a write changes: the union's triples it may
        remove (before it), those it added (after it), or nothing it follows."""
        if self._upkeep is None or not self._upkeep.active:
            return
        if not counting:
            self._upkeep.lost_track()
            return
        assert self._ox is not None
        if before:
            self._upkeep.before(self._ox, before)
        self._upkeep.gained(gained)

    def _graph_triples(self, names: Sequence[str]) -> list[ox.Triple]:
        assert self._ox is not None
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for name in names
            for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(name))
        ]

    def _in_union(self, triples: Iterable[ox.Triple]) -> list[ox.Triple]:
        assert self._ox is not None
        union = ox.DefaultGraph()
        return [t for t in triples if ox.Quad(t.subject, t.predicate, t.object, union) in self._ox]

    def _write(self, graph: DocumentGraph, drops: Sequence[str]) -> None:
        """One Oxigraph transaction: ``graph`` written, ``drops`` dropped."""
        assert self._union is not None and self._ox is not None
        if drops:
            nt = graph.ntriples
            insert = f"INSERT DATA {{ GRAPH <{graph.name}> {{\n{nt}}}\n{nt}}}"
            self._union.update(_drop(drops) + insert)
        else:
            # A new document: loaded in one transaction, no query to parse; its N-Triples
            # were parsed (IRIs checked) already, so Oxigraph need not check them again.
            self._ox.load(_trig(graph), format=ox.RdfFormat.TRIG, lenient=True)
        self._unflushed += len(graph.ntriples)
        if self._unflushed > FLUSH_BYTES:
            # Left alone, Oxigraph's memory grows with every document written (2.4 GB
            # after 3,000 of ours); flushed this often, it stays flat (and writes faster).
            self._ox.flush()
            self._unflushed = 0

    def remove(self, names: Sequence[str]) -> None:
        assert self._union is not None and self._index is not None
        if names:
            old = set(self._graph_triples(names))
            held = self._in_union(old)
            before = counted(held)
            self._keep_up(before=held, counting=True)
            self._index.begin(names)
            self._union.update(_drop(names).rstrip(" ;\n"))
            change = counted(self._in_union(old))
            change.subtract(before)
            self._index.drop(names, change=change)

    def clear(self) -> None:
        """Empty the store: its files are removed (all but the lock, still held) and made anew."""
        self._detach()
        self._synced = False
        self._upkeep = None  # (its file goes with the others)
        for entry in self.folder.iterdir():
            if entry.name != LOCK_NAME:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        self._attach(_open_writable(self.folder))

    def snapshot(self, folder: Path) -> None:
        """A copy of the store as it is now in ``folder`` (new; made of hard links to the
        store's files where it is on the same file system: Oxigraph's backup), which
        another process can open with :meth:`for_reading` while this one goes on."""
        assert self._ox is not None
        self._ox.backup(str(folder))

    def union(self) -> Graph:
        """The default graph (the union of the documents' graphs) as an rdflib graph.

        Its plain literals come back typed ``xsd:string`` (the same RDF 1.1 term;
        compare them by ``str`` or through :func:`plain`).
        """
        assert self._union is not None
        return self._union

    def kept_answer(
        self,
        preset: Preset,
        bindings: Mapping[str, Identifier],
        *,
        as_csv: bool = False,
        compute: bool = True,
    ) -> tuple[Any, ...] | None:
        """The answer of ``preset`` as the store keeps it, kept first if it is not (and
        ``compute``: :func:`~graph.store.answers.kept_answer`); ``None``: run the query."""
        assert self._ox is not None
        return kept_answer(self._ox, self.folder, preset, bindings, as_csv=as_csv, compute=compute)

    def close(self) -> None:
        upkeep, self._upkeep = self._upkeep, None
        if self._ox is not None and self.writable:
            if upkeep is not None and upkeep.active:
                upkeep.reach(self._ox)
            self._ox.flush()
        self._detach()
        if upkeep is not None and self.writable:
            upkeep.finish()  # (the store closed: its files as a reader finds them)
        if self._lock is not None:
            self._lock.release()
            self._lock = None
