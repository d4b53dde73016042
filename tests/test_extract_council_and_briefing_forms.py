"""Forms of English met in council briefings, press-briefing transcripts, live blogs and
analysis, in phrasings of our own: who speaks, who proposes, what is a name."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _proposals(ex: Extraction) -> list[tuple[tuple[str, ...], str]]:
    return [(p.proposers, p.label) for p in ex.proposals]


def _labels(ex: Extraction) -> list[str]:
    return [e.label for e in ex.entities]


def test_a_participle_opening_the_sentence_is_no_subject_the_name_after_it_is() -> None:
    ex = _extract(
        "Briefing the Council, Ana Rios, Under-Secretary-General for Peace Operations, "
        "Departments of Political Affairs and Peace Operations, said clashes between Kassa "
        "Tarvo and Mendi communities had killed dozens. She called on both governments "
        "to return to the table without preconditions."
    )
    asked = [by for by, label in _proposals(ex) if "return to the table" in label]
    assert asked == [("person-ana-rios",)]
    assert "Kassa Tarvo" not in _labels(ex)  # a people's name before "communities"


def test_head_of_mission_names_no_body_and_the_mission_is_the_force_named() -> None:
    ex = _extract(
        "Major General Omar Haddad, Head of Mission and Force Commander of UNIFIL, said the "
        "mission was prepared to support a meeting of village elders if both armies "
        "guaranteed safe passage for the delegates."
    )
    assert "Mission" not in _labels(ex)
    assert [(a.person, a.org) for a in ex.affiliations] == [("person-omar-haddad", "org-unifil")]
    offers = [by for by, label in _proposals(ex) if "meeting of village elders" in label]
    assert offers == [("org-unifil",)]
    assert not ex.stances  # supporting a meeting it offers is no stance on anything
    assert [c.label for c in ex.conditions] == [
        "if both armies guaranteed safe passage for the delegates"
    ]


def test_a_place_ending_in_area_is_no_person() -> None:
    ex = _extract("Fighting went on in the disputed Kessa Area, Ana Rios said on Monday.")
    assert "Kessa Area" not in _labels(ex)


def test_places_joined_by_or_are_one_offer() -> None:
    ex = _extract("Peru said it was willing to hand over the prisoners in Lima or in Quito.")
    assert [label for _, label in _proposals(ex)] == ["hand over the prisoners in Lima or in Quito"]


def test_a_verb_coordinated_with_an_object_is_still_a_verb() -> None:
    ex = _extract(
        "The UN Security Council met on Monday. Chile said the Council should respect the views "
        "of both states and refrain from imposing solutions."
    )
    assert any("refrain from imposing solutions" in label for _, label in _proposals(ex))


def test_bare_verbs_after_a_that_clause_are_more_demands_not_stances() -> None:
    ex = _extract(
        "Lima demands that Quito adopt the new customs rules, accept an arbiter for disputes "
        "and pay the inspection fees."
    )
    labels = [label for _, label in _proposals(ex)]
    assert len(labels) == 3
    assert any("accept an arbiter" in x for x in labels)
    assert any("pay the inspection fees" in x for x in labels)
    assert not ex.stances  # asked of Ecuador, not taken by it


def test_a_condition_negated_with_do() -> None:
    ex = _extract(
        "Peru said it was ready to sign the fisheries accord, provided Chile did not object."
    )
    assert [(c.label, c.requires) for c in ex.conditions] == [
        ("provided Chile did not object", ("state-chile",))
    ]


def test_who_writes_to_someone_demanding_is_who_demands() -> None:
    ex = _extract(
        "Governor Ana Rios has written to President Luis Vega demanding the release of the "
        "fishermen."
    )
    assert _proposals(ex) == [(("person-ana-rios",), "the release of the fishermen")]


def test_a_region_before_a_title_is_no_part_of_the_name() -> None:
    ex = _extract("Rio Kessa Chief Minister Ana Rios said the bridge would reopen in May.")
    assert [(s.speakers, s.label) for s in ex.statements] == [
        (("person-ana-rios",), "the bridge would reopen in May")
    ]


def test_a_lead_in_before_a_colon_names_who_is_quoted_and_who_she_is() -> None:
    ex = _extract(
        "Fishing row: live\n\n"
        "16:05 - Omar Haddad, the federation's president, urged Lima to seize the boats.\n\n"
        '15:20 - Some context from Ana Rios, a fellow at the Arden Institute: "Both '
        'governments know a buy-back is the only lasting answer." A phased ban could win '
        "support in Lima, she told us.\n"
    )
    said = {s.label: s.speakers for s in ex.statements}
    assert [k for label, k in said.items() if "buy-back" in label] == [("person-ana-rios",)]
    assert [k for label, k in said.items() if "phased ban" in label] == [("person-ana-rios",)]


def test_what_a_side_demands_in_return_is_the_price_of_its_own_offer() -> None:
    ex = _extract(
        "Chile offered Bolivia duty-free access for its goods. In return, Chile demands that "
        "Bolivia drop its claim to the sea."
    )
    offer = next(p for p in ex.proposals if "duty-free access" in p.label)
    conditions = [(c.label, c.requires) for c in ex.conditions if c.proposal == offer.key]
    assert conditions == [("Bolivia drop its claim to the sea", ("state-bolivia",))]


def test_a_reporter_asking_in_a_transcript_makes_no_statement() -> None:
    ex = _extract(
        "Press briefing by Spokesperson Ana Rios\n\n"
        "MS RIOS: Good afternoon. I will take your questions.\n\n"
        "REPORTER (Omar Haddad, Daily Arden): Will the government accept the offer?\n\n"
        "MS RIOS: The offer is being studied carefully in the capital.\n\n"
        "REPORTER (Omar Haddad): And when will the government answer?\n\n"
        "MS RIOS: Within the month, once the cabinet has met.\n"
    )
    assert all("person-omar-haddad" not in s.speakers for s in ex.statements)
    outlets = {e.key: e.label for e in ex.entities}
    assert [outlets[a.org] for a in ex.affiliations if a.person == "person-omar-haddad"] == [
        "Daily Arden"
    ]
    assert any("studied carefully" in s.label for s in ex.statements)


def test_the_two_leaders_are_the_two_states_when_no_leader_is_named() -> None:
    ex = _extract(
        "Peru and Chile held talks in Lima on Monday. Ana Rios, a spokesperson, told reporters "
        "that the two leaders had offered to reopen the border crossing."
    )
    reopen = [by for by, label in _proposals(ex) if "reopen the border" in label]
    assert reopen and all("person-ana-rios" not in by for by in reopen)
    assert {k for by in reopen for k in by} == {"state-peru", "state-chile"}


def test_a_that_clause_after_the_briefing_told_is_what_was_said() -> None:
    ex = _extract(
        "Ana Rios told the daily briefing that Chile was willing to extend the fishing accord "
        "for a longer period."
    )
    assert _proposals(ex) == [(("state-chile",), "extend the fishing accord for a longer period")]


def test_the_request_for_a_thing_is_the_demand_that_asked_for_it() -> None:
    ex = _extract(
        "Lima asked Quito to allow a trade office in the capital and to publish the fishing "
        "quotas. Quito turned down the request for an office, officials said."
    )
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("state-ecuador", "rejects", "allow a trade office in the capital")
    ]


def test_a_title_and_a_name_set_off_before_the_verb_of_saying_speak() -> None:
    ex = _extract(
        "The quota will stay in force until Chile accepts checks at the port of Arica, Peru's "
        "Minister of Trade, Ana Rios, said in a statement."
    )
    assert _proposals(ex) == [(("person-ana-rios",), "Chile accepts checks at the port of Arica")]
    assert not ex.stances


def test_acceptance_awaited_in_an_until_clause_is_no_stance() -> None:
    ex = _extract(
        "Tonga said the fishing ban would remain in force until Fiji accepts joint patrols "
        "of the reef."
    )
    assert not ex.stances
    assert _proposals(ex) == [(("state-tonga",), "Fiji accepts joint patrols of the reef")]


def test_a_relative_which_holds_what_its_noun_names() -> None:
    ex = _extract(
        "Peru proposed joint patrols of the reef in May. Peru is consulting closely with "
        "Brazil, which has expressed its support for the proposal."
    )
    assert [(s.holder, s.stance) for s in ex.stances] == [("state-brazil", "supports")]
    assert not ex.statements  # support expressed is a stance, not words said


def test_two_that_clauses_of_different_forms_are_two_offers() -> None:
    ex = _extract(
        "Peru proposes that the talks take place in Lima, and that observers be invited from "
        "Brazil."
    )
    assert [label for _, label in _proposals(ex)] == [
        "the talks take place in Lima",
        "observers be invited from Brazil",
    ]


def test_the_offer_turned_down_after_a_quotation_is_the_one_before_it() -> None:
    ex = _extract(
        "Ana Rios said Peru was ready to reopen its consulates within weeks, provided that "
        'Chile dropped its lawsuit. "We want normal relations," she told reporters.\n\n'
        "Chile turned the offer down."
    )
    rejected = [s.label for s in ex.stances if s.holder == "state-chile"]
    assert rejected == ["reopen its consulates within weeks"]


def test_a_named_council_after_a_possessive_and_its_modified_head() -> None:
    ex = _extract(
        "The African Union's Peace and Security Council has kept Mali, Niger and Chad "
        "suspended but offered to help their governments back to constitutional order. The "
        "15-member Council also proposed appointing a High Representative for the Sahel."
    )
    council = "org-african-union-peace-and-security-council"
    assert "org-un-security-council" not in {e.key for e in ex.entities}
    assert [by for by, _ in _proposals(ex)] == [(council,), (council,)]


def test_a_participle_describing_whom_a_release_is_for_is_no_act_asked() -> None:
    ex = _extract(
        "Peru held talks with Chile on Monday. It offered technical support for the border "
        "police and demanded the immediate and unconditional release of former Chilean "
        "president Luis Vega, detained since the July 2023 coup."
    )
    demands = [p.label for p in ex.proposals if p.kind == "demand"]
    assert demands == [
        "the immediate and unconditional release of former Chilean president Luis Vega, "
        "detained since the July 2023 coup"
    ]


def test_the_object_after_a_phrase_set_off_by_commas_is_the_verbs() -> None:
    ex = _extract(
        "The UN Security Council met on Monday. The Council asked Secretary-General Antonio "
        "Guterres to present, by 15 November, options for the mission's future."
    )
    assert [label for _, label in _proposals(ex)] == ["present options for the mission's future"]


def test_a_un_body_named_in_full_is_the_lexicons_un_body() -> None:
    ex = _extract(
        "The Council extended the mandate of the United Nations Mission to support the "
        "Hodeidah Agreement until January."
    )
    assert "org-un-mission-to-support-the-hodeidah-agreement" in {e.key for e in ex.entities}
    assert not ex.stances  # the "support" in its name supports nothing


def test_an_honorific_before_a_name_is_no_part_of_it() -> None:
    ex = _extract("The deputy minister, Mawlawi Karim Zadran, said the talks would resume.")
    assert "Karim Zadran" in _labels(ex)


def test_insisting_that_things_will_go_well_asks_nothing() -> None:
    ex = _extract("Ana Rios, Peru's water minister, insists that river flows will not suffer.")
    assert not ex.proposals
    assert [s.label for s in ex.statements] == ["river flows will not suffer"]


def test_wanting_one_thing_not_another_is_no_demand() -> None:
    ex = _extract('"We want normal relations, not a courtroom," Peru\'s foreign minister said.')
    assert not ex.proposals


def test_objects_and_the_predicate_wanted_of_them_are_one_demand() -> None:
    ex = _extract(
        "According to a government communique, Lima also wants the camp, the Callao fuel "
        'depot and the naval facility in the port returned "in their current state and '
        'without any financial claim", and is asking Chile to pay for the clean-up.'
    )
    assert [label for _, label in _proposals(ex)] == [
        "the camp, the Callao fuel depot and the naval facility in the port returned in their "
        "current state and without any financial claim",
        "pay for the clean-up",
    ]


def test_a_subject_coordinated_with_the_object_of_a_preposition() -> None:
    ex = _extract(
        "Ana Rios says the plane was hit by air defences over Tacna and Lima expects an "
        "apology from Santiago."
    )
    assert _proposals(ex) == [(("state-peru",), "an apology from Santiago")]


def test_items_after_a_colon_each_with_their_own_phrase() -> None:
    ex = _extract(
        "Lima expects three things from Santiago: an admission of guilt, punishment of those "
        "responsible, and compensation for the families."
    )
    assert [label for _, label in _proposals(ex)] == [
        "an admission of guilt",
        "punishment of those responsible",
        "compensation for the families",
    ]


def test_what_a_party_would_do_under_a_proposed_deal_is_no_offer_of_its_own() -> None:
    ex = _extract(
        "Ana Rios, the US envoy, suggested a truce under which Chile would halt its patrols "
        "and Bolivia would commit not to deploy troops near the border."
    )
    proposers = {k for by, _ in _proposals(ex) for k in by}
    assert proposers and not proposers & {"state-chile", "state-bolivia"}


def test_a_future_acceptance_on_a_condition_is_an_offer_not_a_stance() -> None:
    ex = _extract(
        "Mexico will accept more deportees only if the United States finances new reception "
        "centres, according to a senior official."
    )
    assert not ex.stances
    assert [c.requires for c in ex.conditions] == [("state-united-states",)]


def test_a_welcome_with_terms_is_still_support() -> None:
    ex = _extract(
        "Ghana has welcomed the Nigerian proposal for a joint border commission, on condition "
        "that its customs officers keep their posts."
    )
    assert [(s.holder, s.stance) for s in ex.stances] == [("state-ghana", "supports")]


def test_a_condition_naming_no_actor_asks_the_other_side() -> None:
    ex = _extract(
        "Chile and Bolivia met in La Paz on Monday; Bolivia hosted the talks. Chile's envoy "
        "said Santiago would consider "
        "lifting the tariffs provided there was measurable progress on the water talks."
    )
    assert [c.requires for c in ex.conditions] == [("state-bolivia",)]


def test_an_agreement_signed_giving_terms_and_the_day_it_was_signed() -> None:
    ex = _extract(
        "Peru and Chile signed an agreement on Wednesday giving Bolivia access to the port of "
        "Arica."
    )
    assert [label for _, label in _proposals(ex)] == ["giving Bolivia access to the port of Arica"]


def test_holding_to_a_treaty_in_force_is_no_offer() -> None:
    ex = _extract("Pakistan said it remained committed to the Indus Waters Treaty.")
    assert not ex.proposals
    kept = _extract(
        "Pakistan remains committed to the truce understanding as long as India respects it."
    )
    assert [label for _, label in _proposals(kept)] == ["the truce understanding"]


def test_a_sides_price_spelled_out_after_a_colon_is_its_demand() -> None:
    ex = _extract(
        "Ankara's price for lifting its veto was clear: Stockholm had to tighten its "
        "anti-terrorism laws and end an arms embargo on Turkey."
    )
    assert _proposals(ex) == [
        (("state-turkey",), "tighten its anti-terrorism laws"),
        (("state-turkey",), "end an arms embargo on Turkey"),
    ]
    assert not _extract("The price of gas was high: households had to cut their use.").proposals


def test_a_cape_is_a_place_and_what_could_be_done_then_is_no_offer() -> None:
    ex = _extract(
        '16:30 From Cabo Delgado: "When the soldiers came, we could go back to our fields," '
        "Amina Saide, a farmer, told our correspondent."
    )
    assert "Cabo Delgado" not in _labels(ex)
    assert not ex.proposals
    assert [s.speakers for s in ex.statements] == [("person-amina-saide",)]


def test_a_second_noun_with_its_own_article_and_phrase_is_a_second_demand() -> None:
    ex = _extract(
        "Peru called for an immediate halt to hostilities and the unconditional release of "
        "all detainees."
    )
    assert [label for _, label in _proposals(ex)] == [
        "an immediate halt to hostilities",
        "the unconditional release of all detainees",
    ]


def test_a_participle_ending_a_that_clause_is_what_the_subject_did() -> None:
    ex = _extract(
        "Peru on Wednesday demanded that the last Chilean troops stationed on its soil leave "
        "their bases by July 31, rejecting a Chilean proposal that would have kept a small "
        "detachment near the capital."
    )
    assert [(s.holder, s.stance) for s in ex.stances] == [("state-peru", "rejects")]
    demands = [p.label for p in ex.proposals if p.kind == "demand"]
    assert demands == ["the last Chilean troops stationed on its soil leave their bases by July 31"]


def test_what_can_be_done_only_on_a_condition_is_an_offer_of_the_speaker() -> None:
    ex = _extract(
        "Ambassadors can be exchanged only if Bolivia removes the maritime claim from its "
        "constitution, Chile's foreign minister said."
    )
    assert _proposals(ex) == [(("state-chile",), "Ambassadors be exchanged")]
    assert [c.requires for c in ex.conditions] == [("state-bolivia",)]
    assert not _extract("Chile said it can reopen the border.").proposals


def test_a_side_saying_a_thing_should_be_done_demands_it() -> None:
    ex = _extract("Peru's foreign ministry said the sanctions should be lifted at once.")
    assert [(p.kind, p.label) for p in ex.proposals] == [
        ("demand", "the sanctions should be lifted at once")
    ]


def test_a_government_committed_to_an_act_on_a_condition_offers_it() -> None:
    ex = _extract(
        "The representative of Haiti said his Government was committed to holding credible "
        "elections, provided the security situation allowed it."
    )
    assert _proposals(ex) == [(("state-haiti",), "holding credible elections")]
    assert [c.label for c in ex.conditions] == ["provided the security situation allowed it"]


def test_a_question_labels_asker_is_a_person_and_its_outlet_a_medium() -> None:
    ex = _extract(
        "MS RIOS: Good morning.\n\n"
        "QUESTION (Park Min-ji, Chosun Ilbo): What is your response?\n\n"
        "MS RIOS: We respect different views.\n"
    )
    kinds = {e.label: e.cls for e in ex.entities}
    assert kinds.get("Park Min-ji") == "Person"
    assert kinds.get("Chosun Ilbo") == "Organisation"
    assert [(a.person, a.org) for a in ex.affiliations] == [
        ("person-park-min-ji", "org-chosun-ilbo")
    ]


def test_an_offer_made_in_return_after_a_demand_is_made_on_that_demand() -> None:
    ex = _extract(
        "Iraq wants Turkey to release more water from its dams during the summer, and has "
        "offered oil revenue in return."
    )
    offer = next(p for p in ex.proposals if p.kind == "offer")
    assert [(c.label, c.requires) for c in ex.conditions if c.proposal == offer.key] == [
        ("release more water from its dams during the summer", ("state-turkey",))
    ]
