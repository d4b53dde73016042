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
