"""What a build looks up in a local store without reading it whole: the stored
proposals keyed for the merge, and the union's counts.

The merge (:mod:`graph.assign`) compares each proposal a new document reports with the
stored proposals that share a proposer and a content word with it. Read back from the
store with SPARQL, finding those took most of a small update of a large store (every
proposal of every actor a new document names, then their words). The index, beside the
store (``index.sqlite`` in its folder), keeps each stored document's reports of the
proposals its graph names (those it gives an ``rdfs:label``: the later reports of a
proposal join the node and leave it their label as an alternative), each keyed by
(proposer, content word), so that a build reads only the reports it can meet.

It also keeps how many triples the union holds, by predicate and by class (``rdf:type``
object), changed by each write: a build's summary counted 6 million triples of a
10,000-document store in seconds.

It is kept equal to what the store holds, also across an interrupted build: a write
first marks the documents it is about to change as pending, then changes the store (one
Oxigraph transaction), then puts their rows and the change of the counts and clears the
marks (one SQLite transaction). :meth:`StoreIndex.sync` reads every pending document
again from the store, adds the documents the index lacks (all of them, for a store
written before the index existed), drops those the store lacks, and, where it had
anything to do, counts the union again.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib.term import Node

from ..documents import RecordedFile
from ..extract.repeats import content_words
from ..merge import WINDOW_DAYS, Report, day_number
from ..namespace import DG, RDF, RDFS, SCHEMA
from .version import extractor_version

__all__ = ["FILENAME", "StoreIndex", "counted", "recorded_files"]

#: The index's file in the store folder.
FILENAME = "index.sqlite"
#: The layout of the file; another is rebuilt from the store.
LAYOUT = "3"
#: Documents read back from the store per query.
_BATCH = 200
#: Values per ``IN (...)`` of a query.
_IN = 500
#: Words per query for the proposals that can join a report (with :data:`_IN` actors).
_WORDS = 100

_FRESH = """
DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS pending; DROP TABLE IF EXISTS reports;
DROP TABLE IF EXISTS keys; DROP TABLE IF EXISTS counts; DROP TABLE IF EXISTS documents;
DROP TABLE IF EXISTS files; DELETE FROM meta;
"""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS pending (name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS reports (
  doc TEXT NOT NULL, node TEXT NOT NULL, report TEXT NOT NULL, PRIMARY KEY (doc, node));
CREATE INDEX IF NOT EXISTS reports_node ON reports (node);
CREATE TABLE IF NOT EXISTS keys (
  word TEXT NOT NULL, actor TEXT NOT NULL, node TEXT NOT NULL, doc TEXT NOT NULL,
  kind TEXT NOT NULL, day INTEGER);
CREATE INDEX IF NOT EXISTS keys_pair ON keys (word, actor, kind, day, node);
CREATE INDEX IF NOT EXISTS keys_doc ON keys (doc);
CREATE TABLE IF NOT EXISTS counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, version TEXT NOT NULL, paths TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, sha256 TEXT NOT NULL,
  date TEXT);
"""

_PROPOSED_BY = str(DG.proposedBy)
_CONCERNS = str(DG.concerns)
_LABEL = str(RDFS.label)
_TYPE = str(RDF.type)
_DEMAND = str(DG.Demand)
_PROPOSAL = str(DG.Proposal)
_PUBLISHED = str(SCHEMA.datePublished)
_SHA256 = str(DG.sha256)
_VERSION = str(DG.extractorVersion)
_PATH = str(DG.path)
_DOCUMENT = str(DG.Document)
#: What a document's node says of it that the index keeps.
_DOCUMENT_READ = (_TYPE, _PUBLISHED, _SHA256, _VERSION, _PATH)
#: The predicates a report and a document are read from.
_READ = frozenset((_PROPOSED_BY, _CONCERNS, _LABEL, _TYPE, *_DOCUMENT_READ))

#: The union's triples by predicate, and its nodes by class (a set: each once).
_BY_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
_BY_CLASS = f"SELECT ?c (COUNT(*) AS ?n) WHERE {{ ?s <{_TYPE}> ?c }} GROUP BY ?c"

# What the index reads of a stored document: its proposals' triples and what its node says
# of it (its date, hash, version and paths).
_STORED = f"""
SELECT ?g ?s ?p ?o WHERE {{
  VALUES ?g {{ %s }}
  GRAPH ?g {{
    {{ ?s a <{DG.Proposal}> ; ?p ?o }}
    UNION {{ VALUES ?p {{ {" ".join(f"<{p}>" for p in _DOCUMENT_READ)} }}
      ?g ?p ?o BIND (?g AS ?s) }}
  }}
}}"""
#: A document as the index lists it: name, text hash, extractor version, paths (sorted).
Listed = tuple[str, str, str, tuple[str, ...]]


