"""Proposals read from real-news forms, in phrasings of our own (helper prop27)."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def test_extract_a_list_of_demands_put_forward_by_an_agent_is_read_with_its_light_head() -> None:
    x = _extract("Peru rejected the ten-point list of demands made by Chile on Friday.")
    (p,) = x.proposals
    assert p.proposers == ("state-chile",)
    assert p.label == "the ten-point list of demands"
