"""What every fact component reads: the text, its sentences, entities and parses.

:class:`Context` is built once per document and never changed by a component. Its
methods answer the questions every rule asks of the parse — who a noun phrase
names, who the agent of a verb is, who speaks a clause — so that the components
only say which constructions they read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Any

from ..lexicon import Lexicon, norm_token, tokenize
from .cues import Cue, Cues, inflections
from .mentions import EntityInfo, Mention, Resolution
from .parse import Parsed, opens_numbered_paragraph, opens_operative_paragraph, transcript_turns
from .text import Sentence, entry_starts, quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Context", "bare_plural", "spoken_for", "unique"]

_ACTOR_CLASSES = ("State", "Organisation", "Person")
#: Prepositions before a gerund whose subject is the clause's ("by demanding", "after
#: proposing", "without offering").
_MANNER_PREPOSITIONS = frozenset({"by", "after", "before", "while", "without", "through"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: The verb of the act a noun of a proposal names ("the offer": what was offered).
_ACT_OF_NOUN = {
    "offer": "offer",
    "proposal": "propose",
    "demand": "demand",
    "request": "request",
    "pledge": "pledge",
    "suggestion": "suggest",
}
#: Nouns of a text put forward, besides the plan nouns ("tabled a compromise draft").
_DOCUMENT_NOUNS = frozenset({"text", "document", "paper", "non-paper", "draft"})
#: Plural nouns that name a body's members after its name ("the Mercosur countries").
_MEMBERS_BY_BODY = frozenset({"countries", "states", "nations", "governments"})
_OWNER_DEPS = ("poss", "compound", "amod", "nmod")
_CLAUSAL = ("ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl", "pcomp")


#: The forms of "make" in "made (it) clear that ...".
_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
#: Adjectives that, after "be", say a that-clause as "made clear" does ("X has been clear
#: that ..."; "adamant that" insists, read as a demand).
_SAYING_ADJECTIVES = frozenset({"clear", "explicit", "unequivocal"})
#: Reflexive pronouns: the subject of the clause they stand in ("declared itself ready").
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def bare_plural(noun: Token) -> bool:
    """Whether ``noun`` is a plural with no determiner or owner: any of its kind, none named
    before ("Presidential statements require consensus"; "Member States which ...", a plural
    the tagger took for a name)."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ == "NNP" and noun.lower_.endswith("s")
    return plural and not any(c.dep_ in ("det", "poss") for c in noun.children)


def unique(keys: Iterable[str]) -> tuple[str, ...]:
    """``keys`` without repeats, in first-seen order."""
    return tuple(dict.fromkeys(keys))


