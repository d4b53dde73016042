"""Forms of English that say whom a person works for, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(a.person, a.org) for a in _extract(text).affiliations}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # an apposition after the last name of a list, hung by the parse on the first item
        (
            "Talks opened in Lima between Chile and Ana Rios, a senior adviser to the Andean "
            "Fisheries Board, on Monday.",
            "person-ana-rios",
            "org-andean-fisheries-board",
        ),
    ],
)
def test_extract_affiliation_forms_name_the_body(text: str, person: str, org: str) -> None:
    assert (person, org) in _pairs(text)


def test_extract_affiliation_a_title_running_into_the_next_name_is_that_persons() -> None:
    pairs = _pairs(
        "The plan was welcomed in a joint letter by US Secretary of Commerce Ana Rios, EU "
        "Commissioner for Trade and Industrial Policy Tomas Berg and Japanese Minister of Economy "
        "Luis Prado."
    )
    assert ("person-ana-rios", "state-united-states") in pairs
    assert ("person-ana-rios", "org-european-union") not in pairs
