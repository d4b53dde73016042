"""Forms of English met in joint communiques, wire copy and briefings, in phrasings of our
own: several bodies speaking together ("the three organisations", "Ministers from member
States of A, B and C"), the members of a body named before it, a resolution in the
subjunctive, and gifts announced as nouns ("a contribution of 30 million dollars")."""

from __future__ import annotations

from extraction_helpers import conditioned, extract, held_on, labels, proposed

_DATED = "Lima, 3 May 2026\n\n"


def _proposed(text: str) -> set[tuple[str, str]]:
    return proposed(extract(_DATED + text))


def test_a_numbered_group_of_bodies_stands_for_the_bodies_listed_before() -> None:
    found = _proposed(
        "The African Union, the Arab League and the Organisation of Islamic Cooperation held "
        "talks in Cairo on Monday on the war in Sudan. Their envoys then travelled to Port "
        "Sudan, where they met the army's chief of staff for three hours and visited two camps "
        "for displaced families on the outskirts of the city. The three organisations urged "
        "Sudan to reopen the airport at El Obeid."
    )
    assert {by for by, what in found if what == "reopen the airport at El Obeid"} == {
        "African Union",
        "Arab League",
        "Organisation of Islamic Cooperation",
    }


def test_a_list_of_bodies_with_short_forms_in_brackets_is_one_list() -> None:
    found = _proposed(
        "Envoys of the Economic Community of West African States (ECOWAS), the African Union "
        "(AU) and the United Nations (UN) met in Accra. Both organisations that sent troops "
        "stayed silent. The three organisations called on Mali to release the detained "
        "soldiers."
    )
    assert {by for by, what in found if what == "release the detained soldiers"} == {
        "ECOWAS",
        "African Union",
        "United Nations",
    }


def test_a_group_phrase_that_a_name_follows_is_that_name() -> None:
    found = _proposed(
        "France, Germany and the United Kingdom met in Geneva. The three European powers, "
        "known as the E3, said they would lift the sanctions if Iran returned to talks."
    )
    assert ("E3", "lift the sanctions") in found
    assert ("France", "lift the sanctions") not in found


def test_ministers_from_member_states_of_several_bodies_speak_for_all_of_them() -> None:
    found = _proposed(
        "Ministers of foreign affairs from member States of the African Union, the Arab League "
        "and the Organisation of Islamic Cooperation met in Cairo on Monday. The Ministers "
        "called on Sudan to reopen the airport at El Obeid."
    )
    assert {by for by, what in found if what == "reopen the airport at El Obeid"} == {
        "African Union",
        "Arab League",
        "Organisation of Islamic Cooperation",
    }


def test_member_states_of_a_body_are_no_body_of_their_own() -> None:
    for text in (
        "Ministers from member States of the African Union met in Cairo.",
        "All Member States of the Organisation of Islamic Cooperation met in Jeddah.",
    ):
        ex = extract(_DATED + text)
        names = {e.label for e in ex.entities if e.cls == "Organisation"}
        assert names and not any(n.lower().startswith(("states", "member")) for n in names)
    ex = extract(_DATED + "The Federated States of Micronesia met in Suva.")
    assert "Micronesia" in {e.label for e in ex.entities}


def test_a_subjunctive_resolution_is_an_offer_a_view_is_none() -> None:
    assert ("Uganda", "the customs union be completed by 2028") in _proposed(
        "Kenya and Uganda resolved that the customs union be completed by 2028."
    )
    assert ("Chile", "revive the border commission") in _proposed(
        "Peru and Chile resolved to revive the border commission."
    )
    assert not _proposed("Peru and Chile agreed that the border towns need more doctors.")


def test_a_gift_announced_as_a_noun_is_an_offer_its_condition_attached() -> None:
    ex = extract(
        _DATED + "Japan announced a contribution of 30 million dollars to the cholera appeal, "
        "provided that the money is audited by the World Bank."
    )
    assert any(by == "Japan" and "30 million dollars" in what for by, what in proposed(ex))
    assert any(
        by == "Japan" and cond == "provided that the money is audited by the World Bank"
        for by, _, cond in conditioned(ex)
    )
    assert any(
        by == "Norway" and "12 million dollars" in what
        for by, what in _proposed("Norway announced a grant of 12 million dollars for demining.")
    )


def test_friends_of_a_place_name_a_body() -> None:
    ex = extract(_DATED + "Peru called on the Friends of Syria Group to release the funds.")
    assert "Friends of Syria Group" in labels(ex).values()
    ex = extract(
        _DATED + "The Ministers called on the G7++ Friends of the Gulf of Guinea to align "
        "their support with regional priorities."
    )
    assert set(labels(ex).values()) == {"G7++ Friends of the Gulf of Guinea"}


