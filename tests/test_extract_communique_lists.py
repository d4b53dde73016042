"""Forms of English met in communiques, briefings and reports, in phrasings of our own: a
communique's paragraphs in the past tense under "the Ministers:", an offer taken note of with
its term, two rejections in one sentence, names and bodies a heading, a list or a relative
clause gives, demands a speaker reports, conditions whose second verb shares the subject,
and the parse repairs these need."""

from __future__ import annotations

from extraction_helpers import extract, held_on, labels, proposed

_PAST_LIST = (
    "Final Communique of the Council of Ministers of the Arctic Forum\n\n"
    "The Council of Ministers of the Arctic Forum met in Tromso on 3 May.\n\n"
    "After two days of talks on the northern sea routes, the Ministers:\n\n"
    "1. Called on Norway to open its ports to research vessels.\n\n"
    "2. Firmly condemned piracy and rejected armed escorts against piracy on research "
    "vessels.\n\n"
    "3. Took note of the offer by the Kingdom of Norway to host a data centre for the "
    "northern routes, subject to the approval of its parliament.\n"
)


def test_past_tense_paragraphs_under_the_ministers_are_the_councils() -> None:
    ex = extract(_PAST_LIST)
    council = "Council of Ministers of the Arctic Forum"
    assert (council, "open its ports to research vessels") in proposed(ex)
    rejected = [t for h, s, t in held_on(ex) if h == council and s == "rejects"]
    assert "piracy" in rejected


def test_two_rejections_in_one_sentence_are_two_though_one_names_the_others_object() -> None:
    ex = extract(_PAST_LIST)
    rejected = sorted(t for _, s, t in held_on(ex) if s == "rejects")
    assert len(rejected) == 2
    assert rejected[0].startswith("armed escorts against piracy")


def test_a_noted_offer_keeps_its_owner_and_its_term() -> None:
    ex = extract(_PAST_LIST)
    offer = next(p for p in ex.proposals if "data centre for the northern routes" in p.label)
    assert [labels(ex)[k] for k in offer.proposers] == ["Norway"]
    terms = [c.label for c in ex.conditions if c.proposal == offer.key]
    assert terms == ["subject to the approval of its parliament"]


def test_a_surname_that_is_a_common_word_is_read_after_a_title_set_off_by_commas() -> None:
    ex = extract(
        "Briefing the council, the head of the office, Special Envoy Mark Well, described the "
        "border as quiet. He urged Ghana and Togo to reopen the crossing."
    )
    assert ("Mark Well", "reopen the crossing") in proposed(ex)


def test_once_before_a_word_of_time_counts_times_and_sets_no_condition() -> None:
    ex = extract("Peru asked the council to cut its reports on the mine to once a year.")
    assert [p.label for p in ex.proposals] == ["cut its reports on the mine to once a year"]
    assert ex.conditions == ()
    ex = extract("Peru will reopen the mine once a new survey is done.")
    assert [c.label for c in ex.conditions] == ["once a new survey is done"]


def test_a_request_that_a_thing_be_done_by_someone_is_a_demand() -> None:
    ex = extract("Chile repeated its request that the guards at the dam be replaced by police.")
    assert ("Chile", "request that the guards at the dam be replaced by police") in proposed(ex)
    assert ex.statements == ()


def test_declining_to_renew_an_agreement_is_no_stance_on_ones_own_request() -> None:
    ex = extract(
        "Chile repeated its request that the guards be moved. Chile has also declined to "
        "renew the fishing survey agreement."
    )
    stance = next(s for s in ex.stances if s.stance == "rejects")
    assert stance.proposal is None
    assert stance.label == "renew the fishing survey agreement"


def test_a_group_named_right_after_a_list_acts_with_its_members() -> None:
    ex = extract(
        "Chile, Peru and Ecuador - the so-called Pacific Alliance - urged Bolivia to reopen the "
        "border within a month."
    )
    names = labels(ex)
    (demand,) = ex.proposals
    assert demand.label == "reopen the border within a month"
    assert {names[k] for k in demand.proposers} == {"Chile", "Peru", "Ecuador", "Pacific Alliance"}


def test_could_live_with_a_thing_accepts_it_and_an_analysts_can_live_with_guesses() -> None:
    ex = extract(
        "Peru could live with a shorter transition period, provided the tariffs fall every year."
    )
    assert ("Peru", "a shorter transition period") in proposed(ex)
    assert [c.label for c in ex.conditions] == ["provided the tariffs fall every year"]
    ex = extract(
        '"Peru can live with a shorter transition period," said Ana Rios, a trade analyst at '
        "the Lima Institute."
    )
    assert ex.proposals == ()


def test_the_subject_of_what_was_said_set_off_by_a_relative_clause_stays_its_subject() -> None:
    ex = extract(
        "Peruvian President Ana Rios said any flights over the valley, where the old mine "
        "stands, must be cleared by the Peruvian air force."
    )
    (demand,) = ex.proposals
    assert demand.label.startswith("any flights over the valley")
    assert demand.label.endswith("must be cleared by the Peruvian air force")


def test_a_name_after_an_opening_participles_list_is_the_subject() -> None:
    ex = extract(
        "Speaking for Chad, Niger and Mali, Chad's Amina Deby called for an end to night "
        "patrols along the river."
    )
    assert ("Amina Deby", "an end to night patrols along the river") in proposed(ex)


def test_a_role_someone_must_play_is_no_act_asked() -> None:
    ex = extract(
        'Ana Rios of Peru said the Andean Community must not be "a bystander in its own region".'
    )
    assert ex.proposals == ()
    assert [s.label for s in ex.statements] == [
        "the Andean Community must not be a bystander in its own region"
    ]


