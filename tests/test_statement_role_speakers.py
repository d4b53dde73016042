"""Who speaks when a role phrase stands for its holder, in phrasings of our own."""

from __future__ import annotations

import pytest

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.affiliations import _lexicon_title
from graph.extract.context import Context
from graph.extract.cues import load_cues
from graph.extract.mentions import resolve_mentions
from graph.extract.parse import parse_sentences
from graph.extract.text import split_sentences
from graph.lexicon import load_lexicon


def _speakers(text: str, content: str) -> set[str]:
    x = extract_document(document_from_text(text, name="t.txt"))
    return {k for s in x.statements if content in s.label for k in s.speakers}


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        # "the Y leader": the person named once after the title "Y leader"
        (
            "Speaking from the hills on Monday, Tarvo Front leader Ilse Varga said the talks "
            'would resume in May.\n"Once the shelling stops, we will send our delegates back '
            'to the table," said the Tarvo Front leader.',
            "Once the shelling stops",
            {"person-ilse-varga"},
        ),
        # "the TITLE of Y": the person named once after "TITLE of Y"
        (
            "First Deputy Foreign Minister of Estonia Piet Aalders met the mediators in Geneva "
            'on Tuesday.\n"We have asked the mediators to set a date for the next round of '
            'talks," the First Deputy Foreign Minister of Estonia stressed.',
            "set a date",
            {"person-piet-aalders"},
        ),
        # "the Y head of state" is a person, no description of the state: its holder speaks
        (
            "Chilean President Ana Rios met the mediators in Lima on Monday.\nThe Chilean head "
            "of state said the plan was fair to both sides.",
            "the plan was fair",
            {"person-ana-rios"},
        ),
        # a quotation making a paragraph of its own, unattributed, after a paragraph that
        # reports one person's words: that person's
        (
            "Asked about the observers, Ana Rios brushed the idea aside, saying that the two "
            'sides needed no outside help.\n\n"Why would we? We can settle this among '
            'ourselves, as neighbours always have."\n\nThe talks resume in May.',
            "settle this among ourselves",
            {"person-ana-rios"},
        ),
        # a title posted to a place, then the name with no comma: the name speaks
        (
            "France's ambassador to the United Nations Ana Rios said the offer still stood.",
            "the offer still stood",
            {"person-ana-rios"},
        ),
        (
            "The head of the EU delegation to Georgia Ana Rios said the plan was fair.",
            "the plan was fair",
            {"person-ana-rios"},
        ),
        # a government "of President X" is no title of X's: the state speaks
        (
            "Chile has offered a corridor to the sea.\nThe Bolivian government of President "
            "Evo Morales said that the corridor would not be enough for its exports.",
            "would not be enough",
            {"state-bolivia"},
        ),
    ],
)
def test_a_role_phrase_speaks_for_its_holder(text: str, content: str, speakers: set[str]) -> None:
    assert _speakers(text, content) == speakers


def _said(text: str) -> dict[str, set[str]]:
    x = extract_document(document_from_text(text, name="t.txt"))
    return {s.label: set(s.speakers) for s in x.statements}


def test_what_is_said_before_its_attribution_is_read_where_the_parse_joined_them() -> None:
    # "A, X said": a comma sets what is said off from its attribution, whatever the parse joined
    said = _said(
        "Trade envoys from Norway and Estonia are due to meet again on March 3 in Tallinn, the "
        "Estonian ministry's spokeswoman, Kadri Mets, said on her blog on Friday."
    )
    assert any("due to meet again on March 3" in label for label in said)
    assert all(speakers == {"person-kadri-mets"} for speakers in said.values())


def test_a_clause_that_runs_into_the_speaker_is_not_what_is_said() -> None:
    # "A spoke a day after X said that B": nothing sets A off from X; X says B, not A
    said = _said(
        "Berg spoke a day after NATO Secretary-General Ana Rios said that Norway and Estonia, "
        "both members of the alliance, had agreed to hold talks on the fishing dispute."
    )
    assert not any("Berg spoke" in label for label in said)


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's negotiators arrived in Oslo on Monday for a third round.\n\n“The Norway-Sweden "
        "fishing talks only began last month — it is far too early to speak of quotas,” they "
        "told reporters.",
        "The Estonian delegation arrived in Oslo on Monday.\n\n“Norway and Sweden have not yet "
        "answered our offer on the quotas,” they said.",
    ],
)
def test_an_attributions_pronoun_stands_for_no_one_its_quotation_names(text: str) -> None:
    # '"A," they said': "they" is who spoke, never a subject of the words they said
    assert set().union(*_said(text).values()) == {"state-estonia"}


def test_a_leaders_office_speaks_for_the_leaders_side() -> None:
    # "X's office said A": the office speaks for X (X's side), not for no one
    said = _said(
        "Arne Voss met the Polish delegation on Monday. Voss's office said the border talks "
        "would resume in Dresden next week."
    )
    speakers = [s for label, s in said.items() if "would resume in Dresden" in label]
    assert speakers == [{"person-arne-voss"}]


def _context(text: str) -> Context:
    """The context the components read for ``text`` (sentences, entities, parses)."""
    doc = document_from_text(text, name="t.txt")
    lex, cues = load_lexicon(), load_cues()
    sentences = split_sentences(doc.text, doc.body_start)
    res = resolve_mentions(doc.text, sentences, lex, ner=None)
    parsed = parse_sentences(doc.text, sentences, res, cues)
    return Context(doc.text, sentences, res, parsed, cues, lex)


