"""The presets' answers, kept lazily in the store folder (``answers.sqlite``).

Unnarrowed, a preset groups every fact of the corpus: tens of seconds on a store of
10,000 documents. So the first time a preset is asked of a local store, its whole
answer is computed and kept, row by row under the node (or pair of nodes) each row is
about, its key (:mod:`graph.store.kept`), with the bytes that sort it as the query's
``ORDER BY`` does and its CSV line; the answer in CSV is kept whole too, as a file of
the folder ``answers-csv`` that a query hands to its output as it is (hundreds of
megabytes on a large corpus: no text made of it). Later queries read it back.
That file is cut into parts of about :data:`PART_ROWS` rows, each a run of the sorted
answer: a query after an update writes again only the parts whose rows changed.

Nothing is computed by a build. A build that changes the store marks stale, in the
presets kept so far, the keys its changed triples reach (a few SPARQL lookups), and
the next query of such a preset computes the rows of those keys only. A build that
changes too much to follow (a fresh build, more writes than are counted) forgets
them all.

Never stale: the file records the names, sizes and times of the store's own files
(a fingerprint) as they were when its answers and marks were last made equal to the
store. Any write to the store changes them; a reader does not. A query that finds
another fingerprint (a build interrupted, another version of diplograph wrote the
store) computes the answer whole; a build that finds one forgets every kept answer.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import struct
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Identifier

from ..namespace import PREFIXES, XSD
from ..query import Preset, list_presets
from ..tables import values_clauses
from .kept import KEEPING, Keeping, Reach
from .oxigraph import Light, light

__all__ = [
    "FILENAME",
    "Upkeep",
    "affected_keys",
    "fingerprint",
    "kept_answer",
]

#: The answers' file in the store folder.
FILENAME = "answers.sqlite"
#: The file's layout (another is made anew).
LAYOUT = "4"
#: The folder (in the store folder) of the whole answers kept as CSV files.
CSV_FOLDER = "answers-csv"
#: Keys bound per query when computing rows again, nodes per lookup of keys.
BATCH = 200
#: Rows inserted at a time while an answer is computed.
INSERTED = 10_000
#: Rows of a whole answer per part of its CSV file (a part can hold more: rows that sort
#: alike stay together, and a part grows until it is written again).
PART_ROWS = 5000
#: Files of the store folder that are not the store's data (left out of its fingerprint).
_NOT_DATA = re.compile(r"^(answers\.sqlite.*|index\.sqlite.*|diplograph\..*|LOCK|LOG.*)$")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kept (preset TEXT PRIMARY KEY, columns TEXT NOT NULL, csv TEXT);
CREATE TABLE IF NOT EXISTS rows (
  preset TEXT NOT NULL, key TEXT NOT NULL, sort BLOB NOT NULL, cells TEXT NOT NULL,
  csv TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rows_key ON rows (preset, key);
CREATE INDEX IF NOT EXISTS rows_sort ON rows (preset, sort);
CREATE TABLE IF NOT EXISTS stale (preset TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (preset, key));
CREATE TABLE IF NOT EXISTS parts (preset TEXT NOT NULL, first BLOB NOT NULL,
  file TEXT NOT NULL, PRIMARY KEY (preset, first));
CREATE TABLE IF NOT EXISTS moved (preset TEXT NOT NULL, sort BLOB NOT NULL);
"""


def _counted_index(name: str) -> str:
    """The index a counting preset's groups are counted from (see :func:`_counted`): its
    name, written into the SQL with the preset's (a word, as preset names are)."""
    assert re.fullmatch(r"\w+", name), name
    return f"rows_counted_{name}"


