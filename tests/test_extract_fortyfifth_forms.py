"""Forms of English met in communiques, Council coverage, briefings and live blogs, in
phrasings of our own: the ministers of a meeting named for the body they met for, an
object set after "as" and its adjective, and more."""

from __future__ import annotations

import pytest
from extraction_helpers import affiliated, extract, held_on, labels, proposed

_COMMUNIQUE = (
    "Joint Communique\n\nLima, 3 May 2026\n\n"
    "1. The Ministers of Foreign Affairs of Chile, Peru and Colombia met in Lima for the "
    "annual meeting of the Andean Community.\n\n"
    "2. The Ministers called on Ecuador to reopen the Huaquillas border crossing.\n\n"
    "3. The Ministers rejected as unacceptable the closure of the crossing to freight, and "
    "welcomed the joint patrols agreed by Peru and Colombia.\n"
)


def test_the_ministers_of_a_meeting_stand_for_the_body_they_met_for() -> None:
    ex = extract(_COMMUNIQUE)
    names = labels(ex)
    assert {
        (names[k], p.label, tuple(names[a] for a in p.addressees))
        for p in ex.proposals
        for k in p.proposers
    } == {("Andean Community", "reopen the Huaquillas border crossing", ("Ecuador",))}
    assert ("Andean Community", "supports", "the joint patrols agreed by Peru and Colombia") in (
        held_on(ex)
    )


def test_members_who_met_with_a_body_do_not_stand_for_it() -> None:
    text = _COMMUNIQUE.replace(
        "for the annual meeting of the Andean Community", "for talks with the Andean Community"
    )
    ex = extract(text)
    assert "Andean Community" in labels(ex).values()
    assert not any(who == "Andean Community" for who, _ in proposed(ex))


def test_an_object_set_after_as_and_its_adjective_is_the_verbs_object() -> None:
    ex = extract(_COMMUNIQUE)
    assert ("Andean Community", "rejects", "the closure of the crossing to freight") in (
        held_on(ex)
    )


def test_an_idea_a_side_said_it_could_not_support_is_rejected() -> None:
    ex = extract(
        "Chile asked the Council to fund the border force through assessed contributions, an "
        "idea that France and Japan said they could not support."
    )
    assert {(who, stance) for who, stance, label in held_on(ex) if "border force" in label} == {
        ("France", "rejects"),
        ("Japan", "rejects"),
    }


def test_a_gerund_judged_not_acceptable_is_rejected() -> None:
    ex = extract(
        "The African Group called for a new drought fund. Housing it inside an existing fund "
        'was "not acceptable", the group\'s chair said.'
    )
    assert ("African Group", "rejects", "Housing it inside an existing fund") in held_on(ex)


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        ("Chile said it had no objection to the Bolivian proposal for a joint survey.", "supports"),
        ("Chile raised a formal objection to the Bolivian proposal for a joint survey.", "rejects"),
    ],
)
def test_no_objection_accepts_and_an_objection_rejects(said: str, stance: str) -> None:
    ex = extract(said)
    assert {(who, held) for who, held, label in held_on(ex) if "joint survey" in label} == {
        ("Chile", stance)
    }


def test_objections_pointed_back_to_take_no_new_stance() -> None:
    ex = extract(
        "Chile urged Peru to refrain from unilateral steps. Peru said the claim was void, "
        "recalling that its minister had set out those objections in a letter."
    )
    assert not any("unilateral steps" in label for _, _, label in held_on(ex))


@pytest.mark.parametrize(
    ("answer", "stance"),
    [
        ("Its representative said China would vote no.", "rejects"),
        ("China voted yes.", "supports"),
        ("China reacted favourably.", "supports"),
        ("China responded negatively.", "rejects"),
    ],
)
def test_a_bare_yes_or_no_answers_what_was_just_put_forward(answer: str, stance: str) -> None:
    ex = extract("Austria asked members to adopt the draft on journalists. " + answer)
    assert ("China", stance, "adopt the draft on journalists") in held_on(ex)
    assert not any(who == "China" for who, _ in proposed(ex))  # a vote is no offer


def test_a_vote_on_terms_stays_an_offer() -> None:
    ex = extract(
        "The Labour Party said it would vote for the amendment in exchange for a firm date."
    )
    assert ("Labour Party", "vote for the amendment") in proposed(ex)


