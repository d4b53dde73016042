"""The parse layer: which entities each token names, and the attribute rules as tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import UnknownComponentError
from graph.extract.attributes import AttributeTables
from graph.extract.mentions import Mention
from graph.extract.parse import Parsed, _kept, _token_keys, scare_quotes, unquoted
from graph.extract.text import split_sentences

spacy = pytest.importorskip("spacy")
NLP = spacy.blank("en")
TEXT = "Prime Minister Anna Kovac of Norway met the Russian side in Oslo on Monday."

mentions = st.lists(
    st.builds(
        lambda a, n, key: Mention(a, min(len(TEXT), a + n), key),
        st.integers(0, len(TEXT) - 1),
        st.integers(1, 25),
        st.sampled_from(["state-norway", "person-anna-kovac", "pair-a", "pair-b"]),
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(mentions, st.integers(0, 5))
def test_parse_token_keys_are_the_mentions_each_token_overlaps(found: list, shift: int) -> None:
    doc = NLP(TEXT)
    start = shift  # the sentence's offset in the document
    inside = sorted(
        (Mention(m.start + start, m.end + start, m.key) for m in found),
        key=lambda m: (m.start, m.end),
    )
    expected = tuple(
        tuple(
            dict.fromkeys(
                m.key
                for m in inside
                if m.start < start + t.idx + len(t.text) and start + t.idx < m.end
            )
        )
        for t in doc
    )
    assert _token_keys(Parsed(0, start, doc, ()), inside) == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 5))
def test_parse_a_sentence_without_its_scare_quotes_maps_back_to_the_text(shift: int) -> None:
    sentence = 'Chad said it was "vital" that Niger "fully" left, "we go home whatever they say."'
    removed = scare_quotes(sentence)
    assert [sentence[k] for k in removed] == ['"'] * 4  # not the longer quotation's marks
    doc = NLP(unquoted(sentence, removed))
    parsed = Parsed(0, shift, doc, (), _kept(len(sentence), removed))
    text = " " * shift + sentence
    for tok in doc:
        a, b = parsed.span(tok)
        assert text[a:b] == tok.text


def _parser() -> Any:
    from graph.extract.parse import load_parser

    try:
        return load_parser(None)
    except UnknownComponentError as exc:
        pytest.skip(str(exc))


def test_parse_attribute_tables_set_what_the_attribute_ruler_sets(fixtures_dir: Path) -> None:
    nlp = _parser()
    tables = AttributeTables.compile(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab)
    assert tables is not None
    sentences = [
        "I'd say you're not ready, but he isn't; she'd've gone and they've been here.",
        "Nothing, anyone or everybody: that is what it is.  Double  spaces\tand a tab.",
        "Y' know, nothin' was done n't.",
    ]
    for path in sorted((fixtures_dir / "heldout3" / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [text[s.start : s.end] for s in split_sentences(text)]

    def attributes(doc: Any) -> list[tuple[str, ...]]:
        return [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]

    ruled = nlp.pipe(sentences)
    tabled = nlp.pipe(sentences, disable=["attribute_ruler"])
    for a, b in zip(ruled, tabled, strict=True):
        assert attributes(a) == attributes(tables(b))


@pytest.mark.parametrize(
    "pattern",
    [
        {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "x"}},
    ],
)
def test_parse_attribute_tables_leave_other_shapes_to_spacy(pattern: dict[str, Any]) -> None:
    assert AttributeTables.compile([pattern], NLP.vocab) is None
