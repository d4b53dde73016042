"""Every fact's evidence, read once from the store and indexed on disk for the view files.

The view files give each fact, and each edge, how many places it was read in and the first
:data:`~graph.views.GRAPHML_EVIDENCE_CAP` of them in evidence order (document title,
document, offsets, text; see :func:`graph.views.sorted_evidence`). The evidence of a
corpus does not fit in memory beside the rest, and reading it back from the store for each
node or edge costs more than the views themselves; so it is read once, in one streamed
queries (:func:`graph.tables.evidence_owners` and :func:`graph.tables.evidence_places`, the
rows of :func:`graph.tables.evidence_rows`), into a temporary SQLite database, joined and
sorted there (on disk), and every place is numbered in evidence order. What stays in memory
is, per fact, the number of its places, the numbers of its first few (the first few places
of several facts together are the smallest numbers among theirs) and of those it shares with
other facts. Each place's JSON is read back by its number when it is written.

>>> from graph.build import new_graph
>>> index = EvidenceIndex(new_graph(), {})
>>> index.evidence(["https://example.org/no-such-fact"])
(0, '[]')
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, groupby, repeat
from operator import itemgetter

from rdflib import Graph

from .. import tables
from ..views import GRAPHML_EVIDENCE_CAP, graphml_value

__all__ = ["EvidenceIndex"]

#: Rows written to the database at a time.
_BATCH = 10_000
#: What the index holds of a fact read nowhere: no places, none first.
_NONE: tuple[int, ...] = (0,)
#: A fact's shared places up to this many are a tuple, more a set (looked up in).
_SMALL = 8
#: Places whose JSON is kept once read (the first places of the large edges come back often).
_CACHED = 20_000

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE owner_of (fact TEXT, evidence TEXT);
CREATE TABLE evidence (evidence TEXT, document TEXT, doc TEXT, start INTEGER, stop INTEGER,
                       text TEXT);
CREATE TABLE place (number INTEGER PRIMARY KEY, json TEXT);
CREATE TABLE owner (fact TEXT, number INTEGER);
"""