def _finite_conjunct_head(verb: Token) -> Token:
    """For a finite verb the parse coordinated with a to-infinitive ("stuck to the line on the
    need to move along and dismissed both proposals"), the finite verb above that infinitive,
    whose subject it shares; else ``verb``."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in ("VBD", "VBZ")
        or head.tag_ != "VB"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    ):
        return verb
    return next(
        (
            a
            for a in head.ancestors
            if a.tag_ in ("VBD", "VBZ", "VBP") and a.pos_ in ("VERB", "AUX")
        ),
        verb,
    )


#: Words before a noun that set its referent against another one ("the other politician").
_CONTRASTING = frozenset("other another same second first former latter".split())


def _describes(word: Token) -> bool:
    """A word before a noun that only describes its referent ("veteran", "radical leftist"),
    not a number, a name or a word that sets it against another one ("the other politician")."""
    return (
        word.dep_ in ("amod", "compound")
        and word.pos_ in ("ADJ", "NOUN")
        and word.lower_ not in _CONTRASTING
    )


def _former(noun: Token) -> bool:
    """Whether a noun of people names those who held a post before ("former Chilean
    diplomats"): they no longer speak for its owner."""
    return any(c.dep_ == "amod" and c.lower_ == "former" for c in noun.children)


def _after_nor(verb: Token) -> bool:
    """Whether "nor" opens ``verb``'s clause ("Nor will we accept A") or coordinates it after
    another ("will not sign A, nor will it accept B")."""
    opened = any(c.lower_ == "nor" and c.i < verb.i for c in verb.children)
    return opened or (
        verb.dep_ == "conj"
        and any(
            c.lower_ == "nor" and c.dep_ == "cc" and verb.head.i < c.i < verb.i
            for c in verb.head.children
        )
    )


def _role_of(noun: Token) -> str:
    """The role an owner noun names: its word, or "top diplomat" ("China's top diplomat")."""
    if noun.lower_ == "diplomat" and any(c.lower_ == "top" for c in noun.children):
        return "top diplomat"
    return noun.lower_


#: A question line of an interview or a briefing ("Q: ...", "Q. ...").
_QUESTION_LINE = re.compile(r"(?m)^\s*Q[:.]")
#: A "we" that names itself, as a declaration opens ("We, the Leaders of the bloc, met ...").
_SELF_NAMED_WE = re.compile(r"\bWe,[ \t]+((?:the|The)[ \t][^,;:.\n]{3,160}),")
#: A title between its owner's name and a person's ("Renamo leader X", "Chile's envoy X").
_TITLE_AFTER_OWNER = re.compile(
    r"(?:['’]s)?[ \t]+((?:[A-Za-z][A-Za-z-]*[ \t]+){0,2}[A-Za-z][A-Za-z-]*)(?:,[ \t]+|[ \t]+)"
)
#: Nouns of a government's departments, named after their field ("the armed forces ministry").
_PORTFOLIO_NOUNS = frozenset({"ministry", "ministries"})
#: Commas and semicolons that words left out of a label leave side by side ("A , , B").
_LEFT_PUNCTUATION = re.compile(r"\s*([,;])(?:\s*[,;])*")
#: A title and the place it is posted to ("ambassador in Caracas", "envoy to Lima").
_POSTED_AT = re.compile(r"([A-Za-z][A-Za-z -]*?)[ \t]+(?:in|to|at)[ \t]+[A-Z][A-Za-z-]*")
#: The words set off by commas right after a name ("Ana Rios, the UN High Representative, ").
_SET_OFF_PHRASE = re.compile(r",\s+([^,.;:\n]{3,160}),")
#: The words set off by a comma right before a name ("The Executive Director of X, Dr. ").
_SET_OFF_BEFORE_NAME = re.compile(r"([^,.;:\n]{3,160}),\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$")
#: A bare title set off by a comma before or after a name ("the president, X", "X, the
#: president,").
_SET_OFF_BEFORE = re.compile(r"\b[Tt]he[ \t]+([a-z]+),[ \t]+$")
_SET_OFF_AFTER = re.compile(r",[ \t]+the[ \t]+([a-z]+)\b(?![ \t]+of\b)")
#: Words that join phrases, in no title of the form "Renamo leader".
_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "for", "to", "in", "with", "by"})
#: A title right before "of" and a body's name, in a phrase set off after a person's name
#: ("Ana Rios, special envoy and head of the Mission").
_TITLE_OF_BODY = re.compile(
    r"(?:,|\band)[ \t]+(?:the[ \t]+)?([A-Za-z][A-Za-z -]*?)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
#: A title before "of" and its owner's name ("First Deputy Foreign Minister of Peru X").
_TITLE_BEFORE_OWNER = re.compile(r"((?:[A-Z][A-Za-z-]*[ \t]+){1,5})of[ \t]+(?:the[ \t]+)?$")


@cache
def _title_ending(titles: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of :attr:`Context.title_before`, made once per lexicon, not per document."""
    ordered = sorted(titles, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, t.split())) for t in ordered)
    return re.compile(rf"(?<![\w-])({words})[ \t]+$", re.IGNORECASE)


def _no_longer(tok: Token) -> bool:
    """ "no longer", "not any longer": a negation the parse hangs on "longer"."""
    return tok.lower_ == "longer" and any(c.dep_ == "neg" for c in tok.children)


#: How far into a document its first sitting is looked for ("A Special Session of X").
_SITTING_SPAN = 800


@dataclass
class Context:
    """One document as the components see it (read-only)."""

    text: str
    sentences: Sequence[Sentence]
    res: Resolution
    parsed: dict[int, Parsed]
    cues: Cues
    lex: Lexicon
    #: Transcript turns when the caller has them already (computed on first use otherwise).
    known_turns: list[tuple[int, int, tuple[str, ...]]] | None = None
    _sentence_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _marked: dict[int, list[Any]] = field(default_factory=dict, init=False, repr=False)
    _nesting: int = field(default=0, init=False, repr=False)
    _attributing: bool = field(default=False, init=False, repr=False)
    _leading: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]
        self.owner_nouns = self.cues.word_set("owner_nouns")
        self.state_words = self.cues.word_set("state_words")
        self.pronouns: dict[str, str] = self.cues.words["pronouns"]
        self.relatives = self.cues.word_set("relative_pronouns")
        self.speech_lemmas = frozenset(self.cues.constructions.get("speech-verb", {}))

    def marked(self, p: Parsed) -> list[Any]:
        """The conditions marked in a parsed sentence (:func:`.content.marked_clauses`), once."""
        found = self._marked.get(p.index)
        if found is None:
            from .content import marked_clauses

            found = self._marked[p.index] = marked_clauses(self, p)
        return found

    def supposed(self, p: Parsed) -> set[int]:
        """The indices of the words of the conditions marked in ``p`` (a condition's own words,
        no proposal's or stance's)."""
        return {i for m in self.marked(p) for i in m.clause}

    def cue_words(self, name: str) -> frozenset[str]:
        """A closed class of words from the construction data (``summary_nouns``, ...)."""
        return self.cues.word_set(name)

    # -- entities -------------------------------------------------------------

    def cls(self, key: str) -> str | None:
        info = self.res.entities.get(key)
        return info.cls if info else None

    def is_actor(self, key: str) -> bool:
        return self.cls(key) in _ACTOR_CLASSES

    def label_of(self, key: str) -> str:
        info = self.res.entities.get(key)
        return info.label if info else key

    def exchange_opener(self, index: int) -> Cue | None:
        """The "In exchange," or "In return," that sentence ``index`` opens with, if any."""
        if not 0 <= index < len(self.sentences):
            return None
        sentence = self.sentences[index]
        opening = " ".join(self.text[sentence.start : sentence.end].lower().split()[:2])
        entries = self.cues.entries_of("exchange-opener")
        return next((e for e in entries if opening.rstrip(",") == e.lemma), None)

    @cached_property
    def title_heads(self) -> frozenset[str]:
        """The last words of the lexicon's titles, in lower case ("minister", "envoy")."""
        return frozenset(w.lower() for w in self.lex.language["title_heads"])

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of the lexicon's titles, and the participles titles take ("elected")."""
        titles = self.lex.language["titles"]
        words = {w.lower() for title in titles for w in title.replace("-", " ").split()}
        return frozenset(words | {"elected", "designated", "appointed", "acting", "retired"})

    @property
    def title_before(self) -> re.Pattern[str]:
        """A title of the lexicon's ending a text ("... Secretary-General "), longest first."""
        return _title_ending(tuple(self.lex.language["titles"]))

    def owner_ending(self, end: int) -> Mention | None:
        """The organisation's or state's name that ends right before ``end`` ("NATO ",
        "the bloc's "), if any."""
        ends = self._actor_mention_ends
        i = bisect_right(ends, end) - 1
        if i < 0:
            return None
        m = self.actor_mentions[i]
        gap = self.text[m.end : end]
        if self.cls(m.key) in ("State", "Organisation") and re.fullmatch(r"(?:['’]s)?[ \t]+", gap):
            return m
        return None

    @cached_property
    def actor_mentions(self) -> list[Mention]:
        """Mentions of actors that name them (not adjectives), by position."""
        return sorted(
            (m for m in self.res.mentions if self.is_actor(m.key) and m.strong),
            key=lambda m: m.start,
        )

    @cached_property
    def _actor_mention_ends(self) -> list[int]:
        return [m.end for m in self.actor_mentions]

    def parsed_in_order(self) -> list[Parsed]:
        return [self.parsed[i] for i in sorted(self.parsed)]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def block_at(self, offset: int) -> int:
        """The paragraph (or transcript turn) of the sentence holding ``offset``."""
        return self.sentences[self.sentence_at(offset)].block

    # -- text -------------------------------------------------------------------

    def words(self, p: Parsed, tokens: Iterable[Token], *, named: bool = False) -> str:
        """The text of ``tokens`` in order, quotes dropped, white space collapsed; ``named``:
        "his" and "her" given as the name of the one person they stand for ("demanded his
        release": "demanded Ana Rios's release"), so that a fact's label reads on its own."""
        toks = sorted(set(tokens), key=lambda t: t.i)
        out: list[str] = []
        for k, t in enumerate(toks):
            out.append(self._owner_named(p, t) if named else t.text)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (t.whitespace_ or nxt.i != t.i + 1):
                out.append(" ")
        text = "".join(out)
        for mark in '“”«»"':
            text = text.replace(mark, "")
        text = _LEFT_PUNCTUATION.sub(r"\1", " ".join(text.split()))  # words left out between
        return text.strip(" ,;:-–—")

    def _owner_named(self, p: Parsed, tok: Token) -> str:
        """ "his" / "her" as the possessive of the one person named before it in its sentence
        and the sentence before in the same paragraph, outside quotations (none or two: as
        written); any other word as written."""
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss":
            return tok.text
        offset = p.offset(tok)
        if self.quote_at(offset) is not None:
            return tok.text
        here = self.sentences[p.index]
        start = here.start
        if p.index > 0 and self.sentences[p.index - 1].block == here.block:
            start = self.sentences[p.index - 1].start  # and the sentence before, in its paragraph
        people = {
            m.key for m in self.res.actor_mentions(start, offset) if self.cls(m.key) == "Person"
        }
        if len(people) != 1:
            return tok.text  # no one, or more than one, it may stand for
        return f"{self.label_of(next(iter(people)))}'s"

    # -- who a noun phrase names --------------------------------------------------

    def keys_at(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The actors ``tok`` itself names (through the entity layer)."""
        return tuple(k for k in p.keys[tok.i] if self.is_actor(k))

    def actors(self, p: Parsed, tok: Token, *, depth: int = 0) -> tuple[str, ...]:
        """The actors a noun phrase headed by ``tok`` stands for, with its conjuncts.

        A name; "the Russian side" / "Moscow's envoy" (an owner noun and its owner);
        a pronoun (its antecedent); a relative pronoun (the noun it hangs on).
        """
        if depth > 4 or self._nesting > 12:
            return ()
        self._nesting += 1
        try:
            # "the government" in its spokesperson's words: the speaker's, not the last named
            found = list(self._speakers_government(p, tok) or self.keys_at(p, tok))
            if not found:
                found = list(self._implicit_actors(p, tok, depth))
            for conj in tok.conjuncts:
                if conj.i > tok.i:
                    found.extend(self.keys_at(p, conj) or self._implicit_actors(p, conj, depth))
            found.extend(self._listed(p, tok))
            found.extend(self._group_of_list(p, tok))
            return unique(found)
        finally:
            self._nesting -= 1

    def _relative_actors(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """Whom a relative pronoun subject stands for: the noun its clause hangs on; for "who",
        the person that noun's phrase describes ("X, a fellow at Y in Perth, who urged ...")."""
        person: tuple[str, ...] = ()
        noun = tok.head.head
        if tok.lower_ == "who":
            person = self._person_above(p, noun) or self._person_within(p, noun, tok)
        found = person or self.actors(p, noun, depth=depth + 1)
        if not found and noun.dep_ == "appos" and noun.pos_ == "NOUN":
            found = self.actors(p, noun.head, depth=depth + 1)  # "X, a group that opposes A"
        return found

    def _person_within(self, p: Parsed, noun: Token, who: Token) -> tuple[str, ...]:
        """The person named last before ``who`` inside the phrase of ``noun``, a noun that names
        no one ("the words of X, head of Y, who told the summit"): whom "who" stands for."""
        if any(self.cls(k) in ("Person", "State", "Organisation") for k in self.keys_at(p, noun)):
            return ()
        before = [t for t in noun.subtree if t.i < who.i]
        for t in reversed(before):
            people = tuple(k for k in self.keys_at(p, t) if self.cls(k) == "Person")
            if people:
                return people
        return ()

    def _person_above(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """The person ``noun`` or a noun it hangs from names, where ``noun`` names no person
        itself: a "who" clause the parse hung on the last noun of the person's description."""
        for t in (noun, *noun.ancestors):
            people = tuple(k for k in self.keys_at(p, t) if self.cls(k) == "Person")
            if people:
                return () if t == noun else people
            if t.dep_ not in ("pobj", "prep", "appos", "compound"):
                return ()
        return ()

    def _group_of_list(self, p: Parsed, tok: Token) -> list[str]:
        """The group a list of actors is named as right after it ("France, Germany and Italy -
        the so-called G3 -", "Chad, Mali and Niger, the Sahel Alliance"): it acts with them."""
        if not tok.conjuncts:
            return []
        last = max(tok.conjuncts, key=lambda t: t.i)
        return [
            k
            for c in (*tok.children, *last.children)
            if c.dep_ == "appos" and c.i > last.i
            for k in self.keys_at(p, c)
            if self.cls(k) == "Organisation"
        ]

    def _listed(self, p: Parsed, tok: Token) -> list[str]:
        """The rest of a list the parser hung on its first name as an apposition ("Chad, Mali,
        and Niger": Mali, and Niger as Mali's conjunct or the first name's), where they name
        actors of the first name's class."""
        last = max((c.i for c in tok.conjuncts), default=tok.i)
        classes = {self.cls(k) for k in self.keys_at(p, tok)}
        return [
            k
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.i < last or c.conjuncts)
            for t in (c, *c.conjuncts)
            for k in self.keys_at(p, t)
            if self.cls(k) in classes
        ]

    def _implicit_actors(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        word = tok.lower_
        if word in _REFLEXIVES:  # "X declared itself ready": the subject of "declared"
            verb = tok.head.head if tok.dep_ == "nsubj" else tok.head
            subj = self.subject(verb)
            return self.actors(p, subj, depth=depth + 1) if subj not in (None, tok) else ()
        if word in self.relatives and tok.dep_ in _SUBJECTS and tok.head.dep_ == "relcl":
            return self._relative_actors(p, tok, depth)
        if word in self.pronouns:
            return self.antecedent(p, tok)
        posted = self._posted_name(p, tok)
        if posted:
            return posted
        if word in self.title_words and (tok.pos_ == "PROPN" or tok.text[:1].isupper()):
            # "said Minister of Foreign Affairs X": the one person the title's phrase names
            people = {k for t in tok.subtree for k in p.keys[t.i] if self.cls(k) == "Person"}
            if len(people) == 1:
                return tuple(people)
        if self.cues.entries("plan-noun", word) and tok.pos_ in ("NOUN", "PROPN"):
            return self.document_owner(p, tok)
        for child in tok.children:
            if child.dep_ == "appos":  # "Y's leader, a former officer named X": X
                keys = self._named_as(p, child) or self.actors(p, child, depth=depth + 1)
                if keys:
                    return keys
        examples = self._examples_named(p, tok, depth)
        if examples:
            return examples
        if self._member_noun(tok):
            members = self._members_of(p, tok, depth)
            if members:
                return members
        if word in self.cues.word_set("group_nouns"):  # "the M23 rebel group": M23 itself
            # "Colombia's FARC rebels": the FARC, not Colombia; "the Order and Land (OL) party"
            named = self._orgs_named_with(p, tok, ("compound", "nmod")) or self._group_of_place(tok)
            if named:
                return unique(named)
            owned = tuple(k for k in self.owner(p, tok, depth) if self.cls(k) == "Organisation")
            return owned or self._group_named_before(p, tok)
        led = (
            self._body_named_with(p, tok)  # "the opposition PN coalition": the PN
            or self._led_by(p, tok)
            or self._acting_for_body(p, tok, depth)
        )
        if led:
            return led
        if word in self.owner_nouns or tok.text.lower() in self.state_words:
            owner = self.owner(p, tok, depth)
            if word in _PORTFOLIO_NOUNS:  # "the armed forces ministry": its field, no owner
                owner = tuple(k for k in owner if self.cls(k) in ("State", "Person"))
            if owner:
                held = self.holder_of(_role_of(tok), owner)
                return held or (() if _former(tok) else self._country_of(p, tok, owner))
            if word in self.state_words and any(c.lower_ in ("his", "her") for c in tok.children):
                return self.states_of(
                    self.antecedent(p, next(c for c in tok.children if c.lower_ in ("his", "her")))
                )
        return self._speakers_staff(p, tok) or self._described_or_led(p, tok)

    def _body_named_with(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The organisation named before a noun of bodies that is no state's ("the opposition
        PN coalition": the PN; not "the Taliban government": its state's)."""
        word = tok.lower_
        if word not in self.cues.word_set("body_nouns") or word in self.owner_nouns:
            return ()
        return () if word in self.state_words else self._orgs_named_with(p, tok, ("compound",))

    def _orgs_named_with(self, p: Parsed, tok: Token, deps: tuple[str, ...]) -> tuple[str, ...]:
        """The organisations the modifiers of ``tok`` in the relations ``deps`` name."""
        return unique(
            k
            for c in tok.children
            if c.dep_ in deps
            for k in self.keys_at(p, c)
            if self.cls(k) == "Organisation"
        )

    def _described_or_led(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The actor a noun was described as before, else the one that leads it."""
        return self._described_before(p, tok) or self._group_leader(p, tok)

    def _unnamed_spokesperson(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """ "The Commission endorsed the decision; a spokesperson said ...": a spokesperson whose
        side no word names speaks for the one body or state that the clause just before, in
        the same paragraph, has for its subject; so does "the delegation" ("The United States
        will not join it. The delegation suggested A")."""
        if noun.dep_ != "nsubj" or p.index == 0:
            return ()
        determiners = [c.lower_ for c in noun.children]
        if not (
            noun.lower_ in self.cue_words("speaking_for_nouns") and determiners in (["a"], ["an"])
        ) and not (determiners == ["the"] and self._side_delegation(p, noun)):
            return ()
        before = self.parsed.get(p.index - 1)
        if before is None or self.sentences[p.index - 1].block != self.sentences[p.index].block:
            return ()
        root = next((t for t in before.doc if t.dep_ == "ROOT"), None)
        sides = self.agent(before, root) if root is not None else ()
        return sides if len(sides) == 1 and self.cls(sides[0]) != "Person" else ()

    def _side_delegation(self, p: Parsed, noun: Token) -> bool:
        """Whether "the delegation" outside quotations is a side's at a meeting, no delegation
        the sentence before sent or named ("X would send a delegation. The delegation will
        carry A")."""
        if noun.lower_ != "delegation" or self.quote_at(p.offset(noun)) is not None:
            return False
        before = self.sentences[p.index - 1]
        return "delegation" not in self.text[before.start : before.end].lower()

    def _speakers_government(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """ "SPOKESPERSON: The government is prepared to A": a bare "the government" in the
        words of one who speaks for a state is that state."""
        if noun.lower_ not in ("government", "administration"):
            return ()
        if [c.lower_ for c in noun.children] != ["the"]:
            return ()
        side = self.side_of(self.quote_speaker(p.offset(noun)))
        return tuple(k for k in side if self.cls(k) == "State")

    def _last_speaker(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """ "the speaker": who said the sentence before, or the one before that ("The
        representative of Chile said A. The speaker urged B": the representative's side), as a
        meeting's record calls them."""
        if noun.lower_ != "speaker" or [c.lower_ for c in noun.children] != ["the"]:
            return ()
        for prev in self._parsed_back(p, 2):
            for verb in prev.doc:
                if verb.pos_ == "VERB" and self.cues.is_form(verb.lower_, self.speech_lemmas):
                    keys = self.agent(prev, verb)
                    if keys:
                        return keys
        return ()

    def _body_acting(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """The body whose sitting or branch ``tok`` names, which acts for it ("the GCC
        ministerial meeting urged A", "the Peruvian chapter of Amnesty International called
        for B", "New Patriotic Party MPs want C": ``sitting_nouns``, ``branch_nouns``)."""
        if tok.lower_ not in self.cue_words("sitting_nouns") | self.cue_words("branch_nouns"):
            return ()
        of = self._bodies_after(p, tok, ("of",))  # "the Peruvian chapter of X": X's, not Peru's
        owned = of or tuple(k for k in self.owner(p, tok, depth) if self.cls(k) == "Organisation")
        if owned or not tok.text[:1].isupper() or tok.lower_ not in self.cue_words("sitting_nouns"):
            return owned
        return self._first_sitting_body  # "The Session urged A": the sitting the text opens with

    @cached_property
    def _first_sitting_body(self) -> tuple[str, ...]:
        """The body whose sitting the document names first, in capitals ("A Special Session of
        Andean Community Ministers took place ..."), in the sentence that names it: what a
        communique's "The Session" or "The Summit" alone stands for."""
        nouns = self.cue_words("sitting_nouns")
        for mt in re.finditer(r"\b[A-Z][a-z]+\b", self.text[:_SITTING_SPAN]):
            if mt.group().lower() not in nouns:
                continue
            end = self.sentences[self.sentence_at(mt.start())].end
            bodies = [
                m.key
                for m in self.res.actor_mentions(mt.end(), end)
                if self.cls(m.key) == "Organisation"
            ]
            if bodies:
                return (bodies[0],)
        return ()

    def _led_by(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The state of the person who leads a government named by its leader ("the coalition
        led by Prime Minister X", "the cabinet headed by X"), else that person."""
        if tok.lower_ not in self.cues.word_set("governing_nouns"):
            return ()
        people = [k for k in self._leaders(p, tok) if self.cls(k) == "Person"]
        return (self.states_of(people) or tuple(people)) if people else ()

    def _group_leader(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The state or body that leads a group naming no actor of its own ("a bloc led by
        Chile backed the plan"); not a person, who leads for another."""
        keys = self._leaders(p, tok)
        return () if any(self.cls(k) == "Person" for k in keys) else keys

    def _leaders(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The actors a "led by" or "headed by" phrase on ``tok`` names."""
        for verb in tok.children:
            if verb.dep_ != "acl" or verb.lower_ not in ("led", "headed"):
                continue
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            if obj is not None and (keys := self.actors(p, obj)):
                return keys
        return ()

    def _acting_for_body(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """The body a noun acts for: a body's sitting or branch, its staff, its door."""
        return (
            self._body_acting(p, tok, depth)
            or self._staff_of(p, tok)
            or self._door_of(p, tok, depth)
        )

    def _door_of(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """Whose door a door is (``door_nouns``): "the door of the union remains open to their
        return" is the union's offer."""
        if tok.lower_ not in self.cue_words("door_nouns") or depth >= 3:
            return ()
        return self.owner(p, tok, depth + 1)

    def _staff_of(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The body whose staff a plural noun with an "at" or "of" phrase names ("scientists at
        the WMO advised a cut": the WMO's); not "Chile's scientists", who are no state's organ,
        nor "diplomats at the UN", who serve their states (``employed_nouns``)."""
        if tok.lower_ not in self.cue_words("employed_nouns"):
            return ()
        return self._bodies_after(p, tok, ("at", "of"))

    def _bodies_after(self, p: Parsed, tok: Token, preps: tuple[str, ...]) -> tuple[str, ...]:
        """The organisations the objects of ``tok``'s prepositions among ``preps`` name."""
        return unique(
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children
            if o.dep_ == "pobj"
            for k in self.keys_at(p, o)
            if self.cls(k) == "Organisation"
        )

    def _speakers_staff(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The speaker's side, for the people who serve it in the speaker's own words: "our
        experts will take part", "the relevant authorities will lift the ban" (a spokesperson's
        answer, a quotation)."""
        if tok.tag_ != "NNS" or tok.lower_ not in self.cues.word_set("staff_nouns"):
            return ()
        competent = self.cues.word_set("competent_adjectives")
        if not any(
            (c.dep_ == "poss" and c.lower_ == "our") or (c.dep_ == "amod" and c.lower_ in competent)
            for c in tok.children
        ):
            return ()
        return self.side_of(self.quote_speaker(p.offset(tok)))

    def _posted_name(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The person a title posted to a place names right after the place, no comma between
        ("Chile's envoy to the UN Ana Rios said", "the head of the EU delegation to Peru Ana
        Rios said": the parse makes the name the object of "to")."""
        posts = self.cues.word_set("posting_titles") | self.cues.word_set("posting_bodies")
        titles = posts | self.title_words | self.owner_nouns
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in titles:
            return ()
        for t in tok.subtree:
            post = t.head.head  # "envoy to", "delegation to", or the title's own "to"
            if (
                t.dep_ != "pobj"
                or t.head.lower_ != "to"
                or not (post == tok or post.lower_ in posts)
            ):
                continue
            people = [k for k in p.keys[t.i] if self.cls(k) == "Person"]
            places = [
                k
                for c in t.lefts
                if c.dep_ == "compound"
                for k in p.keys[c.i]
                if self.cls(k) != "Person"
            ]
            if len(people) == 1 and places:
                return (people[0],)
        return ()

    def _examples_named(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """The actors a plural noun gives as its examples: "several speakers, including the
        representatives of Kenya and Brazil, stressed": Kenya and Brazil stressed it."""
        if tok.tag_ != "NNS":
            return ()
        return unique(
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "including"
            for o in c.children
            if o.dep_ == "pobj"
            for k in self.actors(p, o, depth=depth + 1)
        )

    def _member_noun(self, tok: Token) -> bool:
        """ "members", "member states" (``member_nouns``): the body's members as one actor."""
        nouns = self.cues.word_set("member_nouns")
        if tok.lower_ in nouns and tok.tag_ == "NNS":
            return True
        if tok.lower_ in _MEMBERS_BY_BODY and tok.tag_ == "NNS":
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts):
                return True  # "the Mercosur countries": the body's members, its name before
        return any(f"{c.lower_} {tok.lower_}" in nouns for c in tok.lefts if c.dep_ == "compound")

    def _members_of(self, p: Parsed, tok: Token, depth: int) -> tuple[str, ...]:
        """The organisation whose members act together: "the members of the Council", "the
        bloc's members", "Alliance member states" speak and ask as the body itself."""
        found: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                found += [
                    k
                    for o in c.children
                    if o.dep_ == "pobj"
                    for k in self.actors(p, o, depth=depth + 1)
                ]
            elif c.dep_ == "poss" and c.pos_ != "PRON":  # "its members": its people, not it
                found += self.actors(p, c, depth=depth + 1)
            elif c.dep_ == "compound":  # "ASEAN member states", the parse may hang it on "member"
                found += self.keys_at(p, c) or [
                    k for x in c.children if x.dep_ == "compound" for k in self.keys_at(p, x)
                ]
        found = [k for k in found if self.cls(k) == "Organisation"]
        return unique(found) if len(set(found)) == 1 else ()

    def _described_before(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """Whom a bare definite description refers back to: "the country" or "the kingdom"
        (``definite-state-noun``), the state the sentence or the sentences before name as
        subject; "the delegation" or "the envoys" (``repeated-description``), the owner of the
        latest description of the same noun that named one ("the Peruvian delegation"); "the
        president" (``definite-title``), the latest person named before with that title; "the
        politician" (``person_epithets``), the person a "he" or "she" there would stand for."""
        if spoke := self._last_speaker(p, tok) or self._unnamed_spokesperson(p, tok):
            return spoke  # "the speaker"; "a spokesperson said" after a body's clause
        if tok.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return ()
        own = [c for c in tok.lefts if c.dep_ not in ("det", "prep", "relcl", "acl", "punct")]
        if tok.lower_ in self.cue_words("person_epithets") and tok.tag_ == "NN":
            if all(_describes(c) for c in own):
                # "the (veteran, radical leftist) politician said": the person spoken of
                return self.antecedent(p, tok, classes=("Person",))
            return ()
        if own and not all(self._title_modifier(c) for c in own):
            return ()  # "the other country", "the two delegations", "the host nation"
        if own:  # "the prime minister", "the federal prime minister": a title still
            if self.cues.entries("definite-title", tok.lower_) and tok.tag_ in ("NN", "NNP"):
                words = [c.lower_ for c in own if c.lower_ in self.title_words] + [tok.lower_]
                return self._titled_before(p.offset(tok), " ".join(words))
            return ()
        if self.cues.entries("definite-state-noun", tok.lower_) and tok.tag_ == "NN":
            states = self._speakers_state(p, tok) or self.antecedent(p, tok, classes=("State",))
            return states if len(states) == 1 else ()  # one country is never a list of them
        if self.cues.entries("repeated-description", tok.lower_) and tok.pos_ == "NOUN":
            found = self._repeated_description(p, tok)
            if found or not self.cues.entries("definite-title", tok.lower_):
                return found
        if self.cues.entries("definite-title", tok.lower_) and tok.tag_ in ("NN", "NNP"):
            return self._titled_before(p.offset(tok), _role_of(tok))
        if tok.lower_ == "official" and p.index > 0:
            return self._official_before(p, tok)
        return ()

    def _speakers_state(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The one state whose delegate or official says the clause that ``tok``, "the
        country" or "the kingdom", is the subject of ("According to a Saudi delegate, the
        kingdom could accept A"): that state."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.quote_at(p.offset(tok)) is not None:
            return ()
        states = self.states_of(self.speaker(p, tok.head))
        return states if len(set(states)) == 1 else ()

    def _official_before(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """ "A senior Jordanian official said A. '...,' the official said": the side of the one
        official described just before, in its sentence or the two before (an article quotes
        officials of several sides; "Hungary's official gazette" describes no one)."""
        since, offset = self.sentences[max(0, p.index - 2)].start, p.offset(tok)
        found = list(
            re.finditer(r"\b[Aa]n?\s+(?:[\w.'’-]+\s+){0,3}official\b", self.text[since:offset])
        )
        if not found:
            return ()
        start, end = since + found[-1].start(), since + found[-1].end()
        sides = unique(m.key for m in self.res.actor_mentions(start, end))
        return self._side_of_people(sides) if len(sides) == 1 else ()

    def _title_modifier(self, word: Token) -> bool:
        """A word before a bare title that leaves it bare: a word of the title itself ("prime"
        of "the prime minister") or one that names the whole state's level of government
        (``state_level_adjectives``: "the federal prime minister"), capitalised with its title
        ("the High Representative")."""
        if word.dep_ not in ("compound", "amod"):
            return False
        if word.pos_ == "PROPN":
            return word.head.text[:1].isupper() and word.lower_ in self.title_words
        return word.lower_ in self.title_words | self.cues.word_set("state_level_adjectives")

    def _titled_before(self, before: int, role: str) -> tuple[str, ...]:
        """The person a bare title stands for ("the president", ``definite-title``): the latest
        one named before it outside quotations, within a few paragraphs, with a title that holds
        the role, or words set off after the name that hold it ("President Ana Rios ... 'We will
        sign,' the president said"; not a president the quotation names)."""
        titles = dict(self._set_off_titles) | dict(self._titled_people)
        speaking = self._quoting(before)  # in a quotation, never its own speaker
        for m, _ in self._recent(before, window=1500, back=60):
            if self.quote_at(m.start) is not None or m.key in speaking:
                continue
            if self.cls(m.key) != "Person":
                continue
            held = titles.get(m.key)
            if held is not None and self._holds(role, held):
                return (m.key,)
            words = self._set_off_words(m)  # (read only where no title of its own holds)
            if words is not None and self._holds(role, words):
                return (m.key,)
        return ()

    def _set_off_words(self, m: Mention) -> str | None:
        """The words set off by commas right after a name, or before it, in lower case ("Ana
        Rios, the UN High Representative for Small States, ...", "The Executive Director of
        X, Dr. Ana Rios, ...")."""
        found = _SET_OFF_PHRASE.match(self.text, m.end) or _SET_OFF_BEFORE_NAME.search(
            self.text, max(0, m.start - 160), m.start
        )
        return found.group(1).lower() if found is not None else None

    def _repeated_description(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The actor of the latest earlier description of the same noun that named one ("Peru's
        envoy", "the Peruvian envoys": the noun right after the name, its demonym or its
        possessive; "the foreign ministers of the group": the name right after "of"), within a
        few paragraphs."""
        import re

        offset = p.offset(tok)
        forms = {
            f
            for c in self.cues.entries("repeated-description", tok.lower_)
            for f in inflections(c.lemma)
        }
        before = self.text[max(0, offset - 3000) : offset]
        base = offset - len(before)
        ends = {m.end: m for m in self.res.actor_mentions(base, offset)}
        pattern = r"\b(?:" + "|".join(map(re.escape, sorted(forms))) + r")\b"
        starts = {m.start: m for m in self.res.actor_mentions(base, offset)}
        for mt in reversed(list(re.finditer(pattern, before, re.I))):
            at = base + mt.start()
            gap = re.search(r"(?:['’]s)?\s+$", self.text[max(0, at - 4) : at])
            owner = ends.get(at - len(gap.group(0))) if gap else None
            of = re.match(r"\s+(?:of|from)\s+((?:the\s+)?)", self.text[base + mt.end() :])
            if owner is None and of is not None:  # "the foreign ministers of the group"
                after = base + mt.end() + of.end()
                owner = starts.get(after - len(of.group(1))) or starts.get(after)
            if owner is not None:
                sides = (owner.key,)
                return self.holder_of(_role_of(tok), sides) or self._side_of_people(sides)
        return ()

    def _group_named_before(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """Whom "the Palestinian (militant) group", "the rebel movement" refers back to, where no
        name of its own is in it: the latest armed group or party named before ("Hamas offered
        a truce. The Palestinian group said ...": Hamas), not the state its adjective names."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return ()
        found = self.antecedent(p, noun, classes=("Organisation",))
        kinds = ("armed_group", "party")
        return tuple(k for k in found if self.res.entities[k].fine in kinds)[:1]

    def _group_of_place(self, noun: Token) -> list[str]:
        """ "Tigray rebels", "Tigrayan fighters", "rebels in the province of Tigray": the one
        organisation of the document whose name holds the word before the group noun, or a
        name of the place it is in ("Tigray People's Liberation Front")."""
        words = {c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
            words |= {t.text for t in prep.subtree if t.pos_ == "PROPN"}
        found = [
            key
            for key, e in self.res.entities.items()
            if e.cls == "Organisation" and words & set(e.label.replace("'s", "").split())
        ]
        return found if len(found) == 1 else []

    def _country_of(self, p: Parsed, tok: Token, owner: tuple[str, ...]) -> tuple[str, ...]:
        """The side an owner's noun stands for (``_side_of_people``); for "his country" of a
        person whose state the text does not give, named before it in the sentence, alone
        ("Quito rejects it. Minister X said his country would A"), the one state the sentences
        before have for subject."""
        side = self._side_of_people(owner)
        if side != owner or not self.cues.entries("definite-state-noun", tok.lower_):
            return side
        named = {k for t in p.doc[: tok.i] for k in self.keys_at(p, t)}
        if not set(owner) <= named or any(self.cls(k) != "Person" for k in named):
            return side  # the person named before it in the sentence, no state or body there
        states = self.antecedent(p, tok, classes=("State",))
        return states if len(states) == 1 else side

    def _side_of_people(self, owner: tuple[str, ...]) -> tuple[str, ...]:
        """Whom an unnamed aide of ``owner`` speaks for: a person's state ("Trump's envoy": the
        United States, as "a US official" would), else the owner itself."""
        if all(self.cls(k) == "Person" for k in owner):
            return self.states_of(owner) or owner
        return owner

    def holder_of(self, role: str, owner: tuple[str, ...]) -> tuple[str, ...]:
        """The one person of the document known to hold ``role`` for the owner ("the North
        Korean leader" -> the state's leader named in the document; "Trump's envoy" -> the
        US envoy named in it), if there is exactly one."""
        sides = set(owner) | set(self.states_of(owner))
        found = [
            key
            for key, title in self._titled_people
            if key not in owner
            and (self.res.entities[key].state in sides or sides & set(self.orgs_of(key)))
            and self._holds(role, title)
        ]
        found += [
            key
            for side in sides
            for key, title in self._titles_by_side.get(side, ())
            if key not in owner and self._holds(role, title)
        ]
        found = list(unique(found))
        return tuple(found) if len(found) == 1 else ()

    @cached_property
    def _set_off_titles(self) -> list[tuple[str, str]]:
        """(person, title) for each person named in apposition to a bare title, in the words
        ("the president, Ana Rios,", "Ana Rios, the president,")."""
        out = []
        for m in self.actor_mentions:
            if self.cls(m.key) != "Person":
                continue
            before = _SET_OFF_BEFORE.search(self.text[max(0, m.start - 40) : m.start])
            after = _SET_OFF_AFTER.match(self.text[m.end : m.end + 40])
            for found in (before, after):
                if found is not None and found.group(1).lower() in self.owner_nouns:
                    out.append((m.key, found.group(1).lower()))
        return out

    @cached_property
    def _owned_titles(self) -> list[tuple[str, str, str]]:
        """(person, owner, title) for each person named right after a title that names its
        owner, in the words ("Renamo leader Ana Rios", "Chile's envoy Ana Rios", "First Deputy
        Foreign Minister of Peru Ana Rios"), where the entity layer kept no title for them."""
        out = []
        mentions = self.actor_mentions
        for prev, m in zip(mentions, mentions[1:], strict=False):
            if self.cls(m.key) != "Person" or self.cls(prev.key) not in ("State", "Organisation"):
                continue
            title = self._title_between(prev, m)
            if title is not None:
                out.append((m.key, prev.key, title.lower()))
        return out

    @cached_property
    def _titles_by_side(self) -> dict[str, list[tuple[str, str]]]:
        """(person, title) of ``_owned_titles`` and ``_titles_set_off_after`` by the body or
        state each title is of: looked up once per side, not scanned whole at every role."""
        out: dict[str, list[tuple[str, str]]] = {}
        for key, side, title in (*self._owned_titles, *self._titles_set_off_after):
            out.setdefault(side, []).append((key, title))
        return out

    @cached_property
    def _titles_set_off_after(self) -> list[tuple[str, str, str]]:
        """(person, owner, title) for each person named with a title of a body set off after
        the name ("Ana Rios, Special Representative and head of the Mission, said"): each
        title right before "of" and a body's name, up to the phrase's closing comma."""
        out = []
        mentions = self.actor_mentions
        for n, m in enumerate(mentions):
            if self.cls(m.key) != "Person" or not self.text.startswith(",", m.end):
                continue
            close = re.search(r"[,.;:]", self.text[m.end + 1 : m.end + 160])
            end = m.end + 1 + (close.start() if close else 160)
            for o in mentions[n + 1 :]:
                if o.start >= end:
                    break
                title = _TITLE_OF_BODY.search(self.text, m.end, o.start)
                if title is not None and self.cls(o.key) == "Organisation":
                    out.append((m.key, o.key, title.group(1).lower()))
        return out

    def _title_between(self, owner: Mention, person: Mention) -> str | None:
        """The title ``owner``'s name and ``person``'s name frame: after the owner's name
        ("Renamo leader"), or before it with "of" ("Foreign Minister of")."""
        between = self.text[owner.end : person.start]
        after = _TITLE_AFTER_OWNER.fullmatch(between)
        if after is not None:
            title = after.group(1)
        elif between in (" ", "\t"):
            before = _TITLE_BEFORE_OWNER.search(self.text[max(0, owner.start - 60) : owner.start])
            title = before.group(1) if before is not None else ""
        else:
            return None
        posted = _POSTED_AT.fullmatch(title.strip())
        if posted is not None:  # "Peru's ambassador in Lima, X": the title before the post
            title = posted.group(1)
        words = title.lower().split()
        roles = self.owner_nouns | self.title_words
        if not words or words[-1] not in roles or _FUNCTION_WORDS & set(words):
            return None  # "the Chilean government of President X": no title of X's
        return title.strip()

    @cached_property
    def _titled_people(self) -> list[tuple[str, str]]:
        """The people of the document named in full (a strong mention) with a title, in the
        entities' order, and their titles in lower case."""
        named = {m.key for m in self.actor_mentions if m.strong}
        return [
            (key, info.role.lower())
            for key, info in self.res.entities.items()
            if info.cls == "Person" and info.role and key in named
        ]

    def _holds(self, role: str, title: str) -> bool:
        """Whether a person so titled holds ``role``: a word of the title; "leader" for a head of
        state or government ("the Japanese leader": its prime minister); "top diplomat" for a
        foreign minister; "head" or "chief" for a director general, a chairman, ..."""
        words = title.split()
        if role in words or f" {role} " in f" {title.lower()} ":
            return True
        if role == "top diplomat":
            return title in self.cues.word_set("top_diplomat_titles")
        if role in ("head", "chief"):
            return bool(set(words) & self.cues.word_set("head_words"))
        return role == "leader" and title in self.cues.word_set("leader_titles")

    def owner(self, p: Parsed, noun: Token, depth: int = 0) -> tuple[str, ...]:
        """Whose ``noun`` is: "Russia's", "the Russian", "the US", "by X", "from X", "of X"; a
        spokesperson's, "for X" too ("a spokesperson for the Chilean foreign ministry")."""
        for child in noun.children:
            if child.dep_ in _OWNER_DEPS and child.i < noun.i and not self._signed_at(p, child):
                keys = (
                    self.keys_at(p, child)
                    or (self.actors(p, child, depth=depth + 1) if child.dep_ == "poss" else ())
                    or next(  # "the March 23 Movement (M23) rebel group": the name in brackets
                        (self.keys_at(p, a) for a in child.children if a.dep_ == "appos"), ()
                    )
                    or self._owner_of_compound(p, child, depth)
                )
                if keys:
                    joined = [
                        c
                        for c in child.children
                        if c.dep_ in ("compound", "amod") and c.i < child.i
                    ]
                    return unique(  # "the Turkish and Qatari", "the Franco-German"
                        [k for c in joined for k in self.keys_at(p, c)]
                        + list(keys)
                        + [k for c in child.conjuncts for k in self.keys_at(p, c)]
                    )
        for child in noun.children:  # "Britain, France and Germany's offer": the parser made
            if (
                child.dep_ == "nsubj" and child.i < noun.i and noun.pos_ == "NOUN"
            ):  # a list a subject
                names = [child, *child.conjuncts]
                if any(c.dep_ == "case" for c in names[-1].children):
                    return unique(k for c in names for k in self.keys_at(p, c))
        preps = ("by", "from", "of", "for") if self._speaks_for(noun) else ("by", "from", "of")
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        keys = self.keys_at(p, obj) or self._group_named(p, obj, depth)
                        if not keys and child.lower_ == "for" and depth < 2:
                            keys = self.owner(p, obj, depth + 1)  # "for Peru's navy": Peru
                        if keys:
                            return unique(
                                list(keys)
                                + [k for c in obj.conjuncts for k in self.keys_at(p, c)]
                                + self._titled_list(p, (obj, noun), obj)
                            )
        for child in noun.children:
            if child.dep_ in ("relcl", "acl") and self._puts_forward(child):
                keys = (
                    self.by_agent(p, child)
                    if self.passive(child) or child.dep_ == "acl"
                    else self.agent(p, child)
                )
                if keys and depth < 3:
                    return keys
        if noun.dep_ in ("dobj", "nsubjpass") and self._puts_forward(noun.head) and depth < 3:
            keys = self.agent(p, noun.head)  # "X presented its drafts": X's
            return self.without_outlets(keys)  # outlets report
        return ()

    def _owner_of_compound(self, p: Parsed, child: Token, depth: int) -> tuple[str, ...]:
        """Whose an owner noun before the noun is ("a Chilean government source", the parser
        hanging "Chilean" on "government"): the owner of that noun."""
        if child.dep_ != "compound" or child.lower_ not in self.owner_nouns or depth >= 3:
            return ()
        return self.owner(p, child, depth + 1)

    def _group_named(self, p: Parsed, noun: Token, depth: int) -> tuple[str, ...]:
        """The organisation a group noun names ("an offer by Tigray rebels": the Tigray front),
        as it would as an owner ("the Tigray rebels' offer")."""
        if noun.lower_ not in self.cues.word_set("group_nouns") or depth >= 3:
            return ()
        return self.actors(p, noun, depth=depth + 1)

    def _speaks_for(self, noun: Token) -> bool:
        """A noun of one who speaks for a body (``speaking_for_nouns``: "spokesperson")."""
        return noun.lower_ in self.cue_words("speaking_for_nouns")

    def _signed_at(self, p: Parsed, child: Token) -> bool:
        """Whether ``child`` is a city's name before an agreement noun, naming where it was
        signed, not whose it is ("the Oslo peace accords", "the Lima agreement")."""
        if child.dep_ != "compound":
            return False
        head = child.head
        while head.dep_ == "compound" and head.head != head:
            head = head.head
        nouns, word = self.cues.word_set("agreement_nouns"), head.lower_
        if word not in nouns and not (word.endswith("s") and word[:-1] in nouns):
            return False
        return self.seat_name(p, child)

    def seat_name(self, p: Parsed, tok: Token) -> bool:
        """Whether ``tok`` names a capital or seat standing for its state or body ("Brussels",
        "Lima"): where something is, in "the Lima agreement", "the Moscow think tank X"."""
        a, b = p.span(tok)
        return any(m.form == "capital" and m.start <= a and b <= m.end for m in self.res.mentions)

    def _titled_list(self, p: Parsed, heads: tuple[Token, ...], name: Token) -> list[str]:
        """The other people of a list of titled names after a person's name ("a statement by
        Minister A, Commissioner B and Ambassador C", ``titled-list``), which the parse hangs as
        appositions on the name or on the noun the list belongs to: the people named in those
        appositions and their conjuncts."""
        if not any(self.cls(k) == "Person" for k in self.keys_at(p, name)):
            return []
        out = []
        for a in (c for h in heads for c in h.children if c.dep_ == "appos" and c.i > name.i):
            for t in a.subtree:
                if t.dep_ in ("conj", "pobj", "appos") or t == a:
                    out += [k for k in self.keys_at(p, t) if self.cls(k) == "Person"]
        return out

    def _puts_forward(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of putting something forward ("the plan X proposed"); a
        verb that puts forward only under a modal ("could accept") not without one ("Peru
        accepted the plan to ...": a response to another's), nor under a negated one ("could
        not accept the offer": a refusal of another's); one that offers only sums of money
        ("approved $5 million") puts no named thing forward."""
        children = {c.lower_ for c in verb.children}
        modal = bool(children & self.cues.word_set("modals_offer")) and not any(
            c.dep_ == "neg" for c in verb.children
        )
        return any(
            (not cue.particle or cue.particle in children)
            and (modal or not cue.needs_modal)
            and cue.complement != "amount"  # ("approved a new map": no sum, nothing offered)
            for name in ("offer-verb", "demand-verb", "light-verb")
            for cue in self.cues.entries(name, verb.lower_)
        )

    def document_owner(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """Whose plan, reply or document ``noun`` is: its own owner, else the owner of the
        latest owned noun of the same word before it ("the framework X put forward ... The
        framework"), else of the latest owned plan or document noun."""
        own = self.owner(p, noun) or self._issuer_before(p, noun)
        if own:
            return own
        sent_to = self._sent_to(p, noun)
        if sent_to:  # "a note sent to Chile's embassy proposed A": the sender's
            return self.counterpart(sent_to)
        if any(c.dep_ in ("nummod", "compound") and _year(c.text) for c in noun.children):
            return ()  # "the 1973 agreement": a text of its own, not the plan named last
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return ()  # "signed a declaration backing him": a new text, not the one named last
        if bare_plural(noun):
            return ()  # "Presidential statements require consensus": any such text
        fallback: tuple[str, ...] = ()
        bare = [c.lower_ for c in noun.lefts] in (["the"], ["this"])  # not "the counter-offer"
        acts = _ACT_OF_NOUN.get(noun.lower_) if bare else None
        for prev in self._parsed_back(p, 11, itself=True):
            for t in reversed(prev.doc):
                if prev.index == p.index and t.i >= noun.i:
                    continue
                if acts and t.pos_ == "VERB" and t.lower_ in inflections(acts) and not fallback:
                    done = self.agent(prev, t)  # "X has offered to A. The offer ...": X's
                    if done:
                        return done
                if t.pos_ in ("NOUN", "PROPN") and self.cues.entries("plan-noun", t.lower_):
                    owner = self.owner(prev, t)
                    if owner and t.lower_ == noun.lower_:
                        return owner
                    fallback = fallback or owner
        return fallback

    def _sent_to(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """The actors a document was sent to, by a participle of conveying on it ("a letter
        sent to Peru's embassy"): Peru's embassy and Peru."""
        conveying = self.cues.word_set("conveying_verbs")
        for c in noun.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or c.lower_ not in conveying:
                continue
            for prep in c.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                    keys = unique(k for o in prep.children for k in self.actors(p, o))
                    return unique([*keys, *self.states_of(keys)])
        return ()

    def _parsed_back(self, p: Parsed, sentences: int, *, itself: bool = False) -> Iterator[Parsed]:
        """The parsed ones of the ``sentences`` sentences before ``p`` (``p`` first where
        ``itself``), the latest first."""
        for back in range(p.index - (0 if itself else 1), max(-1, p.index - sentences - 1), -1):
            prev = self.parsed.get(back)
            if prev is not None:
                yield prev

    def _issuer_before(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """Who speaks in a bare "the statement" that says something ("..., the statement said";
        ``definite-speech-noun``): the speaker of the latest statement named in the three
        sentences before ("X said in a statement", "X issued a statement", "In a joint
        statement, A and B said"), else the speaker of the latest verb of saying there."""
        if not (
            self.cues.entries("definite-speech-noun", noun.lower_)
            and noun.dep_ == "nsubj"
            and (
                self.cues.is_form(noun.head.lower_, self.speech_lemmas)
                or any(  # "The statement also urged Y to A", "... welcomed A"
                    self.cues.entries(c, noun.head.lower_) for c in _TEXT_ACTS
                )
            )
            and [c.lower_ for c in noun.lefts] == ["the"]
        ):
            return ()
        fallback: tuple[str, ...] = ()
        for prev in self._parsed_back(p, 3):
            for verb in reversed(prev.doc):
                if verb.pos_ not in ("VERB", "AUX") or self._quoted_clause(prev, verb):
                    continue
                names = self._names_statement(verb)
                if not names and not self.cues.is_form(verb.lower_, self.speech_lemmas):
                    continue
                keys = self.without_outlets(self.agent(prev, verb))
                if keys and names:
                    return keys
                fallback = fallback or keys
        return fallback

    def _quoted_clause(self, p: Parsed, verb: Token) -> bool:
        """Whether a verb stands in a quotation with its subject (a quoted verb whose subject
        is outside the quotation, 'X "called on all parties to A"', is X's)."""
        quote = self.quote_at(p.offset(verb))
        if quote is None:
            return False
        subject = self.subject(verb)
        return subject is None or quote[0] <= p.offset(subject) < quote[1]

    def _names_statement(self, verb: Token) -> bool:
        """Whether a verb's object or prepositional phrase is a speech noun ("issued a
        statement", "said in a statement", "In a joint statement, X said")."""
        speech = self.cue_words("speech_nouns")
        return any(
            t.lower_ in speech
            for c in verb.children
            if c.dep_ in ("dobj", "prep")
            for t in (c, *(x for x in c.children if x.dep_ == "pobj"))
        )

    @cached_property
    def _person_orgs(self) -> dict[str, list[str]]:
        """The organisations the text ties each person to: "X, a fellow at Y", "Y's X"."""
        import re

        out: dict[str, list[str]] = {}
        people = [m for m in self.actor_mentions if self.cls(m.key) == "Person"]
        orgs = [m for m in self.actor_mentions if self.cls(m.key) == "Organisation"]
        starts = [o.start for o in orgs]  # in text order: only those near a person are read
        for m in people:
            # (after a transcript's label, the speaker's words: no tie of theirs)
            label = self.text[m.end : m.end + 1] == ":"
            window = "" if label else self.text[m.end : m.end + 120].split("\n")[0]
            before = self.text[max(0, m.start - 60) : m.start]
            first = bisect_left(starts, m.start - len(before))
            last = bisect_left(starts, m.end + len(window))
            for o in orgs[first:last]:
                near = (m.end <= o.start < m.end + len(window)) or (
                    m.start - len(before) <= o.start < m.start
                )
                between = self.text[min(m.end, o.end) : max(m.start, o.start)] or " "
                if re.search(r"[:;\n]", between):
                    continue  # "Q (Ana Rios, El Comercio): Chile's minister X": another's
                if near and (
                    re.search(r"\b(?:at|of|from|with)\b|['’]s\b", between)
                    or o.end <= m.start
                    and self._bare_title(between)  # "the Foreign Ministry spokesperson X"
                    or self._titled_after(m.end, o)  # "X, the EU trade chief, said"
                ):
                    out.setdefault(m.key, []).append(o.key)
        return out

    def _titled_after(self, end: int, org: Mention) -> bool:
        """Whether the organisation ``org`` opens the title set off after a person's name that
        ends at ``end`` ("Ana Rios, the EU trade chief, said": the EU's)."""
        if not re.fullmatch(r",\s+the\s+", self.text[end : org.start]):
            return False
        title = re.match(r"[^,.;:\n]*", self.text[org.end : org.end + 40])
        return title is not None and self._title_words(title.group())

    def _bare_title(self, between: str) -> bool:
        """Whether ``between`` is one to three words of a title and nothing else ("
        spokesperson ", " chief negotiator ", " climate commissioner ": a title, its field in
        lower case before it)."""
        return between[:1].isspace() and between[-1:].isspace() and self._title_words(between)

    def _title_words(self, words: str) -> bool:
        """Whether ``words`` are one to three words of a title, its field in lower case before
        its last word ("chief negotiator", "trade chief")."""
        found = words.split()
        titles = self.title_words | self.title_heads
        return (
            1 <= len(found) <= 3
            and found[-1].lower() in titles
            and all(w.lower() in titles or (w.isalpha() and w.islower()) for w in found)
        )

    def orgs_of(self, person: str) -> list[str]:
        """The organisations near a person's names that the text ties them to."""
        return self._person_orgs.get(person, [])

    def states_of(self, keys: Iterable[str]) -> tuple[str, ...]:
        """The states the given actors are or speak for."""
        out = []
        for k in keys:
            info = self.res.entities.get(k)
            if info is None:
                continue
            if info.cls == "State":
                out.append(k)
            elif info.state and self.cls(info.state) == "State":
                out.append(info.state)
            elif info.cls == "Person":
                out += self._title_states.get(k, ())
        return unique(out)

    @cached_property
    def _title_states(self) -> dict[str, tuple[str, ...]]:
        """The one state each person's title names as its owner in the words, where the entity
        layer tied them to none ("Cuba's representative Ana Rios", "Peru's envoy Ana Rios"), or
        an "of" phrase right after their name ("Ana Rios of Peru")."""
        found: dict[str, set[str]] = {}
        for key, side, _ in self._owned_titles:
            if self.cls(side) == "State":
                found.setdefault(key, set()).add(side)
        for person, state in pairwise(self.actor_mentions):  # "Sergei Arkhipov of Russia"
            if self.cls(person.key) == "Person" and self.cls(state.key) == "State":
                if re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[person.end : state.start]):
                    found.setdefault(person.key, set()).add(state.key)
        return {k: tuple(v) for k, v in found.items() if len(v) == 1}

    def antecedent(self, p: Parsed, tok: Token, *, classes: Sequence[str] = ()) -> tuple[str, ...]:
        """What a pronoun refers to: a subject of this or a recent sentence, else the latest name
        (of ``classes`` where given: "the country" refers back to a state)."""
        want = self.pronouns.get(tok.lower_)
        if want == "Speaker":
            speakers = self.quote_speaker(p.offset(tok))
            if not speakers and self.cues.entries("statement-lead-in", tok.lower_):
                speakers = self.lead_speaker(p.offset(tok))  # "I" in a message after its lead-in
            return speakers
        if want == "Side":
            speakers = self.quote_speaker(p.offset(tok))
            if not speakers and self.cues.entries("statement-lead-in", tok.lower_):
                speakers = self.lead_speaker(p.offset(tok))
            return self.side_of(speakers or self.self_named(p.offset(tok)))
        classes = classes or {
            "Person": ("Person",),
            "Plural": ("State", "Organisation", "Person"),
        }.get(want or "", ("State", "Organisation"))
        subjects = [t for t in p.doc if t.i < tok.i and t.dep_ in _SUBJECTS]
        if self.quote_at(p.offset(tok)) is None:  # '"The talks failed," they said': not the talks
            subjects = [t for t in subjects if self.quote_at(p.offset(t)) is None]
        speech = self.speech_head(tok.head) if tok.head != tok else None
        said = [c for c in speech.children if c.dep_ in _SUBJECTS] if speech is not None else []
        main = said or [t for t in subjects if t.head.dep_ in ("ROOT", "conj")]
        speaking = self._quoting(p.offset(tok)) if want == "Plural" else frozenset()
        if speech is not None and self._object_said_of(p, speech, tok):
            return ()  # "Chile rejected the tariffs, saying they would hurt farmers": the tariffs
        ordered = [*reversed(main), *reversed([t for t in subjects if t not in main])]
        fronted = _fronted_clause_subjects(tok)  # "if the Chilean side has it, it should ..."
        fronted += _own_clause_subject(tok)  # "X said Y keep up their objection": Y
        fronted += self._relative_subject(tok)  # "Brazil, which has expressed its support"
        fronted += _announcers(tok)  # "the announcement by China that it will contribute"
        ordered = [*fronted, *(t for t in ordered if t not in fronted)]
        found = self._subject_here(p, tok, want, classes, ordered, main, bool(said), speaking)
        if found is None and want == "Person":
            found = self._person_by_role(p, tok, main)
        if found is None and want != "Person" and not subjects:
            found = self._operative_holders.get(p.index)  # "2. Reaffirms its support for A"
        if found is None and tok.lower_ == "it" and not subjects:
            found = self._text_just_put(p) or None  # "X circulated a draft. It proposes A"
        if found is None:
            found = self._subject_before(p, tok, want, classes, speaking)
        return found if found is not None else self.latest(p.offset(tok), classes, exclude=speaking)

    def _object_said_of(self, p: Parsed, speech: Token, pronoun: Token) -> bool:
        """Whether a participle of saying ("saying", "arguing") hangs on a verb whose object is
        a noun that names no actor, and whose subject is one name: a "they" (an "it") in what
        the participle says agrees with a plural (a singular) object, not with the subject
        ("Chile rejected the tariffs, saying they would hurt farmers"; "X rejected the
        reference, saying it would legitimise A")."""
        number = {"they": "NNS", "it": "NN"}.get(pronoun.lower_)
        if number is None or speech.tag_ != "VBG" or speech.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        if number == "NN" and not (
            self.cues.entries("reject-verb", speech.head.lower_)
            or self.cues.entries("support-verb", speech.head.lower_)
        ):
            return False  # "it" after a verb of rejecting or backing ("welcomed the decision,
            # saying it would ...")
        verb = speech.head
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.tag_ in ("NNS", "NNPS") or list(subj.conjuncts):
            return False
        return obj.tag_ == number and not self.keys_at(p, obj) and not list(obj.conjuncts)

    def _text_just_put(self, p: Parsed) -> tuple[str, ...]:
        """Who put forward the text the sentence before ends on ("The co-chairs circulated a
        bridging text."): a sentence opening on "it" speaks of that text, its words theirs."""
        prev = next(self._parsed_back(p, 1), None)
        root = next((t for t in prev.doc if t.dep_ == "ROOT"), None) if prev else None
        if prev is None or root is None or prev.index != p.index - 1:
            return ()
        text = next((c for c in root.children if c.dep_ == "dobj"), None)
        if text is None or not (
            self.cues.entries("plan-noun", text.lower_) or text.lower_ in _DOCUMENT_NOUNS
        ):
            return ()
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in text.children):
            return ()
        return self.agent(prev, root)

    def _relative_subject(self, tok: Token) -> list[Token]:
        """The relative pronoun subject of the relative clause ``tok`` is in ("which", "who"),
        where it comes before ``tok``."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "relcl":
            return []
        return [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.relatives and c.i < tok.i
        ]

    def _subject_here(
        self,
        p: Parsed,
        tok: Token,
        want: str | None,
        classes: Sequence[str],
        ordered: list[Token],
        main: list[Token],
        said: bool,
        speaking: frozenset[str],
    ) -> tuple[str, ...] | None:
        """The pronoun ``tok``'s antecedent among the subjects before it in its sentence
        (``ordered``: the main clause's or the verb of saying's first): ``()`` for people
        named by no actor, ``None`` where none fits."""
        groups = self.cues.word_set("group_nouns")
        press = self.cues.word_set("press_nouns")
        for cand in ordered:
            if cand.lower_ in press:
                continue  # "Libyan media said that ... it wanted": the media report, never act
            if want == "Person" and cand.tag_ in ("NNS", "NNPS"):
                continue  # "The two leaders agreed to A, he said": not one of them
            if tok.lower_ == "it" and (
                cand.dep_ == "conj" or any(c.dep_ == "conj" for c in cand.children)
            ):  # "Greece and Hungary oppose A, arguing that it would B": a thing, not both
                if cand in main:
                    return ()
                continue
            if not said and cand in main and (owned := self._plan_owner(p, cand, want)):
                return owned  # "The proposal sought A, and it aimed to B": the proposal's owner's
            if cand.lower_ in groups and not self.keys_at(p, cand):
                # "Ethiopia's Tigray rebels said they ...": the rebels' group, never the state
                return self._implicit_actors(p, cand, 0)
            if cand.lower_ in self.relatives and cand.head.dep_ == "relcl":
                cand = cand.head.head  # "the US, which has expressed its support": the US
            named = (
                self.keys_at(p, cand)
                or self._named_in_apposition(p, cand)
                or self._role_holder(p, cand)
                or self.owner(p, cand)
            )
            if tuple(classes) == ("State",):  # "Peru's envoy Ana Rios said the country": Peru
                named = tuple(k for k in named if self.cls(k) != "Person") or self.states_of(named)
            keys = [k for k in named if self.cls(k) in classes and k not in speaking]
            if not keys and tok.lower_ == "it":
                keys = [k for k in self._body_of_speaker(p, cand) if self.cls(k) in classes]
            if keys:
                keys += [k for c in cand.conjuncts for k in self.keys_at(p, c)]
                if want == "Plural" and len(set(keys)) == 1 and self.cls(keys[0]) == "Person":
                    keys += self._met(p, cand.head, keys[0])
                return unique(keys)
            if cand in main and self._stands_for_unnamed(p, tok, cand):
                return ()  # "officials say they remain open": those officials, whoever they are
        return None

    def _body_of_speaker(self, p: Parsed, cand: Token) -> tuple[str, ...]:
        """The body or state a subject who speaks is said, in the same sentence, to speak for:
        "The Fund's president, X, said that it would A", "X, a director of the Fund, told us
        it would A", "Speaking for the Fund, X said it would A": the Fund."""
        if any(c.dep_ == "poss" for c in cand.children):
            return self.owner(p, cand)
        appositions = [c for c in cand.children if c.dep_ == "appos"]
        named = [k for c in appositions for t in c.subtree for k in p.keys[t.i]]
        named += self._spoken_for(p, cand, cand.head)
        return tuple(k for k in named if self.cls(k) in ("Organisation", "State"))

    def _person_by_role(self, p: Parsed, tok: Token, main: list[Token]) -> tuple[str, ...] | None:
        """A personal pronoun's antecedent from a main subject that names a role ("the
        Cambodian prime minister said his country ..."): the person it names, else the
        person of its owner named before, else its owner; ``None`` where none does."""
        for cand in reversed(main):
            if cand.pos_ == "PRON" or cand.tag_ in ("NNS", "NNPS"):
                continue  # "Chile's delegates gave X their notes on her ...": one person
            named = [k for t in cand.subtree for k in p.keys[t.i] if self.cls(k) == "Person"]
            if named:
                return unique(named)  # "US President X said his ...": X
            if cand.lower_ not in self.owner_nouns | self.title_words:
                continue  # "the only thing Chile wants, he said, ...": no role, no holder
            owner = self.owner(p, cand)
            person = self._latest_of(p.offset(tok), owner)
            if person:
                return person  # "the Mexican leader said she ...": the Mexican named before
            if owner:
                return owner
        return None

    def _subject_before(
        self,
        p: Parsed,
        tok: Token,
        want: str | None,
        classes: Sequence[str],
        speaking: frozenset[str],
    ) -> tuple[str, ...] | None:
        """The pronoun ``tok``'s antecedent among the main subjects of the three sentences
        before it: ``()`` for people named by no actor, ``None`` where none fits."""
        after = p.start
        # "3. They urge A. Chile does not join. | 4. They call for B": a pronoun opening a
        # numbered paragraph goes on with the subject that opened the paragraph before
        numbered = tok.i == 0 and opens_numbered_paragraph(self.text, p.start)
        for n, prev in enumerate(self._parsed_back(p, 3)):
            if numbered and not opens_numbered_paragraph(self.text, prev.start):
                continue
            quoted = self._quoted_between(prev.start, after) if want == "Person" else ()
            if quoted:
                return quoted  # '"... ." A ban could work, she said': who spoke the quotation
            after = prev.start
            for root in (t for t in prev.doc if t.dep_ == "ROOT"):
                subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
                if n == 0 and tok.lower_ == "it" and self._said_of_a_thing(prev, root, classes):
                    return ()  # "X said the ruling was unfair. 'It will ...'": the ruling
                for subj in subjects:
                    if owned := self._plan_owner(prev, subj, want):
                        return owned
                    named = self.actors(prev, subj)
                    if named and want == "Plural":  # "X, together with Y, went. They ...": Y too
                        named = unique([*named, *self._acting_along(prev, subj, root)])
                    keys = [k for k in named if self.cls(k) in classes and k not in speaking]
                    if want == "Plural" and len(keys) == 1 and self.cls(keys[0]) == "Person":
                        continue  # "2. Ana Rios offered A. | 3. They condemn B": not she alone
                    if not keys and tok.tag_ == "PRP$" and not self.keys_at(prev, subj):
                        # "Peru's demands stand. Its envoy ...": whose the subject was
                        keys = [k for k in self.owner(prev, subj) if self.cls(k) in classes]
                    if keys:
                        return unique(keys)
                    if self._stands_for_unnamed(prev, tok, subj):
                        return ()  # "MPs vote next week. If they reject it, ...": the MPs
                if want == "Person" and (viewer := self._fronted_viewer(prev, root)):
                    return viewer  # "For X, a scholar, the question is open. She said": X
                unnamed = (
                    [s for s in subjects if self._unnamed_person(prev, s)]
                    if want == "Person"
                    else []
                )
                if unnamed:
                    # "The official declined to say. He added ...": that official, for whom
                    # the side he serves stands ("The representative of Chile said ... He")
                    return unique([k for s in unnamed for k in self.actors(prev, s)])
            if want == "Person" and (acting := self._who_clause_people(prev)):
                return acting  # "The Council heard from X, who asked A. 'B,' she said": X
            if want == "Person" and n == 0 and (sole := self._sole_person(prev)):
                return sole  # "..., according to a statement read out by X. He said": X
        return None

    def _sole_person(self, p: Parsed) -> tuple[str, ...]:
        """The one person a sentence names, wherever in it (none where it names two)."""
        people = unique(k for keys in p.keys for k in keys if self.cls(k) == "Person")
        return tuple(people) if len(people) == 1 else ()

    def _who_clause_people(self, p: Parsed) -> tuple[str, ...]:
        """The person the last "who" clause of a sentence has acting, where the sentence's main
        subject is no person ("The Council also heard from X, who asked ...")."""
        for t in reversed(p.doc):
            if t.lower_ == "who" and t.dep_ in _SUBJECTS and t.head.dep_ == "relcl":
                people = [k for k in self.actors(p, t) if self.cls(k) == "Person"]
                if people:
                    return unique(people)
        return ()

    def _fronted_viewer(self, p: Parsed, root: Token) -> tuple[str, ...]:
        """The person whose view a sentence opens with ("For X, the question is solvable", "To
        X, it was a mistake"): a person a following "she" or "he" may stand for."""
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i == p.doc[0].i:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                keys = self.keys_at(p, obj) if obj is not None else ()
                if keys and all(self.cls(k) == "Person" for k in keys):
                    return keys
        return ()

    def _quoted_between(self, start: int, end: int) -> tuple[str, ...]:
        """The person who spoke the last quotation ending between ``start`` and ``end``."""
        if self._attributing:
            return ()
        i = bisect_right(self._quote_ends, end) - 1  # the last quotation ending by ``end``
        if i < 0 or self.quotes[i][1] < start:
            return ()
        keys = self.quote_speakers.get(self.quotes[i], ())
        return keys if keys and all(self.cls(k) == "Person" for k in keys) else ()

    @cached_property
    def _quote_ends(self) -> list[int]:
        return [q[1] for q in self.quotes]

    def _said_of_a_thing(self, p: Parsed, verb: Token, classes: Sequence[str]) -> bool:
        """Whether a speaker whom "it" cannot stand for ("Kenyatta said", a person) said
        something of a thing, the subject of what was said ("the ruling was a blow"), which a
        following "it" stands for."""
        if not self.cues.is_form(verb.lower_, self.speech_lemmas):
            return False
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects or any(self.cls(k) in classes for s in subjects for k in self.actors(p, s)):
            return False
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        return any(
            s.dep_ in _SUBJECTS
            and s.tag_ == "NN"
            and not any(p.keys[t.i] for t in s.subtree)
            and not self.cues.entries("plan-noun", s.lower_)
            for c in said
            for s in c.children
        )

    def _stands_for_unnamed(self, p: Parsed, pronoun: Token, noun: Token) -> bool:
        """Whether a plural pronoun (``plural-pronoun``) after a subject that is a plural noun
        naming no actor in its phrase ("MPs", "officials", "the lawmakers") stands for those,
        not for a name further back."""
        # "Fishermen blocked the port. They ...": a common plural the parser took for a name,
        # as the sentence's first word
        common = noun.pos_ == "NOUN" or (noun.i == 0 and noun.tag_ == "NNPS")
        return (
            bool(self.cues.entries("plural-pronoun", pronoun.lower_))
            and noun.tag_ in ("NNS", "NNPS")
            and common
            and not any(self.keys_at(p, t) for t in noun.subtree)
            and not self.owner(p, noun)
        )

    def _plan_owner(self, p: Parsed, cand: Token, want: str | None) -> tuple[str, ...]:
        """For "it" after a plan or a proposal (``plan-noun``: "The proposal sought A. It also
        aimed to B"), the owner of that document, whoever it is, as the plan's own clauses have
        it."""
        if want == "Group" and self.cues.entries("plan-noun", cand.lower_):
            return self.document_owner(p, cand)
        return ()

    @cached_property
    def _statement_leads(self) -> list[tuple[int, tuple[str, ...]]]:
        """The sentences ending in a colon that open a statement ("Chile and Peru issued a joint
        statement:", "Chile has stated its position, which has two points:"): where each ends,
        and who speaks the text after it (``statement-lead-in``)."""
        out: list[tuple[int, tuple[str, ...]]] = []
        self._leading = True  # a "we" in the lead itself is no one's yet
        try:
            for p in self.parsed_in_order():
                end = self.sentences[p.index].end
                if not self.text[p.start : end].rstrip().endswith(":"):
                    continue
                keys = next(
                    (k for t in p.doc if self._opens_statement(t) and (k := self._issuer(p, t))),
                    self._speech_noun_owner(p),
                )
                if keys:
                    out.append((end, keys))
        finally:
            self._leading = False
        return out

    def _issuer(self, p: Parsed, verb: Token) -> tuple[str, ...]:
        """Who issues a statement: the verb's agent, else the actors its subject's phrase names
        ("The members of the bloc (Chile, Peru and Bolivia) issued a statement:")."""
        keys = self.without_outlets(self.agent(p, verb))
        subj = self.subject(verb)
        if keys or subj is None:
            return keys
        return self.without_outlets(unique(k for t in subj.subtree for k in self.keys_at(p, t)))

    def _speech_noun_owner(self, p: Parsed) -> tuple[str, ...]:
        """Whose words a lead-in with no verb of saying introduces: the owner of its speech noun
        ("Following is the text of Y's video message to the summit:", "Below are the remarks
        by Y:")."""
        speech = self.cue_words("speech_nouns")
        for noun in (t for t in p.doc if t.lower_ in speech and t.pos_ == "NOUN"):
            owners = [c for c in noun.children if c.dep_ in ("poss", "nmod")] + [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("by", "of")
                for o in c.children
                if o.dep_ == "pobj"
            ]
            keys = self.without_outlets(unique(k for o in owners for k in self.actors(p, o)))
            if keys:
                return keys
        return ()

    def _opens_statement(self, verb: Token) -> bool:
        """A verb of saying ("stated:") or one whose object is a speech noun ("issued a
        statement:")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        speech = self.cue_words("speech_nouns")
        return self.cues.is_form(verb.lower_, self.speech_lemmas) or any(
            c.dep_ == "dobj" and c.lower_ in speech for c in verb.children
        )

    def lead_speaker(self, offset: int) -> tuple[str, ...]:
        """Who speaks at ``offset`` outside any quotation: the speaker of the latest statement
        lead-in before it, where no question line ("Q:") opens in between."""
        if self._leading or self.quote_at(offset) is not None:
            return ()
        leads = self._statement_leads
        i = bisect_right(self._lead_ends, offset) - 1
        if i < 0:
            return ()
        questions = self.question_lines
        if bisect_left(questions, leads[i][0]) < bisect_left(questions, offset):
            return ()  # a question line opens between the lead-in and the offset
        return leads[i][1]

    @cached_property
    def lead_texts(self) -> list[tuple[int, int, tuple[str, ...]]]:
        """The text a lead-in that introduces a whole text (``text_lead_words``: "Following is
        the text of Y's message:", "Y issued the following statement:") opens, where it opens
        with no quotation: ``(start, end, speakers)`` up to the next lead-in, transcript turn or
        question line, outside any transcript turn."""
        stops = sorted(
            [end for end, _ in self._statement_leads]
            + [a for a, _, _ in self.turns]
            + self.question_lines
            + [len(self.text)]
        )
        out = []
        marks = self.cue_words("text_lead_words")
        for end, keys in self._statement_leads:
            body = len(self.text) - len(self.text[end:].lstrip())
            lead = self.parsed.get(self.sentence_at(end - 1))
            if lead is None or not any(t.lower_ in marks for t in lead.doc):
                continue  # "X calls for:" and a list: the points, not the whole text after
            if self.quote_at(body) is not None or self.turn_speaker(end):
                continue
            out.append((end, stops[bisect_right(stops, end)], keys))
        return out

    @cached_property
    def _lead_ends(self) -> list[int]:
        return [end for end, _ in self._statement_leads]

    def self_named(self, offset: int) -> tuple[str, ...]:
        """Whom a "we" at ``offset`` stands for where no one is quoted or leads it in: the
        actors the latest "We, the ..." before it names ("We, the Leaders of BRICS, met in
        Delhi. ... We support A": BRICS)."""
        i = bisect_right(self._self_namings, (offset,)) - 1
        return self._self_namings[i][1] if i >= 0 else ()

    @cached_property
    def _self_namings(self) -> list[tuple[int, tuple[str, ...]]]:
        out = []
        for m in _SELF_NAMED_WE.finditer(self.text):
            named = [x.key for x in self.res.actor_mentions(m.start(1), m.end(1))]
            if named:
                body = self._body_of_named(m.start()) if self.cls(named[0]) == "State" else ()
                out.append((m.start(), body or tuple(dict.fromkeys(named))))
        return out

    def _body_of_named(self, offset: int) -> tuple[str, ...]:
        """The body the ministers or leaders of a "We, the ..." at ``offset`` speak as: an
        organisation named both in the text above it (the heading) and in its own sentence
        ("Statement of the Leaders of the Quartet ... We, the Leaders of A, B and C, gathered
        at the invitation of the Quartet": the Quartet), else nothing."""
        sentence = self.sentences[self.sentence_at(offset)]
        above = {m.key for m in self.actor_mentions if m.end <= offset}
        return next(
            (
                (m.key,)
                for m in self.actor_mentions
                if sentence.start <= m.start < sentence.end
                and m.key in above
                and self.cls(m.key) == "Organisation"
            ),
            (),
        )

    @cached_property
    def question_lines(self) -> list[int]:
        """Where each question line ("Q:", "Q.") of the text starts, in order."""
        return [m.start() for m in _QUESTION_LINE.finditer(self.text)]

    @cached_property
    def entry_lines(self) -> list[int]:
        """Where each entry of a live blog (a line opened by a time stamp) starts, in order."""
        return entry_starts(self.text)

    def side_of(self, speakers: tuple[str, ...]) -> tuple[str, ...]:
        """Whom a "we" in the speakers' words stands for: the speakers with the states they speak
        for ("'We will not sign it,' the Chilean foreign minister said": the minister and Chile),
        for a person the lexicon gives no state, the state of the body the text ties them to
        ("'We stand ready,' said Ana Rios, a spokeswoman for the Chilean foreign ministry").
        Not those bodies themselves: a negotiator "urging the rebels" is not one of them."""
        stateless = [k for k in speakers if not self.states_of((k,))]
        tied = self.states_of(o for k in stateless for o in self.orgs_of(k))
        return unique([*speakers, *self.states_of(speakers), *tied])

    def _unnamed_person(self, p: Parsed, noun: Token) -> bool:
        """Whether ``noun`` is one person the document does not name ("the official", "a
        diplomat"), whom "he" or "she" after it refers to rather than a person named before."""
        return (
            noun.tag_ == "NN"
            and noun.lower_ in self.owner_nouns
            and noun.lower_ not in self.cue_words("body_nouns")  # ("the embassy": no one)
            and not any(k for t in noun.subtree for k in p.keys[t.i] if self.cls(k) == "Person")
        )

    def _named_in_apposition(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """The actors an apposition names ("His Chilean counterpart, Ana Rios, ...": Ana Rios,
        not the person the role would point at), or the name it is given ("Y's leader, a former
        officer named Ana Rios, ...")."""
        return tuple(
            k
            for c in noun.children
            if c.dep_ == "appos"
            for k in (self.keys_at(p, c) or self._named_as(p, c))
        )

    def _named_as(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """The name a noun is given by "named" or "called" ("an officer named Ana Rios")."""
        for c in noun.children:
            if c.dep_ == "acl" and c.lower_ in ("named", "called"):
                for o in c.children:
                    if o.dep_ in ("oprd", "dobj", "attr", "xcomp") and self.keys_at(p, o):
                        return self.keys_at(p, o)
        return ()

    def _role_holder(self, p: Parsed, noun: Token) -> tuple[str, ...]:
        """The one person of the document holding the role ``noun`` names for its owner ("the
        Japanese leader": the prime minister of Japan named before), else nothing."""
        if noun.lower_ not in self.owner_nouns:
            return ()
        owner = self.owner(p, noun)
        if not owner:  # "the president said he ...": the president named before
            return self._described_before(p, noun)
        return self.holder_of(_role_of(noun), owner)

    def _met(self, p: Parsed, verb: Token, person: str) -> list[str]:
        """The persons ``person``, subject of ``verb``, met or addressed in its object or its
        "with" phrase ("X met Y, and they agreed": "they" are X and Y; "X held talks with Y")."""
        out = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") or (
                child.dep_ == "prep" and child.lower_ == "with"
            ):
                for t in child.subtree:
                    out += [k for k in p.keys[t.i] if k != person and self.cls(k) == "Person"]
        return out

    def _latest_of(self, before: int, sides: tuple[str, ...]) -> tuple[str, ...]:
        """The person named last before ``before`` who speaks for one of ``sides``: titled by
        one of them right before the name ("Malian President X"), or known to speak for one."""
        for m, previous in self._recent(before, window=1500, back=60):
            if self.cls(m.key) != "Person":
                continue
            titled = (  # ("... Lebanon had asked for it.\n\nAna Rios (Peru) said": no title)
                previous is not None
                and previous.key in sides
                and self._title_between(previous, m) is not None
            )
            if titled or (set(self.states_of((m.key,))) | set(self.orgs_of(m.key))) & set(sides):
                return (m.key,)
        return ()

    def _quoting(self, offset: int) -> frozenset[str]:
        """Who speaks the quotation holding ``offset``, with the states and bodies they speak
        for: a "they" in a quotation is not its speaker's own side (that would be "we"; an
        organisation may still say "its" of itself)."""
        if self._attributing or self.quote_at(offset) is None:
            return frozenset()
        speakers = self.quote_speaker(offset)
        bodies = (o for k in speakers for o in self.orgs_of(k))
        return frozenset(speakers) | frozenset(self.states_of(speakers)) | frozenset(bodies)

    def latest(
        self,
        before: int,
        classes: Sequence[str],
        window: int = 600,
        exclude: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        """The actor of the given classes named last before ``before`` (within ``window``)."""
        for m, _ in self._recent(before, window=window, back=40):
            if self.cls(m.key) in classes and m.key not in exclude:
                return (m.key,)
        return ()

    def _recent(
        self, before: int, *, window: int, back: int
    ) -> Iterator[tuple[Mention, Mention | None]]:
        """The actor mentions ending before ``before``, latest first (at most ``back`` of them,
        within ``window`` characters), each with the mention before it."""
        i = bisect_right(self._actor_mention_ends, before)
        recent = self.actor_mentions[max(0, i - back) : i]
        for n in range(len(recent) - 1, -1, -1):
            if before - recent[n].end > window:
                return
            yield recent[n], (recent[n - 1] if n > 0 else None)

    # -- clauses --------------------------------------------------------------------

    def subject(self, verb: Token) -> Token | None:
        """The verb's own subject, or the subject it shares with the verb it is coordinated with."""
        node = _finite_conjunct_head(verb)
        for _ in range(4):
            for child in node.children:
                if child.dep_ in _SUBJECTS:
                    return child
            if node.dep_ == "xcomp" and node.head != node:
                controller = next((c for c in node.head.children if c.dep_ == "dobj"), None)
                if controller is not None:
                    return controller  # "urged Hamas to accept": Hamas accepts
            if node.dep_ in ("conj", "xcomp") and node.head != node:
                node = node.head
                continue
            if node.dep_ in ("acomp", "oprd") and node.head != node:
                node = node.head
                continue
            if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head != node:
                node = node.head  # "..., endorsing the plan": the main clause's subject endorses
                continue
            if (
                node.dep_ == "pcomp"
                and node.tag_ == "VBG"
                and node.head.lower_ in _MANNER_PREPOSITIONS
                and node.head.head.pos_ in ("VERB", "AUX")
            ):
                node = node.head.head  # "tried to revive it by demanding X": who tried demands
                continue
            if (
                node.dep_ == "acl"
                and node.head.dep_ in ("dobj", "attr")
                and node.head.head != node.head
            ):
                node = node.head.head  # "X has no plan to drop it": X would drop it
                continue
            return None
        return None

    @staticmethod
    def passive(verb: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def by_agent(self, p: Parsed, verb: Token) -> tuple[str, ...]:
        """The actors of a passive's "by" phrase, and of a "by" coordinated with it ("accepted
        by A and by B")."""
        by = next(
            (
                c
                for c in verb.children
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            ),
            None,
        )
        if by is None:
            return ()
        out: list[str] = []
        for phrase in (by, *(c for c in by.children if c.dep_ == "conj" and c.lower_ == "by")):
            obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.extend(k for k in self.actors(p, obj) if k not in out)
        return tuple(out)

    def agent(self, p: Parsed, verb: Token) -> tuple[str, ...]:
        """Who does ``verb``: its subject, or the by-agent of a passive; where the parse left the
        subject naming no actor, an actor the verb governs loosely ("Chad, never one to back
        down, demanded": the parser's interjection)."""
        if self.passive(verb):
            return self.by_agent(p, verb)
        subj = self.subject(verb)
        keys = self.actors(p, subj) if subj is not None else ()
        if subj is not None:
            others = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i != subj.i]
            for other in others:  # "The US and NATO rebuffed": the parser's two subjects
                keys = unique([*keys, *self.actors(p, other)])
            if keys:  # "Egypt, along with Qatar, proposed": Qatar too
                spoken = self._spoken_for(p, subj, verb)
                keys = unique([*keys, *self._joined_along(p, subj, verb), *spoken])
                if spoken and any(self.cls(k) == "Person" for k in keys):
                    keys = tuple(k for k in keys if self.cls(k) != "State")  # not his own state's
            if self.without_outlets(keys):
                return keys
            found: tuple[str, ...] = ()
            for appos in (c for c in subj.children if c.dep_ == "appos"):
                # a dateline: "NAIROBI (Reuters) - Chad and Niger reached": Chad and Niger
                found = unique(
                    [*found, *self.actors(p, appos), *self.actors_of_conjuncts(p, appos)]
                )
            found = self.without_outlets(found)
            if found or keys:
                return found or keys  # an outlet alone: it reports ("Reuters reported that ...")
        for c in verb.children:
            if c.dep_ in ("intj", "dep", "npadvmod") and c.i < verb.i:
                # not a dateline's outlet: "(Reuters) - The two sides reached ..."
                keys = self.without_outlets(self.keys_at(p, c))
                if keys:
                    return keys
        return self.operative_holder(p, verb)

    def _acting_along(self, p: Parsed, subj: Token, verb: Token) -> tuple[str, ...]:
        """The actors a phrase between the subject and its verb joins to the subject, or whom
        the subject speaks for there ("X, speaking on behalf of Y, ...")."""
        return (*self._joined_along(p, subj, verb), *self._spoken_for(p, subj, verb))

    def _joined_along(self, p: Parsed, subj: Token, verb: Token) -> tuple[str, ...]:
        """The actors a phrase between the subject and its verb joins to the subject ("X,
        along with Y and Z, proposed", "X, together with Y, ...", "X, alongside Y, ...") or
        stands before both ("Together with Y, X ...")."""
        joining = ("alongside", "along", "together")
        out: list[str] = []
        for prep in (*subj.children, *verb.children):
            if prep.dep_ != "prep" or not (subj.i < prep.i < verb.i or prep.i < subj.left_edge.i):
                continue
            if prep.lower_ not in joining and not any(c.lower_ in joining for c in prep.children):
                continue
            withs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
            for obj in (
                c for phrase in (prep, *withs) for c in phrase.children if c.dep_ == "pobj"
            ):
                out.extend([*self.actors(p, obj), *self.actors_of_conjuncts(p, obj)])
        return tuple(out)

    def _spoken_for(self, p: Parsed, subj: Token, verb: Token) -> tuple[str, ...]:
        """The actors the subject speaks for ("X, speaking on behalf of Y and Z, called for
        ...": Y, Z; "Speaking for Y, X called ...": Y)."""
        out: list[str] = []
        fronted = [t for t in p.doc[: subj.left_edge.i] if verb in t.ancestors]
        for t in (*fronted, *p.doc[subj.i + 1 : verb.i]):
            for obj in spoken_for(t):
                if t.i < subj.i:  # fronted: the body it names, not a list that follows it
                    out.extend(self.keys_at(p, obj))
                else:
                    out.extend([*self.actors(p, obj), *self.actors_of_conjuncts(p, obj)])
        return tuple(out)

    def without_outlets(self, keys: Iterable[str]) -> tuple[str, ...]:
        """``keys`` without news outlets: an outlet reports, it neither acts nor speaks for
        another ("MANILA (Reuters) - The two sides ...", "..., according to Reuters")."""
        return tuple(k for k in keys if self.res.entities[k].fine != "media")

    def actors_of_conjuncts(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """The actors ``tok``'s coordinated words name ("Chad and Niger": Niger)."""
        return unique([k for c in tok.conjuncts for k in self.actors(p, c)])

    def _no_manner(self, verb: Token, negators: frozenset[str]) -> bool:
        """ "in no way", "by no means", "under no circumstances" hung on ``verb``."""
        nouns = self.cues.word_set("no_manner_nouns")
        return any(
            c.dep_ == "prep"
            and any(
                o.dep_ == "pobj"
                and o.lower_ in nouns
                and any(d.dep_ == "det" and d.lower_ in negators for d in o.children)
                for o in c.children
            )
            for c in verb.children
        )

    def negated(self, tok: Token) -> bool:
        """A negation on the token or on the words it hangs from within its clause
        ("did not agree to offer", "says nothing about its readiness to", "no intent to"), or a
        phrase of manner with "no" on the token ("could in no way accept", "will under no
        circumstances back")."""
        negators = self.cues.word_set("negators")
        if self._no_manner(tok, negators):
            return True
        node = tok
        for _ in range(5):
            if (
                any(
                    c.dep_ == "neg"
                    or c.lower_ in negators
                    and c.dep_ in ("advmod", "det")
                    or _no_longer(c)
                    or _nothing_done(c)
                    for c in node.children
                )
                or any(self._negative_subject(c) for c in node.children)
                or _after_nor(node)
            ):
                return True
            if node.lower_ in ("nothing", "none") or node.head == node:
                return node.lower_ in ("nothing", "none")
            if node.dep_ not in ("xcomp", "acomp", "pobj", "prep", "dobj", "acl", "attr") and not (
                node.dep_ == "pcomp"
            ):
                return False
            node = node.head
        return False

    def _negative_subject(self, subj: Token) -> bool:
        """A subject that denies the clause of all it names (``negative_subjects``): "neither
        Tessaly nor Norland agreed", "neither of the sides accepted", "none of them signed"."""
        if subj.dep_ not in _SUBJECTS:
            return False
        words = self.cues.word_set("negative_subjects")
        return subj.lower_ in words or any(
            c.dep_ in ("preconj", "det") and c.lower_ in words for c in subj.children
        )

    def inserted_speech(self, tok: Token) -> Token | None:
        """A verb of saying inserted in ``tok``'s clause ("Japan, he said, will ...")."""
        for c in tok.children:
            if self.is_inserted_speech(c):
                return c
        return None

    def is_inserted_speech(self, verb: Token) -> bool:
        """A parenthetical attribution: a verb of saying hung on another clause, between commas or
        after it, with no complement or conjunction of its own ("..., he said, ...")."""
        if verb.dep_ not in ("parataxis", "advcl") or not self.cues.is_form(
            verb.lower_, self.speech_lemmas
        ):
            return False
        if any(x.dep_ in ("ccomp", "dobj", "mark", "xcomp", "prep") for x in verb.children):
            return False
        # The parser may hang the comma before the attribution on it ("Japan, he said, ...").
        first = min((t.i for t in verb.subtree if not t.is_punct), default=verb.i)
        return first > 0 and verb.doc[first - 1].is_punct

    def speech_head(self, tok: Token) -> Token | None:
        """The verb of saying whose complement holds ``tok`` ("X said that ... tok ..."), or that
        is inserted in its clause ("tok, X said, ...")."""
        inserted = self.inserted_speech(tok)
        if inserted is not None:
            return inserted
        node = tok
        for _ in range(6):
            head = node.head
            if head == node:
                return None
            if node.dep_ == "conj" and (aside := self.inserted_speech(head)) is not None:
                if aside.i < node.i:
                    return aside  # "X could A, she said, and would B": B is said too
            if (
                node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl")
                and self.cues.is_form(head.lower_, self.speech_lemmas)
                and head.i != tok.i
            ):
                return head
            if head.lower_ in _MAKE_FORMS and any(
                c.lower_ in ("clear", "plain") for c in (node, *head.children)
            ):
                return head  # "X made (it) clear that ...": X says it
            if node.dep_ == "ccomp" and self._said_as_clear(head):
                return head  # "X has been clear that ...": X says it
            said_in = self.said_in(node)
            if said_in is not None:
                return said_in
            if node.dep_ not in _CLAUSAL:
                return None
            node = head
        return None

    def _said_as_clear(self, verb: Token) -> bool:
        """Whether ``verb`` is "be" with an adjective of saying ("has been clear")."""
        return verb.lower_ in self.cue_words("copulas_be") | {"been", "be"} and any(
            c.dep_ == "acomp" and c.lower_ in _SAYING_ADJECTIVES for c in verb.children
        )

    def said_in(self, clause: Token) -> Token | None:
        """The verb of saying a that-clause hangs from through a noun of saying ("X said in a
        statement carried by Y that Z would ...": the parse hangs the clause on "statement")."""
        noun = clause.head
        if clause.dep_ != "acl" or noun.lower_ not in self.cues.word_set("speech_nouns"):
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        verb = noun
        while verb.dep_ in ("pobj", "prep") and verb.head != verb:
            verb = verb.head
        return verb if self.cues.is_form(verb.lower_, self.speech_lemmas) else None

    def speaker(self, p: Parsed, tok: Token) -> tuple[str, ...]:
        """Who speaks the clause holding ``tok``: the subject of a verb of saying above it,
        "according to X", or the speaker of the quotation it stands in."""
        head = self.speech_head(tok)
        if head is not None:
            keys = self.agent(p, head)
            node = head  # "X said ..., telling reporters that ...": the participle's is X's
            while not keys and node.tag_ == "VBG" and node.dep_ in ("advcl", "xcomp", "conj"):
                node = node.head
                keys = self.agent(p, node) or (
                    self.agent(p, node.head) if node.dep_ in ("ccomp", "xcomp") else ()
                )
            if keys:
                return keys
        for t in p.doc:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to":
                for obj in t.nbor().children:
                    if obj.dep_ == "pobj":
                        return self.actors(p, obj)
        return self.quote_speaker(p.offset(tok))

    # -- quotations ---------------------------------------------------------------

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        start = self.sentences[0].start if self.sentences else 0
        return quote_spans(self.text, start)

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        return first_holding(self.quotes, self._quote_reach, offset)

    @cached_property
    def _quote_reach(self) -> list[int]:
        return list(accumulate((b for _, b in self.quotes), max))

    @cached_property
    def quote_speakers(self) -> dict[tuple[int, int], tuple[str, ...]]:
        """Each quotation's speaker: the subject of the verb of saying in its sentence, or in the
        sentence right after it ("... ." X said.), or the speaker of the quotation it continues."""
        found: dict[tuple[int, int], tuple[str, ...]] = {}
        previous: tuple[tuple[int, int], tuple[str, ...]] | None = None
        self._attributing = True  # a "we" inside a quotation cannot ask for its speaker yet
        try:
            for q in self.quotes:
                keys = self._attribution(q)
                if not keys and previous is not None and self._continues(previous[0], q):
                    keys = previous[1]
                keys = keys or self._reported_before(q)
                if keys:
                    found[q] = keys
                    previous = (q, keys)
        finally:
            self._attributing = False
        return found

    def _attribution(self, q: tuple[int, int]) -> tuple[str, ...]:
        """The speaker a quotation is attributed to: the subject of a verb of saying outside it
        whose complement it is, or that is inserted in it ("A," X said, "B"); "X said:" before
        it; "A:" in an interview."""
        if self._answer(q):
            return self.interviewee
        labelled = self._name_label(q)
        if labelled:
            return labelled
        first = self.sentence_at(q[0])
        last = self.sentence_at(max(q[0], q[1] - 1))
        for index in dict.fromkeys((last, first)):
            p = self.parsed.get(index)
            if p is None:
                continue
            for tok in p.doc:
                if q[0] <= p.offset(tok) < q[1]:
                    continue
                quoted = self.quoted_as(p, tok) if tok.dep_ != "pcomp" else ()
                if not quoted and not self.cues.is_form(tok.lower_, self.speech_lemmas):
                    continue
                if self._attributes(p, tok, q):
                    keys = quoted or self.agent(p, tok) or self._named_between(p, q, tok)
                    if keys:
                        return keys
        keys = self._attribution_after(q, last) or self._described_as(q, first)
        if keys:
            return keys
        for index in (first, first - 1):  # "X reaffirmed its position:" + the quotation, or
            p = self.parsed.get(index)  # "X was more direct: "A"" in one sentence
            if p is None or not self.text[p.start : q[0]].rstrip(' “"«\n').endswith(":"):
                continue
            for tok in reversed(p.doc):  # the root, or the verb nearest the colon before it
                before = tok.dep_ == "ROOT" or tok.pos_ in ("VERB", "AUX") and index == first
                if before and p.offset(tok) < q[0]:
                    keys = self.agent(p, tok)
                    if keys:
                        return keys
            named = self.res.actor_mentions(p.start, q[0]) if index == first else []
            if named and self.cls(named[0].key) == "Person":
                return (
                    named[0].key,
                )  # "X of Y was more direct: "A"", whatever the parse made of X
        return ()

    def _described_as(self, q: tuple[int, int], index: int) -> tuple[str, ...]:
        """The speaker of a quotation that ends the "as" phrase a verb gives its object ("X
        welcomed the offer as a "unique chance"", "X dismissed the talks as "theatre""): the
        verb's subject, whose words the quotation calls the object by."""
        p = self.parsed.get(index)
        if p is None:
            return ()
        for prep in p.doc:
            verb = prep.head
            if prep.dep_ != "prep" or prep.lower_ != "as" or verb.pos_ != "VERB":
                continue
            if self.cues.is_form(verb.lower_, self.speech_lemmas):
                continue  # "described A as "B"": the verb of saying's own statement holds it
            if not any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children):
                continue
            start, end = p.span(prep)[1], p.span(prep.right_edge)[1]
            between = self.text[start : q[0]].strip(" “\"'").lower()
            if start <= q[0] and q[1] <= end + 2 and between in ("", "a", "an", "the"):
                # the quotation right after "as" (and an article); in what another is said
                # to say, theirs ("Y rejects A as 'B', X said")
                said = self.speech_head(verb)
                return (said is not None and self.agent(p, said)) or self.agent(p, verb)
        return ()

    def _reported_before(self, q: tuple[int, int]) -> tuple[str, ...]:
        """The speaker of an unattributed quotation that is a paragraph of its own, right after a
        paragraph whose last sentence reports one person's words ('X dismissed it, saying that
        ...' then a paragraph '"Why? ..."'): that person."""
        start = self.text.rfind("\n", 0, q[0]) + 1
        end = self.text.find("\n", q[1])
        tail = self.text[q[1] : end if end >= 0 else len(self.text)]
        if self.text[start : q[0]].strip(' “"«') or tail.strip(' ”"».'):
            return ()  # not a paragraph of its own
        before = self.text[:start].rstrip()
        p = self.parsed.get(self.sentence_at(len(before) - 1)) if before else None
        if p is None or self.quote_at(p.start) is not None:
            return ()
        for verb in p.doc:
            if not self.cues.is_form(verb.lower_, self.speech_lemmas):
                continue
            for c in verb.children:
                if c.dep_ == "ccomp" and self.quote_at(p.offset(c)) is None:
                    keys = self.speaker(p, c)
                    if len(keys) == 1 and self.cls(keys[0]) == "Person":
                        return keys
        return ()

    def _attribution_after(self, q: tuple[int, int], last: int) -> tuple[str, ...]:
        """The speaker of a quotation closed by a full stop and attributed in a sentence of its
        own right after it ('"... with Norland." Vell said, according to a radio station.'): the
        subject of that sentence's verb of saying, which says nothing else."""
        p = self.parsed.get(last + 1)
        if p is None or self.text[q[1] : p.start].strip(' ”"»'):
            return ()
        root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        if root is None or not self.cues.is_form(root.lower_, self.speech_lemmas):
            return ()
        said = ("ccomp", "xcomp", "dobj", "parataxis", "advcl")
        if any(c.dep_ in said for c in root.children):
            return ()
        return self.agent(p, root)

    def quoted_as(self, p: Parsed, verb: Token) -> tuple[str, ...]:
        """Whom a verb of quoting reports as saying (``quoted-as``: "reporters quoted Ana Rios as
        saying that ...", "Ana Rios was quoted as saying ..."), given the quoting verb or the
        verb of saying after its "as": its object, or the name the parse hung beside a title
        object ("quoted Speaker Ana Rios as saying": the name, not the bare title)."""
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
            verb = verb.head.head
        if verb.lower_ not in self.cues.word_set("quoting_verbs"):
            return ()
        if not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(x.dep_ == "pcomp" for x in c.children)
            for c in verb.children
        ):
            return ()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return ()
        beside = [
            c for c in verb.children if c.i == obj.i + 1 and c.dep_ in ("npadvmod", "appos", "dobj")
        ]
        return self.actors(p, obj) or next(
            (keys for c in beside if (keys := self.keys_at(p, c))), ()
        )

    def _named_between(self, p: Parsed, q: tuple[int, int], verb: Token) -> tuple[str, ...]:
        """The actor named between a quotation and its verb of saying (""...," X, a Y, told
        reporters"), where the parse gave the verb no subject."""
        if not q[1] <= p.offset(verb):
            return ()
        for tok in p.doc:
            if q[1] <= p.offset(tok) < p.offset(verb) and tok.dep_ not in (
                "pobj",
                "poss",
                "compound",
            ):
                keys = self.keys_at(p, tok)
                if keys:
                    return keys
        return ()

    def _attributes(self, p: Parsed, verb: Token, q: tuple[int, int]) -> bool:
        """Whether the verb of saying governs the quotation (its clause, its object, or what it
        calls its object: 'calling it "a breach"') or stands inserted in it."""

        def inside(t: Token) -> bool:
            return q[0] <= p.offset(t) < q[1]

        if any(
            c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp", "oprd") and inside(c)
            for c in verb.children
        ):
            return True
        if verb.dep_ == "conj" and p.offset(verb) >= q[1] and inside(verb.head):
            return True  # '"A, but B," X, a professor, tells TV': the parse's coordination
        if p.offset(verb) >= q[1] and any(
            c.dep_ in ("advcl", "dep") and inside(c) for c in verb.children
        ):
            return True  # '"Well, let us sign it," X quoted him as saying': the parse's clause
        if (
            p.offset(verb) >= q[1]
            and self.text[q[0] : q[1]].rstrip(' "”’»').endswith(",")
            and any(inside(c) for c in verb.children)
        ):
            return True  # '"Every month of waiting costs us," she said': however it was parsed
        return verb.dep_ in ("parataxis", "ccomp", "advcl") and inside(verb.head)

    @cached_property
    def turns(self) -> list[tuple[int, int, tuple[str, ...]]]:
        """Transcript turns (:func:`.parse.transcript_turns`)."""
        if self.known_turns is not None:
            return self.known_turns
        return transcript_turns(self.text, self.res, self.cues)

    def turn_speaker(self, offset: int) -> tuple[str, ...]:
        """Who speaks at ``offset`` in a transcript ("He Lifeng:" followed by his words)."""
        for start, end, keys in self.turns:
            if start <= offset < end:
                return keys
        return ()

    @cached_property
    def _operative_lists(self) -> dict[int, tuple[tuple[str, ...], int]]:
        """Sentence index -> the body that says each operative paragraph of a resolution or
        communique, and the index of its list's first paragraph. The body is the first state
        or organisation its preamble names, the preamble being the clauses ended by a comma
        or colon right before the first paragraph ("The Council, meeting in Cairo, | 1.
        Reaffirms ...")."""
        out: dict[int, tuple[tuple[str, ...], int]] = {}
        holder: tuple[str, ...] = ()
        first = 0
        for i, sentence in enumerate(self.sentences):
            gap = self.text[self.sentences[i - 1].end : sentence.start] if i else "\n"
            if opens_operative_paragraph(self.text, sentence.start, self.cues):
                if not holder:
                    holder, first = self._preamble_holder(i), i
            elif "\n" in gap:
                holder = ()  # a new paragraph that is no operative one ends the list
            if holder:
                out[i] = (holder, first)
        return out

    @cached_property
    def _operative_holders(self) -> dict[int, tuple[str, ...]]:
        """Sentence index -> the body that says each operative paragraph (``_operative_lists``)."""
        return {i: holder for i, (holder, _) in self._operative_lists.items()}

    def agreed_paragraph(self, p: Parsed) -> tuple[str, ...]:
        """The body that agreed to what an operative paragraph opened by "To" lists, where the
        preamble says it agreed or decided ("have agreed as follows: | 1. To establish a
        fund", construction ``agreed-paragraph``); none elsewhere."""
        found = self._operative_lists.get(p.index)
        if found is None or not self.text.startswith("To ", self.sentences[p.index].start):
            return ()
        holder, first = found
        preamble = self.text[self._preamble_start(first) : self.sentences[first].start]
        agreeing = self.cues.forms("agreed-paragraph")
        return holder if agreeing.intersection(re.findall(r"[a-z]+", preamble)) else ()

    def _preamble_start(self, index: int) -> int:
        """The index of the first of the clauses ended by a comma or colon right before
        sentence ``index`` (``index`` itself where there are none)."""
        start = index
        while start > 0:
            before = self.sentences[start - 1]
            if not self.text[before.start : before.end].rstrip().endswith((",", ":", ";")):
                break
            start -= 1
        return start

    def _preamble_holder(self, index: int) -> tuple[str, ...]:
        """The first state or organisation named by the clauses ended by a comma or colon
        right before sentence ``index``; the organisation the heading names where those
        clauses list member states only ("Meeting of the X Community | The Heads of State of
        A, B and C, meeting in D, have agreed as follows:")."""
        start = self._preamble_start(index)
        if start == index:
            return ()
        lo, hi = self.sentences[start].start, self.sentences[index].start
        named = [m for m in self.actor_mentions if lo <= m.start < hi]
        sitting = next(  # "The Ministers of A and B, meeting as the Council of X, hereby:"
            (
                m
                for m in named
                if self.cls(m.key) == "Organisation"
                and re.search(
                    r"\bas[ \t]+(?:the[ \t]+)?$", self.text[max(0, m.start - 8) : m.start]
                )
            ),
            None,
        )
        if sitting is not None:
            return (sitting.key,)
        if len({m.key for m in named if self.cls(m.key) == "State"}) >= 3 and not any(
            self.cls(m.key) == "Organisation" for m in named
        ):  # the member states of the body the heading names
            heading = (m for m in self.actor_mentions if m.start < lo)
            body = next((m for m in heading if self.cls(m.key) == "Organisation"), None)
            if body is not None:
                return (body.key,)
        first = next((m for m in named if self.cls(m.key) in ("State", "Organisation")), None)
        if first is None:
            return self._body_of_members(self.text[lo : self.sentences[index - 1].end])
        return (first.key,)

    def _body_of_members(self, preamble: str) -> tuple[str, ...]:
        """The body whose members a preamble that names no actor ends with ("Having met in
        Rome, the Ministers:"): the organisation named most often whose name has that word
        ("the Council of Ministers"), also in capitals before its verb ("THE ASSEMBLY
        RESOLVES:")."""
        words = preamble.rstrip(" ,:;\n").split()
        if (
            words
            and words[-1].isupper()
            and words[-1].lower() in self.cues.word_set("operative_verbs")
        ):
            words.pop()
        if not words or not words[-1][:1].isupper():
            return ()
        member = re.compile(rf"(?i)\b{re.escape(words[-1])}\b")
        named = Counter(
            m.key
            for m in self.actor_mentions
            if self.cls(m.key) == "Organisation" and member.search(self.text[m.start : m.end])
        )
        return (named.most_common(1)[0][0],) if named else ()

    def operative_holder(self, p: Parsed, verb: Token) -> tuple[str, ...]:
        """The body that says ``verb``, the main verb (or one coordinated with it) of an
        operative paragraph, which has no subject of its own (see ``_operative_holders``)."""
        holder = self._operative_holders.get(p.index, ())
        if not holder:
            return ()
        node = verb
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        return holder if node.dep_ == "ROOT" else ()

    def _name_label(self, q: tuple[int, int]) -> tuple[str, ...]:
        """The person whose name and a colon open a quotation's line ("10:30 GMT - Pardo:
        \"We will not ...\""), as live blogs and interviews set off who speaks."""
        line = self.text.rfind("\n", 0, q[0]) + 1
        before = self.text[line : q[0]].rstrip(' “"«')
        if not before.endswith(":"):
            return ()
        end = line + len(before) - 1  # where the name ends, right before the colon
        ends = self._actor_mention_ends
        i = bisect_right(ends, end) - 1
        if i < 0:
            return ()
        m = self.actor_mentions[i]
        if ends[i] == end and self.cls(m.key) == "Person":
            return (m.key,)
        return self._lead_name(line, end, i)

    def _lead_name(self, line: int, colon: int, last: int) -> tuple[str, ...]:
        """The one person a short verbless lead-in before a colon names ("Some context from Ana
        Rios, a fellow at the Arden Institute:" then her words); ``()`` where it names none or
        more than one, or says who speaks with a verb (read from the parse instead)."""
        start = max(line, self._sentence_starts[self.sentence_at(colon)])
        if colon - start > 200:
            return ()
        people = set()
        for m in reversed(self.actor_mentions[max(0, last - 20) : last + 1]):
            if m.start < start:
                break
            if self.cls(m.key) == "Person":
                people.add(m.key)
        p = self.parsed.get(self.sentence_at(colon))
        finite = p is not None and any(
            t.tag_ in ("VBD", "VBZ", "VBP") and start <= p.offset(t) < colon for t in p.doc
        )
        return (people.pop(),) if len(people) == 1 and not finite else ()

    def _answer(self, q: tuple[int, int]) -> bool:
        line_start = self.text.rfind("\n", 0, q[0]) + 1
        return self.text[line_start : q[0]].strip(' “"«') in ("A:", "A.")

    @cached_property
    def interviewee(self) -> tuple[str, ...]:
        """In a Q&A block, the person named last before its first question."""
        import re

        first = re.search(r"(?m)^\s*Q[:.]", self.text)
        if first is None:
            return ()
        return self.latest(first.start(), ("Person",), window=2000)

    def _continues(self, before: tuple[int, int], q: tuple[int, int]) -> bool:
        """Whether quotation ``q`` goes on with the one ``before``: in the same paragraph, or as
        a paragraph opened by a quotation right after the paragraph the attributed quotation
        ended ('"A," X said.' then a paragraph '"We will B."': X's words too)."""
        gap = self.text[before[1] : q[0]]
        if len(gap) >= 200:
            return False
        if "\n" not in gap.strip("\n ") and gap.count("\n") <= 1:
            return True
        tail, *blank, opening = gap.split("\n")
        return (
            tail.rstrip().endswith((".", '"', "”", "»"))
            and not any(line.strip() for line in blank)
            and opening.strip() in ('"', "“", "«", "„")
        )

    def quote_speaker(self, offset: int) -> tuple[str, ...]:
        """The speaker of the quotation, or of the transcript turn, holding ``offset``."""
        if self._attributing:
            return ()
        q = self.quote_at(offset)
        keys = self.quote_speakers.get(q, ()) if q else ()
        return keys or self.turn_speaker(offset)

    # -- the other side -------------------------------------------------------------

    @cached_property
    def _salience(self) -> Counter[str]:
        return Counter(
            m.key
            for m in self.res.mentions
            if m.strong and self.cls(m.key) in ("State", "Organisation")
        )

    def counterpart(self, exclude: Iterable[str]) -> tuple[str, ...]:
        """The actor most often named in the document that is not among ``exclude`` (nor their
        states, the bodies the people among them serve, nor the bodies those are part of)."""
        ex = set(exclude)
        ex |= set(self.states_of(ex)) | {o for k in ex for o in self.orgs_of(k)}
        ex |= {w for o in tuple(ex) for w in self._wholes(o)}
        same_class = {self.cls(k) for k in ex}
        first: tuple[str, ...] = ()
        for key in self._ranked:
            if key in ex:
                continue
            if self.cls(key) in same_class:
                return (key,)
            first = first or (key,)
        return first

    def _wholes(self, body: str) -> frozenset[str]:
        """The organisations named twice or more that ``body`` is part of (made once each)."""
        found = self._parts.get(body)
        if found is None:
            a = self.res.entities.get(body)
            found = frozenset(self._named_after(a) if a and a.cls == "Organisation" else ())
            self._parts[body] = found
        return found

    def _named_after(self, a: EntityInfo) -> Iterator[str]:
        """The organisations named twice or more that the organisation ``a`` is named after
        ("UN Assistance Mission for Iraq": the UN) or is an institution of (``body_parents``)."""
        norms = tuple(norm_token(w) for _, _, w in tokenize(a.label))
        prefixes = {key for k in range(1, len(norms)) for key, _ in self.lex.lookup(norms[:k])}
        parent = self.lex.language["body_parents"].get(a.key)
        for k in self._ranked:
            b = self.res.entities[k]
            if k == a.key or b.cls != "Organisation":
                continue
            if k == parent or k in prefixes:
                yield k
            elif any(a.label.startswith(n + " ") for n in (b.label, *b.aliases)):
                yield k

    @cached_property
    def _parts(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _ranked(self) -> list[str]:
        """The actors named at least twice, most often named first, leaving out the media and
        research institutes (who report, not negotiate)."""
        return [
            k
            for k, n in self._salience.most_common()
            if n >= 2 and self.res.entities[k].fine not in ("media", "research_institute")
        ]


#: The constructions of what a statement's text does as its subject ("the statement urged").
_TEXT_ACTS = ("urging-verb", "demand-verb", "offer-verb", "support-verb", "reject-verb")


def first_holding(
    spans: Sequence[tuple[int, int]], reach: Sequence[int], offset: int
) -> tuple[int, int] | None:
    """The first of ``spans`` (sorted) that holds ``offset``, found by a binary search on
    ``reach``, the furthest end up to each span (quotations may nest: a single-quoted
    phrase inside a double-quoted one).

    >>> spans = [(0, 10), (2, 4), (12, 20)]
    >>> [first_holding(spans, [10, 10, 20], i) for i in (3, 11, 15)]
    [(0, 10), None, (12, 20)]
    """
    i = bisect_right(reach, offset)  # the first whose span or an earlier one ends after it
    return spans[i] if i < len(spans) and spans[i][0] <= offset else None


def _fronted_clause_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the adverbial clauses fronted before a subject pronoun's verb ("if the
    Chilean side has evidence, it should share it": the Chilean side), the first candidates."""
    if pronoun.dep_ not in _SUBJECTS:
        return []
    verb = pronoun.head
    return [
        s
        for c in verb.children
        if c.dep_ == "advcl" and c.i < pronoun.i
        for s in c.children
        if s.dep_ in _SUBJECTS
    ]


def _own_clause_subject(pronoun: Token) -> list[Token]:
    """The subject of the clause a possessive pronoun stands in, before it ("X said that Y and
    Z keep up their objection": Y and Z), the first candidate."""
    if pronoun.tag_ != "PRP$":
        return []
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < pronoun.i]


def spoken_for(tok: Token) -> list[Token]:
    """Whom "speaking for X" or "on behalf of X" names, at ``tok`` ("speaking", "behalf"): the
    objects of its "for" or "of"; none at any other word."""
    prep = {"behalf": "of", "speaking": "for"}.get(tok.lower_)
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _announcers(pronoun: Token) -> list[Token]:
    """Who makes the announcement, pledge or offer whose "that" clause a subject pronoun is in
    ("the announcement by China that it will contribute", "Chile's pledge that it would"):
    the first candidates."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.dep_ not in ("acl", "ccomp"):
        return []
    noun = verb.head
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return []
    return [
        *(c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"),
        *(
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ),
    ]


def _year(word: str) -> bool:
    """Whether ``word`` is a year ("1973", "2026")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _nothing_done(obj: Token) -> bool:
    """ "will sign nothing", "offered nothing": an object that denies the act, but not
    "nothing less than" or "nothing but" (which name what is wanted)."""
    return (
        obj.dep_ == "dobj"
        and obj.lower_ == "nothing"
        and not any(c.lower_ in ("less", "but", "short", "more") for c in obj.children)
    )
