"""Group phrases ("the three European powers") stand for the list of actors named before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.documents import Document
from graph.extract.groups import Named, PairTally, _lists, group_references
from graph.extract.pipeline import run

NOUNS = ["powers", "nations", "governments", "allies"]
MODIFIERS = ["western", "european"]


def _named(text: str, names: dict[str, str]) -> list[Named]:
    return [
        Named(m.start(), m.end(), key)
        for name, key in names.items()
        for m in re.finditer(re.escape(name), text)
    ]


def _groups(text: str, names: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    found = group_references(text, _named(text, names), NOUNS, MODIFIERS)
    return [(text[a:b], keys) for a, b, keys in found]


NAMES = {"Oman": "om", "Qatar": "qa", "Kuwait": "kw", "Chad": "td"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oman, Qatar and Kuwait met on Monday. The three nations agreed to talk.",
            [("The three nations", ("om", "qa", "kw"))],
        ),
        (
            "Oman and Qatar met on Monday. The Gulf powers agreed to talk.",
            [("The Gulf powers", ("om", "qa"))],
        ),
        (  # the number picks the list of that size, not the latest one
            "Oman, Qatar and Kuwait met. Chad and Qatar spoke later. The three governments agreed.",
            [("The three governments", ("om", "qa", "kw"))],
        ),
        ("Oman and Qatar met. Both governments agreed.", [("Both governments", ("om", "qa"))]),
    ],
)
def test_groups_stand_for_the_list_named_before(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _groups(text, NAMES) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oman and Qatar met. The nations of the region agreed.",  # said what they are
        "Oman and Qatar met. The three nations agreed.",  # no list of three
        "The Western powers agreed. Oman and Qatar met.",  # the list comes after
        "Oman met Qatar. The two nations agreed.",  # no list: "met" joins them
        "Oman and Qatar met. " + "Nothing happened for a long while. " * 20 + "The allies agreed.",
    ],
)
def test_groups_without_a_fitting_list_stand_for_no_one(text: str) -> None:
    assert _groups(text, NAMES) == []


def test_groups_a_group_phrase_proposes_for_its_members() -> None:
    x = run(
        Document(
            name="t.txt",
            text="Mexico, Peru and Chile wrote to the council. The three Pacific nations"
            " offered Bolivia a joint port authority.",
        )
    )
    (offer,) = x.proposals
    assert set(offer.proposers) == {"state-mexico", "state-peru", "state-chile"}
    assert offer.addressees == ("state-bolivia",)


def _named_together(
    text: str, named: list[Named], before: int, *, least: int = 2
) -> tuple[str, str] | None:
    """The pair named together most often before ``before``, counted afresh (what a tally
    answers from one pass)."""
    counts: dict[tuple[str, ...], int] = {}
    last: dict[tuple[str, ...], int] = {}
    for names in _lists(text, [m for m in named if m.end <= before]):
        if len(names) != 2:
            continue
        pair = tuple(sorted(m.key for m in names))
        counts[pair] = counts.get(pair, 0) + 1
        last[pair] = names[-1].end
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], last[k]))
    return (best[0], best[1]) if counts[best] >= least else None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Chile", "Peru", "Bolivia", "Ecuador"]),
            st.sampled_from([", ", " and ", ". ", " met "]),
        ),
        max_size=14,
    ),
    st.integers(min_value=1, max_value=3),
)
def test_groups_a_pair_tally_answers_as_a_count_afresh_does(
    words: list[tuple[str, str]], least: int
) -> None:
    text = "".join(name + joiner for name, joiner in words)
    named = [Named(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Z]\w+", text)]
    tally = PairTally(text, named)
    for before in range(len(text) + 1):
        assert tally.at(before, least=least) == _named_together(text, named, before, least=least)
