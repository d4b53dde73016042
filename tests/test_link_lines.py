"""Links to other stories ("Read more: ...", a "Related" label over headlines) are no sentences
of the story: the names in them are not its actors."""

from __future__ import annotations

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences


def _keys(text: str) -> set[str]:
    return {m.key for m in resolve_mentions(text, split_sentences(text)).mentions}


def test_a_read_more_line_is_no_sentence() -> None:
    text = (
        "Peru said it would wait for Chile's answer.\n\n"
        "Read more: Anton Brisk tours Bolivia to sell the river accord\n\n"
        "Chile has not replied."
    )
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["Peru said it would wait for Chile's answer.", "Chile has not replied."]
    assert "state-bolivia" not in _keys(text)


def test_the_headlines_under_a_related_label_are_no_sentences() -> None:
    text = (
        "Peru said it would wait for Chile's answer.\n\n"
        "RELATED:\n\n"
        "Bolivia Asks Ecuador to Join the River Talks\n\n"
        "Chile has not replied, officials in Lima said."
    )
    keys = _keys(text)
    assert "state-bolivia" not in keys and "state-ecuador" not in keys
    assert "state-chile" in keys


def test_a_sentence_about_reading_more_is_kept() -> None:
    text = "Read more about the accord, Peru told Chile on Monday."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [text]


def test_a_line_giving_the_reading_time_is_no_sentence() -> None:
    text = (
        "Peru and Chile resume river talks\n"
        "Andean Wire Service May 3, 2024 3 min read\n"
        "Peru said it would wait for Chile's answer."
    )
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "Peru and Chile resume river talks",
        "Peru said it would wait for Chile's answer.",
    ]