_SCHEMA += "".join(
    f"CREATE INDEX IF NOT EXISTS {_counted_index(name)} ON rows (csv, sort)"
    f" WHERE preset = '{name}';\n"
    for name, keeping in sorted(KEEPING.items())
    if keeping.counts
)
_NUMBERS = {
    str(XSD[name])
    for name in (
        "integer decimal double float int long short byte nonNegativeInteger"
        " positiveInteger negativeInteger nonPositiveInteger unsignedInt unsignedLong"
    ).split()
}
_STRING = str(XSD.string)
_ORDER_BY = re.compile(r"^ORDER BY .*$", re.MULTILINE)
_SELECT = re.compile(r"^SELECT .*$", re.MULTILINE)
Key = tuple[str, ...]


# -- the state the answers belong to ----------------------------------------------


def fingerprint(folder: Path) -> str:
    """The names, sizes and modification times of the store's data files: any write
    (by any version, finished or not) changes them; a reader does not."""
    entries = sorted(
        f"{e.name}\t{e.stat().st_size}\t{e.stat().st_mtime_ns}"
        for e in os.scandir(folder)
        if e.is_file() and not _NOT_DATA.match(e.name)
    )
    return hashlib.sha256("\n".join(entries).encode("utf-8")).hexdigest()


def _queries_digest() -> str:
    """A digest of the presets and their keeping: answers kept for others are forgotten."""
    h = hashlib.sha256(LAYOUT.encode())
    for preset in list_presets():
        h.update(f"\0{preset.name}\0{preset.sparql}\0{KEEPING.get(preset.name)!r}".encode())
    return h.hexdigest()


def _open(folder: Path) -> sqlite3.Connection:
    """The answers' file (made, or made anew where it is not an SQLite file).

    Raises:
        sqlite3.OperationalError: it is locked (another reader computes) past the wait.
    """
    path = folder / FILENAME
    for attempt in range(2):
        db = sqlite3.connect(str(path), isolation_level=None, timeout=60)
        try:
            # Readers read while one of them computes (and a build waits for none: it
            # holds the store's lock alone).
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            return db
        except sqlite3.OperationalError:
            db.close()
            raise
        except sqlite3.DatabaseError:  # not an SQLite file
            db.close()
            if attempt:
                raise
            path.unlink()
    raise AssertionError("unreachable")


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta").fetchall())


def _forget_all(db: sqlite3.Connection) -> None:
    for table in ("meta", "kept", "rows", "stale", "parts", "moved"):
        db.execute(f"DELETE FROM {table}")


def _stamp(db: sqlite3.Connection, folder: Path) -> None:
    stamp = {"files": fingerprint(folder), "queries": _queries_digest()}
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", stamp.items())


def _current(db: sqlite3.Connection, folder: Path) -> bool:
    meta = _meta(db)
    return meta.get("files") == fingerprint(folder) and meta.get("queries") == _queries_digest()


# -- computing rows -----------------------------------------------------------------


def _kept_query(preset: Preset, keeping: Keeping) -> str:
    """The query whose rows are kept: the preset unsorted with its key's columns, or for a
    counting one the rows it counts."""
    if keeping.counts:
        sparql = preset.sparql
        where = sparql[sparql.index("WHERE") : sparql.rindex("GROUP BY")]
        columns = " ".join(f"?{v}" for v in (*keeping.key, keeping.counted, *keeping.counts))
        return f"SELECT DISTINCT {columns}\n{where}"
    sparql = _ORDER_BY.sub("", preset.sparql)
    missing = [k for k in keeping.key if k not in _shown(preset)]
    select = _SELECT.search(sparql)
    assert select is not None, "a preset is a SELECT query"
    extra = "".join(f" ?{k}" for k in missing)
    return sparql[: select.end()] + extra + sparql[select.end() :]


def _shown(preset: Preset) -> list[str]:
    """The variables of the preset's columns (``SELECT ... WHERE``)."""
    projection = preset.sparql[preset.sparql.index("SELECT") : preset.sparql.index("WHERE")]
    projection = re.sub(r"\(.*?\bAS\s+\?(\w+)\)", r"?\1", projection, flags=re.S)
    return re.findall(r"\?(\w+)", projection)