def test_agreeing_provided_that_a_side_acts_is_an_offer_on_that_condition() -> None:
    found = conditioned(
        extract(
            _DATED + "Peru asked Chile on Monday to let it run the port at Arica for ten years, "
            "and Chilean President Ana Ruiz said her government would agree provided that Lima "
            "kept paying every cost and that no soldiers were posted at the site."
        )
    )
    assert {(by, cond) for by, _, cond in found} == {
        ("Chile", "provided that Lima kept paying every cost"),
        ("Chile", "provided that no soldiers were posted at the site"),
    }


def test_a_pledge_spelled_out_after_a_colon_is_the_offer() -> None:
    found = conditioned(
        extract(
            _DATED + "Peru entered the talks with a bold pledge: 300,000 tonnes of rice, free "
            "of charge, on condition that Chile lifts its tariffs on Peruvian fish."
        )
    )
    assert found == {
        (
            "Peru",
            "300,000 tonnes of rice, free of charge",
            "on condition that Chile lifts its tariffs on Peruvian fish",
        )
    }


def test_what_a_sides_speaker_says_it_could_do_is_offered_not_guessed() -> None:
    found = _proposed(
        "Ana Ruiz, the envoy of the United States, said the United States would not accept "
        "assessed contributions for the fund. It could consider voluntary money as long as the "
        "fund does not duplicate the World Bank, she added."
    )
    assert ("United States", "voluntary money") in found
    assert not _proposed(
        "Beijing could agree to buy more soybeans, said Ana Ruiz, an analyst at the Lima "
        "Institute for Trade Studies."
    )


def test_an_infinitive_after_a_year_is_what_was_offered() -> None:
    assert ("China", "train and equip police officers") in _proposed(
        "China offered in 2024 to train and equip police officers."
    )


def test_an_opposition_leader_is_a_title_before_a_name() -> None:
    ex = extract(
        _DATED + "Opposition Leader Douglas Kumbu is demanding that the agreement be put to a "
        "vote in Parliament before ratification."
    )
    assert (
        "Douglas Kumbu",
        "the agreement be put to a vote in Parliament before ratification",
    ) in (proposed(ex))


def test_what_as_someone_said_or_put_it_is_their_statement() -> None:
    for text, said in (
        ("As Ana Ruiz put it, the border is a bridge and not a wall.", "the border is a bridge"),
        ("The border is a bridge and not a wall, as Ana Ruiz told reporters.", "The border is"),
        (
            'As Foreign Minister Ana Ruiz put it in Parliament, "We are not choosing sides; we are '
            'choosing rules."',
            "We are not choosing sides",
        ),
    ):
        ex = extract(_DATED + text)
        names = labels(ex)
        assert any(
            [names[k] for k in s.speakers] == ["Ana Ruiz"] and s.label.startswith(said)
            for s in ex.statements
        ), text
    ex = extract(
        _DATED + "Ana Ruiz demanded that Peru withdraw its troops within 90 days, as she said the "
        "accord requires."
    )
    assert not [s for s in ex.statements if s.rule == "statements.as-said"]


def test_an_acronym_of_a_text_written_out_is_no_body() -> None:
    ex = extract(
        _DATED + "On Tuesday the Cabinet approved the Standard Operating Procedure for research "
        "vessels. The SOP is an administrative instrument. The Andean Fisheries Board met in "
        "Lima. The AFB demanded that Chile cut its quota."
    )
    assert "SOP" not in labels(ex).values()
    assert ("Andean Fisheries Board", "Chile cut its quota") in proposed(ex)


def test_what_a_side_denies_a_text_requires_puts_nothing_forward() -> None:
    assert not _proposed(
        "The treaty is an administrative instrument, and Chile does not accept that it requires "
        "a referendum in Peru."
    )
    assert ("Chile", "a referendum in Peru") in _proposed("Chile requires a referendum in Peru.")


def test_a_ministry_heading_with_its_capital_after_a_comma_is_that_states() -> None:
    ex = extract(
        "Transcript: weekly press briefing at the Ministry of Foreign Affairs and Expatriates, "
        "Amman\n\nHost: Ambassador Rami Saleh, spokesperson of the Ministry of Foreign Affairs "
        "and Expatriates\nDate: 8 July 2025\n\nSALEH: Good morning. We expect Damascus to "
        "dismantle the factories in the south."
    )
    assert "Ministry of Foreign Affairs of Jordan" in labels(ex).values()
    assert ("Rami Saleh", "dismantle the factories in the south") in proposed(ex)


