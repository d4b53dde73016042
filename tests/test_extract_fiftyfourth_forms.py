"""Forms of English met in wire copy, analyses, live blogs and communiques, in phrasings of
our own: one member of a body named by the body's common noun ("a bloc diplomat"), a
delegate speaking for a group, names the parse took for other words, a summing-up noun set
off after a complement, courtesies that state nothing."""

from __future__ import annotations

from extraction_helpers import (
    affiliated,
    built,
    conditioned,
    extract,
    heads,
    held_on,
    labels,
    proposed,
)

from graph.extract.parse import _names_taken_for_prepositions, _subjects_taken_into_openers

_DATED = "Lima, 3 May 2026\n\n"


def test_one_member_of_a_body_named_by_its_common_noun_speaks_for_the_body() -> None:
    ex = extract(
        _DATED + "The Andean Community met in Quito on Monday. A bloc diplomat said the two "
        "border posts could share one customs shed if the ministers agreed."
    )
    assert ("Andean Community", "the two border posts share one customs shed") in proposed(ex)
    unnamed = extract(  # no body of that kind named before: no one's offer
        _DATED + "A bloc diplomat said the two border posts could share one customs shed if the "
        "ministers agreed."
    )
    assert not unnamed.proposals


def test_a_critic_for_a_party_holds_its_portfolio_a_critic_of_one_opposes_it() -> None:
    ex = extract(
        _DATED + "Anna Berg, foreign affairs critic for the opposition Labour Party, said the "
        "plan was rushed. Tom Lund, a longtime critic of the Green Party, said so too."
    )
    assert ("Anna Berg", "Labour Party") in affiliated(ex)
    assert ("Tom Lund", "Green Party") not in affiliated(ex)


def test_a_company_named_after_its_state_has_a_chairman_and_a_corporate_acronym() -> None:
    ex = extract(
        _DATED + "Peru Petroleum chairman Hugo Salas welcomed the tender, saying PPCL would bid "
        "for the first cargo. Chile Energy Minister Diego Pardo said nothing."
    )
    assert ("Hugo Salas", "Peru Petroleum") in affiliated(ex)
    assert ("Peru Petroleum", "bid for the first cargo") in proposed(ex)
    assert ("Diego Pardo", "Chile") in affiliated(ex)  # a minister's portfolio, no company


def test_a_word_of_a_bodys_name_before_its_head_refers_back_to_it() -> None:
    ex = extract(
        _DATED + "The Central Bank of Peru met Chile's negotiators on Monday. The central bank "
        "instead proposed paying in soles, a compromise that Chilean negotiators have since "
        "rejected."
    )
    assert ("Central Bank of Peru", "paying in soles") in proposed(ex)
    assert ("Chile", "rejects", "paying in soles") in held_on(ex)


def test_what_no_one_wants_is_no_demand() -> None:
    ex = extract(
        _DATED + "Lima has little it wants to export to Quito, and nothing it wants to import."
    )
    assert not ex.proposals


def test_a_surname_of_two_words_names_again_a_person_whose_name_ends_with_jr() -> None:
    ex = extract(
        _DATED + "The text reached Quito on Friday, Agriculture Secretary Mario Del Pilar Jr. "
        'told reporters. "We cannot wait," Del Pilar said.'
    )
    assert [e.label for e in ex.entities if e.cls == "Person"] == ["Mario Del Pilar Jr"]


def test_a_vietnamese_family_name_that_is_an_english_word_opens_a_name() -> None:
    ex = extract(
        _DATED + "The Peru Rice Association welcomed the proposal. Its president, Do Van Minh, "
        "said the mills could deliver on time."
    )
    assert ("Do Van Minh", "Peru Rice Association") in affiliated(ex)


def test_a_delegate_speaking_for_a_group_puts_its_demand_not_his_states() -> None:
    ex = extract(
        _DATED + "Ana Mensah of Togo, speaking on behalf of the Arab Group, demanded that the "
        "World Bank set aside a reserve for flood relief.\n\nThe EU took a firmer line. "
        "Speaking for the bloc, Swedish Trade Minister Lars Berg proposed a levy on scrap steel "
        "imports."
    )
    assert proposed(ex) == {
        ("Ana Mensah", "the World Bank set aside a reserve for flood relief"),
        ("Arab Group", "the World Bank set aside a reserve for flood relief"),
        ("Lars Berg", "a levy on scrap steel imports"),
        ("European Union", "a levy on scrap steel imports"),
    }
    assert {("Ana Mensah", "Arab Group"), ("Lars Berg", "European Union")} <= affiliated(ex)


def test_delegate_is_a_title_before_a_name() -> None:
    ex = extract(
        _DATED + "Bolivia has set out its terms. Delegate Ravi Kumar said New Delhi could live "
        'with the deadline. "We need the money," Kumar said.'
    )
    assert [e.label for e in ex.entities if e.cls == "Person"] == ["Ravi Kumar"]


def test_a_verb_of_saying_with_its_own_marker_and_object_is_no_attribution() -> None:
    ex = extract(
        _DATED + "Trade Minister Ana Rios said Santiago was ready to waive visa fees for all "
        "Andean students as long as they maintain a clean record."
    )
    assert [c.label for c in ex.conditions] == ["as long as they maintain a clean record"]


def test_the_best_offer_of_the_week_puts_nothing_forward() -> None:
    ex = extract(_DATED + "Chile made the boldest offer of the week.")
    assert not ex.proposals
    named = extract(_DATED + "Chile made an offer of three ferries.")  # what it is
    assert ("Chile", "offer of three ferries") in proposed(named)


