"""Forms of English met in wire copy, analysis and statements, in phrasings of our own: a
condition after the attribution ("..., he said, provided that ..."), a list of names inside a
condition's subject, and the parse repairs these need."""

from __future__ import annotations

from extraction_helpers import affiliated, extract, held_on, labels, proposed


def _conditions_of(text: str, words: str) -> list[str]:
    """The labels of the conditions on the proposal whose label holds ``words``."""
    ex = extract(text)
    key = next(p.key for p in ex.proposals if words in p.label)
    return [c.label for c in ex.conditions if c.proposal == key]


def test_a_condition_after_the_attribution_is_the_offers() -> None:
    text = (
        "ACCRA, May 3 - Accra is prepared to pay a third of the price of the study, he said, "
        "provided that Lome guarantees the security of the staff working on its land."
    )
    conditions = _conditions_of(text, "pay a third of the price of the study")
    assert conditions == [
        "provided that Lome guarantees the security of the staff working on its land"
    ]


def test_a_list_of_places_inside_a_conditions_subject_is_one_condition() -> None:
    text = (
        "ACCRA, May 3 - Ghana would reopen the crossing as long as Togolese soldiers posted "
        "near the towns of Aflao and Kpoglu were withdrawn before June, the minister said."
    )
    ex = extract(text)
    (condition,) = ex.conditions
    assert condition.label.endswith("Aflao and Kpoglu were withdrawn before June")
    assert [labels(ex)[k] for k in condition.requires] == ["Togo"]


def test_a_name_with_a_relative_clause_on_which_is_a_body_not_a_person() -> None:
    ex = extract(
        "PERTH, May 3 - Nordhav Fisk, which operates the plant, said it would pay more. "
        "Analysts at the Partnership for Coastal Data Sharing, which supplies the maps, agreed."
    )
    kinds = {e.label: e.cls for e in ex.entities}
    assert kinds["Nordhav Fisk"] == "Organisation"
    assert kinds.get("Coastal Data Sharing") != "Organisation"  # the end of a longer name


def test_a_name_ending_in_a_firms_trade_is_a_company() -> None:
    ex = extract(
        "PERTH, May 3 - Kestrel Gas, the second partner, said it would wait for a decision."
    )
    (kestrel,) = [e for e in ex.entities if e.label == "Kestrel Gas"]
    assert (kestrel.cls, kestrel.fine) == ("Organisation", "company")


def test_under_a_joint_communique_the_parties_named_commit() -> None:
    ex = extract(
        "KAMPALA, May 3 - Kenya and Tanzania agreed to reopen the market, according to a joint "
        "communique. Under the communique, the two governments will also set up a committee "
        "of traders."
    )
    committee = next(p for p in ex.proposals if "committee of traders" in p.label)
    assert {labels(ex)[k] for k in committee.proposers} == {"Kenya", "Tanzania"}


def test_a_government_source_speaks_for_the_government() -> None:
    ex = extract("LIMA, May 3 - A Chilean government source said the talks would resume.")
    (statement,) = ex.statements
    assert [labels(ex)[k] for k in statement.speakers] == ["Chile"]


def test_a_denied_report_of_a_conditional_threat_is_a_claim() -> None:
    ex = extract(
        "SYDNEY, May 3 - An Australian government source said reports that Canberra would cut "
        "aid if Dili turned to Beijing were untrue."
    )
    (statement,) = ex.statements
    assert [labels(ex)[k] for k in statement.speakers] == ["Australia"]
    assert statement.label.endswith("were untrue")


def test_the_countries_of_a_body_named_before_the_noun_act_as_the_body() -> None:
    ex = extract(
        "ASUNCION, May 3 - The Mercosur summit condemned attacks by Venezuela on Guyana. "
        "The Mercosur countries stand ready to send observers to the border."
    )
    assert ("Mercosur", "send observers to the border") in proposed(ex)
    assert not any(by in ("Venezuela", "Guyana") for by, _ in proposed(ex))


def test_a_name_after_a_noun_of_ships_is_no_actor() -> None:
    ex = extract(
        "ADEN, May 3 - Rebel forces struck the Panama-flagged bulk carrier Blue Heron off "
        "Mokha. The tanker Sea Lark was also hit."
    )
    assert not {"Blue Heron", "Sea Lark"} & set(labels(ex).values())


def test_a_title_the_parse_made_the_object_of_the_phrase_before_is_the_names() -> None:
    ex = extract(
        "ADEN, May 3 - Houthi forces struck two ships.\n\n"
        "In a written statement from Sanaa, Houthi military spokesman Abdul Karim Nasser said "
        "the ships were targets."
    )
    found = {org for person, org in affiliated(ex) if person == "Abdul Karim Nasser"}
    assert found == {"Houthis"}  # not Yemen: its capital ends the phrase before the comma


