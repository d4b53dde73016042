"""Forms of English met in wire copy, analyses, live blogs, briefings and communiques, in
phrasings of our own: a stance on an act named by a gerund, a speaker's label in a
transcript's answer, a demonstrative object before an adverb, and a chain of pronouns
that back or reject what was put forward."""

from __future__ import annotations

from extraction_helpers import built, extract, heads, held_on

from graph.extract import parse

_DATED = "QUITO, 4 June 2026 (Reuters) - "


def test_a_stance_on_an_act_named_by_a_gerund_is_on_that_act() -> None:
    ex = extract(
        _DATED + "Ecuador and Colombia have proposed a shared marine reserve. The Coastal "
        "Birds Society said it was strongly opposed to quarrying anywhere along the shore."
    )
    assert (
        "Coastal Birds Society",
        "rejects",
        "quarrying anywhere along the shore",
    ) in held_on(ex)
    assert ("Coastal Birds Society", "rejects", "a shared marine reserve") not in held_on(ex)


def test_a_speakers_label_in_an_answer_is_no_word_of_its_sentence() -> None:
    ex = extract(
        "Foreign Ministry briefing, 4 June 2026\n\n"
        "Spokesperson Lucia Moreno of Ecuador's foreign ministry opened the briefing.\n\n"
        "Q: Does Quito object to the dam?\n\n"
        "Moreno: The Napo, as we call it, runs through both countries, and any dam "
        "upstream changes the flow downstream.\n"
    )
    said = [s.label for s in ex.statements]
    assert said and not any(s.startswith("Moreno") for s in said)


def test_a_name_given_with_as_we_call_it_is_nothing_said() -> None:
    ex = extract(
        _DATED + "The Napo, as Ecuador calls it, is a shared river, and any dam upstream "
        "changes the flow downstream, the minister said."
    )
    assert not [s for s in ex.statements if s.rule == "statements.as-said"]


def test_that_before_an_adverb_is_the_verbs_object() -> None:
    ex = extract(
        _DATED + "Colombia proposed a joint census of the border towns. Peru welcomes that warmly."
    )
    assert ("Peru", "supports", "a joint census of the border towns") in held_on(ex)


def test_a_pronoun_backed_after_a_pronoun_rejected_is_what_was_put_forward() -> None:
    ex = extract(
        _DATED + "Colombia proposed a joint census of the border towns. Venezuela "
        "rejected it on Monday. Peru endorsed it on Tuesday. Brazil opposed it as well."
    )
    census = "a joint census of the border towns"
    assert {("Venezuela", "rejects", census), ("Peru", "supports", census)} <= held_on(ex)
    assert ("Brazil", "rejects", census) in held_on(ex)


def test_a_name_set_off_at_the_end_of_a_parse_is_read_without_error() -> None:
    doc = built(
        [
            ("met", 0, "ROOT", "VBD", "VERB"),
            ("the", 2, "det", "DT", "DET"),
            ("union", 0, "dobj", "NN", "NOUN"),
            (",", 2, "punct", ",", "PUNCT"),
            ("Andina", 2, "npadvmod", "NNP", "PROPN"),
            ("today", 4, "npadvmod", "NN", "NOUN"),
        ]
    )
    parse._names_set_off_taken_for_adverbs(doc)
    assert heads(doc)["Andina"] == ("npadvmod", "union")