def _rows(
    store: ox.Store, preset: Preset, keys: Sequence[Key] | None
) -> Iterator[tuple[str, list[Light], bytes] | None]:
    """``(key, cells, sort)`` of the kept rows of ``keys`` (``None``: every key), the key
    written as its IRIs joined by tabs; ``None`` for a row whose key is not IRIs (such an
    answer is not kept)."""
    keeping = KEEPING[preset.name]
    sparql = _kept_query(preset, keeping)
    shown = len(_shown(preset)) if not keeping.counts else None
    order = [] if keeping.counts else _order(preset)
    batches: list[Sequence[Key] | None] = (
        [None] if keys is None else [keys[i : i + BATCH] for i in range(0, len(keys), BATCH)]
    )
    for batch in batches:
        text = sparql
        if batch is not None:
            narrowed = Preset(preset.name, preset.title, "", sparql)
            text = narrowed.query_for_keys(keeping.key, [tuple(map(URIRef, k)) for k in batch])
        result = store.query(text, prefixes=dict(PREFIXES))
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        at = [names.index(k) for k in keeping.key]
        by = [(names.index(name), down) for name, down in order]
        for solution in result:
            cells = [light(term) for term in solution]
            key = [cells[i] for i in at]
            if not all(isinstance(k, str) for k in key):
                yield None
                return
            sort = b"".join(_sort_bytes(cells[i], down) for i, down in by)
            yield "\t".join(map(str, key)), cells[:shown], sort


def _put(
    db: sqlite3.Connection, store: ox.Store, preset: Preset, keys: Sequence[Key] | None
) -> bool:
    """Replace the kept rows of ``keys`` (``None``: every key) by the store's; ``False``
    (nothing kept) where a row's key is not IRIs."""
    name = preset.name
    keeping = KEEPING[name]
    # The rows that changed, came or went (their CSV parts are written again), followed for
    # the presets whose answer is their sorted rows; a counting one is counted again whole.
    follow = keys is not None and not keeping.counts
    before: set[tuple[bytes, str]] = set()
    if keys is None:
        for table in ("rows", "parts", "moved"):
            db.execute(f"DELETE FROM {table} WHERE preset = ?", (name,))
    else:
        for stale in keys:
            where = (name, "\t".join(stale))
            if follow:
                query = "SELECT sort, csv FROM rows WHERE preset = ? AND key = ?"
                before.update(db.execute(query, where).fetchall())
            db.execute("DELETE FROM rows WHERE preset = ? AND key = ?", where)
    found: list[tuple[str, str, bytes, str, str]] = []
    after: set[tuple[bytes, str]] = set()
    for row in _rows(store, preset, keys):
        if row is None:
            return False  # (the caller rolls back what was inserted)
        key, cells, sort = row
        if keeping.counts:  # never written out: the counted cell and its group instead
            sort, line = _counted_and_group(keeping, cells)
        else:
            line = _csv_line(cells)
        found.append((name, key, sort, json.dumps(cells, ensure_ascii=False), line))
        if follow:
            after.add((sort, line))
        if len(found) >= INSERTED:  # (a whole answer is not held in memory)
            db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", found)
            found.clear()
    db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", found)
    if follow:
        moved = {sort for sort, _ in before ^ after}
        db.executemany("INSERT INTO moved VALUES (?, ?)", ((name, sort) for sort in moved))
    return True


# -- what a change touches ------------------------------------------------------------


def _expand(name: str) -> str:
    prefix, local = name.split(":", 1)
    return PREFIXES[prefix] + local


def _reached(store: ox.Store, reach: Reach, key: Sequence[str], nodes: list[str]) -> set[Key]:
    if not reach.pattern:
        return {(n,) for n in nodes}
    patterns = (reach.pattern,) if isinstance(reach.pattern, str) else reach.pattern
    columns = " ".join(f"?{k}" for k in key)
    keys: set[Key] = set()
    for values in values_clauses("n", nodes, BATCH):
        where = " UNION ".join(f"{{ {values} {p} }}" for p in patterns)
        result = store.query(f"SELECT DISTINCT {columns} WHERE {{ {where} }}", prefixes=PREFIXES)
        assert isinstance(result, ox.QuerySolutions)
        for solution in result:
            found = [light(term) for term in solution]
            if all(isinstance(k, str) for k in found):
                keys.add(tuple(map(str, found)))
    return keys


