"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: a ministry's last field of two words or after "the", a body named after
its members before a person's name, a reply promised, a storm's name, a state named after
the group it speaks for, and a state's government named by a kind of place."""

from __future__ import annotations

from extraction_helpers import (
    affiliated,
    extract,
    held_on,
    labels,
    named,
    people,
    proposed,
    typed,
)

_DATED = "ACCRA, 9 March 2026 (Reuters) - "


def test_a_ministry_whose_last_field_has_two_words_is_named_whole() -> None:
    ex = extract(
        _DATED + "A spokesman for Ghana's Ministry of Foreign Affairs and Regional "
        "Integration said the border posts would reopen."
    )
    assert "Ghana's Ministry of Foreign Affairs and Regional Integration" in named(ex)


def test_a_ministry_whose_last_field_follows_the_is_named_whole() -> None:
    ex = extract(
        _DATED + "Ghana's Ministry of Lands and the Environment said it would review the "
        "permits. The Ministry of Youth and the Arts opened a fund for musicians."
    )
    assert "Ghana's Ministry of Lands and the Environment" in named(ex)
    assert ("Organisation", "Ministry of Youth and the Arts") in typed(ex)
    assert not {"Ministry of Lands", "Ministry of Youth"} & {e.label for e in ex.entities}


def test_a_body_or_title_after_a_ministry_and_the_is_no_field_of_it() -> None:
    ex = extract(
        _DATED + "The Ministry of Youth and the Navy signed a pact on Monday. Ghana's "
        "Ministry of Roads and Transport Minister Kojo Asante said the bridge would open."
    )
    assert "Ministry of Youth and the Navy" not in named(ex)
    assert "Kojo Asante" in people(ex)
    assert not any(n.endswith("Transport Minister") for n in named(ex))


def test_a_body_named_after_its_members_ends_before_the_name_that_follows() -> None:
    ex = extract(
        _DATED + "Deputy Chairman of the Council of Ministers Ivo Petrov told reporters the "
        "levy would stay. Head of the Board of Governors Lena Sova said the bank would wait."
    )
    assert {"Ivo Petrov", "Lena Sova"} <= people(ex)
    assert ("Organisation", "Council of Ministers") in typed(ex)
    assert not {"Council of", "Board of"} & {e.label for e in ex.entities}


def test_a_reply_promised_offers_nothing() -> None:
    ex = extract(
        _DATED + "Togo sent Ghana a letter on the levy. Ghana said it would examine the "
        "letter and reply within a month. Benin said it would respond next week."
    )
    assert not any(p.kind == "offer" for p in ex.proposals)


def test_a_reply_with_its_own_object_is_still_read_for_what_it_commits() -> None:
    ex = extract(_DATED + "Ghana said it would answer the request by sending two engineers.")
    assert any(by == "Ghana" for by, _ in proposed(ex))


def test_an_exchange_where_goods_are_traded_is_a_body() -> None:
    ex = extract(_DATED + "Prices fell on the Kumasi Cocoa Exchange on Monday.")
    assert ("Organisation", "Kumasi Cocoa Exchange") in typed(ex)


def test_a_storm_named_like_a_person_is_no_one() -> None:
    ex = extract(
        _DATED + "Cyclone Amara flooded the port, and Hurricane Delia cut power, Trade "
        "Minister Efua Owusu said."
    )
    assert "Efua Owusu" in people(ex)
    assert not {"Cyclone Amara", "Hurricane Delia"} & people(ex)


def test_a_state_after_the_group_it_speaks_for_is_the_actor() -> None:
    ex = extract(
        _DATED + "On behalf of the Baltic states, Estonia proposed a joint fund for "
        "coastguards. For the Nordic countries, Norway offered to host the talks."
    )
    assert {("State", "Estonia"), ("State", "Norway")} <= typed(ex)
    assert ("Estonia", "a joint fund for coastguards") in proposed(ex)


def test_a_state_after_a_city_is_still_where_the_city_lies() -> None:
    ex = extract(_DATED + "The talks in Geneva, Switzerland, ended without a deal on Monday.")
    assert ("State", "Switzerland") not in typed(ex)


