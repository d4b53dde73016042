"""Forms of English met in transcripts, reports and analysis, in phrasings of our own: a
transcript's speaker label in capitals with a title after a comma, the ministry a heading
names on a line of its own, questions and steering sentences that say nothing, a refusal in
the perfect."""

from __future__ import annotations

from extraction_helpers import affiliated, extract, held, labels

from graph.extract.records import Extraction

_BRIEFING = (
    "Transcript: the foreign ministry spokesperson's briefing on a river survey with Laos\n\n"
    "Ministry of Foreign Affairs, Hanoi, Friday\n\n"
    "TRAN MINH ANH, SPOKESPERSON: Good afternoon. Let me start with Laos. Vietnam is ready to "
    "fund a joint survey of the river. I'll take questions.\n\n"
    "Q (VnExpress): Is the ministry worried about the new dam?\n\n"
    "TRAN MINH ANH: We see the dam as a matter for talks between neighbours. The survey is "
    "the first step.\n"
)


def test_a_capitals_label_with_a_title_after_a_comma_names_a_person() -> None:
    ex = extract(_BRIEFING)
    names = labels(ex)
    assert "Tran Minh Anh" in names.values()
    person = next(k for k, v in names.items() if v == "Tran Minh Anh")
    said = [s.label for s in ex.statements if person in s.speakers]
    assert any("matter for talks between neighbours" in label for label in said)


def test_a_ministry_on_a_line_of_its_own_under_the_title_is_the_spokespersons() -> None:
    ex = extract(_BRIEFING)
    assert ("Tran Minh Anh", "Ministry of Foreign Affairs of Vietnam") in affiliated(ex)
    ministries = [e for e in ex.entities if e.label.startswith("Ministry of Foreign Affairs")]
    assert [e.label for e in ministries] == ["Ministry of Foreign Affairs of Vietnam"]


def test_a_reporters_question_and_steering_sentences_say_nothing() -> None:
    ex = extract(_BRIEFING)
    said = " ".join(s.label for s in ex.statements)
    assert "worried" not in said
    assert "take questions" not in said
    assert "Let me start" not in said


def test_a_refusal_in_the_perfect_rejects_what_was_put_forward() -> None:
    ex = extract(
        "Laos asked Vietnam for a joint survey of the dam. Vietnam has not accepted that "
        "request, its foreign ministry said."
    )
    assert ("Vietnam", "rejects") in held(ex)


def test_a_refusal_in_the_perfect_of_no_thing_put_forward_takes_no_stance() -> None:
    ex = extract(
        "Laos called the draft a starting point. Vietnam has not endorsed its content, and "
        "talks go on."
    )
    assert ex.stances == ()


def test_a_refusal_not_yet_made_takes_no_stance() -> None:
    ex = extract("Laos asked for a joint survey of the dam. Vietnam has not yet accepted it.")
    assert ex.stances == ()


def _conditions_of(ex: Extraction, words: str) -> list[tuple[str, tuple[str, ...]]]:
    names = labels(ex)
    offer = next(p for p in ex.proposals if words in p.label)
    return [
        (c.label, tuple(names[k] for k in c.requires))
        for c in ex.conditions
        if c.proposal == offer.key
    ]


def test_it_in_a_condition_is_the_body_the_offer_names() -> None:
    ex = extract(
        "The Council met on South Sudan. South Sudan's envoy said South Sudan would hold "
        "elections. Russia's envoy, Anna Petrova, said UNMISS had done good work. Russia would "
        "go on supporting the mission, she added, only as long as it was not drawn into the "
        "election dispute."
    )
    found = _conditions_of(ex, "supporting the mission")
    assert [req for _, req in found] == [("UN Mission in South Sudan",)]


def test_the_force_in_a_condition_is_the_mission_the_offer_names() -> None:
    ex = extract(
        "The Council met on Lebanon. Lebanon's envoy said Lebanon would hold elections. "
        "France would go on funding UNIFIL, its envoy said, as long as the force was not "
        "drawn into the election dispute."
    )
    found = _conditions_of(ex, "funding UNIFIL")
    assert [req for _, req in found] == [("UNIFIL",)]


