"""Forms of English that say who rejects or supports what, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.stance, s.label) for s in _extract(text).stances}


@pytest.mark.parametrize(
    ("text", "holder", "stance", "target"),
    [
        # a gerund the parse made a clause of its own after the particle: the object
        (
            "Denmark offered to buy the harbour. Oslo has ruled out renewing the lease on the "
            "harbour.",
            "state-norway",
            "rejects",
            "renewing the lease on the harbour",
        ),
        # a vote with nothing after "against": on the text named before
        (
            "The council adopted a resolution on river tolls on Monday. Bolivia voted against.",
            "state-bolivia",
            "rejects",
            "resolution on river tolls",
        ),
        # an owner's proposal noun with a word of its own: the owner's proposal that holds it,
        # not merely the owner's latest
        (
            "Chile proposed a joint patrol of the bay and later offered Peru a fishing quota. "
            "Peru backed Chile's patrol proposal.",
            "state-peru",
            "supports",
            "joint patrol of the bay",
        ),
        # an object the parse made the subject of a participle clause of the verb's own
        (
            "Mongolia welcomes the border protocol signed last week in Ulaanbaatar.",
            "state-mongolia",
            "supports",
            "the border protocol signed in Ulaanbaatar",
        ),
        # ... or of the noun's own infinitive: the infinitive is the object's too
        (
            "Nepal welcomes the deal brokered by the mediators to quickly reopen the mountain "
            "pass.",
            "state-nepal",
            "supports",
            "to quickly reopen the mountain pass",
        ),
        # a refused modal support verb puts nothing forward: its object is another's offer
        (
            "Laos offered a share of the dam's power. Thailand said it could not accept the offer.",
            "state-thailand",
            "rejects",
            "a share of the dam's power",
        ),
        # "the idea", "the request": the latest proposal of its kind another side put forward
        (
            "Kenya proposed a joint census of the herds. Somalia welcomed the idea.",
            "state-somalia",
            "supports",
            "joint census of the herds",
        ),
        (
            "Kenya demanded a return of the seized boats. Somalia rejected the request.",
            "state-somalia",
            "rejects",
            "return of the seized boats",
        ),
        (
            "Kenya called for a return of the seized boats. Somalia rejected the idea.",
            "state-somalia",
            "rejects",
            "return of the seized boats",
        ),
        (
            "Kenya proposed a joint census of the herds. A day later Somalia rejected the plan.",
            "state-somalia",
            "rejects",
            "joint census of the herds",
        ),
        # ... not one with content of its own
        (
            "Kenya proposed a joint census of the herds. Somalia turned down the idea of a "
            "boat swap.",
            "state-somalia",
            "rejects",
            "idea of a boat swap",
        ),
        # a verb that is a stance verb only with its particle ("consider positively") is not one
        # without it: the refusal is the stance
        (
            "Laos offered a share of the dam's power. Thailand refused to consider the offer.",
            "state-thailand",
            "rejects",
            "a share of the dam's power",
        ),
        # a verb of judging whose judgement the parse made a clause with the object as subject
        (
            "Laos offered a share of the dam's power. Thailand found the offer unacceptable.",
            "state-thailand",
            "rejects",
            "a share of the dam's power",
        ),
        # a summing noun after a comma: the clause it sums up
        (
            "Ecuador insisted that the quota cover every fleet, a point Peru endorsed.",
            "state-peru",
            "supports",
            "the quota cover every fleet",
        ),
    ],
)
def test_extract_stance_target_resolved(text: str, holder: str, stance: str, target: str) -> None:
    found = _stances(text)
    assert any(h == holder and s == stance and label.endswith(target) for h, s, label in found), (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Peru accepted that the talks failed.",  # a clause with its subordinator
        "Peru accepted the talks had failed.",  # ... with an auxiliary
        "Peru accepted the ministers signed the treaty.",  # a clause with an object of its own
    ],
)
def test_extract_stance_clause_complement_is_no_object(text: str) -> None:
    assert not _stances(text), _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # refusing to be bound by a text rejects it, with what the parse hung on the verb
        (
            "Honduras has made clear it will not enter into a fisheries pact with Belize over the "
            "reef.",
            {("state-honduras", "rejects", "a fisheries pact with Belize over the reef")},
        ),
        (
            "Namibia said it would never sign the water-sharing accord.",
            {("state-namibia", "rejects", "the water-sharing accord")},
        ),
        # signing is an act, not a stance; refusing on a condition offers; a principle
        ("Namibia signed the water-sharing accord.", set()),
        ("Namibia will not sign the accord unless Angola pays.", set()),
        ("Namibia will not sign the accord while the river stays closed.", set()),
        ("Namibia will not sign anything that harms its farmers.", set()),
    ],
)
def test_extract_stance_refused_signing(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


def test_extract_stance_owner_proposal_without_a_shared_word_is_the_latest() -> None:
    found = _stances(
        "Chile proposed a joint patrol of the bay and later offered Peru a fishing quota. "
        "Peru backed Chile's latest proposal."
    )
    assert ("state-peru", "supports", "a fishing quota") in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # under "before" or "until": a stance still to be taken
        (
            "Fiji asked for lower tolls before consenting to support the river accord.",
            set(),
        ),
        ("Peru wants more time before endorsing the deal.", set()),
        # the object of a verb of rejecting: the rejection is the stance, on the approval
        (
            "Chile has ruled out approving the fishing accord until Peru pays the fine.",
            {("state-chile", "rejects")},
        ),
        ("Chile opposed backing the plan for a joint patrol.", {("state-chile", "rejects")}),
    ],
)
def test_extract_stance_held_back_by_the_verb_above(text: str, kept: set[tuple[str, str]]) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept


def test_extract_stance_taken_after_agreeing_stays_a_stance() -> None:
    found = _stances("After agreeing to back the plan, Chile proposed a joint patrol.")
    assert ("state-chile", "supports", "the plan") in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a support verb refused now or in the future, or after a negated readiness: a rejection
        ("Ecuador proposed a shrimp survey. Peru does not accept the survey.", {"rejects"}),
        ("Bolivia offered a rail link. Chile did not support the rail link.", {"rejects"}),
        ("Mongolia is not prepared to accept conditions on the rail loan.", {"rejects"}),
        ("Oman was not willing to endorse the gas swap.", {"rejects"}),
        # a reject verb refused takes no stance either way; a condition takes none
        # "never" with a support verb, past or present: a rejection held
        ("Ecuador proposed a shrimp survey. Peru has never accepted the survey.", {"rejects"}),
        ("Ecuador proposed a shrimp survey. Peru has not accepted the survey yet.", set()),
        # ... under a verb that also demands: with "will" or "would" it states, not asks
        ("Ecuador proposed a shrimp survey. Peru insisted it would never accept it.", {"rejects"}),
        ("Ecuador proposed a shrimp survey. Peru insisted it won't accept it.", {"rejects"}),
        ("Ecuador proposed a shrimp survey. Peru demanded that Chile accept it.", set()),
        ("Peru does not reject the survey.", set()),
        ("Chile will lift the tariff if Peru does not accept the survey.", set()),
    ],
)
def test_extract_stance_refused_support(text: str, kept: set[str]) -> None:
    assert {s for _, s, _ in _stances(text)} == kept


@pytest.mark.parametrize(
    ("text", "holder", "stance", "target"),
    [
        # an adverb particle: the object of the preposition after it and the verb
        (
            "Vietnam pushed back against the Chinese demand for a fishing moratorium.",
            "state-vietnam",
            "rejects",
            "fishing moratorium",
        ),
        (
            "Samoa offered a joint cable survey. Fiji positively responded to the survey offer.",
            "state-fiji",
            "supports",
            "cable survey",
        ),
        ("Kenya praised the Ugandan plan for a grain depot.", "state-kenya", "supports", "depot"),
        # a particle verb whose object is a preposition's: what the parse hung on the verb
        # after that object is the object's ("voted down the draft on X")
        (
            "The Slovak parliament voted down the draft on cross-border pensions.",
            "state-slovakia",
            "rejects",
            "draft on cross-border pensions",
        ),
        (
            "Tanzania signed off on the Kenyan plan for a joint customs post.",
            "state-tanzania",
            "supports",
            "plan for a joint customs post",
        ),
        (
            "Belarus derided the Lithuanian proposal for a transit fee as absurd.",
            "state-belarus",
            "rejects",
            "transit fee",
        ),
    ],
)
def test_extract_stance_verb_with_a_particle(
    text: str, holder: str, stance: str, target: str
) -> None:
    found = _stances(text)
    assert any(h == holder and s == stance and target in label for h, s, label in found), found


def test_extract_stance_support_of_any_one_sets_terms() -> None:
    # "would accept any deal that ...": the terms of an offer (condition-relative), no stance
    assert _stances("Fiji said it would accept any deal that reopens the port.") == set()
    assert {s for _, s, _ in _stances("Fiji rejects any deal that closes the port.")} == {"rejects"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a subject naming no actor holds its stance through the examples it lists
        (
            "Several coastal states, including Fiji and Tonga, backed the reef treaty.",
            {("state-fiji", "supports"), ("state-tonga", "supports")},
        ),
        (
            "Many members, such as Latvia and Estonia, opposed the grain quota.",
            {("state-latvia", "rejects"), ("state-estonia", "rejects")},
        ),
    ],
)
def test_extract_stance_held_by_the_examples_a_subject_lists(
    text: str, kept: set[tuple[str, str]]
) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a stance noun given "to" something: the parse hangs the "to" phrase on the verb
        (
            "Ghana gave its backing to the cocoa pricing plan.",
            {("state-ghana", "supports", "the cocoa pricing plan")},
        ),
        (
            "Malta lent its support to the ferry subsidy scheme.",
            {("state-malta", "supports", "the ferry subsidy scheme")},
        ),
        (
            "Malta threw its support behind the ferry subsidy scheme.",
            {("state-malta", "supports", "the ferry subsidy scheme")},
        ),
        # a stance noun the clause overrides: on the clause's subject, or on its object
        (
            "Despite opposition from Tunisia, the ferry subsidy scheme was adopted.",
            {("state-tunisia", "rejects", "the ferry subsidy scheme")},
        ),
        (
            "Despite opposition from Tunisia, Malta adopted the ferry subsidy scheme.",
            {("state-tunisia", "rejects", "the ferry subsidy scheme")},
        ),
        # a stance noun met "with": the subject is what it is on
        (
            "Malta proposed a subsidy for ferries. The plan met with stiff resistance from "
            "Tunisia.",
            {("state-tunisia", "rejects", "a subsidy for ferries")},
        ),
        # ... "of" an actor: the actor holds it
        (
            "Malta proposed a subsidy for ferries. The plan won the backing of Tunisia.",
            {("state-tunisia", "supports", "a subsidy for ferries")},
        ),
        # a stance noun met, with what it is for hung on the verb
        (
            "Malta won backing from Tunisia for the ferry subsidy scheme.",
            {("state-tunisia", "supports", "the ferry subsidy scheme")},
        ),
    ],
)
def test_extract_stance_noun_given_to_a_target(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


@pytest.mark.parametrize(
    "text",
    [
        # a stance noun its verb's subject seeks from others: no stance of the subject's
        "Malta is seeking support for the ferry subsidy scheme.",
        "Malta asked for backing for the ferry subsidy scheme.",
        "Malta sought approval of the ferry subsidy scheme from Tunisia.",
    ],
)
def test_extract_stance_noun_sought_is_no_stance(text: str) -> None:
    assert not _stances(text), _stances(text)


@pytest.mark.parametrize(
    "text",
    [
        # the verb that gives a stance noun, asked of someone, still due or denied: not given
        "Malta's parliament has yet to give its support to the ferry subsidy scheme.",
        "Tunisia urged Malta to give its backing to the ferry subsidy scheme.",
        "Malta denied giving its support to the smugglers.",
    ],
)
def test_extract_stance_noun_not_yet_given(text: str) -> None:
    assert not _stances(text), _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the answer word before the verb's "to" phrase: the subject's stance on its object
        (
            "Uruguay said no to the Argentine request for a river toll.",
            {("state-uruguay", "rejects", "request for a river toll")},
        ),
        (
            "Uruguay has said yes to the Argentine plan for a river toll.",
            {("state-uruguay", "supports", "plan for a river toll")},
        ),
        # "no" as a determiner, a negated or an asked answer: no stance
        ("Uruguay said no decision on the river toll had been made.", set()),
        ("Uruguay did not say no to the Argentine plan for a river toll.", set()),
        ("Argentina urged Uruguay to say yes to the plan for a river toll.", set()),
    ],
)
def test_extract_stance_answer_to(text: str, kept: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == kept, _stances(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past participle with a "by" agent on a noun: the agent's stance on the noun
        (
            "Norway offered a quota on cod. The offer, opposed by Iceland, lapsed.",
            {("state-iceland", "rejects", "a quota on cod")},
        ),
        # ... or opening a clause: its subject
        (
            "Norway offered a quota on cod. Rejected by Iceland, the offer lapsed.",
            {("state-iceland", "rejects", "a quota on cod")},
        ),
        # ... not a fighting force backed by someone: nothing put forward
        ("Backed by Iran, the militia seized the port.", set()),
        (
            "The herring plan backed by Denmark and Sweden passed.",
            {
                ("state-denmark", "supports", "The herring plan"),
                ("state-sweden", "supports", "The herring plan"),
            },
        ),
    ],
)
def test_extract_stance_participle_with_an_agent(
    text: str, kept: set[tuple[str, str, str]]
) -> None:
    assert _stances(text) == kept, _stances(text)


def test_extract_a_participle_after_a_reported_clause_is_held_by_its_speaker() -> None:
    x = _extract("Peru said any dialogue would be bilateral, ruling out foreign mediation.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "rejects", "foreign mediation")
    ]
    assert not _extract("The talks resumed on Monday, ruling out a delay.").stances


@pytest.mark.parametrize("likely", ["likely", "unlikely"])
def test_extract_a_stance_forecast_by_an_adjective_of_likelihood_is_none(likely: str) -> None:
    x = _extract(f"Chile offered a fishing truce. Peru is {likely} to accept the offer.")
    assert not x.stances
    assert _extract("Chile offered a fishing truce. Peru accepted the offer.").stances


def test_extract_stance_on_what_a_free_relative_calls_the_thing() -> None:
    text = (
        'Ana Rios (Peru) turned down what she called a "blank cheque" for the use of force at sea.'
    )
    assert ("person-ana-rios", "rejects", "a blank cheque for the use of force at sea") in (
        _stances(text)
    )


def test_extract_stance_on_a_scheme_named_before_is_on_that_scheme_not_a_later_proposal() -> None:
    text = (
        "Chile and Peru missed the first targets of the UN-backed fisheries roadmap. Under it, "
        "a joint patrol would be formed only once the quotas were set. Ecuador endorsed the "
        "roadmap on Monday."
    )
    stances = _stances(text)
    assert ("state-ecuador", "supports", "the roadmap") in stances
    assert not any(h == "state-ecuador" and "patrol" in t for h, _, t in stances)


def test_extract_stance_on_the_offer_is_on_the_latest_offer_not_an_older_echo_of_its_verb() -> None:
    text = (
        "Peru offered to host talks in Lima on Monday. Chile proposed a joint coastal patrol. "
        "The Andean Community said it was ready to send observers if both sides asked. "
        "Bolivia's foreign minister, Ana Rojas, turned the offer down."
    )
    stances = _stances(text)
    assert ("state-bolivia", "rejects", "send observers") in stances
    assert not any("host talks" in t for _, _, t in stances)


def test_extract_open_to_the_idea_is_a_stance_and_open_to_talks_an_offer() -> None:
    idea = _extract(
        "Chile proposed a joint patrol of the fishing grounds. Peru said it was open to the idea."
    )
    assert ("state-peru", "supports", "a joint patrol of the fishing grounds") in {
        (s.holder, s.stance, s.label) for s in idea.stances
    }
    assert not [p for p in idea.proposals if "state-peru" in p.proposers]
    talks = _extract("Peru said it was open to talks with Chile.")
    assert not talks.stances
    assert [p.label for p in talks.proposals] == ["talks with Chile"]


def test_extract_declining_to_say_takes_no_stance_and_says_nothing() -> None:
    x = _extract("Ana Rios declined to say whether Chilean ships were involved.")
    assert not x.stances
    assert not x.statements


def test_extract_a_bare_assent_supports_what_was_just_put_forward() -> None:
    assert ("state-peru", "supports", "a joint patrol") in _stances(
        "Chile proposed a joint patrol. Peru agreed."
    )
    assert not _stances("Chile proposed a joint patrol. Peru has not agreed.")
    far = (
        "Chile proposed a joint patrol. Three weeks later, after long talks in Lima about many "
        "other issues, the ministers met again. Peru agreed."
    )
    assert not _stances(far)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile met in Quito. Chile proposed a truce. In Lima, the government rejected"
        " the offer.",
        "Chile proposed a truce to Peru. The offer was rejected in Lima.",
    ],
)
def test_extract_stance_forms_the_capital_a_sentence_places_it_in_holds_it(text: str) -> None:
    assert [(s.holder, s.stance) for s in _extract(text).stances] == [("state-peru", "rejects")]


def test_extract_stance_forms_an_assent_with_a_but_supports_what_was_put_before_it() -> None:
    x = _extract("Chile proposed a truce. Peru accepted, but said the truce must be monitored.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "supports", "a truce")
    ]


def test_extract_stance_forms_a_demand_that_with_a_bare_verb_then_a_passive() -> None:
    x = _extract("Chile's demand that Peru pay damages was rejected by Lima.")
    (p,) = x.proposals
    assert (p.kind, p.proposers, p.label) == (
        "demand",
        ("state-chile",),
        "demand that Peru pay damages",
    )
    assert [(s.holder, s.stance) for s in x.stances] == [("state-peru", "rejects")]
    x = _extract("Chile's request that Peru extradite the suspects was turned down by Lima.")
    assert [p.label for p in x.proposals] == ["request that Peru extradite the suspects"]
    x = _extract("Chile's insistence that Peru pay damages has stalled the talks.")
    assert [p.label for p in x.proposals] == ["insistence that Peru pay damages"]


def test_extract_stance_forms_a_passive_judgement_with_its_by_agent() -> None:
    x = _extract("The fishing plan was described by Peru as unrealistic.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "rejects", "The fishing plan")
    ]
    assert _extract("The fishing plan was described as unrealistic.").stances == ()


def test_extract_stance_forms_a_judgement_in_a_reduced_relative_on_an_apposition() -> None:
    x = _extract("Chile wants a share of the port fees, a demand Lima calls unreasonable.")
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "rejects", "a share of the port fees")
    ]
    assert [p.label for p in x.proposals] == ["a share of the port fees"]


def test_extract_stance_forms_a_noun_modifier_says_which_proposal_is_named() -> None:
    x = _extract("Chile offered Peru a joint patrol. Peru rejected the licensing idea.")
    assert [(s.holder, s.label) for s in x.stances] == [("state-peru", "the licensing idea")]
    x = _extract("Chile offered Peru a joint patrol. Peru rejected the patrol idea.")
    assert [(s.holder, s.label) for s in x.stances] == [("state-peru", "a joint patrol")]


def test_extract_stance_forms_the_demand_rejected_is_the_condition_set_for_the_holder() -> None:
    x = _extract(
        "Chile demanded an apology. Chile was willing to reopen the port as long as Lima"
        " released the three sailors. Peru has rejected the demand."
    )
    assert [(s.holder, s.stance, s.label) for s in x.stances] == [
        ("state-peru", "rejects", "the demand")
    ]
    x = _extract("Chile demanded an apology. Peru has rejected the demand.")
    assert [s.label for s in x.stances] == ["an apology"]


def test_extract_stance_forms_support_put_in_question_is_no_support_held() -> None:
    x = _extract("Chile warned that Santiago would reconsider its support for the mission.")
    assert x.stances == ()
    x = _extract("Chile reaffirmed its support for the mission.")
    assert [(s.holder, s.stance) for s in x.stances] == [("state-chile", "supports")]