def test_the_government_of_a_kind_of_place_is_no_body() -> None:
    ex = extract(
        _DATED + "Any inspection team needs the approval of the Government of the State "
        "concerned, the envoy said. The Government of Ghana said no."
    )
    assert not any("Government of the" in e.label for e in ex.entities)
    assert ("State", "Ghana") in typed(ex)


def test_a_un_programme_for_cities_is_known() -> None:
    ex = extract(_DATED + "UN-Habitat urged Ghana to build more social housing in Accra.")
    assert ("Organisation", "UN-Habitat") in typed(ex)
    assert ("UN-Habitat", "build more social housing in Accra") in proposed(ex)


def test_a_claim_summed_up_after_a_demand_is_what_the_relative_clause_rejects() -> None:
    ex = extract(
        _DATED + "Togo asked for compensation for the traders, a claim that Ghana rejects. "
        "Benin urged Togo to go to court, a route that Togo has always refused."
    )
    assert ("Ghana", "rejects", "compensation for the traders") in held_on(ex)
    assert ("Togo", "rejects", "go to court") in held_on(ex)


def test_a_bare_noun_names_again_the_proposal_it_heads() -> None:
    ex = extract(
        _DATED + "Togo demanded binding arbitration on the levy. Asked about it on "
        "Tuesday, Ghana said nothing. Ghana considers arbitration unnecessary."
    )
    assert ("Ghana", "rejects", "binding arbitration on the levy") in held_on(ex)


def test_a_bare_noun_no_proposal_heads_is_its_own_target() -> None:
    ex = extract(
        _DATED + "Togo demanded binding arbitration on the levy. Ghana considers "
        "mediation unnecessary."
    )
    assert ("Ghana", "rejects", "mediation") in held_on(ex)


def test_support_expressed_is_for_what_was_put_forward_before_not_after() -> None:
    ex = extract(
        _DATED + "Togo proposed a fund for flood victims. The African Union voiced its "
        "support, although Benin wanted Lome to host the fund."
    )
    assert ("African Union", "supports", "a fund for flood victims") in held_on(ex)
    assert not any(h == "African Union" and "host the fund" in t for h, _, t in held_on(ex))


def test_support_drawn_in_a_relative_clause_is_on_the_idea_it_describes() -> None:
    ex = extract(
        _DATED + "Togo proposed a fund for flood victims, an idea that has since won support "
        "from Benin and Niger."
    )
    assert ("Togo", "a fund for flood victims") in proposed(ex)
    assert {
        ("Benin", "supports", "a fund for flood victims"),
        ("Niger", "supports", "a fund for flood victims"),
    } <= held_on(ex)


def test_a_known_person_named_with_a_second_surname_is_still_that_person() -> None:
    ex = extract(
        _DATED + "President Nicolás Maduro Moros proposed a regional grain exchange on Monday."
    )
    assert ("Nicolás Maduro", "a regional grain exchange") in proposed(ex)
    assert "Nicolás Maduro Moros" in named(ex)


def test_a_second_surname_is_no_body_of_its_own() -> None:
    ex = extract(_DATED + "Nicolás Maduro Moros said on Monday that Venezuela would sell gas.")
    assert ("State", "Venezuela") in typed(ex)
    assert not any(label.startswith("Moros") for _, label in typed(ex))


def test_they_opening_a_numbered_paragraph_is_not_the_one_person_before() -> None:
    ex = extract(
        "ACCRA, 9 March 2026\n\nThe Heads of State and Government of the Economic "
        "Community of West African States, meeting in Accra, declare the following:\n\n"
        "1. They call for an end to the embargo on Niger.\n\n"
        "2. President Kofi Mensah pledged 40 places for nurses at Ghanaian colleges.\n\n"
        "3. They reject the levies placed on Ghanaian cocoa by the European Union.\n"
    )
    assert ("Economic Community of West African States", "rejects") in {
        (h, s) for h, s, _ in held_on(ex)
    }
    assert not any(h == "Kofi Mensah" and s == "rejects" for h, s, _ in held_on(ex))


