"""Forms of English met in briefings, wire copy and live blogs, in phrasings of our own:
a briefing's title line naming the ministry of a state, a thing a speaker demands be kept as
it is."""

from __future__ import annotations

from extraction_helpers import affiliated, extract, labels, proposed

_DATED = "Lima, 3 May 2026\n\n"


def test_a_title_lines_ministry_of_a_state_is_the_hosts_body() -> None:
    ex = extract(
        "Ministry of Foreign Affairs of Paraguay: weekly press briefing, 3 June 2026\n"
        "Host: Ana Benitez, spokesperson and head of the Press Office\n\n"
        "Benitez: Good morning.\n\n"
        "Q (Luis Paz, ABC Color): Will Asuncion accept the Brazilian offer?\n\n"
        "A: We have asked Brasilia to keep the bridge open at night."
    )
    names = set(labels(ex).values())
    assert "Ministry of Foreign Affairs of Paraguay" in names
    assert ("Ana Benitez", "Ministry of Foreign Affairs of Paraguay") in affiliated(ex)
    assert ("Paraguay", "keep the bridge open at night") in proposed(ex)


def test_a_thing_that_must_remain_as_it_is_is_demanded_by_the_speaker_a_place_is_not() -> None:
    ex = extract(
        _DATED + '"The port on our coast has to remain the property of the state," Peru\'s '
        "transport minister said. Chile's envoy said the border crossing must stay open at "
        "night."
    )
    found = proposed(ex)
    assert ("Peru", "The port on our coast has to remain the property of the state") in found
    assert ("Chile", "the border crossing must stay open at night") in found
    said = extract(  # not a place or a thing in general: a principle stated
        _DATED + "Peru's foreign minister said the Pacific must remain a zone of cooperation. "
        '"Water has to stay outside any trade dispute," the minister said.'
    )
    assert not said.proposals


def test_they_opening_a_numbered_paragraph_goes_on_with_the_paragraph_before() -> None:
    ex = extract(
        "Final communique of the Andean ministers\n\nQuito, 3 March 2026\n\n"
        "1. The Andean Community reaffirms its support for the river commission.\n\n"
        "2. They take note of the proposal by Peru to share river data. Bolivia and "
        "Ecuador do not join this paragraph.\n\n"
        "3. They instruct the river commission to publish a yearly report on glacier loss."
    )
    found = proposed(ex)
    assert ("Andean Community", "publish a yearly report on glacier loss") in found
    assert not {("Bolivia", "publish a yearly report on glacier loss")} & found


def test_a_bodys_name_without_its_owners_acronym_is_the_same_body() -> None:
    ex = extract(
        _DATED + "The ministers of the Andean Community (CAN) asked the CAN General "
        "Secretariat to draft a water plan. Chile said the General Secretariat should "
        "publish it by June."
    )
    names = set(labels(ex).values())
    assert "CAN General Secretariat" in names
    assert "General Secretariat" not in names


def test_a_second_urging_verb_coordinated_below_an_infinitive_urges_as_the_first() -> None:
    found = proposed(
        extract(
            _DATED + "Chile and Peru call on wealthy nations to honour their pledge to fund "
            "adaptation and urge them to contribute to the new glacier fund."
        )
    )
    assert ("Chile", "honour their pledge to fund adaptation") in found
    assert ("Peru", "contribute to the new glacier fund") in found


def test_a_title_of_the_plural_of_a_bodys_head_names_a_body_gathering_others() -> None:
    ex = extract(
        _DATED + "Rosa Quispe, president of the Coordinator of Peasant Organizations of the "
        "Andes, said the water plan was late."
    )
    names = set(labels(ex).values())
    assert "Coordinator of Peasant Organizations of the Andes" in names
    assert ("Rosa Quispe", "Coordinator of Peasant Organizations of the Andes") in affiliated(ex)


