"""Proposals: adjectives of readiness ("is committed to", "remains ready to") and support given to a
first object ("lend Chad their support"), in phrasings of our own."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _offers(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(p.proposers, p.kind, p.label) for p in _extract(text).proposals]


def test_extract_a_state_committed_to_an_act_offers_it() -> None:
    assert _offers("Moldova remains committed to talks on the river ports.") == [
        (("state-moldova",), "offer", "talks on the river ports")
    ]
    assert _offers("Chile said Peru was committed to talks on the border.") == [
        (("state-peru",), "offer", "talks on the border")
    ]
    assert _offers("Peru is not committed to the talks.") == []
    assert _offers("Peru has committed war crimes, Chile said.") == []


def test_extract_readiness_coordinated_after_a_commitment_is_read_too() -> None:
    assert _offers(
        "Peru will continue to engage Chile and remains committed to dialogue, the Peruvian"
        " foreign minister said."
    ) == [
        (("state-peru",), "offer", "continue to engage Chile"),
        (("state-peru",), "offer", "dialogue"),
    ]


def test_extract_what_a_relative_clause_is_committed_to_uphold_is_no_offer() -> None:
    text = (
        '"These are the values that we are committed to uphold and defend, including the'
        ' sovereignty of Peru," the Chilean minister said.'
    )
    assert _extract(text).proposals == ()
    assert _offers("Chile, which is ready to reopen the border, asked Peru for a meeting.")[0] == (
        ("state-chile",),
        "offer",
        "reopen the border",
    )


def test_extract_support_given_to_a_first_object_says_whom_it_is_for() -> None:
    assert _offers("Peru called on Chile to lend Bolivia its full support.") == [
        (("state-peru",), "demand", "lend Bolivia its full support")
    ]
    assert _offers("Peru called on Chile to lend its full support to Bolivia.") == [
        (("state-peru",), "demand", "lend its full support to Bolivia")
    ]
    assert _offers("Peru offered its support.") == []


def test_extract_openness_after_a_participle_is_the_subject_s_own_offer() -> None:
    text = (
        "Peru on Monday urged Chile to answer a fishing proposal sent in March, reaffirming its"
        " openness to a “fair” deal after Chile raised its port fees."
    )
    assert _offers(text) == [
        (("state-peru",), "demand", "answer a fishing proposal sent in March"),
        (("state-peru",), "offer", "a fair deal"),
    ]


def test_extract_a_willingness_inside_what_is_demanded_is_asked_not_offered() -> None:
    text = (
        "Peru's first demand was for the talks to be based on the willingness of Chile and"
        " Bolivia to admit foreign observers."
    )
    assert _offers(text) == [
        (
            ("state-peru",),
            "demand",
            "the talks to be based on the willingness of Chile and Bolivia to admit foreign"
            " observers",
        )
    ]
    assert _offers("Peru welcomed Chile's willingness to reopen the border.") == [
        (("state-chile",), "offer", "reopen the border")
    ]
