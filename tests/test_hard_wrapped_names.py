"""A name broken across the lines of hard-wrapped text is one name."""

from __future__ import annotations

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences

_WRAPPED = (
    "Norland and Tessaly agree on river patrols\n"
    "\n"
    "At a meeting on Monday morning, the Foreign Minister of Peru, Anton\n"
    "Brisk, met the envoys of Chile and Bolivia in the old river port to\n"
    "discuss the incidents on the river and the new patrols that were\n"
    "agreed last year. The talks were hosted by the Bolivian envoy Ilse\n"
    "Marenko.\n"
)


def _named(text: str) -> list[tuple[str, str]]:
    res = resolve_mentions(text, split_sentences(text))
    return [(text[m.start : m.end], res.entities[m.key].cls) for m in res.mentions]


def test_a_line_wrapped_at_its_width_carries_on_before_a_capital() -> None:
    starts = [_WRAPPED[s.start : s.end].split()[0] for s in split_sentences(_WRAPPED)]
    assert starts == ["Norland", "At", "The"]


def test_a_name_broken_at_a_wrap_is_one_person() -> None:
    named = _named(_WRAPPED)
    assert ("Anton\nBrisk", "Person") in named
    assert ("Ilse\nMarenko", "Person") in named
    assert not any(surface in ("Anton", "Brisk", "Ilse") for surface, _ in named)


def test_a_short_line_before_a_capital_is_no_wrap() -> None:
    text = (
        "Peru and Chile resume talks\n"
        "Chile said on Monday that it would send its envoy to Lima next week, and\n"
        "the talks would go on until the end of the month at the earliest.\n"
    )
    starts = [text[s.start : s.end].split()[0] for s in split_sentences(text)]
    assert starts == ["Peru", "Chile"]