def test_a_body_called_indispensable_is_supported() -> None:
    ex = extract("Chile's envoy Ana Rios called the Office of the Special Envoy indispensable.")
    names = labels(ex)
    found = {(names[s.holder], s.stance, names.get(s.actor or "")) for s in ex.stances}
    assert ("Chile", "supports", "Office of the Special Envoy") in found


def test_a_judgement_that_holds_only_if_a_clause_takes_no_stance() -> None:
    ex = extract(
        "Peru set a deadline for the river accord. Chile's envoy cautioned that a deadline is "
        "only useful if both sides want one."
    )
    assert ex.stances == ()


_DECLARATION = (
    "The following are excerpts from the declaration of the summit.\n\n"
    '"1. We, the Leaders of the Pacific Islands Forum, met in Apia.\n\n'
    '"4. We task our ministers to review the fisheries treaty. We oppose deep-sea mining in '
    'the region. We support the offer of Fiji to host the next summit."\n'
)


def test_a_we_that_names_itself_speaks_for_what_it_names() -> None:
    ex = extract(_DECLARATION)
    names = labels(ex)
    forum = next(k for k, v in names.items() if v == "Pacific Islands Forum")
    asked = [p.label for p in ex.proposals if p.proposers == (forum,) and p.kind == "demand"]
    assert any("review the fisheries treaty" in label for label in asked)
    forums = {(s.stance, s.label) for s in ex.stances if s.holder == forum}
    assert any(st == "rejects" and "deep-sea mining" in lab for st, lab in forums)
    assert any(st == "supports" and "host the next summit" in lab for st, lab in forums)


def test_a_we_names_no_one_before_it_names_itself() -> None:
    ex = extract(
        '"We oppose deep-sea mining," a delegate said.\n\n'
        "We, the Leaders of the Pacific Islands Forum, met in Apia."
    )
    assert ex.stances == ()


def test_subject_to_after_a_clause_conditions_no_earlier_offer() -> None:
    ex = extract(
        "Chile offered Peru a loan for the port. The ministers agreed that the Fund for Andean "
        "Roads may finance links between Peru and the Pacific coast, subject to the "
        "availability of contributions."
    )
    loan = next(p for p in ex.proposals if "loan" in p.label)
    assert [c.label for c in ex.conditions if c.proposal == loan.key] == []


def test_a_refusal_as_long_as_a_clause_holds_is_an_offer_once_it_ends() -> None:
    ex = extract(
        "Norway will not join the fisheries pact so long as quotas can be changed by a majority "
        "vote, its delegate said."
    )
    [offer] = ex.proposals
    assert "join the fisheries pact" in offer.label
    [condition] = ex.conditions
    assert condition.negated and "majority vote" in condition.label


def test_one_speaking_for_a_group_puts_forward_for_it_too() -> None:
    ex = extract(
        "The Alliance of Small Island States met in Apia on Monday. Fiji's envoy, Ana Tuala, "
        "speaking for the group, insisted that the loss fund must be topped up every year."
    )
    names = labels(ex)
    [demand] = ex.proposals
    assert "Alliance of Small Island States" in {names[k] for k in demand.proposers}


def test_a_fixed_term_the_parse_split_stays_one_phrase() -> None:
    ex = extract("Peru's envoy said Lima supports early entry into force of the river accord.")
    assert [s.label for s in ex.stances] == ["early entry into force of the river accord"]


def test_an_object_set_before_the_subject_is_the_verbs() -> None:
    ex = extract(
        "Press briefing by the Spokesperson of the Ministry of Foreign Affairs of Peru\n\n"
        "Q: Chile has proposed a commission of historians. Will Peru accept it?\n\n"
        "ANA RIOS: We welcome the archives' work. But the notion that such a panel should set a "
        "price, we reject.\n"
    )
    found = {(s.stance, s.label) for s in ex.stances}
    assert ("rejects", "the notion that such a panel should set a price") in found


def test_seeing_no_basis_for_a_thing_rejects_it() -> None:
    ex = extract(
        "Chile asked Peru to open negotiations on the river. Peru sees no basis for such "
        "negotiations, its foreign ministry said."
    )
    assert ("Peru", "rejects") in held(ex)


