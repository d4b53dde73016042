"""The indexes that keep a long document's cost linear answer exactly as the scans they
replace (each checked against the scan, on random facts)."""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract.context import first_holding
from graph.extract.records import Condition, Proposal, Stance
from graph.extract.stances import _Earlier
from graph.extract.statements import _MOSTLY, _Held, _Sides

ACTORS = ["a", "b", "c", "d"]


@st.composite
def _proposals(draw: st.DrawFn) -> tuple[Proposal, ...]:
    """Proposals in roughly the document's order: spans by start, a cue before or after."""
    out = []
    at = 0
    for i in range(draw(st.integers(0, 25))):
        at += draw(st.integers(0, 30))
        size = draw(st.integers(1, 40))
        cue = draw(st.one_of(st.none(), st.integers(-20, size + 20)))
        out.append(
            Proposal(
                key=f"p{i}",
                label=f"p{i}",
                span=(at, at + size),
                proposers=tuple(draw(st.sets(st.sampled_from(ACTORS), max_size=2))),
                cue=None if cue is None else (max(0, at + cue), max(0, at + cue) + 4),
            )
        )
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(_proposals(), st.integers(0, 600), st.integers(0, 120))
def test_earlier_proposals_are_those_a_scan_finds(
    proposals: tuple[Proposal, ...], here: int, rest: int
) -> None:
    end = here + rest
    scan = [x for x in proposals if (x.cue or x.span)[0] < here or here < x.span[0] < end]
    assert _Earlier(proposals).at(here, end) == scan


@settings(max_examples=300, deadline=None)
@given(_proposals(), st.integers(0, 600), st.integers(0, 120), st.integers(1, 6))
def test_earlier_proposals_reach_back_only_so_far(
    proposals: tuple[Proposal, ...], here: int, rest: int, reach: int
) -> None:
    """Of the leading run of proposals put forward before the stance, only the last ``reach``."""
    end = here + rest
    run = 0  # how many proposals from the first are all put forward before here
    while run < len(proposals) and (proposals[run].cue or proposals[run].span)[0] < here:
        run += 1
    scan = [
        x
        for k, x in enumerate(proposals)
        if (run - reach <= k < run)
        or (k >= run and ((x.cue or x.span)[0] < here or here < x.span[0] < end))
    ]
    assert _Earlier(proposals, reach).at(here, end) == scan


@settings(max_examples=300, deadline=None)
@given(_proposals(), st.integers(0, 600), st.integers(1, 200))
def test_a_quotation_mostly_held_is_what_a_scan_finds(
    proposals: tuple[Proposal, ...], start: int, size: int
) -> None:
    span = (start, start + size)
    spans = [x.span for x in proposals]
    covered = sum(max(0, min(b, span[1]) - max(a, span[0])) for a, b in spans)
    assert _Held(spans).mostly(span) == (covered > _MOSTLY * size)


@settings(max_examples=200, deadline=None)
@given(_proposals(), st.sets(st.sampled_from(ACTORS)), st.data())
def test_a_sides_own_facts_are_those_a_scan_finds(
    proposals: tuple[Proposal, ...], side: set[str], data: st.DataObject
) -> None:
    keys = [x.key for x in proposals] or ["none"]
    conditions = tuple(
        Condition(proposal=data.draw(st.sampled_from(keys)), label=f"c{i}", span=(0, 1))
        for i in range(data.draw(st.integers(0, 6)))
    )
    stances = tuple(
        Stance(data.draw(st.sampled_from(ACTORS)), "reject", f"s{i}", (0, 1))
        for i in range(data.draw(st.integers(0, 6)))
    )
    own = _Sides({"proposals": proposals, "conditions": conditions, "stances": stances}).of(side)
    mine = [x for x in proposals if side & set(x.proposers)]
    assert sorted(own["proposals"], key=proposals.index) == mine
    assert sorted(own["conditions"], key=conditions.index) == [
        c for c in conditions if c.proposal in {x.key for x in mine}
    ]
    assert sorted(own["stances"], key=stances.index) == [s for s in stances if s.holder in side]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=20),
    st.integers(0, 260),
)
def test_the_quotation_holding_an_offset_is_the_first_a_scan_finds(
    raw: list[tuple[int, int]], offset: int
) -> None:
    spans = sorted((a, a + size) for a, size in raw)  # nested and overlapping ones too
    reach = list(accumulate((b for _, b in spans), max))
    scan = next((q for q in spans if q[0] <= offset < q[1]), None)
    assert first_holding(spans, reach, offset) == scan
