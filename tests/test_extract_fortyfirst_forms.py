"""Forms of English met in communiques, briefings and Council coverage, in phrasings of our
own: a heading's sitting of a body's leaders that the body's paragraphs then name alone, and
more (parse repairs tested on parses built by hand where the parser's error is hard to call
up with other words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extraction_helpers import built, extract, heads, held_on, labels, people, proposed
from spacy.tokens import Doc

from graph.extract.parse import (
    _conditions_taken_for_conjuncts,
    _nouns_taken_for_auxiliaries,
    _numerals_taken_for_pronouns,
    _participles_taken_for_heads,
    _subjects_taken_for_marker_objects,
    _subjects_taken_into_openers,
)


def test_a_headings_conference_of_a_bodys_leaders_is_that_body_in_its_paragraphs() -> None:
    ex = extract(
        "Communique of the Conference of Heads of State and Government of the Southern African "
        "Development Community\n\n"
        "Maseru, 2 March 2026\n\n"
        "1. The Conference urged the authorities of Lesotho to publish the voters' roll.\n"
    )
    assert ("SADC", "publish the voters' roll") in proposed(ex)


def test_a_conference_of_a_bodys_ministers_named_in_a_sentence_is_that_body_after() -> None:
    ex = extract(
        "The Conference of Foreign Ministers of the Economic Community of West African States "
        "met in Abuja on Friday. The Conference urged Guinea to free the detained journalists."
    )
    assert ("ECOWAS", "free the detained journalists") in proposed(ex)


_RESOLUTION = (
    "Resolution on the Situation in Haiti\n\n"
    "The Permanent Council of the Organization of American States,\n\n"
    "Resolves:\n\n"
    "1. To urge the Haitian authorities to hold elections by June 2027.\n\n"
    "2. To condemn the attacks on schools and to call on the armed groups to free the "
    "hostages.\n"
)


def test_a_resolutions_paragraphs_opening_with_to_and_a_verb_are_its_bodys() -> None:
    ex = extract(_RESOLUTION)
    council = "Permanent Council of the Organization of American States"
    assert (council, "hold elections by June 2027") in proposed(ex)
    assert any(who == council and "free the hostages" in what for who, what in proposed(ex))


def test_a_preamble_in_capitals_names_its_body_before_the_verb() -> None:
    ex = extract(
        "The Assembly of the African Union met in Addis Ababa on 9 February.\n\n"
        "THE ASSEMBLY DECIDES:\n\n"
        "1. To request the Commission to set up a liaison office in Juba.\n"
    )
    assert any(
        who == "African Union" and "set up a liaison office in Juba" in what
        for who, what in proposed(ex)
    )


def test_an_organ_named_in_full_for_another_body_is_that_bodys_when_bare() -> None:
    ex = extract(
        "Andean Parliament backs road plan\n\n"
        "The General Assembly of the Organization of American States met in Lima. The "
        "General Assembly urged Peru to reopen the border road.\n"
    )
    assert "UN General Assembly" not in labels(ex).values()
    assert (
        "General Assembly of the Organization of American States",
        "reopen the border road",
    ) in proposed(ex)


def test_the_said_government_is_the_government_named_before() -> None:
    ex = extract(
        "Chile asked Peru to host talks with the Government of Bolivia, so long as the said "
        "Government withdraws its new tariffs."
    )
    assert [labels(ex)[k] for c in ex.conditions for k in c.requires] == ["Bolivia"]


def test_a_condition_on_such_a_thing_goes_only_on_what_names_that_thing() -> None:
    ex = extract(
        "Norway urged Sweden to cut its fishing quota. Norway further wanted the Arctic "
        "Council to send a survey mission. Such a mission would sail only if the ice allows it."
    )
    conditioned = {p.label for p in ex.proposals for c in ex.conditions if c.proposal == p.key}
    assert conditioned == {"send a survey mission"}


def test_wanting_an_actor_to_act_asks_it_of_that_actor_in_the_verbs_words() -> None:
    ex = extract("Ecuador wants Colombia to fund a joint patrol of the river border.")
    assert ("Ecuador", "fund a joint patrol of the river border") in proposed(ex)
    assert [labels(ex)[k] for p in ex.proposals for k in p.addressees] == ["Colombia"]


def test_the_one_person_an_intro_names_before_the_questions_gives_the_answers() -> None:
    ex = extract(
        "Transcript of the Spokesperson's Weekly Briefing, 3 March 2026\n\n"
        "Foreign Ministry Spokesperson Lina Ortez of Peru took questions this morning.\n\n"
        "Q (Radio Sur): Will Peru reopen the Tacna crossing?\n\n"
        "A: We are prepared to open the Tacna crossing next week. The delays have hurt traders "
        "on both sides.\n"
    )
    assert any(
        who == "Lina Ortez" and "open the Tacna crossing" in what for who, what in proposed(ex)
    )
    assert [t.speakers for t in ex.statements] == [("person-lina-ortez",)]


def test_a_given_name_a_firm_also_bears_opens_a_persons_name() -> None:
    ex = extract(
        "Leonardo Reis Tavares, the envoy for the Great Lakes, said the talks would resume. "
        "Leonardo said it would deliver two frigates to Peru."
    )
    assert "Leonardo Reis Tavares" in people(ex)
    assert "Leonardo" in labels(ex).values()


def test_a_fronted_together_with_joins_its_actors_to_the_subject() -> None:
    ex = extract("Together with Uruguay, Brazil offered to fund the new bridge.")
    assert {("Brazil", "fund the new bridge"), ("Uruguay", "fund the new bridge")} <= proposed(ex)


def test_together_with_after_and_joins_its_actors_to_the_second_clause() -> None:
    ex = extract(
        "Norway welcomes the Danish plan, and together with Iceland it is pressing the Nordic "
        "Council to fund a survey of the cod stocks."
    )
    assert ("Iceland", "fund a survey of the cod stocks") in proposed(ex)


def test_being_clear_that_there_will_be_none_is_the_subjects_refusal() -> None:
    ex = extract(
        "The spokesman for Peru said on Monday that Minister Ana Ruiz was clear that there "
        "would be no exchange of the trawler crews for the jailed agents."
    )
    assert (
        "Ana Ruiz",
        "rejects",
        "exchange of the trawler crews for the jailed agents",
    ) in held_on(ex)


def test_agreeing_to_a_text_on_terms_is_an_offer_with_its_condition() -> None:
    ex = extract("Fiji agreed to the Samoan draft on condition that Tonga signs it as well.")
    (offer,) = ex.proposals
    assert (offer.kind, offer.label) == ("offer", "the Samoan draft")
    assert [c.label for c in ex.conditions] == ["on condition that Tonga signs it as well"]
    assert not extract("Fiji agreed to the Samoan draft.").proposals


def test_the_government_of_a_state_is_that_state() -> None:
    ex = extract(
        "The ministers welcomed the offer of the Government of Chile to host a trial of the "
        "new border pass at the Chacalluta post."
    )
    assert any(who == "Chile" and "host a trial" in what for who, what in proposed(ex))


def test_a_question_whose_subject_the_parse_hung_on_its_adjective_offers_nothing() -> None:
    assert not extract("Is the Government of Chile prepared to fund such a trial?").proposals


def test_a_condition_of_anothers_consent_requires_the_one_who_consents() -> None:
    ex = extract(
        "Kenya offered to send a team of engineers to Kismayo, subject to the consent of the "
        "Government of Somalia."
    )
    assert [labels(ex)[k] for c in ex.conditions for k in c.requires] == ["Somalia"]


def test_a_second_that_clause_asked_in_the_negative_is_a_demand_of_its_own() -> None:
    ex = extract(
        "Chile demanded that Peru recall its trawlers at once and that the raids never happen "
        "again."
    )
    assert ("Chile", "the raids never happen again") in proposed(ex)
    assert ("Chile", "Peru recall its trawlers at once") in proposed(ex)


def test_a_state_that_could_act_on_stated_terms_offers_it() -> None:
    ex = extract(
        "Foreign Minister Ana Rios said Peru could reissue the old licences within a year on "
        "condition that Chile ratifies the fisheries pact first."
    )
    assert ("Peru", "reissue the old licences within a year") in proposed(ex)
    assert [c.label for c in ex.conditions] == [
        "on condition that Chile ratifies the fisheries pact first"
    ]
    assert not extract("Analysts said Peru could retaliate if it were attacked.").proposals


def test_a_condition_hung_on_saying_in_a_statement_goes_on_what_the_statement_said() -> None:
    ex = extract(
        "The ministry said in a note that Chile was prepared to stretch the loan to 2040, "
        "as long as the fees were not cut."
    )
    assert [c.label for c in ex.conditions] == ["as long as the fees were not cut"]


def test_rejecting_that_condition_rejects_the_terms_not_the_offer() -> None:
    ex = extract(
        "Quito was ready to back the stopgap scheme as long as the OAS sits on the panel. "
        "That condition was dismissed by Peru."
    )
    assert ("Peru", "rejects", "That condition") in held_on(ex)
    assert not any("stopgap" in t for h, s, t in held_on(ex) if h == "Peru")


def test_agreeing_that_something_is_so_undertakes_nothing() -> None:
    assert not extract("Peru agrees that fishing crews need better charts.").proposals
    ex = extract("Peru and Chile agreed that the river commission should meet every spring.")
    assert ("Peru", "the river commission should meet every spring") in proposed(ex)


def test_a_bodys_sittings_and_working_parts_in_capitals_are_no_people() -> None:
    ex = extract(
        "The Barents Council will hold its next Ministerial Meeting in Oslo. It asked the "
        "Working Groups to report on Search and Rescue drills."
    )
    assert not people(ex)


#: Parse repairs, each on a sentence built as the parser gave it (word, head, relation, tag,
#: part of speech): the relations the repair leaves for the words named.
_REPAIRS = [
    pytest.param(
        _subjects_taken_into_openers,
        [
            ("Addressing", 8, "advcl", "VBG", "VERB"),
            ("the", 2, "det", "DT", "DET"),
            ("Council", 0, "dobj", "NNP", "PROPN"),
            (",", 5, "punct", ",", "PUNCT"),
            ("Quiroga", 5, "intj", "NNP", "PROPN"),
            ("Envoy", 0, "dep", "NNP", "PROPN"),
            ("Ruiz", 5, "npadvmod", "NNP", "PROPN"),
            (",", 8, "punct", ",", "PUNCT"),
            ("warned", 8, "ROOT", "VBD", "VERB"),
            (".", 8, "punct", ".", "PUNCT"),
        ],
        {"Quiroga": ("nsubj", "warned"), "Envoy": ("appos", "Quiroga")},
        id="a_name_the_parse_hung_on_a_title_inside_an_opener_is_the_verbs_subject",
    ),
    pytest.param(
        _numerals_taken_for_pronouns,
        [
            ("Peru", 2, "nsubj", "NNP", "PROPN"),
            ("will", 2, "aux", "MD", "AUX"),
            ("back", 2, "ROOT", "VB", "VERB"),
            ("the", 4, "det", "DT", "DET"),
            ("Phase", 2, "dobj", "NNP", "PROPN"),
            ("I", 6, "nsubj", "PRP", "PRON"),
            ("plan", 2, "ccomp", "VBG", "VERB"),
            (".", 2, "punct", ".", "PUNCT"),
        ],
        {
            "plan": ("dobj", "back"),
            "Phase": ("compound", "plan"),
            "I": ("nummod", "Phase"),
            "the": ("det", "plan"),
        },
        id="a_roman_one_after_a_numbered_part_numbers_it_and_is_no_pronoun",
    ),
    pytest.param(
        _nouns_taken_for_auxiliaries,
        [
            ("Chile", 1, "nsubj", "NNP", "PROPN"),
            ("wants", 1, "ROOT", "VBZ", "VERB"),
            ("the", 4, "det", "DT", "DET"),
            ("new", 4, "amod", "JJ", "ADJ"),
            ("salmon", 6, "nsubj", "NN", "NOUN"),
            ("ruling", 6, "aux", "VBG", "VERB"),
            ("reversed", 1, "ccomp", "VBN", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ],
        {
            "ruling": ("nsubjpass", "reversed"),
            "salmon": ("compound", "ruling"),
            "the": ("det", "ruling"),
        },
        id="a_noun_in_ing_the_parse_took_for_an_auxiliary_is_the_subject",
    ),
    pytest.param(
        _conditions_taken_for_conjuncts,
        [
            ("Ruiz", 1, "nsubj", "NNP", "PROPN"),
            ("says", 1, "ROOT", "VBZ", "VERB"),
            ("Lima", 4, "nsubj", "NNP", "PROPN"),
            ("can", 4, "aux", "MD", "AUX"),
            ("accept", 1, "ccomp", "VB", "VERB"),
            ("it", 4, "dobj", "PRP", "PRON"),
            (",", 1, "punct", ",", "PUNCT"),
            ("but", 1, "cc", "CC", "CCONJ"),
            ("only", 9, "advmod", "RB", "ADV"),
            ("on", 1, "conj", "IN", "ADP"),
            ("condition", 9, "pobj", "NN", "NOUN"),
            ("that", 13, "mark", "IN", "SCONJ"),
            ("Quito", 13, "nsubj", "NNP", "PROPN"),
            ("pays", 10, "acl", "VBZ", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ],
        {"on": ("prep", "accept"), "but": ("cc", "on")},
        id="but_only_on_condition_after_a_saying_is_a_phrase_of_the_clause_said",
    ),
    pytest.param(
        _subjects_taken_for_marker_objects,
        [
            ("Laos", 1, "nsubj", "NNP", "PROPN"),
            ("signs", 1, "ROOT", "VBZ", "VERB"),
            ("only", 3, "advmod", "RB", "ADV"),
            ("after", 7, "mark", "IN", "SCONJ"),
            ("Peru", 3, "pobj", "NNP", "PROPN"),
            ("and", 4, "cc", "CC", "CCONJ"),
            ("Chile", 7, "nsubj", "NNP", "PROPN"),
            ("pay", 1, "advcl", "VBP", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ],
        {"Peru": ("nsubj", "pay"), "Chile": ("conj", "Peru")},
        id="two_subjects_after_a_marker_the_parse_took_for_its_object_are_the_clauses",
    ),
    pytest.param(
        _participles_taken_for_heads,
        [
            ("Chile", 1, "nsubj", "NNP", "PROPN"),
            ("tabled", 1, "ROOT", "VBD", "VERB"),
            ("a", 4, "det", "DT", "DET"),
            ("paper", 4, "compound", "NN", "NOUN"),
            ("urging", 1, "dobj", "VBG", "VERB"),
            ("that", 8, "mark", "IN", "SCONJ"),
            ("fleets", 8, "nsubjpass", "NNS", "NOUN"),
            ("be", 8, "auxpass", "VB", "AUX"),
            ("capped", 4, "acl", "VBN", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ],
        {"paper": ("dobj", "tabled"), "urging": ("acl", "paper"), "a": ("det", "paper")},
        id="a_participle_with_a_clause_the_parse_made_a_nouns_head_is_a_clause_on_it",
    ),
]


@pytest.mark.parametrize(("repair", "rows", "expected"), _REPAIRS)
def test_a_parse_repair_mends_a_parse_built_as_the_parser_gave_it(
    repair: Callable[[Doc], None],
    rows: list[tuple[str, int, str, str, str]],
    expected: dict[str, tuple[str, str]],
) -> None:
    doc = built(rows)
    repair(doc)
    assert {word: heads(doc)[word] for word in expected} == expected
