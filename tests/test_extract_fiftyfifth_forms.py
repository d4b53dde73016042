"""Forms of English met in wire copy, analyses, live blogs and communiques, in phrasings of
our own: a plural word the tagger took for a noun though the parse gave it a subject, ..."""

from __future__ import annotations

from extraction_helpers import built, extract, proposed

from graph.extract.mentions import resolve_mentions
from graph.extract.parse import _verbs_taken_for_nouns
from graph.extract.text import split_sentences

_DATED = "Lima, 3 May 2026\n\n"


def test_a_plural_word_with_a_subject_and_a_marker_is_a_verb() -> None:
    doc = built(
        [
            ("provided", 0, "ROOT", "VBN", "VERB"),
            ("that", 4, "mark", "IN", "SCONJ"),
            ("the", 3, "det", "DT", "DET"),
            ("firm", 4, "nsubj", "NN", "NOUN"),
            ("books", 0, "pcomp", "NNS", "NOUN"),
            ("berths", 4, "dobj", "NNS", "NOUN"),
            (".", 0, "punct", ".", "PUNCT"),
        ]
    )
    _verbs_taken_for_nouns(doc)
    assert (doc[4].tag_, doc[4].pos_) == ("VBZ", "VERB")
    assert (doc[5].tag_, doc[5].pos_) == ("NNS", "NOUN")  # no subject of its own: a noun


def test_no_description_of_a_state_runs_across_a_linking_word() -> None:
    text = (
        "Peru and Chile met on Monday. The 2021 accord between state lenders lapsed. "
        "The island state said it would wait."
    )
    found = [
        (text[m.start : m.end], m.form)
        for m in resolve_mentions(text, split_sentences(text)).mentions
        if m.form == "anaphor"
    ]
    assert found == [("The island state", "anaphor")]


def test_the_government_with_no_state_named_for_a_while_is_the_datelines() -> None:
    filler = (
        "The talks in the mountain town ran late into the night, and the delegates ate "
        "together in the old hall before the last session began. "
    )
    ex = extract(
        "QUITO - Ecuador on Monday offered talks on the river border. "
        + filler * 4
        + "The government demanded that the 2021 accord be rewritten."
    )
    assert ("Ecuador", "the 2021 accord be rewritten") in proposed(ex)


def test_a_modal_of_the_perfect_looks_back_and_asks_nothing() -> None:
    for said in ("Chile should have consulted Peru first", "Chile must have known of the plan"):
        assert not extract(_DATED + said + ", Ana Rios said.").proposals
    ex = extract(_DATED + "Chile should consult Peru first, Ana Rios said.")
    assert ("Ana Rios", "consult Peru first") in proposed(ex)


def test_what_a_side_wants_to_become_is_an_ambition_not_a_demand() -> None:
    ex = extract(_DATED + "Bolivia, which wants to become a transit hub, signed the deal.")
    assert not ex.proposals
    wants = extract(_DATED + "Bolivia wants Chile to become a transit hub.")
    assert ("Bolivia", "become a transit hub") in proposed(wants)  # asked of Chile
