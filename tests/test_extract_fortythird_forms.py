"""Forms of English met in communiques, Council coverage, briefings and live blogs, in
phrasings of our own: what a summit agreed, listed as "To" paragraphs, and more."""

from __future__ import annotations

import pytest
from extraction_helpers import extract, held_on, labels, proposed

from graph.extract.cues import load_cues
from graph.extract.parse import opens_operative_paragraph

_SUMMIT = (
    "Final Communique of the Summit of the Andean Community\n\nQuito, 3 March 2026\n\n"
    "The Heads of State of Bolivia, Colombia, Ecuador and Peru, meeting in Quito, have agreed "
    "as follows:\n\n"
    "1. To set up a joint glacier monitoring network in the high Andes.\n\n"
    "2. To urge Chile to share its river gauge data with the network.\n\n"
    "3. To commit to a common tariff on imported fertiliser.\n"
)


def test_what_a_summit_agreed_is_read_paragraph_by_paragraph() -> None:
    ex = extract(_SUMMIT)
    found = {(by, label.split(" in ")[0]) for by, label in proposed(ex)}
    assert ("Andean Community", "set up a joint glacier monitoring network") in found
    # a paragraph whose verb is no operative one does not end the list
    assert ("Andean Community", "share its river gauge data with the network") in found
    assert ("Andean Community", "a common tariff on imported fertiliser") in found


def test_the_member_states_of_a_summit_are_the_body_its_heading_names() -> None:
    ex = extract(_SUMMIT)
    assert {by for by, _ in proposed(ex)} == {"Andean Community"}


def test_a_preamble_that_agrees_nothing_makes_no_to_paragraph_an_offer() -> None:
    ex = extract(
        "Final Communique\n\nLome, 3 March 2026\n\nThe Ministers of Ghana and Togo, meeting in "
        "Lome, recalled the following:\n\n1. To reopen the Aflao border post had been the aim "
        "of both sides since 2019.\n"
    )
    assert not ex.proposals


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("2. To establish a fund for the returnees.", True),
        ("2. To urge donors to fund the plan.", True),
        ("2. To date, no returnee has been registered.", False),
        ("2. To the north, the river floods every spring.", False),
    ],
)
def test_a_to_paragraph_opens_a_list_item_only_with_a_verb(line: str, opens: bool) -> None:
    text = "The Ministers have agreed as follows:\n\n" + line
    assert opens_operative_paragraph(text, text.index("To "), load_cues()) is opens


def test_a_second_act_after_a_said_clause_is_the_speakers() -> None:
    ex = extract(
        "Its representative, Ana Rios, said the Council should not rush the vote and proposed "
        "that members instead ask the African Union to lead the mediation."
    )
    assert (
        "Ana Rios",
        "members instead ask the African Union to lead the mediation",
    ) in proposed(ex)


def test_an_offer_reported_as_news_is_put_forward() -> None:
    ex = extract(
        "Several members welcomed news that the Kenyan President, Amina Odhiambo, has offered to "
        "host the two foreign ministers in Nairobi next month."
    )
    assert ("Amina Odhiambo", "host the two foreign ministers in Nairobi next month") in proposed(
        ex
    )


def test_a_notion_that_someone_would_offer_is_still_only_entertained() -> None:
    ex = extract("Peru dismissed the notion that Chile has offered to host the talks.")
    assert not any(by == "Chile" for by, _ in proposed(ex))


def test_a_refusal_in_the_present_is_a_stance_whatever_would_lift_it() -> None:
    ex = extract(
        "Until the tally sheets are published, Brazil does not recognise the results announced "
        "by the electoral council."
    )
    assert ("Brazil", "rejects", "the results announced by the electoral council") in held_on(ex)


def test_a_refusal_in_the_future_until_something_is_done_is_no_stance() -> None:
    ex = extract("Brazil will not recognise the results until the tally sheets are published.")
    assert not ex.stances


@pytest.mark.parametrize(
    "text",
    [
        "Peru's plan says Chile would cut its fishing quotas by half.",
        "The Peruvian proposal states that Chile would cut its fishing quotas by half.",
    ],
)
def test_what_an_owned_plan_says_is_its_owners_term(text: str) -> None:
    ex = extract(text)
    found = proposed(ex)
    assert any(by == "Peru" and "cut its fishing quotas by half" in label for by, label in found)
    assert not any(by == "Chile" for by, _ in found)  # a term of Peru's plan, no pledge of Chile


