"""The parse layer: which entities each token names, and the attribute rules as tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extraction_helpers import built as _built
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import UnknownComponentError
from graph.extract.attributes import AttributeTables
from graph.extract.mentions import Mention
from graph.extract.parse import Parsed, _kept, _token_keys, asides, scare_quotes, unquoted
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


_ASIDES = frozenset({"for its part", "for her part"})


@pytest.mark.parametrize(
    ("sentence", "parsed"),
    [
        ("Peru, for its part, has ruled out talks.", "Peru has ruled out talks."),
        ("Peru has for her part ruled out talks.", "Peru has ruled out talks."),
        ("For its part, Peru wants talks.", "Peru wants talks."),
        ("Peru wants talks, for its part.", "Peru wants talks."),
        ("Peru, for its part has ruled out talks.", "Peru has ruled out talks."),
        ("Peru spoke for its partners.", "Peru spoke for its partners."),  # not an aside
    ],
)
def test_parse_an_aside_is_left_out_of_the_parsed_sentence(sentence: str, parsed: str) -> None:
    removed = asides(sentence, _ASIDES)
    assert unquoted(sentence, removed) == parsed
    doc = NLP(parsed)
    mapped = Parsed(0, 0, doc, (), _kept(len(sentence), removed))
    for tok in doc:
        a, b = mapped.span(tok)
        assert sentence[a:b] == tok.text


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


# -- tree repairs: what the parser gets wrong in general English, mended for every parse ---


def _repaired(text: str) -> dict[str, tuple[str, str]]:
    """Each word of ``text`` (by its spelling) with its relation and head, after the repairs."""
    from graph.extract.parse import _numbered_subjects, _verbs_under_names, load_parser

    doc = load_parser()(text)
    _numbered_subjects(doc)
    _verbs_under_names(doc)
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_parse_a_numbered_part_is_the_subject_not_its_number() -> None:
    words = _repaired("Stage one would see the troops withdraw from the towns.")
    assert words["Stage"] == ("nsubj", "see")
    assert words["one"] == ("nummod", "Stage")


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz called on Chad to release the prisoners.",
        "Chad's president, Ana Ruiz, who chairs the bloc, called on Mali to reconsider.",
    ],
)
def test_parse_a_verb_hung_below_a_name_is_the_sentences_verb(text: str) -> None:
    words = _repaired(text)
    assert words["called"][0] == "ROOT"
    assert words["."] == ("punct", "called")
    assert ("nsubj", "called") in {words["Ruiz"], words.get("president")}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("This plan aimed to place both sides on equal footing.", "aimed"),
        ("The plan proposed by Egypt.", "proposed"),
    ],
)
def test_parse_a_description_or_a_participle_with_its_agent_stays(text: str, verb: str) -> None:
    assert _repaired(text)[verb][0] != "ROOT"


def test_parse_the_last_item_of_a_list_in_a_that_clause_is_coordinated_with_the_list() -> None:
    from graph.extract.parse import _lists_ended_in_clauses

    # "It is vital that Peru frees A, reopens B, and stops C": "stops" hung on "is"
    doc = _built(
        [
            ("It", 1, "nsubj", "PRP", "PRON"),
            ("is", 1, "ROOT", "VBZ", "AUX"),
            ("vital", 1, "acomp", "JJ", "ADJ"),
            ("that", 5, "mark", "IN", "SCONJ"),
            ("Peru", 5, "nsubj", "NNP", "PROPN"),
            ("frees", 1, "ccomp", "VBZ", "VERB"),
            ("sailors", 5, "dobj", "NNS", "NOUN"),
            (",", 5, "punct", ",", "PUNCT"),
            ("reopens", 5, "conj", "VBZ", "VERB"),
            ("ports", 8, "dobj", "NNS", "NOUN"),
            (",", 1, "punct", ",", "PUNCT"),
            ("and", 1, "cc", "CC", "CCONJ"),
            ("stops", 1, "conj", "VBZ", "VERB"),
            ("raids", 12, "dobj", "NNS", "NOUN"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    _lists_ended_in_clauses(doc)
    assert (doc[12].dep_, doc[12].head.text) == ("conj", "frees")
    assert (doc[11].dep_, doc[11].head.text) == ("cc", "frees")


def test_parse_a_verb_of_hoping_taken_for_a_plural_noun_heads_its_relative_clause() -> None:
    from graph.extract.parse import _clause_verbs_taken_for_nouns

    # "an agreement that Lima hopes would end the raids": "hopes" read as the subject of "end"
    doc = _built(
        [
            ("Peru", 1, "nsubj", "NNP", "PROPN"),
            ("wants", 1, "ROOT", "VBZ", "VERB"),
            ("an", 3, "det", "DT", "DET"),
            ("agreement", 1, "dobj", "NN", "NOUN"),
            ("that", 8, "mark", "WDT", "SCONJ"),
            ("Lima", 6, "compound", "NNP", "PROPN"),
            ("hopes", 8, "nsubj", "NNS", "NOUN"),
            ("would", 8, "aux", "MD", "AUX"),
            ("end", 3, "relcl", "VB", "VERB"),
            ("the", 10, "det", "DT", "DET"),
            ("raids", 8, "dobj", "NNS", "NOUN"),
            (".", 1, "punct", ".", "PUNCT"),
        ]
    )
    _clause_verbs_taken_for_nouns(doc, frozenset({"hopes"}))
    words = {t.text: (t.dep_, t.head.text, t.tag_) for t in doc}
    assert words["hopes"] == ("relcl", "agreement", "VBZ")
    assert words["end"][:2] == ("ccomp", "hopes")
    assert words["Lima"][:2] == ("nsubj", "hopes")
    assert words["that"][:2] == ("nsubj", "end")
    # a plural noun with a word of its own before it stays a noun ("the Peruvian hopes")
    doc = _built(
        [
            ("the", 2, "det", "DT", "DET"),
            ("Lima", 2, "compound", "NNP", "PROPN"),
            ("hopes", 4, "nsubj", "NNS", "NOUN"),
            ("would", 4, "aux", "MD", "AUX"),
            ("end", 4, "ccomp", "VB", "VERB"),
        ]
    )
    _clause_verbs_taken_for_nouns(doc, frozenset({"hopes"}))
    assert doc[2].tag_ == "NNS"


def test_parse_a_modal_verb_coordinated_with_a_verb_of_saying_is_what_it_says() -> None:
    from graph.extract.parse import _clauses_taken_for_conjuncts

    # "Peru announced the talks in Lima would involve only deputies": "involve" as a conjunct
    rows = [
        ("Peru", 1, "nsubj", "NNP", "PROPN"),
        ("announced", 1, "ROOT", "VBD", "VERB"),
        ("the", 3, "det", "DT", "DET"),
        ("talks", 1, "dobj", "NNS", "NOUN"),
        ("in", 1, "prep", "IN", "ADP"),
        ("Lima", 4, "pobj", "NNP", "PROPN"),
        ("would", 7, "aux", "MD", "AUX"),
        ("involve", 1, "conj", "VB", "VERB"),
        ("only", 9, "advmod", "RB", "ADV"),
        ("deputies", 7, "dobj", "NNS", "NOUN"),
        (".", 1, "punct", ".", "PUNCT"),
    ]
    doc = _built(rows)
    _clauses_taken_for_conjuncts(doc, frozenset({"announced"}))
    words = {t.text: (t.dep_, t.head.text) for t in doc}
    assert words["involve"] == ("ccomp", "announced")
    assert words["talks"] == ("nsubj", "involve")
    assert words["in"] == ("prep", "talks")
    # "announced the talks and would invite deputies": a true conjunct keeps its place
    rows[4:6] = [("and", 1, "cc", "CC", "CCONJ"), ("then", 7, "advmod", "RB", "ADV")]
    doc = _built(rows)
    _clauses_taken_for_conjuncts(doc, frozenset({"announced"}))
    assert (doc[7].dep_, doc[3].dep_) == ("conj", "dobj")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Norland is ready to re-establish its embassy in Tessaly.", "re-establish"),
        ("Tessaly wants aid and re-entry into the trade bloc.", "re-entry"),
        ("The two navies will Co-operate on patrols.", "Co-operate"),
        ("Tessaly called the toll plan a non-starter.", "non-starter"),
    ],
)
def test_parse_a_word_with_a_bound_prefix_is_one_token(text: str, word: str) -> None:
    from graph.extract.parse import _tokenizer, load_parser

    nlp = load_parser()
    doc = _tokenizer(nlp, frozenset({"re", "co", "non"}))(text)
    assert word in [t.text for t in doc]


def test_parse_other_hyphenated_words_keep_the_models_split() -> None:
    from graph.extract.parse import _tokenizer, load_parser

    nlp = load_parser()
    doc = _tokenizer(nlp, frozenset({"re", "co"}))(
        "A self-defence pact with pre-war borders, said Rene-Marie."
    )
    words = [t.text for t in doc]
    assert words[1:4] == ["self", "-", "defence"]
    assert "Rene" in words


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        ("At a summit in Lima, Chile and Peru signed a fishing accord.", "Chile", "signed"),
        ("In the river port of Mopti, Mali and Niger agreed on a truce.", "Mali", "agreed"),
    ],
)
def test_parse_a_name_after_an_opening_phrase_ending_in_a_place_is_the_subject(
    text: str, subject: str, verb: str
) -> None:
    from graph.extract.parse import _subjects_taken_for_places, load_parser

    doc = load_parser()(text)
    _subjects_taken_for_places(doc)
    words = {t.text: (t.dep_, t.head.text) for t in doc}
    assert words[subject] == ("nsubj", verb), words


def test_parse_a_gerund_after_a_name_under_a_preposition_is_its_clause() -> None:
    from graph.extract.parse import _gerunds_with_subjects, load_parser

    doc = load_parser()("Chile conditioned the reopening of the border on Peru paying the fees.")
    _gerunds_with_subjects(doc, frozenset({"providing"}))
    words = {t.text: (t.dep_, t.head.text) for t in doc}
    assert words["paying"] == ("pcomp", "on")
    assert words["Peru"] == ("nsubj", "paying")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tessaly must de-escalate along the border.", "de-escalate"),
        ("Norland set no pre-conditions for the talks.", "pre-conditions"),
    ],
)
def test_parse_the_lexicons_bound_prefixes_keep_their_words_whole(text: str, word: str) -> None:
    from graph.extract.cues import load_cues
    from graph.extract.parse import _tokenizer, load_parser

    doc = _tokenizer(load_parser(), load_cues().word_set("bound_prefixes"))(text)
    assert word in [t.text for t in doc]
