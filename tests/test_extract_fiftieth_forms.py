"""Forms of English met in briefings, debates and wire copy, in phrasings of our own:
diplomatic ranks before a name, agencies named "... Administration", bodies whose Spanish
name opens with an article, towns whose names open with "San" or "Ciudad", and an
infinitive the parser hung on "including"."""

from __future__ import annotations

from extraction_helpers import affiliated, extract, held_on, labels, people, proposed

_DATED = "Lima, 3 May 2026\n\n"


def test_a_diplomatic_rank_before_a_name_is_a_title() -> None:
    ex = extract(
        _DATED + "Chile's delegate, Counsellor Ana Ruiz, said Santiago was ready to sign. "
        "Minister-Counsellor Luis Vega agreed."
    )
    assert {"Ana Ruiz", "Luis Vega"} <= people(ex)
    assert not any(name.startswith(("Counsellor", "Minister")) for name in people(ex))
    assert ("Ana Ruiz", "Chile") in affiliated(ex)


def test_an_agency_named_administration_is_a_body_but_a_leaders_is_not() -> None:
    ex = extract(
        _DATED + "Li Wei, deputy administrator of the China Meteorological Administration, "
        "said Beijing would share data. The Maritime Safety Administration said it would "
        "inspect the ships."
    )
    names = set(labels(ex).values())
    assert {"China Meteorological Administration", "Maritime Safety Administration"} <= names
    assert ("Li Wei", "China Meteorological Administration") in affiliated(ex)
    ex = extract(_DATED + "The Milei Administration said it would lift the tariffs.")
    assert "Milei Administration" not in set(labels(ex).values())


def test_a_spanish_body_named_with_its_article_is_one_body() -> None:
    ex = extract(
        _DATED + "Rosa Paz, a researcher at El Colegio de la Frontera Norte in Tijuana, "
        "said the plan would fail."
    )
    assert "El Colegio de la Frontera Norte" in set(labels(ex).values())
    assert ("Rosa Paz", "El Colegio de la Frontera Norte") in affiliated(ex)


def test_a_town_named_after_a_saint_or_a_city_word_is_no_person() -> None:
    ex = extract(
        _DATED + "Lima will send drones, provided that Peru staffs checkpoints at the "
        "crossings of Santa Rosa and Ciudad Hidalgo. The map shows the Chilean Antarctic "
        "Sector as defined by law."
    )
    assert not {"Santa Rosa", "Ciudad Hidalgo", "Antarctic Sector"} & people(ex)
    ex = extract(_DATED + "Santo Lado Wani, the governor, said the border would stay open.")
    assert "Santo Lado Wani" in people(ex)  # "Santo" is a given name too


def test_an_infinitive_after_an_including_phrase_is_what_is_urged() -> None:
    ex = extract(
        "Press briefing by the spokesperson of the Ministry of Foreign Affairs of Peru\n"
        "Lima, 3 May 2026\n"
        "Host: Carla Mendoza, Spokesperson, Ministry of Foreign Affairs\n\n"
        "Q (Luis Soto, EFE): And Colombia?\n\n"
        "A: We call on all armed groups in Colombia, including in the Cauca region, to "
        "refrain from attacks on civilians.\n"
    )
    assert ("Carla Mendoza", "refrain from attacks on civilians") in proposed(ex)


def test_a_promise_to_repeat_a_message_is_no_offer() -> None:
    ex = extract(
        _DATED + "Foreign Minister Ana Rojas of Peru met Ecuador's envoy. We have told our "
        "Ecuadorian friends this clearly, and the minister will repeat it in Quito."
    )
    assert not any(what.startswith("repeat") for _, what in proposed(ex))


def test_a_verb_the_parser_took_for_an_adjective_of_its_object_is_the_verb() -> None:
    ex = extract(
        _DATED + "The regional farmers' union UPA backed Ruiz, while the conservation group "
        "Ecoriver called for a new study of the river."
    )
    assert ("Ecoriver", "a new study of the river") in proposed(ex)
    assert ("UPA", "a new study of the river") not in proposed(ex)
    assert ("UPA", "supports", "Ruiz") in held_on(ex)


def test_a_regions_government_is_a_body_of_its_own() -> None:
    ex = extract(
        _DATED + "The Walloon government said it was ready to cover half of the cost. Marta "
        "Ruiz, deputy head of the Catalan government, said the plan was unacceptable."
    )
    assert ("Walloon Government", "cover half of the cost") in proposed(ex)
    assert ("Marta Ruiz", "Government of Catalonia") in affiliated(ex)


