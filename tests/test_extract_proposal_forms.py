"""Forms of English that put proposals and their conditions forward, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def test_extract_an_offer_verb_under_should_is_asked_of_its_subject() -> None:
    x = _extract("Peru said Chile should agree to talks over the fishing zone.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-peru",), ("state-chile",))
    assert "talks over the fishing zone" in p.label
    assert not _extract("Under the new plan, Chile must agree to talks on the zone.").proposals


def test_extract_a_content_cut_off_by_the_end_of_an_excerpt_is_no_proposal() -> None:
    x = _extract("Chile offered Peru new fishing talks. Peru wants to reopen the bridge at")
    assert [p.label for p in x.proposals] == ["new fishing talks", "reopen the bridge at"]
    x = _extract("Chile offered Peru new fishing talks. Peru wants to reopen a")
    assert [p.label for p in x.proposals] == ["new fishing talks"]
    assert [p.label for p in _extract("Peru offers talks").proposals] == ["talks"]  # a title


def test_extract_a_coordinated_verb_of_what_is_won_is_no_item_of_its_own() -> None:
    x = _extract("Chile made an offer to release the pilot and secure the freedom of two sailors.")
    assert [p.label for p in x.proposals] == [
        "offer to release the pilot and secure the freedom of two sailors"
    ]
    x = _extract("Chile pledged to free the pilot and reopen the consulate.")
    assert [p.label for p in x.proposals] == ["free the pilot", "reopen the consulate"]


def test_extract_a_condition_on_that_step_conditions_the_proposal_before() -> None:
    x = _extract(
        "Chile is ready to open its border with Peru to foreign lorries by June, its envoy said."
        " That step would go ahead only once Peru completes the new customs hall, he said."
    )
    (p,) = x.proposals
    assert "open its border" in p.label
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("once Peru completes the new customs hall", ("state-peru",))
    ]


def test_extract_what_an_analyst_says_a_deal_will_do_on_a_condition_is_no_offer() -> None:
    x = _extract(
        "Chile offered Peru a fishing pact. Ana Ruiz, an analyst at the Lima Institute for"
        " Policy Studies, says the pact will survive only as long as neither side publishes"
        " the quotas."
    )
    assert [p.label for p in x.proposals] == ["a fishing pact"]
    assert x.conditions == ()


def test_extract_what_an_analyst_says_a_side_wants_is_no_demand_of_that_side() -> None:
    said = ", said Ana Ruiz, a researcher at the Lima Institute for Policy Studies."
    x = _extract('"Chile wants the new pact to keep outsiders out"' + said)
    assert x.proposals == ()
    x = _extract('"Chile demanded that Peru withdraw its boats"' + said)
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "Peru withdraw its boats")
    ]


def test_extract_the_agreement_signed_is_its_parties_whoever_spoke_since() -> None:
    x = _extract(
        "Chile signed an agreement with Peru on Friday. Peru said it wanted calm."
        " The agreement includes provisions on the withdrawal of troops."
    )
    (terms,) = [p for p in x.proposals if "withdrawal of troops" in p.label]
    assert terms.proposers == ("state-chile", "state-peru")


def test_extract_a_passive_proposal_is_each_coordinated_by_agents() -> None:
    """ "proposed by A and by B": the by-phrases the parse coordinates each propose it (the
    mechanism stances share: "endorsed by A and by B")."""
    x = _extract("A ceasefire along the river was proposed by Chile and by Peru.")
    (p,) = x.proposals
    assert p.proposers == ("state-chile", "state-peru")
    assert "ceasefire along the river" in p.label


def test_extract_a_pronoun_that_must_be_something_is_no_demand() -> None:
    text = (
        '"Peru must agree to talks," Chilean Foreign Minister Ana Rojas said on Monday.\n\n'
        '"It must be something that the Peruvians think about very carefully now."'
    )
    x = _extract(text)
    assert [p.label for p in x.proposals] == ["agree to talks"]
    x = _extract('"This must be a priority for Peru," the Chilean minister Ana Rojas said.')
    assert not x.proposals


def test_extract_hoping_another_side_will_act_is_a_demand_on_it() -> None:
    x = _extract("Peru's trade minister said he hoped Chile would lift the copper quota soon.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.addressees) == ("demand", ("state-peru",), ("state-chile",))
    assert p.label == "lift the copper quota soon"
    # the hoper's own people, a thing that is no actor, an infinitive: nothing asked of another
    assert not _extract("Peru said it hoped Peruvian envoy Luis Soto would respond.").proposals
    assert not _extract("Peru hoped the meeting with Chile would take place soon.").proposals
    assert not _extract("Peru hopes to reach a deal with Chile.").proposals


def test_extract_an_agreement_a_side_hopes_will_do_something_sets_its_demand() -> None:
    x = _extract("Peru and Chile are in talks on a deal that Lima hopes would end the raids.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.label) == ("demand", ("state-peru",), "end the raids")


def test_extract_a_reported_will_whose_subject_is_a_meeting_is_no_commitment() -> None:
    # the meeting says what it will be; no side commits to anything
    assert not _extract(
        "Chile's president said their meeting will focus on fishing quotas."
    ).proposals
    # the parse makes "the talks" the object of "announced" and "would involve" its conjunct
    x = _extract("Peru announced the talks in Lima would involve only junior diplomats.")
    assert not x.proposals
    # a side's own commitment stays one
    (p,) = _extract("Chile said it will reopen the border crossing at Arica.").proposals
    assert (p.kind, p.proposers) == ("offer", ("state-chile",))


def test_extract_they_after_a_plural_noun_naming_no_actor_stands_for_it() -> None:
    # "they" is the lawmakers of the sentence before, not the envoy named further back
    text = (
        "Chile's envoy Ana Soto praised the plan. Lawmakers vote on it next week."
        " If they approve it, they will lift the fishing quota."
    )
    assert not _extract(text).proposals
    # the officials who say it, not the envoy
    text = (
        "Chile's envoy Ana Soto praised the plan. However, officials say they remain open"
        " to talks and have offered a joint survey of the coast."
    )
    assert not _extract(text).proposals
    # officials of a named side stay that side
    (p,) = _extract("Chilean officials said they would reopen the border crossing.").proposals
    assert p.proposers == ("state-chile",)


def test_extract_a_commitment_to_a_thing_is_no_offer() -> None:
    # holding to what exists is no act put forward
    assert not _extract("Observers doubted Ghana's commitment to the grain truce.").proposals
    text = "Togo and Benin reaffirm their commitment to the regional peace process."
    assert not _extract(text).proposals
    # a commitment to an act is an offer, in the infinitive or the gerund
    (p,) = _extract("Ghana reaffirmed its commitment to reopening the border crossing.").proposals
    assert (p.kind, p.proposers) == ("offer", ("state-ghana",))
    assert "reopening the border crossing" in p.label


def test_extract_a_deal_that_would_do_something_is_put_forward() -> None:
    x = _extract(
        "Chile presented Peru with a two-stage deal that would reopen the border crossings."
    )
    (p,) = x.proposals
    assert p.proposers == ("state-chile",)
    assert "two-stage deal that would reopen the border crossings" in p.label
    assert not _extract("Chile and Peru signed a deal on the border crossings.").proposals
    assert not _extract(
        "Chile announced a deal with Peru that will reopen the crossings."
    ).proposals
    x = _extract(
        "Chile offered new fishing talks on Monday. Chilean Foreign Minister Alberto van Klaveren"
        " said it was a fair proposal that would freeze the quotas at their current level."
    )
    (called,) = [p for p in x.proposals if "freeze the quotas" in p.label]
    assert "state-chile" in called.proposers


def test_extract_her_after_a_plural_subject_is_a_person_named_before() -> None:
    x = _extract(
        "Chile's delegates gave the Norwegian mediator, Ingrid Solberg, their notes on her draft"
        " treaty on the river border."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ingrid-solberg", "state-norway"), "draft treaty on the river border")
    ]


def test_extract_pressure_and_signals_from_a_side_put_its_act_forward() -> None:
    x = _extract("Bolivia has been under pressure from Chile to reopen the rail link to Arica.")
    assert [(p.kind, p.proposers) for p in x.proposals] == [("demand", ("state-chile",))]
    assert "reopen the rail link to Arica" in x.proposals[0].label
    x = _extract(
        "There were signals from Peru that it would consider a joint survey of the fishing grounds."
    )
    assert [(p.kind, p.proposers) for p in x.proposals] == [("offer", ("state-peru",))]
    assert not _extract("Chile sent a signal of goodwill to Peru.").proposals
    assert not _extract("Chile increased the pressure on Peru.").proposals


def test_extract_a_feeling_about_pressure_is_no_move_of_the_one_who_feels_it() -> None:
    x = _extract(
        "Peru's envoy Ana Ruiz read a statement expressing irritation with government pressure"
        " to sign the fishing accord quickly."
    )
    assert x.proposals == ()


def test_extract_a_content_that_names_only_actors_is_no_proposal() -> None:
    x = _extract(
        "Chile set out its proposals for the fishing dispute in letters signed by three heads"
        " of state: Chile, Peru and Bolivia."
    )
    assert [p.rule for p in x.proposals] == ["proposals.subject-of-offer-verb"]  # no list


def test_extract_they_after_a_plural_opening_a_sentence_is_not_a_person_before() -> None:
    x = _extract(
        "Ana Rios, a spokeswoman for the Peruvian government, dismissed the offer. Rebels had"
        " suggested a month-long truce. They want an amnesty for their commanders as well."
    )
    assert not any("amnesty" in p.label for p in x.proposals)


def test_extract_its_after_an_owned_subject_is_that_owner() -> None:
    x = _extract(
        "Peru signed a fishing pact with Chile in 2019. Bolivia's terms remain unchanged. Its"
        " negotiators want Chile to cut the tariff on lithium exports."
    )
    assert [(p.proposers, p.kind) for p in x.proposals if "lithium" in p.label] == [
        (("state-bolivia",), "demand")
    ]


def test_extract_the_plan_or_the_pact_named_before_is_no_new_proposal() -> None:
    x = _extract(
        "Chile proposed that both navies share their patrol schedules. The plan was first put"
        " forward by Chile's envoy Ana Rios in May. Bolivia said on Friday that it would agree"
        " to the pact."
    )
    assert [p.label for p in x.proposals] == ["both navies share their patrol schedules"]
    x = _extract("Ana Rios floated the idea of a joint patrol of the bay.")
    assert [p.label for p in x.proposals] == ["the idea of a joint patrol of the bay"]


def test_extract_a_list_after_an_owned_noun_of_terms_is_its_owners() -> None:
    x = _extract(
        "Peru's new plan is short:\n* a joint patrol of the bay;\n"
        "* a hotline between the two navies;\n* a review of the catch figures in June."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-peru",), "offer", "a joint patrol of the bay"),
        (("state-peru",), "offer", "a hotline between the two navies"),
        (("state-peru",), "offer", "a review of the catch figures in June"),
    ]
    x = _extract(
        "Chile's position, according to its envoy, is simple:\n"
        "- the Peruvian boats must leave the bay;\n- the fines must be repaid by June."
    )
    assert [(p.proposers, p.kind) for p in x.proposals] == [(("state-chile",), "demand")] * 2


def test_extract_a_clause_after_conditions_set_out_is_asked_of_its_subject() -> None:
    x = _extract(
        "Ana Rios, Peru's envoy, presented two conditions before any summit: Chile must pull its"
        " boats out of the bay and promise to share the quota."
    )
    assert [(p.proposers, p.addressees, p.kind, p.label) for p in x.proposals] == [
        (
            ("person-ana-rios", "state-peru"),
            ("state-chile",),
            "demand",
            "Chile must pull its boats out of the bay",
        ),
        (
            ("person-ana-rios", "state-peru"),
            ("state-chile",),
            "demand",
            "promise to share the quota",
        ),
    ]
    assert not _extract("Chile rejected the conditions: the boats must leave the bay.").proposals


def test_extract_a_proposal_noun_is_what_the_copula_says_it_is() -> None:
    x = _extract(
        "Latvia presented two demands on Monday. The first demand was for the return of the"
        " impounded trucks, while a second demand was for the talks to be held in Riga."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-latvia",), "demand", "the return of the impounded trucks"),
        (("state-latvia",), "demand", "the talks to be held in Riga"),
    ]
    x = _extract("One of Chile's proposals was for Peru to cut its tariff on copper wire.")
    assert [(p.proposers, p.addressees, p.kind, p.label) for p in x.proposals] == [
        (("state-chile",), ("state-peru",), "offer", "cut its tariff on copper wire")
    ]
    x = _extract("Another of Ecuador's demands is to lift the ban on banana imports.")
    assert [p.label for p in x.proposals] == ["lift the ban on banana imports"]
    assert not _extract("Global demand for Chilean copper was for the most part steady.").proposals
    assert not _extract("The first demand was for the return of the trucks.").proposals  # whose?
    x = _extract(
        '"The idea is to make Chile pay for the spill," said Ana Rios, an analyst at the'
        " Carnegie Endowment for International Peace."
    )
    assert not x.proposals  # an analyst's reading of a side's aims


def test_extract_a_must_asked_of_whoever_fits_a_clause_is_the_speakers_demand() -> None:
    x = _extract(
        "Chilean Foreign Minister Ana Rios said any faction that wants talks with Chile must"
        " first hand in its heavy weapons."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("person-ana-rios", "state-chile"), "demand", "first hand in its heavy weapons")
    ]
    x = _extract(
        '"Those who still hold out – Peru is one of those states – should, as soon as they can,'
        ' step up their checks and close their ports," Chilean Foreign Minister Ana Rios said.'
    )
    labels = [p.label for p in x.proposals]
    assert [("step up their checks" in a, "close their ports" in a) for a in labels] == [
        (True, False),
        (False, True),
    ]
    assert not x.conditions  # "as soon as they can": the verb is left out, no condition
    assert not _extract("Ana Rios said any faction must be careful.").proposals


def test_extract_let_us_with_an_act_is_the_speaker_s_offer() -> None:
    lead = "Peru's foreign minister Ivo Marek spoke about Chile on Monday. "
    x = _extract(lead + '"Let\'s agree on a timetable for the withdrawal," he said.')
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("person-ivo-marek", "state-peru"), "offer", "agree on a timetable for the withdrawal")
    ]
    for aside in ("Let’s be clear", "Let's face it", "Let us not reopen the border"):
        assert _extract(lead + f'"{aside}," he said.').proposals == ()
    x = _extract(lead + '"Let us sign this treaty then," he said.')
    assert x.proposals == ()  # the treaty put forward before


def test_extract_what_a_plan_obliges_a_side_to_do_is_its_owner_s_demand() -> None:
    x = _extract(
        "Under the plan drafted by Peru, Chile would have to pay for the cleanup and return the"
        " boats."
    )
    assert [(p.proposers, p.kind, p.label, p.addressees) for p in x.proposals] == [
        (("state-peru",), "demand", "pay for the cleanup", ("state-chile",)),
        (("state-peru",), "demand", "return the boats", ("state-chile",)),
    ]
    assert _extract("Under the current rules, Chile would have to pay a fine.").proposals == ()


def test_extract_what_a_speaker_says_depends_on_an_act_is_offered_on_it() -> None:
    x = _extract(
        "Peru's foreign minister said the reopening of the mountain pass depends on Chile"
        " withdrawing its troops."
    )
    assert [(p.proposers, p.kind, p.label, p.addressees) for p in x.proposals] == [
        # the offer is made to whom its condition asks to act
        (("state-peru",), "offer", "the reopening of the mountain pass", ("state-chile",)),
        (("state-peru",), "demand", "withdrawing its troops", ("state-chile",)),
    ]
    assert [c.label for c in x.conditions] == ["depends on Chile withdrawing its troops"]
    x = _extract(
        "Bolivia said the continuation and expansion of gas sales to Brazil depend on the"
        " release of the seized tankers."
    )
    assert [p.label for p in x.proposals] == [
        "the continuation and expansion of gas sales to Brazil"
    ]


def test_extract_no_offer_depends_on_a_fact_or_a_text_named_before() -> None:
    assert _extract("Egypt depends on the Nile for its water.").proposals == ()
    assert _extract("Analysts said the outcome of the talks depends on Chile.").proposals == ()
    text = (
        "Peru initialled the text, and its signature depends on the vote, Peruvian diplomats said."
    )
    assert _extract(text).proposals == ()


def test_extract_a_condition_for_b_that_is_a_demands_a_and_offers_b() -> None:
    x = _extract(
        "Peruvian diplomats said a condition for dialogue was that Chile withdrew its ships."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-peru",), "offer", "dialogue"),
        (("state-peru",), "demand", "Chile withdrew its ships"),
    ]
    assert [c.requires for c in x.conditions] == [("state-chile",)]
    assert _extract("Peru said the condition for talks is clear.").proposals == ()


def test_extract_a_demand_that_is_an_act_noun_with_its_object() -> None:
    x = _extract(
        "One of the top demands on the list sent by Peru was the closure of the consulate."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-peru",), "demand", "the closure of the consulate")
    ]
    assert _extract("Peru's offer was the result of months of work.").proposals == ()
    assert _extract("Peru's offer was its first olive branch to Chile.").proposals == ()


def test_extract_the_time_a_speaker_says_a_side_has_to_act_is_an_ultimatum() -> None:
    x = _extract("Chile has 48 hours to leave the islands, the Peruvian minister said.")
    assert [(p.proposers, p.kind, p.label, p.addressees) for p in x.proposals] == [
        (("state-peru",), "demand", "leave the islands", ("state-chile",))
    ]
    assert _extract("Peru said it has two months to resume the gas deliveries.").proposals == ()
    assert _extract("Analysts said Chile has two years to pay back the loan.").proposals == ()


def test_extract_prospects_that_depend_on_an_act_are_a_forecast_but_the_act_is_asked() -> None:
    x = _extract(
        "Prospects for a summit between Peru and Chile would depend on Lima tolerating its"
        " missile program and ignoring its past raids, Chile added."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("state-chile",), "demand", "tolerating its missile program"),
        (("state-chile",), "demand", "ignoring its past raids"),
    ]


def test_extract_a_condition_hung_one_phrase_down_the_object_still_ties_it() -> None:
    x = _extract("Peru conditioned its return to the talks on the release of the prisoners.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "its return to the talks")
    ]
    assert [c.label for c in x.conditions] == ["on the release of the prisoners"]


def test_extract_has_to_do_with_is_about_not_a_necessity() -> None:
    x = _extract(
        'Peruvian President Lina Vargas said Peru sent a plan. "It is a very fair plan and it has'
        ' to do with rainfall," she noted.'
    )
    assert [p.label for p in x.proposals] == []
    x = _extract('"Chile has to do more for the fishermen," the Peruvian minister said.')
    assert [(p.proposers, p.kind, p.addressees) for p in x.proposals] == [
        (("state-peru",), "demand", ("state-chile",))
    ]


def test_extract_it_of_a_process_that_goes_on_is_the_process_not_a_party() -> None:
    x = _extract(
        "Peru's deputy foreign minister Pedro Ruiz spoke on Monday. Asked about further talks"
        ' with Chile on the border, Ruiz said it would continue "through regional bodies".'
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("person-pedro-ruiz", "state-peru"), "offer", "continue through regional bodies")
    ]
    x = _extract("Chile said it would continue its patrols near the islands.")
    assert [p.proposers for p in x.proposals] == [("state-chile",)]


def test_extract_a_count_of_demands_announces_them_and_is_none_itself() -> None:
    x = _extract("Peru set out three demands to make the talks succeed.")
    assert x.proposals == ()
    x = _extract("Peru said a number of proposals floated by Chilean officials were unacceptable.")
    assert [p.label for p in x.proposals] == []
    x = _extract("Peru set out three demands: the release of the crew, a new survey and talks.")
    assert "the release of the crew" in [p.label for p in x.proposals]  # the items still stand
    x = _extract("Peru made two offers to reopen the border crossing.")
    assert [p.label for p in x.proposals] == ["two offers to reopen the border crossing"]


def test_extract_time_asked_to_weigh_a_proposal_is_a_response_not_a_demand() -> None:
    x = _extract("Chile set a deadline, but Peru asked for more time to review the plan.")
    assert x.proposals == ()
    assert _extract("Peru seeks more time to study the proposal.").proposals == ()
    x = _extract('Chile named a date. " While Peru asked for more time to review the deal.')
    assert x.proposals == ()
    x = _extract("Peru asked for more time to withdraw its troops.")
    assert [p.label for p in x.proposals] == ["withdraw its troops"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Boko Haram offered to free the captured students.", "org-boko-haram"),
        ("Segunda Marquetalia proposed a ceasefire to the government.", "org-segunda-marquetalia"),
        (
            "The MNDAA offered a truce around the border town.",
            "org-myanmar-national-democratic-alliance-army",
        ),
    ],
)
def test_extract_an_armed_group_of_the_gazetteer_offers_as_an_organisation(
    text: str, key: str
) -> None:
    x = _extract(text)
    assert [p.proposers for p in x.proposals] == [(key,)]
    assert [(e.key, e.cls) for e in x.entities] == [(key, "Organisation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's position consists of a moratorium on whaling and the closure of two"
            " stations.",
            ["a moratorium on whaling", "the closure of two stations"],
        ),
        (
            "Ecuador's conditions for a deal, which include the return of the trawlers and a"
            " fund for the fishermen, were sent to Lima.",
            ["the return of the trawlers", "a fund for the fishermen"],
        ),
        (
            "Bolivia's terms include a corridor to the sea, a share of the port fees and a"
            " joint customs post.",
            ["a corridor to the sea", "a share of the port fees", "a joint customs post"],
        ),
        ("Bolivia's position is a matter for the courts.", []),
    ],
)
def test_extract_what_a_position_or_terms_consist_of_is_each_a_demand(
    text: str, expected: list[str]
) -> None:
    found = _extract(text).proposals
    assert [p.label for p in found] == expected
    assert all(p.kind == "demand" and len(p.proposers) == 1 for p in found)


def test_extract_the_long_items_of_a_list_after_semicolons_are_each_put_forward() -> None:
    x = _extract(
        "Ghana demanded the immediate reopening of all the border posts closed by Togo last"
        " week; the release of every one of the traders held at the posts; and compensation"
        " for the goods that were lost in the closure. Togo said on Monday that it would send"
        " an envoy soon; its ministers were meeting in Lome."
    )
    ghana = [(p.proposers, p.addressees, p.label) for p in x.proposals if p.kind == "demand"]
    assert ghana == [
        (("state-ghana",), ("state-togo",), label)
        for label in (
            "the immediate reopening of all the border posts closed by Togo",
            "the release of every one of the traders held at the posts",
            "compensation for the goods that were lost in the closure",
        )
    ]
    assert [p.label for p in x.proposals if p.kind == "offer"] == ["send an envoy soon"]


@pytest.mark.parametrize(
    "text",
    [
        "Separatists in the south of Chile will keep their demand for autonomy, their leader said.",
        "Chilean separatists said they want a vote on autonomy.",
    ],
)
def test_extract_separatists_are_a_group_never_the_state_they_would_leave(text: str) -> None:
    assert all("state-chile" not in p.proposers for p in _extract(text).proposals)


def test_extract_a_group_in_a_place_is_the_one_organisation_named_after_it() -> None:
    x = _extract(
        "Separatists in the mountain districts of Arica would give up their claim to autonomy"
        " if Santiago pulled out its troops. The Free Arica Front has fought for thirty years."
    )
    assert [(p.proposers, p.kind, p.label) for p in x.proposals] == [
        (("org-free-arica-front",), "offer", "give up their claim to autonomy")
    ]
    assert [c.requires for c in x.conditions] == [("state-chile",)]
    assert not _extract("Rebels in Cabinda said they would free the two engineers.").proposals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru is ready to study Chile's proposal and discuss compensation for the fishermen.",
            ["discuss compensation for the fishermen"],
        ),
        ("Peru is ready to study and review Chile's proposal.", []),
        (
            "Peru is ready to review the quotas and sign the plan.",
            ["review the quotas", "sign the plan"],
        ),
    ],
)
def test_extract_an_act_offered_besides_weighing_a_proposal_is_an_offer(
    text: str, expected: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea rejected an offer by Afar rebels for a truce in the salt flats.",
        "Eritrea rejected an offer from the Afar rebels for a truce in the salt flats.",
        "Eritrea rejected the Afar rebels' offer of a truce in the salt flats.",
    ],
)
def test_extract_a_group_noun_after_by_or_from_owns_the_proposal_noun(text: str) -> None:
    x = _extract("The Afar Revolutionary Front held the border. " + text)
    assert [(p.proposers, p.kind) for p in x.proposals] == [
        (("org-afar-revolutionary-front",), "offer")
    ]
    assert "truce in the salt flats" in x.proposals[0].label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's envoy said there will have to be firm guarantees on the quota.",
            ["firm guarantees on the quota"],
        ),
        (
            '"There must be a full count of the ballots," the Chilean envoy said.',
            ["a full count of the ballots"],
        ),
        ("Chile's envoy said there needs to be a new census.", ["a new census"]),
        ("Chile said there must not be any delay.", []),
    ],
)
def test_extract_what_there_must_be_is_the_speaker_s_demand_of_no_one_named(
    text: str, expected: list[str]
) -> None:
    found = _extract(text).proposals
    assert [p.label for p in found] == expected
    assert all(p.proposers == ("state-chile",) and p.addressees == () for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile said the boats have to be returned.", "the boats have to be returned"),
        (
            "Chile's envoy said new guarantees need to be given for the talks to resume.",
            "new guarantees need to be given for the talks to resume",
        ),
        ("Chile said the boats must be returned.", "the boats must be returned"),
        (
            "While it is clear that doubts remain, new guarantees need to be given for the talks"
            " to resume, Chile's envoy said.",
            "new guarantees need to be given for the talks to resume",
        ),
    ],
)
def test_extract_what_must_be_done_keeps_its_subject_whatever_the_modal(
    text: str, expected: str
) -> None:
    assert [p.label for p in _extract(text).proposals] == [expected]


def test_extract_a_gerund_after_a_small_clause_shares_the_subject_of_the_gerund_above() -> None:
    x = _extract(
        '"Peru is making us accept the new quota and seeking its quick adoption," Chile\'s'
        " president Ana Ruiz said."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-peru",), "its quick adoption")
    ]


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        ("Former Chilean diplomats urged Peru to reopen the border talks.", []),
        ("A former Chilean envoy said Peru must return the boats.", []),
        ("The former ministers of Chile urged Peru to reopen the border talks.", []),
        ("Chilean diplomats urged Peru to reopen the border talks.", [("state-chile",)]),
    ],
)
def test_extract_former_officials_no_longer_speak_for_their_state(
    text: str, proposers: list[tuple[str, ...]]
) -> None:
    assert [p.proposers for p in _extract(text).proposals] == proposers


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the ruling was a blow to the region", []),
        ("the talks were useful", ["send an envoy"]),
    ],
)
def test_extract_it_after_a_person_said_something_of_a_thing_is_that_thing(
    said: str, expected: list[str]
) -> None:
    quote = "send an envoy" if expected else "undo the gains of ten years"
    x = _extract(
        f"Chile rejected the ruling of the court. Ana Ruiz told reporters that {said}."
        f' "It will {quote}," she added.'
    )
    assert [p.label for p in x.proposals] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lima Front said its terms for talks, which include the presence of a neutral"
            " observer and a pledge to publish the minutes, were accepted.",
            ["the presence of a neutral observer", "a pledge to publish the minutes"],
        ),
        (
            "Peru called for the release of the sailors and the fishermen.",
            ["the release of the sailors and the fishermen"],
        ),
    ],
)
def test_extract_an_act_listed_after_the_object_of_an_act_is_an_item_of_its_own(
    text: str, expected: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile urged Peru to think about not ratifying the pact and to hear its neighbours.",
            ["think about not ratifying the pact", "hear its neighbours"],
        ),
        (
            "Chile is ready to stop building the wall and to reopen the border.",
            ["stop building the wall", "reopen the border"],
        ),
    ],
)
def test_extract_an_infinitive_after_a_gerund_is_coordinated_with_the_infinitive_above(
    text: str, expected: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"They know what they need to do," the Peruvian minister said of Chile.',
        "Peru said the question was which concessions Chile should make.",
    ],
)
def test_extract_a_necessity_asked_about_in_a_question_is_no_demand(text: str) -> None:
    assert not _extract(text).proposals
    assert _extract("Chile must withdraw its patrol ships, Peru said.").proposals


def test_extract_a_noun_of_proposing_made_by_someone_inside_an_offer_is_its_content() -> None:
    x = _extract("Chile said it was ready to discuss commitments by both sides to cut the quotas.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "discuss commitments by both sides to cut the quotas")
    ]
    # on its own, it is the maker's
    (p,) = _extract("Peru announced commitments by Chile to cut the quotas.").proposals
    assert p.proposers == ("state-chile",)


def test_extract_insisting_on_what_one_does_oneself_asks_nothing_of_others() -> None:
    x = _extract("Chile insists that it keeps the right to fish in the bay.")
    assert not [p for p in x.proposals if p.kind == "demand"]
    (p,) = _extract("Chile insisted that it be consulted on the fishing quotas.").proposals
    assert (p.kind, p.proposers) == ("demand", ("state-chile",))
    (p,) = _extract("Chile insisted that Peru must reopen the port first.").proposals
    assert (p.kind, p.addressees) == ("demand", ("state-peru",))


def test_extract_terms_asked_of_any_deal_are_no_plans_terms() -> None:
    x = _extract(
        "Chile offered a fishing deal. Some lawmakers demanded that any agreement include "
        "verifiable limits on trawling."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [(("state-chile",), "a fishing deal")]
    x = _extract("Chile offered a fishing deal. The agreement includes limits on trawling.")
    assert [p.label for p in x.proposals] == ["a fishing deal", "limits on trawling"]


def test_extract_a_drafted_text_demanding_a_clause_gives_each_demand_of_it() -> None:
    x = _extract(
        "Peru handed over draft treaties demanding that Chile cut its quotas and close the port."
    )
    assert sorted((p.kind, p.proposers, p.addressees, p.label) for p in x.proposals) == [
        ("demand", ("state-peru",), ("state-chile",), "Chile cut its quotas"),
        ("demand", ("state-peru",), ("state-chile",), "close the port"),
    ]
    # a proposal noun with a participle but no clause of its own keeps its words
    (p,) = _extract("Peru's proposal calling for a fishing truce was welcomed by Chile.").proposals
    assert p.label == "proposal calling for a fishing truce"


def test_extract_a_past_form_after_a_joiner_is_a_second_verb_not_a_modifier() -> None:
    x = _extract("Chile refused to give up the fishing quota, but proposed talks on the port.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-chile",), "talks on the port")
    ]
    assert not _extract("Chile rejected the proposed talks on the port.").proposals


def test_extract_demands_spelled_out_between_dashes_are_each_a_demand() -> None:
    x = _extract(
        "Peru's key demands - a cap on the catch and the return of the seized boats - "
        "were rejected by Chile."
    )
    assert sorted(p.label for p in x.proposals) == [
        "a cap on the catch",
        "the return of the seized boats",
    ]
    assert {p.proposers for p in x.proposals} == {("state-peru",)}
    assert {s.holder for s in x.stances} == {"state-chile"}


def test_extract_a_listed_verb_the_tagger_took_for_an_adjective_is_a_demand_of_its_own() -> None:
    x = _extract(
        "Peru sent draft treaties demanding that Chile rule out further patrols, withdraw "
        "forces deployed in the bay after 2019 and refrain from building piers."
    )
    labels = sorted(p.label for p in x.proposals)
    assert len(labels) == 3, labels
    assert labels[1].startswith("refrain from building") and labels[2].startswith("withdraw forces")


@pytest.mark.parametrize(
    "text",
    [
        "Chile would decide on its next steps after studying the reply, the minister said.",
        "Chile said it would wait for the Peruvian reply.",
    ],
)
def test_extract_deciding_or_waiting_later_puts_nothing_forward(text: str) -> None:
    assert not _extract(text).proposals


def test_extract_a_plan_in_stages_gives_each_stage_without_its_framing() -> None:
    x = _extract(
        "Norway proposed a fisheries plan. Stage one would freeze the quotas, "
        "and stage two would end the trawling ban."
    )
    assert sorted(p.label for p in x.proposals if p.label != "a fisheries plan") == [
        "end the trawling ban",
        "freeze the quotas",
    ]
    assert {p.proposers for p in x.proposals} == {("state-norway",)}


def test_extract_under_a_plan_put_forward_before_the_terms_are_its_owners() -> None:
    x = _extract(
        "Norway proposed a fisheries truce. Under the plan, Iceland would cut its quota "
        "and Greenland would close two ports."
    )
    assert {p.proposers for p in x.proposals} == {("state-norway",)}
    # under a deal the parties signed, each party commits to its part
    x = _extract("Iceland and Norway signed a deal. Under the deal, Iceland would cut its quota.")
    assert [p.proposers for p in x.proposals] == [("state-iceland",)]


@pytest.mark.parametrize(
    ("text", "by", "content"),
    [
        (
            "Chile underlined the need for the river gauges to be shared with Bolivia.",
            "state-chile",
            "the river gauges to be shared with Bolivia",
        ),
        (
            "Peru stressed the need for more patrols along the desert border.",
            "state-peru",
            "more patrols along the desert border",
        ),
    ],
)
def test_extract_a_stressed_need_for_a_thing_or_a_clause_is_a_demand(
    text: str, by: str, content: str
) -> None:
    demands = [(x.proposers, x.label) for x in _extract(text).proposals if x.kind == "demand"]
    assert ((by,), content) in demands
    assert not _extract("Peru questioned the need for more patrols along the border.").proposals


def test_extract_a_passive_under_must_is_a_demand_and_under_should_a_view() -> None:
    x = _extract("The Russian delegate said sanctions must be lifted without delay.")
    assert [(p.proposers, p.kind) for p in x.proposals] == [(("state-russia",), "demand")]
    view = _extract("The Russian delegate said the quotas should be respected by every fleet.")
    assert not view.proposals
    assert [s.speakers for s in view.statements] == [("state-russia",)]


def test_extract_a_conjunct_set_apart_by_not_is_no_item_put_forward() -> None:
    x = _extract("Chile is willing to discuss access to ports, but not sovereignty.")
    assert [p.label for p in x.proposals] == ["discuss access to ports"]


def test_extract_what_another_state_says_its_plan_would_do_is_no_commitment() -> None:
    text = (
        "Peru proposed a joint patrol. Chilean Foreign Minister Ana Rios said it would only "
        "embolden the poachers."
    )
    assert [p.proposers for p in _extract(text).proposals] == [("state-peru",)]
    own = "Chile's foreign minister, Ana Rios, said it would withdraw its ships."
    assert [p.proposers for p in _extract(own).proposals] == [("state-chile",)]


def test_extract_expecting_a_thing_from_another_is_a_demand() -> None:
    x = _extract("Chile expects an apology from Peru for the raid on the trawlers.")
    assert [(p.proposers, p.kind, p.addressees) for p in x.proposals] == [
        (("state-chile",), "demand", ("state-peru",))
    ]
    assert not _extract("Chile expects talks to fail.").proposals
    assert [p.label for p in _extract("Russia offered aid but no apology.").proposals] == ["aid"]


def test_extract_a_call_for_a_thing_to_be_done_keeps_the_thing() -> None:
    text = (
        "Ghana called for the mandate to be extended by twelve months and for the arms embargo "
        "to be lifted."
    )
    assert [p.label for p in _extract(text).proposals] == [
        "the mandate to be extended by twelve months",
        "the arms embargo to be lifted",
    ]
    asked = _extract("Peru called for Chile to withdraw its ships.").proposals
    assert [(p.label, p.addressees) for p in asked] == [("withdraw its ships", ("state-chile",))]


def test_extract_the_subject_after_an_opening_participle_speaks() -> None:
    text = (
        "Speaking on behalf of the European members of the Council, the representative of "
        "Malta said the arms embargo must be lifted."
    )  # (the parse hangs "the representative" on "members" as an apposition)
    assert [p.proposers for p in _extract(text).proposals] == [("state-malta",)]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Ana Rios said that Peru should now offer Chile a trade pact rather than wait.",
            ["offer Chile a trade pact"],
        ),
        (
            '"Chile should halt the drills and scrap its tariffs, not mail us invitations," '
            "said Ana Rios, the Peruvian foreign minister.",
            ["halt the drills", "scrap its tariffs"],
        ),
        (
            "Peru said Chile must sign and ratify the treaty before May.",
            ["sign and ratify the treaty before May"],
        ),
        ("Peru said Chile had only itself to blame for the delay.", []),
    ],
)
def test_extract_what_a_necessity_asks_and_what_it_sets_aside(text: str, labels: list[str]) -> None:
    assert sorted(p.label for p in _extract(text).proposals) == labels


def test_extract_a_government_spokesman_after_according_to_is_not_the_subjects() -> None:
    x = _extract(
        "The Sarn Front rebels seized the town. According to government spokesman Ana Rios, "
        "the rebels must withdraw from the town."
    )
    assert not x.affiliations
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("person-ana-rios",), "withdraw from the town")
    ]


def test_extract_weighing_anothers_offer_is_none_and_made_clear_is_the_saying() -> None:
    assert _extract("Peru said it would consider the Chilean offer.").proposals == ()
    x = _extract("Peru has made clear it will not return to talks until Chile pays.")
    assert [p.label for p in x.proposals] == ["not return to talks"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Rios told the council that Chile must withdraw.",
        "Speaking to reporters, Ana Rios, the foreign minister, said Chile must withdraw.",
    ],
)
def test_extract_the_speaker_of_a_demand_the_parse_misplaced(text: str) -> None:
    x = _extract(text)
    assert [(p.proposers, p.addressees, p.label) for p in x.proposals] == [
        (("person-ana-rios",), ("state-chile",), "withdraw")
    ]


def test_extract_a_speaker_on_behalf_of_others_the_parse_left_without_a_verb() -> None:
    x = _extract(
        "The representative of Brazil, speaking on behalf of Argentina, called on both parties"
        " to exercise restraint."
    )
    assert [(p.proposers, p.addressees, p.label) for p in x.proposals] == [
        (("state-brazil", "state-argentina"), (), "exercise restraint")
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Peru expects Chile to withdraw its ships.", ["withdraw its ships"]),
        ("The IMF expects growth to slow.", []),
        ("Tomas Berg, an analyst, expects Chile to sign within a year.", []),
        ("Does Chile expect Peru to drop its complaint?", []),
    ],
)
def test_extract_what_a_side_expects_another_to_do_is_its_demand(
    text: str, labels: list[str]
) -> None:
    assert [p.label for p in _extract(text).proposals] == labels


def test_extract_the_statement_that_urges_is_its_issuers_demand() -> None:
    x = _extract(
        'In a joint statement, the foreign ministers of Chile and Peru "called on all parties to'
        ' refrain from raids". The statement also urged Bolivia to return to talks.'
    )
    assert [(p.proposers, p.addressees) for p in x.proposals if "talks" in p.label] == [
        (("state-chile", "state-peru"), ("state-bolivia",))
    ]


def test_extract_an_offer_answering_a_request_goes_to_who_asked() -> None:
    x = _extract("Lima has asked for guarantees, and Chile has offered a meeting of experts.")
    assert [(p.kind, p.proposers, p.addressees) for p in x.proposals] == [
        ("demand", ("state-peru",), ()),
        ("offer", ("state-chile",), ("state-peru",)),
    ]


def test_extract_the_council_is_the_council_named_before_not_a_mission() -> None:
    x = _extract(
        "The Security Council today renewed the United Nations Mission in the Valley."
        " Peru's delegate urged the Council to press Chile to withdraw its troops."
    )
    (p,) = x.proposals
    assert (p.proposers, p.addressees) == (("state-peru",), ("org-un-security-council",))


def test_extract_the_body_refers_to_the_organisation_named_before() -> None:
    x = _extract(
        "The Andean Water Council's director, Ana Quispe, said the body was ready to fund a"
        " joint survey if Chile and Peru agreed."
    )
    names = {e.key: e.label for e in x.entities}
    (p,) = x.proposals
    assert ([names[k] for k in p.proposers], p.label) == (
        ["Andean Water Council"],
        "fund a joint survey",
    )


def test_extract_a_that_clause_after_whom_it_is_proposed_to_is_the_proposal() -> None:
    x = _extract(
        "The Andean Community will propose to the International Maritime Organization that"
        " tankers keep their transponders on."
    )
    (p,) = x.proposals
    assert p.label == "tankers keep their transponders on"
    assert p.addressees == ("org-international-maritime-organization",)


def test_extract_a_dateline_with_a_year_is_no_subject() -> None:
    x = _extract(
        "QUITO, May 4, 2026 — The Andean Community on Monday called on Peru to let inspectors"
        " board a Chilean-owned trawler suspected of fishing in the reserve, and proposed a"
        " register of vessels."
    )
    assert [(p.kind, p.addressees, p.label) for p in x.proposals][0] == (
        "demand",
        ("state-peru",),
        "let inspectors board a Chilean-owned trawler suspected of fishing in the reserve",
    )


def test_extract_the_ministers_are_those_of_the_body_named_after_of_before() -> None:
    x = _extract(
        "The foreign ministers of the Andean Community met in Quito on Monday. The ministers"
        " said Chile must return the trawler."
    )
    assert [(p.proposers, p.addressees) for p in x.proposals] == [
        (("org-andean-community",), ("state-chile",))
    ]


def test_extract_a_body_s_staff_act_for_it() -> None:
    x = _extract("IMF staff and the Peruvian authorities reached an agreement on a new loan.")
    assert [p.proposers for p in x.proposals] == [("org-international-monetary-fund", "state-peru")]


def test_extract_the_speaker_s_own_act_joined_to_a_demand_is_no_part_of_it() -> None:
    x = _extract(
        "Peru said that if the Chilean side has evidence, it should share it with the"
        " prosecutors, and we will examine it."
    )
    assert [(p.kind, p.label) for p in x.proposals] == [("demand", "share it with the prosecutors")]


def test_extract_a_council_speaker_for_a_bracketed_group_is_its_subject() -> None:
    x = _extract(
        'Speaking for the "A3" (Ghana, Kenya and Gabon), the representative of Kenya backed the'
        " renewal and called for the embargo to be lifted."
    )
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-kenya", "supports", "the renewal")
    ]
    assert [p.proposers for p in x.proposals] == [("state-kenya",)]


def test_extract_a_name_the_parser_hung_as_punctuation_keeps_its_place() -> None:
    x = _extract(
        "The representative of the Russian Federation said the text ignored Bangui's request"
        " to lift the embargo, which his delegation supported."
    )
    assert [(s.holder, s.stance) for s in x.stances] == [("state-russia", "supports")]


def test_extract_a_plan_spelled_out_after_a_colon_or_under_a_hyphened_noun() -> None:
    for text in (
        "Peru's counter-offer is more modest: Peru would open one crossing and fund a road.",
        "Under Peru's counter-offer, Peru would open one crossing and fund a road.",
    ):
        x = _extract(text)
        assert [(p.proposers, p.label) for p in x.proposals] == [
            (("state-peru",), "Peru open one crossing"),
            (("state-peru",), "fund a road"),
        ], text


def test_extract_an_agreement_of_a_year_is_no_plan_named_before() -> None:
    x = _extract(
        "Peru's counter-offer is more modest: Peru would open one crossing.\n\nLima has said"
        " the 1973 agreement covering the border will lapse next July."
    )
    assert [p.label for p in x.proposals] == ["Peru open one crossing"]


def test_extract_governments_of_two_states_commit_to_a_list_in_a_statement() -> None:
    x = _extract(
        "The governments of Estonia and Latvia on Friday promised to reopen the ferry link,"
        " restore direct flights and set up a joint commission on fishing, in a joint"
        " statement issued in Riga."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-estonia", "state-latvia"), "reopen the ferry link"),
        (("state-estonia", "state-latvia"), "restore direct flights"),
        (("state-estonia", "state-latvia"), "set up a joint commission on fishing"),
    ]


def test_extract_commit_to_an_act_and_a_text_committing_another() -> None:
    x = _extract("Estonia committed to reopen the ferry link with Latvia.")
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-estonia",), "reopen the ferry link with Latvia")
    ]
    x = _extract("The Riga text commits the government to hold an election in 2027.")
    assert [p.proposers for p in x.proposals] == []


def test_extract_under_a_treaty_closing_the_sentence_a_party_commits() -> None:
    x = _extract(
        "SUVA, May 9 - Fiji will give Tonga two patrol boats and keep the ferry running,"
        " while Tonga has agreed to consult Suva before any security pact, under a treaty"
        " announced on Monday."
    )
    assert [(p.proposers, p.label) for p in x.proposals] == [
        (("state-fiji",), "Fiji give Tonga two patrol boats"),
        (("state-fiji",), "keep the ferry running"),
        (("state-tonga",), "consult Suva before any security pact"),
    ]
    x = _extract("Fiji said the treaty would go before parliament within weeks.")
    assert x.proposals == ()


def test_extract_objects_joined_by_a_conjunction_alone_are_one_item() -> None:
    x = _extract(
        "Tonga said it will agree with Fiji any partnership, arrangement or engagement with"
        " another state on security."
    )
    assert len(x.proposals) == 1
    x = _extract("Tonga said it will end the flights of bombers and the presence of warships.")
    assert [p.label for p in x.proposals] == [
        "end the flights of bombers and the presence of warships"
    ]  # joined by "and" alone: one thing offered


def test_extract_the_two_sides_a_titled_envoy_reports_are_not_his_own_state() -> None:
    x = _extract(
        "LIMA, May 3 - Chile hosted Peru for US-brokered talks on Monday. The US delegation"
        " arrived late. US envoy Ana Ruiz told reporters the two sides agreed to set up a"
        " hotline."
    )
    assert [p.proposers for p in x.proposals] == [("state-chile", "state-peru")]


def test_extract_a_capitalised_head_before_the_one_body_named_so_later() -> None:
    x = _extract(
        '"The Council calls on Peru to release the trawlers," the communique said. It was'
        " issued by the Andean Fisheries Council in Quito."
    )
    assert [(p.proposers, p.addressees) for p in x.proposals] == [
        (("org-andean-fisheries-council",), ("state-peru",))
    ]


def test_extract_two_states_joined_by_and_in_a_headline_are_both_named() -> None:
    x = _extract(
        "Live: Chile and Peru hold US-brokered talks\n\nUS envoy Ana Ruiz tells reporters the"
        " two sides agreed to set up a hotline."
    )
    assert {"state-chile", "state-peru"} <= {e.key for e in x.entities}
    assert [p.proposers for p in x.proposals] == [("state-chile", "state-peru")]


def test_extract_a_condition_s_own_object_does_not_void_the_offer() -> None:
    x = _extract("Kosovo said it will release the officers once the court has reviewed their case.")
    assert [(p.label, [c.label for c in x.conditions]) for p in x.proposals] == [
        ("release the officers", ["once the court has reviewed their case"])
    ]


def test_extract_taking_forward_a_proposal_of_the_sentence_is_no_new_one() -> None:
    text = (
        'Chile said: "We remain committed to the roadmap agreed with Peru last year, and we'
        ' will take it forward once Lima addresses our concerns."'
    )
    assert [p.label for p in _extract(text).proposals] == ["the roadmap agreed with Peru"]
    text = (
        "Chile urged the parties to start talks without delay, adding that Santiago was"
        " prepared to host them."
    )
    assert [p.kind for p in _extract(text).proposals] == ["demand", "offer"]
