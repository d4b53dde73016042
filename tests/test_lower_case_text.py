"""A page that lowered the case of its whole text still names the actors the lexicon knows."""

from __future__ import annotations

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences

_TEXT = (
    "q: on monday a spokesperson for the european commission said that the offers made by "
    "peru on the fishing quotas did not meet the requirements, and that the eu would reject "
    "them. what is your comment?\n\n"
    "a: peru has noted the statements made by the eu and by the commission. peru is deeply "
    "disappointed and will keep talking with chile about the quotas."
)


def test_a_text_without_capitals_names_the_actors_the_lexicon_knows() -> None:
    res = resolve_mentions(_TEXT, split_sentences(_TEXT))
    keys = {m.key for m in res.mentions}
    assert {"org-european-commission", "org-european-union", "state-peru", "state-chile"} <= keys


def test_a_text_with_capitals_is_read_as_written() -> None:
    text = "The talks in peru went on. " * 10 + "Chile said it would wait for the eu."
    keys = {m.key for m in resolve_mentions(text, split_sentences(text)).mentions}
    assert "state-peru" not in keys