def _title_readings(text: str, name: str) -> list[tuple[str, str | None, str]]:
    ctx = _context(text)
    for p in ctx.parsed_in_order():
        for tok in p.doc:
            if tok.text == name:
                return _lexicon_title(ctx, p, tok)
    raise AssertionError(f"{name} not found")


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # a title of the lexicon between a body's name and the person's, read from the words
        (
            "Envoys met in Oslo, said a statement by EU High Representative for Foreign Affairs "
            "and Security Policy Kadri Mets.",
            "Kadri Mets",
            "org-european-union",
        ),
        (
            "The talks resumed an hour after NATO Secretary-General Ana Rios arrived in Oslo.",
            "Ana Rios",
            "org-nato",
        ),
    ],
)
def test_a_lexicon_title_between_a_body_and_a_name(text: str, name: str, org: str) -> None:
    assert [o for o, _, _ in _title_readings(text, name)] == [org]


def test_a_lexicon_title_after_a_line_break_names_no_body() -> None:
    # a body's name that ends the line before ("(Reuters)") is no part of the title after it
    text = "Fishing talks with NATO\n\nSecretary-General Ana Rios arrived in Oslo on Friday."
    assert _title_readings(text, "Ana Rios") == []


def test_a_clause_that_quotes_part_of_what_it_says_is_the_statement() -> None:
    # 'X claimed that A were being "B"': the clause is said, quoting B; B alone is no statement
    said = _said(
        "At the summit in Lima, Ana Rios claimed that Chilean trawlers were being “badly "
        "overcharged at every port in the south,” and left early."
    )
    assert said == {
        "Chilean trawlers were being badly overcharged at every port in the south": {
            "person-ana-rios"
        }
    }


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a bare epithet for a person ("the politician") as speaker: the person spoken of
        (
            'Ana Rios met the envoys in Arden on Monday. "We will not give up the northern wells '
            'for a quota," the politician said.',
            "northern wells",
        ),
        # ... with words that only describe the person ("the veteran politician")
        (
            'Ana Rios met the envoys in Arden on Monday. "We will not give up the northern wells '
            'for a quota," the veteran conservative politician said.',
            "northern wells",
        ),
        # ... the one who spoke last, not the last person named
        (
            "Ana Rios spoke to reporters in Arden after the threats from Norland's president "
            'Tomas Berg. "The wells stay open for now," she said. During her weekly briefing, the '
            "dignitary insisted that the old treaty had fixed the river quotas for both sides.",
            "old treaty had fixed",
        ),
    ],
)
def test_a_bare_epithet_speaks_for_the_person_spoken_of(text: str, content: str) -> None:
    assert _speakers(text, content) == {"person-ana-rios"}


def test_an_epithet_set_against_another_person_speaks_for_no_one_named() -> None:
    text = (
        'Ana Rios met the envoys in Arden on Monday. "We will not give up the northern wells '
        'for a quota," the other politician said.'
    )
    assert "person-ana-rios" not in _speakers(text, "northern wells")


def test_a_spokesperson_for_a_body_speaks_for_it() -> None:
    text = (
        "Talks on the border resumed in Lima on Monday.\nA spokesperson for the Chilean foreign "
        "ministry said the border would stay open until May."
    )
    assert "org-ministry-foreign-chile" in _speakers(text, "stay open until May")


@pytest.mark.parametrize(
    "text",
    [
        # the party's name hung on "party" as a modifier, beside its state's possessive
        "Treaty row\n\nPeru and Chile met in Lima on Monday.\n\nChile's ruling Popular Renewal "
        "(PR) party says that the old water treaty is invalid because Chile was never consulted.",
        # ... with no state before it
        "Treaty row\n\nPeru and Chile met in Lima on Monday.\n\nThe Popular Renewal (PR) party "
        "said that the old water treaty is invalid because Chile was never consulted.",
    ],
)
def test_a_party_named_before_the_word_party_speaks(text: str) -> None:
    assert _speakers(text, "treaty is invalid") == {"org-popular-renewal"}


def test_an_apposition_naming_its_holder_gives_the_speaker() -> None:
    # "a former sailor named X" names the leader, not the body's spokeswoman named before
    text = (
        "Fishing talks stalled in Lima.\n\nAna Rios, a spokeswoman for the Andean Fishermen Union "
        "(AFU), spoke on Monday.\n\nThe AFU's leader, a former sailor named Tomas Berg who is "
        'known as "Captain", warned of strikes if the quota was cut.\n\n"We are ready to talk. '
        'Either we all sit at the table, or nobody does," he said.'
    )
    assert _speakers(text, "ready to talk") == {"person-tomas-berg"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Hezbollah met in Lima on Monday. The Lebanese militant group said the "
        "ceasefire talks had stalled.",
        "Chile and Hezbollah met in Lima on Monday. The Lebanese group said its view was that the "
        "ceasefire talks had stalled.",
    ],
)
def test_a_group_noun_with_a_states_adjective_is_the_group_named_before(text: str) -> None:
    # "the Lebanese (militant) group": the armed group, not the state its adjective names
    assert _speakers(text, "ceasefire talks had stalled") == {"org-hezbollah"}
