"""Lists of people with their titles and clauses the parser misreads, in phrasings of our own:
each form was seen in reporting and is written here in other words."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _affiliations(x: Extraction) -> set[tuple[str, str]]:
    return {(a.person, a.org) for a in x.affiliations}


# -- the parse repaired --------------------------------------------------------------------


def test_a_verb_taken_for_a_compound_in_a_condition_is_the_condition_verb() -> None:
    x = _extract(
        "South Korea offered to scale back the drills if Pyongyang halts missile launches."
    )
    (p,) = x.proposals
    assert p.label == "scale back the drills"
    (c,) = x.conditions
    assert c.label == "if Pyongyang halts missile launches"
    assert c.requires == ("state-north-korea",)


# -- lists of titled people ----------------------------------------------------------------


def test_names_listed_after_one_title_phrase_keep_each_their_own_state() -> None:
    x = _extract(
        "The summit brought together the guarantor states, represented by Foreign Minister"
        " Ana Rios of Chile, Foreign Minister Jorge Pardo of Peru and Deputy Minister Luis Vega"
        " of Bolivia."
    )
    assert _affiliations(x) == {
        ("person-ana-rios", "state-chile"),
        ("person-jorge-pardo", "state-peru"),
        ("person-luis-vega", "state-bolivia"),
    }


def test_a_title_set_off_before_a_name_is_not_the_next_listed_title() -> None:
    x = _extract(
        "The meeting was attended by the Bosnian Serb leader, Milorad Dodik, and the Croatian"
        " foreign minister, Gordan Grlic Radman."
    )
    pairs = _affiliations(x)
    assert ("person-gordan-grlic-radman", "state-croatia") in pairs
    assert ("person-gordan-grlic-radman", "state-bosnia-and-herzegovina") not in pairs
    assert ("person-milorad-dodik", "state-croatia") not in pairs


# -- a list the object opens ---------------------------------------------------------------


def test_an_infinitive_after_the_agreed_object_is_a_second_item() -> None:
    x = _extract("Iran agreed to an inspection regime and to cap enrichment at 3.67 percent.")
    assert sorted(p.label for p in x.proposals) == [
        "an inspection regime",
        "cap enrichment at 3.67 percent",
    ]
    assert all(p.proposers == ("state-iran",) for p in x.proposals)


def test_an_infinitive_after_the_offered_object_is_a_second_item() -> None:
    x = _extract("Iran offered a prisoner swap and to reopen the embassy.")
    assert sorted(p.label for p in x.proposals) == ["a prisoner swap", "reopen the embassy"]


def test_a_verb_after_but_is_no_item_of_the_object_wanted() -> None:
    x = _extract(
        "Peru said that its government wants calm on the border but will not sign a treaty"
        " while Chile holds the disputed triangle."
    )
    assert [p.label for p in x.proposals] == ["calm on the border"]


# -- the speaker's own side in a briefing ------------------------------------------------

_BRIEFING = """Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on 3 March

Q (Anna Berg, AFP): When will the fruit trade restart?