def test_wanting_a_thing_to_be_so_asks_no_one() -> None:
    ex = extract(
        "Chile and Peru met on Monday. President Ana Rios wants relations with Peru to be the "
        "closest in the region."
    )
    assert ex.proposals == ()


def test_the_last_words_of_a_body_named_before_are_that_body() -> None:
    ex = extract(
        "Germany's Federal Foreign Office briefed reporters in Berlin on Monday. The Foreign "
        "Office has proposed to Poland that the museum be designed jointly."
    )
    names = labels(ex)
    offers = [names[k] for p in ex.proposals for k in p.proposers]
    assert "Ministry of Foreign Affairs of Germany" in offers
    assert "Foreign, Commonwealth and Development Office" not in names.values()


def test_the_government_in_a_story_filed_from_a_capital_is_that_states() -> None:
    ex = extract(
        "TALLINN, May 2 - Estonia will keep the bridge closed until June, the government said "
        "on Friday, rejecting Russia's demand that the bridge be reopened to lorries."
    )
    assert held(ex) == {("Estonia", "rejects")}


def test_a_participle_after_a_clauses_subject_is_no_verb_of_the_clause() -> None:
    ex = extract(
        "The Lima Bar Association urged Congress to repeal the decree, arguing that the "
        "security law passed last month violates the constitution."
    )
    said = [s.label for s in ex.statements]
    assert said == ["the security law passed last month violates the constitution"]


def test_what_one_describes_as_dangerous_is_no_stance() -> None:
    ex = extract(
        "Peru's foreign minister called on Chile to end what she described as dangerous "
        "patrols near the river mouth."
    )
    assert ex.stances == ()


def test_a_body_said_to_be_vital_to_a_purpose_is_a_claim() -> None:
    ex = extract(
        "The representative of Chile said the peacekeeping force remained indispensable to "
        "stability on the island."
    )
    assert ex.stances == ()
    assert len(ex.statements) == 1


def test_a_title_reporting_a_bodys_clause_is_that_bodys() -> None:
    ex = extract(
        "Europol, the EU's police agency, will send 20 more analysts to the port of Rotterdam "
        "from March, executive director Ana Rios announced."
    )
    assert ("Ana Rios", "Europol") in affiliated(ex)


def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_clause_before() -> None:
    ex = extract(
        "The European Commission backed the Danish plan; a spokesperson said every port had a "
        "duty to check the cargo."
    )
    names = labels(ex)
    said = {(tuple(names[k] for k in s.speakers), s.label) for s in ex.statements}
    assert (("European Commission",), "every port had a duty to check the cargo") in said


def test_asking_not_to_be_named_requests_nothing() -> None:
    ex = extract(
        "Somalia closed its airspace to cargo flights, a Somali diplomat said, asking not to "
        "be identified."
    )
    assert ex.proposals == ()


def test_a_judgement_held_by_the_actor_after_to() -> None:
    ex = extract(
        "Laos proposed caps on dredging. Caps on dredging remain unacceptable to Hanoi, "
        "analysts say."
    )
    assert held(ex) == {("Vietnam", "rejects")}


def test_a_lower_case_ministry_before_a_known_spokesperson_is_her_states() -> None:
    ex = extract(
        "ALMATY - Kazakhstan wants a canal accord. At a briefing, foreign ministry spokesperson "
        "Mao Ning said China wanted talks on each canal."
    )
    assert ("Mao Ning", "Ministry of Foreign Affairs of China") in affiliated(ex)


def test_what_had_depended_on_a_thing_puts_nothing_forward() -> None:
    ex = extract(
        "The port authority said its cranes had depended on leased generators since March."
    )
    assert ex.proposals == () and ex.conditions == ()


def test_a_condition_after_the_second_of_two_verbs_is_the_seconds() -> None:
    ex = extract(
        "Chile's envoy Ana Rios proposed that engineers inspect the dam on both banks of the "
        "river, and offered to extend monitoring to the reservoir, provided both parties granted "
        "safe access."
    )
    port = next(p for p in ex.proposals if "reservoir" in p.label)
    assert port.key in [c.proposal for c in ex.conditions]


