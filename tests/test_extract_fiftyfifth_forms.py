"""Forms of English met in wire copy, analyses, live blogs and communiques, in phrasings of
our own: a plural word the tagger took for a noun though the parse gave it a subject, ..."""

from __future__ import annotations

from extraction_helpers import affiliated, built, extract, heads, held_on, labels, people, proposed

from graph.extract.mentions import resolve_mentions
from graph.extract.parse import (
    _titles_taken_for_subjects_after_openers,
    _verbs_taken_for_adjectives_in_subjects,
    _verbs_taken_for_nouns,
)
from graph.extract.text import split_sentences

_DATED = "Lima, 3 May 2026\n\n"


def test_a_plural_word_with_a_subject_and_a_marker_is_a_verb() -> None:
    doc = built(
        [
            ("provided", 0, "ROOT", "VBN", "VERB"),
            ("that", 4, "mark", "IN", "SCONJ"),
            ("the", 3, "det", "DT", "DET"),
            ("firm", 4, "nsubj", "NN", "NOUN"),
            ("books", 0, "pcomp", "NNS", "NOUN"),
            ("berths", 4, "dobj", "NNS", "NOUN"),
            (".", 0, "punct", ".", "PUNCT"),
        ]
    )
    _verbs_taken_for_nouns(doc)
    assert (doc[4].tag_, doc[4].pos_) == ("VBZ", "VERB")
    assert (doc[5].tag_, doc[5].pos_) == ("NNS", "NOUN")  # no subject of its own: a noun


def test_no_description_of_a_state_runs_across_a_linking_word() -> None:
    text = (
        "Peru and Chile met on Monday. The 2021 accord between state lenders lapsed. "
        "The island state said it would wait."
    )
    found = [
        (text[m.start : m.end], m.form)
        for m in resolve_mentions(text, split_sentences(text)).mentions
        if m.form == "anaphor"
    ]
    assert found == [("The island state", "anaphor")]


def test_the_government_with_no_state_named_for_a_while_is_the_datelines() -> None:
    filler = (
        "The talks in the mountain town ran late into the night, and the delegates ate "
        "together in the old hall before the last session began. "
    )
    ex = extract(
        "QUITO - Ecuador on Monday offered talks on the river border. "
        + filler * 4
        + "The government called for the 1998 fishing deal to be revised."
    )
    assert ("Ecuador", "the 1998 fishing deal to be revised") in proposed(ex)


def test_a_modal_of_the_perfect_looks_back_and_asks_nothing() -> None:
    for said in ("Chile should have consulted Peru first", "Chile must have known of the plan"):
        assert not extract(_DATED + said + ", Ana Rios said.").proposals
    ex = extract(_DATED + "Chile should consult Peru first, Ana Rios said.")
    assert ("Ana Rios", "consult Peru first") in proposed(ex)


def test_what_a_side_wants_to_become_is_an_ambition_not_a_demand() -> None:
    ex = extract(
        _DATED + "Paraguay, which wants to become a river-freight centre, signed the deal."
    )
    assert not ex.proposals
    wants = extract(_DATED + "Bolivia wants Chile to become a transit hub.")
    assert ("Bolivia", "become a transit hub") in proposed(wants)  # asked of Chile


def test_a_meetings_members_named_in_capitals_are_no_person() -> None:
    ex = extract(
        "Andean Leaders' Summit 2026: Quito Communique\n\nQUITO, Ecuador, 3 May 2026\n\n"
        "1. Andean Heads of Government met in Quito from 1 to 3 May 2026. The meeting was "
        "chaired by the President of Ecuador, Hon. Ana Rios, who said in her welcome that the "
        'region "needs roads before speeches".\n\n'
        "2. Heads received the report of the Andean Secretary-General, Hon. Luis Vega, who "
        "told them that nine member countries faced floods.\n\n"
        "3. Heads called on the World Bank to reopen its credit line for flooded roads.\n"
    )
    assert people(ex) == {"Ana Rios", "Luis Vega"}  # not "Heads"


def test_a_second_object_of_an_opening_participle_is_the_verbs_subject() -> None:
    for name in ("Ana Rios", "Dr. Ana Rios"):
        ex = extract(
            _DATED + f"Addressing the forum, {name}, UNICEF Regional Director for the Andes, "
            "said most of the border posts had stayed shut."
        )
        assert [[labels(ex)[k] for k in s.speakers] for s in ex.statements] == [["Ana Rios"]]


def test_a_title_after_an_openers_name_is_the_names_apposition() -> None:
    doc = built(
        [
            ("Briefing", 7, "advcl", "VBG", "VERB"),
            ("envoys", 0, "dobj", "NNS", "NOUN"),
            (",", 0, "punct", ",", "PUNCT"),
            ("Ana Rios", 0, "npadvmod", "NNP", "PROPN"),
            (",", 3, "punct", ",", "PUNCT"),
            ("Envoy", 7, "nsubj", "NNP", "PROPN"),
            (",", 5, "punct", ",", "PUNCT"),
            ("said", 7, "ROOT", "VBD", "VERB"),
            ("so", 7, "advmod", "RB", "ADV"),
            (".", 7, "punct", ".", "PUNCT"),
        ]
    )
    _titles_taken_for_subjects_after_openers(doc)
    assert heads(doc)["Ana Rios"] == ("nsubj", "said")
    assert heads(doc)["Envoy"] == ("appos", "Ana Rios")