def affected_keys(store: ox.Store, keeping: Keeping, triples: Collection[ox.Triple]) -> set[Key]:
    """The keys whose rows ``triples`` (changed) can change, found in ``store`` as it is
    (see :mod:`graph.store.kept`)."""
    keys: set[Key] = set()
    for reach in keeping.reaches:
        wanted = {_expand(p) for p in reach.predicates}
        hits = [t for t in triples if not wanted or t.predicate.value in wanted]
        if reach.end == "so":
            keys |= {
                (t.subject.value, t.object.value)
                for t in hits
                if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode)
            }
            continue
        ends = (t.subject if reach.end == "s" else t.object for t in hits)
        nodes = sorted({n.value for n in ends if isinstance(n, ox.NamedNode)})
        keys |= _reached(store, reach, keeping.key, nodes)
    return keys


class Upkeep:
    """What a build does to the answers kept in the store ``folder`` it writes.

    Made before the store is opened (:meth:`open`): answers kept for another state of
    the store are forgotten then. The build reports the triples each write may remove
    (:meth:`before`, with the store as it is before the write), those the union gained
    (:meth:`gained`), or a change it does not follow (:meth:`lost_track`); then
    :meth:`reach` (the store still open) and :meth:`finish` (the store closed) mark the
    keys reached stale and record the store's new fingerprint.
    """

    def __init__(self, folder: Path, presets: Collection[str]) -> None:
        self.folder = folder
        self.presets = sorted(p for p in presets if p in KEEPING)
        self._stale: set[tuple[str, Key]] = set()
        self._gained: set[ox.Triple] = set()
        self._lost_track = False

    @classmethod
    def open(cls, folder: Path) -> Upkeep:
        """The upkeep of the answers kept in ``folder`` (checked against the store first)."""
        if not (folder / FILENAME).is_file():
            return cls(folder, ())
        db = _open(folder)
        try:
            db.execute("BEGIN IMMEDIATE")
            if not _current(db, folder):
                _forget_all(db)
            presets = [p for (p,) in db.execute("SELECT preset FROM kept")]
            db.execute("COMMIT")
            _sweep(db, folder)
        finally:
            db.close()
        return cls(folder, presets)

    @property
    def active(self) -> bool:
        """Whether any answer is kept (else a build need report nothing)."""
        return bool(self.presets) and not self._lost_track

    def before(self, store: ox.Store, triples: Collection[ox.Triple]) -> None:
        """Mark the keys reached by ``triples``, which a write is about to remove."""
        for name in self.presets if self.active else ():
            self._stale |= {(name, k) for k in affected_keys(store, KEEPING[name], triples)}

    def gained(self, triples: Iterable[ox.Triple]) -> None:
        """Note triples the union gained (their keys are reached after the writes)."""
        if self.active:
            self._gained.update(triples)

    def lost_track(self) -> None:
        """The build changed the store without saying how: every kept answer is forgotten."""
        self._lost_track = True

    def reach(self, store: ox.Store) -> None:
        """Mark the keys the gained triples reach in ``store`` (after the writes)."""
        self.before(store, self._gained)
        self._gained.clear()

    def finish(self) -> None:
        """Record the marks and the store's fingerprint (after the store is closed)."""
        if not self.presets:
            return
        db = _open(self.folder)
        try:
            db.execute("BEGIN IMMEDIATE")
            if self._lost_track:
                _forget_all(db)
            else:
                rows = sorted((name, "\t".join(key)) for name, key in self._stale)
                db.executemany("INSERT OR IGNORE INTO stale VALUES (?, ?)", rows)
                touched = sorted({(name,) for name, _ in self._stale})
                db.executemany("UPDATE kept SET csv = NULL WHERE preset = ?", touched)
                _stamp(db, self.folder)
            db.execute("COMMIT")
            _sweep(db, self.folder)
        finally:
            db.close()


