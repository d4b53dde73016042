"""Repeated reports of one proposal, folded into one record (:mod:`graph.extract.repeats`)."""

from __future__ import annotations

from graph.extract.records import Proposal
from graph.extract.repeats import merge_repeats


def _proposal(key: str, label: str, at: int, to: tuple[str, ...] = ("state-norland",)) -> Proposal:
    return Proposal(
        key=key,
        label=label,
        span=(at, at + len(label)),
        kind="offer",
        proposers=("state-tessaly",),
        addressees=to,
        evidence=(at, at + 200),
    )


def test_repeats_a_proposal_restated_in_other_words_is_one() -> None:
    first = _proposal(
        "p1", "a treaty under which other states would act as guarantors of Norland's security", 0
    )
    again = _proposal(
        "p2", "an international mechanism of security guarantees in which guarantor states act", 300
    )
    kept, _, _ = merge_repeats([first, again], [], [])
    assert [p.key for p in kept] == ["p1"]


def test_repeats_other_proposals_to_the_same_party_stay_apart() -> None:
    talks = _proposal("p1", "talks with regard to arms control and naval incidents", 0)
    other = _proposal("p2", "discuss positions regarding conventional arms control", 300)
    sea = _proposal("p3", "not undermine each other's claims in the Arven Sea", 600)
    manage = _proposal("p4", "jointly manage disputes and calm the situation in the Arven Sea", 900)
    kept, _, _ = merge_repeats([talks, other, sea, manage], [], [])
    assert len(kept) == 4


def test_repeats_restated_proposals_to_other_parties_stay_apart() -> None:
    first = _proposal(
        "p1", "a treaty under which other states would guarantee Norland's security", 0
    )
    again = _proposal(
        "p2", "a mechanism of security guarantees in which guarantor states act", 300, ("state-x",)
    )
    kept, _, _ = merge_repeats([first, again], [], [])
    assert len(kept) == 2
