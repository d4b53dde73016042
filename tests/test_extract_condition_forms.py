"""Condition and stance constructions on short texts in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


# -- a condition in a sentence of its own ---------------------------------------------------


def test_extract_condition_forms_own_sentence_clause_is_one_condition_per_verb() -> None:
    x = _extract(
        "Chile offered to extend the fishing accord by a year. "
        "All of this is possible only if Peru reopens the port and releases the trawlers."
    )
    assert sorted((c.label, c.requires) for c in x.conditions) == [
        ("only if Peru releases the trawlers", ("state-peru",)),
        ("only if Peru reopens the port", ("state-peru",)),
    ]


def test_extract_condition_forms_marker_phrase_on_the_main_verb_is_no_fragment() -> None:
    # "On the day of X, Y claimed ...": a time adverbial of the main clause, not a condition
    x = _extract(
        "Peru offered Chile a new port. On the day of his inauguration, the Chilean president "
        "Gabriel Boric claimed that ships were overcharged."
    )
    assert x.conditions == ()
    # a marked clause standing alone still conditions the offer
    x = _extract("Peru offered Chile a new port. Provided that Chile lowers its tariffs.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("Provided that Chile lowers its tariffs", ("state-chile",))
    ]


def test_extract_condition_forms_own_sentence_conditions_what_a_leader_offered_for_it() -> None:
    x = _extract(
        "Chilean President Gabriel Boric offered Peru a deal that would extend the fishing"
        ' accord by a year. "Chile is ready to keep the quotas for one more season," he said.'
        ' "This measure will only work if Peru does the same."'
    )
    deal = next(p for p in x.proposals if "deal" in p.label)
    assert deal.proposers == ("person-gabriel-boric", "state-chile")
    assert len(x.proposals) == 2
    conditioned = {c.proposal for c in x.conditions}
    assert conditioned == {p.key for p in x.proposals}  # the leader's offer and the state's


@pytest.mark.parametrize(
    "text",
    [
        "Chile offered to reopen the port. It is unclear if Peru will accept.",
        "Chile offered to reopen the port. Diplomats call it a last chance, and if the envoys"
        " fail to settle the quotas, it remains unclear if or when they would meet again.",
        "Chile offered to reopen the port. It was the third round, and if the envoys fail to"
        " settle the quotas, it is unclear if another would follow.",
    ],
)
def test_extract_condition_forms_an_open_question_is_no_condition(text: str) -> None:
    # "unclear if" asks; "it" that holds the place of a clause stands for no proposal
    assert _extract(text).conditions == ()


def test_extract_condition_forms_it_that_stands_for_the_offer_keeps_its_condition() -> None:
    x = _extract(
        "Chile offered to extend the fishing accord. It is possible only if Peru reopens the port."
    )
    assert [c.label for c in x.conditions] == ["only if Peru reopens the port"]


# -- asides the parser is better without -----------------------------------------------------


def test_extract_condition_forms_an_aside_between_subject_and_verb_keeps_the_stance() -> None:
    x = _extract(
        "Chile wants Peru to pay for the losses. Peru's president, Ana Ruiz, has for her part"
        " ruled out any compensation for the historical losses, which she says were caused by"
        " Chile's own failure."
    )
    assert [(s.holder, s.stance) for s in x.stances] == [
        ("person-ana-ruiz", "rejects"),
        ("state-peru", "rejects"),  # the state she speaks for: "attributed to both"
    ]
    assert "compensation" in x.stances[0].label


# -- the modal that makes a stance verb an offer, and how far a report reaches ---------------


def test_extract_condition_forms_a_stance_verb_under_a_conditional_readiness_is_an_offer() -> None:
    x = _extract(
        "Chile said it would be willing to back a new round of talks if Peru frees the sailors."
    )
    assert x.stances == ()
    (offer,) = x.proposals
    assert [c.label for c in x.conditions if c.proposal == offer.key] == [
        "if Peru frees the sailors"
    ]


def test_extract_condition_forms_a_reported_readiness_without_condition_is_a_stance() -> None:
    x = _extract("Chile said it would be willing to back the plan.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-chile", "supports", "the plan")
    ]


def test_extract_condition_forms_a_report_covers_its_coordinated_would() -> None:
    x = _extract("Peru has said it was ready for a truce and would accept talks led by Chile.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "supports", "talks led by Chile")
    ]


# -- a second verb of a condition clause that the parse hung outside it ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laos says Laos is willing to let fishing boats through on a humanitarian basis,"
            " provided that Hanoi notifies the Laotian side in advance and allows on-site checks.",
            [
                ("provided that Hanoi notifies the Laotian side in advance", ("state-vietnam",)),
                ("provided that Hanoi allows on-site checks", ("state-vietnam",)),
            ],
        ),
        (
            "Kenya said it would reopen the border post once the authorities in Mogadishu"
            " released the detained engineer, Omar Farah, and agreed a «fair» patrol schedule.",
            [
                (
                    "once the authorities in Mogadishu released the detained engineer, Omar Farah",
                    ("state-somalia",),
                ),
                (
                    "once the authorities in Mogadishu agreed a fair patrol schedule",
                    ("state-somalia",),
                ),
            ],
        ),
    ],
)
def test_extract_condition_forms_a_joined_verb_hung_outside_the_clause_is_a_condition(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    x = _extract(text)
    assert [(c.label, c.requires) for c in x.conditions] == expected


def test_extract_condition_forms_a_clause_of_its_own_after_a_comma_is_no_condition() -> None:
    x = _extract(
        "Chile said the talks would not go forward unless the shelling stopped, and the"
        " Peruvian envoy sat in on the meeting."
    )
    assert [c.label for c in x.conditions] == ["unless the shelling stopped"]


# -- verbs the tagger took for plural nouns ---------------------------------------------------


def test_extract_condition_forms_second_verb_taken_for_a_noun_is_a_condition_of_its_own() -> None:
    x = _extract(
        "Chile would reopen the consulate only if Bolivia formally ratifies the treaty and"
        " hands over the documents."
    )
    assert sorted((c.label, c.requires) for c in x.conditions) == [
        ("only if Bolivia formally ratifies the treaty", ("state-bolivia",)),
        ("only if Bolivia hands over the documents", ("state-bolivia",)),
    ]


def test_extract_condition_forms_verb_after_a_demonstrative_is_the_predicate() -> None:
    x = _extract(
        "Chile offered to cap its anchovy catch. All of that hinges on Lima letting monitors"
        " board the trawlers."
    )
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("hinges on Lima letting monitors board the trawlers", ("state-peru",))
    ]


def test_extract_condition_forms_plural_noun_after_and_stays_a_noun() -> None:
    x = _extract("Chile will reopen the port if Peru returns the trawlers and nets.")
    assert [c.label for c in x.conditions] == ["if Peru returns the trawlers and nets"]


# -- which proposal a condition belongs to --------------------------------------------------


def test_extract_condition_forms_a_condition_of_a_later_clause_is_not_the_first_clauses() -> None:
    x = _extract(
        "Peru proposed a joint patrol, and Chile threatened to close the border if Bolivia did"
        " not sign the accord."
    )
    assert [p.label for p in x.proposals] == ["a joint patrol"]
    assert x.conditions == ()


def test_extract_condition_forms_a_condition_after_a_parenthetical_said_is_the_proposals() -> None:
    x = _extract(
        "Ghana is willing to host talks between the two rebel groups, its foreign minister Kofi"
        " Mensah said, as long as both militias reopen the coastal road."
    )
    assert [(c.label, c.proposal) for c in x.conditions] == [
        ("as long as both militias reopen the coastal road", x.proposals[0].key)
    ]


# -- what "any deal that ..." must hold -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chad said it would respond positively to any proposal that includes a permanent truce,"
        " a full withdrawal from the north, reconstruction efforts, the return of the displaced,"
        " and the completion of a prisoner exchange deal.",
        "Kosovo said it would respond positively to any proposal that includes a permanent truce,"
        " a full withdrawal of the troops, reconstruction aid, the return of the refugees, and"
        " the completion of a prisoner exchange.",
    ],
)
def test_extract_condition_forms_any_deal_that_includes_a_list_is_one_condition_per_item(
    text: str,
) -> None:
    # the parse hangs the later items elsewhere, or makes the first an object of its own
    labels = [c.label for c in _extract(text).conditions]
    assert len(labels) == 5
    assert labels[0].startswith("that includes a permanent truce")
    assert labels[3].startswith("the return of the")
    assert labels[4].startswith("the completion of a prisoner exchange")


def test_extract_condition_forms_any_proposal_as_a_demands_subject_states_no_terms() -> None:
    # "any proposal that touches on A must go to B": what the demand is about, no terms
    x = _extract(
        "Chile said any proposal which touches on the river dispute must be brought to Peru "
        "as the mediator."
    )
    assert x.conditions == (), x.conditions


def test_extract_condition_forms_own_sentence_existential_conditions_nothing() -> None:
    # "as long as A, there is a threat to B": an existential clause, about nothing put forward
    x = _extract(
        "Norland asked for rights to catch herring in Tessaly's waters. Without an accord few "
        "gains are expected, and as long as each coastal state fixes its own catch at "
        "reckless levels there is a grave danger to the shoals."
    )
    assert x.conditions == (), x.conditions


def test_extract_condition_forms_any_deal_that_sides_reach_states_no_terms() -> None:
    # the relative pronoun is the object: who would reach the deal, not what it must hold
    x = _extract("Serbia said it would accept any deal that Kosovo and the mediators could reach.")
    assert x.conditions == ()


def test_extract_condition_forms_any_deal_list_ends_at_a_phrase_of_its_own() -> None:
    # "according to ..." after the list is no item of it
    x = _extract(
        "Chad would respond positively to any proposal that includes a permanent truce, a full"
        " withdrawal from the north, reconstruction efforts, according to its foreign minister."
    )
    assert not any("according" in c.label for c in x.conditions)


def test_extract_condition_forms_depending_on_marks_a_condition() -> None:
    x = _extract(
        "Portugal is ready to restore full diplomatic ties with Angola, depending on "
        "Luanda's response."
    )
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("depending on Luanda's response", ("state-angola",))
    ]


def test_extract_condition_forms_a_definite_owner_read_as_the_offerer_is_the_other_side() -> None:
    # "the republic" refers back; read as Portugal, the offerer, it stands for the addressee
    x = _extract(
        "Portugal offered Angola a debt swap on Monday, depending on the republic's conduct "
        "at the border."
    )
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("depending on the republic's conduct at the border", ("state-angola",))
    ]


# -- a gerund with its own subject after the marker -----------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Chile is ready to free the sailors, conditional on Peru releasing the crew.",
            "conditional on Peru releasing the crew",
        ),
        (
            "Chile offered to reopen the border in return for Peru releasing the fishermen.",
            "in return for Peru releasing the fishermen",
        ),
    ],
)
def test_extract_condition_forms_gerund_after_its_subject_is_the_condition(
    text: str, label: str
) -> None:
    # "on Peru releasing the crew": Peru is the gerund's subject and must act
    x = _extract(text)
    assert [(c.label, c.requires) for c in x.conditions] == [(label, ("state-peru",))]


def test_extract_condition_forms_if_and_when_marks_a_condition() -> None:
    x = _extract("Chile said it would lift the blockade if and when Peru withdraws its troops.")
    assert [p.label for p in x.proposals] == ["lift the blockade"]
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("if and when Peru withdraws its troops", ("state-peru",))
    ]


def test_extract_condition_forms_what_the_addressee_wants_is_no_condition_of_the_demand() -> None:
    # "if it wants Z": why the addressee should comply, not something it must do first
    x = _extract(
        "Chile urged Peru to release the trawlers if it wants a new fishing accord."
        " Chile urged Peru to release the trawlers if it wishes to resume the talks."
    )
    assert x.proposals
    assert x.conditions == ()
    # the same marker with another verb still conditions the demand
    x = _extract("Chile urged Peru to release the trawlers if the court rules against it.")
    assert [c.label for c in x.conditions] == ["if the court rules against it"]
    # on an offer, what the other side wishes is a condition
    x = _extract("Chile offered to host the talks if both Peru and Bolivia wish.")
    assert [c.label for c in x.conditions] == ["if both Peru and Bolivia wish"]


def test_extract_condition_forms_gerund_subject_tied_to_the_main_verb() -> None:
    # the parse hangs the gerund on "conditioned": its subject is still the object before it
    x = _extract(
        "Chile has conditioned any transit cooperation on Peru honouring Chile's fishing rights."
    )
    assert [c.requires for c in x.conditions] == [("state-peru",)]


# -- a condition named in a sentence of its own ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Malta offered Libya a new fisheries accord. The prerequisite for any renewal is that"
        " Libya frees the trawler crews.",
        # the parse hangs the condition noun on the opening phrase's object
        "Malta offered Libya a new fisheries accord. According to the Maltese fishing giant,"
        " the prerequisite for continued fishing is that Libya frees the trawler crews.",
    ],
)
def test_extract_condition_forms_a_named_prerequisite_conditions_the_earlier_offer(
    text: str,
) -> None:
    x = _extract(text)
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("that Libya frees the trawler crews", ("state-libya",))
    ]


# -- a refusal lifted by a condition -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tonga refused to renew the fishing licences until Fiji paid the arrears.",
        "Tonga refused to renew the fishing licences unless Fiji paid the arrears.",
        "Tonga declined to renew the fishing licences unless Fiji paid the arrears.",
    ],
)
def test_extract_condition_forms_a_refusal_until_or_unless_is_an_offer_on_terms(
    text: str,
) -> None:
    x = _extract(text)
    assert [(p.kind, p.label) for p in x.proposals] == [("offer", "renew the fishing licences")]
    marker = text.split()[7]
    assert [(c.label, c.requires) for c in x.conditions] == [
        (f"{marker} Fiji paid the arrears", ("state-fiji",))
    ]
    assert x.stances == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji will not renew the fishing licences till Tonga pays the arrears.",
            [("till Tonga pays the arrears", ("state-tonga",))],
        ),
        # not on a verb that is not negated: how long something lasts
        ("Fiji will keep the fishing licences till Tonga pays the arrears.", []),
    ],
)
def test_extract_condition_forms_till_is_until(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(c.label, c.requires) for c in _extract(text).conditions] == expected


# -- a condition noun's owner sets it -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Samoa's condition for renewing the fishing licences is that Tonga pays the arrears.",
        "The Samoan precondition for renewing the fishing licences is that Tonga pays the arrears.",
    ],
)
def test_extract_condition_forms_an_owned_condition_noun_is_the_owners_offer_on_terms(
    text: str,
) -> None:
    x = _extract(text)
    assert sorted((p.kind, p.label, p.proposers) for p in x.proposals) == [
        ("demand", "Tonga pays the arrears", ("state-samoa",)),
        ("offer", "renewing the fishing licences", ("state-samoa",)),
    ]
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("that Tonga pays the arrears", ("state-tonga",))
    ]


# -- a condition spelled out by the list after a colon -----------------------------------------


def test_extract_condition_forms_list_items_after_a_condition_are_its_conditions() -> None:
    x = _extract(
        "Fiji has made the renewal of the fishing licences conditional on Tonga meeting three"
        " demands by March:\n- paying the arrears owed to the coastal villages;\n- recalling"
        " its patrol boats from the reef;\n- letting Fijian inspectors board the trawlers.\n"
    )
    assert [p.label for p in x.proposals] == ["the renewal of the fishing licences"]
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("paying the arrears owed to the coastal villages", ("state-tonga",)),
        ("recalling its patrol boats from the reef", ("state-tonga",)),
        ("letting Fijian inspectors board the trawlers", ("state-tonga",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malta offered Libya a new fisheries accord. But Malta set two conditions: an"
            " apology from Libya and a guarantee from Tunisia.",
            [
                ("an apology from Libya", ("state-libya",)),
                ("a guarantee from Tunisia", ("state-tunisia",)),
            ],
        ),
        (
            "Malta offered Libya a new fisheries accord. Its condition is that Libya frees the"
            " trawler crews and pays the port fees.",
            [
                ("that Libya frees the trawler crews", ("state-libya",)),
                ("Libya pays the port fees", ("state-libya",)),
            ],
        ),
    ],
)
def test_extract_condition_forms_a_named_condition_is_one_per_listed_item(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(c.label, c.requires) for c in _extract(text).conditions] == expected


# -- what must come first, in a sentence of its own ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji offered to renew the fishing licences. But first, Tonga must pay the arrears.",
            [("Tonga must pay the arrears", ("state-tonga",))],
        ),
        (
            "Fiji offered to renew the fishing licences. Tonga would first have to pay the"
            " arrears and recall its patrol boats.",
            [
                ("Tonga would first have to pay the arrears", ("state-tonga",)),
                ("recall its patrol boats", ("state-tonga",)),
            ],
        ),
        (
            "Fiji offered to renew the fishing licences. Tonga must first pay the arrears, the"
            " Fijian fisheries minister said.",
            [("Tonga must first pay the arrears", ("state-tonga",))],
        ),
        # no actor must act, or none is asked to
        (
            "Fiji offered to renew the fishing licences. Which side should move first is unclear.",
            [],
        ),
        (
            "Fiji offered to renew the fishing licences. Tonga does not have to pay the arrears"
            " first.",
            [],
        ),
    ],
)
def test_extract_condition_forms_what_must_come_first_conditions_the_offer(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    x = _extract(text)
    (offer,) = [p for p in x.proposals if p.kind == "offer"]
    assert [(c.label, c.requires) for c in x.conditions if c.proposal == offer.key] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji offered to renew the fishing licences but set one precondition: an apology"
            " from Tonga.",
            [("an apology from Tonga", ("state-tonga",))],
        ),
        # the items read as demands of their own too
        (
            "Fiji offered to renew the fishing licences. Its conditions are an apology from"
            " Tonga and a guarantee from Samoa.",
            [
                ("an apology from Tonga", ("state-tonga",)),
                ("a guarantee from Samoa", ("state-samoa",)),
            ],
        ),
    ],
)
def test_extract_condition_forms_a_named_condition_beside_proposals_conditions_the_offer(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    x = _extract(text)
    (offer,) = [p for p in x.proposals if p.kind == "offer"]
    assert [(c.label, c.requires) for c in x.conditions if c.proposal == offer.key] == expected
    assert {c.proposal for c in x.conditions} == {offer.key}


# -- an acceptance on terms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samoa accepted the Fijian mediation on condition that Tonga joins the talks.",
            [("the Fijian mediation", "on condition that Tonga joins the talks")],
        ),
        (
            "Samoa accepted the Fijian mediation, as long as Tonga joins the talks.",
            [("the Fijian mediation", "as long as Tonga joins the talks")],
        ),
        # no terms: a stance, no offer
        ("Samoa accepted the Fijian mediation.", []),
    ],
)
def test_extract_condition_forms_an_acceptance_on_terms_is_an_offer(
    text: str, expected: list[tuple[str, str]]
) -> None:
    x = _extract(text)
    labels = {p.key: p.label for p in x.proposals}
    assert [(labels[c.proposal], c.label) for c in x.conditions] == expected
    assert [(s.holder, s.stance) for s in x.stances] == [("state-samoa", "supports")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji will only renew the fishing licences after Tonga pays the arrears.",
            [("after Tonga pays the arrears", ("state-tonga",))],
        ),
        # without "only" on the verb, "after" tells when
        ("Fiji renewed the fishing licences after Tonga paid the arrears.", []),
    ],
)
def test_extract_condition_forms_only_on_the_verb_makes_after_a_condition(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(c.label, c.requires) for c in _extract(text).conditions] == expected


def test_extract_condition_forms_the_clause_after_in_the_event_that_names_who_acts() -> None:
    x = _extract("Fiji will renew the fishing licences in the event that Tonga pays the arrears.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("in the event that Tonga pays the arrears", ("state-tonga",))
    ]


def test_extract_condition_forms_a_necessity_opened_by_in_return_conditions_the_offer() -> None:
    x = _extract(
        "Gabon offered to lift the timber export ban. "
        "In return, Cameroon must reopen the river port."
    )
    (offer,) = x.proposals
    (c,) = x.conditions
    assert (c.proposal, c.requires) == (offer.key, ("state-cameroon",))
    assert "reopen the river port" in c.label
    # the side that must act puts no condition on its own offer
    y = _extract("Gabon offered to lift the timber ban. In return, Gabon must open the river port.")
    assert not y.conditions


def test_extract_condition_forms_signing_a_deal_on_condition_is_an_offer_on_terms() -> None:
    x = _extract("Chile will sign the fishing accord on condition that Peru frees the trawlers.")
    (p,) = x.proposals
    assert (p.proposers, p.label) == (("state-chile",), "sign the fishing accord")
    (c,) = x.conditions
    assert (c.label, c.requires) == ("on condition that Peru frees the trawlers", ("state-peru",))


def test_extract_condition_forms_on_condition_of_a_noun_is_a_condition() -> None:
    x = _extract("Chile offered to share the radar data on condition of reciprocity.")
    assert [c.label for c in x.conditions] == ["on condition of reciprocity"]


def test_extract_condition_forms_a_named_side_doing_an_act_is_the_whole_condition() -> None:
    x = _extract("Chile conditioned the reopening of the border on Peru paying the port fees.")
    (p,) = x.proposals
    assert p.label == "the reopening of the border"
    (c,) = x.conditions
    assert (c.label, c.requires) == ("on Peru paying the port fees", ("state-peru",))


@pytest.mark.parametrize(
    "text",
    [
        "Chile set the payment of the port fees as a precondition for reopening the border.",
        "Chile made the payment of the port fees a precondition for reopening the border.",
    ],
)
def test_extract_condition_forms_a_precondition_set_or_made_conditions_what_it_is_for(
    text: str,
) -> None:
    x = _extract(text)
    (offer,) = [p for p in x.proposals if "reopening the border" in p.label]
    assert offer.proposers == ("state-chile",)
    assert [(c.proposal, c.label) for c in x.conditions] == [
        (offer.key, "the payment of the port fees")
    ]


def test_extract_condition_forms_a_hyphenated_verb_of_the_condition_keeps_its_subject() -> None:
    x = _extract("Norway is ready to discuss fishing quotas, provided that Iceland de-escalates.")
    (c,) = x.conditions
    assert (c.label, c.requires) == ("provided that Iceland de-escalates", ("state-iceland",))


def test_extract_a_demand_that_a_thing_be_contingent_on_a_is_conditional_on_a() -> None:
    x = _extract(
        "Peru demanded that any unified government be contingent on a clear date for elections."
    )
    [demand] = x.proposals
    assert [(c.proposal, c.label) for c in x.conditions] == [
        (demand.key, "contingent on a clear date for elections")
    ]


def test_extract_an_offer_on_an_act_of_a_states_parliament_is_addressed_to_the_state() -> None:
    x = _extract(
        "Turkey will back Sweden's bid once the Swedish parliament passes the new anti-terror law."
    )
    [offer] = x.proposals
    assert offer.addressees == ("state-sweden",)


@pytest.mark.parametrize(
    "text",
    [
        "Chile will keep the tariffs until Peru offers access to its fish market.",
        "Chile will not sign the accord unless Peru proposes a new quota.",
        "If Peru offers a new quota, Chile will sign the accord.",
    ],
)
def test_extract_an_offer_in_a_condition_clause_is_supposed_not_made(text: str) -> None:
    assert "state-peru" not in {k for p in _extract(text).proposals for k in p.proposers}


def test_extract_condition_forms_a_passive_of_granting_asks_the_granting_side() -> None:
    x = _extract("Peru offered talks to Chile provided its monitors are given access to the port.")
    assert [(p.addressees, p.label) for p in x.proposals] == [(("state-chile",), "talks")]
    assert [c.requires for c in x.conditions] == [("state-chile",)]


@pytest.mark.parametrize(
    ("text", "label", "requires"),
    [
        (
            "Chile would reopen the crossing provided Peru withdrew its troops, according to a "
            "statement from the foreign ministry.",
            "provided Peru withdrew its troops",
            ("state-peru",),
        ),
        (
            "Chile has offered to reopen the crossing in return for a Peruvian troop withdrawal.",
            "in return for a Peruvian troop withdrawal",
            ("state-peru",),
        ),
    ],
)
def test_extract_condition_forms_attribution_left_out_and_whose_act_a_demonym_says(
    text: str, label: str, requires: tuple[str, ...]
) -> None:
    assert [(c.label, c.requires) for c in _extract(text).conditions] == [(label, requires)]


def test_extract_condition_forms_on_one_condition_is_no_word_of_the_offer() -> None:
    x = _extract("Chile offered to lift sanctions on one condition: that Peru frees the crews.")
    assert [p.label for p in x.proposals] == ["lift sanctions"]
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("that Peru frees the crews", ("state-peru",))
    ]


def test_extract_condition_forms_only_when_and_a_name_the_tagger_took_for_an_adjective() -> None:
    x = _extract("Nepal will reopen the crossing only when Bhutan repairs the road.")
    assert [(c.label, c.requires) for c in x.conditions] == [
        ("only when Bhutan repairs the road", ("state-bhutan",))
    ]
    x = _extract("Nepal will only reopen the crossing when Bhutan repairs the road.")
    assert [c.requires for c in x.conditions] == [("state-bhutan",)]
    assert _extract("Nepal reopened the crossing when Bhutan repaired the road.").conditions == ()


def test_extract_condition_forms_a_passive_moving_a_state_s_forces_asks_that_state() -> None:
    x = _extract(
        "Russia keeps soldiers in the valley. Georgia will not reopen the road until the"
        " Russian troops are withdrawn."
    )
    assert [c.requires for c in x.conditions] == [("state-russia",)]
    x = _extract(
        "Russia keeps soldiers in the valley. Georgia will not reopen the road until the"
        " Russian troops are withdrawn by Armenia."
    )
    assert [c.requires for c in x.conditions] == [("state-armenia",)]
