"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: "that demand" naming the last demand, a proposal two sides joined by
a hyphen made together, a title set off before a name, a dateline's capital of three words,
a lawmaker's "should", a proposal noun with a that-clause, a deadline after "until", a
condition's "they", a demand after a clause of things, a name set off by an inserted
saying, offers to accept, forecasts of another's move and passives "according to" a body."""

from __future__ import annotations

from extraction_helpers import built, extract, heads, held_on, labels, people, proposed

from graph.extract import parse

_DATED = "LIMA, 9 June 2026 (Reuters) - "


def test_that_demand_names_the_last_demand_not_a_later_offer() -> None:
    ex = extract(
        _DATED + "Oslo demanded that Helsinki close the mine. Helsinki offered to pay a fee "
        "if Oslo lifted the ban. Stockholm rejected that demand outright."
    )
    assert ("Sweden", "rejects", "Helsinki close the mine") in held_on(ex)
    assert not [h for h in held_on(ex) if h[0] == "Sweden" and "fee" in h[2]]


def test_a_proposal_of_two_owners_joined_by_a_hyphen_is_the_one_they_made_together() -> None:
    ex = extract(
        _DATED + "Peru and Chile tabled a joint scheme to cap fishing quotas.\n\n"
        "Chile's envoy, Rosa Diaz, offered to add a review clause. Peru's envoy, Luis Soto, "
        "proposed that the secretariat publish a catch register.\n\n"
        "Brazil's envoy, Ana Souza, welcomed the Peruvian-Chilean initiative."
    )
    assert ("Ana Souza", "supports", "a joint scheme to cap fishing quotas") in held_on(ex)
    assert not [h for h in held_on(ex) if h[0] == "Ana Souza" and "review" in h[2]]


def test_a_title_set_off_before_a_name_is_the_role_the_title_names_again() -> None:
    ex = extract(
        _DATED + "The chair of the water board, Ines Okafor, spoke first. "
        '"The reservoir is half full," the chair said.'
    )
    assert [s.label for s in ex.statements if labels(ex)[s.speakers[0]] == "Ines Okafor"]


def test_a_roman_numeral_after_a_title_is_no_persons_name() -> None:
    ex = extract(
        _DATED + "Ahmad Rahim, who became Minister of Energy II in May, toured the refinery."
    )
    assert "II" not in people(ex)
    assert "Ahmad Rahim" in people(ex)


def test_a_three_word_capital_opening_a_dateline_is_where_the_briefing_is_held() -> None:
    ex = extract(
        "Ministry of Foreign Affairs\n\nBANDAR SERI BEGAWAN, 9 July 2026\n\n"
        "The spokesperson, Aisyah Rahman, took questions.\n\n"
        "Q (Evening Star): Will Brunei raise the haze with Indonesia?\n\n"
        "Spokesperson: Yes. We have urged Jakarta to curb the plantation fires."
    )
    assert ("Brunei", "curb the plantation fires") in proposed(ex)


def test_a_malay_honorific_is_no_part_of_the_name() -> None:
    ex = extract(
        _DATED + "Dato Hamid Osman, chairman of the palm oil council, said the council would "
        "cut its levy in June."
    )
    assert "Hamid Osman" in people(ex)
    assert not [n for n in people(ex) if n.startswith("Dato")]


def test_a_capitalised_word_after_a_title_in_a_dateline_is_no_surname() -> None:
    ex = extract(
        "Joint statement\n\nREF 2026/11\nBANDAR SERI BEGAWAN, 9 July 2026\n\n"
        "The envoy, Hamid Osman, opened the talks."
    )
    assert people(ex) == {"Hamid Osman"}


def test_a_lawmakers_should_of_a_thing_to_be_done_is_a_demand() -> None:
    ex = extract(
        _DATED + "Senator Marta Quispe said the quota rules should be tightened before the vote."
    )
    assert ("Marta Quispe", "the quota rules should be tightened before the vote") in proposed(ex)


def test_an_analysts_should_stays_advice() -> None:
    ex = extract(
        _DATED + "Analyst Jorge Paz of the Andean Policy Institute said the levy should be cut."
    )
    assert not [p for p in ex.proposals if "levy" in p.label]


def test_a_judging_verb_with_that_before_its_object_judges_it() -> None:
    ex = extract(
        _DATED + "Chile asked Peru to pause the mining near the glacier. Senator Marta Quispe "
        "has called that demand unreasonable."
    )
    assert ("Marta Quispe", "rejects", "pause the mining near the glacier") in held_on(ex)


def test_a_proposal_noun_with_a_that_clause_is_the_proposal_that_said_so() -> None:
    ex = extract(
        _DATED + "Chile has proposed moving the talks to Geneva. Senator Marta Quispe says the "
        "quota rules should be tightened.\n\nPeru rejected the proposal that the quota rules be "
        "tightened."
    )
    held = held_on(ex)
    assert ("Peru", "rejects", "the quota rules should be tightened") in held
    assert not [h for h in held if h[0] == "Peru" and "Geneva" in h[2]]


