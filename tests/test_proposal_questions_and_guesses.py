"""Proposals: a question asked inside a longer sentence, a guess at what the speaker's things
could do, and a promise to discuss what was said put nothing forward; in phrasings of our
own."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


_LEAD = "Peru's foreign minister Ivo Marek spoke about Chile on Monday. "


def test_extract_an_inverted_clause_ending_in_a_question_mark_is_no_commitment() -> None:
    x = _extract(
        _LEAD + '"Why? If outsiders join the talks, will they respect our borders?" he said.'
    )
    assert x.proposals == ()
    x = _extract(
        _LEAD + '"Our army cannot do it alone? If others join, would they fund it?" he asked.'
    )
    assert x.proposals == ()


def test_extract_the_same_clause_stated_is_still_a_commitment() -> None:
    x = _extract(_LEAD + '"If outsiders join the talks, Chile will respect our borders," he said.')
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "respect our borders")
    ]


def test_extract_what_the_speaker_s_things_could_do_is_a_guess_not_an_offer() -> None:
    lead = "Peru's foreign minister Ivo Marek spoke on Monday. "
    x = _extract(lead + "He said their shared interests could push the region toward peace.")
    assert x.proposals == ()
    x = _extract(lead + "He said their shared interests would push the region toward peace.")
    assert [p.label for p in x.proposals] == ["push the region toward peace"]


def test_extract_discussing_what_was_said_is_a_response_not_a_commitment() -> None:
    x = _extract(_LEAD + '"We will consider and discuss these issues," he said.')
    assert x.proposals == ()
    x = _extract(_LEAD + '"We will study it and send an envoy," he said.')
    assert [p.label for p in x.proposals] == ["send an envoy"]
