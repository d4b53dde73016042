"""Who speaks when a role phrase stands for its holder, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document


def _speakers(text: str, content: str) -> set[str]:
    x = extract_document(document_from_text(text, name="t.txt"))
    return {k for s in x.statements if content in s.label for k in s.speakers}


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        # "the Y leader": the person named once after the title "Y leader"
        (
            "Speaking from the hills on Monday, Tarvo Front leader Ilse Varga said the talks "
            'would resume in May.\n"Once the shelling stops, we will send our delegates back '
            'to the table," said the Tarvo Front leader.',
            "Once the shelling stops",
            {"person-ilse-varga"},
        ),
        # "the TITLE of Y": the person named once after "TITLE of Y"
        (
            "First Deputy Foreign Minister of Estonia Piet Aalders met the mediators in Geneva "
            'on Tuesday.\n"We have asked the mediators to set a date for the next round of '
            'talks," the First Deputy Foreign Minister of Estonia stressed.',
            "set a date",
            {"person-piet-aalders"},
        ),
        # a government "of President X" is no title of X's: the state speaks
        (
            "Chile has offered a corridor to the sea.\nThe Bolivian government of President "
            "Evo Morales said that the corridor would not be enough for its exports.",
            "would not be enough",
            {"state-bolivia"},
        ),
    ],
)
def test_a_role_phrase_speaks_for_its_holder(text: str, content: str, speakers: set[str]) -> None:
    assert _speakers(text, content) == speakers