def test_the_head_word_before_for_names_the_body_again() -> None:
    ex = extract(
        "CARACAS, 9 March 2026 (Reuters) - Leaders of the Bolivarian Alliance for the Peoples "
        "of Our America met in Caracas on Monday. Cuba offered doctors to Bolivia. The "
        "Alliance demanded that the United States lift its sanctions."
    )
    assert (
        "Bolivarian Alliance for the Peoples of Our America",
        "the United States lift its sanctions",
    ) in proposed(ex)


def test_a_body_known_by_its_acronym_is_what_its_head_word_names_after_it() -> None:
    ex = extract(
        _DATED + "Ana Sow, who heads the UN Office for West Africa and the Sahel (UNOWAS), "
        "said the Office would pay for a meeting of mediators in Banjul."
    )
    assert ("UNOWAS", "pay for a meeting of mediators in Banjul") in proposed(ex)


def test_a_lone_the_between_names_joins_no_name_but_after_a_gerund() -> None:
    ex = extract(
        _DATED + "Togo wants to make the Lome Centre for Ports and Customs the Union's "
        "training hub. The International Fund for Saving the Volta Lake asked for money."
    )
    labels = {label for _, label in typed(ex)}
    assert "Lome Centre for Ports and Customs" in labels
    assert "International Fund for Saving the Volta Lake" in labels
    assert not any("Customs the" in label for label in labels)


def test_a_co_president_is_a_title() -> None:
    ex = extract(
        _DATED + "Ghana took up an offer by Co-President Ama Boateng of Togo to hold the "
        "next summit in Lome."
    )
    assert "Ama Boateng" in people(ex)
    assert ("Ama Boateng", "offer to hold the next summit in Lome") in proposed(ex)


def test_a_participle_after_for_and_a_noun_is_no_clause() -> None:
    ex = extract(
        _DATED + "Togo's trade minister, Kodjo Adedze, also wants damages for the 3,000 "
        "families displaced, a claim that Ghana rejects."
    )
    assert ("Kodjo Adedze", "damages for the 3,000 families displaced") in proposed(ex)
    assert ("Ghana", "rejects", "damages for the 3,000 families displaced") in held_on(ex)


def test_a_call_after_a_things_state_said_is_the_sayers_act() -> None:
    ex = extract(
        _DATED + "Kofi Mensah told reporters the levy had become a burden and called for "
        "the tariff to be cut by half."
    )
    assert ("Kofi Mensah", "the tariff to be cut by half") in proposed(ex)


def test_an_act_after_what_a_side_does_is_that_sides_act() -> None:
    ex = extract(
        _DATED + "Kofi Mensah said Togo respected the border and offered to reopen the "
        "crossing at Aflao."
    )
    assert ("Togo", "reopen the crossing at Aflao") in proposed(ex)
    assert ("Kofi Mensah", "reopen the crossing at Aflao") not in proposed(ex)


def test_an_exchange_sets_the_terms_of_a_side_a_speaker_names() -> None:
    ex = extract(
        _DATED + "Kofi Mensah, the energy minister, said Ghana could export extra power to "
        "Togo cheaply in exchange for Togolese money for new lines."
    )
    assert ("Ghana", "export extra power to Togo cheaply") in proposed(ex)


def test_a_guess_at_another_sides_move_is_still_no_offer() -> None:
    ex = extract(_DATED + "Analyst Ama Owusu said Togo could sell more power to Ghana.")
    assert not proposed(ex)


def test_a_note_sent_to_a_side_proposes_for_the_side_that_sent_it() -> None:
    ex = extract(
        _DATED + "Ghana asked Togo on Tuesday to review the levy, Ghana's first such "
        "request in years. A note sent to Togo's foreign ministry on Friday proposed a "
        "joint border panel."
    )
    assert ("Ghana", "a joint border panel") in proposed(ex)