# -- sorting as SPARQL does -------------------------------------------------------------


def _order(preset: Preset) -> list[tuple[str, bool]]:
    """The preset's ``ORDER BY``: each variable, and whether it sorts descending."""
    found = _ORDER_BY.findall(preset.sparql)
    order = []
    for token in found[-1].split()[2:] if found else []:
        descending = token.upper().startswith("DESC(")
        order.append((token.split("?", 1)[1].rstrip(")"), descending))
    return order


def _sort_key(cell: Any) -> tuple[Any, ...]:
    """SPARQL's order of terms, as Oxigraph sorts them: unbound, blank nodes, IRIs, then
    literals (numbers by value, then plain text by code point, then other literals)."""
    if cell is None:
        return (0,)
    if isinstance(cell, str):
        return (2, cell)
    if len(cell) == 2:
        return (1,)
    value, datatype, language = cell
    if datatype in _NUMBERS:
        try:
            return (3, 0, Decimal(value), "")
        except InvalidOperation:
            pass
    if not language and datatype in ("", _STRING):
        return (3, 1, value, "")
    return (3, 2, value, datatype + "@" + language)


def _sort_bytes(cell: Any, descending: bool) -> bytes:
    """:func:`_sort_key` as bytes that sort the same (byte by byte, as SQLite compares
    them); descending, every byte inverted (text ends in two zero bytes, a zero byte
    in it is escaped, so that a shorter text sorts first, or last inverted)."""
    key = _sort_key(cell)
    data = bytes([key[0]])
    if key[0] == 2:
        data += _text_bytes(key[1])
    elif key[0] == 3:
        data += bytes([key[1]])
        if key[1] == 0:
            data += _number_bytes(key[2])
        else:
            data += _text_bytes(key[2]) + _text_bytes(key[3])
    return bytes(255 - b for b in data) if descending else data


def _text_bytes(text: str) -> bytes:
    return text.encode("utf-8").replace(b"\x00", b"\x00\xff") + b"\x00\x00"


def _number_bytes(value: Decimal) -> bytes:
    """A number as 8 bytes that sort as the numbers do (IEEE 754, sign flipped)."""
    (bits,) = struct.unpack(">Q", struct.pack(">d", float(value)))
    bits = bits ^ 0xFFFFFFFFFFFFFFFF if bits >> 63 else bits | 1 << 63
    return bits.to_bytes(8, "big")


# -- reading them back -------------------------------------------------------------------


def _csv_line(cells: Sequence[Any]) -> str:
    """The row as :func:`~graph.results.to_csv` writes it (its lexical forms, CRLF)."""
    text = io.StringIO()
    csv.writer(text, delimiter=",").writerow(
        "" if c is None else c if isinstance(c, str) else f"_:{c[1]}" if len(c) == 2 else c[0]
        for c in cells
    )
    return text.getvalue()


def _cells(text: str) -> tuple[Light, ...]:
    return tuple(tuple(c) if isinstance(c, list) else c for c in json.loads(text))


def _answerable(keeping: Keeping, bindings: Mapping[str, Identifier]) -> bool:
    for name, term in bindings.items():
        if name in keeping.columns:
            if not isinstance(term, URIRef):
                return False
        elif not (keeping.since_until and name in ("since", "until")):
            return False
    return True


def _keep(
    row: Sequence[Light], names: Sequence[str], keeping: Keeping, bindings: Mapping[str, Identifier]
) -> bool:
    for name, term in bindings.items():
        if name in keeping.columns:
            if row[names.index(name)] != str(term):
                return False
            continue
        cell = row[names.index(keeping.since_until)]
        if cell is None or isinstance(cell, str):
            return False
        text = cell[-1] if len(cell) == 2 else cell[0]
        if (text < str(term)) if name == "since" else (text > str(term)):
            return False
    return True


