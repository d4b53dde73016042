"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: "that demand" naming the last demand, a proposal owned by two sides
joined by a hyphen, ..."""

from __future__ import annotations

from extraction_helpers import built, extract, heads, held_on, labels, people, proposed

from graph.extract import parse

_DATED = "LIMA, 9 June 2026 (Reuters) - "


def test_that_demand_names_the_last_demand_not_a_later_offer() -> None:
    ex = extract(
        _DATED + "Oslo demanded that Helsinki close the mine. Helsinki offered to pay a fee "
        "if Oslo lifted the ban. Stockholm dismissed that demand as unhelpful."
    )
    assert ("Sweden", "rejects", "Helsinki close the mine") in held_on(ex)
    assert not [h for h in held_on(ex) if h[0] == "Sweden" and "fee" in h[2]]


def test_a_proposal_of_two_owners_joined_by_a_hyphen_is_the_one_they_made_together() -> None:
    ex = extract(
        _DATED + "Peru and Chile circulated a draft that would cap fishing quotas.\n\n"
        "The envoy of Chile, Rosa Diaz, said her delegation was ready to add a review clause. "
        "Peru's envoy, Luis Soto, proposed that the secretariat publish a catch register.\n\n"
        "Speaking for Brazil, Ana Souza described the Peruvian-Chilean initiative as balanced."
    )
    assert ("Ana Souza", "supports", "draft that would cap fishing quotas") in held_on(ex)
    assert not [h for h in held_on(ex) if h[0] == "Ana Souza" and "review" in h[2]]


def test_a_title_set_off_before_a_name_is_the_role_the_title_names_again() -> None:
    ex = extract(
        "Weekly briefing\n\nThe spokesperson of the water board, Ines Okafor, opened the "
        'briefing. "The reservoir is half full," the spokesperson said.'
    )
    assert [s.label for s in ex.statements if labels(ex)[s.speakers[0]] == "Ines Okafor"]


def test_a_roman_numeral_after_a_title_is_no_persons_name() -> None:
    ex = extract(
        _DATED + "The Minister of Trade II, Ahmad Rahim, spoke to his Peruvian counterpart."
    )
    assert "II" not in people(ex)
    assert "Ahmad Rahim" in people(ex)


def test_a_three_word_capital_opening_a_dateline_is_where_the_briefing_is_held() -> None:
    ex = extract(
        "Ministry of Foreign Affairs\n\nBANDAR SERI BEGAWAN, 2 May 2026\n\n"
        "The spokesperson, Aisyah Rahman, opened the briefing.\n\n"
        "Q (Daily Courier): Will Brunei raise the logging with Malaysia?\n\n"
        "Spokesperson: Yes. We have asked the Malaysian side to stop the logging upstream."
    )
    assert ("Brunei", "stop the logging upstream") in proposed(ex)


def test_a_malay_honorific_is_no_part_of_the_name() -> None:
    ex = extract(
        _DATED + "Sabah's finance minister, Dato Hamid Osman, said the state would sell "
        "power to Brunei. Dato Hamid later called the request premature."
    )
    assert "Hamid Osman" in people(ex)
    assert not [n for n in people(ex) if n.startswith("Dato")]


def test_a_capitalised_word_after_a_title_in_a_dateline_is_no_surname() -> None:
    ex = extract(
        "Press briefing\n\nMOFA/PB/2026/07\nBANDAR SERI BEGAWAN, 2 May 2026\n\n"
        "The spokesperson, Aisyah Rahman, opened the briefing."
    )
    assert people(ex) == {"Aisyah Rahman"}


def test_a_lawmakers_should_of_a_thing_to_be_done_is_a_demand() -> None:
    ex = extract(_DATED + "Senator Marta Quispe said the 1998 fishing protocol should be revised.")
    assert ("Marta Quispe", "the 1998 fishing protocol should be revised") in proposed(ex)


def test_an_analysts_should_stays_advice() -> None:
    ex = extract(
        _DATED + "Analyst Jorge Paz of the Andean Policy Institute said the levy should be cut."
    )
    assert not [p for p in ex.proposals if "levy" in p.label]


def test_a_judging_verb_with_that_before_its_object_judges_it() -> None:
    ex = extract(
        _DATED + "Chile asked Peru to pause the quarrying near the border. Senator Marta "
        "Quispe has called that demand unreasonable."
    )
    assert ("Marta Quispe", "rejects", "pause the quarrying near the border") in held_on(ex)


def test_a_suggestion_with_a_that_clause_is_the_proposal_that_said_so() -> None:
    ex = extract(
        _DATED + "Chile has suggested taking the dispute to the tribunal in March. Senator "
        "Marta Quispe says the 1998 fishing protocol should be revised.\n\n"
        "Peru firmly rejects any suggestion that the fishing protocol be revised."
    )
    held = held_on(ex)
    assert ("Peru", "rejects", "the 1998 fishing protocol should be revised") in held
    assert not [h for h in held if h[0] == "Peru" and "tribunal" in h[2]]


def test_until_a_date_is_a_deadline_not_a_condition() -> None:
    ex = extract(_DATED + "Peru will not ratify the fishing protocol until the end of 2027.")
    assert not [c for c in ex.conditions if "2027" in c.label]
    assert ("Peru", "rejects") in {(h[0], h[1]) for h in held_on(ex)}


def test_they_in_a_condition_are_the_things_named_before_and_their_owner_must_act() -> None:
    ex = extract(
        _DATED + "Peru could pay for ECOWAS patrols on the coast only if they respect the "
        "fishing zones, the minister said."
    )
    assert [c for c in ex.conditions if "fishing zones" in c.label]
    assert {labels(ex)[k] for c in ex.conditions for k in c.requires} == {"ECOWAS"}


def test_voting_to_back_a_plan_supports_it() -> None:
    ex = extract(
        _DATED + "The OAS proposed a joint survey of the river. The Chilean Senate voted on "
        "Tuesday to back the OAS plan."
    )
    assert [h for h in held_on(ex) if h[1] == "supports" and "survey" in h[2]]


def test_a_demand_after_a_clause_of_things_is_the_speakers() -> None:
    ex = extract(
        _DATED + "The Peruvian trade minister, Elena Vargas, said that the current quota "
        "harmed small exporters and called for an audit of the licensing rules."
    )
    assert ("Elena Vargas", "an audit of the licensing rules") in proposed(ex)


def test_a_subject_after_that_taken_for_a_verb_is_a_plural_noun() -> None:
    doc = built(
        [
            ("told", 0, "ROOT", "VBD", "VERB"),
            ("them", 0, "dobj", "PRP", "PRON"),
            ("that", 3, "nsubj", "WDT", "PRON"),
            ("delays", 5, "nsubj", "VBZ", "VERB"),
            ("had", 5, "aux", "VBD", "AUX"),
            ("doubled", 0, "ccomp", "VBN", "VERB"),
        ]
    )
    parse._plural_subjects_taken_for_verbs(doc)
    assert heads(doc)["that"] == ("mark", "doubled")
    assert doc[3].pos_ == "NOUN"


def test_two_demonyms_before_sides_name_both_states() -> None:
    ex = extract(
        _DATED + "Bolivia called for a review of the transit fees. The Chilean and Peruvian "
        "sides did not support reopening the fees this year."
    )
    held = {(h[0], h[1]) for h in held_on(ex)}
    assert {("Chile", "rejects"), ("Peru", "rejects")} <= held


def test_a_forum_of_people_is_a_body() -> None:
    ex = extract(_DATED + "The Forum of Women Mayors has called on member cities to fund shelters.")
    assert ("Forum of Women Mayors", "fund shelters") in proposed(ex)
    assert not [n for n in people(ex) if "Mayors" in n]


def test_a_quotation_after_as_in_what_another_told_is_the_tellers() -> None:
    ex = extract(
        _DATED + 'Quito rejects the mining clause as "hasty and lopsided", Senator Rosa Velez '
        "told the chamber."
    )
    said = {(labels(ex)[s.speakers[0]], s.label) for s in ex.statements}
    assert ("Rosa Velez", "hasty and lopsided") in said


def test_a_body_asked_to_ask_in_a_proposal_puts_nothing_forward_itself() -> None:
    ex = extract(_DATED + "Peru proposed that the OAS ask Chile to reopen the port at Arica.")
    assert ("Peru", "the OAS ask Chile to reopen the port at Arica") in proposed(ex)
    assert not [p for p in proposed(ex) if p[0] == "Organization of American States"]


def test_offering_to_accept_a_thing_is_an_offer_on_its_condition_not_a_stance() -> None:
    ex = extract(
        _DATED + "Ecuador has offered to accept a joint fisheries board only if an outside "
        "survey confirms the stock figures."
    )
    assert ("Ecuador", "accept a joint fisheries board") in proposed(ex)
    assert [c for c in ex.conditions if "survey" in c.label]
    assert not [h for h in held_on(ex) if h[0] == "Ecuador"]


def test_a_forecast_of_another_sides_move_is_no_commitment_of_it() -> None:
    ex = extract(
        _DATED + "Jorge Paz, who advised two former governments, predicts that Bolivia will "
        "stall unless Chile lowers the port fees."
    )
    assert not [p for p in proposed(ex) if p[0] == "Bolivia"]


def test_a_sides_forecast_of_its_own_move_is_its_commitment() -> None:
    ex = extract(
        _DATED + "Bolivia's trade minister predicted that Bolivia would lower the transit "
        "fees if Chile reopened the rail link."
    )
    assert ("Bolivia", "lower the transit fees") in proposed(ex)


def test_a_passive_release_on_a_condition_according_to_a_body_is_its_offer() -> None:
    ex = extract(
        _DATED + "The detained trawlers could be returned once the port fees were settled, "
        "according to the Peruvian Navy."
    )
    assert [p for p in proposed(ex) if "returned" in p[1]]
    assert [c for c in ex.conditions if "port fees" in c.label]


def test_a_passive_on_a_condition_according_to_a_document_is_no_ones_offer() -> None:
    ex = extract(
        _DATED + "According to the communique, each loan will be paid out provided that "
        "Ecuador keeps its budget reforms."
    )
    assert not [p for p in ex.proposals if "paid out" in p.label]


def test_a_name_set_off_by_an_inserted_saying_is_the_verbs_subject() -> None:
    doc = built(
        [
            ("Quito", 6, "npadvmod", "NNP", "PROPN"),
            (",", 3, "punct", ",", "PUNCT"),
            ("she", 3, "nsubj", "PRP", "PRON"),
            ("said", 6, "parataxis", "VBD", "VERB"),
            (",", 3, "punct", ",", "PUNCT"),
            ("would", 6, "aux", "MD", "AUX"),
            ("sign", 6, "ROOT", "VB", "VERB"),
        ]
    )
    parse._subjects_before_asides_taken_for_adverbs(doc)
    assert heads(doc)["Quito"] == ("nsubj", "sign")