def test_an_urging_verb_the_tagger_took_for_an_adjective_of_its_object_is_read() -> None:
    ex = extract(
        "NEW YORK, May 3 - China's Zhang Jun urged members to honour the choices of the host "
        "state and to pay for the force."
    )
    assert {label for by, label in proposed(ex) if by == "Zhang Jun"} == {
        "honour the choices of the host state",
        "pay for the force",
    }


def test_a_stance_that_came_from_an_actor_is_that_actors() -> None:
    ex = extract(
        "NEW YORK, May 3 - Resistance to any monitoring role for the mission came from Egypt. "
        "Strong support for the plan came from Kenya."
    )
    assert held_on(ex) == {
        ("Egypt", "rejects", "any monitoring role for the mission"),
        ("Kenya", "supports", "the plan"),
    }


def test_a_person_backed_by_others_is_the_object_of_their_support() -> None:
    ex = extract(
        "PARIS, May 3 - France is firm. Its delegate, Marie Dubois, told the council that Paris "
        "would not accept the code. She was quickly backed by Chile and Peru."
    )
    assert {(h, t) for h, s, t in held_on(ex) if s == "supports"} == {
        ("Chile", "Marie Dubois"),
        ("Peru", "Marie Dubois"),
    }


def test_continuing_to_back_a_measure_is_a_stance_on_it() -> None:
    ex = extract(
        "BERLIN, May 3 - Berlin continues to back the pause. Paris continues to support farmers."
    )
    assert held_on(ex) == {("Germany", "supports", "the pause")}  # aid to farmers is no stance


def test_what_firms_must_do_is_a_demand_of_whom_the_speaker_speaks_for() -> None:
    ex = extract(
        "LIMA, May 3 - Speaking for Mercosur, Peru's negotiator Ana Rios said lenders that receive "
        "the bonds must write off half of the debt."
    )
    (demand,) = ex.proposals
    assert demand.kind == "demand"
    assert "Mercosur" in {labels(ex)[k] for k in demand.proposers}
    assert not ex.statements


def test_a_condition_spelled_out_after_a_colon_is_the_offers_named_before() -> None:
    ex = extract(
        "BERN, May 3 - A statement from the Swiss bankers' association welcomed the talks.\n\n"
        "Norway has offered to pay for the new registry for two years. The offer is "
        "conditional: the registry must be based in Oslo."
    )
    offer = next(p for p in ex.proposals if p.label.startswith("pay for the new registry"))
    assert [labels(ex)[k] for k in offer.proposers] == ["Norway"]
    (condition,) = [c for c in ex.conditions if c.proposal == offer.key]
    assert condition.label.endswith("the registry must be based in Oslo")


_BRIEFING = (
    "Transcript: Regular press briefing of the ministry spokesperson\n\n"
    "Lima, 4 May 2026\n\n"
    "DEPUTY SPOKESPERSON ANA QUISPE (Foreign Ministry): Good morning. We have a short "
    "announcement on the river talks.\n\n"
    "Q (Luis Soto, El Comercio): Will Peru reopen the consulate in Arica?\n\n"
    "QUISPE: We have asked Chile for a date, and we are ready to reopen it next month.\n"
)


def test_a_capitals_label_after_a_title_of_two_words_names_the_speaker() -> None:
    ex = extract(_BRIEFING)
    people = {e.label for e in ex.entities if e.cls == "Person"}
    assert "Ana Quispe" in people and "Ana" not in people
    assert any(by == "Ana Quispe" for by, _ in proposed(ex))


def test_a_condition_after_provided_without_that_which_the_parse_made_the_main_clause() -> None:
    text = (
        "KATHMANDU, May 3 - Nepal is ready to host a ministerial meeting of the Joint Water "
        "Commission in Kathmandu in June, provided India confirms the dates by the end of April."
    )
    conditions = _conditions_of(text, "host a ministerial meeting")
    assert conditions == ["provided India confirms the dates by the end of April"]


def test_an_answer_label_is_the_turn_of_the_person_a_label_named_before_the_ministry() -> None:
    text = (
        "Transcript of the Weekly Press Briefing by the Spokesperson, Ministry of Foreign "
        "Affairs\n\n"
        "Lima, 4 May 2026\n\n"
        "Spokesperson Ana Quispe: Good afternoon. The floor is open.\n\n"
        "Q (Luis Soto, El Comercio): Is the border crossing open again?\n\n"
        "A: The choice of partners for the new bridge is for Peru alone.\n"
    )
    ex = extract(text)
    said = {labels(ex)[k] for t in ex.statements if "Peru alone" in t.label for k in t.speakers}
    assert said == {"Ana Quispe"}


