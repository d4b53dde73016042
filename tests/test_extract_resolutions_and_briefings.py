"""Forms of English met in resolutions, communiques, briefings and analysis, in phrasings of
our own: operative paragraphs said by the body their preamble names, a meeting's bare name,
things described as "something we can accept", passive commitments in a briefing, "no X
will happen until Y", asides between a subject and its verb, summaries of a clause with a
relative clause of their own, stances "welcomed in" a capital."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _labels(ex: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in ex.entities}


_RESOLUTION = (
    "Final Statement on the Situation in Ruritania\n\n"
    "The Council of the Andean Community at the ministerial level, meeting in Lima under "
    "the chairmanship of Peru,\n\n"
    "1. Reaffirms its support for the Quito Accord and rejects any step to divide the "
    "country.\n\n"
    "2. Calls on the Ruritanian Armed Forces and the Northern Front to agree to an immediate "
    "truce, and demands that the Northern Front lift the blockade of Varna.\n\n"
    "3. Decides to convene a donors' conference, to be held once a truce has been agreed.\n\n"
    "4. Expresses the readiness of its members to support a political process, on condition "
    "that it is led by Ruritanians and includes the civic groups, and affirms that no outside "
    "power may impose a settlement.\n"
)


def test_a_capitalised_verb_opening_a_paragraph_is_no_part_of_the_name_after_it() -> None:
    ex = _extract(_RESOLUTION)
    names = set(_labels(ex).values())
    assert "Ruritanian Armed Forces" in names
    assert not any(name.startswith("Calls") for name in names)


def test_a_preamble_ending_in_a_comma_is_no_headline() -> None:
    ex = _extract(_RESOLUTION)
    assert "Council of the Andean Community" in _labels(ex).values()


def test_operative_paragraphs_are_said_by_the_body_the_preamble_names() -> None:
    ex = _extract(_RESOLUTION)
    names = _labels(ex)
    council = next(k for k, v in names.items() if v == "Council of the Andean Community")
    found = {(p.kind, p.label) for p in ex.proposals if p.proposers == (council,)}
    assert ("demand", "agree to an immediate truce") in found
    assert any(kind == "demand" and "lift the blockade" in label for kind, label in found)
    assert any(kind == "offer" and "donors' conference" in label for kind, label in found)
    assert any(kind == "offer" and "political process" in label for kind, label in found)
    stances = {(s.holder, s.stance, s.label) for s in ex.stances}
    assert any(h == council and st == "supports" and "Quito" in lab for h, st, lab in stances)


def test_an_operative_verb_after_a_condition_is_the_paragraphs_next_act() -> None:
    ex = _extract(_RESOLUTION)
    offer = next(p for p in ex.proposals if "political process" in p.label)
    conditions = sorted(c.label for c in ex.conditions if c.proposal == offer.key)
    assert conditions == [
        "on condition that it includes the civic groups",
        "on condition that it is led by Ruritanians",
    ]


def test_a_paragraph_with_no_preamble_before_it_has_no_speaker() -> None:
    ex = _extract(
        "Peru and Chile met in Lima.\n\n1. Calls on Bolivia to reopen the border crossing.\n"
    )
    assert ex.proposals == ()


def test_a_meetings_bare_name_in_a_communique_stands_for_its_body() -> None:
    ex = _extract(
        "1. The Extraordinary Summit of SADC Heads of State and Government was held in "
        "Maputo.\n\n"
        "2. Summit urged the Government of Malawi to accelerate the training of its army.\n"
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("org-sadc",), "accelerate the training of its army")
    ]


def test_a_past_verb_after_a_subjunctive_clause_is_coordinated_with_the_main_verb() -> None:
    ex = _extract(
        "Egypt rejected the proposal that the mission be financed by members alone, and "
        "called upon the African Union to fund it."
    )
    assert [(p.kind, p.label) for p in ex.proposals] == [("demand", "fund it")]
    assert [s.label for s in ex.stances] == [
        "the proposal that the mission be financed by members alone"
    ]


def test_informing_and_assuring_say_what_follows() -> None:
    ex = _extract(
        "President Nuno Reis informed the summit that 40,000 people had fled the province. "
        "Ana Lopes assured the farmers that the levy had been cut."
    )
    said = {(s.label, s.speakers) for s in ex.statements}
    assert ("40,000 people had fled the province", ("person-nuno-reis",)) in said
    assert ("the levy had been cut", ("person-ana-lopes",)) in said


def test_a_states_common_acronym_names_it() -> None:
    ex = _extract("PNG has also suggested a new market crossing at the border.")
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("state-papua-new-guinea",), "a new market crossing at the border")
    ]


def test_a_thing_said_to_be_not_something_one_can_accept_is_rejected() -> None:
    ex = _extract("Permanent bases are not something Panama can accept, its minister said.")
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("state-panama", "rejects", "Permanent bases")
    ]


def test_a_thing_said_to_be_something_one_supports_is_supported() -> None:
    ex = _extract("A second crossing is something Chile could support.")
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("state-chile", "supports", "A second crossing")
    ]


def test_a_thing_said_to_be_nothing_one_could_accept_is_rejected() -> None:
    ex = _extract("Permanent bases are nothing Panama could ever accept.")
    assert [(s.stance, s.label) for s in ex.stances] == [("rejects", "Permanent bases")]


_BRIEFING = (
    "Ministry of Foreign Affairs of Peru\nPress Briefing by Spokesperson Ana Rios\n"
    "Lima, 3 March 2026\n\n"
    "SPOKESPERSON: Good afternoon.\n\n"
    "QUESTION (Luis Vera, El Comercio): Chile has asked for the release of six fishermen. "
    "Will they be sent home?\n\n"
    "SPOKESPERSON: The fishermen will be repatriated once the court has heard the case, "
    "provided that no charges are filed.\n\n"
    "QUESTION (Luis Vera, El Comercio): Will the minister meet his Chilean counterpart?\n\n"
    "SPOKESPERSON: No meeting has been requested. If a request comes, it will be considered.\n"
)


def test_a_passive_commitment_on_a_condition_in_a_briefing_is_the_speakers_sides() -> None:
    ex = _extract(_BRIEFING)
    offers = [p for p in ex.proposals if p.kind == "offer"]
    assert [p.label for p in offers] == ["The fishermen be repatriated"]
    assert "state-peru" in offers[0].proposers
    conditions = {c.label for c in ex.conditions if c.proposal == offers[0].key}
    assert conditions == {
        "once the court has heard the case",
        "provided that no charges are filed",
    }


def test_no_x_will_happen_until_y_is_a_demand_of_y() -> None:
    ex = _extract("Pakistan said no talks would take place until India withdrew its troops.")
    assert [(p.kind, p.proposers, p.addressees, p.label) for p in ex.proposals] == [
        ("demand", ("state-pakistan",), ("state-india",), "India withdrew its troops")
    ]


def test_no_x_will_be_done_until_y_is_a_demand_of_y() -> None:
    ex = _extract("Fiji said no licences would be issued until Tonga paid the arrears.")
    assert [(p.kind, p.label) for p in ex.proposals] == [("demand", "Tonga paid the arrears")]


def test_a_subject_before_an_aside_acts_in_the_verb_after_it() -> None:
    ex = _extract("Russia, eyeing the Arabian Sea, has offered to join the consortium.")
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("state-russia",), "join the consortium")
    ]


def test_a_summary_noun_with_a_relative_clause_of_its_own_judges_the_clause_before() -> None:
    ex = _extract(
        "Kabul insists that the railway be run by an Afghan company, a demand Tashkent "
        "regards as unworkable."
    )
    demand = next(p for p in ex.proposals if p.kind == "demand")
    assert [(s.holder, s.stance, s.proposal) for s in ex.stances] == [
        ("state-uzbekistan", "rejects", demand.key)
    ]


def test_a_stance_welcomed_in_a_capital_is_that_states() -> None:
    ex = _extract(
        "Uzbekistan wants the line built. Russia has offered to join the consortium, an offer "
        "welcomed in Tashkent."
    )
    offer = next(p for p in ex.proposals if "consortium" in p.label)
    assert [(s.holder, s.stance, s.proposal) for s in ex.stances] == [
        ("state-uzbekistan", "supports", offer.key)
    ]


def test_a_condition_after_an_urging_and_a_proposal_is_the_proposals_only() -> None:
    ex = _extract(
        "Ana Rios, the UN relief chief, urged the Council to support a longer mandate and "
        "proposed opening an aid hub in Lima, provided that Peru guarantees access."
    )
    hub = next(p for p in ex.proposals if "aid hub" in p.label)
    assert {c.proposal for c in ex.conditions} == {hub.key}


def test_should_said_by_one_who_speaks_for_a_state_is_a_demand() -> None:
    ex = _extract(
        "China's representative, Li Wen, said aid should be channelled through Damascus as "
        "long as deliveries reached every town."
    )
    demands = [p for p in ex.proposals if p.kind == "demand"]
    assert [p.label for p in demands] == ["aid should be channelled through Damascus"]
    assert "state-china" in demands[0].proposers
    assert [c.label for c in ex.conditions] == ["as long as deliveries reached every town"]


def test_an_analysts_should_stays_advice() -> None:
    ex = _extract(
        "Ana Rios, an analyst at the Lima Institute, said aid should be channelled through "
        "Damascus."
    )
    assert ex.proposals == ()


def test_an_opening_participle_taken_for_the_root_leaves_the_verb_after_its_subject() -> None:
    ex = _extract(
        "Taking the floor under rule 37, the representative of Cyprus, Andreas Ioannou, called "
        "on Turkey to withdraw its troops from the island."
    )
    assert [(p.proposers, p.addressees, p.label) for p in ex.proposals] == [
        (
            ("person-andreas-ioannou", "state-cyprus"),
            ("state-turkey",),
            "withdraw its troops from the island",
        )
    ]


def test_requesting_someone_to_report_asks_a_report_of_them() -> None:
    ex = _extract(
        "The Security Council extended the mandate. It requested the Secretary-General to "
        "report by 5 July on progress towards a settlement."
    )
    assert [(p.kind, p.proposers) for p in ex.proposals] == [
        ("demand", ("org-un-security-council",))
    ]
    assert "report" in ex.proposals[0].label


def test_wanting_to_stress_asks_nothing() -> None:
    ex = _extract("Chile wants to stress that the border is open.")
    assert ex.proposals == ()


def test_the_speaker_after_a_delegates_words_is_that_delegates_side() -> None:
    ex = _extract(
        "The representative of Chile said the force remained vital. The speaker urged Peru to "
        "release the fishermen."
    )
    assert [(p.proposers, p.addressees, p.label) for p in ex.proposals] == [
        (("state-chile",), ("state-peru",), "release the fishermen")
    ]


def test_a_live_blogs_time_stamp_is_no_part_of_a_label() -> None:
    ex = _extract(
        "11:20 GMT - The United Arab Emirates will back an extension only if its baseline is "
        "raised, two delegates told us."
    )
    assert [p.label for p in ex.proposals] == ["back an extension"]


def test_open_to_the_request_supports_the_request_made_before() -> None:
    ex = _extract(
        "The UAE asked for a higher baseline. Saudi Arabia is said to be open to the request."
    )
    demand = next(p for p in ex.proposals if p.kind == "demand")
    assert [p.label for p in ex.proposals] == ["a higher baseline"]
    assert [(s.holder, s.stance, s.proposal) for s in ex.stances] == [
        ("state-saudi-arabia", "supports", demand.key)
    ]


def test_would_support_doing_a_only_if_b_is_an_offer_on_b() -> None:
    ex = _extract(
        "France has proposed a term sheet. A French official said Paris would support opening "
        "the framework to poorer countries only if China made the same commitment."
    )
    offer = next(p for p in ex.proposals if "opening the framework" in p.label)
    assert offer.proposers == ("state-france",)
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (offer.key, "only if China made the same commitment")
    ]


def test_a_subject_taken_for_the_root_before_a_participle_aside_acts() -> None:
    ex = _extract(
        "Zambia's Finance Minister Ana Mwila, speaking for a group of 15 borrowers, called for "
        "an automatic pause on debt service."
    )
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("person-ana-mwila", "state-zambia"), "an automatic pause on debt service")
    ]


def test_from_the_day_x_tells_when_not_on_what_condition() -> None:
    ex = _extract(
        "Zambia called for an automatic pause on debt service from the day a country applies."
    )
    assert len(ex.proposals) == 1
    assert ex.conditions == ()


_KOREAN_BRIEFING = (
    "Regular Press Briefing by Ministry of Foreign Affairs Spokesperson Choi Min-jun\n"
    "Seoul, November 26, 2024\n\n"
    "SPOKESPERSON CHOI: Good afternoon. I will start with an announcement. We call on Japan "
    "to honour its commitments.\n\n"
    "QUESTION (Kim Ji-ho, Yonhap): Will South Korea take part in next year's ceremony?\n\n"
    "SPOKESPERSON CHOI: That depends on Japan. The government is prepared to attend future "
    "ceremonies, provided that the format is agreed with us in advance.\n\n"
    "QUESTION (Kim Ji-ho, Yonhap): The Russian ambassador said arms supplies would destroy "
    "relations.\n\n"
    "SPOKESPERSON CHOI: We reject that kind of threat.\n"
)


def test_a_spokespersons_label_by_family_name_is_the_person_the_heading_names() -> None:
    ex = _extract(_KOREAN_BRIEFING)
    people = {e.label for e in ex.entities if e.cls == "Person"}
    assert "Choi Min-jun" in people
    assert not any(name.startswith("Spokesperson") for name in people)
    demand = next(p for p in ex.proposals if p.kind == "demand")
    assert "person-choi-min-jun" in demand.proposers


def test_the_government_in_a_spokespersons_words_is_the_speakers_state() -> None:
    ex = _extract(_KOREAN_BRIEFING)
    offer = next(p for p in ex.proposals if "attend future ceremonies" in p.label)
    assert "state-south-korea" in offer.proposers
    assert "state-japan" not in offer.proposers


def test_that_depends_on_x_after_a_question_conditions_nothing_said_before_it() -> None:
    ex = _extract(_KOREAN_BRIEFING)
    assert not any("depends" in c.label for c in ex.conditions)


def test_i_will_start_with_an_announcement_is_no_offer() -> None:
    ex = _extract(_KOREAN_BRIEFING)
    assert not any("announcement" in p.label for p in ex.proposals)


def test_that_kind_of_threat_is_what_was_said_not_a_proposal() -> None:
    ex = _extract(_KOREAN_BRIEFING)
    rejected = [s for s in ex.stances if s.stance == "rejects"]
    assert rejected
    assert {(s.proposal, s.label) for s in rejected} == {(None, "that kind of threat")}


def test_a_verb_after_a_while_clause_is_the_main_clauses() -> None:
    ex = _extract(
        "Opposition lawmakers from the Popular Front are against any deal with Chile while the "
        "strike goes on, and have called on the government to speed up the port project."
    )
    assert [(p.kind, p.label) for p in ex.proposals] == [("demand", "speed up the port project")]
    assert ex.proposals[0].proposers == ("org-popular-front",)


def test_a_name_with_a_place_in_it_described_as_a_group_is_that_group() -> None:
    ex = _extract(
        "Peru and Chile met in Lima. GreenWater Andes, the environmental group that first "
        "promoted the swap, urged Chile to set up a joint monitoring body."
    )
    names = _labels(ex)
    assert names.get("org-greenwater-andes") == "GreenWater Andes"
    assert [(p.proposers, p.label) for p in ex.proposals] == [
        (("org-greenwater-andes",), "set up a joint monitoring body")
    ]


def test_its_director_of_a_nationality_is_the_bodys() -> None:
    ex = _extract(
        "GreenWater Andes, the environmental group, urged Chile to act. Its Peruvian director, "
        "Ana Rios, warned that the deal would fail."
    )
    assert [(a.person, a.org) for a in ex.affiliations] == [
        ("person-ana-rios", "org-greenwater-andes")
    ]


def test_a_developer_before_an_unknown_name_makes_it_a_company() -> None:
    ex = _extract("The plant would be built by the Emirati developer Solterra.")
    assert ("Solterra", "Organisation") in {(e.label, e.cls) for e in ex.entities}


def test_the_emirates_is_the_united_arab_emirates() -> None:
    ex = _extract("Officials said the Emirates would host the next round.")
    assert [p.proposers for p in ex.proposals] == [("state-united-arab-emirates",)]


def test_the_official_quoted_after_an_official_described_just_before_is_that_side() -> None:
    ex = _extract(
        'Israel demanded a clause. A senior Jordanian official rejected it. "An exit door for '
        'one side makes the whole house unsafe," the official said.'
    )
    assert [(s.label, s.speakers) for s in ex.statements] == [
        ("An exit door for one side makes the whole house unsafe,", ("state-jordan",))
    ]


def test_the_official_after_a_states_official_gazette_is_nobody() -> None:
    ex = _extract(
        "The decrees appeared in Hungary's official gazette on Monday. "
        '"We will look at them closely," the official said.'
    )
    assert ex.statements == ()


def test_depends_on_a_named_body_doing_a_requires_that_body() -> None:
    ex = _extract(
        "Syria said it was ready to authorize the crossings for six months. That offer, he "
        "added, depends on the United Nations coordinating every convoy with the ministries."
    )
    assert [(c.requires, c.label) for c in ex.conditions] == [
        (
            ("org-united-nations",),
            "depends on the United Nations coordinating every convoy with the ministries",
        )
    ]


def test_a_condition_after_welcoming_an_offer_is_the_offers_term() -> None:
    ex = _extract(
        "Peru welcomed the offer by South Africa to provide a field hospital, provided that the "
        "rules of engagement are approved by the Organ Troika."
    )
    offer = next(p for p in ex.proposals if "field hospital" in p.label)
    assert offer.proposers == ("state-south-africa",)
    assert [(c.proposal, c.label) for c in ex.conditions] == [
        (offer.key, "provided that the rules of engagement are approved by the Organ Troika")
    ]


def test_there_can_be_no_talks_rejects_them() -> None:
    ex = _extract("Peru said there can be no talks with the rebels.")
    assert [(s.holder, s.stance, s.label) for s in ex.stances] == [
        ("state-peru", "rejects", "talks with the rebels")
    ]


def test_there_could_be_no_talks_is_no_stance() -> None:
    ex = _extract("Peru said there could be no talks with the rebels this year.")
    assert ex.stances == ()


def test_an_infinitive_after_any_step_says_what_step() -> None:
    ex = _extract("Chile rejects any step to form a parallel government in the north.")
    assert [s.label for s in ex.stances] == ["any step to form a parallel government in the north"]


def test_a_name_hung_on_a_comma_before_a_subjectless_verb_says_it() -> None:
    ex = _extract(
        "In Nicosia, Ana Rios, Special Representative of the Secretary-General and Head of the "
        "Force, said the Force had recorded fewer violations of the ceasefire lines last year."
    )
    assert [(s.speakers, s.label) for s in ex.statements] == [
        (
            ("person-ana-rios",),
            "the Force had recorded fewer violations of the ceasefire lines last year",
        )
    ]


def test_a_warning_that_a_deal_would_fail_unless_a_is_no_term_of_a_proposal() -> None:
    ex = _extract(
        "GreenWater Andes urged the parties to set up a monitoring body. The deal would fail "
        "unless people on both sides can see the water flowing."
    )
    assert ex.conditions == ()


def test_a_live_blogs_time_stamp_without_a_dash_is_no_part_of_a_label() -> None:
    ex = _extract("16:30 Peru said it would reopen the border crossing next week.")
    assert [p.label for p in ex.proposals] == ["reopen the border crossing next week"]


def test_a_spokespersons_first_turn_is_no_list_of_spokespeople() -> None:
    ex = _extract(
        "Ministry of Foreign Affairs of Indonesia\nWeekly Press Briefing\n"
        "Jakarta, 12 February 2026\n\n"
        "SPOKESPERSON: Good afternoon. Foreign Minister Sugiono received his Papua New Guinea "
        "counterpart, Justin Tkatchenko, in Jakarta on Tuesday.\n"
    )
    ministry = "org-ministry-of-foreign-affairs-of-indonesia"
    assert ("person-justin-tkatchenko", ministry) not in {
        (a.person, a.org) for a in ex.affiliations
    }
