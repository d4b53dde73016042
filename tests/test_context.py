"""Who holds a proposal where the text names the holder only by reference (sentences of our own)."""

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
        (  # definite-state-noun
            "Chile hosted Peru in Santiago on Monday. The country offered a joint patrol of the"
            " fishing grounds.",
            "joint patrol",
            "Chile",
        ),
        (  # definite-state-noun
            "Morocco received an Algerian envoy in Rabat. The kingdom proposed a joint commission"
            " on the border crossings.",
            "joint commission",
            "Morocco",
        ),
        (  # repeated-description
            "Chile hosted Peru in Santiago on Monday. The Peruvian delegation arrived late. The"
            " delegation proposed a joint patrol of the fishing grounds.",
            "joint patrol",
            "Peru",
        ),
        (  # repeated-description
            "Kenya welcomed Somalia's envoy in Nairobi. The envoy offered talks on the maritime"
            " boundary.",
            "maritime boundary",
            "Somalia",
        ),
        (  # "it" after a proposal: the proposal's owner
            "Canadian envoy Ana Rios sent Denmark a proposal last week. The proposal sought to"
            " share the island in exchange for Denmark dropping its claim to the strait."
            " Additionally, it aimed to settle the fishing dispute through arbitration.",
            "fishing dispute",
            "Canada",
        ),
        (  # a quotation paragraph after an attributed one: the same speaker's "we"
            'Chile and Peru met in Lima on Monday.\n\n"We do not want another dispute at sea,"'
            ' Chilean President Ana Rios said.\n\n"We are ready to share the fishing grounds with'
            ' our neighbours."',
            "fishing grounds",
            "Chile",
        ),
        (  # statement-lead-in: "we" after a lead-in that opens a statement
            "Chile and Peru issued a joint statement on Monday:\n\nThe fishing season opens in"
            " May. We call on Bolivia to reopen the border crossings.",
            "border crossings",
            "Peru",
        ),
        (  # statement-lead-in: the issuers the subject's phrase names
            "The members of the Andean bloc (Chile, Peru and Bolivia) made a new statement"
            " on the talks:\n\nThe talks were useful. We call on Argentina to reopen the border"
            " crossings.",
            "border crossings",
            "Bolivia",
        ),
        (  # gerund-of-act: the "by" phrase of the noun the gerund hangs on
            "The talks resumed after an intervention by Chile in putting forward a joint patrol"
            " of the fishing grounds.",
            "joint patrol",
            "Chile",
        ),
        (  # gerund-of-act: the noun's owner
            "Ecuador welcomed Peru's lead in proposing a joint survey of the reef.",
            "joint survey",
            "Peru",
        ),
    ],
)
def test_context_a_reference_names_the_holder(text: str, content: str, holder: str) -> None:
    assert holder in _holders(_extract(text), content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # not a bare description: "the other country" is not the one named before
            "Chile hosted Peru in Santiago on Monday. The other country offered a joint patrol of"
            " the fishing grounds.",
            "joint patrol",
        ),
        (  # a paragraph of its own that names its speaker is not the quotation before
            'Chile and Peru met in Lima on Monday.\n\n"We do not want another dispute at sea,"'
            " Chilean President Ana Rios said.\n\nPeru said it was ready to share the fishing"
            " grounds.",
            "fishing grounds",
        ),
        (  # statement-lead-in: a question line ends the statement
            "Chile stated its position on the talks:\n\nThe talks were useful.\n\nQ: Will you"
            " meet Peru?\nA: We call on Peru to reopen the border crossings.",
            "border crossings",
        ),
        (  # statement-lead-in: a lead-in that opens no statement
            "Chile listed three ports:\n\nArica, Iquique and Antofagasta. We call on Peru to"
            " reopen the border crossings.",
            "border crossings",
        ),
    ],
)
def test_context_a_reference_is_not_stretched(text: str, content: str) -> None:
    assert "Chile" not in _holders(_extract(text), content)


def _speakers(x: Extraction, content: str) -> set[str]:
    labels = {e.key: e.label for e in x.entities}
    return {labels[k] for s in x.statements if content in s.label for k in s.speakers}


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        (  # definite-title: the president named before, not the one the quotation names
            "President Ana Rios spoke in Lima on Monday. “We will not repeat the mistakes of"
            " President Tomas Berg,” the president said.",
            "mistakes",
            {"Ana Rios"},
        ),
        (  # titled-list: every person of the list
            "“The river crossing will stay open all winter,” said a joint statement by Chilean"
            " Foreign Minister Ana Rios, Andean Board Commissioner Tomas Berg and Peruvian Minister"
            " of Trade Elena Ruiz.",
            "river crossing",
            {"Ana Rios", "Tomas Berg", "Elena Ruiz"},
        ),
        (  # a pronoun after a subject that names no role: the speaker before, not the owner
            "Ana Rios met the Peruvian envoy in Lima. She said the talks had gone well. The"
            " only thing Peru wants, she said, is a fair share of the catch.",
            "fair share",
            {"Ana Rios"},
        ),
        (  # definite-speech-noun: who said in a statement just before
            "Chile and Peru held talks in Arica on Monday, Chilean spokeswoman Lucia Ferrer said"
            " in a statement.\n\n“The talks on the mountain pass were frank and useful,”"
            " the statement said.",
            "frank and useful",
            {"Lucia Ferrer"},
        ),
        (  # definite-speech-noun: else who spoke just before
            "Uruguay announced on Friday that it would send a delegation to the border town."
            " “The delegation will carry food and medicine for the flooded villages,” the"
            " declaration said.",
            "food and medicine",
            {"Uruguay"},
        ),
    ],
)
def test_context_a_reference_names_the_speaker(text: str, content: str, speakers: set[str]) -> None:
    assert _speakers(_extract(text), content) == speakers


# -- descriptions standing for an actor: members, negative subjects, titles, the country --


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