def test_a_surname_that_is_also_a_title_names_the_person() -> None:
    ex = extract(
        "GENEVA, 9 March 2026\n\nDirector General Efua Mayor opened the session. Fund chief "
        "Kwame Addo said Ghana backed the plan.\n\n16:00 CET - Mayor replies to the donors. "
        "She could accept lower travel budgets, she says, if pledges run for five years."
    )
    assert ("Efua Mayor", "lower travel budgets") in proposed(ex)
    assert ("Kwame Addo", "lower travel budgets") not in proposed(ex)


def test_a_title_after_the_stays_a_title() -> None:
    ex = extract(
        "GENEVA, 9 March 2026\n\nDirector General Efua Mayor opened the session. The Mayor "
        "of Geneva offered to host a reception for the delegates."
    )
    assert ("Efua Mayor", "host a reception for the delegates") not in proposed(ex)


def test_a_speaker_after_an_opening_participle_and_a_long_title_is_the_subject() -> None:
    ex = extract(
        "NEW YORK, 9 March 2026\n\nBriefing the Council, United Nations Assistant "
        "Secretary-General for Political Affairs Nadia Haddad said women held under a tenth "
        "of the seats in the 2025 mediation rounds."
    )
    assert any(
        labels(ex)[k] == "Nadia Haddad" and "under a tenth of the seats" in s.label
        for s in ex.statements
        for k in s.speakers
    )


def test_a_body_whose_name_ends_in_ing_opening_the_sentence_still_acts() -> None:
    ex = extract(
        _DATED + "Zenbanking, the state lender, and its partner Volta Credit said they were "
        "ready to fund the bridge, provided Togo guarantees the loan."
    )
    assert ("Zenbanking", "fund the bridge") in proposed(ex)


def test_a_person_named_after_a_list_of_states_serves_none_of_them() -> None:
    ex = extract(
        "NEW YORK, 9 March 2026\n\nAssaults on clinics doubled in 2025, mostly in Mali, Chad "
        "and the Central African Republic, Nadia Haddad, Special Representative of the "
        "Secretary-General on Health in Conflict, told the Security Council on Monday. She "
        "urged members to fund the protection of clinics."
    )
    states = {"Central African Republic", "Mali", "Chad"}
    assert not any(who == "Nadia Haddad" and body in states for who, body in affiliated(ex))
    assert not any(by in states for by, _ in proposed(ex))


def test_a_name_after_a_bodys_head_is_still_that_bodys() -> None:
    ex = extract(
        _DATED + "Oil exports rose, and the firm's country manager, Ama Owusu, said the "
        "company would pay for repairs. The head of the Volta River Authority, Kojo Mensah, "
        "said the dam was safe."
    )
    assert ("Kojo Mensah", "Volta River Authority") in affiliated(ex)


def test_a_possessive_in_a_clause_is_its_own_subjects_first() -> None:
    ex = extract(
        "ACCRA, 9 March 2026\n\n4. The ECOWAS Commission said it was concerned that Togo and "
        "Benin keep up their opposition to the common levy."
    )
    assert {("Togo", "rejects"), ("Benin", "rejects")} <= {(h, s) for h, s, _ in held_on(ex)}
    assert not any(h == "ECOWAS Commission" and s == "rejects" for h, s, _ in held_on(ex))


def test_a_capitalised_title_with_its_portfolio_names_the_one_person_after_it() -> None:
    ex = extract(
        _DATED + "Commissioner for Energy Lena Berg backed the planned power line on Friday and "
        "offered to send Commission experts to survey its route."
    )
    assert ("Lena Berg", "send Commission experts to survey its route") in proposed(ex)
    assert ("Lena Berg", "supports", "the planned power line") in held_on(ex)


def test_a_coalition_named_before_its_noun_acts_as_that_body() -> None:
    ex = extract(
        "KUALA LUMPUR, 9 March 2026\n\nThe opposition Barisan Hijau coalition rejected the "
        "budget outright and urged ministers to put the dam to a referendum."
    )
    assert ("Barisan Hijau", "put the dam to a referendum") in proposed(ex)
    assert ("Barisan Hijau", "rejects", "the budget") in held_on(ex)
