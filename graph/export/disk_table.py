"""Rows kept in a temporary SQLite table on disk, read back sorted.

The view files read whole tables from the store in one streamed query each (a query per
piece of nodes costs a lookup in the store per node, and a sort in the store holds every
row in memory); SQLite sorts them on disk, in bounded memory, and gives them back in the
order of their first column, the order the files are written in. Strings sort as Python
sorts them (by code point: SQLite compares UTF-8 bytes).

>>> table = DiskTable(("iri", "key", "value"), [("b", "label", "B"), ("a", "label", "A")])
>>> list(table.grouped())
[('a', [('label', 'A')]), ('b', [('label', 'B')])]
>>> table.close()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

__all__ = ["DiskTable"]

#: Rows written at a time.
_BATCH = 10_000


class DiskTable:
    """``rows`` (tuples of ``columns``) in a temporary database, indexed by the first column."""

    def __init__(self, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        # "": a temporary database on disk, deleted when it is closed.
        self._db = sqlite3.connect("")
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        self._db.execute(f"CREATE TABLE row ({', '.join(columns)})")
        marks = ", ".join("?" * len(columns))
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == _BATCH:
                self._db.executemany(f"INSERT INTO row VALUES ({marks})", batch)
                batch.clear()
        self._db.executemany(f"INSERT INTO row VALUES ({marks})", batch)
        self._db.execute(f"CREATE INDEX first ON row ({columns[0]})")
        self._columns = tuple(columns)

    def sorted(self, *, distinct: bool = False) -> Iterator[tuple[Any, ...]]:
        """Every row, sorted by every column (``distinct``: each once)."""
        columns = ", ".join(self._columns)
        unique = "DISTINCT " if distinct else ""
        yield from self._db.execute(f"SELECT {unique}{columns} FROM row ORDER BY {columns}")

    def union(self, *columns: str) -> Iterator[Any]:
        """The values of any of ``columns``, sorted, each once."""
        each = " UNION ".join(f"SELECT {column} FROM row" for column in columns)
        for (value,) in self._db.execute(f"SELECT * FROM ({each}) ORDER BY 1"):
            yield value

    def grouped(self) -> Iterator[tuple[Any, list[tuple[Any, ...]]]]:
        """The rows by their first column, sorted by it: each value with the rest of its rows,
        in the order they were given."""
        column = self._columns[0]
        rows = self._db.execute(f"SELECT * FROM row ORDER BY {column}, rowid")
        for first, group in groupby(rows, key=itemgetter(0)):
            yield first, [row[1:] for row in group]

    def close(self) -> None:
        """Delete the database."""
        self._db.close()
