"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: a stance on an act named by a gerund, a speaker's label in a
transcript's answer, a demonstrative object before an adverb, and a chain of pronouns
that back or reject what was put forward."""

from __future__ import annotations

from extraction_helpers import built, conditioned, extract, heads, held_on, proposed

from graph.extract import parse, stances

_DATED = "QUITO, 4 June 2026 (Reuters) - "


def test_a_stance_on_an_act_named_by_a_gerund_is_on_that_act() -> None:
    ex = extract(
        _DATED + "Ecuador and Colombia have proposed a shared marine reserve. The Coastal "
        "Birds Society said it was strongly opposed to quarrying on the beaches."
    )
    assert (
        "Coastal Birds Society",
        "rejects",
        "quarrying on the beaches",
    ) in held_on(ex)
    assert ("Coastal Birds Society", "rejects", "a shared marine reserve") not in held_on(ex)


def test_a_speakers_label_in_an_answer_is_no_word_of_its_sentence() -> None:
    ex = extract(
        "Foreign Ministry briefing, 4 June 2026\n\n"
        "Spokesperson Lucia Moreno of Ecuador's foreign ministry opened the briefing.\n\n"
        "Q: Does Quito object to the dam?\n\n"
        "Moreno: The Napo, as we call it, rises in the Andes and feeds three provinces.\n"
    )
    said = [s.label for s in ex.statements]
    assert said and not any(s.startswith("Moreno") for s in said)


def test_a_name_given_with_as_we_call_it_is_nothing_said() -> None:
    ex = extract(
        _DATED + "The Napo, as Ecuador calls it, rises in the Andes and feeds three provinces, "
        "the minister said."
    )
    assert not [s for s in ex.statements if s.rule == "statements.as-said"]


def test_that_before_an_adverb_is_the_verbs_object() -> None:
    ex = extract(
        _DATED + "Colombia proposed a joint census of the border towns. Peru welcomes that warmly."
    )
    assert ("Peru", "supports", "a joint census of the border towns") in held_on(ex)


def test_a_pronoun_backed_after_a_pronoun_rejected_is_what_was_put_forward() -> None:
    ex = extract(
        _DATED + "Colombia proposed a joint census of the border towns. Venezuela "
        "rejected it on Monday. Peru endorsed it on Tuesday. Brazil opposed it as well."
    )
    census = "a joint census of the border towns"
    assert {("Venezuela", "rejects", census), ("Peru", "supports", census)} <= held_on(ex)
    assert ("Brazil", "rejects", census) in held_on(ex)


def test_a_name_set_off_at_the_end_of_a_parse_is_read_without_error() -> None:
    doc = built(
        [
            ("met", 0, "ROOT", "VBD", "VERB"),
            ("the", 2, "det", "DT", "DET"),
            ("union", 0, "dobj", "NN", "NOUN"),
            (",", 2, "punct", ",", "PUNCT"),
            ("Andina", 2, "npadvmod", "NNP", "PROPN"),
            ("today", 4, "npadvmod", "NN", "NOUN"),
        ]
    )
    parse._names_set_off_taken_for_adverbs(doc)
    assert heads(doc)["Andina"] == ("npadvmod", "union")


def _representative(name_head: int, name_dep: str) -> list[tuple[str, int, str, str, str]]:
    """ "The representative of Chile, Deputy Ambassador Diaz, rejected it", with the name hung
    where the parser may hang it."""
    return [
        ("The", 1, "det", "DT", "DET"),
        ("representative", 9, "nsubj", "NN", "NOUN"),
        ("of", 1, "prep", "IN", "ADP"),
        ("Chile", 2, "pobj", "NNP", "PROPN"),
        (",", 3, "punct", ",", "PUNCT"),
        ("Deputy", 7, "compound", "NNP", "PROPN"),
        ("Ambassador", 7, "compound", "NNP", "PROPN"),
        ("Diaz", name_head, name_dep, "NNP", "PROPN"),
        (",", 1, "punct", ",", "PUNCT"),
        ("rejected", 9, "ROOT", "VBD", "VERB"),
        ("it", 9, "dobj", "PRP", "PRON"),
    ]


def test_a_titled_name_taken_for_a_second_object_of_of_names_the_title() -> None:
    doc = built(_representative(2, "pobj"))
    parse._set_off_names_taken_for_objects(doc)
    assert heads(doc)["Diaz"] == ("appos", "representative")
    assert heads(doc)["Chile"] == ("pobj", "of")


def test_a_name_set_in_apposition_to_the_place_of_a_subjects_title_is_the_titles() -> None:
    doc = built(_representative(3, "appos"))
    parse._names_set_off_after_places(doc)
    assert heads(doc)["Diaz"] == ("appos", "representative")


def test_an_acronym_in_brackets_after_a_subjects_place_stays_the_places() -> None:
    doc = built(
        [
            ("The", 1, "det", "DT", "DET"),
            ("head", 8, "nsubj", "NN", "NOUN"),
            ("of", 1, "prep", "IN", "ADP"),
            ("the", 4, "det", "DT", "DET"),
            ("Agency", 2, "pobj", "NNP", "PROPN"),
            ("(", 6, "punct", "-LRB-", "PUNCT"),
            ("ANA", 4, "appos", "NNP", "PROPN"),
            (")", 6, "punct", "-RRB-", "PUNCT"),
            ("spoke", 8, "ROOT", "VBD", "VERB"),
        ]
    )
    parse._names_set_off_after_places(doc)
    assert heads(doc)["ANA"] == ("appos", "Agency")


def test_a_name_after_an_opening_participle_is_the_subject_of_any_verb() -> None:
    doc = built(
        [
            ("Opening", 7, "csubj", "VBG", "VERB"),
            ("the", 2, "det", "DT", "DET"),
            ("debate", 0, "dobj", "NN", "NOUN"),
            (",", 2, "punct", ",", "PUNCT"),
            ("Envoy", 2, "appos", "NNP", "PROPN"),
            ("for", 4, "prep", "IN", "ADP"),
            ("Diaz", 5, "pobj", "NNP", "PROPN"),
            ("proposed", 7, "ROOT", "VBD", "VERB"),
            ("talks", 7, "dobj", "NNS", "NOUN"),
        ]
    )
    parse._opening_participles_taken_for_subjects(doc)
    assert heads(doc)["Diaz"] == ("nsubj", "proposed")
    assert heads(doc)["Opening"] == ("advcl", "proposed")


def test_once_before_a_comma_counts_a_time_and_opens_no_condition() -> None:
    ex = extract(
        _DATED + "Under the plan Quito put forward, containers would be scanned once, at "
        "the port of loading, rather than at both ends."
    )
    assert ex.proposals
    assert not ex.conditions


def test_an_inverted_condition_closing_the_sentence_is_the_offers() -> None:
    ex = extract(
        _DATED + "Brazil offered to host the next round should both parties agree to a ceasefire."
    )
    assert conditioned(ex) == {
        ("Brazil", "host the next round", "should both parties agree to a ceasefire")
    }


def test_a_second_that_clause_hung_on_the_verb_of_saying_is_coordinated_with_the_first() -> None:
    doc = built(
        [
            ("Rios", 1, "nsubj", "NNP", "PROPN"),
            ("said", 1, "ROOT", "VBD", "VERB"),
            ("that", 4, "mark", "IN", "SCONJ"),
            ("Peru", 4, "nsubj", "NNP", "PROPN"),
            ("agreed", 1, "ccomp", "VBD", "VERB"),
            (",", 1, "punct", ",", "PUNCT"),
            ("but", 1, "cc", "CC", "CCONJ"),
            ("that", 9, "mark", "IN", "SCONJ"),
            ("Chile", 9, "nsubj", "NNP", "PROPN"),
            ("refused", 1, "conj", "VBD", "VERB"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    parse._that_clauses_taken_for_conjuncts_of_verbs(doc)
    assert heads(doc)["refused"] == ("conj", "agreed")
    assert heads(doc)["but"] == ("cc", "agreed")
    assert heads(doc)["."] == ("punct", "said")


def test_a_compromise_spelled_out_after_a_colon_is_what_is_proposed() -> None:
    ex = extract(
        _DATED + "Ecuador's energy minister said she had offered a compromise: the tariff "
        "would rise in two steps rather than at once."
    )
    assert any(
        label.endswith("the tariff would rise in two steps rather than at once")
        for _, label in proposed(ex)
    )


def test_what_another_side_says_the_plan_would_do_is_its_view_not_a_term() -> None:
    ex = extract(
        _DATED + "Peru proposed a shared quota for anchovy boats. Ecuador's fisheries "
        "minister, Rosa Mena, said the plan would ruin small fleets and asked for a "
        "three-year delay."
    )
    assert ("Peru", "ruin small fleets") not in proposed(ex)
    assert any(s.label == "the plan would ruin small fleets" for s in ex.statements)


def test_a_relative_clause_of_saying_with_its_noun_gapped_states_nothing() -> None:
    ex = extract(
        _DATED + "Ecuador has asked Peru to lift its fishing ban for a month, a request "
        "Lima said it would examine."
    )
    assert not ex.statements
    assert ("Ecuador", "lift its fishing ban for a month") in proposed(ex)


def test_a_relative_clause_of_saying_on_its_speaker_states_what_was_said() -> None:
    ex = extract(
        _DATED + "The council heard Ana Mena, head of the border mission, who said that "
        "border crossings were down by a third."
    )
    assert [s.label for s in ex.statements] == ["border crossings were down by a third"]


_BRIEFING = (
    "Briefing by Spokesperson Ana Mena\n\nQuito, 4 June 2026\n\n"
    "Mena: Good afternoon. Foreign Minister Luis Vera will travel to Lima next week to discuss "
    "the fishing ban. Ana Mena said she would visit Bogota later in the month.\n\n"
    "Question (EFE): Peru wants the bridge finished by 2028. Is that realistic?\n\n"
    "Mena: We share the goal. Whether 2028 is realistic depends on the funding decision.\n"
)


def test_a_minister_due_to_travel_or_visit_puts_nothing_forward() -> None:
    ex = extract(_BRIEFING)
    assert not {who for who, _ in proposed(ex)} & {"Luis Vera", "Ana Mena", "Ecuador"}


def test_an_offer_to_visit_is_still_an_offer() -> None:
    ex = extract(_DATED + "Ecuador offered to visit the disputed reef with Peruvian experts.")
    assert ("Ecuador", "visit the disputed reef with Peruvian experts") in proposed(ex)


def test_whether_a_date_is_realistic_is_a_question_left_open() -> None:
    assert not extract(_BRIEFING).stances


def test_a_warning_of_what_others_could_do_unless_a_thing_changes_is_said_not_offered() -> None:
    ex = extract(
        _DATED + "Peru proposed a ban on night trawling. Marco Salas, who heads the trawler "
        "owners' guild, warned that half the fleet could relocate to Chile unless the ban "
        "was lifted."
    )
    assert not [x for x in ex.proposals if "relocate" in x.label]
    assert not ex.conditions
    assert any(s.label.startswith("half the fleet could relocate") for s in ex.statements)


def test_a_noun_the_parser_made_a_second_predicate_before_the_judging_word_is_judged() -> None:
    doc = built(
        [
            ("Guild", 1, "nsubj", "NNP", "PROPN"),
            ("called", 1, "ROOT", "VBD", "VERB"),
            ("the", 3, "det", "DT", "DET"),
            ("checks", 1, "oprd", "NNS", "NOUN"),
            ("harsh", 1, "oprd", "JJ", "ADJ"),
        ]
    )
    judged = stances._judged_object(doc[1], doc[4])
    assert judged is not None and judged.text == "checks"


def test_a_title_set_off_after_a_name_ties_the_person_to_the_body_opening_it() -> None:
    ex = extract(
        "BRUSSELS, 4 June 2026 (Reuters) - Ana Rios, the EU fisheries chief, said the EU could "
        "drop its levy on Chilean hake in return for wider access to the Humboldt grounds."
    )
    assert any(
        who == "European Union" and cond.startswith("in return for wider access")
        for who, _, cond in conditioned(ex)
    )


def test_a_title_before_a_name_the_parser_made_a_second_subject_is_the_names() -> None:
    ex = extract(
        "BRUSSELS, 4 June 2026 (Reuters) - EU fisheries chief Ana Rios said the EU could drop "
        "its levy on Chilean hake in return for wider access to the Humboldt grounds."
    )
    assert any(who == "European Union" for who, _, _ in conditioned(ex))


def test_their_things_after_a_plural_are_coordinated_with_it() -> None:
    doc = built(
        [
            ("the", 1, "det", "DT", "DET"),
            ("release", 1, "ROOT", "NN", "NOUN"),
            ("of", 1, "prep", "IN", "ADP"),
            ("trawlers", 2, "pobj", "NNS", "NOUN"),
            ("and", 1, "cc", "CC", "CCONJ"),
            ("their", 6, "poss", "PRP$", "PRON"),
            ("nets", 1, "conj", "NNS", "NOUN"),
        ]
    )
    parse._possessed_conjuncts_taken_from_plurals(doc)
    assert heads(doc)["nets"] == ("conj", "trawlers")
    assert heads(doc)["and"] == ("cc", "trawlers")


def test_what_another_is_expected_to_explain_is_not_yet_said() -> None:
    ex = extract(_DATED + "We expect Lima to tell us why the trawlers were held.")
    assert not ex.statements


def test_a_sentence_opening_on_a_name_before_a_colon_is_no_speakers_label() -> None:
    ex = extract(
        _DATED + "Ecuador's foreign minister, Ana Mena, rejected the fee. Mena then offered a "
        "compromise: a shared fund for the dredging."
    )
    assert any("a shared fund" in label for who, label in proposed(ex) if who == "Ana Mena")


def test_travel_set_on_a_condition_is_an_offer() -> None:
    ex = extract(
        _DATED + "Ecuador proposed sending observers to the border towns. The observers would "
        "travel there only on condition that Peru guaranteed their safety, Ecuador's minister "
        "said."
    )
    assert any(cond.startswith("on condition that Peru") for _, _, cond in conditioned(ex))