def test_a_name_opening_its_clause_taken_for_a_preposition_is_the_verbs_subject() -> None:
    doc = built(
        [
            ("Nadia Rahman", 4, "prep", "NNP", "PROPN"),
            ("of", 0, "prep", "IN", "ADP"),
            ("the", 3, "det", "DT", "DET"),
            ("Forum", 1, "pobj", "NNP", "PROPN"),
            ("rejected", 4, "ROOT", "VBD", "VERB"),
            ("the", 6, "det", "DT", "DET"),
            ("draft", 4, "dobj", "NN", "NOUN"),
            (".", 4, "punct", ".", "PUNCT"),
        ]
    )
    _names_taken_for_prepositions(doc)
    assert heads(doc)["Nadia Rahman"] == ("nsubj", "rejected")
    inside = built(  # a phrase inside the clause stays a phrase
        [
            ("Chile", 1, "nsubj", "NNP", "PROPN"),
            ("rejected", 1, "ROOT", "VBD", "VERB"),
            ("Lima", 1, "prep", "NNP", "PROPN"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    _names_taken_for_prepositions(inside)
    assert heads(inside)["Lima"] == ("prep", "rejected")


def test_her_and_a_bodys_head_noun_stand_for_the_body_she_is_of() -> None:
    ex = extract(
        _DATED + "Ana Rios of the Andean Trade Forum criticised the draft. Her forum wants a "
        "chapter on fisheries added to it."
    )
    assert ("Andean Trade Forum", "a chapter on fisheries added to it") in proposed(ex)


def test_a_window_a_body_has_is_no_figure_of_speech_and_its_act_noun_takes_a_condition() -> None:
    ex = extract(
        _DATED + "Bolivia proposed widening the credit window of the Andean Fund to cover small "
        "farms. The widening would go ahead only after the Fund's board signed off on a new "
        "budget. Peru offered a glimmer of hope."
    )
    assert conditioned(ex) == {
        (
            "Bolivia",
            "widening the credit window of the Andean Fund to cover small farms",
            "only after the Fund's board signed off on a new budget",
        )
    }
    assert len(ex.proposals) == 1  # the glimmer of hope is still a figure of speech


def test_a_delegation_that_put_on_record_it_could_not_agree_rejects_the_offer_before() -> None:
    ex = extract(
        _DATED + "1. The delegation of Chile renewed its offer to stage the next ministerial "
        "meeting in Santiago. The delegation of Peru put on record that it could not agree to "
        "the proposal at this stage."
    )
    assert (
        "Peru",
        "rejects",
        "offer to stage the next ministerial meeting in Santiago",
    ) in held_on(ex)


def test_an_opening_participle_taken_for_the_subject_leaves_the_envoy_its_subject() -> None:
    doc = built(
        [
            ("Using", 9, "csubj", "VBG", "VERB"),
            ("its", 2, "poss", "PRP$", "PRON"),
            ("right", 0, "dobj", "NN", "NOUN"),
            ("to", 2, "prep", "IN", "ADP"),
            ("reply", 3, "pobj", "NN", "NOUN"),
            (",", 4, "punct", ",", "PUNCT"),
            ("Peru", 8, "poss", "NNP", "PROPN"),
            ("'s", 6, "case", "POS", "PART"),
            ("envoy", 4, "appos", "NN", "NOUN"),
            ("dismissed", 9, "ROOT", "VBD", "VERB"),
            ("the", 11, "det", "DT", "DET"),
            ("charge", 9, "dobj", "NN", "NOUN"),
            (".", 9, "punct", ".", "PUNCT"),
        ]
    )
    _subjects_taken_into_openers(doc)
    assert heads(doc)["envoy"] == ("nsubj", "dismissed")
    assert heads(doc)["Using"] == ("advcl", "dismissed")


def test_a_ship_class_named_after_a_person_is_no_person() -> None:
    ex = extract(_DATED + "Chile will send two of its Almirante Cochrane-class frigates.")
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_analysts_at_a_firm_speak_for_it() -> None:
    ex = extract(
        _DATED + "Analysts at Andes Energy said lithium sales would rise sharply next year."
    )
    assert [(labels(ex)[s.speakers[0]], s.label) for s in ex.statements] == [
        ("Andes Energy", "lithium sales would rise sharply next year")
    ]


def test_a_plan_presented_by_a_state_is_its_plan_though_its_phrase_runs_long() -> None:
    ex = extract(
        _DATED + "2. The Ministers welcome the regional plan for the rebuilding of the Callao "
        "port presented by the Republic of Peru."
    )
    assert ("Peru", "the regional plan for the rebuilding of the Callao port") in proposed(ex)


def test_gratitude_expressed_states_nothing() -> None:
    ex = extract(
        _DATED + "The ministers of Chile and Peru expressed their gratitude to the people of "
        "Bolivia for the excellent arrangements."
    )
    assert not ex.statements
    said = extract(_DATED + "Chile expressed its concern that the talks had stalled for months.")
    assert len(said.statements) == 1  # a view is still stated


def test_a_name_before_the_noun_of_a_field_or_benchmark_is_no_persons() -> None:
    ex = extract(
        _DATED + "Argentina will export gas from its Maria Elena field at a price tied to the "
        "U.S. Henry Ridge benchmark, Energy Secretary Ana Rios said."
    )
    assert [e.label for e in ex.entities if e.cls == "Person"] == ["Ana Rios"]
