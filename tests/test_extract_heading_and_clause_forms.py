"""Forms of English met in briefing headings, analysis and wire copy, in phrasings of our
own: lists of spokespeople, conditions under relative clauses, coordinated acts, names
after places, times that are no demands."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _proposals(ex: Extraction) -> list[tuple[tuple[str, ...], str]]:
    return [(p.proposers, p.label) for p in ex.proposals]


def test_a_figurative_act_coordinated_with_a_real_one_keeps_the_offer() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Peru was ready to work with Chile to seize the "
        "opportunity and settle the maritime boundary this year."
    )
    offers = [label for by, label in _proposals(ex) if by == ("state-peru",)]
    assert len(offers) == 1 and "settle the maritime boundary" in offers[0]


def test_a_figurative_act_alone_is_still_no_offer() -> None:
    ex = _extract("Peru and Chile met in Lima. Peru was ready to seize the opportunity, it said.")
    assert not ex.proposals


def test_how_long_a_demand_was_pressed_is_no_demand_of_its_own() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Chile also wants a fishing corridor, a demand it has "
        "pressed for years."
    )
    assert [label for _, label in _proposals(ex)] == ["a fishing corridor"]


def test_a_condition_after_a_modal_relative_clause_belongs_to_that_clause() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Chilean officials have revived a swap floated in 2009, "
        "under which Chile would give up the northern islets provided that Peru cedes "
        "the southern bay."
    )
    assert len(ex.proposals) == 1
    offer = ex.proposals[0]
    assert offer.proposers == ("state-chile",) and "northern islets" in offer.label
    conditions = [(c.proposal, c.label, c.requires) for c in ex.conditions]
    assert conditions == [(offer.key, "provided that Peru cedes the southern bay", ("state-peru",))]


def test_a_condition_after_a_comma_stays_with_the_main_verb() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Chile tabled a plan under which Peru would reopen "
        "the port, provided that Bolivia agreed."
    )
    assert [c.label for c in ex.conditions] == ["provided that Bolivia agreed"]


def test_a_name_after_a_posting_place_and_a_comma_is_a_person() -> None:
    ex = _extract(
        "Peru and Chile met in Santiago. Chile's ambassador in Lima, Marta Quispe, later said "
        "the rule could be lifted as long as the trucks met the standards."
    )
    assert [e.label for e in ex.entities if e.cls == "Person"] == ["Marta Quispe"]
    assert [(a.person, a.org) for a in ex.affiliations] == [("person-marta-quispe", "state-chile")]
    offers = [by for by, label in _proposals(ex) if "rule be lifted" in label]
    assert offers == [("person-marta-quispe", "state-chile")]


def test_a_title_set_off_by_a_comma_after_its_owner_makes_the_state_the_speakers_own() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Chile's ambassador, Marta Quispe, said Chile could drop "
        "the rule as long as the trucks meet the standards."
    )
    assert [by for by, label in _proposals(ex) if "drop the rule" in label] == [("state-chile",)]


def test_places_listed_after_in_are_still_places() -> None:
    ex = _extract("Floods hit towns in Vara Norte, Alta Loma and Baja Vista, officials said.")
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_a_headings_list_of_spokespeople_names_people_of_the_body_it_names() -> None:
    ex = _extract(
        "Daily briefing: Commission Says Talks With Peru Will Resume\n\n"
        "European Commission - Daily briefing, Brussels, 3 March\n\n"
        "Spokespersons: Lina Varga, Chief Spokesperson; Tomas Riedel, Trade\n\n"
        "RIEDEL: We are ready to reopen the talks, provided that Peru lifts the ban on "
        "our poultry.\n"
    )
    people = sorted(e.label for e in ex.entities if e.cls == "Person")
    assert people == ["Lina Varga", "Tomas Riedel"]
    links = sorted((a.person, a.org) for a in ex.affiliations)
    assert links == [
        ("person-lina-varga", "org-european-commission"),
        ("person-tomas-riedel", "org-european-commission"),
    ]
    offers = [by for by, label in _proposals(ex) if "reopen the talks" in label]
    assert offers == [("person-tomas-riedel", "org-european-commission")]


def test_a_list_of_participants_names_people_but_no_body_they_serve() -> None:
    ex = _extract(
        "Peru Chile Border Commission Holds Its Third Round\n\n"
        "Present: Lina Varga, Peru; Tomas Riedel, Chile\n\n"
        "The commission agreed to meet again in June."
    )
    assert sorted(e.label for e in ex.entities if e.cls == "Person") == [
        "Lina Varga",
        "Tomas Riedel",
    ]
    assert not [a for a in ex.affiliations if a.rule.endswith("listed-spokespeople")]


def test_i_would_refer_you_to_them_commits_to_nothing() -> None:
    ex = _extract(
        "Q: Will Peru lift the ban?\n\nLina Varga: The customs service decides on imports. "
        "I would refer you to them.\n"
    )
    assert not ex.proposals


def test_a_subject_with_no_denies_the_commitment_and_the_quotation_stays_a_statement() -> None:
    ex = _extract(
        "Chile's foreign minister, Marta Quispe, was firm. Chile will reopen the border only "
        'after the smugglers are arrested, she said, adding that "no Chilean government will '
        'trade the safety of its citizens for promises".'
    )
    assert [label for _, label in _proposals(ex)] == ["reopen the border"]
    assert [s.speakers for s in ex.statements] == [("person-marta-quispe",)]


def test_what_is_wanted_as_something_keeps_its_as_phrase() -> None:
    ex = _extract("Peru and Chile met. Peru wants the aid as grants rather than loans.")
    assert [label for _, label in _proposals(ex)] == ["the aid as grants rather than loans"]


def test_a_commissioner_of_a_bloc_speaks_for_it_when_he_says_what_the_bloc_could_do() -> None:
    ex = _extract(
        "EU trade commissioner Lars Vinter says the bloc could accept a higher quota, but "
        "only if the list of exporters is widened."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (("org-european-union",), "a higher quota")
    ]
    assert [c.label for c in ex.conditions] == ["only if the list of exporters is widened"]


def test_a_plural_coordinated_after_a_phrase_of_for_belongs_to_that_phrase() -> None:
    ex = _extract(
        "Peru and Chile met. Chile demanded a special fund for small farmers and the "
        "coastal villages."
    )
    assert [label for _, label in _proposals(ex)] == [
        "a special fund for small farmers and the coastal villages"
    ]


def test_activists_from_a_network_act_for_it() -> None:
    ex = _extract(
        "Activists from Pacific Climate Network staged a protest outside, calling on Peru to "
        "close its coal plants."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (("org-pacific-climate-network",), "close its coal plants")
    ]


def test_a_name_described_as_a_coalition_after_it_is_a_body() -> None:
    ex = _extract(
        "The Frente Amplio de Rio Negro, a coalition of opposition parties, welcomed the "
        "accord and called on Peru to free the detained protesters."
    )
    bodies = [e.label for e in ex.entities if e.cls == "Organisation"]
    assert bodies == ["Frente Amplio de Rio Negro"]
    assert [label for _, label in _proposals(ex)] == ["free the detained protesters"]


def test_a_regions_leaders_are_its_bloc_where_the_text_names_the_bloc() -> None:
    ex = _extract(
        "West African leaders gave Mali's junta one month to present an election timetable, "
        "according to a communique of ECOWAS. The leaders also urged Mali to free all "
        "political detainees."
    )
    demands = sorted((by, label) for by, label in _proposals(ex))
    assert demands == [
        (("org-ecowas",), "free all political detainees"),
        (("org-ecowas",), "present an election timetable"),
    ]


def test_a_regions_leaders_in_a_text_naming_no_bloc_stay_unnamed() -> None:
    ex = _extract("African leaders met in Nairobi and urged Sudan to accept a truce.")
    assert not ex.proposals


def test_a_pronoun_of_the_proposer_in_its_own_condition_is_the_proposer() -> None:
    ex = _extract(
        "Chile and Peru met in Lima.\n\n- Bolivia will join the customs union in stages, "
        "provided that it brings its trade laws into line with regional rules."
    )
    assert [c.requires for c in ex.conditions] == [("state-bolivia",)]


def test_a_condition_after_an_inserted_saying_belongs_to_what_was_said() -> None:
    ex = _extract(
        "Peru and Chile met. Chile will not veto the fund, he said, provided that the legal "
        "costs are shared by all member states, that governments give binding guarantees, "
        "and that other lenders put their assets into the fund as well."
    )
    assert [label for _, label in _proposals(ex)] == ["not veto the fund"]
    assert [c.label for c in ex.conditions] == [
        "provided that the legal costs are shared by all member states",
        "provided that governments give binding guarantees",
        "provided that other lenders put their assets into the fund as well",
    ]


def test_a_contrast_with_another_party_is_left_out_of_the_label() -> None:
    ex = _extract(
        "Spain will back the fund only if its legal basis is sound, according to a diplomat, "
        "while Portugal has sided with France."
    )
    assert [label for _, label in _proposals(ex)] == ["back the fund"]


def test_a_bare_verb_tagged_as_an_adjective_in_a_that_clause_is_its_verb() -> None:
    ex = _extract("Spain and Morocco met. Spain has demanded that all lorries clear customs.")
    assert [label for _, label in _proposals(ex)] == ["all lorries clear customs"]


def test_a_ministers_ministry_acts_for_the_ministers_state() -> None:
    ex = _extract(
        "Spain and Morocco met. Foreign Minister Nasser Bourita's ministry has demanded that "
        "all goods clear through formal channels."
    )
    assert [by for by, _ in _proposals(ex)] == [("state-morocco",)]


def test_a_ministry_named_after_its_field_is_not_that_fields_body() -> None:
    ex = _extract(
        "In a statement, the French armed forces ministry said it took note of the deadline."
    )
    assert not [s for s in ex.statements if "org-french-armed-forces" in s.speakers]


def test_a_name_set_off_after_a_titles_of_phrase_names_the_title() -> None:
    ex = _extract(
        "Peru and Chile met at the Council. The representative of the Russian Federation, "
        "Irina Volkova, explained her delegation's abstention. She called for the lifting "
        "of the arms embargo."
    )
    assert [(a.person, a.org) for a in ex.affiliations] == [
        ("person-irina-volkova", "state-russia")
    ]
    demands = [by for by, label in _proposals(ex) if "arms embargo" in label]
    assert demands == [("person-irina-volkova", "state-russia")]


def test_but_only_if_after_a_reported_clause_conditions_what_was_said() -> None:
    ex = _extract(
        "Peru and Chile met. Peru said it would back the electoral process, but only if Chile "
        "meets its own commitments."
    )
    assert [label for _, label in _proposals(ex)] == ["back the electoral process"]
    assert [c.label for c in ex.conditions] == ["only if Chile meets its own commitments"]
    assert not ex.stances


def test_continuing_support_on_terms_is_an_offer() -> None:
    ex = _extract(
        "Peru and Chile met. Peru said it would continue to support the talks, but only if "
        "Chile releases the fishermen."
    )
    assert [label for _, label in _proposals(ex)] == ["continue to support the talks"]
    assert [c.requires for c in ex.conditions] == [("state-chile",)]


def test_a_state_named_in_the_sentence_before_a_paragraph_titles_no_one_in_it() -> None:
    ex = _extract(
        "Ana Rios (Peru) said Bolivia had asked for the extension.\n\n"
        "Luis Paz (Chile) demanded that Bolivia halt the overflights.\n\n"
        "The representative of Bolivia said his country was prepared to deploy more troops "
        "on condition that donors funded them."
    )
    offers = [by for by, label in _proposals(ex) if "deploy more troops" in label]
    assert offers == [("state-bolivia",)]


def test_standing_with_or_behind_a_party_is_support() -> None:
    ex = _extract(
        "Chile and Bolivia met. Peru said it stood in solidarity with Bolivia, and Norway "
        "stands behind the water accord."
    )
    stances = sorted((s.holder, s.stance, s.label) for s in ex.stances)
    assert stances == [
        ("state-norway", "supports", "the water accord"),
        ("state-peru", "supports", "Bolivia"),
    ]


def test_what_a_side_says_is_not_on_the_table_it_rejects() -> None:
    ex = _extract(
        "Spain and Morocco met. The duty-free allowance, a Moroccan diplomat said, is not on "
        "the table."
    )
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("state-morocco", "rejects", "The duty-free allowance")
    ]


def test_what_is_on_the_table_takes_no_stance() -> None:
    ex = _extract("Spain and Morocco met. Spain said the quota offer was on the table.")
    assert not ex.stances


def test_a_judgement_after_a_participle_on_the_object_judges_the_object() -> None:
    ex = _extract(
        "Guinea and ECOWAS met. ECOWAS described the 36-month transition adopted by the "
        "junta as unacceptable."
    )
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("org-ecowas", "rejects", "the 36-month transition adopted by the junta")
    ]


def test_supporting_that_is_kept_up_or_weighed_takes_no_stance() -> None:
    ex = _extract(
        "France and Chad met. France stood ready to keep supporting the Chadian army, the "
        "envoy said. Britain would consider supporting a follow-on mission if Chad asked."
    )
    assert not ex.stances
    assert sorted(label for _, label in _proposals(ex)) == [
        "consider supporting a follow-on mission",
        "keep supporting the Chadian army",
    ]


def test_a_who_clause_after_of_a_state_describes_the_person() -> None:
    ex = _extract(
        "Ana Rios of Peru, who chairs the Andean Community, demanded a common customs form."
    )
    links = sorted((a.person, a.org) for a in ex.affiliations)
    assert ("person-ana-rios", "org-andean-community") in links


def test_a_name_after_the_opposition_is_a_party() -> None:
    ex = _extract(
        "The opposition Partido Liberal has seized on this. Its leader, Ana Rios, rejected "
        "the arrangement."
    )
    parties = [(e.label, e.fine) for e in ex.entities if e.cls == "Organisation"]
    assert parties == [("Partido Liberal", "party")]


def test_what_a_side_warns_it_would_do_is_a_threat_not_an_offer() -> None:
    ex = _extract(
        "Russia and Norway met. A Kremlin spokesman warned that Russia would retaliate. "
        "Peskov warned that Russia would leave the talks unless the assets were released."
    )
    assert [label for _, label in _proposals(ex)] == ["leave the talks"]


def test_must_understand_that_asks_no_act() -> None:
    ex = _extract(
        '"Moscow must understand that time is not on its side," the Polish minister Ana Nowak said.'
    )
    assert not ex.proposals
    assert [s.speakers for s in ex.statements] == [("person-ana-nowak",)]


def test_not_letting_ones_own_side_stand_alone_is_no_demand() -> None:
    ex = _extract(
        'Belgium and France met. "I will not let Belgium carry this alone," the Belgian '
        "prime minister, Jan Peeters, told reporters."
    )
    assert not ex.proposals


def test_a_one_word_name_described_as_a_states_agency_is_a_body() -> None:
    ex = _extract(
        "Peru and Chile traded words. Aerovia, Peru's civil aviation agency, has asked for the "
        "flight recorders to be read in Lima."
    )
    assert ("Aerovia", "Organisation") in [(e.label, e.cls) for e in ex.entities]
    assert [by for by, _ in _proposals(ex)] == [("org-aerovia",)]


def test_glad_to_under_would_offers_and_pleased_to_see_does_not() -> None:
    ex = _extract(
        "Peru and Chile talked. Spain would be glad to host technical talks, provided both "
        "capitals asked it to. Bolivia said it was pleased to see progress on the border."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (("state-spain",), "host technical talks")
    ]


def test_the_passives_be_after_a_name_stays_a_verb() -> None:
    ex = _extract(
        "The council met. Peru, in a letter to the Secretary-General, had demanded that "
        "Chile's seat in the General Assembly be handed to its envoy, and that the travel ban "
        "be lifted."
    )
    assert [label for _, label in _proposals(ex)] == [
        "Chile's seat in the General Assembly be handed to its envoy",
        "the travel ban be lifted",
    ]


def test_a_preposition_a_condition_leaves_bare_is_left_out() -> None:
    ex = _extract(
        "Rwanda and Mozambique talked. Rwanda said it was ready to remain for as long as "
        "Mozambique needed it."
    )
    assert [label for _, label in _proposals(ex)] == ["remain"]


def test_a_list_after_a_proposals_call_for_is_one_item_each() -> None:
    ex = _extract(
        "Ethiopia and Egypt held talks. Sudan's proposal calls for a binding accord, a "
        "dispute panel and minimum releases."
    )
    assert [label for _, label in _proposals(ex)] == [
        "a binding accord",
        "a dispute panel",
        "minimum releases",
    ]


def test_a_summary_set_off_after_the_object_is_no_item() -> None:
    ex = _extract(
        "Peru and Chile agreed on Monday to exchange 300 detainees, the largest swap in "
        "years, after talks in Geneva."
    )
    assert [label for _, label in _proposals(ex)] == ["exchange 300 detainees"]


def test_a_proposal_noun_with_only_its_putting_forward_is_no_item() -> None:
    ex = _extract(
        "Sudan and Chad held talks. The proposal, which Sudan put forward last week, would "
        "see Chad withdraw its troops from the border."
    )
    assert [label for _, label in _proposals(ex)] == ["Chad withdraw its troops from the border"]


def test_the_price_in_exchange_for_the_return_of_ones_own_is_the_other_sides() -> None:
    ex = _extract(
        "Peru and Chile held talks. Chile offered to release 20 fishermen in exchange for the "
        "return of its patrol boat held in Peru."
    )
    assert [c.requires for c in ex.conditions] == [("state-peru",)]


def test_a_proposal_put_forward_by_a_side_and_welcomed_by_others_is_that_sides() -> None:
    ex = _extract(
        "Moldova and Russia held talks. A truce proposal put forward by Austria was welcomed "
        "by both sides."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (("state-austria",), "A truce proposal")
    ]
    assert sorted(s.holder for s in ex.stances) == ["state-moldova", "state-russia"]


def test_speaking_on_condition_of_anonymity_sets_no_condition() -> None:
    ex = _extract(
        "Chile and Peru held talks. Peru will sign the accord, a diplomat said on condition of "
        "anonymity. Chile will sign, an official said on condition that he not be named."
    )
    assert len(ex.proposals) == 2
    assert not ex.conditions


def test_a_name_set_off_after_a_titles_post_names_the_title() -> None:
    ex = _extract(
        "Chile and Peru held talks. Peru's ambassador to the United Nations, Ana Rios, told "
        "the Security Council that Peru would respect any ruling of the court."
    )
    assert [(a.person, a.org) for a in ex.affiliations] == [("person-ana-rios", "state-peru")]


def test_as_part_of_the_deal_reads_as_under_the_deal() -> None:
    ex = _extract(
        "Israel and Hamas held talks. As part of the deal, Israel would release 1,000 prisoners."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (("state-israel",), "Israel release 1,000 prisoners")
    ]


def test_but_only_before_a_condition_is_left_out_of_the_label() -> None:
    ex = _extract(
        "Israel and Hamas held talks. Hamas said it would release the hostages, but only in "
        "exchange for a permanent ceasefire."
    )
    assert [label for _, label in _proposals(ex)] == ["release the hostages"]


def test_a_calls_for_a_thing_to_be_done_keeps_the_thing() -> None:
    ex = _extract(
        "Iran and Oman held talks. Iran renewed its call for the sanctions to be lifted. "
        "China backed Iran's call for the embargo to be eased."
    )
    assert [label for _, label in _proposals(ex)] == [
        "the sanctions to be lifted",
        "call for the embargo to be eased",
    ]


def test_a_plan_a_side_comes_up_with_is_its_own_and_may_say_what_becomes_of_a_body() -> None:
    ex = _extract(
        "Syria and the SDF held talks. This month the Syrian defence ministry filled the gap "
        "with a written plan under which the SDF would become three army divisions."
    )
    assert [(by, label) for by, label in _proposals(ex)] == [
        (
            ("org-ministry-of-defence-of-syria", "state-syria"),
            "the SDF become three army divisions",
        )
    ]


def test_that_demand_is_not_the_plan_of_the_holders_own_ministry() -> None:
    ex = _extract(
        "Syria and the SDF held talks. The Syrian defence ministry came up with a plan under "
        "which the SDF would become three divisions. The SDF said it would accept it only if "
        "its own officers kept command. That demand was turned down by Damascus."
    )
    rejected = [(s.holder, s.label) for s in ex.stances if s.stance == "rejects"]
    assert rejected and all("three divisions" not in label for _, label in rejected)


def test_an_unnamed_spokesperson_answers_for_the_ministry_the_heading_names() -> None:
    ex = _extract(
        "Weekly Press Briefing by the Foreign Ministry Spokesperson, Lima, 3 May\n\n"
        "SPOKESPERSON: Good afternoon. We have conveyed our position to Santiago.\n\n"
        "QUESTION (Ana Rios, El Comercio): Chile says it will keep the quota. Your response?\n\n"
        "SPOKESPERSON: We urge the Chilean government to lift the quota on Peruvian fish.\n"
    )
    demands = [by for by, label in _proposals(ex) if "lift the quota" in label]
    assert demands == [("org-ministry-foreign-peru", "state-peru")]
    assert {s.speakers for s in ex.statements} == {("org-ministry-foreign-peru",)}


def test_the_summit_of_a_body_named_before_is_that_body() -> None:
    ex = _extract(
        "Final Communique of the 12th CARICOM Summit\n\n"
        "1. The Summit urged Venezuela and Guyana to settle the border dispute peacefully.\n\n"
        "2. The Summit rejected the unilateral sanctions imposed on Cuba.\n"
    )
    assert {by for by, _ in _proposals(ex)} == {("org-caricom",)}
    assert [(s.holder, s.stance) for s in ex.stances] == [("org-caricom", "rejects")]


def test_a_summit_named_after_no_body_stands_for_none() -> None:
    ex = _extract("The Summit urged Venezuela and Guyana to settle the border dispute peacefully.")
    assert not ex.proposals


def test_once_hung_on_a_word_of_its_clause_still_opens_the_condition() -> None:
    ex = _extract(
        "The AU council met on the Sahel. The suspension will be reviewed once credible "
        "timetables have been presented and political parties are allowed to operate freely, "
        "the council said."
    )
    assert [label for _, label in _proposals(ex)] == ["The suspension be reviewed"]
    assert [c.label for c in ex.conditions] == [
        "once credible timetables have been presented",
        "once political parties are allowed to operate freely",
    ]