@pytest.mark.parametrize(
    "heading",
    [
        "Briefing by the Ministry of Foreign Affairs Spokesperson, Ana Quispe",
        "Briefing by the Spokesperson of the Ministry of Foreign Affairs, Ana Quispe",
    ],
)
def test_a_heading_names_the_spokesperson_after_a_title_and_a_comma(heading: str) -> None:
    text = (
        f"{heading}\n\nLima, 5 March 2026\n\nSPOKESPERSON: Good afternoon.\n\n"
        "Q (El Sol): Will Peru reopen the crossing?\n\n"
        "A: The crossing will reopen once the survey is done.\n"
    )
    ex = extract(text)
    names = labels(ex)
    assert "Ana Quispe" in names.values()
    assert any(names[k] == "Ana Quispe" for s in ex.statements for k in s.speakers)


def test_the_ministers_of_a_meeting_named_after_a_bracketed_acronym_stand_for_its_body() -> None:
    text = (
        "Joint Statement\n\nQuito, 2 May 2026\n\n"
        "1. The Andean Community (CAN) Foreign Ministers' Meeting was held in Quito.\n\n"
        "2. The Ministers agreed to convene the Tenth Meeting in Lima in 2027.\n"
    )
    assert ("Andean Community", "convene the Tenth Meeting in Lima in 2027") in proposed(
        extract(text)
    )


def test_according_to_a_measure_is_part_of_what_is_proposed() -> None:
    ex = extract(
        "Argentina proposed that costs be split according to the cargo each country moves. "
        "Chile will reopen the crossing next week, according to officials."
    )
    assert proposed(ex) == {
        ("Argentina", "costs be split according to the cargo each country moves"),
        ("Chile", "reopen the crossing next week"),
    }


def test_a_bare_verb_read_as_a_compound_on_a_plural_is_the_clauses_verb() -> None:
    ex = extract("Peru proposed that the UN facilitate talks between Chad and Sudan.")
    assert ("Peru", "the UN facilitate talks between Chad and Sudan") in proposed(ex)


def test_her_agency_is_the_body_she_heads() -> None:
    ex = extract(
        "Maria Lopez, Director-General of the World Health Organization, told the Council that "
        "her agency was prepared to send a team to the camps if Chad granted access."
    )
    assert ("World Health Organization", "send a team to the camps") in proposed(ex)


def test_what_a_delegate_tells_the_room_is_said_not_a_relative_clause() -> None:
    ex = extract(
        "Brazil's delegate tells the room her government will host an expert workshop in "
        "2027, provided voluntary funding comes through."
    )
    assert ("Brazil", "host an expert workshop in 2027") in proposed(ex)


def test_a_gapped_relative_after_a_told_addressee_stays_a_relative() -> None:
    ex = extract("Brazil told the envoy the plan Chile rejected was dead.")
    assert ("Chile", "rejects", "the plan") in held_on(ex)
    assert not proposed(ex)


@pytest.mark.parametrize(
    ("sentence", "offered"),
    [
        ("Chile said it would back a drought window if Peru paid.", {"back a drought window"}),
        ("Chile offered a glimmer of hope to Peru.", set()),
    ],
)
def test_a_figurative_noun_named_for_a_thing_is_literal(sentence: str, offered: set[str]) -> None:
    assert {label for _, label in proposed(extract(sentence))} == offered


def test_members_of_a_body_an_ordinal_and_a_province_name_no_new_actor() -> None:
    ex = extract(
        "Members of the UN Security Council clashed on Tuesday over the seizure. Oman, which "
        "hosts the British Navy's Seventh Squadron, backed the draft. The government of "
        "Chile's Los Rios province said the port would reopen."
    )
    actors = {label for key, label in labels(ex).items() if not key.startswith("place-")}
    assert not any(n.startswith(("Members", "Seventh", "Los Rios")) for n in actors)
    assert {"Oman", "Chile", "UN Security Council"} <= actors


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Ana Rios, the Peruvian envoy, said Peru would sign. She rejected what she called "
            'a "false equivalence between aggressor and victim".',
            "false equivalence between aggressor and victim",
        ),
        (
            'The US embassy in Lima said in a statement that it "strongly supports the Andean '
            'proposal as a practical path forward".',
            "strongly supports the Andean proposal as a practical path forward",
        ),
    ],
)
def test_a_short_quotation_that_holds_a_stance_is_also_said(text: str, quoted: str) -> None:
    ex = extract(text)
    assert quoted in {s.label for s in ex.statements}
    assert held_on(ex)  # the stance is read as well


_LIVE = (
    "LIVE: Maritime talks\n\n"
    "09:20 - Secretary-General Ana Quispe opens the session of the International Maritime "
    "Organization (IMO) with an appeal for calm.\n\n"
    "09:40 - The IMO says a levy is needed. Chile offers to host the next round.\n"
)


