"""Every entry of the construction lexicon, run through the extractor on its own example.

``graph/data/constructions.json`` groups the cue words by English construction; each
entry carries a sentence of our own with the actor the rule must find (``by``) and
words the fact's label must hold (``content``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.documents import document_from_text
from graph.extract import Extraction, extract_document
from graph.lexicon import DATA_DIR, norm_token

DATA = json.loads((DATA_DIR / "constructions.json").read_text(encoding="utf-8"))

_FACTS = {
    "condition-marker": "conditions",
    "condition-predicate": "conditions",
    "condition-named": "conditions",
    "condition-first": "conditions",
    "condition-relative": "conditions",
    "condition-tying": "conditions",
    "condition-prerequisite": "conditions",
    "exchange-opener": "conditions",
    "reject-verb": "stances",
    "support-verb": "stances",
    "judgement-adjective": "stances",
    "stance-noun": "stances",
    "stance-adjective": "stances",
    "drawn-response": "stances",
    "none-will-be": "stances",
    "no-grounds": "stances",
    "answer-to": "stances",
    "bare-answer": "stances",
    "refused-support": "stances",
    "refused-signing": "stances",
    "speech-verb": "statements",
    "feeling-verb": "statements",
    "made-clear": "statements",
    "feeling-adjective": "statements",
    "relative-described": "statements",
    "quoted-as": "statements",
    "titled-list": "statements",
    "definite-speech-noun": "statements",
    "apposition-in-list": "affiliations",
    "title-then-name": "affiliations",
    "qualified-body": "affiliations",
    "title-as-second-subject": "affiliations",
    "apposition-in-words": "affiliations",
    "session-holder": "statements",
    "in-the-view-of": "statements",
    "statement-conditional-act": "no-statement",
    "statement-obligation": "no-statement",
    "statement-nested-report": "no-statement",
}


def _rows() -> list[tuple[str, dict[str, object]]]:
    return [
        pytest.param(name, entry, id=f"{name}:{entry.get('lemma') or entry.get('marker')}")
        for name, spec in DATA["constructions"].items()
        for entry in spec["entries"]
    ]


def _names(ex: Extraction, key: str) -> set[str]:
    e = next((e for e in ex.entities if e.key == key), None)
    if e is None:
        return {key}
    return {norm_token(x).lower() for x in (e.label, *e.aliases)}


def _found(ex: Extraction, fact: str, by: str, content: str) -> bool:
    want = norm_token(by).lower()
    if fact == "proposals":
        return any(
            content.lower() in p.label.lower() and any(want in _names(ex, k) for k in p.proposers)
            for p in ex.proposals
        )
    if fact == "conditions":
        owners = {p.key: p.proposers for p in ex.proposals}
        return any(
            content.lower() in c.label.lower()
            and any(want in _names(ex, k) for k in owners.get(c.proposal, ()))
            for c in ex.conditions
        )
    if fact == "stances":
        return any(
            want in _names(ex, s.holder)
            and content.lower() in (s.label + " " + _label_of(ex, s.proposal)).lower()
            for s in ex.stances
        )
    if fact == "no-statement":  # a construction that says what is no statement
        return not _found(ex, "statements", by, content)
    if fact == "affiliations":  # "by" names the person, "content" the body they belong to
        return any(
            want in _names(ex, a.person) and norm_token(content).lower() in _names(ex, a.org)
            for a in ex.affiliations
        )
    return any(
        content.lower() in st.label.lower() and any(want in _names(ex, k) for k in st.speakers)
        for st in ex.statements
    )


def _label_of(ex: Extraction, key: str | None) -> str:
    return next((p.label for p in ex.proposals if p.key == key), "")


@pytest.mark.parametrize(("construction", "entry"), _rows())
def test_constructions_example_is_read(construction: str, entry: dict[str, str]) -> None:
    ex = extract_document(document_from_text("Example\n\n" + entry["example"]))
    fact = _FACTS.get(construction, "proposals")
    assert _found(ex, fact, entry["by"], entry["content"]), (
        f"{construction} {entry}: proposals={[(p.proposers, p.label) for p in ex.proposals]} "
        f"conditions={[(c.proposal, c.label) for c in ex.conditions]} "
        f"stances={[(s.holder, s.label) for s in ex.stances]} "
        f"statements={[(s.speakers, s.label) for s in ex.statements]} "
        f"affiliations={[(a.person, a.org) for a in ex.affiliations]}"
    )


def test_constructions_every_entry_has_an_example() -> None:
    for name, spec in DATA["constructions"].items():
        assert spec["about"] and spec["rule"], name
        for entry in spec["entries"]:
            assert entry.get("example") and entry.get("by") and entry.get("content"), (name, entry)
            assert entry["content"].lower() in entry["example"].lower(), (name, entry)


def test_constructions_file_is_the_one_the_package_reads() -> None:
    assert (Path(DATA_DIR) / "constructions.json").is_file()


def test_constructions_forms_of_a_construction_are_its_lemmas_inflected() -> None:
    from graph.extract.cues import load_cues

    cues = load_cues()
    forms = cues.forms("speech-verb")
    assert {"say", "said", "says", "announced"} <= forms
    assert "talks" not in forms
    assert cues.forms("speech-verb") is forms  # made once
