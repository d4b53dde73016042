"""Forms of English that put proposals and their conditions forward, in phrasings of our own."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def test_extract_an_offer_verb_under_should_is_asked_of_its_subject() -> None:
    x = _extract("Peru said Chile should agree to talks over the fishing zone.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-peru",), ("state-chile",))
    assert "talks over the fishing zone" in p.label
    assert not _extract("Under the new plan, Chile must agree to talks on the zone.").proposals


def test_extract_a_content_cut_off_by_the_end_of_an_excerpt_is_no_proposal() -> None:
    x = _extract("Chile offered Peru new fishing talks. Peru wants to reopen the bridge at")
    assert [p.label for p in x.proposals] == ["new fishing talks", "reopen the bridge at"]
    x = _extract("Chile offered Peru new fishing talks. Peru wants to reopen a")
    assert [p.label for p in x.proposals] == ["new fishing talks"]


def test_extract_a_coordinated_verb_of_what_is_won_is_no_item_of_its_own() -> None:
    x = _extract("Chile made an offer to release the pilot and secure the freedom of two sailors.")
    assert [p.label for p in x.proposals] == [
        "offer to release the pilot and secure the freedom of two sailors"
    ]
    x = _extract("Chile pledged to free the pilot and reopen the consulate.")
    assert [p.label for p in x.proposals] == ["free the pilot", "reopen the consulate"]