def test_a_claim_described_as_blackmail_is_rejected() -> None:
    ex = extract(
        "China said the reef was Chinese territory. The Philippine envoy described the claim of "
        "sovereignty as blackmail."
    )
    names = labels(ex)
    found = {(names[s.holder], s.stance, s.label) for s in ex.stances}
    assert ("Philippines", "rejects", "the claim of sovereignty") in found


def test_calling_a_thing_a_matter_for_others_calls_for_nothing() -> None:
    ex = extract(
        "Qatar will never accept caps on exports, which its envoy called a question for "
        "national parliaments."
    )
    assert ex.proposals == ()
    assert [(s.stance, s.label) for s in ex.stances] == [("rejects", "caps on exports")]


def test_a_body_after_a_live_blogs_time_stamp_is_no_time_zone() -> None:
    ex = extract(
        "Refugee talks: live\n\n09:15 UNEP Executive Director Ana Rios called on every donor "
        "to keep its pledge.\n"
    )
    assert ("Ana Rios", "UN Environment Programme") in affiliated(ex)


def test_a_new_text_signed_is_no_text_named_before() -> None:
    ex = extract(
        "Peru's Ana Rios circulated a new draft. Chile's negotiator, Luis Paz, wants the quota "
        "restored. Thirty delegations have signed a declaration backing him."
    )
    assert ex.stances == ()


def test_a_deal_yet_to_be_made_conditions_no_offer() -> None:
    ex = extract(
        "Chile was ready to let the miners apply for permits, its minister said. Analysts said "
        "a deal was close but would require support in both parliaments."
    )
    assert ex.conditions == ()


def test_a_participle_after_an_offers_object_is_no_clause_of_its_own() -> None:
    ex = extract("Chile is proposing instead a fee linked to the tonnes actually landed.")
    assert [p.label for p in ex.proposals] == ["a fee linked to the tonnes actually landed"]


def test_a_clause_whose_verb_has_words_of_its_own_stays_a_clause() -> None:
    ex = extract(
        "Peru said a 2004 decree barring Chilean trawlers from its northern bays remained in force."
    )
    assert [s.label for s in ex.statements] == [
        "a 2004 decree barring Chilean trawlers from its northern bays remained in force"
    ]


def test_a_quotation_closed_by_a_comma_before_she_said_is_hers() -> None:
    ex = extract(
        "Ana Rios said the talks went well.\n\n"
        '"Each week of delay costs our farmers a harvest," she said.\n'
    )
    said = [s.label for s in ex.statements if s.quote]
    assert said == ["Each week of delay costs our farmers a harvest,"]


def test_an_analysts_will_is_a_forecast() -> None:
    ex = extract(
        '"Lima has few buyers left," said Ana Rios, an analyst at the Oxford Institute for '
        "Energy Studies. Peru, she added, will accept the lower price if no other buyer "
        "appears."
    )
    assert ex.proposals == ()


def test_the_lender_is_the_bank_named_before() -> None:
    ex = extract(
        "The Export-Import Bank of China has offered to fund the railway. The Chinese lender "
        "also wants the rolling stock bought from Chinese makers."
    )
    names = labels(ex)
    wanted = [p for p in ex.proposals if p.kind == "demand"]
    assert [names[k] for p in wanted for k in p.proposers] == ["Export-Import Bank of China"]


def test_would_reject_announces_a_rejection() -> None:
    ex = extract(
        "Russia and Ukraine met in Geneva. Kyiv would reject any settlement that rewarded the "
        "invasion, its envoy said."
    )
    assert held(ex) == {("Ukraine", "rejects")}


def test_could_reject_and_might_be_a_smokescreen_take_no_stance() -> None:
    ex = extract(
        "The new fund needs every member's consent, which Hungary could veto. The new forum "
        "might yet prove a smokescreen, an expert at the Carnegie Endowment warned."
    )
    assert ex.stances == ()


def test_a_thing_called_a_smokescreen_is_rejected() -> None:
    ex = extract(
        "Chile objected to the quota. Ana Rios of the Humboldt Trust said the Chilean objection "
        "is a smokescreen for its salmon farms."
    )
    assert ("rejects", "the Chilean objection") in [(s.stance, s.label) for s in ex.stances]
