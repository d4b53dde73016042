"""Unknown capitalised names: offices, common noun phrases and the bodies a noun names."""

from __future__ import annotations

import pytest

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences


def _named(text: str) -> list[tuple[str, str, str | None]]:
    res = resolve_mentions(text, split_sentences(text))
    out = []
    for m in res.mentions:
        info = res.entities[m.key]
        if info.cls in ("State", "Organisation", "Person"):
            out.append((text[m.start : m.end], info.cls, info.fine))
    return out


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Aides say Fisheries Minister Tomas Vell will meet the lenders.", "Fisheries Minister"),
        ("The Tessaly Resident Coordinator, Ms. Ilse Maren, spoke first.", "Resident Coordinator"),
    ],
)
def test_offices_and_common_noun_phrases_are_no_one(text: str, absent: str) -> None:
    assert not any(absent in surface for surface, cls, _ in _named(text) if cls == "Person")
