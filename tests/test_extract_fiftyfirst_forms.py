"""Forms of English met in briefings, wire copy and live blogs, in phrasings of our own:
a state's ministry named with two fields, a sentence opening right after a dateline's dash,
company forms ("A/S"), bodies described by a "which" clause, question labels that name the
outlet alone or the reporter after the label, hosts named on a heading line, time zones."""

from __future__ import annotations

from extraction_helpers import affiliated, extract, held_on, labels, people, proposed

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences

_DATED = "Lima, 3 May 2026\n\n"


def _classes(text: str) -> dict[str, str]:
    ex = extract(text)
    return {e.label: e.cls for e in ex.entities}


def test_a_ministry_of_two_fields_after_a_states_possessive_is_one_body() -> None:
    ex = extract(
        _DATED + "Peru will sign, according to Rosa Paz, a director at Chile's Ministry of "
        "Mining and Clean Energy."
    )
    names = set(labels(ex).values())
    assert "Ministry of Mining and Clean Energy" in names
    assert not {"Ministry of Mining", "Clean Energy"} & names
    assert ("Rosa Paz", "Ministry of Mining and Clean Energy") in affiliated(ex)


def test_a_subordinator_after_a_datelines_dash_is_no_part_of_a_name() -> None:
    classes = _classes(
        "QUITO, 4 March 2026 - After the Andean Development Bank approved the loan, Ecuador "
        "said it would build the road."
    )
    assert "Andean Development Bank" in classes
    assert not any(name.startswith("After") for name in classes)


def test_a_company_form_with_a_slash_ends_the_companys_name() -> None:
    classes = _classes(
        _DATED + "Ostvind A/S, the Danish state-owned operator of the cable, said the link "
        "would open in May."
    )
    assert classes.get("Ostvind A/S") == "Organisation"
    text = "Germany said the cable was late. Ostvind, the Danish state-owned operator, agreed."
    found = [text[m.start : m.end] for m in resolve_mentions(text, split_sentences(text)).mentions]
    assert "Danish" in found  # "the Danish state-owned": an adjective, no state referred to
    assert "the Danish state" not in found


def test_a_name_a_which_clause_describes_before_a_speech_verb_is_a_body() -> None:
    ex = extract(
        _DATED + "Nordische Werft, which is building the two ferries, said the first would "
        "sail in June. Its spokesman, Jan Vogt, said the yard had refused to cut costs."
    )
    classes = {e.label: e.cls for e in ex.entities}
    assert classes.get("Nordische Werft") == "Organisation"
    assert "Nordische Werft" not in people(ex)
    assert ("Jan Vogt", "Nordische Werft") in affiliated(ex)


def test_a_question_label_may_name_the_outlet_alone() -> None:
    ex = extract(
        "Press briefing of the Ministry of Foreign Affairs of Peru\n"
        "Lima, 3 May 2026\n\n"
        "Q (Ana Rios, Radio Uno): Will Peru sign?\n\n"
        "A: Yes, next week.\n\n"
        "Q (Diario do Sul): And Chile?\n\n"
        "A: Chile has not said.\n\n"
        "Q (Ana Rios): When?\n\n"
        "A: In June.\n"
    )
    classes = {e.label: e.cls for e in ex.entities}
    assert classes.get("Diario do Sul") == "Organisation"
    assert classes.get("Ana Rios") == "Person"  # named again alone: still the reporter
    assert ("Ana Rios", "Radio Uno") in affiliated(ex)


def test_a_reporter_may_give_name_and_outlet_after_the_label() -> None:
    ex = extract(
        "Press briefing of the Ministry of Foreign Affairs of Peru\n"
        "Lima, 3 May 2026\n\n"
        "Q: Marta Quispe, La Voz del Sur, Arequipa. Will Peru sign the accord?\n\n"
        "A: Yes, next week.\n"
    )
    assert ("Marta Quispe", "La Voz del Sur") in affiliated(ex)


def test_a_host_named_on_a_heading_line_with_a_title_after_the_comma() -> None:
    ex = extract(
        "Weekly press briefing, Ministry of Regional Integration and Foreign Affairs of Peru\n\n"
        "Lima, 3 May 2026\n"
        "Host: Rosa Maria Wood, spokesperson of the Ministry\n\n"
        "WOOD: Good morning. We have asked Chile to reopen the crossing.\n"
    )
    assert "Rosa Maria Wood" in people(ex)  # "Wood": a common word as a surname
    names = set(labels(ex).values())
    assert "Ministry of Foreign Affairs of Peru" in names
    assert ("Rosa Maria Wood", "Ministry of Foreign Affairs of Peru") in affiliated(ex)