def test_a_secretariat_head_named_by_title_alone_heads_the_body_the_text_is_about() -> None:
    assert ("Ana Quispe", "International Maritime Organization") in affiliated(extract(_LIVE))


def test_a_secretariat_head_of_no_body_named_more_than_another_heads_none() -> None:
    text = _LIVE.replace("The IMO says", "The African Union says").replace(
        "Chile offers", "The IMO and the African Union (AU) hope. Chile offers"
    )  # the body of the session named three times, another as often
    ex = extract(text)
    assert not any(person == "Ana Quispe" for person, _ in affiliated(ex))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"The Council is working again," said Ana Rios, Minister for Foreign Affairs of Peru '
            "and Chair of the Andean Community.",
            ("Ana Rios", "Andean Community"),
        ),
        (
            "Karen Whitlow, who leads the delegation for the US Patent and Trademark Office "
            "(USPTO), turned down the request.",
            ("Karen Whitlow", "US Patent and Trademark Office"),
        ),
        (
            "Anna Kessler, the European Commission official heading the EU delegation, also "
            "called on the chair to extend the talks.",
            ("Anna Kessler", "European Commission"),
        ),
        (
            "17:40 The UN Legal Counsel, Elinor Vasquez, closes the day by announcing four "
            "ratifications.",
            ("Elinor Vasquez", "United Nations"),
        ),
    ],
)
def test_titles_second_in_a_list_or_set_off_name_the_body(text: str, pair: tuple[str, str]) -> None:
    ex = extract(text)
    assert pair in affiliated(ex)
    assert "Legal Counsel" not in labels(ex).values()


def test_a_past_verb_the_parser_hung_on_its_subject_noun_is_the_sentences_verb() -> None:
    ex = extract(
        "Peru moved troops to the border on Monday. The Chilean minister called on Peru to "
        "withdraw its troops."
    )
    assert ("Chile", "withdraw its troops") in proposed(ex)


def test_accepting_no_deal_rejects_and_offers_nothing() -> None:
    ex = extract(
        "Lima, 3 May 2026\n\nEgyptian Foreign Minister Badr Abdelatty said Cairo would accept "
        "no deal that harmed its water share."
    )
    assert {(who, stance) for who, stance, _ in held_on(ex)} == {("Egypt", "rejects")}
    assert not proposed(ex)


def test_an_offer_dismissed_as_a_stunt_is_labelled_without_the_judgement() -> None:
    ex = extract(
        "Lima, 3 May 2026\n\nLithuania dismissed the Belarusian offer of talks as a propaganda "
        "stunt."
    )
    assert ("Lithuania", "rejects", "offer of talks") in held_on(ex)
    assert ("Belarus", "offer of talks") in proposed(ex)


def test_the_subject_after_an_opening_participle_and_its_object_acts() -> None:
    ex = extract(
        "Lima, 3 May 2026\n\nBriefing the 15-member Council, the head of the UN Mission in "
        "South Sudan, Special Representative Ana Rios, called on the parties to hold elections."
    )
    assert ("Ana Rios", "hold elections") in proposed(ex)


def test_a_role_set_off_after_an_opening_phrase_is_the_subjects() -> None:
    ex = extract(
        "Lima, 3 May 2026\n\nThe Security Council met on Tuesday on the UN Interim "
        "Administration Mission in Kosovo (UNMIK). Briefing the 15-member Council, the head of "
        "the mission, Special Representative Ana Rios, described the situation as calm."
    )
    assert affiliated(ex) == {("Ana Rios", "UN Interim Administration Mission")}
    assert not any(label.startswith("Tuesday") for label in labels(ex).values())


def test_a_headings_name_with_a_particle_is_the_briefings_host() -> None:
    ex = extract(
        "Weekly Press Briefing by the Official Spokesperson of the Ministry of Foreign Affairs, "
        "Dr. Rashid bin Khalid Al-Tamimi\n\nMuscat, Tuesday, 13 January 2026\n\n"
        "Dr. Al-Tamimi: Good afternoon. Last week Oman hosted two rounds of talks between "
        "Yemen and Saudi Arabia on prisoners.\n\n"
        "Q (Oman Daily): Will there be a third round?\n\n"
        "Dr. Al-Tamimi: A third round is planned for February.\n"
    )
    names = labels(ex)
    assert "Rashid bin Khalid Al-Tamimi" in names.values()
    assert any(names[k] == "Rashid bin Khalid Al-Tamimi" for s in ex.statements for k in s.speakers)