def _counted_and_group(keeping: Keeping, cells: Sequence[Light]) -> tuple[bytes, str]:
    """A counting preset's kept row (``*key, counted, *counts``) as the ``sort`` and ``csv``
    columns hold it: the counted cell, and the cells of its group as JSON text, so that the
    groups are counted from an index of those two columns, without reading each row's JSON
    (0.17 s instead of 1.4 s for 500,000 rows)."""
    first = len(keeping.key)
    value = cells[first]  # (unbound: empty, not counted)
    counted = b"" if value is None else json.dumps(value, ensure_ascii=False).encode("utf-8")
    return counted, json.dumps(
        cells[first + 1 : first + 1 + len(keeping.counts)], ensure_ascii=False
    )


def _counted(db: sqlite3.Connection, preset: Preset, keeping: Keeping) -> list[tuple[Light, ...]]:
    """The rows of a counting preset (kept rows ``*key, counted, *counts``), each group with
    its number of distinct ``counted``, sorted as the preset sorts them."""
    name = preset.name
    found = db.execute(  # (the preset's name written out: the index's condition is so)
        f"SELECT csv, COUNT(DISTINCT NULLIF(sort, x'')) FROM rows"
        f" INDEXED BY {_counted_index(name)} WHERE preset = '{name}' GROUP BY csv"
    )
    integer = str(XSD.integer)
    rows = [(*_cells(group), (str(n), integer, "")) for group, n in found.fetchall()]
    names = [*keeping.counts, keeping.count]
    for name, descending in reversed(_order(preset)):
        at = names.index(name)
        rows.sort(key=lambda row: _sort_key(row[at]), reverse=descending)
    return rows


def _refresh(db: sqlite3.Connection, store: ox.Store, folder: Path, preset: Preset) -> bool:
    """Make the kept answer of ``preset`` equal to the store: computed whole where none is
    kept, the stale keys' rows computed again; ``False`` where it cannot be kept."""
    if not _current(db, folder):
        _forget_all(db)
        _stamp(db, folder)
    name = preset.name
    kept = db.execute("SELECT 1 FROM kept WHERE preset = ?", (name,)).fetchone()
    if kept is None:
        if not _put(db, store, preset, None):
            return False
        columns = _columns(preset)
        db.execute("INSERT INTO kept VALUES (?, ?, NULL)", (name, json.dumps(columns)))
    stale = [
        tuple(k.split("\t"))
        for (k,) in db.execute("SELECT key FROM stale WHERE preset = ? ORDER BY key", (name,))
    ]
    if stale:
        if not _put(db, store, preset, stale):
            return False
        db.execute("DELETE FROM stale WHERE preset = ?", (name,))
    return True


def _columns(preset: Preset) -> list[str]:
    keeping = KEEPING[preset.name]
    return [*keeping.counts, keeping.count] if keeping.counts else _shown(preset)


def _read(
    db: sqlite3.Connection,
    folder: Path,
    preset: Preset,
    bindings: Mapping[str, Identifier],
    as_csv: bool,
) -> tuple[Any, ...]:
    """The kept answer: ``("CSV_FILES", columns, paths)`` (the whole answer as CSV files,
    its parts in order), ``("CSV", columns, text)`` or ``("SELECT", columns, rows)``."""
    keeping = KEEPING[preset.name]
    columns = _columns(preset)
    if as_csv and not bindings:
        (written,) = db.execute("SELECT csv FROM kept WHERE preset = ?", (preset.name,)).fetchone()
        if written is None or not all(p.is_file() for p in _part_files(db, folder, preset)):
            _write_parts(db, folder, preset, columns)
            db.execute("UPDATE kept SET csv = 'parts' WHERE preset = ?", (preset.name,))
        paths = tuple(str(p) for p in _part_files(db, folder, preset))
        return ("CSV_FILES", tuple(columns), paths)
    if keeping.counts:
        rows = _counted(db, preset, keeping)
    else:
        found = db.execute("SELECT cells FROM rows WHERE preset = ? ORDER BY sort", (preset.name,))
        rows = [_cells(cells) for (cells,) in found]
    rows = [row for row in rows if _keep(row, columns, keeping, bindings)]
    if as_csv:
        return ("CSV", tuple(columns), "".join([_csv_line(columns), *map(_csv_line, rows)]))
    return ("SELECT", tuple(columns), tuple(rows))