def test_a_past_verb_after_the_name_of_the_subjects_of_phrase_is_the_first_verb() -> None:
    doc = built(
        [
            ("The", 1, "det", "DT", "DET"),
            ("delegate", 7, "nsubj", "NN", "NOUN"),
            ("of", 1, "prep", "IN", "ADP"),
            ("Chile", 5, "amod", "NNP", "PROPN"),
            ("voiced", 5, "amod", "VBN", "VERB"),
            ("support", 2, "pobj", "NN", "NOUN"),
            ("and", 1, "cc", "CC", "CCONJ"),
            ("offered", 7, "ROOT", "VBD", "VERB"),
            ("ferries", 7, "dobj", "NNS", "NOUN"),
            (".", 7, "punct", ".", "PUNCT"),
        ]
    )
    _verbs_taken_for_adjectives_in_subjects(doc)
    assert heads(doc)["voiced"] == ("ROOT", "voiced")
    assert heads(doc)["delegate"] == ("nsubj", "voiced")
    assert heads(doc)["Chile"] == ("pobj", "of")
    assert heads(doc)["offered"] == ("conj", "voiced")


def test_an_offer_put_on_the_table_is_no_content_of_its_own() -> None:
    assert not extract(_DATED + "Chile put a bolder offer on the table on Friday.").proposals
    ex = extract(_DATED + "Peru put an offer of two ferries on the table.")
    assert ("Peru", "offer of two ferries on the table") in proposed(ex)


def test_the_judges_are_the_court_named_before() -> None:
    ex = extract(
        _DATED + "Peru took the case to the International Court of Justice. Peru said it would "
        "file its memorial within a year, as long as the judges agreed to a single round of "
        "pleadings."
    )
    assert [labels(ex)[k] for c in ex.conditions for k in c.requires] == [
        "International Court of Justice"
    ]


def test_a_capitalised_title_stands_for_whom_words_set_off_after_a_name_give_it() -> None:
    ex = extract(
        _DATED + "Ana Rios, the United Nations High Representative for Small Island States, "
        "urged members to ban armed drones. Chile backed the High Representative's call."
    )
    assert ("Chile", "supports", "ban armed drones") in held_on(ex)


def test_readiness_asked_about_in_a_clause_of_its_own_is_no_offer() -> None:
    assert not extract(
        _DATED + "Nobody knows how far Chile is willing to lower its port fees."
    ).proposals
    ex = extract(_DATED + "Chile said it is willing to cut its tariffs.")
    assert ("Chile", "cut its tariffs") in proposed(ex)


def test_a_proposal_noun_naming_again_what_its_owner_put_forward_is_that_proposal() -> None:
    ex = extract(
        _DATED + "Peru has proposed a joint working group with Chile. Peru also offered to open "
        "its labs. Later, Bolivia backed Peru's proposal for a working group."
    )
    assert proposed(ex) == {
        ("Peru", "a joint working group with Chile"),
        ("Peru", "open its labs"),
    }
    assert ("Bolivia", "supports", "a joint working group with Chile") in held_on(ex)


def test_how_things_stand_judged_is_a_view_stated_not_a_stance() -> None:
    ex = extract(_DATED + "Ana Rios said the situation at the port was unacceptable.")
    assert not ex.stances
    assert [s.label for s in ex.statements] == ["the situation at the port was unacceptable"]


def test_the_words_of_a_documents_name_after_its_on_or_of_name_no_actor() -> None:
    ex = extract(
        _DATED + "Chile offered to share its test data, provided that Peru endorses the "
        "Joint Declaration on Responsible Use of Ocean Robotics and Autonomy."
    )
    assert {e.label for e in ex.entities} == {"Chile", "Peru"}


def test_a_name_before_system_or_database_names_a_thing() -> None:
    ex = extract(
        _DATED + "Ana Rios urged members to share records through the new Blue Anchor system, "
        "which traces stolen cargo."
    )
    assert people(ex) == {"Ana Rios"}


def test_a_briefing_headings_ministry_is_the_dateline_states_spelt_with_accents() -> None:
    ex = extract(
        "Briefing: detained crews, Peru and the river border\n\n"
        "Regular briefing by Foreign Ministry spokesperson Ana Rios\n"
        "ASUNCIÓN, 4 March 2026\n\n"
        "SPOKESPERSON RIOS: Good morning. We have asked the Red Cross to visit the crews.\n"
    )
    assert ("Ana Rios", "Ministry of Foreign Affairs of Paraguay") in affiliated(ex)
    assert ("Ministry of Foreign Affairs of Paraguay", "visit the crews") in proposed(ex)


def test_a_bare_title_stands_for_the_person_it_was_set_off_before() -> None:
    ex = extract(
        _DATED + "The Executive Director of the River Basin Office, Dr. Ana Rios, opened the "
        "session. The Executive Director urged members to pay their dues."
    )
    assert ("Ana Rios", "pay their dues") in proposed(ex)


