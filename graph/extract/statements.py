"""Statements: who said what (the ``statements`` component).

Constructions (``data/constructions.json``, ``speech-verb``):

- a verb of saying and its complement clause ("X said (that) ...", "..., X said.");
- a quotation and its attribution, in its sentence, in the sentence after it,
  or the quotation it continues ("A," X said. "B.");
- "according to X, ...";
- a verb of feeling and its that-clause ("X hopes that ...", ``feeling-verb``), "X made it
  clear that ..." (``made-clear``), "X is concerned about ..." (``feeling-adjective``);
- a relative clause of describing ("what X described as B", "A, which X described as B",
  ``relative-described``).

Reported speech is left to a proposal, condition or stance read in it when that fact is
the speaker's side's, or is what the clause asserts (its verb, its object); an actor's act on
a condition ("X said Chile would not sign if the raids went on") is no statement
(``statement-conditional-act``), nor what an actor must do ("X said the rebels must disarm",
``statement-obligation``), nor what another is reported in it to have said ("X said Y had
announced that A", ``statement-nested-report``).

A quotation split around its attribution == one statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .content import (
    direct_question,
    has_modal,
    is_to_infinitive,
    plays_a_role,
    steers_the_talk,
    trimmed,
)
from .context import Context
from .cues import Cue
from .parse import Parsed
from .records import Span, Statement
from .registry import component
from .stances import RULE_ANSWER

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_statements"]

_VERBAL = ("VERB", "AUX")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_RULE_QUOTE = "statements.quotation"
_RULE_ACCORDING = "statements.according-to"
_RULE_IN_VIEW = "statements.in-the-view-of"
_RULE_AS_SAID = "statements.as-said"
_RULE_JUDGED = "statements.quoted-judgement"
_MIN_WORDS = 3
#: A quotation shorter than this, and no whole sentence, that is a condition's words is left
#: to the condition.
_SHORT_QUOTE = 15
#: The children of a clause's verb that hold what it asserts (its objects and complements).
_PREDICATE_DEPS = ("dobj", "attr", "acomp", "xcomp", "oprd", "dative")


def _complement(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i != tok.i and not _runs_into(c, tok):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ in ("pcomp", "pobj")), None)
    return _told_that(tok)


def _runs_into(clause: Token, verb: Token) -> bool:
    """Whether a clause the parse hung before a verb of saying runs into the verb's subject with
    no comma, quotation mark, colon or dash between ("A spoke a day after X said that B": what X
    says is B, not A); what is said before its attribution is set off from it ("A, X said")."""
    last = max(t.i for t in clause.subtree)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if clause.i > verb.i or subject is None or verb.doc[last].is_punct:
        return False
    return subject.left_edge.i == last + 1


def _told_that(tok: Token) -> Token | None:
    """The that-clause the parser hung on the object of a verb of telling instead of on the verb
    ("reminded lawmakers that the budget had been cut": what is said is the clause)."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
        for c in obj.children:
            if c.dep_ in ("acl", "relcl") and c.i > obj.i and _marked_that(c):
                return c
    return _that_after_phrase(tok)


def _that_after_phrase(tok: Token) -> Token | None:
    """The that-clause the parser hung on the last noun of a phrase between a verb of saying
    and the clause ("saying in response to a note that the issue was closed"), where the verb
    has no complement of its own."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for c in tok.children):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        last = max(t.i for t in prep.subtree)
        for c in prep.subtree:
            if c.dep_ in ("acl", "relcl") and _marked_that(c) and c.right_edge.i == last:
                return c
    return None


def _marked_that(clause: Token) -> bool:
    """A clause opened by the conjunction "that" (not the relative pronoun)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _named(obj: Token) -> bool:
    """An object with words of its own, not a pronoun ("described that as ...")."""
    return obj.pos_ not in ("PRON", "ADP", "SCONJ") and obj.lower_ not in ("that", "this", "what")


def _predicated(verb: Token, obj: Token | None) -> bool:
    """Whether ``verb`` says what its object is: "as B", a second object, or an adjective the
    parse hung on the object after it ("called the outcome "balanced"")."""
    return any(_called(c) for c in verb.children) or (
        obj is not None and any(c.i > obj.i and c.tag_ == "JJ" for c in obj.children)
    )


def _called(c: Token) -> bool:
    """What a verb of describing calls its object: "as B" or a second object."""
    return (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp")


def _reason(c: Token, obj: Token) -> bool:
    """What a verb of judging holds against its object ("criticised Chile for the delay",
    "faulted Peru over its quota")."""
    return c.dep_ == "prep" and c.lower_ in ("for", "over") and c.i > obj.i


def _said_of(ctx: Context, tok: Token) -> Token | None:
    """The noun a verb of saying qualifies as a relative clause without a complement of its
    own, where that noun is the subject of what is said ("a rate the minister insists is
    fair": the parser hangs "is fair" on the rate, not on "insists"); not a relative clause
    whose subject is the relative pronoun ("X, who announced the deal, said ...")."""
    noun = tok.head
    if tok.dep_ != "relcl" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.i > tok.i:
        return None
    if any(c.dep_ in _SUBJECTS and c.lower_ in ctx.relatives for c in tok.children):
        return None
    if noun.head.pos_ not in _VERBAL or noun.head.i < tok.i:
        return None
    return noun


def _said_apart(ctx: Context, body: Token) -> set[Token]:
    """The words of a second saying inside what is said ("X said A, telling reporters that B"):
    B is said on its own, not part of A."""
    apart: set[Token] = set()
    for t in body.subtree:
        if (
            t != body
            and ctx.cues.entries("speech-verb", t.lower_)
            and ((t.dep_ == "advcl" and t.tag_ == "VBG") or _misjoined(ctx, t))
        ):
            apart |= set(t.subtree)
    return apart


def _nonfinite(ctx: Context, verb: Token) -> Token | None:
    """What a verb of saying asserts in a to-infinitive or a gerund ("claimed to have acted in
    self-defence", "denied backing the rebels", "denied having closed it"); not what a verb of
    telling asks of its object ("told X to leave"), nor hearsay ("X, said to be ...", "is
    reported to have ...")."""
    if (
        ctx.passive(verb)
        or ctx.cues.entries("urging-verb", verb.lower_)
        or ctx.cues.lemmas(verb.lower_) & _HEARSAY
    ):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and (
                c.tag_ == "VBG"
                or is_to_infinitive(c)
                or any(a.dep_ == "aux" and a.tag_ == "VBG" for a in c.children)
            )
        ),
        None,
    )