def _write_csv(folder: Path, preset: Preset, lines: Iterable[str]) -> str:
    """Write ``lines`` to a new file of the answers' CSV folder, whole or not at all; its
    name (the preset's and a digest of the bytes)."""
    where = folder / CSV_FOLDER
    where.mkdir(exist_ok=True)
    digest = hashlib.sha256()
    handle, tmp = tempfile.mkstemp(dir=where, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            for line in lines:
                data = line.encode("utf-8")
                digest.update(data)
                out.write(data)
        name = f"{preset.name}-{digest.hexdigest()[:24]}.csv"
        os.chmod(tmp, 0o644)  # (as the store's other files: readable by its readers)
        os.replace(tmp, where / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return name


def _sweep(db: sqlite3.Connection, folder: Path) -> None:
    """Remove the CSV files no kept answer names. It holds the answers' write lock, so no
    file is being written; a reader that has one open reads it to the end still."""
    where = folder / CSV_FOLDER
    if not where.is_dir():
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        named = {n for (n,) in db.execute("SELECT file FROM parts")}
        for entry in os.scandir(where):
            if entry.name not in named:
                Path(entry.path).unlink(missing_ok=True)
    finally:
        db.execute("COMMIT")


def _part_files(db: sqlite3.Connection, folder: Path, preset: Preset) -> list[Path]:
    """The files of the parts of ``preset``'s CSV answer, in order."""
    found = db.execute("SELECT file FROM parts WHERE preset = ? ORDER BY first", (preset.name,))
    return [folder / CSV_FOLDER / name for (name,) in found]


def _write_parts(
    db: sqlite3.Connection, folder: Path, preset: Preset, columns: Sequence[str]
) -> None:
    """Write the parts of ``preset``'s CSV answer that are not current: every part where
    none is kept, else those holding a row that moved (changed, came or went) or whose
    file is gone. A part is the rows from its ``first`` sort bytes up to the next part's;
    the first part (from ``b""``) opens with the header line."""
    name = preset.name
    keeping = KEEPING[name]
    header = _csv_line(columns)
    if keeping.counts:  # a few rows, counted again: one part, written whole
        lines = [header, *map(_csv_line, _counted(db, preset, keeping))]
        db.execute("DELETE FROM parts WHERE preset = ?", (name,))
        db.execute(
            "INSERT INTO parts VALUES (?, ?, ?)", (name, b"", _write_csv(folder, preset, lines))
        )
        return
    parts = db.execute(
        "SELECT first, file FROM parts WHERE preset = ? ORDER BY first", (name,)
    ).fetchall() or [(b"", "")]
    firsts = [bytes(first) for first, _ in parts]
    moved = db.execute("SELECT DISTINCT sort FROM moved WHERE preset = ?", (name,))
    redo = {bisect.bisect_right(firsts, bytes(sort)) - 1 for (sort,) in moved}
    redo |= {i for i, (_, file) in enumerate(parts) if not (folder / CSV_FOLDER / file).is_file()}
    for i in sorted(redo, reverse=True):  # (from the end: each part's end is the next's start)
        end = firsts[i + 1] if i + 1 < len(firsts) else None
        _write_part(db, folder, preset, (firsts[i], end), header if i == 0 else None)
    db.execute("DELETE FROM moved WHERE preset = ?", (name,))


def _write_part(
    db: sqlite3.Connection,
    folder: Path,
    preset: Preset,
    bounds: tuple[bytes, bytes | None],
    header: str | None,
) -> None:
    """Write the rows sorting from ``bounds[0]`` up to ``bounds[1]`` (``None``: to the end)
    again, cut into parts of about :data:`PART_ROWS` rows (where the sort bytes change),
    ``header`` first; a part left with no row goes (but the first: its header stays)."""
    name, (start, end) = preset.name, bounds
    query = "SELECT sort, csv FROM rows WHERE preset = ? AND sort >= ?"
    found = db.execute(
        query + (" AND sort < ?" if end is not None else "") + " ORDER BY sort",
        (name, start, end) if end is not None else (name, start),
    )
    db.execute("DELETE FROM parts WHERE preset = ? AND first = ?", (name, start))

    def put(first: bytes, lines: list[str]) -> None:
        if lines:  # (written as soon as it is whole: one part's rows held at a time)
            file = _write_csv(folder, preset, lines)
            db.execute("INSERT INTO parts VALUES (?, ?, ?)", (name, first, file))

    first, lines = start, [header] if header is not None else []
    previous: bytes | None = None
    for sort, line in found:
        sort = bytes(sort)
        if len(lines) >= PART_ROWS and sort != previous:
            put(first, lines)
            first, lines = sort, []
        lines.append(line)
        previous = sort
    put(first, lines)


def kept_answer(
    store: ox.Store,
    folder: Path,
    preset: Preset,
    bindings: Mapping[str, Identifier],
    *,
    as_csv: bool = False,
    compute: bool = True,
) -> tuple[Any, ...] | None:
    """The answer of ``preset`` with ``bindings`` from the answers kept in the store
    ``folder`` (``store``, open for reading), computed and kept first where it is not kept
    whole for the store as it is (unless not ``compute``): ``("SELECT", columns, rows)``
    (cells as :data:`~graph.store.oxigraph.Light` data) or, ``as_csv``, ``("CSV",
    columns, text)``; ``None`` where the kept rows cannot answer those parameters (run
    the query), or are not kept whole and not to be computed.
    """
    keeping = KEEPING.get(preset.name)
    if keeping is None or not _answerable(keeping, bindings):
        return None
    try:
        db = _open(folder)
    except sqlite3.OperationalError:  # locked past the wait: run the query
        return None
    try:
        db.execute("BEGIN")  # kept whole already: read it (as other readers compute theirs)
        ready = _ready(db, folder, preset, bindings, as_csv)
        answer = _read(db, folder, preset, bindings, as_csv) if ready else None
        db.execute("COMMIT")
        if answer is not None or not compute:
            return answer
        return _compute(db, store, folder, preset, bindings, as_csv)
    finally:
        db.close()


def _ready(
    db: sqlite3.Connection,
    folder: Path,
    preset: Preset,
    bindings: Mapping[str, Identifier],
    as_csv: bool,
) -> bool:
    """Whether the kept answer of ``preset`` is whole and current (and written as CSV,
    where it is to be read so)."""
    row = db.execute("SELECT csv FROM kept WHERE preset = ?", (preset.name,)).fetchone()
    if row is None or not _current(db, folder):
        return False
    stale = db.execute("SELECT 1 FROM stale WHERE preset = ? LIMIT 1", (preset.name,))
    whole = row[0] is not None and all(p.is_file() for p in _part_files(db, folder, preset))
    return stale.fetchone() is None and (whole or not as_csv or bool(bindings))


def _compute(
    db: sqlite3.Connection,
    store: ox.Store,
    folder: Path,
    preset: Preset,
    bindings: Mapping[str, Identifier],
    as_csv: bool,
) -> tuple[Any, ...] | None:
    """:func:`kept_answer` where it is not kept whole: computed, kept, then read."""
    try:
        db.execute("BEGIN IMMEDIATE")  # one reader computes; the others wait for it
    except sqlite3.OperationalError:  # still computing after the wait: run the query
        return None
    try:
        if not _refresh(db, store, folder, preset):
            db.execute("ROLLBACK")
            return None
        answer = _read(db, folder, preset, bindings, as_csv)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    _sweep(db, folder)  # an answer written anew leaves its old file
    return answer