A: The relevant authorities will resume imports as soon as the test results meet our \
standards. Our experts are willing to take part in the survey, provided that they can \
collect samples themselves.
"""


def test_the_relevant_authorities_and_our_experts_are_the_speakers_side() -> None:
    x = _extract(_BRIEFING)
    by = {p.label: p.proposers for p in x.proposals}
    # the speaker, and the ministry the heading says she speaks for (no state is named)
    side = ("person-mao-ning", "org-ministry-of-foreign-affairs-of-china")
    assert by["resume imports"] == side
    assert by["take part in the survey"] == side
    assert {c.label for c in x.conditions} == {
        "as soon as the test results meet our standards",
        "provided that they can collect samples themselves",
    }


def test_experts_of_no_speaker_are_nobodys_side() -> None:
    x = _extract("The relevant authorities will resume imports if the tests are clean.")
    assert x.proposals == ()


# -- conditions of two clauses ---------------------------------------------------------------


def _conditions(x: Extraction) -> set[tuple[str, tuple[str, ...]]]:
    return {(c.label, c.requires) for c in x.conditions}


def test_a_verb_taken_for_a_plural_after_provided_is_the_condition_verb() -> None:
    x = _extract(
        "Colombia said it would restore funding to the region provided the ELN hands over"
        " its rifles."
    )
    (p,) = x.proposals
    assert p.label == "restore funding to the region"
    (c,) = x.conditions
    assert c.label == "provided the ELN hands over its rifles"


def test_a_second_clause_with_its_own_subject_is_a_second_condition() -> None:
    x = _extract(
        "Peru will reopen the border if Chile pays compensation and Bolivia drops its claim."
    )
    assert _conditions(x) == {
        ("if Chile pays compensation", ("state-chile",)),
        ("if Bolivia drops its claim", ("state-bolivia",)),
    }


def test_a_subject_taken_for_a_listed_object_opens_a_second_condition() -> None:
    x = _extract(
        "Peru will reopen the border once Chilean troops have left the valley and neutral"
        " observers are deployed."
    )
    assert {label for label, _ in _conditions(x)} == {
        "once Chilean troops have left the valley",
        "once neutral observers are deployed",
    }


def test_a_clause_after_a_comma_and_of_its_own_tense_stays_out_of_the_condition() -> None:
    x = _extract("Peru offered talks if Chile paid compensation, and Bolivia welcomed the offer.")
    assert {label for label, _ in _conditions(x)} == {"if Chile paid compensation"}


# -- names ---------------------------------------------------------------------------------


def _entities(x: Extraction) -> set[tuple[str, str]]:
    return {(e.label, e.cls) for e in x.entities}


def test_a_place_name_that_is_a_given_name_opens_a_persons_name() -> None:
    assert _entities(_extract("Victoria Lee said the talks had failed.")) == {
        ("Victoria Lee", "Person")
    }
    assert _entities(_extract("The Sofia talks ended without a deal.")) == {("Sofia", "Place")}


def test_an_unknown_outlet_in_a_question_label_is_the_reporters_outlet() -> None:
    x = _extract("Q (Maria Ruiz, Radio Andina): Is the offer still open?")
    assert ("Radio Andina", "Organisation") in _entities(x)
    assert _affiliations(x) == {("person-maria-ruiz", "org-radio-andina")}


def test_a_surname_a_weapon_is_named_after_ends_a_titled_name() -> None:
    x = _extract("Energy Minister Alparslan Bayraktar has proposed a broader gas accord.")
    assert _entities(x) == {("Alparslan Bayraktar", "Person")}
    assert [p.proposers for p in x.proposals] == [("person-alparslan-bayraktar",)]


def test_a_common_word_that_is_a_surname_opens_a_name_before_a_hyphenated_given_name() -> None:
    x = _extract('"The talks are stuck," said Park Won-gon, a professor at Yonsei University.')
    assert ("Park Won-gon", "Person") in _entities(x)
    assert _affiliations(x) == {("person-park-won-gon", "org-yonsei-university")}
    assert _entities(_extract("Protesters gathered in Central Park on Sunday.")) == set()


def test_a_bylines_role_after_a_hyphenated_name_names_the_employer() -> None:
    x = _extract(
        "Water Talks Stall\n\nBy Noor al-Rawi, senior researcher at the Mosul Institute for"
        " Regional Studies\n\nThe talks failed."
    )
    assert _affiliations(x) == {("person-noor-al-rawi", "org-mosul-institute-for-regional-studies")}


def test_two_gerunds_after_in_return_for_a_name_are_two_conditions() -> None:
    x = _extract(
        "Peru will put off a planned tariff on Chilean goods for 90 days in return for Chile"
        " deploying more police officers to its northern border and tightening controls on"
        " smuggling, both governments said on Thursday."
    )
    (p,) = x.proposals
    assert p.label == "put off a planned tariff on Chilean goods for 90 days"
    assert _conditions(x) == {
        (
            "in return for Chile deploying more police officers to its northern border",
            ("state-chile",),
        ),
        ("in return for Chile tightening controls on smuggling", ("state-chile",)),
    }


def test_calling_a_pact_illegal_rejects_it_and_reports_no_words() -> None:
    x = _extract("Lima has called the pact illegal and expelled Chile's ambassador.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "rejects", "the pact")
    ]
    assert x.statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Peru has made a troop withdrawal a condition for any talks.",
        "Chile said Peru had made a troop withdrawal a condition for any talks.",
    ],
)
def test_making_a_a_condition_for_b_demands_a_and_offers_b_on_it(text: str) -> None:
    x = _extract(text)
    assert {(p.kind, p.label, p.proposers) for p in x.proposals} == {
        ("demand", "a troop withdrawal", ("state-peru",)),
        ("offer", "any talks", ("state-peru",)),
    }
    assert [c.label for c in x.conditions] == ["a troop withdrawal"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Peru offered to lift the sanctions, but the offer hinges on Chile releasing the"
            " fishermen.",
            "hinges on Chile releasing the fishermen",
        ),
        (
            "Peru offered to lift the sanctions. Any such move, however, depends on Chile"
            " releasing the fishermen.",
            "depends on Chile releasing the fishermen",
        ),
        (
            "Peru would lift the sanctions were Chile to release the fishermen.",
            "were Chile to release the fishermen",
        ),
    ],
)
def test_conditions_put_as_predicates_and_by_inversion(text: str, label: str) -> None:
    x = _extract(text)
    (p,) = x.proposals
    assert p.label == "lift the sanctions" and p.proposers == ("state-peru",)
    assert _conditions(x) == {(label, ("state-chile",))}


def test_what_a_subject_read_as_an_offer_depends_on_conditions_it() -> None:
    x = _extract(
        "The lifting of sanctions would depend on Chile releasing the fishermen, Peru said."
    )
    offer = next(p for p in x.proposals if p.kind == "offer")
    assert offer.label == "The lifting of sanctions"
    (c,) = x.conditions
    assert c.proposal == offer.key and c.requires == ("state-chile",)


def test_terms_set_out_including_examples_are_each_demanded() -> None:
    x = _extract(
        "Mali's junta set out its own conditions, including a three-year transition and the"
        " lifting of sanctions."
    )
    assert {(p.kind, p.label, p.proposers) for p in x.proposals} == {
        ("demand", "a three-year transition", ("state-mali",)),
        ("demand", "the lifting of sanctions", ("state-mali",)),
    }
    accepted = _extract("Peru accepted the conditions, including a three-year transition.")
    assert accepted.proposals == ()


def test_a_rejection_of_listed_demands_is_one_per_demand() -> None:
    x = _extract(
        "Peru rejected Chile's demands, including a three-year transition and the lifting of"
        " sanctions."
    )
    assert sorted(s.label for s in x.stances) == [
        "a three-year transition",
        "the lifting of sanctions",
    ]


def test_congo_alone_is_the_democratic_republic_and_its_river_no_state() -> None:
    x = _extract("The M23 rebels proposed a humanitarian pause, which Congo rejected.")
    assert [(s.holder, s.stance) for s in x.stances] == [
        ("state-democratic-republic-of-the-congo", "rejects")
    ]
    assert _entities(_extract("Barges on the Congo River were halted.")) == set()
    assert _entities(_extract("The Republic of Congo hosted the talks.")) == {
        ("Republic of the Congo", "State")
    }


def test_a_chairs_let_us_go_to_questions_offers_nothing() -> None:
    x = _extract(
        "Official Spokesperson Ana Rios: Good afternoon. Let us go straight to your questions."
    )
    assert x.proposals == ()
    signed = _extract('"Let us sign the treaty this week," Peru\'s president Ana Rios said.')
    assert [p.label for p in signed.proposals] == ["sign the treaty"]


def test_a_hyphen_ends_a_two_word_dateline_before_a_whole_sentence() -> None:
    x = _extract(
        "Tariff Truce\n\nMEXICO CITY - The United States will put off a planned tariff on"
        " Mexican goods for 90 days in return for Mexico deploying more troops to its"
        " northern border, both governments said on Thursday.\n"
    )
    (p,) = x.proposals
    assert p.proposers == ("state-united-states",)
    assert p.label == "put off a planned tariff on Mexican goods for 90 days"
    headline = _extract("NATO - Russia talks\n\nThe talks failed.")
    assert {e.label for e in headline.entities} >= {"NATO", "Russia"}


@pytest.mark.parametrize(
    "second",
    [
        "Chile welcomed the Peruvian proposals.",
        "Chile welcomed Peru's proposals.",
        "Chile welcomed the proposals.",
    ],
)
def test_a_stance_on_an_owners_proposals_takes_each_of_the_package(second: str) -> None:
    x = _extract("Peru proposed a truce and a prisoner swap. " + second)
    assert sorted((s.holder, s.label) for s in x.stances) == [
        ("state-chile", "a prisoner swap"),
        ("state-chile", "a truce"),
    ]


def test_material_support_offered_is_an_offer_and_no_stance() -> None:
    x = _extract("Peru offered logistical support for the mission.")
    assert [(p.kind, p.label) for p in x.proposals] == [
        ("offer", "logistical support for the mission")
    ]
    assert x.stances == ()
    assert _extract("Peru offered its support for the mission.").proposals == ()


# -- quotations ------------------------------------------------------------------------------


def test_a_name_and_a_colon_before_a_quotation_name_its_speaker() -> None:
    x = _extract(
        "Live: standoff\n\n09:40 GMT - Chile rejects the offer, Foreign Minister Jorge Pardo"
        " tells reporters.\n\n10:05 GMT - The EU urges both sides to settle the dispute at the"
        ' WTO.\n\n10:30 GMT - Pardo: "We will not negotiate under threat, and we mean it."\n'
    )
    quoted = [s for s in x.statements if s.quote]
    assert [s.speakers for s in quoted] == [("person-jorge-pardo",)]


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ('"Lift the levy first, then we talk," Peru\'s president said.', "Lift the levy first"),
        (
            '"Stop the attacks on our fishermen now," Chile said.',
            "Stop the attacks on our fishermen",
        ),
        ('"Thank you for coming," Peru\'s president said.', None),
        ('"Make no mistake, the levy will fall," Peru\'s president said.', None),
    ],
)
def test_an_imperative_opening_a_quotation_is_the_speakers_demand(
    text: str, demanded: str | None
) -> None:
    x = _extract(text)
    assert [p.label for p in x.proposals if p.kind == "demand"] == ([demanded] if demanded else [])


# -- council reports and joint statements -----------------------------------------------------


def test_a_delegates_state_in_brackets_is_whom_the_delegate_speaks_for() -> None:
    x = _extract(
        "Wen Lihua (China) voiced doubts. Any new force must have the consent of the"
        " authorities, he said."
    )
    assert ("person-wen-lihua", "state-china") in _affiliations(x)
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-wen-lihua", "state-china"), "have the consent of the authorities")
    ]


def test_they_after_a_subject_together_with_others_stands_for_all() -> None:
    x = _extract(
        "The embassies of France and Norway, together with the European Union delegation, went"
        " further. In a joint statement they called on President Salva Kiir to reverse the"
        " detention, noting that the post is guaranteed by the peace agreement, and urged all"
        " leaders to order an immediate ceasefire."
    )
    by = {p.label: p.proposers for p in x.proposals}
    assert by["reverse the detention"] == ("state-france", "state-norway", "org-european-union")
    assert by["order an immediate ceasefire"] == by["reverse the detention"]


def test_a_body_s_head_word_before_a_noun_names_one_of_its_people() -> None:
    x = _extract(
        "The European Commission met on Monday. A Commission official said the cohesion money"
        " could be freed on Wednesday if the final decrees appear in the gazette."
    )
    (p,) = x.proposals
    assert p.proposers == ("org-european-commission",)
    assert [c.label for c in x.conditions] == ["if the final decrees appear in the gazette"]


def test_an_urging_after_what_was_said_is_the_speakers_own() -> None:
    x = _extract(
        "Ana Rios, the minister in charge of EU funds, said the laws met every requirement and"
        " urged the Commission to release the full amount."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-rios",), "release the full amount")
    ]
    assert x.affiliations == ()  # "in charge of EU funds": a portfolio, no employer


def test_a_pledge_given_in_exchange_is_its_owners_offer_and_condition() -> None:
    x = _extract("Chile will lower the tariff in return for a Peruvian pledge to open its ports.")
    assert {(p.proposers, p.label) for p in x.proposals} == {
        (("state-chile",), "lower the tariff"),
        (("state-peru",), "pledge to open its ports"),
    }
    (c,) = x.conditions
    assert c.requires == ("state-peru",)
    lifted = _extract(
        "Chile offered to open its ports in return for the lifting of two United Nations"
        " Security Council resolutions."
    )
    assert [c.requires for c in lifted.conditions] == [()]


def test_a_sentence_opened_by_an_inverted_condition_conditions_the_clause_after() -> None:
    x = _extract("Should Chile fail to pay, Peru would close the border.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-peru",), "close the border")
    assert _conditions(x) == {("Should Chile fail to pay", ("state-chile",))}
    assert _extract("Should Peru close the border?").proposals == ()