def test_we_the_heads_of_state_and_government_of_a_body_speak_for_the_body() -> None:
    ex = extract(
        "Declaration of the Lima Summit\n\n"
        "We, the Heads of State and Government of the Andean Community, gathered in Lima, "
        "declare:\n\n"
        "1. We call on the International Monetary Fund to review its surcharge policy.\n"
    )
    assert ("Andean Community", "review its surcharge policy") in proposed(ex)
    assert not any(e.label.startswith("Heads of State") for e in ex.entities)


def test_a_bodys_member_states_ask_as_the_body_and_an_aside_on_who_is_able_drops() -> None:
    ex = extract("ASEAN member states call for a binding code of conduct in the sea.")
    assert ("ASEAN", "a binding code of conduct in the sea") in proposed(ex)
    ex = extract("Peru calls on all States in a position to do so to fund the new clinic.")
    assert ("Peru", "fund the new clinic") in proposed(ex)


def test_a_ministry_of_water_resources_is_its_owners() -> None:
    ex = extract(
        "LIMA - Peru plans a dam on the river. Bolivia's Ministry of Water Resources demanded that "
        "Peru halt the works."
    )
    proposers = {labels(ex)[k] for p in ex.proposals for k in p.proposers}
    assert "Ministry of Water Resources of Bolivia" in proposers
    assert "Peru" not in {
        labels(ex)[k] for p in ex.proposals if "halt" in p.label for k in p.proposers
    }


def test_a_name_set_off_after_a_firms_noun_is_a_company_the_company_refers_back_to() -> None:
    ex = extract(
        "Chile offered the operator, Andes Copper Works, a ten-year licence on condition that "
        "the company cleans the tailings ponds."
    )
    firm = next(e for e in ex.entities if e.label == "Andes Copper Works")
    assert (firm.cls, firm.fine) == ("Organisation", "company")
    (condition,) = ex.conditions
    assert condition.requires == (firm.key,)


def test_a_clause_of_its_own_after_a_demand_keeps_its_stance_and_is_no_second_demand() -> None:
    ex = extract(
        "Transcript of the briefing by Spokesperson Ana Rios of the Peruvian Foreign Ministry\n\n"
        "ANA RIOS: Good afternoon. The European Commission should stay neutral, and we reject "
        "the plan to build the dam.\n"
    )
    assert [p.label for p in ex.proposals] == ["stay neutral"]
    assert [(s.stance, s.label) for s in ex.stances] == [("rejects", "the plan to build the dam")]


def test_a_body_named_after_its_state_and_who_after_its_heads_role() -> None:
    ex = extract(
        '"The rules are clear," said Ana Rios, head of the Export Board Peru, who described '
        "the Chilean quota as unfair."
    )
    assert any(e.label == "Export Board Peru" and e.cls == "Organisation" for e in ex.entities)
    holders = {(labels(ex)[s.holder], s.stance) for s in ex.stances}
    assert ("Ana Rios", "rejects") in holders


def test_an_infinitive_after_a_noun_set_off_by_commas_is_a_second_offer() -> None:
    ex = extract(
        "Peru is prepared to limit its catch to 40,000 tonnes, a figure agreed in 2019, and "
        "to allow Chilean observers aboard its trawlers."
    )
    assert sorted(p.label for p in ex.proposals) == [
        "allow Chilean observers aboard its trawlers",
        "limit its catch to 40,000 tonnes",
    ]


def test_a_spokespersons_must_on_unnamed_fighters_is_a_demand_of_no_one_named() -> None:
    ex = extract(
        "The militias must leave the river port by Friday, government spokesman Ana Rios said."
    )
    (demand,) = ex.proposals
    assert demand.label == "The militias leave the river port by Friday"
    assert demand.addressees == ()
    assert [labels(ex)[k] for k in demand.proposers] == ["Ana Rios"]


def test_a_one_word_name_with_which_represents_after_it_is_a_body() -> None:
    ex = extract(
        "Agrofed, which represents the region's grain farmers, backed the new quota on rice."
    )
    body = next(e for e in ex.entities if e.label == "Agrofed")
    assert body.cls == "Organisation"
    assert [(s.holder, s.stance) for s in ex.stances] == [(body.key, "supports")]


def test_a_capitals_label_of_a_person_the_lexicon_knows_names_that_person() -> None:
    ex = extract(
        "Transcript of the regular press conference\n\n"
        "LIN JIAN: Good afternoon.\n\n"
        "Q (Reuters): What is the response to the new export controls?\n\n"
        "LIN JIAN: We urge the Dutch side to lift the export controls at once.\n"
    )
    names = labels(ex)
    (demand,) = ex.proposals
    assert "Lin Jian" in {names[k] for k in demand.proposers}


def test_a_conditions_second_verb_keeps_the_subject_and_a_name_set_off_with_included_drops() -> (
    None
):
    ex = extract(
        "Peru said it would join the patrol as long as it stayed unarmed and did not enter "
        "Bolivian waters."
    )
    assert [c.label for c in ex.conditions] == [
        "as long as it stayed unarmed",
        "as long as it did not enter Bolivian waters",
    ]
    ex = extract(
        "Peru will sign the debt deal only if every lender, Chile included, discloses its loans."
    )
    assert [c.label for c in ex.conditions] == ["only if every lender discloses its loans"]


def test_a_plan_named_with_a_is_none_put_forward_before() -> None:
    ex = extract(
        "Chile proposed a new inspection regime for the mine. The Peruvian envoy backed it and "
        "said a new resolution would deepen the crisis."
    )
    assert [p.label for p in ex.proposals] == ["a new inspection regime for the mine"]
