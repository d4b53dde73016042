"""The position indexes of the entity resolver answer exactly as a scan of every span would."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract.spans import SpanTable, TopTwo, last_at_most

SIZE = 60


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: int = 0


spans = st.builds(
    lambda a, n, tag: Span(a, min(SIZE, a + n), tag),
    st.integers(0, SIZE - 1),
    st.integers(1, 12),
    st.integers(0, 3),
)
#: ("add", span) | ("remove", k) | ("replace", k, tag): k picks among the live spans.
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), spans),
        st.tuples(st.just("remove"), st.integers(0, 50)),
        st.tuples(st.just("replace"), st.integers(0, 50), st.integers(0, 3)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(operations, st.integers(-3, SIZE + 3), st.integers(0, 15))
def test_spans_table_answers_like_a_scan_of_the_list(ops: list, pos: int, width: int) -> None:
    table: SpanTable[Span] = SpanTable(SIZE)
    listed: list[tuple[int, Span]] = []  # the plain list the table stands for, with ids
    for op in ops:
        if op[0] == "add":
            listed.append((table.add(op[1]), op[1]))
        elif listed:
            k = op[1] % len(listed)
            i, old = listed[k]
            if op[0] == "remove":
                table.remove(i)
                del listed[k]
            else:
                new = Span(old.start, old.end, op[2])
                table.replace(i, new)
                listed[k] = (i, new)
    plain = [s for _, s in listed]
    assert list(table) == plain and len(table) == len(plain)
    assert table.items() == listed
    assert table.covers(pos) == any(s.start <= pos < s.end for s in plain)
    lo, hi = pos, pos + width
    assert table.overlaps(lo, hi) == any(max(s.start, lo) < min(s.end, hi) for s in plain)
    assert table.ending_in(lo, hi) == [s for s in plain if lo <= s.end <= hi]
    assert table.starting_in(lo, hi) == [(i, s) for i, s in listed if lo <= s.start <= hi]
    assert table.exactly(lo, hi) == [i for i, s in listed if (s.start, s.end) == (lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.integers(0, 30)), max_size=30))
def test_spans_top_two_is_counters_most_common_in_rank_order(fed: list[tuple[str, int]]) -> None:
    top = TopTwo()
    for n, (key, rank) in enumerate(fed):
        top.feed(key, (rank, n))
    ranked = sorted(((rank, n), key) for n, (key, rank) in enumerate(fed))
    in_order = [key for _, key in ranked]
    assert top.top() == [k for k, _ in Counter(in_order).most_common(2)]


@given(st.lists(st.integers(0, 20)), st.integers(-2, 22))
def test_spans_last_at_most_is_the_last_value_not_above(values: list[int], limit: int) -> None:
    values.sort()
    expected = max((i for i, v in enumerate(values) if v <= limit), default=-1)
    assert last_at_most(values, limit) == expected == bisect_right(values, limit) - 1