def test_the_offer_of_a_side_names_its_offer_not_its_later_demand() -> None:
    ex = extract(
        _DATED + "Lima's envoy Ana Rojas offered Chile 12 percent of the catch. Peru also "
        "demanded that Chilean trawlers stay out of its waters. The Chilean fishing lobby "
        'Sonapesca dismissed the Peruvian offer as "an insult".'
    )
    assert ("Sonapesca", "rejects", "12 percent of the catch") in held_on(ex)


def test_a_bodys_staff_named_with_at_act_for_the_body() -> None:
    ex = extract(
        _DATED + "Scientists at the International Council for the Exploration of the Sea have "
        "advised a further cut in catches for 2026."
    )
    assert (
        "International Council for the Exploration of the Sea",
        "a further cut in catches for 2026",
    ) in proposed(ex)
    ex = extract(_DATED + "Chile's scientists called for a further cut in sugar intake.")
    assert not proposed(ex)  # a country's scientists are no organ of its state


def test_a_dedicated_window_of_a_fund_is_a_thing_demanded() -> None:
    ex = extract(
        _DATED + "China offered to share satellite data. Chile's delegate, Ana Rojas, backed "
        "the Chinese offer on behalf of the Andean Group and insisted that the fund open a "
        "dedicated window for the Andes."
    )
    assert ("Chile", "the fund open a dedicated window for the Andes") in proposed(ex)
    assert ("Chile", "supports", "share satellite data") in held_on(ex)
    assert not any("behalf" in what for _, what in proposed(ex))


def test_a_second_place_of_a_that_clause_is_no_proposal_of_its_own() -> None:
    ex = extract(
        _DATED + "Speaking for the Andean Community, Peru's Luis Soto called the clause \"a "
        'trap nobody asked for" and demanded that at least half of any new money go to '
        "mountain states and the least developed countries."
    )
    assert ("Peru", "the least developed countries") not in proposed(ex)
    assert any(
        by == "Peru" and what.endswith("mountain states and the least developed countries")
        for by, what in proposed(ex)
    )


def test_a_name_right_after_its_title_is_the_subject() -> None:
    ex = extract(
        "Geneva, 3 May 2026\n\n09:20 - Opening the session, WMO Secretary-General Ana Lucía "
        "Ferreyra urged member states to close a funding gap she put at 1.4 billion dollars."
    )
    assert any(
        by == "Ana Lucía Ferreyra" and what.startswith("close a funding gap")
        for by, what in proposed(ex)
    )


def test_wanting_a_thing_to_succeed_supports_it() -> None:
    ex = extract(_DATED + "Santiago wants the arrangement to succeed.")
    assert ("Chile", "supports", "the arrangement") in held_on(ex)
    assert not proposed(ex)
    ex = extract(_DATED + "Peru would like the truce to hold.")
    assert ("Peru", "supports", "the truce") in held_on(ex)
    ex = extract(_DATED + "Chile wants Peru to work harder on the border.")
    assert ("Chile", "work harder on the border") in proposed(ex)  # asked of Peru


def test_a_plural_noun_before_a_condition_ends_the_offer_and_a_later_saying_is_no_condition() -> (
    None
):
    ex = extract(
        _DATED + "China's delegate, Fu Jiahao, said his country could accept climate analysis "
        "in mission mandates only if host Governments requested it, and insisted that rich "
        "countries deliver the climate finance they had promised."
    )
    assert ("China", "climate analysis in mission mandates") in proposed(ex)
    assert ("Fu Jiahao", "rich countries deliver the climate finance they had promised") in (
        proposed(ex)
    )
    assert {c.label for c in ex.conditions} == {"only if host Governments requested it"}


def test_line_is_a_given_name() -> None:
    ex = extract(
        _DATED + "Danish Minister for Development Cooperation Line Kjaergaard called for climate "
        "risk assessments in every peacekeeping mandate."
    )
    assert "Line Kjaergaard" in people(ex)


def test_a_bodys_door_open_to_a_return_is_its_offer() -> None:
    ex = extract(
        _DATED + "4. We regret the decision of Chile to leave the union. The door of the Andean "
        "Community remains open to its return, provided that it pays its dues."
    )
    assert ("Andean Community", "its return") in proposed(ex)
    assert "provided that it pays its dues" in {c.label for c in ex.conditions}


