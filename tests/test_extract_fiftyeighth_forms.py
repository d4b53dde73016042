"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: a person named after an office and its known field, two fields before
a title, "Campaigner" and "Activist" before a name, a ministry whose last field is a people
abroad, a place and "for" the meeting held there, a meeting named with its body's own words,
an object that only stands for what the text says next, a news outlet that is no side, "Lao",
a group led by an actor, and a phrase summing up a clause after its condition."""

from __future__ import annotations

from extraction_helpers import (
    affiliated,
    conditioned,
    extract,
    held,
    held_on,
    labels,
    named,
    people,
    proposed,
    typed,
)

_DATED = "QUITO, 4 June 2026 (Reuters) - "


def test_a_name_of_three_words_after_an_office_and_its_known_field_is_whole() -> None:
    ex = extract(
        _DATED + "Minister of Housing Nguyen Van Long said the plan was sound. "
        "Deputy Minister of Tourism Maria Jose Ortega said the hotels would stay open."
    )
    assert {"Nguyen Van Long", "Maria Jose Ortega"} <= people(ex)
    assert not {"Van Long", "Jose Ortega"} & people(ex)


def test_a_two_word_name_after_an_unknown_field_is_still_read() -> None:
    ex = extract(_DATED + "Minister of Lotteries Ana Pinto said the draw would go ahead.")
    assert "Ana Pinto" in people(ex)


def test_two_fields_before_a_title_name_no_one() -> None:
    ex = extract(
        _DATED + "Public Works and Housing Minister Luis Mora urged Peru to wait. "
        "Civil Aviation and Tourism Minister Carla Ruiz said Ecuador would cap fares."
    )
    assert {"Carla Ruiz", "Luis Mora"} <= people(ex)
    assert not {"Public Works", "Civil Aviation"} & people(ex)


def test_a_person_and_a_titled_person_stay_two_people() -> None:
    ex = extract(_DATED + "Ana Ruiz and Foreign Minister Jose Vega met in Lima on Monday.")
    assert {"Ana Ruiz", "Jose Vega"} <= people(ex)


def test_campaigner_and_activist_are_titles_not_names() -> None:
    ex = extract(
        _DATED + "Campaigner Rosa Quispe urged the ministers to drop the dam. "
        "Activist Tomas Yupanqui said the river would die."
    )
    assert {"Rosa Quispe", "Tomas Yupanqui"} <= people(ex)
    assert ("Rosa Quispe", "drop the dam") in proposed(ex)


def test_a_newspaper_told_a_quotation_is_no_person() -> None:
    ex = extract(
        'HELSINKI, 4 June 2026 - "The grid will hold," the minister told Helsingin Sanomat. '
        "Statnett said Norway would keep the link open."
    )
    found = typed(ex)
    assert ("Organisation", "Helsingin Sanomat") in found
    assert ("Organisation", "Statnett") in found
    assert "Helsingin Sanomat" not in people(ex)


def test_a_ministrys_last_field_may_be_its_people_abroad() -> None:
    ex = extract(
        "DAKAR, 4 June 2026 - The Ministry of Foreign Affairs and Senegalese Abroad said "
        "the consulate in Banjul would reopen. The Ministry of Foreign Affairs, Cooperation "
        "and Malians Abroad said Mali would send a team."
    )
    assert "Ministry of Foreign Affairs and Senegalese Abroad" in named(ex)
    assert "Ministry of Foreign Affairs, Cooperation and Malians Abroad" in named(ex)
    assert "Abroad" not in people(ex)


def test_a_place_and_for_the_meeting_held_there_are_two_names() -> None:
    ex = extract(
        _DATED + "Ministers are in Montevideo for the Annual Assembly of the Andean "
        "Fishing Union, which opens on Monday."
    )
    found = typed(ex)
    assert not any(label.startswith("Montevideo") for _, label in found if _ != "Place")
    assert ("Place", "Montevideo") in found or ("State", "Uruguay") in found


def test_a_meeting_named_with_its_bodys_own_words_is_that_body() -> None:
    ex = extract(
        "GENEVA, 4 June 2026 - This year's Meteorological Congress of the World "
        "Meteorological Organization (WMO) urged states to share radar data."
    )
    orgs = {label for cls, label in typed(ex) if cls == "Organisation"}
    assert "World Meteorological Organization" in orgs
    assert not any("Congress" in label for label in orgs)


def test_an_object_that_stands_for_what_follows_is_no_proposal() -> None:
    ex = extract(
        _DATED + "Peru has put forward a new approach. Its envoy said Peru would share the "
        "toll revenue with Chile."
    )
    found = proposed(ex)
    assert ("Peru", "a new approach") not in found
    assert ("Peru", "share the toll revenue with Chile") in found


def test_an_object_that_says_what_it_is_stays_a_proposal() -> None:
    ex = extract(_DATED + "Peru offered a new route for the pipeline through the Sechura desert.")
    assert any(p.startswith("a new route for the pipeline") for _, p in proposed(ex))


def test_a_news_outlet_in_the_dateline_is_no_side() -> None:
    ex = extract(
        _DATED + "Ecuador has made a fresh offer on the fishing grounds. It proposed that "
        "the two sides patrol the bay together."
    )
    names = labels(ex)
    addressed = {names[k] for p in ex.proposals for k in p.addressees}
    assert "Reuters" not in addressed


def test_lao_names_laos() -> None:
    ex = extract(
        "VIENTIANE, 4 June 2026 - Thailand offered to pay for a survey of the Mekong bridge. "
        "Lao negotiators backed the survey on Tuesday."
    )
    assert ("Laos", "supports") in held(ex)


def test_a_group_that_names_no_actor_acts_for_the_one_leading_it() -> None:
    ex = extract(
        _DATED + "Fiji proposed a cap on cruise arrivals. Pacific delegations led by Samoa "
        "backed the cap on Tuesday."
    )
    assert ("Samoa", "supports") in held(ex)


def test_a_delegation_named_for_its_state_stays_that_states() -> None:
    ex = extract(_DATED + "The Chilean delegation, headed by Ana Ruiz, wants the tariff dropped.")
    assert ("Chile", "the tariff dropped") in proposed(ex)


def test_a_summing_up_phrase_after_a_condition_sums_up_the_offer() -> None:
    ex = extract(
        _DATED + "Brazil has proposed running the ferries in exchange for a 15-year operating "
        "licence, an idea Uruguay has firmly opposed. Chile offered to pave the road in "
        "exchange for a mining permit, an idea Argentina has firmly opposed."
    )
    found = held_on(ex)
    assert ("Uruguay", "rejects", "running the ferries") in found
    assert ("Argentina", "rejects", "pave the road") in found
    assert ("Brazil", "running the ferries", "in exchange for a 15-year operating licence") in (
        conditioned(ex)
    )


def test_a_summing_up_phrase_hung_on_the_conditions_noun_sums_up_the_offer() -> None:
    ex = extract(
        "LIMA, 4 June 2026 (Reuters) - Chile has offered to rebuild the rail link in exchange "
        "for a 20-year freight concession, an idea Bolivia has long resisted."
    )
    assert ("Bolivia", "rejects", "rebuild the rail link") in held_on(ex)
    assert ("Chile", "rebuild the rail link", "in exchange for a 20-year freight concession") in (
        conditioned(ex)
    )


def test_a_side_that_will_not_block_a_thing_offers_to_let_it_pass() -> None:
    ex = extract(
        _DATED + "Argentina said that it would not block the accession of Bolivia. "
        "Paraguay indicated that it would not veto the fisheries resolution."
    )
    found = proposed(ex)
    assert ("Argentina", "not block the accession of Bolivia") in found
    assert ("Paraguay", "not veto the fisheries resolution") in found


def test_a_side_that_will_not_vote_for_a_thing_rejects_it() -> None:
    ex = extract(_DATED + "Peru said it would not vote for a law that cuts pensions.")
    assert ("Peru", "rejects") in held(ex)
    assert not proposed(ex)


def test_a_side_sceptical_of_a_plan_rejects_it() -> None:
    ex = extract(
        _DATED + "Colombia proposed a shared radar network. Venezuela is sceptical of the "
        "radar plan, and Panama remains skeptical of it."
    )
    assert {("Venezuela", "rejects"), ("Panama", "rejects")} <= held(ex)


def test_what_an_offer_hinges_on_is_its_condition_not_a_stance() -> None:
    ex = extract(
        _DATED + "Brazil offered to build a second power line. The offer depends on Paraguay "
        "approving the new tariff."
    )
    assert ("Paraguay", "supports") not in held(ex)
    assert any(c.endswith("Paraguay approving the new tariff") for _, _, c in conditioned(ex))


def test_a_secretariat_post_with_its_field_set_off_before_the_name_is_the_uns() -> None:
    ex = extract(
        "NEW YORK, 4 June 2026 - The Security Council met on Monday. The Special Representative "
        "of the Secretary-General on Migrants in Transit, Lena Okoro, urged states to open "
        "safe routes. Tom Baird, the Secretary-General's Special Envoy for Youth and Armed "
        "Conflict, said the funds had run out."
    )
    assert {("Lena Okoro", "United Nations"), ("Tom Baird", "United Nations")} <= affiliated(ex)
    assert "Armed Conflict" not in people(ex)


def test_the_council_is_a_body_so_named_or_named_with_it() -> None:
    lone = extract(
        _DATED + "Rosa Vidal, deputy head of UN Women, said shelters were full. She later "
        "briefed the Council on the figures."
    )
    assert not any("the Council" in e.aliases for e in lone.entities)
    organ = extract(
        _DATED + "The Andean Fisheries Organization's Council meets this week. "
        "The Council's chair, Rosa Vidal, urged members to share flow data."
    )
    assert ("Rosa Vidal", "Andean Fisheries Organization") in affiliated(organ)


def test_a_proposal_with_a_view_set_off_after_it_is_the_one_put_forward_before() -> None:
    ex = extract(
        _DATED + "Bolivia wants Ecuador and Peru to hold a summit on river pollution. Ecuador "
        "backed the Bolivian idea, which is in keeping with its stated policy."
    )
    assert ("Ecuador", "supports", "hold a summit on river pollution") in held_on(ex)
    assert not any(label.startswith("idea, which") for _, label in proposed(ex))


def test_the_backing_of_allies_is_theirs_not_a_stance_on_them() -> None:
    ex = extract(
        _DATED + "Ecuador's foreign minister, Ana Rios, said: \"We value the backing of our "
        'allies, yet the border is ours to run."'
    )
    assert not any(label == "our allies" for _, _, label in held_on(ex))


def test_an_objection_conveyed_to_a_side_is_no_stance_on_that_side() -> None:
    ex = extract(
        "Weekly briefing by the spokesperson of the Ministry of Foreign Affairs of Ecuador, "
        "Ana Rios\n\nQUITO, 4 June 2026\n\nQ (El Comercio): Will Ecuador protest?\n\n"
        "Spokesperson: Ecuador turned down the island plan. Our envoys delivered the "
        "government's objection to Lima and Bogota on Tuesday, along with a request for talks.\n"
    )
    assert held_on(ex) == {("Ecuador", "rejects", "the island plan")}


def test_the_proposal_in_a_sentence_naming_anothers_request_is_that_request() -> None:
    ex = extract(
        "Lima, 3 May 2026\n\n6. Chile proposed extending the ferry service to Puerto "
        "Natales.\n\n7. The Andean Council has received the Youth Forum's request for a "
        "single student visa, but the Council considers the proposal premature.\n"
    )
    found = held_on(ex)
    assert any(h == "Andean Council" and "student visa" in label for h, _, label in found)
    assert not any("ferry" in label for _, _, label in found)


def test_a_currency_named_by_initials_is_no_body() -> None:
    ex = extract(
        "YAOUNDE, 4 June 2026 - The CFA franc will stay pegged to the euro, the BEAC said. "
        "The XOF rate was unchanged."
    )
    orgs = {label for cls, label in typed(ex) if cls == "Organisation"}
    assert "CFA" not in orgs
    assert "BEAC" in orgs


def test_a_mekong_city_at_the_end_of_a_road_is_a_place() -> None:
    ex = extract(
        "BANGKOK, 4 June 2026 - Thailand offered to pave a feeder road from Udon Thani to "
        "Nong Khai, and Laos backed a bridge at Savannakhet."
    )
    places = {label for cls, label in typed(ex) if cls == "Place"}
    assert {"Udon Thani", "Nong Khai", "Savannakhet"} <= places
    assert not {"Udon Thani", "Nong Khai"} & people(ex)
