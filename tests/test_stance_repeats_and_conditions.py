"""Stances reported again, and conditions, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Condition, Stance, StanceKind
from graph.extract.repeats import merge_repeats


def _stances(text: str) -> list[tuple[str, str, str]]:
    found = extract_document(document_from_text(text, name="t.txt")).stances
    return [(s.holder, s.stance, s.label) for s in found]


def test_a_stance_on_a_position_reported_again_is_one_stance() -> None:
    text = (
        "Nepal rejected on Monday any talks with Bhutan on the dam's ownership. Its foreign"
        " minister said later that Nepal rejected talks with Bhutan over ownership of the dam."
    )
    assert _stances(text) == [
        ("state-nepal", "rejects", "any talks with Bhutan on the dam's ownership")
    ], _stances(text)


def _on(holder: str, kind: StanceKind, label: str, at: int) -> Stance:
    return Stance(holder=holder, stance=kind, label=label, span=(at, at + 10))


def test_a_repeat_needs_the_same_holder_kind_and_content() -> None:
    first = _on("state-nepal", "rejects", "talks on the ownership of the dam", 0)
    found = [
        first,
        _on("state-nepal", "rejects", "talks over ownership of the dam", 100),
        _on("state-bhutan", "rejects", "talks over ownership of the dam", 200),
        _on("state-nepal", "supports", "talks over ownership of the dam", 300),
        _on("state-nepal", "rejects", "a toll on the river barges", 400),
    ]
    _, _, kept = merge_repeats([], [], found)
    assert kept == (first, *found[2:])


def _conditions(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found = extract_document(document_from_text(text, name="t.txt"))
    labels = {p.key: p.label for p in found.proposals}
    return [(labels[c.proposal], c.label, c.requires) for c in found.conditions]


def _said(holder: str, kind: StanceKind, label: str, sentence: int) -> Stance:
    at = sentence * 100
    return Stance(holder, kind, label, span=(at, at + 10), evidence=(at, at + 90))


def test_a_headline_stance_restated_in_other_words_is_one_stance() -> None:
    found = [
        _said("state-nepal", "rejects", "Bhutan's terms for a river settlement", 0),
        _said("state-nepal", "rejects", "a charter on the river settlement drafted in Thimphu", 1),
        _said("state-nepal", "rejects", "a toll on the river barges", 2),
        # two positions of one sentence are two stances, however alike
        _said("state-nepal", "rejects", "a ban on trawlers near the upper valley", 3),
        _said("state-nepal", "rejects", "quotas for fishing in the upper valley", 3),
    ]
    _, _, kept = merge_repeats([], [], found)
    assert [s.label for s in kept] == [
        "Bhutan's terms for a river settlement",
        "a toll on the river barges",
        "a ban on trawlers near the upper valley",
        "quotas for fishing in the upper valley",
    ]


def test_it_depends_on_them_conditions_the_proposal_said_last() -> None:
    # "it" stands for the offer, not for the state a pronoun might refer to
    text = (
        "Nepal is ready to reopen the pass to traders, the Nepalese foreign minister said."
        " \u201cI am ready to send an envoy to Bhutan next week, but it depends on Bhutan,\u201d"
        " Foreign Minister Aldo Varga said at a forum in Kathmandu."
    )
    assert _conditions(text) == [
        ("send an envoy to Bhutan next week", "depends on Bhutan", ("state-bhutan",))
    ], _conditions(text)


def _if(label: str, sentence: int, proposal: str = "p1") -> Condition:
    at = sentence * 100
    return Condition(proposal=proposal, label=label, span=(at, at + 50), evidence=(at, at + 90))


def test_a_condition_restated_in_another_sentence_is_kept_once() -> None:
    first = _if("if the talks bring real progress", 0)
    found = [
        first,
        _if("if the junta makes real progress in the talks", 1),
        _if("if the junta makes real progress in the talks", 1, proposal="p2"),
        _if("if Norland withdraws its gunboats", 2),
    ]
    _, kept, _ = merge_repeats([], found, [])
    assert kept == (first, *found[2:])


def test_the_parts_of_one_condition_clause_are_two_conditions() -> None:
    # the parts share their named subject, not their content
    found = [
        _if("only after the Sahel Front (SF) lays down arms", 0),
        _if("only after the Sahel Front (SF) gives up its raids", 0),
    ]
    _, kept, _ = merge_repeats([], found, [])
    assert kept == tuple(found)


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # a rejecting judgement on a proposal noun in a reported clause: the speaker rejects it
        (
            "Nepal's foreign minister Aldo Varga said Bhutan had put forward absurd demands"
            " on the river trade.",
            {("person-aldo-varga", "rejects"), ("state-nepal", "rejects")},
        ),
        # ... not in the writer's own words, nor on the speaker's own demands
        ("Bhutan has made absurd demands on the river trade.", set()),
        ("Nepal said it would never make absurd demands on Bhutan.", set()),
    ],
)
def test_a_judgement_on_a_proposal_noun_in_reported_words(
    text: str, holders: set[tuple[str, str]]
) -> None:
    assert {(h, s) for h, s, _ in _stances(text)} == holders, _stances(text)