#: Verbs whose infinitive reports what others say of the subject ("said to be", "reported to").
_HEARSAY = frozenset({"say", "report"})


def _misjoined(ctx: Context, verb: Token) -> Token | None:
    """The verb of saying a second one without a subject of its own belongs with, where the
    parse joined it to the first one's that-clause ("X denied that A and insisted that B":
    X insists, not A's subject) or to its infinitive ("X claimed to have acted in self-defence
    and called on Y to ...")."""
    clause = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    marked = clause.dep_ == "ccomp" and any(c.dep_ == "mark" for c in clause.children)
    if not marked and not (clause.dep_ == "xcomp" and is_to_infinitive(clause)):
        return None
    return clause.head if ctx.cues.is_form(clause.head.lower_, ctx.speech_lemmas) else None


def _participle_within(ctx: Context, verb: Token) -> Token | None:
    """The first verb of saying, when the parse hung a participle of saying without a subject
    inside what that verb says ("X told reporters that the agency was to blame, accusing Y of
    Z": X accuses, not the agency)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    clause = next((a for a in verb.ancestors if a.dep_ == "ccomp"), None)
    if clause is None or not ctx.cues.is_form(clause.head.lower_, ctx.speech_lemmas):
        return None
    if clause.i < clause.head.i and ctx.subject(clause) is not None:
        return None  # "Y rebuffed A, saying B, X said": what X reports, Y says B
    return clause.head


def _quoted_by(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """Whom a verb of quoting reports as saying, for the verb of saying after its "as"
    (:meth:`Context.quoted_as`)."""
    return ctx.quoted_as(p, verb) if verb.dep_ == "pcomp" else ()


def _participle_on_urged(verb: Token) -> Token | None:
    """The verb of asking, when the parse hung a participle of saying without a subject on the
    infinitive it asks for ("X asked Y to act, reminding him that ...": X reminds, not Y)."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if clause.dep_ != "xcomp" or not is_to_infinitive(clause):
        return None
    return clause.head if any(c.dep_ == "dobj" for c in clause.head.children) else None