class EvidenceIndex:
    """The evidence of every fact of ``g`` (fact IRIs, and stance keys ``"<holder>
    rejects|supports <target>"``), as :func:`graph.tables.evidence_rows` gives it.

    ``docs`` is :func:`graph.views.documents` (a place is ordered by its document's title).
    """

    def __init__(self, g: Graph, docs: dict[str, dict[str, str]]) -> None:
        # "": a temporary database on disk, deleted when it is closed.
        self._db = sqlite3.connect("")
        self._db.executescript(_SCHEMA)
        for batch in tables.chunks(tables.evidence_owners(g), _BATCH):
            self._db.executemany("INSERT INTO owner_of VALUES (?, ?)", batch)
        places = (
            (iri, docs.get(ev.doc, {}).get("title", ev.doc), ev.doc, ev.start, ev.end, ev.text)
            for iri, ev in tables.evidence_places(g)
        )
        for part in tables.chunks(places, _BATCH):
            self._db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)", part)
        self._db.execute("CREATE INDEX evidence_iri ON evidence (evidence)")
        partners: dict[str, set[str]] = defaultdict(set)
        shared = self._number_places(partners)
        self._db.executescript("DROP TABLE owner_of; DROP TABLE evidence;")
        #: Per fact: how many places, then the numbers of its first few (one tuple).
        self.facts: dict[str, tuple[int, ...]] = {}
        #: Per fact that shares places with others: the numbers of those places.
        self.shared: dict[str, tuple[int, ...] | frozenset[int]] = {}
        #: Per fact that shares places with others: those facts (the other fact itself where
        #: there is one: most of them).
        self.partners: dict[str, str | frozenset[str]] = {}
        while partners:
            fact, others = partners.popitem()
            others.discard(fact)
            self.partners[fact] = others.pop() if len(others) == 1 else frozenset(others)
        del partners
        self._summarise(shared)
        self._db.execute("DROP TABLE owner")
        self._json = lru_cache(maxsize=_CACHED)(self._read_json)

    def _number_places(self, partners: dict[str, set[str]]) -> set[int]:
        """Number every place in evidence order (table ``place``, with its JSON) and record
        the facts read there (table ``owner``); return the places of more than one fact,
        and add to ``partners`` the facts each of those facts shares a place with."""
        shared: set[int] = set()
        places: list[tuple[int, str]] = []
        owners: list[tuple[str, int]] = []
        rows = self._db.execute(
            "SELECT document, doc, start, stop, text, fact FROM owner_of JOIN evidence"
            " USING (evidence) ORDER BY document, doc, start, stop, text, fact"
        )
        for number, (place, group) in enumerate(groupby(rows, key=lambda row: row[:5])):
            facts = sorted({row[5] for row in group})
            document, doc, start, end, text = place
            item = {"text": text, "document": document, "doc": doc, "start": start, "end": end}
            places.append((number, str(graphml_value(item))))
            owners.extend((fact, number) for fact in facts)
            if len(facts) > 1:
                shared.add(number)
                facts = [sys.intern(fact) for fact in facts]
                for fact in facts:
                    partners[fact].update(facts)
            if len(places) >= _BATCH or len(owners) >= _BATCH:
                self._write(places, owners)
        self._write(places, owners)
        return shared

    def _write(self, places: list[tuple[int, str]], owners: list[tuple[str, int]]) -> None:
        """Write ``places`` and ``owners`` to their tables, and empty both lists."""
        self._db.executemany("INSERT INTO place VALUES (?, ?)", places)
        self._db.executemany("INSERT INTO owner VALUES (?, ?)", owners)
        places.clear()
        owners.clear()

    def _summarise(self, shared: set[int]) -> None:
        """Fill :attr:`facts` and :attr:`shared` from the table ``owner``."""
        rows = self._db.execute("SELECT fact, number FROM owner ORDER BY fact, number")
        for fact, group in groupby(rows, key=lambda row: row[0]):
            numbers = [number for _fact, number in group]
            key = sys.intern(fact)
            self.facts[key] = (len(numbers), *numbers[:GRAPHML_EVIDENCE_CAP])
            mine = tuple(number for number in numbers if number in shared)
            if mine:
                self.shared[key] = frozenset(mine) if len(mine) > _SMALL else mine

    def _read_json(self, number: int) -> str:
        """The JSON of the place numbered ``number`` (see :meth:`_number_places`)."""
        (text,) = self._db.execute("SELECT json FROM place WHERE number = ?", (number,)).fetchone()
        return str(text)

    def evidence(self, facts: Sequence[str]) -> tuple[int, str]:
        """How many places any of ``facts`` was read in, and the first
        :data:`~graph.views.GRAPHML_EVIDENCE_CAP` of them as GraphML holds them (JSON)."""
        first: Sequence[int]
        if len(facts) == 1:
            entry = self.facts.get(facts[0], _NONE)
            count, first = entry[0], entry[1:]
        else:
            count, first = self._merged(facts)
        return count, "[" + ", ".join(map(self._json, first)) + "]"

    def _merged(self, facts: Sequence[str]) -> tuple[int, Sequence[int]]:
        """The places of ``facts`` together: how many, and the numbers of the first few.

        A place two facts share is counted once: the sum of the facts' counts, less their
        shared places, plus those places counted once. (Edges of thousands of facts: the
        loops are the builtins'.)
        """
        entries = list(map(self.facts.get, facts, repeat(_NONE)))
        count = sum(map(itemgetter(0), entries))
        first = set(chain.from_iterable(map(itemgetter(slice(1, None)), entries)))
        sharing = set(filter(self.shared.__contains__, facts))
        if len(sharing) > 1:
            count -= self._counted_twice(sharing)
        return count, tuple(sorted(first)[:GRAPHML_EVIDENCE_CAP])

    def _counted_twice(self, facts: set[str]) -> int:
        """How many more times than once the places of ``facts`` count, together.

        Only facts that share a place with another of them count: a fact read in
        thousands of places shares them with thousands of other facts, seldom behind the
        same edge. Of those, the places of all but the one with most, counted once, that
        it lacks.
        """
        involved = [fact for fact in facts if _any_in(self.partners[fact], facts)]
        if not involved:
            return 0
        shared = sorted((self.shared[fact] for fact in involved), key=len)
        largest = shared.pop()
        others = set(chain.from_iterable(shared))
        return sum(map(len, shared)) - len(others.difference(largest))

    def close(self) -> None:
        """Delete the database."""
        self._db.close()


def _any_in(partners: str | frozenset[str], facts: set[str]) -> bool:
    """Whether any of ``partners`` (one fact, or several) is one of ``facts``."""
    return partners in facts if isinstance(partners, str) else not partners.isdisjoint(facts)
