"""Forms of English met in wire copy, analyses and live blogs, in phrasings of our own: a
ministry seated in the capital a sentence opens with, a body's name read again after the
text described it, the objects of one act listed without a comma."""

from __future__ import annotations

from extraction_helpers import affiliated, conditioned, extract, labels, proposed

_DATED = "Lima, 3 May 2026\n\n"


def test_a_ministry_after_the_capital_a_sentence_opens_with_is_that_states() -> None:
    ex = extract(
        "QUITO, 4 May 2026 (Reuters) - Ecuador and Peru met on Monday.\n\n"
        "In Bogota, Foreign Ministry spokeswoman Lina Mora urged Quito to free the trawler."
    )
    assert ("Lina Mora", "Ministry of Foreign Affairs of Colombia") in affiliated(ex)
    assert ("Ecuador", "free the trawler") not in proposed(ex)


def test_a_body_the_text_described_is_the_same_body_when_named_again() -> None:
    ex = extract(
        _DATED + "Pacifica Power, the Chilean grid operator, offered technical help on Monday. "
        "Officials said on Tuesday that Pacifica Power would also pay for the repair. "
        "Redsur, the Peruvian operator, said it was ready to share spare cables. Redsur chief "
        "executive Ana Quispe told reporters the cables were in Callao."
    )
    assert ("Pacifica Power", "pay for the repair") in proposed(ex)
    assert ("Ana Quispe", "Redsur") in affiliated(ex)


def test_what_lasts_until_a_step_no_one_is_asked_to_take_is_no_demand() -> None:
    ex = extract(
        _DATED + "Peru's police said the trawler would stay in port until the inquiry was complete."
    )
    assert not [x for x in ex.proposals if x.kind == "demand"]
    asked = extract(  # an actor who must act first: the speaker's demand
        _DATED + "Chile said the sanctions would remain in force until Peru releases the crew."
    )
    assert ("Chile", "Peru releases the crew") in proposed(asked)


def test_what_a_text_is_asked_to_require_is_the_demand_not_its_condition() -> None:
    ex = extract(
        _DATED + "Oxfam is lobbying outside the hall. Its campaign wants the treaty to require "
        "open licences for any vaccine developed from shared samples."
    )
    assert [x.label for x in ex.proposals] == [
        "the treaty to require open licences for any vaccine developed from shared samples"
    ]
    assert not conditioned(ex)


def test_the_objects_of_one_act_joined_by_and_are_one_thing_offered() -> None:
    ex = extract(
        _DATED + "NATO offered to keep extra frigates and patrol aircraft over the cable route. "
        "Peru urged Chile to free the trawler and its crew without delay."
    )
    assert [x.label for x in ex.proposals] == [
        "keep extra frigates and patrol aircraft over the cable route",
        "free the trawler and its crew without delay",
    ]
    names = set(labels(ex).values())
    assert {"NATO", "Peru", "Chile"} <= names


def test_a_think_tank_named_after_its_seat_is_the_persons_body_not_the_seats() -> None:
    ex = extract(
        _DATED + "Analysts are divided. Luis Paz of the Moscow think tank PIR Center said "
        "Chile should wait. Eva Ruiz of the Washington think tank Hudson Institute said so."
    )
    assert affiliated(ex) == {("Luis Paz", "PIR Center"), ("Eva Ruiz", "Hudson Institute")}
    argued = extract(  # the person before the phrase argues, not the body it ends on
        _DATED + "Analysts are divided. Luis Paz of the Washington think tank Stimson Center "
        "argues that Chile should accept the ban."
    )
    assert {(labels(argued)[k], x.label) for x in argued.proposals for k in x.proposers} == {
        ("Luis Paz", "accept the ban")
    }


def test_a_body_whose_name_ends_in_body_is_a_body() -> None:
    ex = extract(_DATED + "Peru appealed to an Appellate Body that no longer functions.")
    assert {e.label: e.cls for e in ex.entities}.get("Appellate Body") == "Organisation"


def test_who_calls_it_so_in_a_relative_clause_set_off_after_which_is_the_speaker() -> None:
    ex = extract(
        _DATED + "The Peruvian Fishers Federation rejected any quota for foreign fleets, "
        "which its "
        'secretary-general, Ana Rios, called "a back door to the trawlers we banned".'
    )
    assert [labels(ex)[k] for s in ex.statements for k in s.speakers] == ["Ana Rios"]
    assert ("Ana Rios", "Peruvian Fishers Federation") in affiliated(ex)


def test_an_idea_named_by_its_words_is_the_proposal_that_says_them() -> None:
    ex = extract(
        _DATED + "Lima has proposed long-term offtake contracts for Chilean firms. Bolivia "
        "wants binding clauses on coal. The Peruvian Miners Association backed the offtake idea."
    )
    by_key = {x.key: x.label for x in ex.proposals}
    assert [by_key.get(s.proposal) for s in ex.stances] == [
        "long-term offtake contracts for Chilean firms"
    ]


def test_what_a_speaker_says_another_is_welcome_to_is_offered_on_its_terms() -> None:
    ex = extract(
        _DATED + '"Chile is welcome to our copper, as long as it comes with smelters," Peru\'s '
        "mining minister Ana Rios told parliament."
    )
    assert ("Peru", "our copper") in proposed(ex) or ("Ana Rios", "our copper") in proposed(ex)
    assert {c[2] for c in conditioned(ex)} == {"as long as it comes with smelters"}
    assert not ex.stances


