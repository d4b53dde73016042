"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: the far end of a route a place starts, a ministry named in full by its
state's formal name, "the Sultanate" for the one state so called, a body whose members are
named before it, "it" for the body a speaker speaks for, ..."""

from __future__ import annotations

from extraction_helpers import conditioned, extract, held_on, labels, people, proposed, typed

_DATED = "Lima, 3 May 2026\n\n"


def test_the_far_end_of_a_route_a_place_starts_is_a_place() -> None:
    ex = extract(
        _DATED + "The ferry from Puerto Montt to Caleta Gonzalo will run twice a week. "
        "Trucks between Lima and Tambo Grande were stopped, Peru said."
    )
    places = {label for cls, label in typed(ex) if cls == "Place"}
    assert {"Caleta Gonzalo", "Tambo Grande"} <= places
    assert not {"Caleta Gonzalo", "Tambo Grande"} & people(ex)


def test_a_ministry_named_in_full_by_its_states_formal_name_is_one_body() -> None:
    for head, state in (
        ("the Kingdom of Cambodia\nPhnom Penh", "Cambodia"),  # a ministry new to the lexicon
        ("the Slovak Republic\nBratislava", "Slovakia"),  # the lexicon's
    ):
        ex = extract(
            "Remarks by Foreign Ministry Spokesperson Ana Rios\n\n"
            f"Ministry of Foreign Affairs of {head}, 2 June 2026\n\n"
            "Good afternoon. The minister will visit Vienna next week.\n"
        )
        ministries = [e for e in ex.entities if "Ministry" in e.label]
        assert len(ministries) == 1, state
        assert f"{state}'s Foreign Ministry" in ministries[0].aliases or ministries[
            0
        ].label.endswith(state)


def test_the_sultanate_is_the_one_state_the_text_names_so_called() -> None:
    ex = extract(
        "MUSCAT, 11 February 2026\n\nOman's envoy met the Yemeni delegation on Monday. "
        "The Sultanate rejected the levy on transit trucks."
    )
    assert ("Oman", "rejects", "the levy on transit trucks") in held_on(ex)


def test_the_kingdom_names_no_state_where_two_are_so_called() -> None:
    ex = extract(
        _DATED + "Jordan and Morocco sent envoys to the talks. "
        "The Kingdom rejected the levy on transit trucks."
    )
    assert not held_on(ex)


def test_a_body_whose_members_are_named_before_it_is_an_organisation() -> None:
    ex = extract(_DATED + "Two members of the Majlis Watani called for a vote on the port lease.")
    assert ("Organisation", "Majlis Watani") in typed(ex)
    assert ("Majlis Watani", "a vote on the port lease") in proposed(ex)


def test_a_member_of_a_body_that_an_of_phrase_goes_on_from_is_a_title() -> None:
    ex = extract(
        _DATED + "The talks were chaired by Li Wen, Member of the Standing Office of the "
        "Party Committee, and Ana Rios."
    )
    assert ("Organisation", "Standing Office") not in typed(ex)


def test_it_is_the_body_a_speaker_is_said_to_speak_for() -> None:
    for said in (
        "Ama Owusu, a vice-president of the Bank, said it",
        "Speaking for the Bank at the meeting, Ama Owusu told reporters that it",
    ):
        ex = extract(
            _DATED + "Ghana asked the World Bank to fund a new bridge. "
            f"{said} could cover the cost of a design study if Ghana reformed its tenders."
        )
        assert ("World Bank", "cover the cost of a design study") in proposed(ex), said
        assert ("Ghana", "cover the cost of a design study") not in proposed(ex), said


def test_formations_named_in_capitals_are_no_person() -> None:
    ex = extract(_DATED + "Two Rapid-Response Units were moved to the coast.")
    assert "Rapid-Response Units" not in people(ex)


def test_the_military_rulers_of_a_bloc_speak_for_it() -> None:
    ex = extract(
        _DATED + "The juntas of the Lakes Alliance turned down the new toll. "
        "The rulers of the Lakes Alliance welcomed the grain deal."
    )
    assert {
        ("Lakes Alliance", "rejects", "the new toll"),
        ("Lakes Alliance", "supports", "the grain deal"),
    } <= held_on(ex)


def test_a_body_new_to_the_lexicon_known_as_another_name_is_one_body() -> None:
    ex = extract(
        _DATED + "The Coastal Bank of Africa, known as CBA, has offered a loan for the new "
        "harbour. CBA also urged Peru to cut its fees."
    )
    banks = [e for e in ex.entities if e.cls == "Organisation"]
    assert [(e.label, sorted(e.aliases)) for e in banks] == [("Coastal Bank of Africa", ["CBA"])]
    assert ("Coastal Bank of Africa", "cut its fees") in proposed(ex)


def test_a_body_the_lexicon_knows_by_the_name_after_known_as_is_that_body() -> None:
    ex = extract(
        _DATED + "The Southeast Asian Nations Association, known as ASEAN, said it would send "
        "a monitoring team to the border."
    )
    bodies = [e for e in ex.entities if e.cls == "Organisation"]
    assert [e.label for e in bodies] == ["ASEAN"]
    assert "Southeast Asian Nations Association" in bodies[0].aliases


def test_the_last_words_of_a_long_name_before_its_initials_are_no_person() -> None:
    ex = extract(
        _DATED + "Delegates met at the Convention on the Protection of Nesting Grounds of "
        "Grey Whales (CWP) in Suva on Monday."
    )
    assert "Grey Whales" not in people(ex)


def test_the_day_a_verb_takes_as_its_object_marks_no_condition() -> None:
    ex = extract(
        _DATED + "Ana Rios closed the day by saying that Peru would give $20 million to a reef "
        "fund, as long as its neighbours matched the sum."
    )
    assert (
        "Peru",
        "give $20 million to a reef fund",
        "as long as its neighbours matched the sum",
    ) in conditioned(ex)
    held = extract(_DATED + "Laos will reopen the bridge the day Thailand withdraws its guards.")
    assert {c.label for c in held.conditions} == {"the day Thailand withdraws its guards"}


def test_a_demand_whose_clause_the_parse_ran_into_the_sentences_verb_is_its_subject() -> None:
    ex = extract(
        _DATED + "Washington's demand that Kyiv hold elections was described as interference "
        "by Ukrainian officials. Chile's request that Bolivia lift the tariffs was turned down "
        "by La Paz."
    )
    assert ("United States", "demand that Kyiv hold elections") in proposed(ex)
    assert ("Chile", "request that Bolivia lift the tariffs") in proposed(ex)
    assert ("Bolivia", "rejects", "request that Bolivia lift the tariffs") in held_on(ex)


def test_power_utilities_and_river_agencies_are_known_bodies() -> None:
    ex = extract(
        _DATED + "Eskom and BC Hydro signed the pledge, and the US Army Corps of Engineers "
        "said it would share its flood models."
    )
    bodies = {label for cls, label in typed(ex) if cls == "Organisation"}
    assert {"Eskom", "BC Hydro", "United States Army Corps of Engineers"} <= bodies


def test_a_response_a_thing_draws_from_someone_is_their_stance_on_it() -> None:
    ex = extract(
        _DATED + "The ministers adopted a fishing plan that drew a sharp rebuke from Chile. "
        "The port levy won praise from Ecuador and Bolivia."
    )
    assert {
        ("Chile", "rejects", "a fishing plan"),
        ("Ecuador", "supports", "The port levy"),
        ("Bolivia", "supports", "The port levy"),
    } <= held_on(ex)


def test_an_attribution_the_parse_took_for_a_participle_on_an_object_says_the_clause() -> None:
    ex = extract(
        _DATED + "Chile will open its ports to Bolivian trucks, the two transport ministers "
        "announced on Monday."
    )
    assert ("Chile", "open its ports to Bolivian trucks") in proposed(ex)


def test_words_that_describe_a_ship_or_name_rights_are_no_person() -> None:
    ex = extract(
        _DATED + "A Marshall Islands-flagged tanker was held off the coast. Chile may leave "
        "the European Convention on Human Rights, the minister said. The Fund will issue new "
        "Special Drawing Rights next year."
    )
    assert not people(ex)


def test_a_group_or_a_panel_named_by_its_task_is_a_body_and_one_node_without_it() -> None:
    ex = extract(
        _DATED + "Delegates met for the Group of Experts on Drones. The Panel of Experts on "
        "Yemen said its report was ready; Peru will share its data with the Panel of Experts."
    )
    bodies = {e.label: e for e in ex.entities if e.cls == "Organisation"}
    assert {"Group of Experts on Drones", "Panel of Experts on Yemen"} <= set(bodies)
    assert "Panel of Experts" not in bodies
    assert "Panel of Experts" in bodies["Panel of Experts on Yemen"].aliases


def test_companies_and_agencies_of_the_news_are_known_bodies() -> None:
    ex = extract(_DATED + "Turkmengaz, Glencore and Rosselkhoznadzor were named in the report.")
    assert {"Turkmengaz", "Glencore", "Rosselkhoznadzor"} <= set(labels(ex).values())


def test_a_plural_after_a_name_the_tagger_took_for_a_verb_is_the_object() -> None:
    ex = extract(
        _DATED + "The minister said Chile was ready to postpone the Southern Trident drills due "
        "in March. Peru said the Andes Pact meets in May."
    )
    assert ("Chile", "postpone the Southern Trident drills due in March") in proposed(ex)
    assert any(s.label == "the Andes Pact meets in May" for s in ex.statements)


def test_a_body_whose_name_ends_with_a_states_is_one_body() -> None:
    for text in (
        "The conservation group Aves Libres Chile rejected the plan, saying it would harm "
        "wetlands.",
        "Aves Libres Chile rejected the plan outright on Monday.",
    ):
        ex = extract(_DATED + text)
        assert ("Aves Libres Chile", "rejects", "the plan") in held_on(ex), text
        assert "Chile" not in labels(ex).values(), text
    ex = extract(
        _DATED + "The rights group Tabiyat Kenya called for an audit of the loan. Ana Rios "
        "said Chile's envoy would attend."
    )
    assert ("Tabiyat Kenya", "an audit of the loan") in proposed(ex)
    assert "Chile" in labels(ex).values()  # "Chile's": a state's own, no body's name


def test_an_object_after_an_as_aside_is_what_is_offered_to_the_name_before() -> None:
    ex = extract(
        _DATED + "Chile offered Peru, as a goodwill gesture, free use of the port for a year."
    )
    assert [(p.label, labels(ex)[p.addressees[0]]) for p in ex.proposals] == [
        ("free use of the port for a year", "Peru")
    ]
    listed = extract(
        _DATED + "Chile asked Peru to reopen the talks, given the drought, the floods and "
        "the rising prices."
    )
    assert ("Chile", "reopen the talks") in proposed(listed)


def test_a_name_given_after_known_as_the_is_the_same_bodys() -> None:
    ex = extract(
        _DATED + "The Joint Council for the Upper Maroni Basin, known as the JCUM, met on "
        "Monday. Peru urged the JCUM to publish its water data."
    )
    bodies = [e for e in ex.entities if e.cls == "Organisation"]
    assert [(e.label, sorted(e.aliases)) for e in bodies] == [
        ("Joint Council for the Upper Maroni Basin", ["JCUM"])
    ]
