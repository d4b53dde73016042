"""A refusal to take part in a meeting or a body put forward rejects it (phrasings of our own)."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document


def _stances(text: str) -> list[tuple[str, str, str]]:
    found = extract_document(document_from_text(text, name="t.txt")).stances
    return [(s.holder, s.stance, s.label) for s in found]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Peru will not take part in the water commission Chile proposed.", "water commission"),
        ("Peru said it would not participate in the summit on river tolls.", "summit"),
        ("Peru said it would not attend the conference on river tolls.", "conference"),
        ("Peru will never take part in talks on the islands.", "talks on the islands"),
    ],
)
def test_a_refused_part_in_a_meeting_rejects_it(text: str, label: str) -> None:
    found = _stances(text)
    assert len(found) == 1, found
    holder, stance, said = found[0]
    assert (holder, stance) == ("state-peru", "rejects")
    assert label in said


@pytest.mark.parametrize(
    "text",
    [
        "Peru took part in the summit on river tolls.",  # taking part is no stance
        "Peru did not take in the refugees from the islands.",  # another phrasal verb
        "Peru urged Chile not to attend the conference on river tolls.",  # asked, not taken
        "Peru will not take action in the islands.",  # 'part' is needed
    ],
)
def test_no_stance_without_a_refused_part(text: str) -> None:
    assert _stances(text) == []
