"""Whom a description stands for where it names no actor itself (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _holders(x: Extraction, content: str) -> set[str]:
    labels = {e.key: e.label for e in x.entities}
    return {labels[k] for p in x.proposals if content in p.label for k in p.proposers}


@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        (  # member_nouns: "the members of" a body act as the body
            "The members of the Andean Council urged Tessaly and Norland to reopen the mountain"
            " pass to grain convoys.",
            "mountain pass",
            "Andean Council",
        ),
        (  # member_nouns: "the bloc's members"
            "The Andean Council met in Quito. The council's members called on Norland to"
            " release the detained fishermen.",
            "detained fishermen",
            "Andean Council",
        ),
    ],
)
def test_members_stand_for_their_body(text: str, content: str, holder: str) -> None:
    assert _holders(_extract(text), content) == {holder}


@pytest.mark.parametrize(
    "text",
    [
        "After a night of talks, neither the envoys of Tessaly nor the Farmers Union agreed to"
        " set a date for the vote.",
        "Neither the Tessalian delegates nor the Farmers Union agreed to set a date for the vote.",
    ],
)
def test_a_negative_subject_agrees_to_nothing(text: str) -> None:
    assert not _extract(text).proposals


def test_the_country_of_a_speaker_named_by_their_title() -> None:
    # a person whose title names their state: "the country" in their words is that state
    text = (
        "Officials of Peru and Bolivia met in La Paz on Monday. Peru's envoy Mara Lind said the"
        " country was willing to cooperate on river patrols and flood warnings."
    )
    assert _holders(_extract(text), "river patrols") == {"Peru"}


def test_a_bare_title_in_a_quotation_is_not_its_speaker() -> None:
    # "the federal prime minister" in a regional premier's words: the prime minister named
    # before, not the premier who speaks (a word of the state's level keeps the title bare)
    text = (
        "A statement from Canadian Prime Minister Tom Hale's office said the budget was approved"
        " at a meeting also attended by Northern Union Premier and Prime Minister Lise Roy.\n\n"
        '"The federal prime minister has voiced his readiness to pay for a new rail link to the'
        ' coast," Roy told reporters.'
    )
    assert "Tom Hale" in _holders(_extract(text), "rail link")