def test_a_time_zone_after_a_live_blogs_time_is_no_body() -> None:
    classes = _classes(
        "Live: ministers meet in Singapore\n\n"
        "Wednesday 17 June 2026, last updated 10:15 SGT\n\n"
        "10:15 SGT - We are wrapping up. Ministers meet again on Thursday.\n\n"
        "09:40 SGT - Malaysia said it would sign the accord if Indonesia signed first.\n"
    )
    assert "SGT" not in classes


def test_a_titles_portfolio_after_a_persons_name_names_no_one() -> None:
    ex = extract(
        _DATED + "Marta Soler, Special Envoy of the Secretary-General for Youth and Armed "
        "Violence, said the mission would stay. Chilean Minister for Social Development Rosa "
        "Paz, whose country chairs the group, agreed."
    )
    assert "Armed Violence" not in people(ex)
    assert {"Marta Soler", "Rosa Paz"} <= people(ex)


def test_a_given_name_a_firm_also_bears_opens_a_persons_name() -> None:
    ex = extract(
        _DATED + '"The plan is late," said Rafael Quintero, the agency\'s director of finance.'
    )
    assert "Rafael Quintero" in people(ex)


def test_the_eu_executive_is_the_european_commission() -> None:
    ex = extract(
        "Brussels, 3 May 2026 - The EU executive urged Estonia and Latvia to agree a fishing "
        "plan by March."
    )
    assert ("European Commission", "agree a fishing plan by March") in proposed(ex)


def test_it_in_an_announcements_that_clause_is_who_announced() -> None:
    ex = extract(
        _DATED + "The ministers of the Andean Community met in Quito. The ministers welcomed "
        "the announcement by Chile that it will contribute 5 million dollars to the fund, "
        "on condition that other members match it."
    )
    assert ("Chile", "contribute 5 million dollars to the fund") in proposed(ex)


def test_an_of_phrase_after_an_aside_belongs_to_the_noun_before_it() -> None:
    ex = extract(
        _DATED + "Peru called for the creation, under the auspices of the OAS, of a regional "
        "water fund."
    )
    assert ("Peru", "the creation of a regional water fund") in proposed(ex)


def test_a_hedged_multiplying_verb_after_to_is_what_is_urged() -> None:
    ex = extract(
        _DATED + "Fiji urged donors to at least triple their funding of coastal defences by "
        "2030. Samoa urged lenders to more than double their grants."
    )
    assert ("Fiji", "at least triple their funding of coastal defences") in proposed(ex)
    assert ("Samoa", "more than double their grants") in proposed(ex)


def test_a_national_post_is_a_company_not_an_outlet() -> None:
    ex = extract(
        _DATED + "Swiss Post said it would resume parcel deliveries to Peru as long as Lima "
        "publishes its new customs rules."
    )
    assert ("Swiss Post", "resume parcel deliveries to Peru") in proposed(ex)


def test_what_follows_from_the_speakers_own_act_is_no_offer() -> None:
    ex = extract(
        _DATED + '"If we leave Geneva divided, investors will simply go elsewhere," the '
        'minister, Ana Rios, said. "Inspections would resume if Chile pays the fees," she added.'
    )
    assert not any("investors" in label for _, label in proposed(ex))
    assert ("Ana Rios", "Inspections resume") in proposed(ex)


def test_the_head_word_alone_refers_to_the_body_the_text_named_by_it() -> None:
    ex = extract(
        _DATED + "Delegates met at the Universal Postal Congress in Dubai. Chile urged the "
        "Congress to freeze the fees."
    )
    names = set(labels(ex).values())
    assert "United States Congress" not in names
    ex = extract("Washington, 3 May 2026 - Democrats in Congress urged the White House to wait.")
    assert "United States Congress" in set(labels(ex).values())


def test_its_after_a_fronted_speaking_for_is_the_body_spoken_for() -> None:
    ex = extract(
        _DATED + "The Andean group wants money first. Speaking for the Union of Andean Ports, "
        "its secretary general, Rosa Paz, urged Chile to cut the fees."
    )
    assert ("Rosa Paz", "Union of Andean Ports") in affiliated(ex)