def test_who_after_a_noun_that_names_no_one_is_the_person_its_phrase_names() -> None:
    ex = extract(
        _DATED + "The ministers recalled the words of Fany Tuyuka, general coordinator of the "
        'Andean Growers Union, who told the summit that "no valley survives a dry decade."'
    )
    names = labels(ex)
    said = {(names[k], s.label) for s in ex.statements for k in s.speakers}
    assert ("Fany Tuyuka", "no valley survives a dry decade.") in said


def test_no_place_without_a_thing_is_a_saying_not_a_demand() -> None:
    ex = extract(
        _DATED + 'Rosa Quispe, head of the Andean Growers Union, said: "There is no Andes '
        'without the farmers who keep its terraces."'
    )
    assert not ex.proposals


def test_heads_of_state_of_the_members_of_a_body_name_that_body_and_its_summit() -> None:
    ex = extract(
        "Final Communique of the Special Summit of the Andean Water Council\n\n"
        "Quito, 3 March 2026\n\n"
        "1. The Heads of State of the Member States of the Andean Water Council (AWC) met in "
        "Quito.\n\n"
        "2. The Summit decided to establish a glacier monitoring unit in La Paz."
    )
    names = set(labels(ex).values())
    assert "Andean Water Council" in names
    assert not any(name.startswith("Member States") for name in names)
    assert ("Andean Water Council", "establish a glacier monitoring unit in La Paz") in proposed(ex)


def test_it_after_a_bodys_officer_said_is_the_body() -> None:
    ex = extract(
        _DATED + "Chile asked the Andean Development Bank to study the road. The Bank's "
        "president, Luis Mora, said that it would co-finance the bridge as long as Peru paid "
        "for the survey."
    )
    assert ("Andean Development Bank", "co-finance the bridge") in proposed(ex)


def test_those_a_clause_restricts_must_do_so_is_a_demand_of_the_act_the_clause_names() -> None:
    ex = extract(
        _DATED + "Peru stressed that member states which have not yet ratified the river "
        "treaty must do so without delay. Chile said allies that miss the target must not "
        "expect help."
    )
    found = proposed(ex)
    assert (
        "Peru",
        "member states which have not yet ratified the river treaty must do so without delay",
    ) in found
    assert not any(who == "Chile" for who, _ in found)


def test_one_unknown_word_a_noun_of_bodies_describes_is_a_body() -> None:
    ex = extract(
        _DATED + "Agrexpo, the Peruvian growers' federation, said the rules were late. "
        '"The port is too slow," said Rosa Paz, an economist at Macrolab, a Lima think tank.'
    )
    classes = {e.label: e.cls for e in ex.entities}
    assert classes.get("Agrexpo") == "Organisation"
    assert ("Rosa Paz", "Macrolab") in affiliated(ex)


def test_a_gerund_set_off_after_a_clause_is_no_verb_of_the_sentence() -> None:
    ex = extract(
        _DATED + "Agrexpo, the Peruvian growers' federation, called on Chile to scrap the "
        "port fee, warning that growers depend on Chilean ports."
    )
    assert proposed(ex) == {("Agrexpo", "scrap the port fee")}


def test_his_country_of_a_minister_of_no_state_named_is_the_state_just_before() -> None:
    ex = extract(
        _DATED + "Quito rejects that demand. Energy Minister Rosa Paz said her country was "
        "willing to pay the debt in six instalments."
    )
    assert ("Ecuador", "pay the debt in six instalments") in proposed(ex)


def test_the_kingdom_in_a_clause_a_states_delegate_says_is_that_state() -> None:
    ex = extract(
        _DATED + "Tuvalu's delegate objected at once. According to a Saudi delegate, the kingdom "
        "could look at the footnote only if it also mentions carbon capture."
    )
    assert ("Saudi Arabia", "look at the footnote") in proposed(ex)


def test_a_bodys_head_noun_before_on_refers_back_to_it() -> None:
    ex = extract(
        _DATED + "The Intergovernmental Panel on Climate Change met in Lima. Kenya said it would "
        "host a workshop for city planners if the panel endorses the idea."
    )
    names = labels(ex)
    required = {names[k] for c in ex.conditions for k in c.requires}
    assert required == {"Intergovernmental Panel on Climate Change"}