def test_a_state_before_dollars_names_a_currency() -> None:
    ex = extract(_DATED + "Peru offered 2.4 million US dollars for the dam.")
    assert {e.label for e in ex.entities} == {"Peru"}


def test_a_name_after_a_title_in_a_through_phrase_holds_it_for_the_subject() -> None:
    ex = extract(
        _DATED + "UNICEF, through its Regional Coordinator, Mr. Luis Vega, offered logistical "
        "support for the vaccination drive."
    )
    assert ("Luis Vega", "UNICEF") in affiliated(ex)
    assert proposed(ex) == {("UNICEF", "logistical support for the vaccination drive")}


def test_a_group_described_after_its_name_holds_the_stance_of_its_relative_clause() -> None:
    ex = extract(
        _DATED + "Peru proposed a river commission. Rio Limpio, an environmental group from "
        "Cusco that opposes the commission, wrote to the minister."
    )
    assert ("Rio Limpio", "rejects", "a river commission") in held_on(ex)


def test_what_one_is_asked_to_state_is_the_infinitives_clause() -> None:
    ex = extract(
        "Briefing by Foreign Ministry spokesperson Ana Rios\nLIMA, 4 March 2026\n\n"
        "Q: Will the EU help?\n\nA: We have asked the Commission to state clearly that "
        "harassment of the crews is an attack on the single market.\n"
    )
    assert (
        "Ministry of Foreign Affairs of Peru",
        "state clearly that harassment of the crews is an attack on the single market",
    ) in proposed(ex)


def test_under_a_deal_proposed_by_one_side_the_terms_are_that_sides() -> None:
    ex = extract(
        _DATED + "Under the deal proposed by Ecuador, Colombia would pay for half of the bridge."
    )
    assert {who for who, _ in proposed(ex)} == {"Ecuador"}
    signed = extract(_DATED + "Under the deal, Colombia would pay for half of the bridge.")
    assert {who for who, _ in proposed(signed)} == {"Colombia"}


def test_a_participle_set_off_after_an_offers_of_phrase_is_said_of_the_offer() -> None:
    ex = extract(
        _DATED + "The offer of two patrol boats, made by Chile on Monday, was welcomed by Peru."
    )
    assert ("Chile", "The offer of two patrol boats") in proposed(ex)
    assert ("Peru", "supports", "The offer of two patrol boats") in held_on(ex)


def test_a_judgement_in_a_relative_clause_on_a_plan_falls_on_what_the_plan_would_do() -> None:
    for judged in ("called a non-starter", "described as unacceptable"):
        ex = extract(
            _DATED + f"Ecuador's proposal, which Peru {judged}, would split the fishing "
            "grounds in half."
        )
        assert ("Peru", "rejects", "split the fishing grounds in half") in held_on(ex)


def test_a_noun_alone_is_an_item_of_a_list_after_a_colon() -> None:
    ex = extract(
        _DATED + "Chile has set three conditions for a return to talks: an apology, "
        "compensation and a new venue."
    )
    assert proposed(ex) == {
        ("Chile", "an apology"),
        ("Chile", "compensation"),
        ("Chile", "a new venue"),
    }


def test_a_campaigning_group_or_an_acronym_before_a_state_names_its_branch() -> None:
    ex = extract(
        _DATED + "RSPCA Peru described the plan as a betrayal. Oxfam Chile, a charity, urged the "
        "minister to act. Chile and Peru said so."
    )
    assert {e.label for e in ex.entities if e.cls == "Organisation"} == {
        "RSPCA Peru",
        "Oxfam Chile",
    }
    assert ("RSPCA Peru", "rejects", "the plan") in held_on(ex)


def test_a_plural_of_people_in_men_before_a_bodys_head_is_inside_its_name() -> None:
    ex = extract(
        _DATED + "Peru proposed a trial shipment. The Andean Cattlemen's Association came out "
        "in favour of the trial."
    )
    assert ("Andean Cattlemen's Association", "supports", "the trial") in held_on(ex)


def test_capitalised_words_before_campaign_name_a_body() -> None:
    ex = extract(_DATED + "Ana Rios of the Stop Killer Drones campaign said the talks had stalled.")
    assert ("Ana Rios", "Stop Killer Drones campaign") in affiliated(ex)


def test_it_in_what_a_backer_says_of_the_thing_it_backed_is_that_thing() -> None:
    ex = extract(
        _DATED + "The Lima Chamber of Commerce praised the ruling, saying it would lower "
        "freight costs for small exporters."
    )
    assert not ex.proposals


def test_what_a_minister_insists_his_state_will_do_is_said_not_demanded() -> None:
    ex = extract(
        _DATED + "Colombia will not extradite the suspects, Colombian Foreign Minister Luis Vega "
        "insisted on Tuesday."
    )
    assert not ex.proposals
    asked = extract(
        _DATED + "Colombian Foreign Minister Luis Vega insisted that Peru extradite the suspects."
    )
    assert ("Luis Vega", "Peru extradite the suspects") in proposed(asked)