def test_a_reservation_on_a_paragraph_the_parser_hung_on_the_verb_rejects_it() -> None:
    ex = extract(
        _DATED + "3. We demand the withdrawal of all foreign forces from Congolese territory."
        '\n\n10. Rwanda entered a reservation on paragraph 3, stating that it "does not '
        'recognise any link".'
    )
    assert ("Rwanda", "rejects", "paragraph 3") in held_on(ex)


def test_the_chairperson_is_who_the_meeting_was_held_under() -> None:
    ex = extract(
        "Communique of the Extraordinary Meeting of the Andean Council\n\nLima, 3 May 2026\n\n"
        "1. The Council of Ministers of the Andean Community met in Lima under the "
        "chairmanship of Hon. Ana Rios, Minister of Finance of Peru.\n\n"
        '9. In her closing remarks, the Chairperson said: "A union that shares its revenue '
        'must share its burdens."'
    )
    speakers = {labels(ex)[k] for s in ex.statements for k in s.speakers}
    assert speakers == {"Ana Rios"}


def test_those_things_no_proposal_names_are_rejected_as_named() -> None:
    ex = extract(
        "Press briefing by the spokesperson of the Ministry of Foreign Affairs of Peru\n"
        "Lima, 3 May 2026\n"
        "Host: Carla Mendoza, Spokesperson, Ministry of Foreign Affairs\n\n"
        "CARLA MENDOZA: Good morning. Together with Bolivia, we will again put forward our "
        "proposal for a protected reserve along the river.\n\n"
        "Q (Ana Diaz, Reuters): Chile has issued new fishing permits around the islands. What "
        "is your response?\n\n"
        "A: Peru rejects those permits. They are unilateral acts in a disputed area.\n"
    )
    assert ("Peru", "rejects", "those permits") in held_on(ex)


def test_a_verb_the_parser_coordinated_with_a_noun_is_a_second_condition() -> None:
    ex = extract(
        _DATED + "Russia's deputy head of delegation Ivan Petrov rejects any binding treaty. "
        "Moscow could live with a political declaration as long as it is adopted by consensus "
        "and places no limits on research, he says."
    )
    assert {c.label for c in ex.conditions} == {
        "as long as it is adopted by consensus",
        "as long as it places no limits on research",
    }


def test_that_last_point_still_names_a_term_put_forward_before() -> None:
    ex = extract(
        _DATED + "The Federal Council has offered the unions 14 domestic measures, including "
        "stronger protection against dismissal for shop stewards, but the employers' "
        "federation Arbeitgeber has balked at that last point."
    )
    assert any(
        holder == "Arbeitgeber" and stance == "rejects" and label.startswith("14 domestic measures")
        for holder, stance, label in held_on(ex)
    )


def test_a_long_title_and_name_before_a_final_said_are_the_speaker() -> None:
    for state, speaker in (("Brasilia", "Ana Souza"), ("Riyadh", "Fahad al-Mutairi")):
        demonym = "Brazilian" if state == "Brasilia" else "Saudi"
        ex = extract(
            f"{_DATED}{state} would not take sides, {demonym} Minister of State for Foreign "
            f"Affairs {speaker} said."
        )
        assert [labels(ex)[k] for s in ex.statements for k in s.speakers] == [speaker]


def test_blocking_the_thing_a_proposal_named_rejects_that_proposal() -> None:
    ex = extract(
        _DATED + "Chile proposed a marine protected area along the peninsula. Russia and China "
        "blocked the protected area at the commission last year."
    )
    on = "a marine protected area along the peninsula"
    assert {("Russia", "rejects", on), ("China", "rejects", on)} <= held_on(ex)
    ex = extract(
        _DATED + "Chile proposed a marine protected area along the peninsula. Protesters "
        "blocked the road to the port."
    )
    assert not ex.stances  # a road blocked is no stance


def test_ministers_for_a_portfolio_of_a_body_meeting_at_a_seat_are_that_bodys() -> None:
    ex = extract(
        _DATED + "1. The Ministers for Foreign Affairs of the Andean Community met at United "
        "Nations Headquarters in New York under the chairmanship of Peru, to review the "
        "challenges facing the region.\n\n2. The Ministers called upon developed countries to "
        "honour their aid commitments."
    )
    assert ("Andean Community", "honour their aid commitments") in proposed(ex)
    assert "United Nations Headquarters" not in set(labels(ex).values())
