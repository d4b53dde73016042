"""Mentions by position: the entity resolver's working list and the indexes that keep it linear.

The resolver's passes ask the same few questions over and over: does a mention
cover this offset, which mentions end just before it, which start right here.
Scanning every mention for each question makes one long document cost the square
of its length. :class:`SpanTable` keeps the list in the order the mentions were
found (that order breaks ties, so it must not change) and answers each question
from an index kept in step with it.

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class M:
...     start: int
...     end: int
>>> table = SpanTable(20)
>>> ids = [table.add(M(2, 5)), table.add(M(7, 9))]
>>> table.covers(4), table.covers(5), [m.start for m in table.ending_in(4, 9)]
(True, False, [2, 7])
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["Located", "SpanTable", "TopTwo", "last_at_most"]


class Located(Protocol):
    """Anything with character offsets ``[start, end)``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Located)


class SpanTable(Generic[S]):
    """Spans in the order they were added, with holes where one was removed.

    Every span keeps the id :meth:`add` returned; ids grow in list order, so
    sorting ids restores the order of the list.
    """

    def __init__(self, size: int) -> None:
        self._items: list[S | None] = []
        self._by_start: dict[int, list[int]] = {}
        self._by_end: dict[int, list[int]] = {}
        self._cover = array("I", bytes(4 * (size + 1)))
        self._live = 0

    def __len__(self) -> int:
        return self._live

    def __iter__(self) -> Iterator[S]:
        return (s for s in self._items if s is not None)

    def items(self) -> list[tuple[int, S]]:
        """``(id, span)`` for every span, in list order."""
        return [(i, s) for i, s in enumerate(self._items) if s is not None]

    def add(self, span: S) -> int:
        """Append ``span``; returns its id."""
        i = len(self._items)
        self._items.append(span)
        self._by_start.setdefault(span.start, []).append(i)
        self._by_end.setdefault(span.end, []).append(i)
        self._mark(span, 1)
        self._live += 1
        return i

    def get(self, i: int) -> S | None:
        return self._items[i]

    def replace(self, i: int, span: S) -> None:
        """Put ``span`` (with the same offsets) in the place of span ``i``."""
        old = self._items[i]
        assert old is not None and (old.start, old.end) == (span.start, span.end)
        self._items[i] = span

    def remove(self, i: int) -> None:
        old = self._items[i]
        if old is None:
            return
        self._items[i] = None
        self._mark(old, -1)
        self._live -= 1

    def _mark(self, span: S, step: int) -> None:
        cover = self._cover
        for k in range(max(0, span.start), min(span.end, len(cover))):
            cover[k] += step

    def covers(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        return 0 <= pos < len(self._cover) and self._cover[pos] > 0

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        return any(self._cover[max(0, start) : max(0, end)])

    def _ids(self, index: dict[int, list[int]], lo: int, hi: int) -> list[int]:
        found: list[int] = []
        for pos in range(lo, hi + 1):
            ids = index.get(pos)
            if ids:
                found.extend(i for i in ids if self._items[i] is not None)
        found.sort()
        return found

    def ending_in(self, lo: int, hi: int) -> list[S]:
        """The spans with ``lo <= end <= hi``, in list order."""
        return [self._items[i] for i in self._ids(self._by_end, lo, hi)]  # type: ignore[misc]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, S]]:
        """``(id, span)`` for the spans with ``lo <= start <= hi``, in list order."""
        return [(i, self._items[i]) for i in self._ids(self._by_start, lo, hi)]  # type: ignore[misc]

    def exactly(self, start: int, end: int) -> list[int]:
        """The ids of the spans with these offsets, in list order."""
        return [
            i
            for i in self._by_start.get(start, ())
            if (s := self._items[i]) is not None and s.end == end
        ]


class TopTwo:
    """The two keys counted most often, ties to the one seen first, as counts only grow.

    Equal to ``[k for k, _ in Counter(keys).most_common(2)]`` over the keys fed so far
    in the order of their ``rank``; a key fed again only climbs, so the new top two
    is always among the old top two and that key.

    >>> t = TopTwo()
    >>> for key, rank in (("b", 5), ("a", 1), ("b", 7)):
    ...     t.feed(key, rank)
    >>> t.top()
    ['b', 'a']
    """

    def __init__(self) -> None:
        self._count: dict[str, int] = {}
        self._first: dict[str, tuple[int, ...]] = {}
        self._top: list[str] = []

    def feed(self, key: str, rank: tuple[int, ...] | int) -> None:
        """Count ``key`` once more; ``rank`` places this occurrence in the counting order."""
        r = rank if isinstance(rank, tuple) else (rank,)
        self._count[key] = self._count.get(key, 0) + 1
        if key not in self._first or r < self._first[key]:
            self._first[key] = r
        pool = set(self._top) | {key}
        self._top = sorted(pool, key=lambda k: (-self._count[k], self._first[k]))[:2]

    def top(self) -> list[str]:
        return list(self._top)

    def top_without(self, exclude: Collection[str]) -> list[str]:
        """The two counted most among the keys not in ``exclude`` (ties to the one seen first).

        >>> t = TopTwo()
        >>> for key, rank in (("b", 5), ("a", 1), ("b", 7), ("c", 9)):
        ...     t.feed(key, rank)
        >>> t.top_without({"b"})
        ['a', 'c']
        """
        if not exclude:
            return self.top()
        keys = (k for k in self._count if k not in exclude)
        return sorted(keys, key=lambda k: (-self._count[k], self._first[k]))[:2]


def last_at_most(values: Sequence[int], limit: int) -> int:
    """The index of the last of the sorted ``values`` that is ``<= limit``, or -1.

    >>> last_at_most([1, 4, 4, 9], 4), last_at_most([1, 4], 0)
    (2, -1)
    """
    return bisect_right(values, limit) - 1