def test_the_package_going_ahead_only_if_conditions_what_was_offered() -> None:
    ex = extract(
        _DATED + "Peru offered on Thursday to build a joint rescue centre with Chile, but said "
        "the package would go ahead only if migrants picked up at sea were no longer taken to "
        "camps run by armed groups."
    )
    assert proposed(ex) == {("Peru", "build a joint rescue centre with Chile")}
    assert [c.label for c in ex.conditions] == [
        "only if migrants picked up at sea were no longer taken to camps run by armed groups"
    ]


def test_a_name_between_a_noun_set_off_and_its_verb_is_the_relative_clauses_subject() -> None:
    ex = extract(
        _DATED + "UNHCR called on both governments to guarantee access to asylum procedures, "
        "Rosa Paz of Peru said.\n\nPeru's rescue zone covers roughly 250,000 square kilometres, "
        "and the country has long been accused by charities of delaying its response to boats "
        'in distress, a charge Paz again dismissed as "politically motivated".'
    )
    stances = {(labels(ex)[s.holder], s.stance, s.label) for s in ex.stances}
    assert ("Peru", "rejects", "a charge") in stances


def test_a_team_is_a_body_and_its_shorter_name_the_same_body() -> None:
    ex = extract(
        _DATED + "The Council extended the mandate of the Regional Analysis and Border "
        "Monitoring Team. It directed the Monitoring Team to report twice a year. The Team's "
        "coordinator, Rosa Paz, briefed the Council."
    )
    names = set(labels(ex).values())
    assert "Regional Analysis and Border Monitoring Team" in names
    assert "Monitoring Team" not in names
    assert ("Rosa Paz", "Regional Analysis and Border Monitoring Team") in affiliated(ex)


def test_a_delegate_named_with_of_and_a_state_speaks_for_that_state() -> None:
    ex = extract(
        _DATED + "Ivan Orlov of the Russian Federation explained his abstention. Moscow could "
        "support the next renewal, he said, if the panel stopped relying on media reports."
    )
    assert ("Russia", "support the next renewal") in proposed(ex)


def test_it_after_rejecting_a_thing_saying_is_that_thing() -> None:
    ex = extract(
        _DATED + "Ivan Orlov of the Russian Federation rejected the reference to humanitarian "
        'law, saying it would "legitimize the militarization of cyberspace".'
    )
    assert not ex.proposals


def test_a_name_ending_in_international_is_a_body() -> None:
    ex = extract(
        _DATED + "Rosa Paz, policy director at Andes International, said the budget was short. "
        "Glacier Watch International urged ministers to adopt the budget tonight."
    )
    assert ("Rosa Paz", "Andes International") in affiliated(ex)
    assert ("Glacier Watch International", "adopt the budget") in proposed(ex)


def test_a_town_named_for_its_falls_is_a_place() -> None:
    ex = extract(_DATED + "Good morning from Iguazu Falls, where Peru urged Chile to sign.")
    assert "Iguazu Falls" not in {e.label for e in ex.entities if e.cls == "Person"}


def test_a_demand_named_by_an_adjective_of_no_actor_is_not_the_latest_demand() -> None:
    ex = extract(
        _DATED + "Kenya insisted that at least 40 percent of the fund go to African sites. "
        "Brazil asked for a fire warning network. Rosa Paz, director at Andes International, "
        "backed the African demand."
    )
    names = labels(ex)
    assert ("Rosa Paz", "supports", "the African demand") in {
        (names[s.holder], s.stance, s.label) for s in ex.stances
    }


def test_a_datelines_agency_in_brackets_is_a_news_organisation() -> None:
    ex = extract(
        "QUITO, March 11, 2026 (Andes Wire) - Ecuador will keep the border open, Foreign "
        "Minister Ana Rios said."
    )
    classes = {e.label: e.cls for e in ex.entities}
    assert classes.get("Andes Wire") == "Organisation"
