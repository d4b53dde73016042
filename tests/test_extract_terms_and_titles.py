"""Offers on terms, demands made in nouns, and unnamed officials of a body, in phrasings of our
own: each form was seen in real reporting and is written here in other words."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


# -- conditions the parser breaks up ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norway offered debt relief, conditional on Ghana publishing its oil contracts.",
        "Norway offered to ease the debt, contingent on Ghana publishing its oil contracts.",
        "Norway offered to ease the debt contingent on Ghana publishing its oil contracts.",
    ],
)
def test_a_condition_adjective_after_the_offer_keeps_its_gerund_clause(text: str) -> None:
    x = _extract(text)
    (p,) = x.proposals
    assert p.proposers == ("state-norway",) and "debt" in p.label
    assert "publishing" not in p.label
    (c,) = x.conditions
    assert c.label.endswith("on Ghana publishing its oil contracts")
    assert c.requires == ("state-ghana",)


def test_a_condition_adjective_takes_back_the_noun_the_parser_gave_it() -> None:
    x = _extract("Austria offered the credit line contingent on audits by Serbia.")
    (p,) = x.proposals
    assert p.label == "the credit line"
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("contingent on audits by Serbia", ("state-serbia",))
    ]


def test_an_offer_is_conditional_on_other_nouns_doing_something() -> None:
    x = _extract(
        "Canada's offer of lower dairy quotas was conditional on other members improving"
        " their own offers."
    )
    (c,) = x.conditions
    assert "improving their own offers" in c.label


def test_a_gerund_the_tagger_took_for_a_modifier_has_the_name_as_subject() -> None:
    x = _extract(
        "Sweden offered to lift the visa rule. The offer is contingent on Iraq signing the accord."
    )
    (c,) = x.conditions
    assert (c.label, c.requires) == ("contingent on Iraq signing the accord", ("state-iraq",))


def test_provided_after_ready_for_a_noun_is_the_condition() -> None:
    x = _extract("Kenya is ready for a truce provided the militia ends its raids on the border.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-kenya",), "a truce")
    assert [c.label for c in x.conditions] == ["provided the militia ends its raids on the border"]


# -- demands said with a noun ----------------------------------------------------------------


def test_a_demand_made_by_an_actor_that_another_act_is_that_act() -> None:
    x = _extract("Vietnam rejected a demand made by China that Vietnam should halt its drilling.")
    (p,) = x.proposals
    assert (p.kind, p.proposers) == ("demand", ("state-china",))
    assert "halt its drilling" in p.label
    assert [(s.holder, s.stance) for s in x.stances] == [("state-vietnam", "rejects")]


def test_a_proposal_submitted_by_an_actor_for_something_is_that_actor_s() -> None:
    x = _extract("Chile is studying a proposal submitted by Peru for a joint fisheries patrol.")
    (p,) = x.proposals
    assert p.proposers == ("state-peru",)
    assert "joint fisheries patrol" in p.label


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Georgia's main demand was the release of the detained border guards.", "release"),
        ("Georgia said its key demand is the return of the seized trawlers.", "return"),
        ("One of Georgia's demands was a freeze of the new checkpoints.", "freeze"),
    ],
)
def test_a_demand_said_to_be_an_act_named_by_a_verb_used_as_a_noun(text: str, content: str) -> None:
    x = _extract(text)
    (p,) = x.proposals
    assert (p.kind, p.proposers) == ("demand", ("state-georgia",))
    assert p.label.startswith(("the " + content, "a " + content))


def test_what_an_actor_looks_for_another_to_do_is_a_demand() -> None:
    x = _extract("Brazil is looking for Argentina to drop its export levies on soy.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == (
        "demand",
        ("state-brazil",),
        ("state-argentina",),
    )
    assert p.label == "drop its export levies on soy"
    assert not _extract("Brazil is looking for a compromise on soy.").proposals
    assert not _extract("Brazil is looking for a partner to build the plant.").proposals


# -- an office with no name acts for its body -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The EU trade commissioner proposed talks on steel quotas.", "org-european-union"),
        ("The NATO secretary general proposed talks on air patrols.", "org-nato"),
        ("The IAEA director urged Iran to restore the cameras.", "org-iaea"),
        ("Two Hamas spokesmen rejected the truce plan.", "org-hamas"),
    ],
)
def test_an_unnamed_officer_of_a_body_acts_for_the_body(text: str, actor: str) -> None:
    x = _extract(text)
    assert {k for p in x.proposals for k in p.proposers} | {s.holder for s in x.stances} == {actor}


# -- insistence, reluctance and stances named by nouns ----------------------------------------


def test_an_actor_adamant_that_another_must_act_demands_it() -> None:
    x = _extract("Ghana remained adamant that Togo must reopen the border market first.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-ghana",), ("state-togo",))
    assert "reopen the border market" in p.label and not p.label.startswith("that")
    assert not _extract("Ghana is adamant that it will continue the blockade.").proposals


@pytest.mark.parametrize("adjective", ["reluctant", "unwilling", "hesitant"])
def test_what_an_actor_is_reluctant_to_offer_is_no_offer(adjective: str) -> None:
    x = _extract(f"Laos is {adjective} to commit to a joint patrol of the river.")
    assert x.proposals == ()
    (s,) = _extract(f"Laos is {adjective} to accept the river plan.").stances
    assert (s.holder, s.stance) == ("state-laos", "rejects")


def test_a_refusal_to_accept_something_is_no_support_of_it() -> None:
    x = _extract("Armenia reiterated its refusal to accept a partial settlement.")
    assert [(s.holder, s.stance) for s in x.stances] == [("state-armenia", "rejects")]


def test_an_actor_s_agreement_to_a_plan_supports_it() -> None:
    (s,) = _extract(
        "Hamas conveyed to the mediators its agreement to the revised truce plan."
    ).stances
    assert (s.holder, s.stance) == ("org-hamas", "supports")
    assert "revised truce plan" in s.label
    assert not _extract("Chile and Peru reached an agreement to end the dispute.").stances


def test_two_things_given_in_exchange_are_one_condition() -> None:
    x = _extract(
        "Egypt is proposing a deal that would see Hamas free the hostages in exchange for a"
        " long truce and a full withdrawal of Israeli troops."
    )
    (p,) = x.proposals
    assert "withdrawal" not in p.label
    (c,) = x.conditions
    assert c.label == "in exchange for a long truce and a full withdrawal of Israeli troops"


# -- lists of things asked --------------------------------------------------------------------


def test_a_list_of_infinitives_after_calls_on_is_one_demand_each() -> None:
    x = _extract(
        "The Thai side calls on Phnom Penh to keep calm, withdraw the new outpost and refrain"
        " from unilateral action."
    )
    assert [(p.label, p.addressees) for p in x.proposals] == [
        ("keep calm", ("state-cambodia",)),
        ("withdraw the new outpost", ("state-cambodia",)),
        ("refrain from unilateral action", ("state-cambodia",)),
    ]


def test_a_list_of_three_after_a_present_tense_urging_is_one_demand_each() -> None:
    x = _extract("Ghana advises Togo to drop the levy, reopen the market and free the traders.")
    assert [p.label for p in x.proposals] == [
        "drop the levy",
        "reopen the market",
        "free the traders",
    ]


def test_a_second_act_of_urging_is_no_item_of_the_first() -> None:
    x = _extract(
        '"We urge Niger not to close the border and call on all parties to show restraint,"'
        " Malian Foreign Minister Abdoulaye Diop said."
    )
    (p,) = x.proposals
    assert p.label == "not to close the border"
    assert p.addressees == ("state-niger",)
    x = _extract("Peru urged Chile to withdraw its boats and called on Bolivia to reopen the port.")
    assert [(p.label, p.addressees) for p in x.proposals] == [
        ("withdraw its boats", ("state-chile",)),
        ("reopen the port", ("state-bolivia",)),
    ]


# -- reported offers and their terms ----------------------------------------------------------


def test_a_state_said_to_be_prepared_offers_what_it_is_prepared_to_do() -> None:
    x = _extract("Albin Kurti said Kosovo was prepared to sign the accord within days.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-kosovo",), "sign the accord within days")


def test_a_thing_urged_is_the_demand_not_an_addressee() -> None:
    (p,) = _extract("Kenya urged dialogue to end the fighting in the east.").proposals
    assert (p.kind, p.label, p.addressees) == ("demand", "dialogue", ())
    (p,) = _extract("Kenya urged the rebels to lay down their arms.").proposals
    assert p.label == "lay down their arms"


def test_one_condition_after_verbs_sharing_a_modal_conditions_each() -> None:
    x = _extract(
        "Armenia would open the border and begin peace talks if Azerbaijan pulled back its"
        " troops, Armenian Prime Minister Nikol Pashinyan said on Friday."
    )
    assert sorted(p.label for p in x.proposals) == ["begin peace talks", "open the border"]
    assert {c.proposal for c in x.conditions} == {p.key for p in x.proposals}
    assert {c.requires for c in x.conditions} == {("state-azerbaijan",)}
    x = _extract("Chile offered talks and would lift the ban if Peru agreed.")
    (c,) = x.conditions
    assert next(p.label for p in x.proposals if p.key == c.proposal) == "lift the ban"


# -- drafts and what they ask ----------------------------------------------------------------


def test_a_draft_that_demands_with_its_verb_taken_for_a_noun() -> None:
    (p,) = _extract(
        "The Maltese draft demands that Libya immediately free the trawler crews."
    ).proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-malta",), ("state-libya",))
    assert "free the trawler crews" in p.label and "draft" not in p.label


def test_what_a_relative_clause_says_a_submitted_draft_asks_is_the_demand() -> None:
    x = _extract(
        "Russia vetoed the draft resolution submitted by Malta, which called for an immediate"
        " truce in Tripoli."
    )
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.label) == (
        "demand",
        ("state-malta",),
        "an immediate truce in Tripoli",
    )
    assert [(s.holder, s.stance) for s in x.stances] == [("state-russia", "rejects")]


# -- people and whom they speak for -----------------------------------------------------------


def test_a_name_set_off_after_its_title_phrase_is_the_subject() -> None:
    x = _extract("The deputy head of Chile's navy, Ana Rios, dismissed the offer from Peru.")
    assert [(s.holder, s.stance) for s in x.stances][:1] == [("person-ana-rios", "rejects")]
    x = _extract("An adviser to Peruvian President Luis Prado, Marta Solis, rejected the plan.")
    assert [(s.holder, s.stance) for s in x.stances] == [("person-marta-solis", "rejects")]


def test_a_former_office_holder_speaks_for_no_one() -> None:
    x = _extract("Former Chilean foreign minister Ana Rios said Peru should reopen the port.")
    (p,) = x.proposals
    assert p.proposers == ("person-ana-rios",)
    x = _extract("Chilean Foreign Minister Ana Rios said Peru should reopen the port.")
    (p,) = x.proposals
    assert p.proposers == ("person-ana-rios", "state-chile")


def test_a_body_a_person_works_at_comes_before_the_state_their_post_covers() -> None:
    x = _extract(
        "Ana Rios, Chile project director at the International Crisis Group, said the talks"
        " had stalled."
    )
    assert [(a.person, a.org) for a in x.affiliations] == [
        ("person-ana-rios", "org-international-crisis-group")
    ]


# -- what is said, and what is asked by saying there will be none ----------------------------


def test_what_is_said_according_to_a_titled_name_ends_before_according() -> None:
    x = _extract(
        "Peru's position has not changed, according to Ana Rios, the country's foreign"
        " minister, who spoke in Lima."
    )
    assert [(s.label, s.speakers) for s in x.statements] == [
        ("Peru's position has not changed", ("person-ana-rios",))
    ]


def test_no_deal_without_something_demands_it_and_rejects_nothing() -> None:
    x = _extract("Chile said there could be no agreement without the return of the trawlers.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.label) == (
        "demand",
        ("state-chile",),
        "the return of the trawlers",
    )
    assert x.stances == ()
    (s,) = _extract("Chile said there will be no talks on the maritime border.").stances
    assert (s.holder, s.stance) == ("state-chile", "rejects")


def test_an_offer_with_no_addressee_is_made_to_whom_its_condition_asks_to_act() -> None:
    x = _extract(
        "Peru and Bolivia met in Lima on Monday. Peru said Bolivia must free the trawlers, and"
        " Peru's envoy left early. Bolivia would consider lifting its wine tariffs only if Chile"
        " reopens the port of Arica."
    )
    (p,) = [p for p in x.proposals if "tariffs" in p.label]
    assert p.addressees == ("state-chile",)


# -- stances ----------------------------------------------------------------------------------


def test_a_stance_drawn_from_an_actor_is_that_actor_s() -> None:
    (s,) = _extract("The Chilean offer drew a swift rejection from Peru.").stances
    assert (s.holder, s.stance) == ("state-peru", "rejects")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Malaysia shot down the Indonesian plan for a joint patrol.", "state-malaysia"),
        ("Nepal scoffed at the Indian offer of a new trade corridor.", "state-nepal"),
        ("Hungary shrugged off the Slovak demand for a new gas route.", "state-hungary"),
        ("Turkey blocked Sweden's membership bid.", "state-turkey"),
        ("Peru blocked most of the requests from Chile.", "state-peru"),
    ],
)
def test_verbs_of_turning_down(text: str, holder: str) -> None:
    stances = _extract(text).stances
    assert [(s.holder, s.stance) for s in stances] == [(holder, "rejects")]


@pytest.mark.parametrize(
    "text",
    ["Hungary shot down two drones.", "Hungary blocked two roads.", "Chad resisted the attack."],
)
def test_a_physical_act_on_a_thing_is_no_stance(text: str) -> None:
    assert _extract(text).stances == ()


# -- the terms of a plan put forward ----------------------------------------------------------


def test_what_a_plan_under_which_others_would_act_says_is_its_owner_s() -> None:
    x = _extract(
        "Officials studied a French proposal under which Serbia would free the detained police"
        " officers and reopen the crossing in exchange for a pledge by Kosovo to delay the"
        " licence plate rule."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-france",), "free the detained police officers"),
        (("state-france",), "reopen the crossing"),
    ]
    assert {c.proposal for c in x.conditions} == {p.key for p in x.proposals}


def test_under_its_terms_each_clause_is_the_plan_owner_s() -> None:
    x = _extract(
        "France handed Serbia a new plan on Monday. Under its terms, Kosovo would suspend the"
        " licence plate rule, and Serbia would free the detained officers only after the rule"
        " is formally suspended."
    )
    labels = {p.label: p.proposers for p in x.proposals if p.label != "a new plan"}
    assert labels == {
        "Kosovo suspend the licence plate rule": ("state-france",),
        "Serbia free the detained officers": ("state-france",),
    }


def test_a_demand_named_by_a_verb_after_the_and_a_name_is_a_noun() -> None:
    x = _extract('Its leader called the EU offer "a trap for the region" in a speech.')
    assert x.proposals == ()


# -- transcripts and whom a spokesperson speaks for -------------------------------------------

_BRIEFING = (
    "Record of the Daily Briefing by the Spokesperson, Marta Solis\n\n"
    "Ministry of Foreign Affairs of Peru, Lima, 3 March 2026\n\n"
    "Official Spokesperson, Marta Solis: Good afternoon. Let us begin.\n\n"
    "Q (Ana Rios, Reuters): Chile's foreign minister, Tomas Berg, has written again asking"
    " Peru to reconsider. How will Peru respond?\n\n"
    "A: The letter came on Monday, and we reject the proposal for new talks.\n\n"
    "Q (Luis Prado, Reuters): Will Peru sign the treaty this year?\n\n"
    "A: Peru remains open to arbitration. Thank you.\n"
)


def test_a_reporter_s_question_turn_is_no_one_s_and_its_label_no_words() -> None:
    x = _extract(_BRIEFING)
    (ask,) = [p for p in x.proposals if "reconsider" in p.label]
    assert ask.proposers[0] == "person-tomas-berg"
    assert not any(s.speakers == ("person-luis-prado",) for s in x.statements)
    assert not any("Q (" in s.label for s in x.statements)


def test_the_body_under_a_transcript_heading_is_the_holder_s_and_speaks_for_its_state() -> None:
    x = _extract(_BRIEFING)
    assert ("person-marta-solis", "org-ministry-of-foreign-affairs-of-peru") in {
        (a.person, a.org) for a in x.affiliations
    }
    holders = {(s.holder, s.stance) for s in x.stances if "talks" in s.label}
    assert holders == {("person-marta-solis", "rejects"), ("state-peru", "rejects")}


def test_a_stance_a_minister_takes_is_also_the_state_s() -> None:
    x = _extract("Chilean Foreign Minister Ana Rios rejected the Peruvian plan.")
    assert [s.holder for s in x.stances] == ["person-ana-rios", "state-chile"]
    x = _extract("Ana Rios, a researcher at the Lima Institute, rejected the Peruvian plan.")
    assert [s.holder for s in x.stances] == ["person-ana-rios"]


# -- reports of what sides agreed, and terms set for any revival -------------------------------


def test_a_plural_subject_with_each_after_an_attribution_acts() -> None:
    x = _extract(
        "According to Lima, Chile and Bolivia each agreed to reopen the border crossings, and"
        " Peru will help restore Bolivia's access to the port of Ilo."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile", "state-bolivia"), "reopen the border crossings"),
        (("state-peru",), "help restore Bolivia's access to the port of Ilo"),
    ]


def test_terms_a_speaker_sets_for_any_revival_of_a_deal_are_a_demand() -> None:
    x = _extract(
        "Peruvian Foreign Minister Ana Rios said any revival of the fishing accord would have"
        " to take Peru's quotas into account."
    )
    (p,) = x.proposals
    assert (p.kind, p.proposers) == ("demand", ("person-ana-rios", "state-peru"))
    assert "quotas" in p.label


def test_evaluating_the_conditions_is_no_offer() -> None:
    x = _extract(
        "Chile's foreign minister Ana Rios says Santiago will evaluate the Peruvian conditions."
    )
    assert x.proposals == ()
    assert [s.speakers for s in x.statements] == [("person-ana-rios",)]


def test_a_preposition_repeated_after_and_gives_two_things_asked() -> None:
    x = _extract("Peru wants a ban on drift nets and on night trawling.")
    assert [p.label for p in x.proposals] == ["a ban on drift nets", "a ban on night trawling"]
    x = _extract("Chile proposed talks on fishing and on trade.")
    assert [p.label for p in x.proposals] == ["talks on fishing and on trade"]


# -- names for bodies and people the labels speak of ------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ana Rios, a senior figure in the Verde party, rejected the plan.", "org-verde-party"),
        (
            "Ana Rios, spokeswoman for the Nigerian-led coalition, rejected the plan.",
            "org-nigerian-led-coalition",
        ),
    ],
)
def test_a_body_named_before_a_lower_case_head(text: str, org: str) -> None:
    x = _extract(text)
    assert [(a.person, a.org) for a in x.affiliations] == [("person-ana-rios", org)]


def test_the_russian_party_and_the_houthi_movement_are_no_new_bodies() -> None:
    x = _extract("The Houthi movement said the Russian party had left the talks.")
    assert {e.key for e in x.entities} <= {"org-houthis", "state-russia"}


def test_his_in_a_label_is_the_one_person_named_just_before() -> None:
    x = _extract(
        "The talks stalled over the fate of Luis Prado, a detained fisherman."
        " Chile demanded his release; Peru rejected the demand."
    )
    assert [p.label for p in x.proposals] == ["Luis Prado's release"]
    x = _extract(
        "Ana Rios met Luis Prado on Monday. Chile demanded his release; Peru rejected the demand."
    )
    assert [p.label for p in x.proposals] == ["his release"]  # two people: as written


def test_a_clause_set_against_the_first_under_a_deal_is_its_own_party_s() -> None:
    x = _extract(
        "Chile and Peru signed a fisheries deal on Monday. Under the deal, Chile would open its"
        " ports to Peruvian trawlers, while Peru would cut its anchovy catch by a third,"
        " Chilean Foreign Minister Ana Rios told reporters."
    )
    got = {p.label: p.proposers for p in x.proposals if "deal" not in p.label}
    assert got == {
        "Chile open its ports to Peruvian trawlers": ("state-chile",),
        "Peru cut its anchovy catch by a third": ("state-peru",),
    }


def test_declared_itself_ready_is_the_subject_s_readiness() -> None:
    (p,) = _extract("Mali declared itself ready to discuss transit fees with Niger.").proposals
    assert (p.proposers, p.label) == (("state-mali",), "discuss transit fees with Niger")


def test_a_capitalised_head_of_a_body_s_name_refers_back_to_it() -> None:
    x = _extract(
        "The Verde Front said it opposed the motion. The Front was still willing to meet"
        " Chile directly provided that a vote on autonomy stays possible."
    )
    (p,) = x.proposals
    assert p.proposers == ("org-verde-front",)
    assert [c.label for c in x.conditions] == ["provided that a vote on autonomy stays possible"]


def test_a_condition_after_reported_verbs_sharing_a_modal_conditions_each() -> None:
    x = _extract(
        "Mali said Nigerien traders could enter its markets without a permit and stay for 90"
        " days, as long as Niger lifts its ban on Malian lorries."
    )
    assert len(x.proposals) == 2
    assert {c.proposal for c in x.conditions} == {p.key for p in x.proposals}


def test_adverbs_set_off_inside_a_condition_keep_its_verb_and_object_together() -> None:
    x = _extract(
        "Chile would be prepared to review the fishing ban only after Peru ends, fully and"
        " verifiably, its raids on Chilean trawlers, the minister said."
    )
    assert [c.label for c in x.conditions] == ["only after Peru ends its raids on Chilean trawlers"]


def test_what_a_speaker_reports_another_said_in_a_turn_is_the_other_s_statement() -> None:
    text = (
        "Briefing by Foreign Ministry Spokesperson Ana Rios\n\n"
        "Foreign Ministry Spokesperson Ana Rios: Good afternoon.\n\n"
        "Q: Will the Bank mediate?\n\n"
        "A: Peru has not replied. The Bank's president, Luis Prado, has said the Bank will only"
        " host the talks.\n"
    )
    x = _extract(text)
    assert ("person-luis-prado",) in [s.speakers for s in x.statements]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian Foreign Minister Ana Rios said Bolivia would attend, provided the border was"
        " kept off the agenda.",
        "Bolivia will attend provided the border stays off the agenda.",
    ],
)
def test_provided_after_an_offer_the_parser_misread(text: str) -> None:
    x = _extract(text)
    (p,) = [p for p in x.proposals if p.proposers[-1] == "state-bolivia"]
    assert p.label == "attend"
    assert [c.label.split()[0] for c in x.conditions] == ["provided"]
    assert "agenda" in x.conditions[0].label


def test_a_relative_without_that_at_the_end_of_a_demanded_clause() -> None:
    x = _extract("Peru demanded that Chile halt all drilling in waters Peru claims.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-peru",), ("state-chile",))
    assert "halt all drilling" in p.label


def test_the_day_something_happens_is_a_condition_of_a_commitment_only() -> None:
    x = _extract("Laos will reopen the bridge the day Thailand withdraws its border guards.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("the day Thailand withdraws its border guards", ("state-thailand",))
    ]
    past = _extract("Laos reopened the bridge the day Thailand withdrew its guards.")
    assert past.proposals == ()


def test_told_y_that_it_must_is_a_demand_on_y() -> None:
    x = _extract("Chile has told Peru that it must dismantle the new border fence, officials said.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-chile",), ("state-peru",))


def test_weighing_a_proposal_on_a_condition_is_an_offer_on_it() -> None:
    x = _extract("Peru said it would consider the idea only if the fence came down.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-peru",), "consider the idea")
    assert [c.label for c in x.conditions] == ["only if the fence came down"]
    assert _extract("Peru said it would study the proposal.").proposals == ()


def test_a_subject_that_says_more_than_whom_stays_in_a_demand_s_label() -> None:
    x = _extract("Chile said the UN's observer mission in the valley must leave the border.")
    (p,) = x.proposals
    assert p.label == "the UN's observer mission in the valley leave the border"
    (p,) = _extract("Chile said the Peruvian side must withdraw its boats.").proposals
    assert p.label == "withdraw its boats"


def test_agreeing_that_something_should_be_done_offers_it() -> None:
    x = _extract("Chad and Niger agreed that the joint border commission should meet monthly.")
    (p,) = x.proposals
    assert p.proposers == ("state-chad", "state-niger")
    assert "border commission" in p.label
    assert _extract("Chad lifted the ban once Niger agreed a new timetable.").proposals == ()


def test_the_author_s_closing_line_says_where_they_work() -> None:
    x = _extract("Ana Rios is a visiting research fellow at the Lima Institute for Andean Affairs.")
    assert [(a.person, a.org, a.role) for a in x.affiliations] == [
        ("person-ana-rios", "org-lima-institute-for-andean-affairs", "visiting research fellow")
    ]


def test_a_portfolio_a_minister_holds_is_no_employer() -> None:
    x = _extract("Ana Rios, the minister for Gulf affairs, ruled out any new customs checks.")
    assert x.affiliations == ()


def test_made_clear_that_a_deal_is_available_only_if_offers_it_on_that_term() -> None:
    x = _extract(
        "Norway made clear that the gas deal is available only if Denmark adopts the rules."
    )
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-norway",), "the gas deal")
    assert [c.requires for c in x.conditions] == [("state-denmark",)]


def test_a_reporter_named_in_a_question_label_writes_for_the_outlet_beside() -> None:
    x = _extract(_BRIEFING)
    assert ("person-ana-rios", "org-reuters") in {(a.person, a.org) for a in x.affiliations}


def test_shri_before_a_name_is_an_honorific() -> None:
    x = _extract("Shri Arun Mehta, India's foreign secretary, rejected the proposal for talks.")
    assert "person-arun-mehta" in {e.key for e in x.entities}


def test_an_owner_s_plan_is_the_first_term_of_its_latest_package() -> None:
    x = _extract(
        "Peru proposed a fishing truce in March.\n\n"
        "Chile has now offered a $40 million grant for the fishermen. Under Chile's proposal,"
        " the catch would be sold in Lima and shipped via Callao.\n\n"
        "Bolivia welcomed Chile's plan."
    )
    (s,) = [s for s in x.stances if s.holder == "state-bolivia"]
    assert "grant" in s.label


def test_an_offer_that_would_stand_as_long_as_a_term_holds_is_the_earlier_offer() -> None:
    x = _extract(
        "Chile offered Peru talks on the border. A Chilean spokesperson later added that the"
        " offer would stand as long as Lima kept its trawlers out of the bay."
    )
    (p,) = x.proposals
    assert p.label == "talks on the border"
    assert [(c.proposal, c.requires) for c in x.conditions] == [(p.key, ("state-peru",))]