def test_what_an_agreement_says_is_no_ones_offer() -> None:
    ex = extract("The agreement says the two navies would share their patrol schedules.")
    assert not ex.proposals


def test_a_condition_standing_alone_in_a_live_blog_entry_is_not_the_entry_aboves() -> None:
    ex = extract(
        "LIVE: Fisheries talks in Lima\n\n"
        "18:30 - Chile has laid out its position. Chile would instead contribute to a "
        "voluntary fund for the fishing towns.\n\n"
        "17:05 - The chair's text is out. The chair's text grants each party a larger quota, "
        "subject to available stocks.\n"
    )
    names = labels(ex)
    by_key = {p.key: {names[k] for k in p.proposers} for p in ex.proposals}
    assert not any(
        "Chile" in by_key.get(c.proposal, set()) and "stocks" in c.label for c in ex.conditions
    )


def test_the_head_of_a_body_named_with_its_acronym_acts_by_name() -> None:
    ex = extract(
        "Briefing the Council on Tuesday, the head of the United Nations Office for Central "
        "Africa (UNOCA), Ana Rios, proposed that the two capitals reopen the border crossing."
    )
    assert ("Ana Rios", "the two capitals reopen the border crossing") in proposed(ex)


def test_a_demand_that_another_side_act_is_no_intent_of_ones_own() -> None:
    ex = extract(
        "Peru's foreign ministry said on Monday that the border would stay shut. The United "
        "States demanded that the authorities confirm a binding date for the vote."
    )
    assert any(
        by == "United States" and "confirm a binding date" in label for by, label in proposed(ex)
    )


def test_a_noun_ending_the_sentence_is_no_verb_of_it() -> None:
    ex = extract("Peru called on Chile to share real-time flow data from its Andean basin dams.")
    assert ("Peru", "share real-time flow data from its Andean basin dams") in proposed(ex)


def test_the_government_after_a_sentence_about_a_state_is_that_states() -> None:
    ex = extract(
        "Lima rejected the quota, because the government could not bind private fleets.\n\n"
        "Chile welcomed the bank's terms. Its finance minister said the government would table "
        "the tariff schedule within 60 days."
    )
    assert ("Chile", "the tariff schedule") in proposed(ex)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Spanish group Ecologistas en Acción demanded that the permits be frozen.",
            "Ecologistas en Acción",
        ),
        (
            "The Oresund Commuters' Association demanded that the trains be exempted.",
            "Oresund Commuters' Association",
        ),
        (
            "The Andean Growers' Federation demanded that the tariffs be cut.",
            "Andean Growers' Federation",
        ),
    ],
)
def test_a_bodys_name_runs_on_across_foreign_and_possessive_words(text: str, name: str) -> None:
    ex = extract(text)
    assert name in {e.label for e in ex.entities if e.cls == "Organisation"}
    assert any(by == name for by, _ in proposed(ex))


def test_a_code_of_law_is_no_persons_name() -> None:
    ex = extract("Under the revised Andean Customs Code, the checks are meant to be a last resort.")
    assert not any(e.cls == "Person" for e in ex.entities)


@pytest.mark.parametrize(
    ("text", "body", "role"),
    [
        (
            "The Indigenous Caucus rejected the text. The plan ignores small farms, said caucus "
            "co-chair Ruth Kaparo.",
            "Indigenous Caucus",
            "co-chair",
        ),
        (
            "The Andean Farmers' Union rejected the text. The plan ignores small farms, said "
            "union spokesman Ruth Kaparo.",
            "Andean Farmers' Union",
            "spokesman",
        ),
    ],
)
def test_a_bodys_last_word_before_a_title_names_the_body(text: str, body: str, role: str) -> None:
    ex = extract(text)
    names = labels(ex)
    assert any(
        names[a.person] == "Ruth Kaparo" and names[a.org] == body and a.role == role
        for a in ex.affiliations
    )


def test_a_capitals_name_after_two_given_names_is_a_surname() -> None:
    ex = extract("Its delegate, Marcos Ribeiro Lima, called on the chair to tighten the clause.")
    assert "Marcos Ribeiro Lima" in {e.label for e in ex.entities if e.cls == "Person"}
    assert not any(e.cls == "State" for e in ex.entities)