def test_a_name_set_off_after_a_titles_to_phrase_holds_the_post() -> None:
    ex = extract(
        _DATED + "Uganda's envoy to the African Union, Joseph Okello, told reporters the "
        "troops would stay. Talks with the African Union, Kenya's main partner, resumed."
    )
    assert ("Joseph Okello", "Uganda") in affiliated(ex)


def test_an_abbreviated_rank_before_a_name_ends_no_sentence() -> None:
    ex = extract(
        _DATED + "Uganda's army spokesman, Brig. Felix Okot, told reporters the troops would "
        "stay until Kenya withdrew."
    )
    assert "Felix Okot" in people(ex)
    assert ("Felix Okot", "Uganda") in affiliated(ex)


def test_a_judgement_glued_to_the_object_of_called_is_its_predicate() -> None:
    ex = extract(
        _DATED + "Chile has called the Bolivian request for an inquiry a political manipulation."
    )
    assert ("Bolivia", "request for an inquiry") in proposed(ex)
    assert ("Chile", "rejects", "request for an inquiry") in held_on(ex)


def test_a_town_named_with_a_particle_and_a_capitals_name_is_no_person() -> None:
    classes = _classes(
        _DATED + "Rosa Tembe, a farmer displaced from Vila da Praia, said the troops must stay. "
        "Leila de Lima said the same."
    )
    assert classes.get("Vila da Praia") in (None, "Place") and "Vila da" not in classes
    assert "Cape Verde" not in classes  # "Praia": no capital of a state here
    assert classes.get("Leila de Lima") == "Person"


def test_an_adjective_before_a_capitals_name_names_a_part_of_the_city() -> None:
    classes = _classes(
        _DATED + "The committee postponed its decision on Historic Cairo. Ana Paris, the "
        "rapporteur, said Egypt must halt the road works."
    )
    assert "Historic Cairo" not in classes
    assert classes.get("Ana Paris") == "Person"


def test_a_body_named_before_a_lower_case_association_or_foundation() -> None:
    ex = extract(
        _DATED + "The Mareas association is calling for a cap on shark catches. The Quispe "
        "foundation said it would fund the study."
    )
    assert ("Mareas association", "a cap on shark catches") in proposed(ex)
    assert "Quispe foundation" in set(labels(ex).values())


def test_a_burmese_honorific_opens_a_name_of_common_words() -> None:
    ex = extract(
        _DATED
        + "Thailand's minister wrote to his Myanmar counterpart, U Than Swe, proposing a corridor."
    )
    found = {e.label: e.aliases for e in ex.entities if e.cls == "Person"}
    assert "Than Swe" in found and "U Than Swe" in found["Than Swe"]
    assert ("Than Swe", "Myanmar") in affiliated(ex)


def test_could_after_a_past_when_clause_in_a_quotation_is_past_ability() -> None:
    ex = extract(
        _DATED + '"When the Chileans came, we could fish again," Rosa Paz, a fisher '
        "from Ilo, told reporters."
    )
    assert not proposed(ex)
    assert any("fish again" in s.label for s in ex.statements)


def test_being_behind_a_proposal_is_support_but_behind_an_attack_is_not() -> None:
    ex = extract(_DATED + "Chile's president is firmly behind the loan to Bolivia.")
    assert ("Chile", "supports", "the loan") in held_on(ex)
    ex = extract(_DATED + "Peru is behind the attacks on the border posts, Chile said.")
    assert not ex.stances


def test_the_plural_people_of_a_state_capitalised_name_a_body() -> None:
    ex = extract(
        _DATED + "The Coffee Farmers of Peru called the new export quota a betrayal. Rebels "
        "of Sudan met."
    )
    assert ("Coffee Farmers of Peru", "rejects", "the new export quota") in held_on(ex)
    assert "Rebels of Sudan" not in set(labels(ex).values())


def test_what_must_be_part_of_any_deal_is_asked_for() -> None:
    ex = extract(
        _DATED + "Chile argued that security guarantees for the border towns had to be part "
        "of any settlement. Chile said tourism must be part of the city's identity."
    )
    assert ("Chile", "security guarantees for the border towns") in proposed(ex)
    assert not any("tourism" in label for _, label in proposed(ex))


def test_ruled_without_out_refuses_nothing() -> None:
    ex = extract(_DATED + "Chile ruled the claim inadmissible unless Peru filed new evidence.")
    assert not proposed(ex)
    ex = extract(_DATED + "Chile ruled out any new talks unless Peru dropped its claim.")
    assert ("Chile", "any new talks") in proposed(ex)
