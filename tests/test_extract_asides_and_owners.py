"""Forms of English met in wire copy and analysis, in phrasings of our own: bodies described
after their names, a person whose view a sentence opens with, governments named by their
leaders, sayings the parser took for asides, conditions after relative clauses, owners of
"its" in a clause said before its speaker."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _labels(ex: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in ex.entities}


def test_a_name_ending_in_a_state_and_described_as_a_federation_is_a_body() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. Farmers Chile, the industry federation, urged the "
        "government to drop the plan."
    )
    names = _labels(ex)
    assert names.get("org-farmers-chile") == "Farmers Chile"
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("org-farmers-chile",), "drop the plan")
    ]


def test_a_body_described_as_a_lobby_group_is_named() -> None:
    ex = _extract("The Harbour Pilots Association, a lobby group, said it would accept the plan.")
    assert "Harbour Pilots Association" in _labels(ex).values()


def test_she_after_a_sentence_opened_with_a_persons_view_is_that_person() -> None:
    ex = _extract(
        "Peru's foreign minister, Jorge Soto, said Lima would wait. For Ana Ruiz, a political "
        'scientist at the University of Lima, the question is open. "It can be solved," she '
        "said. She suggested that Peru seek a special zone, on condition that quotas stay "
        "in Lima."
    )
    speakers = {s.label: s.speakers for s in ex.statements}
    assert speakers.get("It can be solved,") == ("person-ana-ruiz",)
    offers = [p for p in ex.proposals if "special zone" in p.label]
    assert offers and all(p.proposers == ("person-ana-ruiz",) for p in offers)


def test_a_government_named_by_its_leader_is_that_leaders_side() -> None:
    ex = _extract(
        "Peru is asking whether it belongs in the bloc. The coalition led by Prime Minister "
        "Ana Ruiz has promised a referendum by 2027 on joining."
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("person-ana-ruiz", "state-peru"), "a referendum on joining")
    ]  # (a prime minister named right after a sentence Peru opens: Peru's)


def test_a_participle_taken_for_an_auxiliary_is_the_verb() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. The opposition Unity Party has rejected resumed talks, "
        "its leader said."
    )
    stances = [(s.holder, s.stance, s.label) for s in ex.stances]
    assert ("org-unity-party", "rejects", "resumed talks") in stances


def test_verbs_after_a_saying_taken_for_an_aside_are_the_speakers() -> None:
    ex = _extract(
        "Ana Ruiz, head of the Chile Truckers Association, said drivers had heard such "
        "promises before, dismissed the 60-day deadline as far too slow and demanded the "
        "immediate release of trucks impounded over paperwork."
    )
    demands = [(p.proposers, p.label) for p in ex.proposals]
    assert demands and demands[0][0][0] == "person-ana-ruiz"
    assert "immediate release of trucks" in demands[0][1]
    assert ("person-ana-ruiz", "rejects", "the 60-day deadline") in {
        (s.holder, s.stance, s.label) for s in ex.stances
    }


def test_a_condition_after_a_relative_clause_set_off_by_commas_is_the_main_verbs() -> None:
    ex = _extract(
        "Chile will suspend a new axle-load check, which drivers say adds up to two days to "
        "each crossing, as long as Peruvian weighbridges share their readings with Chile."
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("state-chile",), "suspend a new axle-load check")
    ]
    assert [(c.label, c.requires) for c in ex.conditions] == [
        ("as long as Peruvian weighbridges share their readings with Chile", ("state-peru",))
    ]


def test_an_if_clause_after_a_relative_clause_is_the_main_verbs() -> None:
    ex = _extract(
        "Peru would lift the ban, which farmers say costs them dearly, if Chile drops its tariff."
    )
    assert [c.label for c in ex.conditions] == ["if Chile drops its tariff"]
    assert ex.conditions[0].proposal == ex.proposals[0].key


def test_rejecting_that_description_is_no_stance_on_the_last_proposal() -> None:
    ex = _extract(
        'Peru pressed Chile to reopen its market and called the testing regime "a tariff in '
        'disguise". The Chilean delegation rejected that description, saying the tests were '
        "required by law."
    )
    assert [(s.holder, s.label, s.proposal) for s in ex.stances] == [
        ("state-chile", "that description", None)
    ]


def test_its_in_an_attribution_after_the_clause_is_the_clauses_subject() -> None:
    ex = _extract(
        "The Peru Truck Owners Association backed the round-the-clock opening, its "
        "secretary, Ana Ruiz, said."
    )
    assert [(a.person, a.org) for a in ex.affiliations] == [
        ("person-ana-ruiz", "org-peru-truck-owners-association")
    ]


def test_rejecting_that_reading_is_no_stance_on_the_last_proposal() -> None:
    ex = _extract(
        "Chile has floated a price of 30 pesos and says the treaty lets it reopen the price. "
        "Peru rejects that reading."
    )
    assert [(s.holder, s.label, s.proposal) for s in ex.stances] == [
        ("state-peru", "that reading", None)
    ]


def test_a_fronted_without_phrase_conditions_a_refusal() -> None:
    ex = _extract(
        "Chile wants a guaranteed minimum flow from the reservoir. Without that guarantee, "
        "Chile will sign nothing."
    )
    signing = [p for p in ex.proposals if "sign" in p.label]
    assert [(p.proposers, p.label) for p in signing] == [(("state-chile",), "sign nothing")]
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (signing[0].key, "Without that guarantee")
    ]


def test_without_after_the_subject_sets_no_condition() -> None:
    ex = _extract(
        "Peru is demanding a pledge that no further dams will be built on the river without "
        "consultation."
    )
    assert not ex.conditions
    assert [p.proposers for p in ex.proposals] == [("state-peru",)]


def test_urging_a_return_without_delay_sets_no_condition() -> None:
    ex = _extract("Peru urged Chile to return the buoys without delay.")
    assert not ex.conditions and len(ex.proposals) == 1


def test_offering_nothing_is_no_offer() -> None:
    ex = _extract("Peru and Chile met in Lima. Chile offered nothing, its minister said.")
    assert not ex.proposals


def test_a_place_before_state_government_names_that_government() -> None:
    ex = _extract(
        "The Johor state government is less accommodating. Its Menteri Besar, Kamal Ariffin, "
        "dismissed the link as a trick."
    )
    names = _labels(ex)
    assert names.get("org-johor-state-government") == "Johor state government"
    assert "Menteri Besar" not in names.values()
    assert [(a.person, a.org) for a in ex.affiliations] == [
        ("person-kamal-ariffin", "org-johor-state-government")
    ]


def test_a_provincial_government_is_a_body_that_takes_stances() -> None:
    ex = _extract("The Punjab provincial government rejected the plan.")
    assert [(s.holder, s.stance) for s in ex.stances] == [
        ("org-punjab-provincial-government", "rejects")
    ]


def test_a_rail_link_is_no_person() -> None:
    ex = _extract(
        "The Lima–Santiago Rapid Transit Link is due to open in 2027, and Peru wants the "
        "two governments to share the cost."
    )
    assert not any(e.cls == "Person" for e in ex.entities)


def test_any_revision_must_is_the_speakers_demand() -> None:
    ex = _extract(
        "Chile's chief negotiator, Ana Ruiz, has told her counterparts that any revision "
        'must start from "a fair and current price".'
    )
    assert [(p.kind, p.proposers[0], p.label) for p in ex.proposals] == [
        ("demand", "person-ana-ruiz", "start from a fair and current price")
    ]


def test_any_meeting_must_take_place_is_no_demand() -> None:
    ex = _extract(
        "Ana Ruiz, Chile's foreign minister, told reporters that any meeting must take place "
        "in Geneva."
    )
    assert not ex.proposals


def test_a_saying_then_a_pressing_tagged_as_participle_is_the_speakers() -> None:
    ex = _extract(
        'Chile\'s minister Ana Ruiz said allies "must not expect Chile to pay for everything", '
        "and pressed the other governments to hit the target by 2030 rather than 2035."
    )
    assert [(p.kind, p.proposers[0], p.label) for p in ex.proposals] == [
        ("demand", "person-ana-ruiz", "hit the target by 2030 rather than 2035")
    ]


def test_what_language_would_allow_another_to_do_is_no_offer_of_its() -> None:
    ex = _extract(
        "Chile met Peru. The mediator has offered language allowing Peru to set out its own "
        "spending path."
    )
    assert not any("state-peru" in p.proposers for p in ex.proposals)


def test_a_clause_before_a_semicolon_is_not_what_the_next_one_says() -> None:
    ex = _extract('Chile welcomed the new wording; Peru called it "acceptable but weak".')
    assert ("state-chile", "supports", "the new wording") in {
        (s.holder, s.stance, s.label) for s in ex.stances
    }
    assert not any("welcomed" in s.label for s in ex.statements)


def test_others_counted_in_a_quotation_make_no_offer_of_the_speaker() -> None:
    ex = _extract(
        "Peru's defence minister, Ana Ruiz, dismissed any carve-outs. \"If one ally gets an "
        'exemption today, five more will ask for one tomorrow," she said.'
    )
    assert not ex.proposals and not ex.conditions


def test_an_indefinite_proposal_noun_names_no_earlier_proposal() -> None:
    ex = _extract(
        "Chile will not block the declaration provided that the text recognises flexibility. "
        'Peru\'s president, Ana Ruiz, called a one-size-fits-all figure "unreasonable" on radio.'
    )
    stances = [(s.holder, s.proposal) for s in ex.stances]
    assert stances and all(proposal is None for _, proposal in stances)


def test_a_live_blogs_time_is_no_word_of_the_proposal() -> None:
    ex = _extract(
        "13:10 Chile's request for flexibility has been turned down by Peru, a senior "
        "official tells us."
    )
    assert [p.label for p in ex.proposals] == ["request for flexibility"]


def test_a_modifier_of_hyphened_words_is_one_modifier_of_the_noun() -> None:
    ex = _extract(
        "The Lima Truck Owners Association backed the round-the-clock opening of the border."
    )
    assert [s.label for s in ex.stances] == ["the round-the-clock opening of the border"]


def test_with_and_a_participle_after_a_comma_is_a_clause_of_its_own() -> None:
    ex = _extract(
        "The opposition Unity Party has also rejected resumed talks, with its leader, Ana "
        'Ruiz, describing the vote as "a question in search of a problem".'
    )
    assert [(s.holder, s.label) for s in ex.stances] == [("org-unity-party", "resumed talks")]
    assert [(s.speakers, s.label) for s in ex.statements] == [
        (("person-ana-ruiz",), "the vote as a question in search of a problem")
    ]


_BRIEFING = (
    "Transcript of the weekly press briefing by the Spokesperson, Ministry of Foreign "
    "Affairs, Lima\n\nSPOKESPERSON ANA RUIZ: Good afternoon. We are ready to reopen the "
    "crossing for trade, provided the Chilean authorities give assurances on security.\n\n"
    "QUESTION (Jorge Soto, El Comercio): The Chilean side has called on Peru to halt the "
    "deportation of Chilean workers during the talks. Will Lima agree?\n\n"
)


def test_a_bare_no_to_whether_the_side_will_agree_rejects_what_was_put_to_it() -> None:
    ex = _extract(_BRIEFING + "SPOKESPERSON: No. Deportations are a domestic policy decision.")
    assert (
        "person-ana-ruiz",
        "rejects",
        "halt the deportation of Chilean workers during the talks",
    ) in {(s.holder, s.stance, s.label) for s in ex.stances}
    assert any("domestic policy decision" in s.label for s in ex.statements)


def test_a_bare_yes_to_a_question_of_fact_takes_no_stance() -> None:
    ex = _extract(
        "Transcript of the weekly press briefing by the Spokesperson, Ministry of Foreign "
        "Affairs, Lima\n\nQUESTION (Jorge Soto, El Comercio): Has the Red Cross offered to "
        "help?\n\nSPOKESPERSON ANA RUIZ: Yes. The Red Cross has told us it is willing to help."
    )
    assert not ex.stances


def test_a_demand_judged_not_realistic_is_rejected() -> None:
    ex = _extract(
        "Chile's ministry of commerce says Peru must reopen the crossing without conditions. "
        "Peru's foreign minister, Ana Ruiz, said the demand for an unconditional reopening "
        "was not realistic."
    )
    assert ("person-ana-ruiz", "rejects") in {(s.holder, s.stance) for s in ex.stances}


def test_it_that_would_resume_is_no_offer_of_a_news_outlet() -> None:
    ex = _extract(
        _BRIEFING.replace("Will Lima agree?", "When will transit trade resume?")
        + "SPOKESPERSON: Transit trade can resume as soon as the crossing reopens. But it "
        "will resume only if the cargo tracking system is restored on the Chilean side."
    )
    assert not any("org-el-comercio" in p.proposers for p in ex.proposals)


_COMMUNIQUE = (
    "Communique of the Conference of Heads of Government of CARICOM\n\n"
    "1. CARICOM Heads of Government met in Georgetown under the chairmanship of the President "
    "of Guyana.\n\n"
    "2. Heads of Government called on the Government of Peru to table the border report "
    "without further delay.\n\n"
    "3. Heads of Government agreed that CARICOM would dispatch a contact group to Lima, "
    "provided that both governments consent, and tasked the Secretary General, Ana Ruiz, "
    "with preparing its terms of reference.\n\n"
    "4. Peru recorded a reservation on the call in paragraph 2.\n"
)


def test_leaders_alone_in_a_communique_are_the_body_named_with_them() -> None:
    ex = _extract(_COMMUNIQUE)
    by = {p.label: p.proposers for p in ex.proposals}
    assert by.get("table the border report without further delay") == ("org-caricom",)


def test_a_past_verb_after_a_present_condition_is_no_part_of_it() -> None:
    ex = _extract(_COMMUNIQUE)
    assert [c.label for c in ex.conditions] == ["provided that both governments consent"]


def test_a_reservation_on_a_call_rejects_it() -> None:
    ex = _extract(_COMMUNIQUE)
    assert ("state-peru", "rejects") in {(s.holder, s.stance) for s in ex.stances}


def test_a_request_not_endorsed_by_a_body_is_rejected_by_it() -> None:
    ex = _extract(
        "A request by Chile that the Forum refer the dispute to the United Nations was not "
        "endorsed by Peru."
    )
    assert [(s.holder, s.stance) for s in ex.stances] == [("state-peru", "rejects")]


def test_not_yet_approved_is_still_pending() -> None:
    ex = _extract("Chile proposed a joint patrol. The patrol has not yet been approved by Peru.")
    assert not ex.stances


def test_a_subject_set_off_by_an_aside_is_the_said_clauses_subject() -> None:
    ex = _extract(
        "Chile's representative, Ana Ruiz, said her delegation, as penholder, would circulate "
        "a draft that would extend the mandate for 12 months. Peru and Bolivia backed that "
        "approach."
    )
    assert [(p.proposers, p.kind) for p in ex.proposals] == [(("state-chile",), "offer")]
    assert {s.holder for s in ex.stances} == {"state-peru", "state-bolivia"}
    assert all(s.proposal == ex.proposals[0].key for s in ex.stances)


def test_a_condition_hung_on_a_saying_goes_to_the_verb_coordinated_after_it() -> None:
    ex = _extract(
        "Peru was ready to present a timetable for land allocation by December, its minister "
        "said, and could accept a smaller mission in regions where security has improved, "
        "provided that the verification of sentences is preserved."
    )
    accept = next(p for p in ex.proposals if "smaller mission" in p.label)
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (accept.key, "provided that the verification of sentences is preserved")
    ]


def test_another_sides_plan_said_to_do_harm_is_no_offer() -> None:
    ex = _extract(
        "Russia's representative, Ivan Petrov, rejected any reduction of the mission, saying "
        'the Chilean proposal "would reward the spoilers of peace".'
    )
    assert not ex.proposals


def test_a_quotation_whose_first_noun_the_parse_hung_loosely_is_the_speakers() -> None:
    ex = _extract(
        'Ana Ruiz said the plan was fine. "Sanctions that nobody monitors are weak," she said.'
    )
    assert ("Sanctions that nobody monitors are weak,", ("person-ana-ruiz",)) in {
        (s.label, s.speakers) for s in ex.statements
    }


def test_never_recognising_rejects_and_recognising_a_need_takes_no_stance() -> None:
    ex = _extract(
        "Ana Ruiz, the representative of Chile, said her country would never recognise the "
        'sanctions and called the draft "a hostile act". Peru recognises the need for talks.'
    )
    stances = {(s.holder, s.stance, s.label) for s in ex.stances}
    assert ("state-chile", "rejects", "the sanctions") in stances
    assert ("state-chile", "rejects", "the draft") in stances
    assert not any(holder == "state-peru" for holder, _, _ in stances)


def test_a_condition_after_readiness_expressed_goes_to_the_offer() -> None:
    ex = _extract(
        "The Gulf Cooperation Council expressed its readiness to facilitate direct talks "
        "between the two parties, provided that sovereignty is placed on the agenda."
    )
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (ex.proposals[0].key, "provided that sovereignty is placed on the agenda")
    ]


def test_minister_of_state_is_a_title_before_a_three_word_name() -> None:
    ex = _extract("Minister of State Ahmed Shaheen Almarar welcomed the position.")
    assert [e.label for e in ex.entities if e.cls == "Person"] == ["Ahmed Shaheen Almarar"]


def test_measures_undertaken_by_a_state_are_no_offer() -> None:
    ex = _extract(
        "The Council affirmed that all measures and practices undertaken by Iran on the "
        "islands are null and void. Brazil undertook to return the seized vessels."
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("state-brazil",), "return the seized vessels")
    ]


def test_that_offer_stands_provided_conditions_the_last_offer_made() -> None:
    ex = _extract(
        "Transcript of Weekly Media Briefing by the Official Spokesperson, Shri Arvind Mehra\n\n"
        "Ministry of External Affairs, New Delhi, 12 June 2025\n\n"
        "QUESTION (Meera Nair, The Hindu): Sir, Nepal's cabinet has approved a new map, and "
        "Nepal Rastra Bank says the map will appear on its new note. Will India accept talks?"
        "\n\nOFFICIAL SPOKESPERSON: India remains open to a constructive dialogue with Nepal. "
        "That offer stands, provided the conversation takes place in an atmosphere of trust."
    )
    dialogue = next(p for p in ex.proposals if "dialogue" in p.label)
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (dialogue.key, "provided the conversation takes place in an atmosphere of trust")
    ]


def test_readiness_to_review_on_a_condition_said_is_an_offer() -> None:
    ex = _extract(
        "The Chilean foreign ministry later said Chile was prepared to review the disputed "
        "positions with Peruvian experts, provided that the buoys were first returned. "
        "Peru said it was ready to examine the offer."
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("state-chile",), "review the disputed positions with Peruvian experts")
    ]
    assert [c.label for c in ex.conditions] == ["provided that the buoys were first returned"]


def test_we_expect_another_to_act_in_a_quotation_is_the_speakers_demand() -> None:
    ex = _extract(
        '"We expect Peru to return every buoy," Foreign Minister Ana Ruiz told reporters. '
        '"We expect the agreement to be signed this year," she added. Chile expects talks to '
        "fail."
    )
    assert [(p.proposers, p.label, p.addressees) for p in ex.proposals] == [
        (("person-ana-ruiz",), "return every buoy", ("state-peru",))
    ]


def test_a_quotation_ending_an_as_phrase_is_the_judges_statement() -> None:
    ex = _extract(
        "The representative of Chile, Ana Ruiz, dismissed the draft as an attempt to "
        '"resurrect a biased body under a new name".'
    )
    assert any(
        s.speakers == ("person-ana-ruiz",) and "resurrect a biased body" in s.label
        for s in ex.statements
    )


def test_a_saying_inserted_in_a_relative_clause_is_no_word_of_the_demand() -> None:
    ex = _extract(
        "Ana Ruiz of the Andean Indigenous Council urged the Council to press for the "
        'protection of guards in Cauca, where, she said, "our leaders are being buried".'
    )
    assert [p.label for p in ex.proposals] == ["press for the protection of guards in Cauca"]
    assert [s.label for s in ex.statements] == ["our leaders are being buried"]