def test_until_a_date_is_a_deadline_not_a_condition() -> None:
    ex = extract(_DATED + "Peru will not ratify the fishing protocol until the end of 2027.")
    assert not [c for c in ex.conditions if "2027" in c.label]
    assert ("Peru", "rejects") in {(h[0], h[1]) for h in held_on(ex)}


def test_they_in_a_condition_are_the_things_named_before_and_their_owner_must_act() -> None:
    ex = extract(
        _DATED + "Peru would help fund ECOWAS patrols, provided they stay outside the fishing "
        "zones, the minister said."
    )
    assert [c for c in ex.conditions if "fishing zones" in c.label]
    assert {labels(ex)[k] for c in ex.conditions for k in c.requires} == {"ECOWAS"}


def test_voting_to_back_a_plan_supports_it() -> None:
    ex = extract(
        _DATED + "The OAS proposed a joint survey of the river. The Chilean Senate voted 30 "
        "to 5 to endorse the survey."
    )
    assert [h for h in held_on(ex) if h[1] == "supports" and "survey" in h[2]]


def test_a_demand_after_a_clause_of_things_is_the_speakers() -> None:
    ex = extract(
        _DATED + "The Peruvian trade minister, Elena Vargas, told reporters that the tariff "
        "schedule hurt farmers and demanded talks on a new schedule."
    )
    assert ("Elena Vargas", "talks on a new schedule") in proposed(ex)


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
        "sides turned the request down."
    )
    held = {(h[0], h[1]) for h in held_on(ex)}
    assert {("Chile", "rejects"), ("Peru", "rejects")} <= held


def test_a_forum_of_places_is_a_body() -> None:
    ex = extract(_DATED + "The Forum of Coastal Cities wants the ministers to fund sea walls.")
    assert [p for p in proposed(ex) if p[0] == "Forum of Coastal Cities"]
    assert not [n for n in people(ex) if "Cities" in n]


def test_a_quotation_after_as_in_what_another_said_is_the_speakers() -> None:
    ex = extract(
        _DATED + 'Lima rejects the fishing clause as "a gift to the trawler fleets", Senator '
        "Rosa Velez said on Tuesday."
    )
    said = {(labels(ex)[s.speakers[0]], s.label) for s in ex.statements}
    assert ("Rosa Velez", "a gift to the trawler fleets") in said


def test_a_body_asked_to_ask_in_a_proposal_puts_nothing_forward_itself() -> None:
    ex = extract(
        _DATED + "Peru proposed that the Security Council ask Chile to share its survey data."
    )
    assert ("Peru", "the Security Council ask Chile to share its survey data") in proposed(ex)
    assert not [p for p in proposed(ex) if p[0] == "UN Security Council"]


def test_offering_to_recognise_a_thing_is_an_offer_on_its_condition_not_a_stance() -> None:
    ex = extract(
        _DATED + "Quito offered to recognise the new buoys, provided Lima shares its charts."
    )
    assert ("Ecuador", "recognise the new buoys") in proposed(ex)
    assert [c for c in ex.conditions if "charts" in c.label]
    assert not [h for h in held_on(ex) if h[0] == "Ecuador"]


def test_a_forecast_of_another_sides_move_is_no_commitment_of_it() -> None:
    ex = extract(
        _DATED + "A retired diplomat, Jorge Paz, predicted that Bolivia would sign the corridor "
        "deal if Chile cut its port fees."
    )
    assert not [p for p in proposed(ex) if p[0] == "Bolivia"]


def test_a_sides_forecast_of_its_own_move_is_its_commitment() -> None:
    ex = extract(
        _DATED + "Bolivia's trade minister predicted that Bolivia would lower the transit "
        "fees if Chile reopened the rail link."
    )
    assert ("Bolivia", "lower the transit fees") in proposed(ex)


def test_a_passive_act_on_a_condition_according_to_a_body_is_its_offer() -> None:
    ex = extract(
        _DATED + "According to the Peruvian Navy, the seized nets will be handed back if the "
        "owners register the boats."
    )
    assert [p for p in proposed(ex) if "handed back" in p[1]]
    assert [c for c in ex.conditions if "register" in c.label]


def test_a_passive_on_a_condition_according_to_a_document_is_no_ones_offer() -> None:
    ex = extract(
        _DATED + "According to the joint text, the grants will be disbursed if Ecuador "
        "publishes its accounts."
    )
    assert not [p for p in ex.proposals if "disbursed" in p.label]


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


def test_a_question_asking_for_your_response_is_no_antecedent_of_the_answers_it() -> None:
    ex = extract(
        "Weekly briefing\n\nThe spokesperson, Rosa Diaz, took questions.\n\n"
        "Q (El Sol): Some Peruvian officials accuse Chile of hiding the survey data. Your "
        "response?\n\nSpokesperson Diaz: That is false, and we reject it."
    )
    assert not [h for h in held_on(ex) if "response" in h[2].lower()]