def _object_clause(verb: Token) -> Token | None:
    """The verb of a clause without "that" whose subject the parse made the object of a verb
    of saying, hanging the clause's verb elsewhere ("admitted the target, set for 2035, was too
    low", "insisting its troops are there in self-defence"): what is said is that clause."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    own = set(verb.subtree)  # past the object and the verb's own asides ("to be reviewed ...")
    after = (t for t in verb.doc[max(t.i for t in obj.subtree) + 1 :] if t not in own)
    clause = next((t for t in after if not t.is_punct), None)
    if clause is None:
        return None
    if clause.dep_ == "aux" and clause.tag_ == "MD":
        clause = clause.head  # "admitted the talks would fail"
    if (
        clause.pos_ not in _VERBAL
        or clause.dep_ in _NOMINAL_DEPS
        or clause.head == verb
        or not any(t.tag_ in _FINITE for t in (clause, *clause.children) if t.i <= clause.i)
    ):
        return None
    if any(c.dep_ in (*_SUBJECTS, "expl") and c != verb for c in clause.children):
        return None
    return clause


#: Finite verb tags (a clause of its own), and the dependencies of a word used as a noun.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "compound", "amod"})


def _participle_as_subject(verb: Token) -> Token | None:
    """The sentence's main verb, when the parse made a participle of saying after a comma the
    subject of the clause it says ("X denied it, insisting its troops are there in self-defence":
    the participle is X's, not a subject of "are")."""
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    root = next((t for t in verb.doc if t.dep_ == "ROOT"), None)
    return root if root is not None and root.i < verb.i else None


def _after_content(tok: Token) -> bool:
    """A verb of saying after the clause it attributes, which the parser made the sentence's
    root ("The deal will help both sides,' she said as she left": the clause before is what
    is said, whatever the parser hung on the verb after it)."""
    if tok.dep_ not in ("ccomp", "parataxis") and not _joined_after(tok):
        return False
    if tok.head.i > tok.i:
        return False
    first = min(t.i for t in tok.subtree)
    return first > 0 and tok.doc[first - 1].is_punct and tok.head.i < first


def _joined_after(tok: Token) -> bool:
    """A verb of saying with a subject of its own that the parse joined, after a comma and with
    no conjunction, to the clause before it ("The envoys will meet in May, the ministry's
    spokesperson, Ana Rios, said": Ana Rios says the clause, she does not act after it)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.left_edge != tok.left_edge:
        return False  # "..., a month after A and B announced ...": no attribution
    if any(c.dep_ in _SAID_DEPS and not _told_whom(c) for c in tok.children):
        return False  # "..., B announced their withdrawal": B says a thing of its own
    return not any(c.dep_ in ("cc", "conj") and tok.head.i < c.i < tok.i for c in tok.head.children)


def _told_whom(obj: Token) -> bool:
    """Whom a verb of telling is said to ("told reporters", "told the BBC"): its object, no thing
    said."""
    return obj.dep_ == "dobj" and obj.head.lemma_ == "tell"


#: What a verb of saying says of its own, when the attribution after a clause has none of it.
_SAID_DEPS = frozenset({"dobj", "ccomp", "xcomp", "parataxis"})


def _quoted(ctx: Context, offset: int) -> bool:
    """Whether ``offset`` stands in a quotation that is a statement of its own: attributed to a
    speaker, and long enough. A quoted word or two ('accused Paris of "blatant interference"')
    leaves the clause said, and so does a quotation nobody is said to speak (what a verb of
    saying quotes in its "of" phrase, 'accused Peru of "breaking every promise"'; a report
    quoted from an outlet that names no speaker)."""
    quote = ctx.quote_at(offset)
    return (
        quote is not None
        and len(ctx.text[quote[0] : quote[1]].split()) >= _MIN_WORDS
        and bool(ctx.quote_speakers.get(quote))
    )


def _quotes_part(ctx: Context, p: Parsed, body: Token) -> bool:
    """Whether the quotation holding a clause's verb opens after the verb's subject ('X claimed
    that the boats were being "badly overcharged"'): the clause says it, quoting part of it, not
    the quotation alone."""
    quote = ctx.quote_at(p.offset(body))
    subject = ctx.subject(body)
    return quote is not None and subject is not None and p.offset(subject) < quote[0]


def _predicate(body: Token) -> list[Token]:
    """The words that say what a clause asserts: its verb and the heads of its objects and
    complements ("Y had rejected the offer": "rejected", "offer"), not its subject or a
    relative clause on it."""
    return [body, *(c for c in body.children if c.dep_ in _PREDICATE_DEPS)]


class _Spans:
    """Spans sorted by start, with the furthest end up to each: whether any overlaps a
    span is a binary search, not a scan (a long document has thousands of facts)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def overlap(self, span: tuple[int, int]) -> bool:
        n = bisect_left(self.starts, span[1])  # the spans starting before ``span`` ends
        return n > 0 and self.reach[n - 1] > span[0]


def _carries(facts: _Spans, span: tuple[int, int]) -> bool:
    """Whether a proposal, condition or stance was read inside ``span``: reported speech that
    mainly carries it is left to that fact."""
    return facts.overlap(span)


class _Held:
    """The proposals' spans sorted by start, with the longest's length: the spans a quotation
    overlaps are found in a window, not by a scan of every proposal."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def mostly(self, span: Span) -> bool:
        """Whether the spans cover most of ``span`` (a quotation that is one proposal's words)."""
        lo = bisect_left(self.starts, span[0] - self.longest)
        hi = bisect_left(self.starts, span[1])
        covered = sum(max(0, min(b, span[1]) - max(a, span[0])) for a, b in self.spans[lo:hi])
        return covered > _MOSTLY * (span[1] - span[0])


#: The share of a long quotation a proposal's words must cover for the proposal to hold it.
_MOSTLY = 0.6


def _fact_spans(results: Mapping[str, tuple[Any, ...]]) -> _Spans:
    """Where the facts other components read stand: proposals' cues and words, conditions,
    stance targets."""
    spans: list[Span] = []
    for x in results["proposals"]:
        spans.append(x.span)
        if x.cue is not None:
            spans.append(x.cue)
    spans.extend(c.span for c in results["conditions"])
    # (a bare "No." answering a question holds one word: what the turn says after it stays)
    spans.extend(st.span for st in results["stances"] if st.rule != RULE_ANSWER)
    return _Spans(spans)


class _Sides:
    """The facts of each actor: the proposals it puts forward, their conditions, the stances
    it holds, indexed once so that each speaker's own facts are a lookup, not a scan."""

    def __init__(self, results: Mapping[str, tuple[Any, ...]]) -> None:
        self.proposals: dict[str, list[Any]] = {}
        for x in results["proposals"]:
            for key in x.proposers:
                self.proposals.setdefault(key, []).append(x)
        self.conditions: dict[str, list[Any]] = {}
        for c in results["conditions"]:
            self.conditions.setdefault(c.proposal, []).append(c)
        self.stances: dict[str, list[Any]] = {}
        for st in results["stances"]:
            self.stances.setdefault(st.holder, []).append(st)

    def of(self, side: set[str]) -> dict[str, tuple[Any, ...]]:
        """The facts that are the side's own (its proposals and their conditions, its stances):
        a quotation reporting what others ask ("they asked me to mediate") is a statement
        still."""
        proposals = {id(x): x for k in side for x in self.proposals.get(k, ())}
        keys = {x.key for x in proposals.values()}
        return {
            "proposals": tuple(proposals.values()),
            "conditions": tuple(c for k in keys for c in self.conditions.get(k, ())),
            "stances": tuple(st for k in side for st in self.stances.get(k, ())),
        }


def _after_fronted(ctx: Context, verb: Token, body: Token | None) -> Token | None:
    """The clause the parse made a second complement of a verb of saying after a phrase set
    before it by a comma, which it made the first ("explaining that in the talks he had with
    Y, the two had agreed on A": what is said is the second), not an inserted attribution
    (", Z reported")."""
    if body is None or body.dep_ != "ccomp":
        return None
    for c in verb.children:
        if (
            c.dep_ == "ccomp"
            and _fronted(body, c)
            and not ctx.cues.is_form(c.lower_, ctx.speech_lemmas)
        ):
            return c
    return None


def _fronted(phrase: Token, clause: Token) -> bool:
    """Whether ``phrase`` ends right before the comma that opens ``clause``."""
    edge = clause.left_edge
    return phrase.right_edge.i + 1 == edge.i and edge.text == ","


def _said_words(ctx: Context, verb: Token, body: Token, said_of: Token | None) -> set[Token]:
    """The words ``verb`` says: ``body``'s clause, what a verb of describing calls its object,
    whom "accused A of B" is said of; from the noun a relative "X insists" qualifies on."""
    described = _described_relative(verb) if body == verb else set()
    if described:  # "what X described as B", "A, which X described as B": A and B
        return described
    words = set(body.subtree) - _said_apart(ctx, body)
    for c in (c for c in verb.children if c.dep_ == "ccomp" and _fronted(c, body)):
        words |= set(c.subtree)  # the phrase set before it ("in the talks he had with Y, ...")
    if body == _object_clause(verb):  # "admitted the figure was too low": the figure too
        words = (words - set(verb.subtree)) | {
            t for c in verb.children if c.dep_ == "dobj" for t in c.subtree
        }
    if body.head.dep_ == "prep" and body.head.lower_ == "of" and body.head.head == verb:
        # "accused Paris of interference": whom it is said of, and of what
        words |= {t for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        words.add(body.head)
    if body.dep_ == "dobj":  # "described A as B", "labelled A B": what it is called too
        words |= {
            t
            for c in verb.children
            if _called(c) or (c.dep_ == "dobj" and c.i > body.i) or _reason(c, body)
            for t in c.subtree
        }
    if said_of is not None:
        first = min(t.i for t in said_of.subtree)
        words = {t for t in words if t.i >= first}
    return words


def _term(ctx: Context, p: Parsed, verb: Token, cue: Cue) -> bool:
    """Whether what a relative clause of describing calls the thing is a short quoted term
    ("what X described as the 'next steps'"): a name X gives it, no claim."""
    if cue.complement != "relative":
        return False
    called = (o for c in verb.children if _called(c) for o in (c, *c.children) if o.dep_ != "prep")
    quotes = (ctx.quote_at(p.offset(o)) for o in called)
    return any(q is not None and len(ctx.text[q[0] : q[1]].split()) < _MIN_WORDS for q in quotes)


def _described_relative(verb: Token) -> set[Token]:
    """What a verb of describing says where its object is a relative pronoun (``relative-
    described``): what it calls the thing ("what X described as unfair practices": "as unfair
    practices"), with the noun the relative clause qualifies ("the term A, which X described as
    B": "the term A", "as B"); nothing where it calls it nothing."""
    obj = verb.left_edge  # its object, or the parse's determiner of its subject
    contact = verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children)
    if (obj.lower_ not in ("what", "which") and not contact) or any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children
    ):
        return set()
    called = [c for c in verb.children if _called(c) and c.i > verb.i]
    if not called:
        return set()
    words = {t for c in called for t in c.subtree}
    if verb.dep_ == "relcl" and obj.lower_ != "what":  # "A, which X ...", "A X described as"
        noun = verb.head
        words |= {t for t in noun.subtree if t.i <= noun.i and t not in set(verb.subtree)}
    return words


def _voices(ctx: Context, verb: Token, speakers: tuple[str, ...]) -> tuple[str, ...]:
    """Who speaks: a person, not also the side their title names ("Chile's foreign ministry
    spokesperson Ana Rios said", "The Chilean leader, Ana Rios, said"); actors coordinated in
    the subject all speak ("Ana Rios and the Peruvian ministry said")."""
    people = tuple(k for k in speakers if ctx.cls(k) == "Person")
    subject = ctx.subject(verb)
    if not people or subject is None or any(True for _ in subject.conjuncts):
        return speakers
    return people


def _speech(
    ctx: Context, p: Parsed, facts: _Spans, own: Callable[[tuple[str, ...]], _Spans]
) -> list[Statement]:
    out = []
    for tok in p.doc:
        cue = _speech_cue(ctx, tok)
        if cue is None or ctx.negated(tok) or _declined(ctx, tok) or _asked_to_say(ctx, tok):
            continue
        head = ctx.speech_head(tok)
        if head is not None and (
            cue.construction != "speech-verb" or (tok.dep_ == "ccomp" and head.i < tok.i)
        ):
            continue  # "X said she hoped that A", "X said Y had announced that A": X's statement
        statement = _said_at(ctx, p, tok, cue, facts, own)
        if statement is not None:
            out.append(statement)
    return out


def _asked_to_say(ctx: Context, tok: Token) -> bool:
    """Whether a verb of saying is what another is asked or expected to say ("we expect Lima
    to tell us why the trawlers were held"): nothing said yet."""
    if tok.dep_ not in ("xcomp", "ccomp") or not is_to_infinitive(tok):
        return False
    head = tok.head.lower_
    return (
        head in ctx.cues.forms("urging-verb")
        or ctx.cues.is_form(head, ctx.cue_words("wishing_verbs"))
        or bool(ctx.cues.entries("feeling-verb", head))  # "expects Y to explain"
    )


def _declined(ctx: Context, tok: Token) -> bool:
    """Whether a verb of saying is what its subject refused or avoided to do ("declined to say
    whether A", "refused to confirm A", "avoided criticising X", "refrained from commenting on
    A"): nothing said."""
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "from" else tok.head
    if head.lower_ in ctx.cues.word_set("avoiding_verbs"):
        return tok.dep_ in ("xcomp", "pcomp")
    return tok.dep_ == "xcomp" and bool(ctx.cues.entries("reject-verb", head.lower_))


def _speech_cue(ctx: Context, tok: Token) -> Cue | None:
    """The cue that makes ``tok`` say something: a verb of saying, a verb of feeling with its
    that-clause ("hopes that ..."), a verb that makes a thing clear ("made it clear that ..."),
    or an adjective of feeling with its preposition, the
    complement of a copula ("is deeply concerned about ...")."""
    if tok.pos_ in _VERBAL:
        relative = ctx.cues.entries("relative-described", tok.lower_)
        if relative and _described_relative(tok):
            return relative[0]
        entries = ctx.cues.entries("speech-verb", tok.lower_)
        if entries:
            return entries[0]
        felt = ctx.cues.entries("feeling-verb", tok.lower_)
        if felt:
            return felt[0]
        return next(
            (e for e in ctx.cues.entries("made-clear", tok.lower_) if _made_clear(tok, e)), None
        )
    if tok.dep_ != "acomp" or tok.head.pos_ not in _VERBAL:
        return None
    return next(
        (
            e
            for e in ctx.cues.entries("feeling-adjective", tok.lower_)
            if any(c.dep_ == "prep" and c.lower_ == e.particle for c in tok.children)
        ),
        None,
    )


def _made_clear(verb: Token, cue: Cue) -> Token | None:
    """The clause a verb makes clear ("made it clear that A", "made plain A would ..."): the
    parse hangs it on the adjective or on the verb, after the adjective; where it split the
    clause in two (a hyphen read as a verb), the larger part."""
    adjective = next((c for c in verb.children if c.lower_ == cue.particle), None)
    if adjective is None:
        return None
    clauses = [
        c
        for c in (*adjective.children, *verb.children)
        if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i
    ]
    return max(clauses, key=lambda c: len(list(c.subtree)), default=None)


def _said_at(
    ctx: Context,
    p: Parsed,
    tok: Token,
    cue: Cue,
    facts: _Spans,
    own: Callable[[tuple[str, ...]], _Spans],
) -> Statement | None:
    """What the verb of saying ``tok`` reports, unless a fact read in it already says it."""
    joined = _misjoined(ctx, tok)
    speaker = (
        joined
        or _participle_within(ctx, tok)
        or _participle_on_urged(tok)
        or _participle_as_subject(tok)
        or tok
    )
    speakers = _quoted_by(ctx, p, tok) or _voices(ctx, speaker, ctx.agent(p, speaker))
    body, inserted, said_of = _spoken(ctx, tok, cue)
    if not speakers or body is None or _term(ctx, p, tok, cue) or _gapped(ctx, tok, body):
        return None
    if body.dep_ == "dobj" and body.lower_ in ctx.cues.word_set("courtesy_nouns"):
        return None  # "conveyed their thanks to the hosts": a courtesy, nothing stated
    if cue.construction == "feeling-verb" and (is_to_infinitive(body) or direct_question(p)):
        return None  # "expects Y to drop it" asks Y; "Does Y expect that ...?" asks a reporter
    if cue.construction == "feeling-adjective" and direct_question(p):
        return None  # "Is the ministry worried about A?": a reporter asks
    if _quoted(ctx, p.offset(body)) and not _quotes_part(ctx, p, body):
        return None
    words = _said_words(ctx, tok, body, said_of)
    tokens = trimmed(
        ctx, p, words - (set(tok.subtree) if inserted or said_of else set()), said=True
    )
    label = ctx.words(p, tokens)
    if len(label.split()) < _MIN_WORDS:
        return None
    if _conditional_act(ctx, p, body, tokens) or _obliged(ctx, p, body):
        return None
    ordered = sorted(tokens, key=lambda t: t.i)
    kept = sorted(words, key=lambda t: t.i)
    whole = (p.offset(kept[0]), p.span(kept[-1])[1])
    # left to a fact of the speaker's side read in it, or to any side's fact that is what
    # the clause asserts; not to another side's demand in a relative clause on its subject
    if (
        _carries(own(speakers), whole)
        or _carries(facts, p.span(tok))
        or any(_carries(facts, p.span(t)) for t in _predicate(body))
    ):
        return None
    sentence = ctx.sentences[p.index]
    return Statement(
        label,
        (p.offset(ordered[0]), p.span(ordered[-1])[1]),
        speakers,
        False,
        (sentence.start, sentence.end),
        cue.rule,
    )


def _gapped(ctx: Context, verb: Token, body: Token) -> bool:
    """Whether what a verb of saying in a relative clause reports lacks the word the clause
    is on ("a request Peru said it would study", "a step Chile said was overdue"): a word
    about that noun, no claim of its own."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or body.pos_ not in ("VERB", "AUX") or subject is None:
        return False
    if subject.lower_ in ctx.relatives:
        return False  # "X, who said A had fallen": the relative is the speaker
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in body.children):
        return True
    completed = ("dobj", "ccomp", "xcomp", "prep", "acomp", "attr", "oprd", "prt", "dative")
    return any(c.dep_ == "aux" for c in body.children) and not any(
        c.dep_ in completed for c in body.children
    )


def _conditional_act(ctx: Context, p: Parsed, body: Token, tokens: set[Token]) -> bool:
    """Whether what is said is an act on a condition that an actor sets or meets ("he would not
    sign the deal if the raids went on", "the crossing opens only once Peru finishes its
    checks", "the rebels will be pursued unless they disarm"): a conditional offer, threat or
    demand, the proposal and condition rules' matter, not a claim; a forecast with no actor
    on either side of the condition ("the talks will fail if nothing changes") is said still."""
    said = {t.i for t in tokens}
    for m in ctx.marked(p):
        if m.anchor.i not in said or not m.clause & said or p.doc[m.marker[0]].pos_ in _VERBAL:
            continue
        if _inside_a_noun(m.anchor, body):
            continue  # "said reports that X would cut aid if Y ... were untrue": a claim
        if _acting(ctx, p, ctx.subject(body)) or _acting(ctx, p, ctx.subject(m.head)):
            return True
    return False


def _inside_a_noun(tok: Token, body: Token) -> bool:
    """Whether ``tok`` stands in a clause with a subject of its own on a noun below ``body``
    ("reports that X would A"), not in what ``body`` itself says ("the right to A")."""
    while tok != body and tok.head != tok:
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        tok = tok.head
    return False


def _obliged(ctx: Context, p: Parsed, body: Token) -> bool:
    """Whether what is said is what an actor must do ("Peru must withdraw its boats", "they
    will have to disarm first", "the rebels need to lay down their arms"): a demand, the
    proposal rules' matter, not a claim."""
    if any(c.lower_ == "yet" for c in body.children):
        return False  # "has yet to respond": not done, no obligation
    verb: Token | None = None
    if body.tag_ != "VBN" and _modal(ctx, body, verbal=True):  # "has to", "needs to", "ought to"
        verb = next((c for c in body.children if c.dep_ == "xcomp" and is_to_infinitive(c)), None)
    elif any(c.dep_ == "aux" and _modal(ctx, c, verbal=False) for c in body.children):
        verb = body  # "must", "should"
    if verb is None or plays_a_role(verb):
        return False  # "the Community must not be a bystander": a claim about its part
    return _acting(ctx, p, ctx.subject(body)) and not ctx.passive(verb)


def _modal(ctx: Context, tok: Token, *, verbal: bool) -> bool:
    """Whether ``tok`` is a modal of obligation (``necessity-modal``): a verb taking a
    to-infinitive ("has to") where ``verbal``, else an auxiliary ("must")."""
    return any(
        (e.complement == "verb") == verbal for e in ctx.cues.entries("necessity-modal", tok.lower_)
    )


def _acting(ctx: Context, p: Parsed, subject: Token | None) -> bool:
    """Whether a clause's subject is an actor, a personal pronoun that stands for one, or a
    noun of a group or a side ("the rebels", "the government")."""
    if subject is None:
        return False
    word = subject.lower_
    sides = ctx.cues.word_set("group_nouns") | ctx.cues.word_set("owner_nouns")
    return word in _PERSONAL or word in sides or bool(ctx.actors(p, subject))


#: Personal pronouns that stand for an actor as a clause's subject.
_PERSONAL = frozenset({"i", "we", "he", "she", "they"})


def _spoken(ctx: Context, tok: Token, cue: Cue) -> tuple[Token | None, bool, Token | None]:
    """What the verb of saying ``tok`` says (its body), whether it is inserted in that
    clause ("Japan, he said, will ..."), and the noun it is said of ("a rate X insists is
    fair"), if any."""
    complement = cue.complement
    if complement == "feeling":  # "concerned about A": the adjective and what it is about
        return tok, False, None
    if complement == "clear":
        return _made_clear(tok, cue), False, None
    if complement == "relative":  # "what X described as B": the verb, read by _said_words
        return tok, False, None
    if complement == "clause":  # "hopes that A", not "hopes to", nor "hopes for"
        found = _complement(tok)
        return (found if found is not None and found.dep_ == "ccomp" else None), False, None
    body = _complement(tok) or _nonfinite(ctx, tok) or _object_clause(tok)
    body = _after_fronted(ctx, tok, body) or body
    if body is None and complement in ("object", "predicate"):  # "described A as B"
        body = next((c for c in tok.children if c.dep_ == "dobj" and _named(c)), None)
        if body is not None and ctx.cues.entries("stance-noun", body.lower_):
            body = None  # "expressed its support for A": a stance (``stance-noun``), not words
        if complement == "predicate" and not _predicated(tok, body):
            body = None  # "called the outcome balanced", not "called a meeting"
    inserted = (body is None and ctx.is_inserted_speech(tok)) or _after_content(tok)
    said_of = _said_of(ctx, tok) if body is None else None
    if inserted:
        body = tok.head  # the clause the attribution is inserted in
    elif said_of is not None:
        body = said_of.head  # what is said of the noun
    return body, inserted, said_of


def _according(ctx: Context, p: Parsed) -> list[Statement]:
    for tok in p.doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(p.doc) or tok.nbor().lower_ != "to":
            continue
        obj = next((o for o in tok.nbor().children if o.dep_ == "pobj"), None)
        speakers = ctx.actors(p, obj) if obj is not None else ()
        if obj is not None and ctx.cues.entries("plan-noun", obj.lower_) and not ctx.owner(p, obj):
            return []  # "according to papers seen by ...": a source, not a speaker
        root = tok.head if tok.head != tok else None
        if not speakers or root is None or ctx.quote_at(p.offset(root)) is not None:
            return []
        said = root if ctx.cues.is_form(root.lower_, ctx.speech_lemmas) else ctx.speech_head(root)
        if said is not None and _named_subject(ctx, p, said):
            return []  # "X said ..., according to the agency": the agency reports, X speaks
        if not ctx.without_outlets(speakers) and any(
            ctx.cues.is_form(t.lower_, ctx.speech_lemmas) and t.pos_ in _VERBAL for t in p.doc
        ):
            return []  # "X said ..., telling reporters ..., according to Reuters": X speaks
        return _said_around(ctx, p, root, tok, speakers, _RULE_ACCORDING)
    return []


def _in_the_view_of(ctx: Context, p: Parsed) -> list[Statement]:
    """ "In his view, A", "In the minister's view, A", "In the view of X, A": A is the
    statement of the one whose view it is."""
    for tok in p.doc:
        prep = tok.head
        if not ctx.cues.entries("in-the-view-of", tok.lower_):
            continue
        if tok.dep_ != "pobj" or prep.lower_ != "in":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if owner is None and of is not None:
            owner = next((c for c in of.children if c.dep_ == "pobj"), None)
        root = prep.head
        speakers = ctx.actors(p, owner) if owner is not None else ()
        if not speakers or root.pos_ not in _VERBAL or ctx.quote_at(p.offset(root)) is not None:
            continue
        if has_modal(root):
            continue  # "In her view, the bloc should wait", "X would accept A": advice, a guess
        return _said_around(ctx, p, root, prep, speakers, _RULE_IN_VIEW)
    return []


def _said_around(
    ctx: Context, p: Parsed, root: Token, aside: Token, speakers: tuple[str, ...], rule: str
) -> list[Statement]:
    """The statement of ``speakers`` that the clause of ``root`` makes, less the ``aside``
    that attributes it ("according to X", "as X put it")."""
    sentence = ctx.sentences[p.index]
    words = set(root.subtree) - set(aside.subtree)
    if aside.i > root.i:  # "A has not changed, according to X, the minister, who ...": A
        words = {t for t in words if t.i < aside.i}
    tokens = trimmed(ctx, p, words, said=True)
    if len(tokens) < _MIN_WORDS:
        return []
    ordered = sorted(tokens, key=lambda t: t.i)
    span = (p.offset(ordered[0]), p.span(ordered[-1])[1])
    return [
        Statement(ctx.words(p, tokens), span, speakers, False, (sentence.start, sentence.end), rule)
    ]


def _as_said(ctx: Context, p: Parsed) -> list[Statement]:
    """ "As X said (put it), A": the main clause is what X said, the "as" clause its
    attribution."""
    for tok in p.doc:
        if tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children
        ):
            continue
        put_it = tok.lower_ == "put" and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children
        )
        if not put_it and not ctx.cues.entries("speech-verb", tok.lower_):
            continue
        if tok.lower_.startswith("call") and any(c.dep_ == "dobj" for c in tok.children):
            continue  # "the Napo, as we call it, ...": a name given, nothing said
        if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            continue  # "as she said the annex requires": what it says is its own
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        speakers = ctx.actors(p, subject) if subject is not None else ()
        if speakers:
            return _said_around(ctx, p, tok.head, tok, speakers, _RULE_AS_SAID)
    return []


def _characterised(ctx: Context, p: Parsed) -> list[Statement]:
    """ "X dismissed the terms as 'unreasonable'", "X called the quota 'a betrayal'", "the plan
    was rejected by X as 'a recipe for chaos'": the words an actor is quoted judging a thing
    by are the actor's statement, from the verb to the quotation's end."""
    out = []
    sentence = ctx.sentences[p.index]
    for verb in p.doc:
        if verb.lower_ not in ctx.cue_words("judging_verbs") or ctx.negated(verb):
            continue
        quote = _judgement(ctx, p, verb)
        if quote is None or ctx.quote_at(p.offset(verb)) is not None:
            continue
        relative = verb.dep_ == "relcl" or any(c.lower_ in ("what", "which") for c in verb.children)
        if relative and len(ctx.text[quote[0] : quote[1]].split()) < _MIN_WORDS:
            continue  # "what X described as the 'second phase'": a term, a name it gives
        speakers = _judge(ctx, p, verb)
        if speakers:
            span = (p.offset(verb), min(quote[1] + 1, sentence.end))
            label = " ".join(ctx.text[span[0] : span[1]].split())
            evidence = (sentence.start, sentence.end)
            out.append(Statement(label, span, speakers, True, evidence, _RULE_JUDGED))
    return out


def _judgement(ctx: Context, p: Parsed, verb: Token) -> tuple[int, int] | None:
    """The quotation in which a verb of judging calls its object something, opening right
    after "as" ("dismissed it as 'a sham'") or after the object ("called the quota 'a
    betrayal'"), an article aside; none where the verb has no object ("urged X to consider
    'any arrangement'"), or the quotation is part of the object or of a phrase after it
    ("called its 'defensive measures'", "rejected the deal 'in its current state'")."""
    after = [t for t in verb.subtree if t.i > verb.i]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next(
        (t for t in after if t.lower_ == "as" and (_in_clause(t, verb) or _marks_as(t, obj))),
        None,
    )
    if as_ is None and obj is None:
        return None
    before = as_ if as_ is not None else obj.right_edge  # type: ignore[union-attr]
    first = before.i + 1
    if first < len(p.doc) and p.doc[first].dep_ == "det":
        first += 1  # 'as a "blank cheque"', 'as "a sham"'
    if first + 1 < len(p.doc) and p.doc[first].is_quote:
        first += 1  # the quotation mark the parse kept as a word of its own
    if first >= len(p.doc) or p.doc[first].pos_ == "ADP":
        return None
    quote = ctx.quote_at(p.offset(p.doc[first]))
    if quote is None and as_ is not None:  # 'as an attempt to "resurrect a biased body"'
        quote = _quote_ending_phrase(ctx, p, as_)
    if quote is None or quote[0] < p.span(before)[1]:
        return None  # a quotation that opened before: the object's own words
    return quote


def _marks_as(as_: Token, obj: Token | None) -> bool:
    """Whether "as" opens what the parse made a participle's clause after the object or on
    its last noun ('rejected calls for a withdrawal as "detached from reality"')."""
    if obj is None:
        return False
    return as_.i == obj.right_edge.i + 1 or (
        as_.dep_ == "mark" and as_.head.dep_ == "advcl" and as_ in obj.subtree
    )


def _quote_ending_phrase(ctx: Context, p: Parsed, as_: Token) -> tuple[int, int] | None:
    """The quotation that ends the "as" phrase after a few words of its own ("dismissed the
    draft as an attempt to 'resurrect a biased body'"), if any."""
    words = sorted(as_.subtree, key=lambda t: t.i)
    end = p.span(words[-1])[1]
    for t in words[1:6]:
        quote = ctx.quote_at(p.offset(t))
        if quote is not None:
            return quote if quote[1] >= end - 1 else None
    return None


def _in_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through no clause of its own ("and X called it")."""
    for a in tok.ancestors:
        if a == verb:
            return True
        if a.dep_ in ("conj", "advcl", "relcl", "ccomp", "acl", "xcomp"):
            return False
    return False


def _judge(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """Who judges: the verb's subject, or its "by" agent in the passive."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return tuple(k for o in agent.children if o.dep_ == "pobj" for k in ctx.actors(p, o))
    subject = ctx.subject(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return ()
    return ctx.actors(p, subject)


def _named_subject(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether a verb's subject names an actor ("X said"), not people no name stands for
    ("Most of the leaders have voiced ...")."""
    subject = ctx.subject(verb)
    return subject is None or bool(ctx.actors(p, subject))


def _quotations(ctx: Context) -> list[Statement]:
    """One statement per attributed quotation; consecutive quotations of one speaker in one
    paragraph are one statement ("A," X said, "B.")."""
    out: list[Statement] = []
    for (qs, qe), speakers in sorted(ctx.quote_speakers.items()):
        body = " ".join(ctx.text[qs:qe].split())
        if len(body.split()) < _MIN_WORDS:
            continue
        first = ctx.sentences[ctx.sentence_at(qs)]
        last = ctx.sentences[ctx.sentence_at(max(qs, qe - 1))]
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.speakers == speakers
            and "\n" not in ctx.text[prev.span[1] : qs]
            and qs - prev.span[1] < 200
        ):
            assert prev.evidence is not None
            out[-1] = Statement(
                f"{prev.label} … {body}",
                (prev.span[0], qe),
                speakers,
                True,
                (prev.evidence[0], last.end),
                _RULE_QUOTE,
            )
            continue
        out.append(Statement(body, (qs, qe), speakers, True, (first.start, last.end), _RULE_QUOTE))
    return out


def _turns(
    ctx: Context,
    facts: _Spans,
    turns: list[tuple[int, int, tuple[str, ...]]],
    rule: str = "statements.transcript-turn",
) -> list[Statement]:
    """In a transcript, each paragraph of a speaker's turn is a statement of theirs, without
    the sentences that put forward a proposal or hold a stance (the fact holds those); so is
    each paragraph of the text a statement lead-in introduces ("Following is the text of Y's
    message:")."""
    out = []
    for start, end, speakers in turns:
        offset = start
        turn = ctx.text[start:end]
        mark = "\n\n" if "\n\n" in turn.strip() else "\n"  # paragraphs, where blank lines part them
        for block in turn.split(mark):
            a = offset + len(block) - len(block.lstrip())
            b = offset + len(block.rstrip())
            offset += len(block) + len(mark)
            if len(block.split()) < 6 or ctx.quote_at(a) is not None or not _clausal(ctx, a, b):
                continue
            said = _unheld(ctx, facts, a, b) if _carries(facts, (a, b)) else [(a, b)]
            said = [part for x, y in said for part in _substantive(ctx, x, y)]
            if not said:
                continue
            words = " ".join(ctx.text[x:y] for x, y in said).split()
            if len(words) < 6:
                continue
            span = (said[0][0], said[-1][1])
            out.append(Statement(" ".join(words), span, speakers, False, span, rule))
    return out


#: How long a sentence opened by a greeting may be to say nothing else ("Thank you all.").
_GREETING_WORDS = 5


def _substantive(ctx: Context, a: int, b: int) -> list[Span]:
    """The text from ``a`` to ``b`` without the sentences that only run the meeting: a short
    greeting or thanks ("Good afternoon, friends.", "Thank you."; not "Thank you for inviting
    me to this summit, a turning point ..."), or the floor given to questions ("Let us go
    straight to your questions.")."""
    greetings = ctx.cues.word_set("greeting_phrases")
    proceedings = ctx.cues.word_set("proceedings_nouns")
    out: list[Span] = []
    for i in range(ctx.sentence_at(a), ctx.sentence_at(max(a, b - 1)) + 1):
        sentence = ctx.sentences[i]
        x, y = max(a, sentence.start), min(b, sentence.end)
        words = " ".join(ctx.text[x:y].lower().replace(",", " ").split())
        greeting = len(words.split()) <= _GREETING_WORDS and any(
            words.startswith(g) for g in greetings
        )
        floor = re.search(r"\byour (\w+)", words)
        if floor and floor.group(1) in proceedings or _steers_the_talk(ctx, i, words):
            continue
        if _runs_the_session(ctx, i, proceedings):
            continue
        if y > x and not greeting:
            out.append((x, y))
    return out


def _runs_the_session(ctx: Context, index: int, proceedings: frozenset[str]) -> bool:
    """Whether every verb of sentence ``index`` has a part of the session itself for its
    object and no one it is put to ("The minister will make opening remarks and take
    questions.", not "We have asked our allies a question")."""
    p = ctx.parsed.get(index)
    verbs = [t for t in p.doc if t.pos_ == "VERB"] if p is not None else []
    return bool(verbs) and all(
        any(c.dep_ == "dobj" and c.lower_ in proceedings for c in v.children)
        and not any(c.dep_ in ("dative", "prep") for c in v.children)
        for v in verbs
    )


#: How long a sentence that only steers the talk may be ("Let me start with Myanmar.").
_STEERING_WORDS = 8


def _steers_the_talk(ctx: Context, index: int, words: str) -> bool:
    """Whether sentence ``index`` only says what the speaker does next in the talk: a short
    sentence whose verb is an act of talk (``discourse_acts``) with "I" or "we" as subject, or
    after "let me", "let us" ("I'll take questions.", "Let me start with Myanmar.")."""
    p = ctx.parsed.get(index)
    root = next((t for t in p.doc if t.dep_ == "ROOT"), None) if p is not None else None
    if root is None or len(words.split()) > _STEERING_WORDS:
        return False
    verb = root
    if root.lower_ == "let":  # "Let me start with X": the verb under "let", "me" its subject
        verb = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), root)
    return steers_the_talk(ctx, verb, _SPEAKERS_OWN)


#: The subjects by which speakers name themselves.
_SPEAKERS_OWN = frozenset({"i", "we", "me", "us"})


def _clausal(ctx: Context, a: int, b: int) -> bool:
    """Whether the paragraph from ``a`` to ``b`` holds a verb: a name, a title or a signature
    line under a turn ("Embassy of Chile in the Republic of Peru") says nothing."""
    for i in range(ctx.sentence_at(a), ctx.sentence_at(max(a, b - 1)) + 1):
        p = ctx.parsed.get(i)
        if p is None or any(t.pos_ in _VERBAL for t in p.doc):
            return True
    return False


def _unheld(ctx: Context, facts: _Spans, a: int, b: int) -> list[Span]:
    """The sentences of the paragraph from ``a`` to ``b`` that hold a verb and no fact, ask
    nothing and do not report what another said ("The mediators stated that ...")."""
    out = []
    for i in range(ctx.sentence_at(a), ctx.sentence_at(max(a, b - 1)) + 1):
        sentence = ctx.sentences[i]
        x, y = max(a, sentence.start), min(b, sentence.end)
        asked = ctx.text[x:y].rstrip(' "”’').endswith("?")
        p = ctx.parsed.get(i)
        # (a subject tells a clause whose verb the tagger misread: "measures fully comply")
        verbless = p is not None and not any(
            t.pos_ in _VERBAL or t.dep_ in _SUBJECTS for t in p.doc
        )
        if (
            y > x
            and not asked
            and not verbless  # "and through the UN coordinator, Ms. X.": a piece of a sentence
            and not _carries(facts, (x, y))
            and not _reports_other(ctx, i)
        ):
            out.append((x, y))
    return out


def _reports_other(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` reports what someone other than the speaker said: its verb is
    one of saying, with a subject that is not "I" or "we"."""
    p = ctx.parsed.get(index)
    root = next((t for t in p.doc if t.dep_ == "ROOT"), None) if p is not None else None
    if root is None or not ctx.cues.is_form(root.lower_, ctx.speech_lemmas):
        return False
    subject = ctx.subject(root)
    return subject is not None and subject.lower_ not in _FIRST_PERSON


_FIRST_PERSON = frozenset({"i", "we"})


@component("statements", needs=("proposals", "conditions", "stances"))
def find_statements(ctx: Context, results: Mapping[str, tuple[Any, ...]]) -> tuple[Statement, ...]:
    """Every attributed claim and quotation of the document; reported speech that only carries
    a proposal, a condition or a stance is left to that fact."""
    facts = _fact_spans(results)
    held = _Held([x.span for x in results["proposals"]])
    terms = _Held([c.span for c in results["conditions"]])
    sides = _Sides(results)
    own: dict[tuple[str, ...], _Spans] = {}  # the facts of each speaker's side, once per speaker

    def own_facts(speakers: tuple[str, ...]) -> _Spans:
        if speakers not in own:
            own[speakers] = _fact_spans(sides.of({*speakers, *ctx.states_of(speakers)}))
        return own[speakers]

    quotes = []
    for q in _quotations(ctx):
        # Not mostly what a proposal holds, nor, if short, a condition's words (a quoted
        # stance or judgement is said as well: 'rejected "any attempt to ..."'); or carrying
        # none of the speaker's own facts.
        short = len(q.label.split()) < _SHORT_QUOTE and not q.label[:1].isupper()
        kept = not held.mostly(q.span) and not (short and terms.mostly(q.span))
        if kept or not _carries(own_facts(q.speakers), q.span):
            quotes.append(q)
    found = quotes + _turns(ctx, facts, ctx.turns)
    found += _turns(ctx, facts, ctx.lead_texts, "statements.lead-in-text")
    turns = [(a, b, keys) for a, b, keys in (*ctx.turns, *ctx.lead_texts)]
    for p in ctx.parsed_in_order():
        turn = next((keys for a, b, keys in turns if a <= p.start < b), None)
        if turn is not None:  # in a turn, only what the speaker reports another said
            found.extend(
                s
                for s in _speech(ctx, p, facts, own_facts) + _as_said(ctx, p)
                if not set(s.speakers) & set(turn)
            )
            continue
        found.extend(_speech(ctx, p, facts, own_facts))
        found.extend(_according(ctx, p) or _as_said(ctx, p) or _in_the_view_of(ctx, p))
        found.extend(_new_judgements(_characterised(ctx, p), found))
    return _once(_unquoted_parts(sorted(found, key=lambda s: s.span)))


def _new_judgements(judged: list[Statement], found: list[Statement]) -> list[Statement]:
    """The quoted judgements no statement of the same speakers holds already."""
    return [
        j
        for j in judged
        if not any(
            s.speakers == j.speakers and s.span[0] < j.span[1] and j.span[0] < s.span[1]
            for s in found
        )
    ]


def _unquoted_parts(statements: list[Statement]) -> list[Statement]:
    """Without the quotations a clause of the same speakers holds ('X claimed that the boats
    were being "badly overcharged"': the clause is the statement; the quotation's speakers may
    add those X speaks for)."""
    clauses = [s for s in statements if not s.quote]
    return [
        s
        for s in statements
        if not s.quote
        or not any(
            set(c.speakers) & set(s.speakers)
            and c.span[0] <= s.span[0]
            and s.span[1] <= c.span[1] + 2
            for c in clauses
        )
    ]


def _once(statements: list[Statement]) -> tuple[Statement, ...]:
    """Each speaker's words once: a quotation a document repeats word for word (a summary line
    above the story, then the story) is one statement, the first."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    out = []
    for s in statements:
        said = (s.speakers, " ".join(s.label.casefold().split()))
        if said not in seen:
            seen.add(said)
            out.append(s)
    return tuple(out)