_CAPITALS_COMMUNIQUE = (
    "JOINT COMMUNIQUE OF THE RIVER COUNCIL\n\n"
    "The Ministers of Water of the Republic of Ghana, the Togolese Republic and the Republic of "
    "Benin, meeting in Accra as the Volta Basin Authority, hereby:\n\n"
    "1. REAFFIRM their commitment to the basin charter;\n\n"
    "2. URGE the World Bank to fund the new gauging stations, on condition that the data are "
    "shared with all riparian states;\n\n"
    "3. CALL ON Burkina Faso to release water from the Bagre dam during the dry season, and "
    "THANK the African Development Bank for its support.\n"
)


def test_a_communiques_verbs_in_capitals_are_its_operative_verbs() -> None:
    ex = extract(_CAPITALS_COMMUNIQUE)
    found = proposed(ex)
    assert ("Volta Basin Authority", "fund the new gauging stations") in found
    assert any(
        by == "Volta Basin Authority" and label.startswith("release water from the Bagre dam")
        for by, label in found
    )
    names = {e.label for e in ex.entities}
    assert "African Development Bank" in names
    assert not any(name.startswith(("URGE", "THANK", "CALL")) for name in names)


def test_a_preambles_body_is_the_one_its_members_meet_as() -> None:
    ex = extract(_CAPITALS_COMMUNIQUE)
    assert {by for by, _ in proposed(ex)} == {"Volta Basin Authority"}


def test_a_body_named_with_a_possessive_of_its_members_is_one_name() -> None:
    ex = extract(
        "OSLO, May 3 - The Norwegian Fishermen's Association accepted the cut, but its leader, "
        "Ole Berg, called on the government to offer a relief package."
    )
    assert ("Ole Berg", "Norwegian Fishermen's Association") in affiliated(ex)
    assert held_on(ex) == {("Norwegian Fishermen's Association", "supports", "the cut")}


def test_urging_a_bare_body_to_act_is_a_demand_of_the_act() -> None:
    ex = extract(
        "BERN, May 3 - The Swiss Employers' Association has welcomed the package and urged "
        "parliament to ratify it before the end of next year."
    )
    assert proposed(ex) == {
        ("Swiss Employers' Association", "ratify it before the end of next year")
    }


def test_arguing_for_a_course_is_a_demand_but_not_arguing_for_years() -> None:
    ex = extract(
        "LIMA, May 3 - Chile argued instead for keeping the catch at last year's level. "
        "Peru and Ecuador have argued for two decades about the border."
    )
    assert {by for by, _ in proposed(ex)} == {"Chile"}


def test_what_a_firms_spokeswoman_says_would_be_needed_is_the_firms_demand() -> None:
    ex = extract(
        "PERTH, May 3 - Kestrel Gas, which operates the field, wants a cheaper route. A company "
        "spokeswoman said on Thursday that Kestrel would study every route, but that a "
        "predictable tax regime would be needed by March before it invests any further money. "
        "Its lawyers said the permits were required by law."
    )
    assert ("Kestrel Gas", "a predictable tax regime") in proposed(ex)
    assert not any("permits" in label for _, label in proposed(ex))  # a fact, no demand


def test_a_who_clause_hung_on_the_place_in_a_persons_description_is_the_persons() -> None:
    ex = extract(
        'PERTH, May 3 - "Both sides must move now," said Tom Reed, a senior fellow at the Asia '
        "Policy Centre in Perth, who urged the two governments to agree a clear timetable."
    )
    assert ("Tom Reed", "agree a clear timetable") in proposed(ex)


def test_a_state_company_named_after_its_noun_is_a_company() -> None:
    ex = extract(
        "DILI, May 3 - The state oil company Petro Sul has demanded a new route. Its chief "
        "executive, Ana Rios, said the company had also asked Kestrel to hand over the "
        "survey data."
    )
    (firm,) = [e for e in ex.entities if e.label == "Petro Sul"]
    assert firm.fine == "company"
    assert ("Petro Sul", "hand over the survey data") in proposed(ex)


def test_a_text_just_circulated_speaks_for_those_who_circulated_it() -> None:
    ex = extract(
        "GENEVA, May 3 - The Intergovernmental Working Group (IGWG) opened its last week. Oxfam "
        "is lobbying outside for cheaper medicines.\n\n"
        "The IGWG co-chairs have circulated a compromise text. It proposes a shorter deadline."
    )
    assert {by for by, label in proposed(ex) if label == "a shorter deadline"} == {
        "Intergovernmental Working Group"
    }


def test_names_after_a_co_chairs_title_and_in_capitals_of_a_body_are_read() -> None:
    ex = extract(
        "GENEVA, May 3 - Co-chair Liisa Salo urged delegations to agree. Nationals of the Member "
        "Countries may cross, and each Member Country will issue cards."
    )
    assert {e.label for e in ex.entities if e.cls == "Person"} == {"Liisa Salo"}
