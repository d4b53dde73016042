"""Forms of English met in briefings, communiques and wire copy, in phrasings of our own:
a briefing's heading that names its host after the host's titles and office, and more."""

from __future__ import annotations

import pytest
from extraction_helpers import affiliated, extract, people, proposed

_BRIEFING_BODY = (
    "\n\nSPOKESPERSON: Good afternoon. We demand the release of our fishermen by Peru.\n\n"
    "Q (Lucia Mora, El Universo): Will Ecuador retaliate?\n\n"
    "SPOKESPERSON: We are ready to open talks with Lima next week.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Weekly press briefing by Foreign Ministry Spokesperson Tomas Albornoz\n\n"
        "Quito, 3 May 2026",
        "Transcript: Weekly press briefing by the Spokesperson of the Ministry of Foreign "
        "Affairs, Ambassador Tomas Albornoz\n\nQuito, 3 May 2026",
        "Press briefing by the Spokesperson of the Ministry of Foreign Affairs, Tomas "
        "Albornoz, Quito, 3 May 2026",
    ],
)
def test_a_briefings_heading_names_its_host_after_titles_and_office(heading: str) -> None:
    ex = extract(heading + _BRIEFING_BODY)
    assert "Tomas Albornoz" in people(ex)
    assert ("Tomas Albornoz", "the release of our fishermen by Peru") in proposed(ex)
    assert ("Tomas Albornoz", "open talks with Lima next week") in proposed(ex)
    assert ("Tomas Albornoz", "Ministry of Foreign Affairs of Ecuador") in affiliated(ex)


def test_a_headline_in_title_case_names_no_person_after_a_title() -> None:
    ex = extract(
        "Secretary-General Urges Calm As Border Talks Resume\n\n"
        "Peru and Ecuador resumed talks on Monday, the United Nations said.\n"
    )
    assert not people(ex)
