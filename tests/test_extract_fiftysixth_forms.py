"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: a title's "of" phrase after the name it stands before, the
spokesperson who answers a briefing that names several people before its questions, ..."""

from __future__ import annotations

from types import SimpleNamespace

from extraction_helpers import affiliated, built, extract, held_on, labels, people, proposed

from graph.extract.affiliations import _of_phrase_on_title

_DATED = "Lima, 3 May 2026\n\n"


def test_an_of_phrase_the_parse_hung_on_a_title_belongs_to_the_name_after_it() -> None:
    doc = built(
        [
            ("Envoy", 5, "nsubj", "NN", "NOUN"),
            ("Kim", 0, "nummod", "NNP", "PROPN"),
            ("of", 0, "prep", "IN", "ADP"),
            ("the", 4, "det", "DT", "DET"),
            ("Council", 2, "pobj", "NNP", "PROPN"),
            ("spoke", 5, "ROOT", "VBD", "VERB"),
            (".", 5, "punct", ".", "PUNCT"),
        ]
    )
    ctx = SimpleNamespace(title_words=frozenset({"envoy"}))
    assert _of_phrase_on_title(ctx, doc[1]) == [doc[2]]  # type: ignore[arg-type]
    assert _of_phrase_on_title(ctx, doc[4]) == []  # not a name after its title


def test_the_spokesperson_answers_a_briefing_that_names_two_people_first() -> None:
    ex = extract(
        "Regular Press Briefing\nLIMA, 4 March 2026\n\n"
        "Spokesperson Ana Rios read a short statement on the river talks. "
        "Deputy Minister Luis Paz will travel to Quito on Friday.\n\n"
        "Q: Will the talks on the river resume this year?\n\n"
        "A: Our position on the river has not changed since the spring, and the river "
        "remains a matter for the two commissions.\n"
    )
    names = labels(ex)
    said = {(names[k], s.label[:12]) for s in ex.statements for k in s.speakers}
    assert ("Ana Rios", "Our position") in said


def test_a_ministry_with_no_state_named_in_its_paragraph_is_the_datelines() -> None:
    ex = extract(
        "Regular Press Briefing\nLIMA, 3 May\n\n"
        "Peru's spokesperson Ana Rios took questions on the fishing talks and on the port.\n\n"
        "Q: When will the new port open to foreign ships?\n\n"
        "A: The port will open in June, once the last of the cranes has been tested and "
        "the customs hall is finished.\n\n"
        "Q: Chile has reportedly offered a joint patrol of the bay. Will you accept it?\n\n"
        "A: We will study the offer with care.\n\n"
        "Q: According to the Ministry of Fisheries, the catch records will go to Chilean "
        "officials next week. Can you confirm?\n\nA: Yes, fully.\n"
    )
    assert "Ministry of Fisheries of Peru" in labels(ex).values()


def test_readiness_to_defend_warns_and_offers_nothing() -> None:
    ex = extract(_DATED + "Peru said it stood ready to defend the accord it signed with Chile.")
    assert not ex.proposals
    offered = extract(
        _DATED + "Peru said it stood ready to revise the accord it signed with Chile."
    )
    assert offered.proposals


def test_a_portfolio_before_a_ministers_title_names_no_body() -> None:
    ex = extract("OTTAWA, 3 May\n\nForeign Affairs Minister Ana Roy said Canada would wait.")
    assert "Foreign Affairs" not in labels(ex).values()
    assert "Ana Roy" in labels(ex).values()


def test_a_deputy_before_a_portfolio_and_a_title_names_no_body() -> None:
    ex = extract(_DATED + "Deputy Mining Minister Ana Roy said Peru would wait for the audit.")
    assert set(labels(ex).values()) == {"Ana Roy", "Peru"}


def test_vowing_to_reject_any_deal_that_does_a_thing_sets_no_terms() -> None:
    ex = extract(_DATED + "Bolivia pledged to reject any plan that moves the border post.")
    assert not ex.proposals and not ex.conditions
    assert held_on(ex) == {("Bolivia", "rejects", "any plan that moves the border post")}
    lifted = extract(_DATED + "Bolivia would not block any plan that keeps the border post open.")
    assert lifted.conditions  # not blocking it, on its terms: an offer


def test_a_plural_root_with_a_subject_and_a_that_clause_is_a_verb() -> None:
    ex = extract(_DATED + "The new Chilean proposal demands that Peru lower its port fees.")
    assert proposed(ex) == {("Chile", "Peru lower its port fees")}


def test_the_administration_is_the_united_states_where_the_text_names_it() -> None:
    ex = extract(
        "OTTAWA - The United States and Canada met again on the river treaty.\n\n"
        "Growers in Idaho say the administration's demand for a bigger share is fair."
    )
    assert proposed(ex) == {("United States", "demand for a bigger share")}


def test_what_a_proposal_says_a_council_should_request_is_not_the_councils_request() -> None:
    ex = extract(
        _DATED + "The Security Council met on Monday on the border crisis. Peru's envoy, Ana "
        "Rios, proposed that the Council request a briefing from the Secretary-General on the "
        "camps every month."
    )
    assert {who for who, _ in proposed(ex)} == {"Ana Rios", "Peru"}


def test_a_bodys_description_set_off_before_its_name_is_no_anaphor() -> None:
    ex = extract(
        _DATED + "The World Bank said it could lend $200 million. The joint body that runs "
        "the canal, CANALCO, wants tolls cut in 2027. Rosa Diaz, its chief engineer, said the "
        "canal could carry more ships."
    )
    assert ("CANALCO", "tolls cut in 2027") in proposed(ex)
    assert affiliated(ex) == {("Rosa Diaz", "CANALCO")}


def test_readiness_to_go_at_a_pace_offers_nothing() -> None:
    assert not extract(_DATED + "Peru is ready to act now.").proposals
    assert extract(_DATED + "Peru is ready to act now on the river.").proposals


_SITTING = (
    "Communique of the Session of Andean Ports Ministers\n\nLIMA, 3 May 2026\n\n"
    "1. A Special Session of Andean Community (CAN) Ministers Responsible for Ports took "
    "place in Lima. Ana Rios, Minister of Ports of Peru, presided.\n\n"
    "2. The Session backed the proposed Andean Rail Fund and asked the CAN Secretariat to "
    "draft rules for it by June.\n\n"
    "3. The Session called on Member States to ratify the Andean Road Protocol.\n"
)


def test_a_plural_title_before_a_capitalised_word_names_no_one() -> None:
    assert "Responsible" not in people(extract(_SITTING))


def test_the_session_in_capitals_is_the_body_whose_sitting_the_text_opens_with() -> None:
    ex = extract(_SITTING)
    assert ("Andean Community", "ratify the Andean Road Protocol") in proposed(ex)
    assert ("Andean Community", "supports") in {(w, s) for w, s, _ in held_on(ex)}


def test_a_name_abbreviated_by_its_initials_in_brackets_is_a_body() -> None:
    ex = extract(
        _DATED + "Bolivia will buy power from Hidroeléctrica del Rio Claro (HRC) next winter, "
        "officials said. HRC declined to comment."
    )
    bodies = {e.label for e in ex.entities if e.cls == "Organisation"}
    assert "Hidroeléctrica del Rio Claro" in bodies and not people(ex)


def test_a_known_bodys_name_written_out_before_its_acronym_is_that_body() -> None:
    ex = extract(
        "Communique of the Meeting of SADC Water Ministers\n\nLUSAKA, 3 May 2026\n\n"
        "1. At an Extraordinary Meeting of Southern African Development Community (SADC) "
        "water ministers in Lusaka, Zambia offered to host the next round."
    )
    assert [e.label for e in ex.entities if e.cls == "Organisation"] == ["SADC"]


def test_a_ministers_two_fields_before_the_state_name_no_body() -> None:
    ex = extract(_DATED + "Ana Rios, Minister of Mines and Energy of Peru, opened the fair.")
    assert affiliated(ex) == {("Ana Rios", "Peru")}


def test_a_name_an_authority_describes_set_off_after_it_is_a_body() -> None:
    ex = extract(
        _DATED + "Clean Rivers, the national river authority, rejected a pause in the dredging."
    )
    assert ("Clean Rivers", "rejects") in {(w, s) for w, s, _ in held_on(ex)}
    assert not people(ex)


def test_a_secretariat_post_with_its_field_before_the_name_is_the_uns() -> None:
    ex = extract(
        _DATED + "The Council heard Assistant Secretary-General for Europe Ana Rios, who said "
        "the talks should resume."
    )
    assert affiliated(ex) == {("Ana Rios", "United Nations")}


def test_a_hyphenated_word_names_again_the_proposal_it_was_part_of() -> None:
    ex = extract(
        _DATED + "Peru wants a cross-border flood-warning network run by both weather "
        "services. Chile has not replied. Farmers welcomed Peru's proposal of a flood-warning "
        "network."
    )
    assert len(ex.proposals) == 1


def test_an_acronym_before_a_currency_names_no_body() -> None:
    ex = extract(_DATED + "The port fees come to 3 billion CFA francs, the ECOWAS report said.")
    assert set(labels(ex).values()) == {"ECOWAS"}


def test_discussing_the_details_puts_nothing_new_forward() -> None:
    assert not extract(
        _DATED + "Ana Rios will discuss the details with her Chilean counterpart."
    ).proposals
    spelled = extract(_DATED + "Peru will discuss the details of a joint patrol with Chile.")
    assert spelled.proposals


def test_a_spanish_place_word_opens_a_place_not_a_persons_name() -> None:
    ex = extract(_DATED + "Peru offered to pave the road between Cerro Largo and Nueva Esperanza.")
    assert not people(ex)


def test_calling_a_plan_a_distraction_rejects_it() -> None:
    ex = extract(
        _DATED + "Peru has proposed a rail link to Bolivia. Ana Rios of the Andean Institute "
        'said the rail link was "a distraction that Lima can ill afford".'
    )
    assert ("Ana Rios", "rejects", "the rail link") in held_on(ex)


def test_a_side_to_be_acted_on_in_a_for_clause_is_named_not_asked() -> None:
    ex = extract(_DATED + "Chile called for Bolivia to be included in the river talks.")
    assert proposed(ex) == {("Chile", "Bolivia to be included in the river talks")}
    assert not ex.proposals[0].addressees


def test_a_plural_sea_word_ends_a_places_name() -> None:
    ex = extract(_DATED + "Navies of the North and Black Seas will meet in Varna, Peru said.")
    assert not people(ex)