def test_a_body_named_by_its_resolutions_number_is_one_name() -> None:
    found = conditioned(
        extract(
            _DATED + "The 1540 Committee met on Monday. France offered to host a workshop for "
            "customs officials if the Committee approves its programme."
        )
    )
    assert found == {
        (
            "France",
            "host a workshop for customs officials",
            "if the Committee approves its programme",
        )
    }
    ex = extract(_DATED + "The 1267 Sanctions Committee demanded that Peru freeze the assets.")
    assert ("1267 Sanctions Committee", "Peru freeze the assets") in proposed(ex)


def test_a_saying_after_its_clause_taken_for_a_plural_noun_is_the_verb() -> None:
    assert ("Fiji", "ratify the treaty") in _proposed(
        "Fiji will ratify the treaty on Wednesday, Prime Minister Sitiveni Rabuka announces."
    )
    ex = extract(_DATED + "The talks will resume in May, Ana Ruiz says.")
    assert [s.label for s in ex.statements] == ["The talks will resume in May"]


def test_a_conditions_second_clause_is_no_offer_of_its_own() -> None:
    found = conditioned(
        extract(
            _DATED + "India has signalled that Chinese firms could take minority stakes in joint "
            "ventures on condition that technology is transferred and Indian partners keep "
            "management control."
        )
    )
    assert {(what, cond) for _, what, cond in found} == {
        (
            "Chinese firms take minority stakes in joint ventures",
            "on condition that technology is transferred",
        ),
        (
            "Chinese firms take minority stakes in joint ventures",
            "on condition that Indian partners keep management control",
        ),
    }


def test_a_name_after_its_verb_of_saying_is_the_speaker_not_the_body_described() -> None:
    ex = extract(
        _DATED + 'Equinor said it could reserve capacity for British emitters. "Customers need '
        "certainty before they sign twenty-year contracts,\" said Torbjorn Eide, the company's "
        "senior vice president."
    )
    names = labels(ex)
    quoted = [s for s in ex.statements if s.label.startswith("Customers need")]
    assert [[names[k] for k in s.speakers] for s in quoted] == [["Torbjorn Eide"]]


def test_opposing_an_act_named_by_a_gerund_rejects_that_act() -> None:
    ex = extract(
        _DATED + "Peru urged Chile to pay for new terminals at Arica. The Bellona Foundation, an "
        "Oslo-based environmental group, opposed using the Norwegian reservoirs for emissions "
        "from gas-fired power stations and demanded that the space be kept for cement plants."
    )
    assert held_on(ex) == {
        (
            "Bellona Foundation",
            "rejects",
            "using the Norwegian reservoirs for emissions from gas-fired power stations",
        )
    }
    assert ("Bellona Foundation", "the space be kept for cement plants") in proposed(ex)


def test_words_of_a_heading_in_capitals_are_no_acronyms() -> None:
    ex = extract(
        "Council Urges Chile to Reopen Border\n\nSC/16012\n\nSECURITY COUNCIL, 9862ND MEETING "
        "(AM), 15 OCTOBER 2025\n\nPeru urged Chile to reopen the border crossing at Chacalluta."
    )
    assert "MEETING" not in labels(ex).values()
    assert {"Peru", "Chile"} <= set(labels(ex).values())


def test_the_apposition_of_according_to_a_name_is_no_subject() -> None:
    ex = extract(
        _DATED + "According to Maria Zakharova, the Russian foreign ministry spokeswoman, the "
        'talks were "constructive".'
    )
    assert [s.label for s in ex.statements] == ["the talks were constructive"]
    assert not ex.stances


def test_what_a_side_avoided_saying_is_no_statement() -> None:
    for text in (
        "President Ana Ruiz, who chairs the summit, has avoided criticising her Chilean "
        "counterpart, Jorge Bel.",
        "Peru refrained from commenting on the talks with Chile.",
    ):
        assert not extract(_DATED + text).statements, text
    assert extract(_DATED + "Peru said the talks with Chile were useful.").statements


def test_a_peoples_name_after_a_given_name_is_a_surname() -> None:
    ex = extract(
        _DATED + "Peter Magyar, whose opposition Tisza party leads most polls, has demanded that "
        "the text be published."
    )
    assert ("Peter Magyar", "the text be published") in proposed(ex)
    ex = extract(_DATED + "The Tisza Magyar party demanded that the text be published.")
    assert not [e for e in ex.entities if e.cls == "Person"]