def test_a_sum_in_a_currencys_code_is_money_offered_by_the_minister_of_the_state_before() -> None:
    ex = extract(
        _DATED + "Sweden has put money on the table. Aid Minister Eva Lind announced SEK 300 "
        "million for the fund, on condition that two other donors match the pledge."
    )
    assert "SEK" not in set(labels(ex).values())
    assert ("Sweden", "SEK 300 million for the fund") in proposed(ex)
    assert ("Eva Lind", "Sweden") in affiliated(ex)
    topic = extract(  # a minister after a sentence a state opens is that state's; only then
        _DATED + "Let me start with Chile. Trade Minister Eva Lind wrote to her counterpart."
    )
    assert not affiliated(topic)


def test_what_states_in_general_must_do_is_the_speakers_demand() -> None:
    ex = extract(
        _DATED + "Peru's head of delegation, Ana Rios, told the plenary that developed "
        'countries "must first honour what they promised in Lima" before asking for more.'
    )
    assert [x.kind for x in ex.proposals] == ["demand"]
    assert (
        "Ana Rios",
        "developed countries first honour what they promised in Lima before asking for more",
    ) in proposed(ex)


def test_the_idea_after_a_quotation_is_the_proposal_before_it() -> None:
    ex = extract(
        _DATED + "15:30 - Chile's Environment Minister, Ana Rios, wants the conference to set a "
        'levy of 1 percent on commercial users of the data. "Voluntary has given us nothing," '
        "she said. Brazil and Peru quickly endorsed the idea."
    )
    by_key = {x.key: x.label for x in ex.proposals}
    assert [by_key.get(s.proposal) for s in ex.stances] == [
        "the conference to set a levy of 1 percent on commercial users of the data"
    ] * 2


def test_what_is_so_in_someones_view_is_their_statement_a_forecast_is_not() -> None:
    ex = extract(
        _DATED + "Ana Rios is a transport economist at the University of Lima. In her view, "
        "border delays at the crossing cost more than tolls. In her view, Chile would "
        "accept a smaller increase."
    )
    assert [(labels(ex)[k], s.label) for s in ex.statements for k in s.speakers] == [
        ("Ana Rios", "border delays at the crossing cost more than tolls")
    ]


def test_a_quotation_after_a_colon_is_the_words_of_the_subject_before_it() -> None:
    ex = extract(
        _DATED + 'Luis Paz of the University of Lima is blunter: "If the fund happens, tolls '
        'become a footnote." Asked whether Peru might reopen the road, Ana Rios said: "Not '
        'unless the trucks pay."'
    )
    assert [labels(ex)[k] for s in ex.statements for k in s.speakers] == ["Luis Paz", "Ana Rios"]


def test_a_title_for_a_portfolio_of_a_body_names_the_body_and_the_briefer_speaks() -> None:
    ex = extract(
        _DATED + "Briefing the Council, Ana Rios, Assistant Director-General for Communication "
        "and Information of the United Nations Educational, Scientific and Cultural "
        "Organization (UNESCO), said 2025 had been the deadliest year for reporters. Luis Paz, "
        "Director for Africa of the World Food Programme, said so."
    )
    assert {e.label for e in ex.entities if e.cls == "Organisation"} >= {
        "UNESCO",
        "World Food Programme",
    }
    assert all(not e.label.startswith(("Assistant", "Director")) for e in ex.entities)
    assert ("Ana Rios", "UNESCO") in affiliated(ex)
    assert [labels(ex)[k] for s in ex.statements for k in s.speakers][:1] == ["Ana Rios"]


def test_who_did_as_another_did_holds_the_same_stance() -> None:
    ex = extract(
        _DATED + "France's delegate endorsed the call for an independent mechanism, as did the "
        "representative of Denmark."
    )
    assert {(labels(ex)[s.holder], s.stance) for s in ex.stances} == {
        ("France", "supports"),
        ("Denmark", "supports"),
    }


def test_a_purpose_set_off_by_so_that_is_no_second_thing_proposed() -> None:
    ex = extract(
        _DATED + "Peru has also proposed that customs experts from other states be present at "
        "the crossing, so that everyone can see how inspections are carried out."
    )
    assert [x.label for x in ex.proposals] == [
        "customs experts from other states be present at the crossing, so that everyone can "
        "see how inspections are carried out"
    ]


def test_a_proposal_from_a_side_on_behalf_of_others_to_do_a_is_its_proposal() -> None:
    ex = extract(
        _DATED + "The big unresolved item is a proposal from Ghana, on behalf of the African "
        "Group, to bring all plastic waste under the consent procedure."
    )
    assert [(x.proposers, x.kind) for x in ex.proposals] == [(("state-ghana",), "offer")]
    assert "bring all plastic waste under the consent procedure" in ex.proposals[0].label


def test_the_offer_of_a_named_side_to_do_a_noted_with_appreciation_is_its_offer() -> None:
    ex = extract(
        _DATED + "4. The Ministers took note with appreciation of the offer of the Andean "
        "Development Bank to finance a feasibility study for a power cable, on condition "
        "that participating States co-finance at least 30 per cent of its cost.\n\n"
        "5. The Ministers urged States to ratify the Agreement on Simplification of Visa "
        "Procedures for Business People."
    )
    assert [x.label for x in ex.proposals][:1] == [
        "offer to finance a feasibility study for a power cable"
    ]
    assert [c.label for c in ex.conditions] == [
        "on condition that participating States co-finance at least 30 per cent of its cost"
    ]
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_what_a_side_proposed_is_that_a_is_its_proposal_a_frame_of_saying_is_not() -> None:
    ex = extract(
        _DATED + "What Chile has proposed, and proposes again today, is that the joint "
        "commission resume its demarcation work without delay."
    )
    assert proposed(ex) == {
        ("Chile", "the joint commission resume its demarcation work without delay")
    }
    framed = extract(_DATED + "What Peru can say is that the border is calm.")
    assert not framed.proposals
