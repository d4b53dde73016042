"""Proposals: continued commitments, phrasal verbs, the agent of a participle, bare nouns of
proposing; in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def test_extract_a_state_that_will_continue_an_act_commits_to_it() -> None:
    x = _extract("Peru will continue to honour the fishing accord, its foreign minister said.")
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-peru",), "offer", "continue to honour the fishing accord")
    ]
    x = _extract("Peru will continue to press for a truce, its foreign minister said.")
    assert [p.label for p in x.proposals] == ["a truce"]


def test_extract_a_phrasal_verb_with_a_particle_of_its_own_is_not_a_call_for() -> None:
    assert (
        _extract("Peru called out Chile for demanding the return of the islands.").proposals == ()
    )
    x = _extract("Peru called for talks on the river.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "talks on the river")
    ]


def test_extract_a_participle_after_a_made_by_phrase_has_its_agent() -> None:
    x = _extract(
        "The talks resumed days before a deadline set by the African Union calling on the"
        " parties to sign a border pact."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("org-african-union",), "sign a border pact")
    ]
    x = _extract("Peru welcomed a statement issued by the African Union calling for a truce.")
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("org-african-union",), "demand", "a truce")
    ]


def test_extract_a_bare_proposal_noun_made_by_an_agent_is_kept_only_as_a_stance_target() -> None:
    assert (
        _extract("The border deal rests on a proposal drafted by Chile in March.").proposals == ()
    )
    x = _extract("Peru rejected a proposal drafted by Chile in March.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-chile",), "a proposal")
    assert [s.proposal for s in x.stances] == [p.key]


def test_extract_a_possessive_pronoun_on_a_delivered_proposal_is_the_deliverer_s() -> None:
    x = _extract("Peru said Chile had presented its plan to close the border crossing.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "plan to close the border crossing")
    ]
    x = _extract("Peru confirms that Chile formally communicated its plan to close the border.")
    assert [p.proposers for p in x.proposals] == [("state-chile",)]
    x = _extract("Peru said it would present its plan to reopen the border crossing.")
    assert [p.proposers for p in x.proposals] == [("state-peru",)]


def test_extract_an_offer_made_by_an_agent_is_read_once() -> None:
    x = _extract(
        "Maria Lopez\nMARIA LOPEZ\n\nSANTIAGO\n\n\n\nChile has dismissed a financial offer made by"
        " the Peruvian government to atone for the 1932-35 raids on the coast as “unacceptable”."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "a financial offer to atone for the 1932-35 raids on the coast")
    ]  # its purpose with it, as "a financial offer to settle the fishing dispute"


def test_extract_an_urging_verb_the_tagger_took_for_a_noun_still_urges() -> None:
    x = _extract(
        "The members of the Security Council urge both sides to halt the shelling and to resume"
        " talks."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("org-un-security-council",), "halt the shelling"),
        (("org-un-security-council",), "resume talks"),
    ]


def test_extract_the_infinitive_after_a_made_by_phrase_says_what_the_noun_puts_forward() -> None:
    x = _extract("Peru rejected the demand made by Chile to reopen the border.")
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-chile",), "demand", "the demand to reopen the border")
    ]
    assert [s.proposal for s in x.stances] == [x.proposals[0].key]


def test_extract_a_reported_subject_the_parse_took_into_a_date_still_commits() -> None:
    x = _extract(
        "Prime Minister Ana Ruiz said on Friday Peru would start talks with Chile to settle the"
        " dispute once Chilean provocations stop."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "start talks with Chile to settle the dispute")
    ]
    assert [c.requires for c in x.conditions] == [("state-chile",)]


def test_extract_an_amount_demanded_for_a_purpose_is_the_demand_not_an_urged_party() -> None:
    x = _extract("Peru had demanded at least US$500 billion to help build resilience to droughts.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "at least US$500 billion")
    ]
    x = _extract("Peru urged 5,000 farmers to leave the valley.")
    assert [p.label for p in x.proposals] == ["leave the valley"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister proposed a joint survey of the glacier, Nepal said.",
        "The country's chief negotiator proposed a joint survey of the glacier, Nepal said.",
        "A senior official proposed a joint survey of the glacier, according to Nepal.",
    ],
)
def test_extract_an_office_with_no_name_acts_for_whoever_reports_its_act(text: str) -> None:
    (p,) = _extract(text).proposals
    assert p.proposers == ("state-nepal",)
    assert "joint survey of the glacier" in p.label


def test_extract_an_office_with_no_name_and_no_reporter_puts_nothing_forward() -> None:
    assert not _extract("The foreign minister proposed a joint survey of the glacier.").proposals
    # an outlet only reports
    assert not _extract("A senior official proposed a joint survey, Reuters reported.").proposals


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Peru rejected a truce proposal put forward by Chile.", "a truce proposal"),
        ("Peru rejected the plan set out by Chile to share the radar data.", "the plan to share"),
        ("Peru accepted parts of a truce proposal put forward by Chile.", "a truce proposal"),
    ],
)
def test_extract_a_proposal_noun_with_a_phrasal_participle_and_agent_is_the_agents(
    text: str, label: str
) -> None:
    x = _extract(text)
    (p,) = x.proposals
    assert p.proposers == ("state-chile",)
    assert p.label.startswith(label)
    assert " out " not in f" {p.label} " and "forward" not in p.label
    assert [s.proposal for s in x.stances] == [p.key]


@pytest.mark.parametrize("along", ["along with", "together with", "alongside"])
def test_extract_actors_joined_to_the_subject_act_with_it(along: str) -> None:
    (p,) = _extract(f"Chile, {along} Peru and Bolivia, proposed a joint river survey.").proposals
    assert set(p.proposers) == {"state-chile", "state-peru", "state-bolivia"}
    (p,) = _extract("Chile, backed by Peru, proposed a joint river survey.").proposals
    assert p.proposers == ("state-chile",)
