"""The parse layer's token map: which entities each token names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract.mentions import Mention
from graph.extract.parse import _token_keys

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
    assert _token_keys(doc, start, inside) == expected