class Selecting(Protocol):
    """What the index reads a store through (a :class:`~graph.store.base.DocumentStore`)."""

    def select(self, sparql: str) -> Iterator[tuple[Node | None, ...]]: ...


@dataclass(frozen=True)
class _Named:
    """A proposal as the document that names it reports it, and all its labels there."""

    report: Report
    labels: tuple[str, ...]

    def keys(self) -> set[tuple[str, str]]:
        words = {w for label in self.labels for w in content_words(label)}
        return {(w, actor) for w in words for actor in self.report.proposers}

    def dumps(self) -> str:
        r = self.report
        data = {
            "proposers": sorted(r.proposers),
            "kind": r.kind,
            "labels": list(self.labels),
            "concerns": sorted(r.concerns),
            "date": r.date,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _loads(doc: str, node: str, text: str) -> _Named:
    data = json.loads(text)
    labels = tuple(data["labels"])
    report = Report(
        doc,
        node,
        frozenset(data["proposers"]),
        data["kind"],
        min(labels, key=lambda s: (-len(s), s), default=""),
        frozenset(data["concerns"]),
        data["date"],
    )
    return _Named(report, labels)


def _named(doc: str, triples: Iterable[tuple[str, str, str]]) -> list[_Named]:
    """The proposals ``doc``'s graph names (gives a label) with a proposer, as it reports
    them: what the merge reads back of a stored document. A proposal without a proposer
    is never met (no side to share), so it is left out."""
    values: dict[tuple[str, str], list[str]] = {}
    for s, p, o in triples:
        if p in _READ:
            values.setdefault((s, p), []).append(o)
    date = min(values.get((doc, _PUBLISHED), ()), default=None)
    out = []
    for (node, predicate), labels in sorted(values.items()):
        types = values.get((node, _TYPE), ())
        proposers = values.get((node, _PROPOSED_BY))
        if predicate != _LABEL or _PROPOSAL not in types or not proposers:
            continue
        kind = "demand" if _DEMAND in types else "offer"
        label = min(labels, key=lambda s: (-len(s), s))
        concerns = frozenset(values.get((node, _CONCERNS), ()))
        report = Report(doc, node, frozenset(proposers), kind, label, concerns, date)
        out.append(_Named(report, tuple(sorted(set(labels)))))
    return out


def _document(doc: str, triples: Iterable[tuple[str, str, str]]) -> Listed | None:
    """The document the graph ``doc`` holds, as its node says (as
    :func:`~graph.store.base.read_documents` reads it): ``None`` when it holds none."""
    values: dict[str, list[str]] = {}
    for s, p, o in triples:
        if s == doc:
            values.setdefault(p, []).append(o)
    if _DOCUMENT not in values.get(_TYPE, ()) or not values.get(_SHA256):
        return None
    version = min(values.get(_VERSION, [""]))
    return doc, min(values[_SHA256]), version, tuple(sorted(set(values.get(_PATH, ()))))


def _values(triples: Iterable[ox.Triple]) -> Iterator[tuple[str, str, str]]:
    """The triples a report is read from (see :data:`_READ`), as strings."""
    for t in triples:
        predicate = t.predicate.value
        if predicate in _READ:
            yield (
                str(getattr(t.subject, "value", "")),
                predicate,
                str(getattr(t.object, "value", "")),
            )


def counted(triples: Iterable[ox.Triple]) -> Counter[str]:
    """The counts ``triples`` make up: ``""`` all of them, ``"p IRI"`` those of a predicate,
    ``"c IRI"`` the ``rdf:type`` ones of a class."""
    counts: Counter[str] = Counter()
    for t in triples:
        counts[""] += 1
        counts["p " + t.predicate.value] += 1
        if t.predicate.value == _TYPE:
            counts["c " + str(getattr(t.object, "value", ""))] += 1
    return counts


def _chunks(items: Sequence[str], size: int = _IN) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class StoreIndex:
    """The stored documents' proposal reports, keyed by (content word, proposer, kind,
    date), and the union's counts.

    Args:
        path: the SQLite file (made if missing).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # A commit reaches the operating system at once (an interrupted build keeps it),
        # the disk at the next checkpoint.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        if self._meta("layout") != LAYOUT:  # new, of another layout, or never filled whole
            self._db.executescript(_FRESH)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the file (idempotent)."""
        self._db.close()

    # -- keeping it equal to the store --------------------------------------------------

    def begin(self, names: Collection[str]) -> None:
        """Mark ``names`` as about to change in the store (before the store's transaction)."""
        with self._transaction():
            self._db.executemany("INSERT OR IGNORE INTO pending VALUES (?)", ((n,) for n in names))

    def put(
        self,
        name: str,
        triples: Iterable[ox.Triple],
        *,
        drops: Collection[str] = (),
        change: Mapping[str, int] | None = None,
    ) -> None:
        """Record the graph ``name`` now holds (``triples``), forget ``drops``, change the
        counts by ``change`` (``None``: leave them to be counted again) and clear the marks
        (after the store's transaction)."""
        values = list(_values(triples))
        with self._transaction():
            self._forget([*drops, name])
            self._add(name, _named(name, values), _document(name, values))
            self._count(change)

    def drop(self, names: Collection[str], *, change: Mapping[str, int] | None = None) -> None:
        """Forget ``names``, change the counts by ``change`` (``None``: leave them to be
        counted again) and clear the marks (after the store dropped them)."""
        with self._transaction():
            self._forget(list(names))
            self._count(change)

    def _count(self, change: Mapping[str, int] | None) -> None:
        if change is None:
            self._set_meta("counted", "")
            return
        rows = [(key, n, n) for key, n in sorted(change.items()) if n]
        self._db.executemany(
            "INSERT INTO counts VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = n + ?", rows
        )
        self._db.execute("DELETE FROM counts WHERE n = 0")

    def counts(self, store: Selecting) -> dict[str, int]:
        """How many triples the union of ``store`` holds: ``""`` in all, ``"p IRI"`` of a
        predicate, ``"c IRI"`` of a class (see :func:`counted`); counted again first where
        a write left them to be."""
        if self._meta("counted") != "yes":
            with self._transaction():
                self._recount(store)
                self._set_meta("counted", "yes")
        return dict(self._db.execute("SELECT key, n FROM counts"))

    def sync(self, store: Selecting, names: Collection[str]) -> None:
        """Make the index equal to ``store`` (whose default graph is the union), which holds
        the document graphs ``names``: documents marked pending or unknown to the index
        are read from the store, those the store does not hold are forgotten; rows of
        another layout or another extractor's words are made again, and the counts are
        left to be counted again where anything changed."""
        if self._meta("words") not in (None, extractor_version()):
            self._rekey()
        held = {name for (name,) in self._db.execute("SELECT name FROM docs")}
        pending = {name for (name,) in self._db.execute("SELECT name FROM pending")}
        wanted = set(names)
        if held == wanted and not pending and self._meta("layout") == LAYOUT:
            return
        self.drop(sorted((held | pending) - wanted))  # (the counts left to be counted again)
        self._read(store, sorted((wanted - held) | (pending & wanted)))
        with self._transaction():
            self._set_meta("layout", LAYOUT)
            self._set_meta("words", extractor_version())

    def _recount(self, store: Selecting) -> None:
        self._db.execute("DELETE FROM counts")
        change: Counter[str] = Counter()
        for predicate, n in store.select(_BY_PREDICATE):
            change["p " + str(predicate)] = int(str(n))
        change[""] = sum(change.values())
        for cls, n in store.select(_BY_CLASS):
            change["c " + str(cls)] = int(str(n))
        self._count(change)

    def _read(self, store: Selecting, names: list[str]) -> None:
        for batch in _chunks(names, _BATCH):
            triples: dict[str, list[tuple[str, str, str]]] = {name: [] for name in batch}
            values = " ".join(f"<{n}>" for n in batch)
            for g, s, p, o in store.select(_STORED % values):
                triples[str(g)].append((str(s), str(p), str(o)))
            with self._transaction():
                self._forget(list(batch))
                for name in batch:
                    self._add(name, _named(name, triples[name]), _document(name, triples[name]))

    def _rekey(self) -> None:
        """Every report's keys made again from its labels (the words of another version)."""
        rows = list(self._db.execute("SELECT doc, node, report FROM reports"))
        with self._transaction():
            self._db.execute("DELETE FROM keys")
            for doc, node, text in rows:
                self._add_keys(_loads(doc, node, text))
            self._set_meta("words", extractor_version())

    def _forget(self, names: list[str]) -> None:
        for batch in _chunks(names):
            marks = _marks(len(batch))
            for table in ("docs", "documents", "reports", "keys", "pending"):
                column = "doc" if table in ("reports", "keys") else "name"
                self._db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", batch)

    def _add(self, name: str, named: list[_Named], document: Listed | None) -> None:
        self._db.execute("INSERT INTO docs VALUES (?)", (name,))
        if document is not None:
            _, sha256, version, paths = document
            row = (name, sha256, version, json.dumps(paths, ensure_ascii=False))
            self._db.execute("INSERT INTO documents VALUES (?, ?, ?, ?)", row)
        for n in named:
            self._db.execute(
                "INSERT INTO reports VALUES (?, ?, ?)", (name, n.report.key, n.dumps())
            )
            self._add_keys(n)

    def _add_keys(self, named: _Named) -> None:
        r = named.report
        day = day_number(r.date)
        rows = ((w, actor, r.key, r.doc, r.kind, day) for w, actor in sorted(named.keys()))
        self._db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?, ?, ?)", rows)

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- reading -------------------------------------------------------------------------

    def nodes(self, actors: Collection[str], report: Report) -> set[str]:
        """The stored proposals of ``report``'s kind a proposer among ``actors`` named with
        one of its words, dated near it (where both are dated): those it can join. (A
        proposal is named by one document, the one its IRI is minted from, so the kind
        and date of its one report here are its cluster's.)"""
        found: set[str] = set()
        day = day_number(report.date)
        near = "" if day is None else " AND (day IS NULL OR day BETWEEN ? AND ?)"
        window = () if day is None else (day - WINDOW_DAYS, day + WINDOW_DAYS)
        for words in _chunks(sorted(report.words), _WORDS):
            for batch in _chunks(sorted(actors)):
                query = (
                    f"SELECT DISTINCT node FROM keys WHERE word IN ({_marks(len(words))})"
                    f" AND actor IN ({_marks(len(batch))}) AND kind = ?{near}"
                )
                rows = self._db.execute(query, (*words, *batch, report.kind, *window))
                found.update(node for (node,) in rows)
        return found

    def documents(self) -> list[Listed]:
        """Every document the store holds, as its graph's node says (see
        :func:`~graph.store.base.read_documents`), sorted by name."""
        rows = self._db.execute("SELECT name, sha256, version, paths FROM documents ORDER BY name")
        return [(name, sha, ver, tuple(json.loads(paths))) for name, sha, ver, paths in rows]

    def record_files(self, files: Mapping[str, RecordedFile | None]) -> None:
        """Record what a build read of these files (``None``: forget the file)."""
        with self._transaction():
            for path, known in sorted(files.items()):
                self._db.execute("DELETE FROM files WHERE path = ?", (path,))
                if known is not None:
                    row = (path, known.size, known.mtime, known.sha256, known.date)
                    self._db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)", row)

    def contents(self) -> list[tuple[str, ...]]:
        """Every row of the index (counts without the zeros), sorted: to compare two."""
        rows: list[tuple[str, ...]] = []
        for table in ("docs", "documents", "reports", "keys", "pending", "counts"):
            rows += sorted(
                (table, *map(str, row)) for row in self._db.execute(f"SELECT * FROM {table}")
            )
        return rows

    def reports(self, nodes: Collection[str]) -> Iterator[Report]:
        """Every stored report of ``nodes`` (one per document that names each)."""
        for batch in _chunks(sorted(nodes)):
            rows = self._db.execute(
                f"SELECT doc, node, report FROM reports WHERE node IN ({_marks(len(batch))})",
                batch,
            )
            for doc, node, text in rows:
                yield _loads(doc, node, text).report


def recorded_files(folder: Path) -> dict[str, RecordedFile]:
    """What builds recorded, in the index of the store in ``folder``, of the document files
    they read, by absolute path (see :func:`~graph.documents.load_documents`); empty where
    there is no such index. Read without the store's lock: a record says only what a file
    held at a size and time, whatever the store holds."""
    path = folder / FILENAME
    if not path.is_file():
        return {}
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        layout = db.execute("SELECT value FROM meta WHERE key = 'layout'").fetchone()
        if layout is None or layout[0] != LAYOUT:
            return {}
        rows = db.execute("SELECT path, size, mtime, sha256, date FROM files")
        return {path: RecordedFile(size, mtime, sha, date) for path, size, mtime, sha, date in rows}
    except sqlite3.Error:
        return {}
    finally:
        db.close()


class _Transaction:
    """``with`` one SQLite transaction: committed at the end, rolled back on an error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, kind: object, *_: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