def test_the_delegation_acts_for_the_side_the_sentence_before_is_about() -> None:
    ex = extract(
        "The United States will not join consensus on any text that allows patents to be "
        "revoked. The delegation suggested a voluntary database of sequence sources instead."
    )
    assert ("United States", "a voluntary database of sequence sources") in proposed(ex)
    assert any(
        holder == "United States" and stance == "rejects" and label.startswith("consensus")
        for holder, stance, label in held_on(ex)
    )


def test_acts_listed_after_an_act_with_two_objects_are_items_of_their_own() -> None:
    ex = extract(
        "Vietnam demanded that China immediately release the fishermen and their boats, return "
        "the catch, and compensate the families."
    )
    assert {label for _, label in proposed(ex)} == {
        "China immediately release the fishermen and their boats",
        "return the catch",
        "compensate the families",
    }


def test_a_thing_someone_has_to_do_something_is_no_obligation() -> None:
    ex = extract(
        "Peru's minister said Chile has every legal basis to affirm its claim to the islands, "
        "and that Chile has to withdraw its troops from the border."
    )
    found = {label for _, label in proposed(ex)}
    assert "withdraw its troops from the border" in found
    assert not any("affirm" in label for label in found)


def test_they_in_a_quotation_is_not_the_body_its_speaker_speaks_for() -> None:
    ex = extract(
        "The Bakassi Fishermen's Union turned down the plan, and its members marched. \"They want "
        "our names so they can tax us better,\" said Etim Okon Asuquo of the Bakassi Fishermen's "
        "Union."
    )
    assert not ex.proposals


@pytest.mark.parametrize("gulf", ["Gulf of Guinea", "Gulf of Mexico", "Gulf of Thailand"])
def test_a_gulf_named_after_a_state_is_no_state(gulf: str) -> None:
    ex = extract(f"Nigeria offered joint patrols against piracy in the {gulf}.")
    assert {e.label for e in ex.entities if e.cls == "State"} == {"Nigeria"}


@pytest.mark.parametrize(
    "after",
    [
        "Analysts doubt the plan will change much.",
        "Analysts said a deal was within reach but would require political cover in both capitals.",
    ],
)
def test_what_an_analyst_thinks_a_plan_would_do_is_no_term_of_it(after: str) -> None:
    ex = extract("Chile proposed a plan on Monday. " + after)
    assert {label for _, label in proposed(ex)} == {"a plan"}


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("Dhaka wants more than a rollover of the water treaty.", set()),
        ("Uzbekistan has welcomed the offer but wants more than promises.", set()),
        ("Chile wants more fishing licences.", {"more fishing licences"}),
    ],
)
def test_wanting_more_than_something_names_no_terms(text: str, demands: set[str]) -> None:
    ex = extract(text)
    assert {p.label for p in ex.proposals if p.kind == "demand"} == demands


@pytest.mark.parametrize(
    "text",
    [
        "Peru's envoy, Ana Rios, rejected calls for an immediate withdrawal as \"detached from "
        'the reality on the ground".',
        "Peru's envoy, Ana Rios, dismissed the calls as \"detached from the reality on the "
        'ground" and called for talks.',
    ],
)
def test_a_judgement_quoted_after_as_is_the_judges_statement(text: str) -> None:
    ex = extract(text)
    names = labels(ex)
    assert any(
        "detached from the reality" in st.label and {names[k] for k in st.speakers} == {"Ana Rios"}
        for st in ex.statements
    )


def test_a_proposal_for_a_body_to_be_set_up_is_put_forward() -> None:
    ex = extract("Peru took note of Bangladesh's proposal for a Regional Development Fund.")
    assert ("Bangladesh", "proposal for a Regional Development Fund") in proposed(ex)


def test_a_proposal_for_a_body_that_is_names_no_content() -> None:
    ex = extract("For years the idea of an OPEC for lithium surfaced at every summit.")
    assert not any(by == "OPEC" for by, _ in proposed(ex))


def test_the_heads_of_government_named_again_are_their_body() -> None:
    ex = extract(
        "Communique of the Regular Meeting\n\nBasseterre, 27 February 2026\n\n"
        "The Heads of Government of the Caribbean Community (CARICOM), meeting in Basseterre, "
        "adopted the following conclusions.\n\n"
        "1. The Heads of Government urged the Haitian authorities to publish an electoral "
        "calendar by 30 April.\n"
    )
    assert ("Caribbean Community", "publish an electoral calendar by 30 April") in proposed(ex)
    assert not any("Heads" in e.label for e in ex.entities)
