"""The constructions that put a proposal forward, read off the dependency parse.

Each reader takes a token and returns the :class:`Reading` s it heads: who puts
something forward (the agent), to whom, the word that heads what is put forward
(the content), its kind, and the rule's name. Readers know nothing of each other;
:mod:`.proposals` runs them and turns readings into records.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .content import (
    EXCHANGE_MARKERS,
    OFFERING_LEMMAS,
    act_noun,
    act_word,
    as_prerequisite,
    asked_whether,
    base_form,
    direct_question,
    figurative,
    first_conjunct,
    governing_verb,
    has_modal,
    has_subject,
    inverted_question,
    is_to_infinitive,
    lifts_refusal,
    listed_after_object,
    names_one_before,
    names_proposal,
    object_refused,
    obstructs,
    outermost,
    past_time,
    plays_a_role,
    prerequisite_of,
    pro_verb,
    refers_back,
    refused_infinitive,
    refused_object,
    steers_the_talk,
    sum_of_money,
    tied_prep,
    trailing_infinitive,
    until_mark,
    verdict_word,
    welcomed_to,
    what_spelled,
    wished_success,
)
from .context import Context, bare_plural, unique
from .cues import Cue, inflections, load_cues
from .parse import CONTRAST_MARKS, Parsed

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Memory", "READERS", "Reading", "necessity"]

_VERBAL = ("VERB", "AUX")
#: Verbs whose object can be a small clause ("wants the bank reconnected").
_SMALL_CLAUSE = frozenset(
    {"want", "wants", "wanted", "need", "needs", "needed", "require", "requires", "required"}
)
#: Verbs of demanding whose that-clause only asks ("demanded that the authorities confirm
#: the date": never what the one who demands says it does itself).
_ONLY_ASKING = frozenset({"demand", "request", "require", "stipulate"})
_CONTENT_PREPS = ("for", "of", "on", "to", "regarding", "about", "over", "towards", "toward")


@dataclass(frozen=True)
class Reading:
    """One construction read at a cue word."""

    cue: Token
    agents: tuple[str, ...]
    content: Token
    kind: str
    rule: str
    addressees: tuple[str, ...] = ()
    extra: tuple[Token, ...] = ()
    drop: tuple[Token, ...] = ()
    #: One item, not one per coordinated part ("to accept or reject the plan": the choice).
    whole: bool = False


@dataclass
class Memory:
    """What the document has put forward so far, for "the plan" and "under the deal"."""

    owners: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def last_owner(self, noun: str | None = None) -> tuple[str, ...]:
        for lemma, keys in reversed(self.owners):
            if noun is None or lemma == noun:
                return keys
        return self.owners[-1][1] if self.owners else ()


Reader = Callable[[Context, Parsed, "Token", Memory], list[Reading]]


def _verbal(tok: Token) -> bool:
    """A verb, also where the tagger called it a noun ("to host" parsed as an infinitive)."""
    return (
        tok.pos_ in _VERBAL
        or tok.tag_.startswith("VB")
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _child(tok: Token, deps: Sequence[str], words: Sequence[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps and (words is None or c.lower_ in words):
            return c
    return None


def _particle(verb: Token, particle: str) -> Token | None:
    """A phrasal verb's particle: the one after the verb ("X on Monday called on Y": not "on
    Monday"), else the one the parse hung before it."""
    found = [
        c for c in verb.children if c.dep_ in ("prep", "prt", "dative") and c.lower_ == particle
    ]
    return next((c for c in found if c.i > verb.i), found[0] if found else None)


def _objects(prep: Token) -> Token | None:
    return _child(prep, ("pobj", "pcomp"))


def _has_particle(tok: Token, particle: str) -> bool:
    """Whether ``tok`` takes ``particle`` ("called for"); not when it is another phrasal verb,
    with a particle of its own ("called out Peru for its demands": no call for anything)."""
    if any(c.dep_ == "prt" and c.lower_ != particle for c in tok.children):
        return False
    return any(
        c.lower_ == particle and c.dep_ in ("prt", "prep", "advmod", "dative") for c in tok.children
    ) or (particle == "for" and any(_for_to_clause(c) for c in tok.children))


def _has_modal(ctx: Context, tok: Token) -> bool:
    modals = ctx.cues.word_set("modals_offer")
    node = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in modals for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "acomp") or node.head == node:
            return False
        node = node.head
    return False


def _agents(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """The agent of a verb; for a participle on a noun ("a paper proposing ...") the noun's
    owner; in what a document or a speaker says, with a subject that names no actor ("the
    draft says the parties promise ..."), the speaker. A news outlet reports, it puts nothing
    forward ("MANILA (Reuters) - The two sides reached ...": the parse's subject)."""
    by = _agent_of_noun(ctx, p, verb)
    if by:
        return by  # "a resolution adopted by X calling on Y to ...": X calls on Y
    keys = ctx.without_outlets(ctx.agent(p, verb))
    if keys:
        return keys
    subj = ctx.subject(verb)
    if subj is None and verb.dep_ == "acl" and _plan_noun(ctx, verb.head):
        owner = ctx.owner(p, verb.head)  # "a paper proposing ...": the paper's owner
        if not owner and verb.head.dep_ == "dobj":
            owner = ctx.agent(p, verb.head.head)  # "X read a statement calling for ...": X's
        return owner
    if subj is None and _gerund_of_act(ctx, verb):
        return ctx.without_outlets(_doer_of(ctx, p, verb.head.head))
    if subj is None and _gerund_of_verb(ctx, verb):
        return _agents(ctx, p, verb.head.head)  # "X joined Y in urging Z to ...": X urges
    head = ctx.speech_head(verb) if subj is not None and subj.pos_ == "NOUN" else None
    said_by = ctx.subject(head) if head is not None else None
    if said_by is not None and _plan_noun(ctx, said_by):
        return ctx.speaker(p, verb)  # "the draft says the parties promise ...": the draft's owner
    if subj is not None and _unnamed_official(ctx, subj):
        # "The foreign minister proposed ..., Chad said": the one it speaks of acts for Chad
        return ctx.without_outlets(ctx.speaker(p, verb))
    return ()


def _unnamed_official(ctx: Context, subj: Token) -> bool:
    """A subject that is a title or an office with no name ("the foreign minister", "the
    country's chief envoy", "a senior official"): it acts for whoever reports its act."""
    if subj.pos_ != "NOUN" or any(c.pos_ == "PROPN" for c in subj.subtree):
        return False
    return subj.lower_ in ctx.title_heads or subj.lower_ in ctx.cues.word_set("official_nouns")


def _agent_of_noun(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """For a participle on a noun ("a deadline set by X calling on the parties to ..."), the
    agent of a passive participle before it on the same noun ("set by X"): whoever made the
    deadline or adopted the resolution calls on, not the subject of the clause around it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return ()
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.i < verb.i:
        return ctx.actors(p, noun)  # the parse hung it on the agent's name ("set by X calling")
    for made in noun.children:
        if made.dep_ == "acl" and made.tag_ == "VBN" and made.i < verb.i:
            for by in (c for c in made.children if c.dep_ == "agent"):
                name = next((o for o in by.children if o.dep_ == "pobj"), None)
                keys = ctx.actors(p, name) if name is not None else ()
                if keys:
                    return keys
    return ()


def _gerund_of_act(ctx: Context, verb: Token) -> bool:
    """A gerund after a preposition on a noun of acting (``gerund-of-act``: "an intervention by
    Chile in laying out the plan", "Peru's role in drafting the accord")."""
    return _gerund_after(ctx, verb, "gerund-of-act", ("NOUN",))


def _gerund_of_verb(ctx: Context, verb: Token) -> bool:
    """A gerund after "in" on a verb (``gerund-of-verb``: "Chile joined Peru in urging Y to
    ..."): the verb's subject is its own ("by proposing" and the like: ``Context.subject``)."""
    return _gerund_after(ctx, verb, "gerund-of-verb", _VERBAL)


def _gerund_after(ctx: Context, verb: Token, construction: str, heads: Collection[str]) -> bool:
    """Whether ``verb`` is a gerund after a preposition of ``construction`` whose head has a
    part of speech among ``heads``."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and bool(ctx.cues.entries(construction, prep.lower_))
        and prep.head.pos_ in heads
    )


def _doer_of(ctx: Context, p: Parsed, noun: Token) -> tuple[str, ...]:
    """Who acts in ``noun``: its owner ("Peru's role"), else its "by" phrase's actors ("an
    intervention by the Chilean president")."""
    owner = ctx.owner(p, noun)
    if owner:
        return owner
    by = _child(noun, ("prep", "agent"), ("by",))
    obj = _child(by, ("pobj",)) if by is not None else None
    return ctx.actors(p, obj) if obj is not None else ()


#: Finite forms of "be" and "have" that a mandative clause would have in the base form.
_INDICATIVE_BE_HAVE = frozenset("is are was were am 's 're has had".split())


def _mandative(clause: Token) -> bool:
    """A that-clause that asks for something ("that Russia withdraw", "that talks should resume"),
    not one that reports a fact ("that Peru had asked for it", "that its troops are there")."""
    if clause.lower_ in _INDICATIVE_BE_HAVE:
        return False  # a copula or "has" in the indicative states what is ("be" would ask)
    if any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") for c in clause.children):
        return False  # "that the deal does not affect A": "do" is indicative ("not affect" asks)
    if clause.tag_ in ("VB", "VBP"):
        return True
    if clause.tag_ == "VBD" and has_subject(clause) and base_form(clause.lower_):
        return True  # "demand that the Philippines tow away ...": a base form taken for a past
    if clause.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return True  # "demanded that the rate jump to 25%": a base form the tagger took for a noun
    bare = not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    if bare and (
        clause.tag_ == "VBN" or (clause.tag_ == "VBD" and clause.head.lower_ in _SMALL_CLAUSE)
    ):
        return True  # a small clause: "wants the bank reconnected" (the tagger's past tense too)
    return any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in ("should", "must", "would", "will", "could", "be", "shall", "may", "might")
        for c in clause.children
    ) and not any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in ("had", "has", "have", "was", "were", "is", "are")
        for c in clause.children
    )


#: Complements of verbs that tie their object to a condition (``condition-tying``).
_TIED = ("tied", "tied-offer")


def _for_to_clause(clause: Token) -> bool:
    """ "for X to do Y" as a clause of its own (the parse's "for" a mark)."""
    return (
        clause.dep_ in ("advcl", "ccomp", "xcomp")
        and is_to_infinitive(clause)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    )


def _asked_of(ctx: Context, p: Parsed, clause: Token) -> tuple[tuple[str, ...], tuple[Token, ...]]:
    """Who a "for Y to V" clause asks to act (its subject's actors), and the words of the
    clause that frame the request ("for", and Y where Y is an actor) rather than say what is
    asked."""
    subj = ctx.subject(clause)
    acted_on = subj is not None and subj.dep_ == "nsubjpass"  # "for Bolivia to be included"
    asked = ctx.actors(p, subj) if subj is not None and not acted_on else ()
    # a thing or a side to be acted on stays ("for the mandate to be extended", "for Bolivia
    # to be included": asked of no one named); so do the marks of the
    # clauses coordinated with it ("and for the embargo to be lifted") go
    marks = [c for v in (clause, *clause.conjuncts) for c in v.children if c.dep_ == "mark"]
    return asked, tuple([*marks, *([subj] if asked and subj is not None else [])])


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _duration(noun: Token, times: frozenset[str]) -> bool:
    """Whether ``noun`` is a stretch of time (a word of ``times``: "two decades", "years"), not
    one of something ("a year of talks")."""
    return noun.lower_ in times and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _complement(
    tok: Token,
    cue: Cue,
    agreements: frozenset[str] = frozenset(),
    times: frozenset[str] = frozenset(),
) -> Token | None:
    """What a verb of offering or demanding governs ("agreed to a truce": only a noun of
    ``agreements``; "argued for two decades": no noun of ``times``)."""
    if cue.complement in _TIED:  # "conditioned its support on ...": the object
        return _child(tok, ("dobj",))
    if cue.complement == "conditional":  # "made its funding conditional on ..."
        words = {t.lower_ for t in tok.subtree}
        if not words & {"conditional", "contingent", "dependent", "subject"}:
            return None
        small = _child(tok, ("ccomp", "oprd", "xcomp"))
        return _child(tok, ("dobj",)) or (_child(small, ("nsubj",)) if small is not None else None)
    if cue.particle:
        prep = _particle(tok, cue.particle)
        obj = _objects(prep) if prep is not None else None
        if cue.complement == "agreement":  # not "agreed to such a mechanism": to one before
            if obj is None or obj.lower_ not in agreements or refers_back(obj):
                return None
            return None if any(c.lower_ == "such" for c in obj.children) else obj
        infinitive = next(
            (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and is_to_infinitive(c)), None
        )
        if obj is not None and infinitive is not None and infinitive.i > obj.i:
            if cue.particle == "for" and obj.pos_ == "NOUN" and _indefinite(obj):
                return obj  # "called for an assembly to find a solution": its purpose
            return infinitive  # "invited X to Riyadh to continue talks": what X is invited to do
        if obj is not None:
            return None if _duration(obj, times) else obj  # not "have argued for two decades"
        if prep is not None and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].text == ",":
            # "committed to, among other things, avoiding A": the object after the aside
            return next(
                (c for c in tok.children if c.tag_ == "VBG" and c.i > prep.i + 1),
                None,
            )
        if prep is None and cue.particle == "for":  # "called for the parties to resume talks"
            return next((c for c in tok.children if _for_to_clause(c)), None)
    if cue.complement == "clause":  # "hoped Russia would do the same": only a that-clause
        return next((c for c in tok.children if c.dep_ == "ccomp" and _mandative(c)), None)
    if cue.complement == "amount":  # "announced $30 million for A": a sum only
        obj = _child(tok, ("dobj",))
        return obj if obj is not None and sum_of_money(obj) else None
    if cue.complement == "source":  # "expects an apology from Y"; not "expects talks to fail"
        obj = _child(tok, ("dobj",))
        held = [tok, obj] if obj is not None else []
        if any(_child(t, ("prep",), ("from",)) for t in held):
            return obj
        return _named_one_to_act(tok)
    if cue.complement == "that":  # "agreed that the commission should meet": that clause only
        clause = next(
            (c for c in tok.children if c.dep_ == "ccomp" and _child(c, ("mark",), ("that",))),
            None,
        )
        if clause is not None and cue.construction == "offer-verb" and not _undertaken(clause):
            return None  # "agreed that airlines need notice": a view shared, nothing undertaken
        return clause
    if cue.complement == "invitee":  # "invited Y (to Z) to resume talks": what Y is to do;
        return next(  # "invite observers": the invited
            (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and is_to_infinitive(c)),
            _child(tok, ("dobj",)),
        )
    return _plain_complement(tok, cue)


def _undertaken(clause: Token) -> bool:
    """Whether a that-clause of agreeing or resolving says what is to be done: a modal ("that
    the commission should meet") or a subjunctive "be" ("resolved that the code be made
    binding"), not a view ("agreed that airlines need notice")."""
    return has_modal(clause) or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in clause.children
    )


def _named_one_to_act(tok: Token) -> Token | None:
    """The infinitive clause of a verb, with a subject of its own ("expects Chile to withdraw
    its ships": what Chile is to do; whether that subject is an actor, not a thing, as in
    "expects talks to fail", is :func:`_no_proposal_in`'s to say)."""
    clause = next(
        (c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and is_to_infinitive(c)), None
    )
    subject = _child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    return clause if subject is not None else None  # ("every buoy to be returned" too)


def _plain_complement(tok: Token, cue: Cue) -> Token | None:
    """What a verb of offering or demanding governs with no particle or form of its own to
    say where: a verb after it, then its objects or clauses."""
    xcomp = _child(tok, ("xcomp",)) or _after_aside(tok) or _after_time(tok)
    xcomp = xcomp or (_purpose_right_after(tok) if cue.complement == "verb" else None)
    if xcomp is not None and listed_after_object(tok, xcomp):
        return None  # "agreed to a truce and to free B": the list the object opens
    dobj = _child(tok, ("dobj",))
    if cue.construction == "demand-verb" and dobj is not None and _bare_mass(dobj):
        return dobj  # "urged dialogue to end the fighting": dialogue, the infinitive its purpose
    if xcomp is not None and _verbal(xcomp):
        if any(c.lower_ in _WH_WORDS and c.i < xcomp.i for c in xcomp.children):
            return None  # "must agree how to divide it": a question left open
        if cue.complement == "verb" and dobj is not None and dobj.i < xcomp.i:
            return None  # "the text commits the government to hold A": the object's act
        return xcomp
    if cue.complement == "verb":
        return None
    relative = next(
        (c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("that", "which")),
        None,
    )
    if relative is not None and tok.dep_ == "relcl":
        return tok.head  # "a package that they will offer Israel"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) >= 2 and objects[-1].pos_ != "PRON":
        return objects[-1]  # "offered his counterpart a deal": the second object is offered
    mandative = next((c for c in tok.children if c.dep_ == "ccomp" and _mandative(c)), None)
    if dobj is not None and dobj.pos_ != "PRON":
        if mandative is not None and mandative.i < dobj.i:
            return mandative  # "demanded that X end A, a demand Y would not meet": the clause
        return dobj
    if mandative is not None:
        return mandative
    if any(c.dep_ == "auxpass" for c in tok.children):
        return _child(tok, ("nsubjpass",))
    return None


def _after_aside(verb: Token) -> Token | None:
    """A to-infinitive after a phrase set off by commas that the parser hung inside that
    phrase ("agreed, on condition that A, to halt B": to halt B is what was agreed)."""
    doc = verb.doc
    for aside in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        if aside.i == 0 or doc[aside.i - 1].text != ",":
            continue
        for t in aside.subtree:
            if (
                t.dep_ in ("acl", "advcl", "relcl")
                and is_to_infinitive(t)
                and doc[t.left_edge.i - 1].text == ","
            ):
                return t
    return None


def _after_time(verb: Token) -> Token | None:
    """A to-infinitive right after a time phrase that follows the verb, which the parser made an
    adverbial clause ("offered on Monday to buy gas": to buy gas is what was offered)."""
    end = past_time(verb, verb.i)
    return None if end == verb.i else _purpose_clause_at(verb, end + 1)


def _purpose_right_after(verb: Token) -> Token | None:
    """A to-infinitive right after a verb that takes one and has no object, which the parser
    made a clause of purpose ("has committed to finance a centre": what is committed to)."""
    return None if _child(verb, ("dobj",)) is not None else _purpose_clause_at(verb, verb.i + 1)


def _purpose_clause_at(verb: Token, start: int) -> Token | None:
    """The to-infinitive the parser hung on ``verb`` as a clause of purpose, starting at
    token ``start``."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.left_edge.i == start and is_to_infinitive(c)
        ),
        None,
    )


def _tied_offer(ctx: Context, obj: Token) -> bool:
    """Whether what a verb ties to something is on offer: an agreement noun, or a noun with an
    owner or a free-choice determiner ("tied its aid to ...", "linked any deal to ..."), not an
    event ("linked the attack to ...")."""
    free = ctx.cues.word_set("free_choice_determiners")
    return obj.lower_ in ctx.cues.word_set("agreement_nouns") or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in free) for c in obj.children
    )


def _bare_reference(ctx: Context, noun: Token) -> bool:
    """ "that version", "this proposal", "the idea": a noun phrase that refers to something
    put forward elsewhere without stating any of it."""
    if noun.pos_ == "PRON" or noun.lower_ in _WH_WORDS | _EMPTY_WORDS:
        return True  # "would study it", "agree how to divide it"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = [c for c in noun.children if c.dep_ not in ("det", "punct", "poss", "case")]
    if not kids and noun.lower_ in _POSITION_NOUNS:
        return True  # "set out his terms", "Kosovo's position": spelled out elsewhere, if at all
    if noun.lower_ in _DETAIL_NOUNS and not any(c.lower_ == "of" for c in noun.children):
        return True  # "will settle the details on Friday": of what was put forward before
    if (
        not kids
        and [c.lower_ for c in noun.children] == ["the"]
        and (
            noun.lower_ in ctx.cues.word_set("summary_nouns")
            or noun.lower_ in ctx.cues.word_set("reached_agreement_nouns")
        )
    ):
        return True  # "The plan was first put forward by X", "will agree to the pact": named before
    return not kids and any(
        c.lower_ in ("this", "that", "these", "those", "such") for c in noun.children
    )


#: Nouns that name a stand without stating it ("his terms", "its position").
_POSITION_NOUNS = frozenset(
    "terms position positions stance view views demands conditions proposals offer offers"
    " opposite reverse".split()
)
#: Nouns that name the parts of something put forward without saying what it is ("the
#: details", "the modalities"), unless an "of" phrase says.
_DETAIL_NOUNS = frozenset("details modalities specifics particulars".split())
_WH_WORDS = frozenset("what which who whom how whether".split())
#: Quantities that name no content ("offered little", "wants nothing").
_EMPTY_WORDS = frozenset("little much nothing".split())


def _elaborated(content: Token | None) -> Token | None:
    """ "demanded more from Israel — a ceasefire and ...", "wants two things: A and B": the
    apposition that spells out a vague object."""
    if content is None:
        return None
    spelled = [c for c in content.children if c.dep_ == "appos" and c.i > content.i]
    doc = content.doc
    spelled += [  # the parser's second object, after a dash or a colon
        c
        for c in content.head.children
        if c.dep_ == content.dep_ == "dobj"
        and c.i > content.i
        and any(doc[k].text in ("—", "–", ":", "-") for k in range(content.i + 1, c.left_edge.i))
    ]
    vague = content.pos_ in ("ADJ", "ADV", "NUM", "PRON", "DET") or content.lower_ in (
        "more",
        "things",
        "steps",
        "concessions",
        "measures",
        "demands",
        "conditions",
    )
    if vague and not spelled:
        spelled = _after_dash(content)
    if spelled and vague:
        return spelled[0]
    return content


def _after_dash(content: Token) -> list[Token]:
    """The noun phrase right after the dash or colon that follows a vague object and its
    phrases, wherever the parser hung it ("more from Israel — a ceasefire and ...")."""
    doc = content.doc
    end = max(t.i for t in content.head.subtree if t.i >= content.i and not t.is_punct)
    dash = next((t for t in doc[content.i + 1 : end + 2] if t.text in ("—", "–", ":")), None)
    if dash is None or dash.i + 1 >= len(doc):
        return []
    first = doc[dash.i + 1]
    top = max(
        (t for t in first.ancestors if t.left_edge.i == first.i),
        key=lambda t: len(list(t.subtree)),
        default=first,
    )
    head = top if top.left_edge.i == first.i else first
    return [head] if head.pos_ in ("NOUN", "PROPN") else []


def _addressee(
    ctx: Context, p: Parsed, tok: Token, content: Token, agents: tuple[str, ...]
) -> tuple[str, ...]:
    first = _child(tok, ("dobj",))
    if first is not None and first is not content and content not in first.subtree:
        keys = tuple(k for k in ctx.actors(p, first) if k not in agents)
        if keys:
            return keys  # "offered his counterpart Donald Trump a deal", "asked Niger for help"
    dative = _child(tok, ("dative",))
    if dative is not None:
        obj = _objects(dative) if dative.lower_ == "to" else dative
        if obj is not None:
            return ctx.actors(p, obj)
    to = _child(tok, ("prep",), ("to", "with"))
    if to is not None and _objects(to) is not None:
        keys = ctx.actors(p, _objects(to))  # type: ignore[arg-type]
        if keys:
            return keys
    source = None
    if _asked(ctx, tok):
        source = _child(tok, ("prep",), ("from", "of")) or _child(content, ("prep",), ("from",))
    if source is not None and _objects(source) is not None:
        keys = ctx.actors(p, _objects(source))  # type: ignore[arg-type]
        if keys:
            return keys  # "demanded guarantees from NATO", "required of Israel"
    if content.dep_ in ("ccomp", "xcomp") or _child(content, ("mark",), ("that",)) is not None:
        subj = _child(content, ("nsubj", "nsubjpass"))
        if subj is not None:
            keys = tuple(k for k in ctx.actors(p, subj) if k not in agents)
            if keys:
                return keys
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        return _counterpart(ctx, p, tok.head, agents)
    return _asker_before(ctx, p, tok, agents)


def _asker_before(ctx: Context, p: Parsed, verb: Token, agents: tuple[str, ...]) -> tuple[str, ...]:
    """Who asked, in the clause an answering one is joined to ("X has asked for talks, and we
    have offered a meeting": offered to X)."""
    asking = verb.head
    if verb.dep_ != "conj" or asking.pos_ not in _VERBAL or not _asked(ctx, asking):
        return ()
    subject = ctx.subject(asking)
    if subject is None:
        return ()
    return tuple(k for k in ctx.actors(p, subject) if k not in agents)


def _delivered_to(
    ctx: Context, p: Parsed, content: Token, agents: tuple[str, ...]
) -> tuple[Token, tuple[str, ...]] | None:
    """The last "to" phrase of an offered noun when it names only actors, the parser having
    hung it on the noun ("proposed a plan to Israel and Hamas", "offered talks to Chile"): who
    it is put to. Only a noun of a proposal or of a meeting: "access to Chad", "the return of
    land to Chad" name where, not to whom."""
    word = content.lower_
    if content.pos_ != "NOUN" or not (
        ctx.cues.entries("plan-noun", word)
        or ctx.cues.entries("proposal-noun", word)
        or word in ctx.cues.word_set("meeting_nouns")  # "proposed talks to Chile"
    ):
        return None
    to = next((c for c in reversed(list(content.children)) if c.dep_ == "prep"), None)
    obj = _objects(to) if to is not None and to.lower_ == "to" else None
    if to is None or obj is None or to.right_edge.i != content.right_edge.i:
        return None
    heads = [obj, *obj.conjuncts]
    keys = [k for h in heads for k in ctx.actors(p, h) if k not in agents]
    if not keys or any(not ctx.actors(p, h) for h in heads):
        return None
    return to, unique(keys)


#: Verbs of giving, whose first object is who receives ("offered Kyiv security guarantees").
_GIVING = frozenset(
    form
    for lemma in ("offer", "promise", "give", "grant", "guarantee", "send", "extend", "hand")
    for form in inflections(lemma)
)


def _given_to(
    ctx: Context, p: Parsed, verb: Token, content: Token
) -> tuple[Token, tuple[str, ...]] | None:
    """The first object of a verb of giving that the parser hung on the second as a modifier
    ("offered Kyiv security guarantees": Kyiv receives them): a name right after the verb,
    not an adjective of nationality ("offered Russian gas")."""
    if verb.lower_ not in _GIVING or content.dep_ != "dobj" or verb.i + 1 >= len(p.doc):
        return None
    first = p.doc[verb.i + 1]
    if first.head != content or first.dep_ not in ("amod", "compound", "nmod"):
        return None
    start = p.offset(first)
    if not any(m.start == start for m in ctx.actor_mentions):
        return None
    keys = ctx.actors(p, first)
    return (first, keys) if keys else None


def _counterpart(ctx: Context, p: Parsed, verb: Token, agents: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the clause a participle hangs on deals with, for the participle's offer ("asked
    Chad for help, offering ...", "sought aid from Chad, offering ..."): its object naming
    an actor, or the actor its own addressee rule finds."""
    obj = _child(verb, ("dobj",))
    keys = tuple(k for k in ctx.actors(p, obj) if k not in agents) if obj is not None else ()
    if not keys:
        keys = tuple(k for k in _addressee(ctx, p, verb, obj or verb, agents) if k not in agents)
    return keys


def _purpose(ctx: Context, p: Parsed, verb: Token, content: Token) -> tuple[Token, ...]:
    """The phrases after an object that belong to what was offered ("offered engineers for the
    repair of the bridge"), not to the offering ("to Russia", "on Tuesday")."""
    if content.dep_ != "dobj":
        return ()
    out: list[Token] = []
    relatives = ctx.relatives
    for other in verb.children:  # "offered his counterpart a deal that would ...": the deal's
        if other.dep_ == "dobj" and other is not content:
            out.extend(r for r in _misplaced_relative(other, relatives) if r.i > content.i)
    for c in verb.children:
        if c.lower_ == "as" and (
            verb.lower_ in ctx.cue_words("judging_verbs")
            or ctx.cues.entries("reject-verb", verb.lower_)
        ):
            continue  # "dismissed the offer as a stunt": the judgement, not the offer's words
        if (
            c.dep_ == "prep"
            and c.i > content.i
            and c.lower_ in ("for", "on", "in", "of", "over", "regarding", "with", "as")
        ):
            obj = _objects(c)
            misplaced = [] if obj is None else _misplaced_relative(obj, relatives)
            if misplaced and obj is not None and obj.lower_ in ctx.cues.word_set("time_words"):
                out.extend(misplaced)
            elif obj is not None and not ctx.keys_at(p, obj):
                out.append(c)
        elif (
            c.dep_ == "ccomp"
            and c.i > content.i
            and any(s.dep_ == "nsubj" and s.lower_ in relatives for s in c.children)
        ):
            out.append(c)  # "offered a deal on Monday that would extend X": the deal's clause
        elif (
            c.dep_ in ("advcl", "xcomp")
            and c.i > content.i
            and is_to_infinitive(c)
            and sum_of_money(content)
            and ctx.cues.entries("offer-verb", verb.lower_)
        ):
            out.append(c)  # "approved $25 million to help Tonga rebuild A": what the sum given
            # is for (a sum demanded stays a sum: "demanded $5 billion to help A")
    return tuple(out)


def _misplaced_relative(noun: Token, relatives: frozenset[str]) -> list[Token]:
    """A relative clause the parser hung on a time word or on another object ("offered his
    counterpart a deal on Monday that would extend X"): it describes what was offered."""
    return [
        c
        for c in noun.children
        if c.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and s.lower_ in relatives - {"who", "whom"} for s in c.children)
    ]


def _asked(ctx: Context, verb: Token) -> bool:
    return bool(
        ctx.cues.entries("urging-verb", verb.lower_) or ctx.cues.entries("demand-verb", verb.lower_)
    )


def _stance_verb(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` takes a stance, with the particle its entry needs ("agree to", "turn
    down"): "wants to agree on border security" or "to turn the page" takes none."""
    entries = [
        *ctx.cues.entries("support-verb", verb.lower_),
        *ctx.cues.entries("reject-verb", verb.lower_),
    ]
    if verdict_word(ctx, verb) is not None:
        return True  # "will vote no"
    return any(not e.particle or _has_particle(verb, e.particle) for e in entries)


def _weighing_an_act(verb: Token) -> bool:
    """ "is considering lifting sanctions": weighing an act of one's own, in the progressive
    (not "is considering the proposal", a response to another's)."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were") for c in verb.children)
        and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)
    )


def _party(ctx: Context, p: Parsed, noun: Token) -> bool:
    """Whether ``noun`` names the ones asked, not what is asked: an actor ("urged Iran"), or
    the sides of a dispute ("urged all parties")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return bool(ctx.keys_at(p, noun)) or noun.lower_ in ("parties", "sides")


def read_verb(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X offered / proposed / demanded / insisted on / called for ...": the subject acts."""
    constructions = [c for c in ("offer-verb", "demand-verb") if ctx.cues.entries(c, tok.lower_)]
    if not constructions or tok.pos_ not in _VERBAL or ctx.negated(tok) or _reluctant(ctx, tok):
        return []
    if object_refused(tok):
        return []  # "would accept no deal that ...": a refusal, read as a stance
    first = first_conjunct(tok)
    if first.dep_ == "xcomp" and _asked(ctx, first.head):
        return []  # "urged X to agree to a truce" ("to act and agree to"): asked of X
    if _for_to_clause(first) and first.head.pos_ in ("NOUN", "PROPN"):
        return []  # "calls for Serbia to commit to A": asked of Serbia, read on the noun
    if tok.dep_ == "acl" and _read_as_nominal(ctx, tok.head) and not _demands_clause(ctx, tok):
        return []  # "Egypt's proposal calling for a truce": the proposal's words, read there
    if _guessed(ctx, p, first):
        return []  # "Analysts say Beijing may agree to buy soybeans": a forecast
    if first.dep_ == "relcl" and first.head.lower_ in ctx.cues.word_set("negative_quantities"):
        return []  # "Lima has nothing it wants to export": nothing wanted
    if _suggested_act(ctx, first):
        return []  # "X suggested that Peru seek a zone": X's suggestion, read on its verb
    if _left_to_another(ctx, first):
        return []  # "language allowing it to set out its own path": what it would be free to do
    for construction in constructions:
        for cue in ctx.cues.entries(construction, tok.lower_):
            tied = tied_prep(tok, cue.particle or "") if cue.complement in _TIED else None
            if not _verb_cue_fits(ctx, p, tok, cue, construction, tied):
                continue
            content = _elaborated(
                _complement(
                    tok,
                    cue,
                    ctx.cues.word_set("agreement_nouns"),
                    ctx.cues.word_set("time_words"),
                )
            )
            content = content or what_spelled(tok)
            if content is None or _no_proposal_in(ctx, p, tok, cue, construction, content):
                continue
            if _terms_including(ctx, content) is not None:
                return []  # "set out its conditions, including A and B": A and B, read there
            reading = _verb_reading(ctx, p, tok, cue, construction, content, tied)
            if reading is not None:
                return [reading]
    return []


def _left_to_another(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is what a verb of leave lets another do ("language allowing it to set
    out A"); not "let us offer A", the speakers' own offer."""
    if verb.dep_ not in ("ccomp", "xcomp") or not ctx.cues.lemmas(verb.head.lower_) & _LEAVE:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in ("us", "me") for c in verb.children)


def _suggested_act(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is the bare verb of a that-clause a proposal or a demand puts ("X
    suggested that Peru seek A", "urged that Chile ask for B", "proposed that the Council
    request C"): what is asked of its subject."""
    head = verb.head
    bare = verb.tag_ == "VB" or (  # "that the Council request A": tagged VBP, the bare form
        verb.tag_ == "VBP"
        and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    )
    return (
        verb.dep_ == "ccomp"
        and bare
        and not any(c.dep_ == "aux" for c in verb.children)
        and head.i < verb.i
        and any(
            ctx.cues.entries(c, head.lower_) for c in ("offer-verb", "demand-verb", "urging-verb")
        )
    )


def _guessed(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether a verb under "may", "might" or "could" is a guess at the subject's move: said
    by someone not of the subject's side ("Beijing may agree to A, an envoy says"; with
    "could" or "can", by an analyst: "Beijing could agree to A, analysts say"), or by the
    writer with "may" or "might" ("Beijing may agree to A"); under "will" or "would", said by
    an analyst of another side ("Uganda will accept A, an analyst said"); not "Beijing said it
    may agree to A", nor the writer's "Serbia could (can) accept A", nor "It could consider A,
    she added" from a speaker the text ties to no side."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and _guessing(ctx, c)), None)
    subject = ctx.subject(verb)
    agents = ctx.actors(p, subject) if subject is not None else ()
    if (
        modal is None
        and agents
        and any(
            c.dep_ == "aux" and c.lower_ in ctx.cue_words("modals_commit") for c in verb.children
        )
    ):
        # "Uganda, he added, will accept the account if A": an analyst's forecast of a move
        speakers = ctx.speaker(p, verb)
        return _analyst(ctx, speakers) and not _own_side(ctx, agents, speakers)
    if modal is None or not agents:
        return False
    speakers = ctx.speaker(p, verb)
    if not speakers:  # the writer's: "Serbia could accept a mediation" offers; "may" guesses
        return modal.lower_ not in ("could", "can", "ca")
    if modal.lower_ in ("could", "can", "ca") and not _analyst(ctx, speakers):
        return False  # "It could consider A, she added": what a side's speaker says it can do
    return not _own_side(ctx, agents, speakers)


def _own_intent(ctx: Context, p: Parsed, clause: Token, agents: tuple[str, ...]) -> bool:
    """A that-clause whose subject is whoever insists and whose verb says what it does or will
    do ("Chile insisted it will keep the quota"), not what it asks to be done ("insisted that
    it be consulted")."""
    if clause.dep_ != "ccomp" or ctx.passive(clause):
        return False
    subj = ctx.subject(clause)
    actors = set(ctx.actors(p, subj)) if subj is not None else set()
    if not actors or not actors <= set(ctx.side_of(agents)):  # (a minister's: his state's too)
        return False
    future = ctx.cues.word_set("modals_commit")
    return clause.tag_ in ("VBZ", "VBD", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in future for c in clause.children
    )


def _demands_clause(ctx: Context, tok: Token) -> bool:
    """A participle of demanding on a drafted text with a that-clause of its own ("draft
    treaties demanding that X do A and B"): the demand is read from the verb, item by item."""
    return (
        tok.tag_ == "VBG"
        and bool(ctx.cues.entries("demand-verb", tok.lower_))
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


def _on_terms(ctx: Context, p: Parsed, tok: Token) -> bool:
    """Whether a condition clause hangs on ``tok`` ("accepted the plan on condition that Y"):
    an acceptance on terms, an offer as much as "would accept it" is."""
    return any(governing_verb(m.anchor) == tok and not m.cue.needs_negation for m in ctx.marked(p))


def _verb_cue_fits(
    ctx: Context, p: Parsed, tok: Token, cue: Cue, construction: str, tied: Token | None
) -> bool:
    """Whether the verb ``tok`` has what its cue asks for: the preposition it is tied to, its
    particle, a modal, a finite form; an offer verb no necessity turns into a demand."""
    if cue.complement in _TIED and tied is None:
        return False
    if cue.particle and tied is None and not _has_particle(tok, cue.particle):
        return False
    if cue.particle and any(c.dep_ == "oprd" for c in tok.children):
        return False  # "which he called a matter for national economies": a name given
    if cue.needs_modal and not (
        _has_modal(ctx, tok) or _weighing_an_act(tok) or _on_terms(ctx, p, tok)
    ):
        return False
    if cue.finite and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl"):
        return False
    # "X should agree to talks": asked of X (a speaker's demand), no offer; so too a verb
    # coordinated under the necessity ("X must free A and commit to B")
    first = first_conjunct(tok)
    shared = first is not tok and _child(tok, ("nsubj", "nsubjpass")) is None
    return not (
        construction == "offer-verb"
        and (necessity(ctx, tok) is not None or (shared and necessity(ctx, first) is not None))
    )


def _no_proposal_in(
    ctx: Context, p: Parsed, tok: Token, cue: Cue, construction: str, content: Token
) -> bool:
    """Whether what the verb ``tok`` puts forward (``content``) is no proposal after all."""
    if cue.complement == "tied-offer" and not _tied_offer(ctx, content):
        return True  # "linked the attack to ...": no offer
    if cue.complement == "source" and content.dep_ in ("ccomp", "xcomp"):
        agents = ctx.agent(p, tok)  # "Tomas Berg, an analyst, expects Chile to sign": a forecast
        # "We expect Peru to return the buoys": a side's own words, its state named or not
        ours = getattr(_child(tok, ("nsubj",)), "lower_", "") in ("we", "i")
        if _analyst(ctx, agents) or not (ours or ctx.states_of(agents) or _bodies_of(ctx, agents)):
            return True
        subject = _child(content, ("nsubj", "nsubjpass"))  # "expects talks to fail": no one
        if subject is None or not (ctx.actors(p, subject) or ctx.owner(p, subject)):
            return True  # ("we expect the agreement to be signed this year": a forecast)
    if _bare_reference(ctx, content):
        return True  # "laid out that version": refers to a proposal, states none
    if construction == "offer-verb" and weighs_proposal(ctx, tok) and not _conditioned(ctx, p, tok):
        return True  # "would consider the Chilean offer": a response to it, no offer
    if any(c.dep_ == "aux" and c.lower_ == "might" for c in tok.children) or (
        content.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in ("might", "may") for c in content.children)
    ):
        return True  # "X might demand Y", "suggested that X might ...": a guess at a move
    if _terms_of_a_plan(tok):
        return True  # "an agreement under which Y would commit to A": the plan's terms
    if construction == "demand-verb" and _assured(ctx, p, cue, content):
        return True  # "insists that downstream flows will not suffer": a claim, none asked
    if construction == "demand-verb" and cue.lemma == "want" and _contrasted_thing(content):
        return True  # '"We want normal relations, not a courtroom"': a stance voiced, no terms
    if content.tag_ in ("JJR", "RBR") and _child(content, ("prep",), ("than",)) is not None:
        return True  # "wants more than a rollover": how far it wants to go, no terms named
    if (
        cue.complement == "verb"
        and cue.lemma == "ask"
        and (ctx.passive(tok) or ctx.passive(content))
    ):
        return True  # "asking not to be identified", "was asked to host": no request of its own
    if construction == "demand-verb" and cue.lemma == "want" and _wished_state(ctx, p, content):
        return True  # "wants relations with Poland to be the closest": a hope, no one asked
    if wished_success(ctx, content) is not None:
        return True  # "wants the arrangement to succeed": support (a stance), no one asked
    if construction == "demand-verb" and (
        (
            content.dep_ == "xcomp"
            and ctx.cues.is_form(content.lower_, ctx.speech_lemmas)
            and _child(tok, ("dobj",)) is None
        )
        or _party(ctx, p, content)
    ):
        # "I want to stress that ...": a way of saying ("requested X to report": asked of X);
        # "urged all parties" (to what, cut off): asked of them, nothing asked
        return True
    if not _verbal(content) and figurative(ctx, content):
        return True  # "offered a glimmer of hope", "set out its concerns"
    return (
        content.dep_ == "xcomp"
        and _stance_verb(ctx, content)
        and _child(tok, ("dobj",)) is None  # "would like Y to accept it": asked of Y
        and not _conditioned(ctx, p, content)  # ("agreed to back A on condition that B": terms)
        and cue.lemma not in OFFERING_LEMMAS  # ("offered to recognise the border": an offer)
    )  # "committed to uphold the open-door policy": a stance


def _wished_state(ctx: Context, p: Parsed, content: Token) -> bool:
    """Whether "want" wants a thing to be so ("relations to be close"): "be" with a predicate,
    not a passive, its subject no actor; "wants Peru to be part of it" asks Peru."""
    if content.lower_ != "be" or content.dep_ not in ("xcomp", "ccomp"):
        return False
    subject = _child(content, ("nsubj",))
    return subject is not None and not ctx.actors(p, subject)


def _terms_of_a_plan(verb: Token) -> bool:
    """Whether ``verb`` is in a relative clause of terms ("a deal under which X would commit
    to A", "whereby X would ..."), or coordinated after one: what the plan would have a party
    do, which the plan's proposer puts forward, not that party."""
    clause = first_conjunct(verb)
    for node in (clause, *clause.ancestors):
        if node.dep_ == "relcl":
            return any(
                c.dep_ == "prep" and c.lower_ == "under" or c.lower_ == "whereby"
                for c in node.children
            )
        if node.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
    return False


def _contrasted_thing(noun: Token) -> bool:
    """Whether a noun is set against another after a negation ("an orderly departure, not a
    rush for the exit"): a way of putting what one wants, not a term asked of anyone."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "neg" and c.i > noun.i and any(a.dep_ == "appos" for a in noun.children)
        for c in noun.children
    )


def _assured(ctx: Context, p: Parsed, cue: Cue, content: Token) -> bool:
    """Whether "insist" holds a that-clause in the future whose subject names no actor ("insists
    that the flows will not suffer"): what is insisted on is a claim about things."""
    if cue.lemma != "insist" or content.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in content.children):
        return False
    subject = _child(content, ("nsubj", "nsubjpass"))
    return subject is not None and not ctx.actors(p, subject) and not ctx.owner(p, subject)


def _verb_reading(
    ctx: Context,
    p: Parsed,
    tok: Token,
    cue: Cue,
    construction: str,
    content: Token,
    tied: Token | None,
) -> Reading | None:
    """The reading of the verb ``tok`` putting ``content`` forward: who acts, to whom, what
    is left out of its words (``None``: no one is found to act)."""
    agents = _agents(ctx, p, tok)
    if not agents:
        return None
    if (
        construction == "demand-verb"
        and cue.lemma not in _ONLY_ASKING
        and _own_intent(ctx, p, content, agents)
    ):
        return None  # "X insisted it will continue the war": what X says it will do
    addressees = _addressee(ctx, p, tok, content, agents)
    if cue.complement == "clause" and not _hoped_of(ctx, p, tok, content, agents):
        return None  # "hoped the meeting would take place": no one else asked to act
    extra = _purpose(ctx, p, tok, content)
    drop: tuple[Token, ...] = (tied,) if tied is not None else ()  # the condition
    delivered = (
        None
        if addressees
        else _delivered_to(ctx, p, content, agents) or _given_to(ctx, p, tok, content)
    )
    if delivered is not None:  # "proposed a plan to Israel and Hamas": to them
        addressees = delivered[1]
        drop = (*drop, delivered[0])
    if cue.complement == "clause":  # "hoped Chile would lift it": "lift it" of Chile
        drop = (*drop, *(c for c in content.children if c.dep_ in ("nsubj", "aux", "mark")))
    elif content.dep_ == "ccomp" and is_to_infinitive(content) and addressees:
        drop = (*drop, *(c for c in content.children if c.dep_ == "nsubj"))  # "wants Chile to
        # sign A": "sign A", asked of Chile
    if _for_to_clause(content):  # "called for Y to resume talks": asked of Y
        addressees, drop = _asked_of(ctx, p, content)
    kind = "demand" if construction == "demand-verb" else "offer"
    return Reading(tok, agents, content, kind, cue.rule, addressees, extra=extra, drop=drop)


def _hoped_of(ctx: Context, p: Parsed, verb: Token, clause: Token, agents: tuple[str, ...]) -> bool:
    """Whether a hoped-for clause asks something of another side ("hoped Russia would do the
    same", not of the hoper's own people) or sets the terms of an agreement ("an agreement
    that Lima hopes would end the raids": the relative pronoun standing for the agreement)."""
    subj = _child(clause, ("nsubj",))
    if subj is None:
        return False
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head.lower_ in ctx.cues.word_set("reached_agreement_nouns")
    mine = {*agents, *ctx.states_of(agents)}
    keys = ctx.actors(p, subj)
    return any(k not in mine and not set(ctx.states_of((k,))) & mine for k in keys)


def _infinitive(tok: Token) -> Token | None:
    """A to-infinitive the parse hung on a verb as an adverbial ("called on X to eliminate")."""
    for c in tok.children:
        if c.dep_ == "advcl" and _child(c, ("aux",), ("to",)) is not None:
            return c
    return None


def _taken_for_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun at the head of its sentence, with a subject and an
    object of its own ("The members of the Council urge both sides to halt ...")."""
    return (
        tok.tag_ in ("NN", "NNS")
        and tok.dep_ == "ROOT"
        and _child(tok, ("nsubj",)) is not None
        and _child(tok, ("dobj",)) is not None
    )


def _quantity(noun: Token) -> bool:
    """ "$500 billion", "5,000 tonnes": an amount, which no one can be urged to act."""
    return noun.tag_ == "CD" or any(c.tag_ == "$" for c in noun.children)


def _reluctant(ctx: Context, verb: Token) -> bool:
    """ "X is reluctant (unwilling, hesitant) to offer A": nothing offered, unless the
    reluctance is denied ("is not reluctant to offer A")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in ctx.cue_words("reluctance_adjectives")
        and not ctx.negated(head)
    )


def read_urging(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X urged / pressed / called on Y to do Z": a demand on Y."""
    entries = ctx.cues.entries("urging-verb", tok.lower_)
    if not entries or (tok.pos_ not in _VERBAL and not _taken_for_noun(tok)) or ctx.negated(tok):
        return []
    for cue in entries:
        target = None
        if cue.particle:
            prep = _particle(tok, cue.particle)
            target = _objects(prep) if prep is not None else None
            if prep is not None and prep.dep_ == "prt" and target is None:
                target = _child(tok, ("dobj",))  # "call on Donors to ...": "on" a particle
        else:
            target = _child(tok, ("dobj",))
            if target is not None and _thing_urged(ctx, p, target):
                continue  # "urged dialogue to end the fighting": dialogue is what is urged
        xcomp = (
            _child(tok, ("xcomp",))
            or (_child(target, ("xcomp", "acl")) if target is not None else None)
            or _infinitive(tok)
        )
        if xcomp is not None and xcomp.dep_ == "acl" and not is_to_infinitive(xcomp):
            xcomp = None  # "demanded the release of X, detained since May": X described
        clause = _for_to_child(tok, cue)
        if target is None and clause is not None:  # "looking for Y to do Z": Y is asked
            agents = _agents(ctx, p, tok)
            to, drop = _asked_of(ctx, p, clause)
            return (
                [Reading(tok, agents, clause, "demand", cue.rule, to, drop=drop)] if agents else []
            )
        asked = _subject_of_infinitive(tok) if target is None else None
        if asked is not None and ctx.actors(p, asked[0]):
            target, xcomp = asked
        if target is None or xcomp is None or not _verbal(xcomp) or _quantity(target):
            continue  # "demanded $500 billion to build resilience": what for, no one urged
        agents = _agents(ctx, p, tok)
        if not agents:
            continue
        drop = tuple(target.subtree) if asked is not None else ()
        return [Reading(tok, agents, xcomp, "demand", cue.rule, ctx.actors(p, target), drop=drop)]
    return []


def _subject_of_infinitive(verb: Token) -> tuple[Token, Token] | None:
    """ "wants Chile to sign": the parse's subject of the verb's to-infinitive clause, the one
    asked if it names an actor, and that clause."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and is_to_infinitive(clause):
            subject = _child(clause, ("nsubj",))
            if subject is not None:
                return subject, clause
    return None


def _thing_urged(ctx: Context, p: Parsed, noun: Token) -> bool:
    """A bare singular common noun that names no actor ("urged dialogue", "urged restraint"):
    the thing urged, not the one urged to act (a body that acts: "urged parliament to A")."""
    return _bare_mass(noun) and not ctx.actors(p, noun) and noun.lower_ not in _INSTITUTIONS


#: Nouns of bodies that act, named bare ("urged parliament to approve the treaty").
_INSTITUTIONS = frozenset(
    "parliament congress senate legislature government cabinet council assembly".split()
)


def _bare_mass(noun: Token) -> bool:
    """A singular common noun with no determiner or owner ("dialogue", "restraint")."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _for_to_child(verb: Token, cue: Cue) -> Token | None:
    """The "for Y to do Z" clause of an urging verb whose particle is "for" ("looking for Y
    to do Z"), which the parse makes a clause with "for" as its mark."""
    if cue.particle != "for":
        return None
    return next((c for c in verb.children if _for_to_clause(c) and c.i > verb.i), None)


def read_refused_until(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X refused to hold talks until (unless) Y agreed", "X ruled out any ceasefire unless Y
    freed the hostages": X offers the talks (the ceasefire) once Y agrees (the condition read
    by ``condition-marker``, negated)."""
    entries = ctx.cues.entries("refusal-verb", tok.lower_)
    entries = entries or ctx.cues.entries("refused-object-verb", tok.lower_)
    if not entries or tok.pos_ not in _VERBAL or ctx.negated(tok):
        return []
    action = next((c for c in tok.children if refused_infinitive(ctx, c)), None)
    action = action or refused_object(ctx, tok)  # "ruled out any ceasefire unless ..."
    if action is None or not any(
        lifts_refusal(m.cue) and governing_verb(m.anchor) in (action, tok) for m in ctx.marked(p)
    ):
        return []  # "refused to hold talks": a refusal, read as a stance
    agents = _agents(ctx, p, tok)
    if not agents:
        return []
    return [Reading(tok, agents, action, "offer", entries[0].rule)]


def read_refused_leave(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X will not allow / permit Y to do Z": a demand on Y that it not do Z, read from the
    negation on ("not allow Y to do Z")."""
    entries = ctx.cues.entries("refused-leave-verb", tok.lower_)
    neg = _child(tok, ("neg",)) if entries and tok.pos_ in _VERBAL else None
    target = _child(tok, ("dobj",)) if neg is not None else None
    action = _child(tok, ("xcomp", "ccomp")) if neg is not None else None
    if target is None and action is not None:  # "allow Chile to build": Chile in the clause
        target = _child(action, ("nsubj",))
    elif target is not None and action is None:
        action = _child(target, ("xcomp", "acl"))
    if neg is None or target is None or target.i < tok.i:
        return []
    addressees = ctx.actors(p, target)
    agents = _agents(ctx, p, tok)
    if action is None or not _verbal(action) or not addressees or not agents:
        return []
    if _own_side(ctx, addressees, agents):
        return []  # "I will not let Belgium carry this alone": a pledge of support, no demand
    subj = ctx.subject(tok)
    drop = tuple(c for c in tok.children if c.i < neg.i and c.dep_ != "neg")
    drop += tuple(c for c in tok.children if c.dep_ in ("punct", "cc", "conj") and c.i > tok.i)
    drop += (subj,) if subj is not None and subj not in drop else ()
    return [Reading(tok, agents, tok, "demand", entries[0].rule, addressees, drop=drop)]


def _quoted_infinitive(adjective: Token) -> Token | None:
    """ "was ready “to hand over ...”": the infinitive a quotation mark cut off from the adjective,
    which the parser then hangs on the copula."""
    if adjective.dep_ != "acomp":
        return None
    nxt = adjective.nbor(1) if adjective.i + 1 < len(adjective.doc) else None
    if nxt is None or not nxt.is_quote:
        return None
    return next(
        (
            c
            for c in adjective.head.children
            if c.dep_ == "xcomp"
            and c.i > nxt.i
            and all(t.is_quote or t.tag_ == "TO" for t in adjective.doc[nxt.i : c.i])
        ),
        None,
    )


def _negated_marker(ctx: Context, p: Parsed, *words: Token) -> bool:
    """Whether "until" or "unless" hangs on one of ``words`` (or the verb they belong to): a
    negated offer that holds once the condition does ("not willing to resume talks until ...")."""
    verbs = {governing_verb(w) for w in words} | set(words)
    return any(m.cue.negated and governing_verb(m.anchor) in verbs for m in ctx.marked(p))


def _shared_infinitive(ctx: Context, adjective: Token) -> Token | None:
    """ "ready, willing and able to resume talks": the infinitive the parse hung on the last
    of coordinated adjectives, read once, at the first."""
    if adjective.dep_ == "conj":
        return None
    for conjunct in adjective.conjuncts:
        entries = ctx.cues.entries("readiness-adjective", conjunct.lower_)
        if conjunct.i > adjective.i and all(e.needs_condition for e in entries):  # "and able"
            infinitive = _child(conjunct, ("xcomp",))
            if infinitive is not None:
                return infinitive
    return None


def _passive(tok: Token) -> bool:
    """ "are committed to ...", "is prepared to ...": a participle the parse took for a passive
    (tagged as a participle or an adjective under a passive's "was")."""
    return tok.tag_ in ("VBN", "JJ") and any(c.dep_ == "auxpass" for c in tok.children)


def _object_is_clause_noun(adjective: Token, content: Token) -> bool:
    """Whether the infinitive after an adjective in a relative clause has the clause's noun for
    its object ("the principles that we are committed to uphold"), not an object of its own."""
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    if clause.dep_ != "relcl" or not _verbal(content):
        return False
    if any(c.lower_ in ("where", "when", "why") for c in clause.children):
        return False  # "the city where Peru is ready to meet": not the verb's object
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in content.children)


def read_insistence(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X remained adamant that Y must withdraw": the that-clause, a demand as after
    "insisted"."""
    entries = ctx.cues.entries("insistence-adjective", tok.lower_)
    if not entries or tok.dep_ != "acomp" or ctx.negated(tok):
        return []
    clause = next(  # the parse may make a that-clause after the adjective an adverbial
        (
            c
            for t in (tok, tok.head)
            for c in t.children
            if c.i > tok.i
            and (c.dep_ == "ccomp" or c.dep_ == "advcl" and _child(c, ("mark",), ("that",)))
        ),
        None,
    )
    if clause is None:
        return []
    reading = _verb_reading(ctx, p, tok.head, entries[0], "demand-verb", clause, None)
    if reading is None:
        return []
    drop = tuple(c for c in clause.children if c.dep_ == "mark")
    return [replace(reading, drop=(*reading.drop, *drop))]


def read_readiness(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X is ready / willing / open to ...", "X expressed its readiness to ..."."""
    adjective = ctx.cues.entries("readiness-adjective", tok.lower_)
    adjective = tuple(a for a in adjective if not a.needs_modal or _under_would(tok))  # "glad"
    if tok.pos_ in _VERBAL and tok.dep_ not in ("acomp", "oprd") and not _passive(tok):
        adjective = ()  # "will open the crossing": the verb, not "open to" ("are committed to")
    noun = ctx.cues.entries("readiness-noun", tok.lower_)
    if not (adjective or noun):
        return []
    content = _readiness_content(ctx, tok, bool(adjective))
    if content is None or (ctx.negated(tok) and not _negated_marker(ctx, p, tok, content)):
        return []  # "is not willing to resume talks": no offer ("... until X agrees": one on X)
    if _conditional_clause(ctx, p, tok) or asked_whether(tok):
        return []  # "no talks until they are willing to disarm": the condition, not an offer
    weighs = weighs_proposal(ctx, content)
    conditioned = (weighs or any(a.needs_condition for a in adjective)) and (
        _readiness_conditioned(ctx, p, tok, content)
    )  # (asked only where it decides something)
    adjective = tuple(a for a in adjective if conditioned or not a.needs_condition)  # "able"
    if not (adjective or noun):
        return []
    if weighs and not conditioned:
        content = _act_besides_weighing(ctx, content)  # "... and to discuss A": A is offered
        if content is None:
            return []  # "is ready to examine the offer": a response ("... provided A": an offer)
    if _object_is_clause_noun(tok, content) or _no_act_offered(ctx, content):
        return []  # "the principles we are committed to defend": a value held, not an offer
    if (
        tok.lower_ == "committed"
        and not _verbal(content)
        and _in_force(ctx, content)
        and not (_conditioned(ctx, p, tok) or _conditioned(ctx, p, tok.head))
    ):
        return []  # "remains committed to the Indus Waters Treaty": holding to a text in force
    if names_one_before(content) and not _conditioned(ctx, p, tok):
        return []  # "open to the idea": a stance on what another put forward, no offer
    if adjective:
        cue = adjective[0]
        passive = _passive(tok) or _child(tok, ("nsubjpass",)) is not None
        subj = ctx.subject(tok) if passive else None  # "are committed to": not a by-agent
        if passive and subj is None:  # "its government was committed": hung on "was"
            subj = next(
                (
                    s
                    for a in tok.children
                    if a.dep_ == "auxpass"
                    for s in a.children
                    if s.dep_ == "nsubj"
                ),
                None,
            )
        held = tok.head.head if tok.dep_ == "pobj" else tok  # "is in a position to": the copula
        agents = ctx.actors(p, subj) if subj is not None else ctx.agent(p, held)
        if not agents and subj is not None:
            agents = ctx.owner(p, subj)  # "its government was committed to A": the owner's
    else:
        cue = noun[0]  # "Kurti reaffirmed Kosovo's readiness": the owner's, said by the subject
        agents = ctx.owner(p, tok)
        agents = agents or (ctx.agent(p, tok.head) if tok.dep_ == "dobj" else ())
    if not agents:
        return []
    return [Reading(tok, agents, content, "offer", cue.rule)]


def _no_act_offered(ctx: Context, content: Token) -> bool:
    """Whether what a side is ready for is to hold its ground (``resolve_verbs``): "we stand
    ready to defend the accord" warns, it offers nothing; nor does a pace alone, a verb with
    nothing after it but an adverb ("we are ready to move fast")."""
    if not _verbal(content):
        return False
    said = [c for c in content.children if c.dep_ not in ("aux", "punct", "cc", "neg")]
    if said and all(
        c.dep_ == "advmod" and c.i > content.i and not c.n_lefts + c.n_rights for c in said
    ):
        return True
    return ctx.cues.is_form(content.lower_, ctx.cue_words("resolve_verbs"))


def read_welcome_to(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Chile is welcome to our copper", "Bolivia is welcome to use the port": what the
    speaker offers the subject."""
    entries = ctx.cues.entries("welcome-to", tok.lower_)
    if not entries or tok.dep_ != "acomp" or ctx.negated(tok):
        return []
    content = welcomed_to(tok)
    if content is None:
        return []
    verb = tok.head
    subj = ctx.subject(verb)
    to = ctx.actors(p, subj) if subj is not None else ()
    speakers = tuple(k for k in ctx.speaker(p, verb) if k not in to)
    if not speakers:
        return []
    drop = (content.head,) if content.dep_ == "pobj" else ()
    return [Reading(tok, speakers, content, "offer", entries[0].rule, to, drop=drop)]


def read_unexcluded(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X has not ruled out deploying troops": a negated verb of excluding whose object is a
    gerund, the subject's own act, offers that act (``unexcluded-act``); a noun object ("did
    not rule out the court") is what another put forward, left to the stances."""
    entries = [
        e
        for e in ctx.cues.entries("unexcluded-act", tok.lower_)
        if not e.particle or _has_particle(tok, e.particle)
    ]
    if not entries or tok.pos_ != "VERB" or not ctx.negated(tok):
        return []
    act = next(
        (c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG"),
        None,
    )
    subj = ctx.subject(tok)
    if act is None or subj is None:
        return []
    agents = ctx.actors(p, subj)
    return [Reading(tok, agents, act, "offer", entries[0].rule)] if agents else []


def _readiness_content(ctx: Context, tok: Token, adjective: bool) -> Token | None:
    """What a word of readiness (an ``adjective`` or a noun) is ready for: its infinitive,
    else the object of its "to" or "for"."""
    content = _child(tok, ("xcomp", "acl")) or _quoted_infinitive(tok) or _relative_infinitive(tok)
    if content is None and adjective:
        content = _shared_infinitive(ctx, tok)
    if content is None and not adjective:
        content = _infinitive_after_object(tok)
    if content is None or not _verbal(content):
        prep = _child(tok, ("prep",), ("to", "for"))
        if prep is None and not adjective and tok.dep_ == "dobj":  # "reaffirming its openness
            prep = _child(tok.head, ("prep",), ("to", "for"))  # to a deal": hung on the verb
            prep = prep if prep is not None and prep.i == tok.i + 1 else None
        content = _objects(prep) if prep is not None else None
    return content


def _relative_infinitive(noun: Token) -> Token | None:
    """The to-infinitive the parse hung on a noun as a relative clause ("in a position to
    sign A")."""
    return next((c for c in noun.children if c.dep_ == "relcl" and is_to_infinitive(c)), None)


def _infinitive_after_object(noun: Token) -> Token | None:
    """The to-infinitive right after an object noun's phrase that the parse hung on the verb
    ("welcomed the readiness of Somalia to take part": "take part" hung on "welcomed")."""
    if noun.dep_ != "dobj":
        return None
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ in ("advcl", "xcomp")
            and is_to_infinitive(c)
            and c.left_edge.i == noun.right_edge.i + 1
        ),
        None,
    )


def _readiness_conditioned(ctx: Context, p: Parsed, tok: Token, content: Token) -> bool:
    """Whether a condition hangs on the readiness, its act, its copula or the verb of saying it
    is said under ("said it was prepared to review A, provided that B")."""
    said = ctx.speech_head(content) or ctx.speech_head(tok.head)
    return any(_conditioned(ctx, p, x) for x in (content, tok, tok.head, said) if x is not None)


def _under_would(adjective: Token) -> bool:
    """Whether the copula of an adjective has "would" or "will" ("would be glad to host": an
    offer; "were happy to see progress": a feeling)."""
    copula = adjective.head if adjective.dep_ == "acomp" else adjective
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in copula.children)


def _in_force(ctx: Context, noun: Token) -> bool:
    """Whether a noun names an agreement already made (a treaty, an accord, a ceasefire in
    place): "the Indus Waters Treaty", "the 2015 accord", not "a new accord"."""
    if noun.lower_ not in ctx.cues.word_set("reached_agreement_nouns"):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _act_besides_weighing(ctx: Context, verb: Token) -> Token | None:
    """The first verb coordinated after one that weighs a proposal that does not weigh one
    itself ("ready to study the plan and discuss compensation": "discuss")."""
    return next(
        (c for c in verb.conjuncts if c.i > verb.i and _verbal(c) and not weighs_proposal(ctx, c)),
        None,
    )


def _responds(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` only takes up what was said: a verb of discussing whose object is a
    pronoun ("Havana would study it"), one of replying with no object ("would answer within a
    week"), or verbs coordinated with one of discussing or weighing
    whose objects all point back ("we will consider and discuss these issues"; not "study it
    and send an envoy")."""
    discussion = ctx.cues.word_set("discussion_verbs")
    if verb.lower_ in discussion and any(
        c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children
    ):
        return True
    if verb.lower_ in ctx.cues.word_set("responding_verbs") and not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return True  # "would reply in due course": an answer to come, nothing offered
    verbs = [verb, *verb.conjuncts]
    if not any(v.lower_ in discussion | ctx.cues.word_set("weighing_verbs") for v in verbs):
        return False
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    return bool(objects) and all(refers_back(o) for o in objects)


def weighs_proposal(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` weighs a proposal put to its subject ("study the proposal", "review
    the draft", "consider it"): a response to another's proposal, no proposal of its own."""
    if verb.lower_ not in ctx.cues.word_set("weighing_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "study and review the plan": the object the verbs share
        objects = [
            c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ == "dobj"
        ]
    if not objects:  # "a request Tokyo said it would consider": the noun the clause is on
        objects = [a.head for a in verb.ancestors if a.dep_ == "relcl"][:1]
    return any(
        c.pos_ == "PRON"
        or ctx.cues.entries("proposal-noun", c.lower_)
        or ctx.cues.entries("plan-noun", c.lower_)
        or c.lower_.removesuffix("s") in ctx.cues.word_set("summary_nouns")  # "the conditions"
        for c in objects[:1]
    )


def _conditional_clause(ctx: Context, p: Parsed, tok: Token) -> bool:
    """Whether ``tok`` stands in a clause a condition marker opens ("until / unless / if X is
    willing to ...")."""
    if any(tok.i in m.clause for m in ctx.marked(p)):
        return True
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    return any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children)


#: Markers that open a condition on their own.
_CONDITION_MARKS = frozenset({"if", "unless", "until", "once"})


def read_possible(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X insists that a truce is possible only if A": what the speaker calls possible on a
    condition is what the speaker offers on it."""
    entries = ctx.cues.entries("possibility-adjective", tok.lower_)
    phrase = [e for e in entries if e.particle]  # "on the table"
    if phrase and tok.dep_ == "pobj" and tok.head.lower_ == phrase[0].particle:
        tok = tok.head
        if tok.dep_ != "prep" or not ctx.cues.is_form(
            tok.head.lower_, ctx.cues.word_set("copulas")
        ):
            return []
    elif not entries or phrase or tok.dep_ != "acomp":
        return []
    if ctx.negated(tok) and not any(m.cue.needs_negation for m in ctx.marked(p)):
        return []  # "not on the table until Y": on the table once Y holds
    copula = tok.head
    if not any(governing_verb(m.anchor) in (copula, tok) for m in ctx.marked(p)):
        return []  # "a truce is possible": a forecast
    subject = ctx.subject(copula)
    agents = ctx.speaker(p, copula)
    if subject is None or not agents or ctx.keys_at(p, subject) or refers_back(subject):
        return []
    return [Reading(tok, agents, subject, "offer", entries[0].rule)]


def read_prerequisite(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X said the release of A is a prerequisite for any talks": the speaker demands A and
    offers the talks on it (the condition itself: :func:`.content.prerequisites`)."""
    entries = ctx.cues.entries("prerequisite-noun", tok.lower_)
    phrase = as_prerequisite(ctx, tok) if entries else None
    if phrase is not None:  # "demands A as a precondition for B": A is read by the verb
        verb = governing_verb(phrase[0])
        agents = ctx.agent(p, verb) if verb.pos_ in _VERBAL else ()
        if not agents:
            return []
        out = []
        demanded = _child(verb, ("dobj",)) if phrase[0].head == verb else None
        if demanded is not None and not _asked(ctx, verb) and not ctx.negated(verb):
            # "set A as a precondition for B": A is demanded whatever the verb
            out.append(Reading(tok, agents, demanded, "demand", entries[0].rule))
        if len(list(phrase[1].subtree)) >= 2:  # (not "for leaving": too bare to be offered)
            out.append(Reading(tok, agents, phrase[1], "offer", entries[0].rule))
        return out
    parts = prerequisite_of(ctx, tok) if entries and not ctx.negated(tok.head) else None
    if parts is None:
        return []
    subject, offered = parts
    made = tok.dep_ in ("dobj", "oprd")  # "Chile made A a condition for B": Chile's, whoever says
    agents = ctx.agent(p, tok.head) if made else ()
    agents = agents or ctx.speaker(p, tok.head) or ctx.owner(p, tok)  # "Chile's condition ..."
    if not agents or ctx.keys_at(p, subject):
        return []
    rule = entries[0].rule
    return [
        Reading(tok, agents, subject, "demand", rule),
        Reading(tok, agents, offered, "offer", rule),
    ]


def _depended_on(tok: Token) -> Token | None:
    """What "A depends / hinges on" names as the condition: the object of its "on"."""
    prep = _child(tok, ("prep",), ("on", "upon"))
    return _child(prep, ("pobj", "pcomp")) if prep is not None else None


def _asked_act(tok: Token, condition: Token) -> tuple[Token, Token] | None:
    """The actor and the act of a gerund condition, "on Y withdrawing its troops" (also where
    the parse made Y the object of "on" and hung the gerund on the verb)."""
    if condition.tag_ == "VBG":
        actor = _child(condition, ("nsubj", "poss"))
        return (actor, condition) if actor is not None else None
    act = next((c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    if act is None or condition.pos_ != "PROPN" or act.i != condition.i + 1:
        return None
    return condition, act


#: Nouns of how a matter may turn out: what depends on a condition is then a forecast.
_OUTCOME_NOUNS = frozenset("prospects prospect chances chance success outcome future fate".split())


def _dependence(ctx: Context, tok: Token) -> tuple[Token, Token] | None:
    """The subject and the condition of "A depends / hinges on B" (a verb the tagger may have
    taken for a plural noun: "the contract hinges on ...")."""
    verbal = tok.pos_ == "VERB" or (tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "ccomp"))
    if not verbal or not ctx.cues.entries("dependence-verb", tok.lower_) or ctx.negated(tok):
        return None
    subj = _child(tok, ("nsubj",)) if tok.pos_ == "NOUN" else ctx.subject(tok)
    condition = _depended_on(tok)
    if subj is None or condition is None or subj.pos_ != "NOUN" or _bare_reference(ctx, subj):
        return None  # "it depends on them", "Egypt depends on the Nile": no term stated
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return None  # "its signature depends on ...": the fate of a text named before
    return subj, condition


def read_depends_on(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X said the reopening of the border depends on Y withdrawing its troops": the speaker
    offers the reopening on that condition and asks Y to withdraw (the condition itself:
    the ``condition-predicate`` reading)."""
    found = _dependence(ctx, tok)
    if found is None:
        return []
    subj, condition = found
    speakers = ctx.without_outlets(ctx.speaker(p, tok))
    if not speakers or _analyst(ctx, speakers) or ctx.keys_at(p, subj):
        return []
    if tok.tag_ == "VBN" and any(c.lower_ == "had" for c in tok.children):
        return []  # "the reactors had depended on diesel for nine days": what was, no terms
    rule = ctx.cues.entries("dependence-verb", tok.lower_)[0].rule
    # one item: "the continuation and sustainability of A"; "prospects for a summit depend
    # on A": a forecast, though A is still asked
    # ("warning that producers depend on imports": a fact of any of them, nothing offered)
    out = (
        [Reading(tok, speakers, subj, "offer", rule, whole=True)]
        if subj.lower_ not in _OUTCOME_NOUNS and not bare_plural(subj)
        else []
    )
    asked = _asked_act(tok, condition)
    actors = ctx.actors(p, asked[0]) if asked is not None else ()
    if asked is not None and actors and not set(actors) & set(speakers):
        # "on Tokyo tolerating A": A is asked of Tokyo
        out.append(Reading(tok, speakers, asked[1], "demand", rule, actors, drop=(asked[0],)))
    return out


def read_none_until(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X insists there will be no ceasefire until Hamas is destroyed": what must happen first
    is the speaker's demand."""
    if tok.dep_ != "advcl" or tok.pos_ not in _VERBAL:
        return []
    mark = until_mark(ctx, tok)
    if mark is None:
        return []
    entries = ctx.cues.entries("none-until", mark.lower_)
    main = tok.head
    denied = [
        c
        for c in main.children
        if c.dep_ in ("attr", "nsubj", "dobj") and any(d.lower_ == "no" for d in c.children)
    ]
    lasting = main.lower_ in ctx.cue_words("persisting_verbs") and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in main.children
    )  # "the ban will remain in force until Y": Y is what lifts it
    existential = denied and any(c.dep_ == "expl" for c in main.children)
    if not lasting and not existential and not _withheld(main):
        return []  # "there will be no X until Y", "no money will flow until Y" only
    speakers = ctx.speaker(p, main)
    if not speakers:
        return []
    on = tuple(k for k in ctx.agent(p, tok) if k not in speakers)  # who must act first
    if not on and not existential and not _withheld(main):
        return []  # "the trawler would stay in port until the inquiry was complete"
    return [Reading(tok, speakers, tok, "demand", entries[0].rule, on, drop=(mark,))]


def _no_commitment(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether a verb under "will" or "would" commits to nothing of its own: it goes on with an
    act read on its own, is a plan's term, is what must happen first ("no money will flow
    until A"), steers the talk ("I will start with an announcement") or holds back words ("I
    must refrain from speculating")."""
    return (
        _continues_an_act(ctx, p, verb)
        or _under_a_plan(ctx, verb)
        or _withheld_until(ctx, verb)
        or steers_the_talk(ctx, verb)
        or _holding_back_words(ctx, verb)
    )


def _withheld(verb: Token) -> bool:
    """Whether ``verb`` says that nothing of what its subject names will happen ("no money will
    flow", "no talks would take place"): what a clause of "until" after it must bring first."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    ) and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in verb.children)


def _withheld_until(ctx: Context, verb: Token) -> bool:
    """ "no money will flow until Y": read as a demand of Y (``read_none_until``), no offer."""
    return _withheld(verb) and any(
        c.dep_ == "advcl" and until_mark(ctx, c) is not None for c in verb.children
    )


def read_none_without(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X said there can be no deal without A", "Without A, there is nothing to discuss": A is
    the speaker's demand."""
    entries = ctx.cues.entries("none-without", tok.lower_)
    if not entries or tok.dep_ != "prep":
        return []
    obj = _objects(tok)
    main = tok.head.head if tok.head.dep_ == "attr" else tok.head  # "no deal without A"
    if obj is None or not none_to_be(main):
        return []
    speakers = ctx.without_outlets(ctx.speaker(p, main))
    return [Reading(tok, speakers, obj, "demand", entries[0].rule)] if speakers else []


#: The forms of "be" an existential "there" goes with.
_BE = frozenset({"be", "is", "are", "was", "were", "'s"})


def none_to_be(verb: Token) -> bool:
    """Whether ``verb`` is the "be" of "there is (will be, can be) no X" or "there is nothing
    to discuss"."""
    if verb.lower_ not in _BE or not any(c.dep_ == "expl" for c in verb.children):
        return False
    return any(  # not a place's name ("there is no Amazon without its peoples": a saying)
        c.dep_ in ("attr", "nsubj", "dobj")
        and c.pos_ != "PROPN"
        and (c.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def read_deadline(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X gave Y until Sunday / 48 hours to accept the plan": an ultimatum, X's demand on Y."""
    entries = ctx.cues.entries("deadline-verb", tok.lower_)
    if not entries or tok.pos_ != "VERB" or ctx.negated(tok):
        return []
    given = _child(tok, ("dative", "dobj"))
    timed = _child(tok, ("prep",), ("until", "by")) or _child(tok, ("npadvmod", "dobj"))
    action = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp", "ccomp")
            and c.pos_ == "VERB"
            and any(a.tag_ == "TO" for a in c.children)
        ),
        None,
    )
    if given is None or timed is None or timed is given or action is None:
        return []
    addressees = ctx.actors(p, given)
    agents = _agents(ctx, p, tok)
    if not addressees or not agents:
        return []
    return [Reading(tok, agents, action, "demand", entries[0].rule, addressees, whole=True)]


_SPANS = frozenset("hours days weeks months years".split())


def _time_left(tok: Token) -> Token | None:
    """The act of "Y has two months / until Friday to do A": what Y is given the time for."""
    span = _child(tok, ("dobj",))
    if span is not None and span.lower_ in _SPANS and _child(span, ("nummod",)) is not None:
        act = _child(span, ("relcl", "acl"))  # the parse hangs the infinitive on "months"
        return act if act is not None and is_to_infinitive(act) else None
    if _child(tok, ("prep",), ("until",)) is not None:
        act = _child(tok, ("xcomp", "advcl"))
        return act if act is not None and is_to_infinitive(act) else None
    return None


def read_time_left(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X said Y has two months to resume A": a deadline set in what X says, X's demand on Y
    (as "X gave Y two months to ...")."""
    if tok.lower_ not in ("has", "have", "had") or tok.dep_ in ("aux", "auxpass"):
        return []
    act = _time_left(tok)
    subj = ctx.subject(tok) if act is not None else None
    given = ctx.actors(p, subj) if subj is not None else ()
    if act is None or not given or ctx.negated(tok):
        return []
    speakers = ctx.without_outlets(ctx.speaker(p, tok))
    if not speakers or set(speakers) & set(given) or _analyst(ctx, speakers):
        return []
    rule = ctx.cues.constructions["deadline-verb"]["give"][0].rule
    return [Reading(tok, speakers, act, "demand", rule, given, whole=True)]


def read_agreement_reached(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X and Y signed an agreement to resume cooperation", "reached a deal on grazing rights":
    what the agreement says, each party's offer; a bare "signed the deal" says nothing."""
    entries = ctx.cues.entries("agreement-reached", tok.lower_)
    if not entries or tok.pos_ != "VERB" or ctx.negated(tok) or is_to_infinitive(tok):
        return []  # "urged Iran to reach a deal on ...": a deal not (yet) reached
    if necessity(ctx, tok) is not None:
        return []  # "X and Y must sign an agreement to ...": asked of them, not reached
    noun = _child(tok, ("dobj",))
    if noun is None or noun.lower_ not in ctx.cues.word_set("reached_agreement_nouns"):
        return []
    parties = _parties(ctx, p, tok, noun)
    if parties:  # "The agreement calls for ...": theirs, whoever spoke last
        memory.owners.append((_AGREEMENT, parties))
    content = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and (is_to_infinitive(c) or (c.tag_ == "VBG" and tok.tag_ in ("VBD", "VBN")))
        ),  # "an agreement to resume A"; one signed "giving X a share of A"
        None,
    )
    content = content or next(  # "signed a deal on Tuesday to open ...": the parse's purpose
        (
            c
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp") and c.i > noun.i and is_to_infinitive(c)
        ),
        None,
    )

    if content is None:
        prep = _child(noun, ("prep",), ("on", "over", "for"))
        content = _objects(prep) if prep is not None else None
        if content is not None and content.lower_ in ctx.cue_words("time_words"):
            content = None  # "signed a deal on Tuesday": when, not what
        if prep is not None and any(m.marker and m.marker[0] == prep.i for m in ctx.marked(p)):
            return []  # "will sign the deal on condition that ...": terms, read as such
    agents = _agents(ctx, p, tok)
    if content is None or not agents:
        return []
    return [Reading(tok, agents, content, "offer", entries[0].rule)]


#: The key under which :class:`Memory` keeps the parties of the last agreement signed.
_AGREEMENT = "agreement signed"  # no noun of a nominal reading (those key by the noun)


def _parties(ctx: Context, p: Parsed, verb: Token, noun: Token) -> tuple[str, ...]:
    """Who signed (reached, struck) an agreement: the verb's agents and whom the agreement
    or the signing is "with" ("Congo signed an agreement with Rwanda": both)."""
    out = list(_agents(ctx, p, verb))
    for head in (noun, verb):
        prep = _child(head, ("prep",), ("with",))
        obj = _objects(prep) if prep is not None else None
        if obj is not None:
            out.extend([*ctx.actors(p, obj), *ctx.actors_of_conjuncts(p, obj)])
    return unique(out) if out else ()


#: Verbs that say what a set of terms is made of ("include", "comprise", "consist of").
_LISTING = frozenset(
    form for lemma in ("include", "comprise", "consist") for form in inflections(lemma)
)


def _listing_verb(ctx: Context, noun: Token) -> Token | None:
    """The verb that says what a noun of terms holds: its subject's ("Peru's demands include
    A", "Chile's position consists of A"), after "among" ("Among Peru's demands are A"), or
    a relative clause's ("Peru's terms, which include A")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "among":
        return verb.head  # "Among X's demands are A"
    if noun.dep_ == "nsubj":
        return verb
    relatives = tuple(ctx.cues.word_set("relative_pronouns"))
    # "Peru's terms for talks, which include A": the parser may hang the clause on the
    # object of the noun's preposition
    objects = [o for c in noun.children if c.dep_ == "prep" and (o := _objects(c)) is not None]
    return next(
        (
            c
            for n in (noun, *objects)
            for c in n.children
            if c.dep_ == "relcl" and c.lower_ in _LISTING and _child(c, ("nsubj",), relatives)
        ),
        None,
    )


def _listed(verb: Token, noun: Token) -> list[Token]:
    """What a verb of listing names: its objects ("include A"; the parser may give a list of
    nouns two objects: "include A, B and C"), "consist of A", or the subject after "among"."""
    if verb.lower_ in _LISTING and not verb.lower_.startswith("includ"):
        prep = _child(verb, ("prep",), ("of",))
        found = _objects(prep) if prep is not None else None
        if found is not None:
            return [found]
    listed = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c != noun]
    if not listed and noun.dep_ == "pobj":
        listed = [c for c in verb.children if c.dep_ == "nsubj"]
    return listed


def _terms_including(ctx: Context, noun: Token) -> Token | None:
    """The first example "including" gives of a plural noun of terms ("its conditions,
    including A and B": A, its list the rest)."""
    if noun.tag_ != "NNS" or not ctx.cues.entries("listed-terms", noun.lower_):
        return None
    including = _child(noun, ("prep",), ("including",))
    return _objects(including) if including is not None else None


def read_listed_terms(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Peru's demands include A and B", "Among Peru's demands are A and B", "Peru's terms,
    which include A and B", "Peru's position consists of A and B": what the owner's demands
    (conditions, terms, proposals, offers; a position) are said to include is each one of
    them."""
    entries = ctx.cues.entries("listed-terms", tok.lower_)
    collective = tok.lower_ in ctx.cues.word_set("position_nouns")  # one position, many terms
    if not entries or not (tok.tag_ == "NNS" or collective):
        return []
    kind = entries[0].kind or "demand"
    examples = _terms_including(ctx, tok)
    if examples is not None:  # "X set out its conditions, including A and B": each demanded
        putting = tok.dep_ == "dobj" and tok.head.lower_ in ctx.cues.word_set(
            "terms_setting_verbs"
        )  # "X set out its conditions": X's; not "X accepted the conditions"
        owner = ctx.owner(p, tok) or (ctx.agent(p, tok.head) if putting else ())
        if not owner or ctx.negated(tok.head):
            return []
        return [Reading(tok, owner, examples, kind, entries[0].rule)]
    verb = _listing_verb(ctx, tok)
    if verb is None or not (
        verb.lower_ in _LISTING or (ctx.cues.is_form(verb.lower_, ("be",)) and not collective)
    ):
        return []  # "Peru's position is firm": no list
    owner = ctx.owner(p, tok)
    contents = _listed(verb, tok)
    if not contents or not owner:
        return []
    extra = tuple(  # "... has been the insistence that X must ...": the clause the parser hung on the verb
        c for c in verb.children if c.dep_ == "ccomp" and c.i > contents[0].i
    )
    return [Reading(tok, owner, c, kind, entries[0].rule, extra=extra) for c in contents]


def necessity(ctx: Context, tok: Token) -> tuple[Token, Token] | None:
    """The modal and the verb of "X must do" (the modal an auxiliary) or "X has to do" (the
    verb an infinitive under the modal)."""
    for c in tok.children:
        if c.dep_ == "aux":
            entries = [
                e for e in ctx.cues.entries("necessity-modal", c.lower_) if e.complement != "verb"
            ]
            subject = next((x for x in tok.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if entries and not (subject is not None and c.i < subject.i) and not plays_a_role(tok):
                return c, tok  # not "should Russia choose it": that is a condition
    if tok.dep_ == "xcomp" and _child(tok, ("aux",), ("to",)) is not None:
        entries = [
            e
            for e in ctx.cues.entries("necessity-modal", tok.head.lower_)
            if e.complement == "verb"
        ]
        yet = any(c.lower_ == "yet" for c in tok.head.children)  # "has yet to respond": has not
        held = any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
        # ("has every reason to affirm A": a thing it has, no obligation)
        if entries and not (yet or held) and not _about(tok) and not _to_blame(tok):
            return tok.head, tok
    return None


def _to_blame(verb: Token) -> bool:
    """ "the agency had itself to blame": the idiom "have (only) oneself to blame", a judgement,
    no act asked; "they have to blame someone" asks one."""
    return verb.lower_ == "blame" and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _about(verb: Token) -> bool:
    """ "it has to do with the rainfall": the idiom "have to do with" (be about), no act asked."""
    return (
        verb.lower_ == "do"
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def _judged(verb: Token, subj: Token) -> bool:
    """ "it must be something they think about", "this must be a priority": a pronoun said to
    be what a noun names is judged, not asked to act."""
    return (
        verb.lower_ in ("be", "is", "was")
        and subj.lower_ in ("it", "this", "that")
        and any(c.dep_ == "attr" for c in verb.children)
    )


def _any_act(ctx: Context, subj: Token) -> bool:
    """ "any revision", "such a settlement": any act of a kind, not a meeting ("any meeting
    must take place in Geneva" says where)."""
    return (
        act_word(subj)
        and subj.lower_ not in ctx.cues.word_set("meeting_nouns")
        and subj.lower_ not in ctx.cues.word_set("group_nouns")
        and any(c.dep_ == "det" and c.lower_ in ("any", "such") for c in subj.children)
    )


def _agreement_subject(ctx: Context, subj: Token) -> bool:
    """ "any deal", "such a pact", "the agreement", "any revival of the deal", "any new force": a
    subject naming the agreement or undertaking whose terms a speaker sets ("such a pact should
    respect our airspace")."""
    words = ctx.cues.word_set("reached_agreement_nouns")
    if subj.lower_ in words:
        return not any(c.dep_ == "poss" for c in subj.children)
    if subj.lower_ in ctx.cues.word_set("undertaking_nouns"):  # "any new force must have A"
        return any(c.lower_ in ("any", "such", "new", "future") for c in subj.children)
    return act_noun(subj) and any(  # "any revival of the deal", "any extension of the truce"
        o.lower_ in words
        for c in subj.children
        if c.dep_ == "prep" and c.lower_ in ("of", "to")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _subject_before_aside(verb: Token) -> Token | None:
    """The subject before an aside set off by dashes that the parser made the head of the
    clause ("Those who still hold out - Y is one of those states - should act": the aside's
    copula governs "act", and "Those" is its subject)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl") or _child(verb, ("nsubj", "nsubjpass")) is not None:
        return None
    dashes = [t for t in verb.doc[head.left_edge.i : verb.i] if t.text in ("-", "–", "—")]
    subj = _child(head, ("nsubj", "nsubjpass"))
    return subj if len(dashes) >= 2 and subj is not None and subj.i < dashes[0].i else None


def _whoever(ctx: Context, subj: Token, negated: bool) -> bool:
    """ "any group wishing to talk", "those who have not done so", "States which have not
    ratified it" (a bare plural and a clause that restricts it, asked of them to act, not
    warned: "allies that miss it must not expect A"): a subject that names whoever fits a
    clause, of whom a speaker's "must" asks the act."""
    free = ctx.cues.word_set("free_choice_determiners")
    generic = subj.lower_ in ctx.cues.word_set("generic_subjects") or any(
        c.dep_ == "det" and c.lower_ in free for c in subj.children
    )
    if not generic and not negated and bare_plural(subj):
        return any(
            c.dep_ == "relcl" and subj.doc[subj.i + 1].lower_ in ("which", "who", "that")
            for c in subj.children
        )
    return generic and any(c.dep_ in ("relcl", "acl") and c.i > subj.i for c in subj.children)


#: The modals of a necessity that a passive states as a demand ("sanctions must be lifted";
#: "the issues should not be linked", "the quotas should be respected by every fleet", a
#: view).
_STRONG_NECESSITY = frozenset({"must", "have", "has", "had", "need", "needs"})


def read_necessity(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """Inside reported speech, "X must / has to / should do Y": the speaker demands it of X."""
    if tok.pos_ not in _VERBAL:
        return []
    found = necessity(ctx, tok)
    if found is None:
        return []
    modal, verb = found
    if _asked_about(verb, modal) or _looking_back(verb, modal):
        return []  # "they know what they need to do": a question inside a clause, no demand
    cue = ctx.cues.entries("necessity-modal", modal.lower_)[0]
    holder = modal if modal.head != verb else verb
    subj = ctx.subject(holder) or ctx.subject(verb) or _subject_before_aside(verb)
    if subj is not None and _judged(verb, subj):
        return []
    addressees = ctx.actors(p, subj) if subj is not None else ()
    speakers = ctx.without_outlets(ctx.speaker(p, holder))
    if subj is not None and subj.lower_ in ("it", "they") and set(addressees) <= set(speakers):
        addressees = _told(ctx, p, holder) or addressees  # "X told Y that it must A": Y
    terms = subj is not None and _agreement_subject(ctx, subj)  # "any deal must include X"
    if (
        subj is not None
        and modal.lower_ in _STRONG_NECESSITY
        and verb.lower_ != "be"
        and _any_act(ctx, subj)
    ):
        terms = True  # "any revision must start from a fair price": the terms of any revision
    if whoever := subj is not None and _whoever(ctx, subj, ctx.negated(verb)):
        terms, addressees = True, ()  # "any group that wants A must", "States which ... must"
    # "the sanctions must be lifted": what must be done, whoever is to do it
    undergone = (
        subj is not None
        and ctx.passive(verb)
        and (modal.lower_ in _STRONG_NECESSITY or _side_says_should(ctx, modal, verb, speakers))
        and not ctx.negated(verb)
        and not refers_back(subj)
    ) or (not addressees and _kept_as_it_is(ctx, modal, verb, subj))
    mine = set(speakers) | set(ctx.states_of(speakers))
    if len(addressees) > 1 and mine & set(addressees):
        addressees = tuple(k for k in addressees if k not in mine)  # "we and Y must ...": Y
    existing = _existential(verb, holder)  # "there must be guarantees": the guarantees
    existing = existing or _part_of_any_deal(ctx, verb, subj)  # "A must be part of any deal"
    if existing is not None and speakers and not ctx.negated(verb):
        return [Reading(modal, speakers, existing, "demand", cue.rule)]
    unnamed = subj is not None and not addressees and _unnamed_agents(ctx, subj)
    if not speakers or not (addressees or terms or undergone or unnamed):
        return []
    if set(speakers) & set(addressees):
        return []
    # the subject is left out where it names whom the demand is on ("Y must A"), kept where
    # it says more ("the EU's monitoring mission must leave")
    named = subj is not None and (terms or not addressees or _names_whom(ctx, p, subj))
    named = named and not unnamed  # "the rebels must withdraw": said of them, kept
    if whoever and pro_verb(verb):  # "States which have not ratified it must do so": kept
        return [Reading(modal, speakers, verb, "demand", cue.rule, addressees)]
    drop = tuple(t for t in (subj if named else None, modal) if t is not None and t != verb)
    if undergone and subj is not None:  # "the sanctions must be lifted": said as it is
        if modal.head == verb:
            return [Reading(modal, speakers, verb, "demand", cue.rule, addressees)]
        before = tuple(c for c in modal.children if c.i < subj.left_edge.i)  # "While A, B need"
        return [Reading(modal, speakers, modal, "demand", cue.rule, addressees, drop=before)]
    return [Reading(modal, speakers, verb, "demand", cue.rule, addressees, drop=drop)]


#: The verbs of a thing kept as it is ("must remain", "has to stay").
_KEPT_VERBS = frozenset({"remain", "stay"})


def _kept_as_it_is(ctx: Context, modal: Token, verb: Token, subj: Token | None) -> bool:
    """ "The track has to remain the property of the state railway", "the crossing must stay
    open": a thing the speaker demands be kept as it is, whoever is to keep it; not a place
    or a thing in general ("the Caribbean must remain a zone of peace", "electricity has to
    stay out of it": a principle stated)."""
    return (
        subj is not None
        and modal.lower_ in _STRONG_NECESSITY
        and verb.lower_ in _KEPT_VERBS
        and not ctx.negated(verb)
        and not refers_back(subj)
        and subj.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss") for c in subj.children)
    )


def _unnamed_agents(ctx: Context, subj: Token) -> bool:
    """Whether a subject is a plural noun of those who act that names no actor ("the rebels
    must withdraw", "foreign troops must leave", "lenders must write off A"): asked of them,
    whoever they are."""
    nouns = (
        ctx.cue_words("group_nouns")
        | ctx.cue_words("staff_nouns")
        | ctx.cue_words("firm_nouns")
        | ctx.cue_words("state_plurals")
    )
    return subj.tag_ == "NNS" and subj.lower_ in nouns and not refers_back(subj)


def _names_whom(ctx: Context, p: Parsed, subj: Token) -> bool:
    """Whether a subject only names an actor ("Peru", "they", "the Russian side"), with no
    word of its own that says more ("the UN's observer mission in the valley")."""
    if subj.pos_ in ("PRON", "PROPN") or ctx.keys_at(p, subj):
        return True
    standing = ctx.owner_nouns | ctx.state_words
    return subj.lower_ in standing and not any(
        c.dep_ in ("amod", "compound") and not ctx.keys_at(p, c) for c in subj.children
    )


def _told(ctx: Context, p: Parsed, clause: Token) -> tuple[str, ...]:
    """The actors a verb of saying above ``clause`` is addressed to ("told Iran that ...")."""
    speech = ctx.speech_head(clause)
    told = _child(speech, ("dobj", "dative")) if speech is not None else None
    return ctx.actors(p, told) if told is not None and told.i < clause.i else ()


def _asked_about(verb: Token, modal: Token) -> bool:
    """ "what they need to do", "which concessions Chile should make": the verb's object is a
    question word (or one determines it) fronted before the modal."""
    fronted = [c for c in verb.children if c.i < modal.i and c.dep_ not in ("nsubj", "nsubjpass")]
    return any(t.tag_ in ("WP", "WDT") for c in fronted for t in (c, *c.children) if t.i < modal.i)


def _looking_back(verb: Token, modal: Token) -> bool:
    """ "X should have consulted Y", "X must have known": a modal of the perfect looks back,
    reproaching or inferring; it asks nothing of anyone now."""
    return any(c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in verb.children)


def _existential(verb: Token, holder: Token) -> Token | None:
    """What "there must be" asks for ("there will have to be firm guarantees": the
    guarantees): the noun after "be" whose subject is the expletive "there"."""
    if verb.lower_ != "be" or not (_child(verb, ("expl",)) or _child(holder, ("expl",))):
        return None
    return _child(verb, ("attr", "nsubj"))


def _part_of_any_deal(ctx: Context, verb: Token, subj: Token | None) -> Token | None:
    """What must be part of any deal, answer or solution ("debt relief must be part of any
    answer"): the subject of "be part of", asked for as a term of it."""
    if subj is None or verb.lower_ != "be" or subj.pos_ != "NOUN":
        return None
    part = _child(verb, ("attr",))
    if part is None or part.lower_ != "part":
        return None
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = _child(of, ("pobj",)) if of is not None else None
    wholes = ctx.cue_words("agreement_nouns") | ctx.cue_words("scheme_nouns") | _ANSWERS
    if whole is None or whole.lower_ not in wholes:
        return None
    return subj if any(c.lower_ in ("any", "a", "the", "every") for c in whole.children) else None


#: Nouns of what resolves a question: what must be part of one is asked as its term.
_ANSWERS = frozenset({"answer", "solution", "settlement", "outcome", "response"})


def _necessary_act(ctx: Context, p: Parsed, verb: Token) -> Token | None:
    """ "the release of the crews is essential for any talks": the subject of "be" before a
    necessity, a noun of an act with its "of" phrase, is what is asked (not "trade is vital")."""
    if verb.lower_ not in ctx.cue_words("copula_forms"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or ctx.keys_at(p, subj):
        return None
    return subj if any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) else None


def read_necessary(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "it is essential that X do Y" in what a speaker or a document says: a demand on X."""
    entries = ctx.cues.entries("necessity-adjective", tok.lower_)
    if entries and tok.tag_ == "VBN":
        return _needed_passive(ctx, p, tok, entries[0].rule)
    if not entries or tok.dep_ not in ("acomp", "attr", "ccomp") or ctx.negated(tok):
        return []
    verb = tok.head if tok.dep_ != "ccomp" else tok
    clause = next(
        (
            c
            for c in [*tok.children, *verb.children]
            if c.dep_ == "ccomp" and (_mandative(c) or _present(c))
        ),
        None,
    )
    infinitive = None
    if clause is None and any(
        c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in verb.children
    ):
        # "it is necessary to reopen the border": what is to be done, whoever does it
        infinitive = next(
            (
                c
                for c in [*tok.children, *verb.children]
                if c.dep_ == "xcomp" and is_to_infinitive(c)
            ),
            None,
        )
    if clause is None and infinitive is None:
        infinitive = _necessary_act(ctx, p, verb)
    if clause is None and infinitive is None:
        return []
    speakers = ctx.speaker(p, verb)
    subj = ctx.subject(clause) if clause is not None else None
    addressees = ctx.actors(p, subj) if subj is not None else ()
    content = clause or infinitive
    if content is None or not speakers or set(speakers) & set(addressees):
        return []
    return [Reading(tok, speakers, content, "demand", entries[0].rule, addressees)]


def _needed_passive(ctx: Context, p: Parsed, tok: Token, rule: str) -> list[Reading]:
    """ "a predictable tax regime would be needed before any drilling", in what a speaker says: what
    is needed (a noun that names no actor) is the speaker's demand, of no one named."""
    subj = _child(tok, ("nsubjpass",))
    if subj is None or subj.pos_ != "NOUN" or ctx.keys_at(p, subj) or ctx.negated(tok):
        return []
    modal = _child(tok, ("aux",), ("would", "will", "'ll"))
    if modal is None or not any(c.dep_ == "auxpass" for c in tok.children):
        return []  # "the permits were required by law": a fact
    speakers = ctx.speaker(p, first_conjunct(tok))  # ("said that A, but that B would be ...")
    return [Reading(tok, speakers, subj, "demand", rule)] if speakers else []


def _needed_act(noun: Token) -> Token | None:
    """What a noun of necessity says is needed: its to-infinitive ("the need to reopen A"), the
    gerund of its "of" phrase ("the necessity of returning B"), a "for" clause ("the need for
    elections to be held") or a "for" phrase ("the need for a political solution")."""
    for c in noun.children:
        if c.dep_ in ("acl", "xcomp") and c.i > noun.i and is_to_infinitive(c):
            return c
        if c.dep_ == "advcl" and is_to_infinitive(c) and _child(c, ("mark",), ("for",)):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            gerund = _child(c, ("pcomp",))
            if gerund is not None and gerund.tag_ == "VBG":
                return gerund
        if c.dep_ == "prep" and c.lower_ == "for":
            needed = _child(c, ("pobj",))
            if needed is not None and needed.pos_ == "NOUN":
                return needed
    return None


def _stressing_verb(noun: Token) -> tuple[Token, str | None]:
    """The verb a noun of necessity depends on, and the preposition between them ("stressed
    the need", "pointed to the need", "drew attention to the need": "to" on the verb or on its
    object)."""
    if noun.dep_ != "pobj":
        return noun.head, None
    prep = noun.head
    verb = prep.head if prep.head.pos_ in _VERBAL else prep.head.head
    return verb, prep.lower_


def read_stressed_need(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X stressed the need to do Y", "there is a need to do Y" (a speaker's words): a demand
    by X, or by the speaker, of no one named; not a need someone has ("Peru's need to ...")."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ctx.cues.word_set("necessity_nouns"):
        return []
    if tok.dep_ not in ("dobj", "pobj", "attr"):
        return []
    if any(c.dep_ == "poss" or c.lower_ == "no" for c in tok.children):
        return []  # "Peru's need to import gas", "no need to ..."
    content = _needed_act(tok)
    verb, prep = _stressing_verb(tok)
    if content is None or verb.pos_ not in _VERBAL or ctx.negated(verb):
        return []
    for cue in ctx.cues.entries("stressed-need", verb.lower_):
        if cue.particle != prep:
            continue
        if any(c.dep_ == "expl" for c in verb.children):
            agents = ctx.without_outlets(ctx.speaker(p, verb))  # "there is a need to ..."
        else:
            agents = _agents(ctx, p, verb) if tok.dep_ != "attr" else ()
        if agents:
            drop = tuple(c for c in content.children if c.dep_ == "mark")  # "for elections ..."
            return [Reading(tok, agents, content, "demand", cue.rule, drop=drop)]
    return []


def _present(clause: Token) -> bool:
    """A that-clause in the present ("it is crucial that Russia respects ..."): after a
    necessity, asked for, as a mandative is."""
    return clause.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in clause.children
    )


def read_only_way(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "The only way to save the deal is for X to do Y", said by a speaker: the speaker's
    demand on X."""
    entries = ctx.cues.entries("only-way", tok.lower_)
    if not entries or tok.dep_ != "nsubj" or not any(c.lower_ == "only" for c in tok.children):
        return []
    copula = tok.head
    verb = next(
        (
            c
            for c in copula.children
            if c.dep_ in ("advcl", "xcomp", "ccomp")
            and is_to_infinitive(c)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ),
        None,
    )
    subj = ctx.subject(verb) if verb is not None else None
    if verb is None or subj is None or ctx.negated(copula):
        return []
    addressees = ctx.actors(p, subj)
    speakers = ctx.speaker(p, copula)
    if not speakers or not addressees or set(speakers) & set(addressees):
        return []
    drop = tuple(c for c in verb.children if c.dep_ == "mark" or c == subj)
    return [Reading(tok, speakers, verb, "demand", entries[0].rule, addressees, drop=drop)]


def _process_goes_on(subj: Token, verb: Token) -> bool:
    """ "it would continue / resume / proceed" with no object or complement: "it" is a process
    (the talks, the dialogue) going on, not a party acting."""
    return (
        subj.lower_ == "it"
        and verb.lower_ in ("continue", "resume", "proceed")
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in verb.children)
    )


def _conditioned(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether a condition hangs on ``verb``, on a verb coordinated after it that shares its
    subject ("could A and B, as long as C") or on the gerund it takes ("would support opening
    A only if B"), or an exchange phrase on it."""
    sharing = {verb, *(c for c in verb.conjuncts if c.i > verb.i and not has_subject(c))}
    sharing |= {c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
    return any(_in_return(ctx, c) for c in verb.children) or any(
        governing_verb(m.anchor) in sharing for m in ctx.marked(p)
    )


def _guess_at_another(
    ctx: Context,
    p: Parsed,
    verb: Token,
    modal: Token,
    agents: tuple[str, ...],
    conditioned: Token | None,
) -> bool:
    """Whether a possibility's modal makes ``verb`` a guess at another's move: not in the
    words of the side that would act, nor set on terms (``conditioned``: the subject of a
    verb a condition hangs on) for a state the subject names ("X said Peru could A provided
    B": Peru's offer)."""
    if not _guessing(ctx, modal) or _own_side(ctx, agents, ctx.speaker(p, verb)):
        return False
    return not (
        conditioned is not None
        and _set_terms(ctx, p, verb)
        and not refers_back(conditioned)
        and all(ctx.cls(k) == "State" for k in agents)
    )


def _set_terms(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether a marker of terms (``terms_markers``) hangs on ``verb``: "X said Peru could
    replace A on condition that B" has Peru offer A on B, however weak the modal."""
    terms = ctx.cue_words("terms_markers")
    return any(m.cue.lemma in terms and governing_verb(m.anchor) == verb for m in ctx.marked(p))


def _attributed_by_according(verb: Token) -> bool:
    """Whether "according to X" hangs on ``verb`` or on the verb it is coordinated with
    ("According to X, A agreed to B, and C will do D"): what it says is reported."""
    main = verb.head if verb.dep_ == "conj" else verb
    return any(
        c.lower_ == "according" and any(t.lower_ == "to" for t in c.children)
        for v in {verb, main}
        for c in v.children
    )


def _agents_on_terms(
    ctx: Context, p: Parsed, tok: Token, subj: Token | None, spoken: bool
) -> tuple[str, ...]:
    """Who commits to a conditioned act whose clause names no one who acts: the actor that
    "according to X" on a passive names ("According to X, the nets will be handed back if A":
    X's offer; not a document's, "according to the joint text, the grants will be paid if A"),
    or, in a transcript's turn (``spoken``), the side that would undergo it."""
    first = first_conjunct(tok) if tok.tag_ == "VB" else tok  # the verb "according to" is on
    if ctx.passive(tok) and (found := ctx.without_outlets(_named_by_according(ctx, p, first))):
        return found
    return _side_undergoing(ctx, p, tok, subj) if spoken else ()


def _named_by_according(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """The actors "according to X" on ``verb`` names by name ("according to the navy"),
    none for a noun that only stands for one ("according to the joint text")."""
    return tuple(
        k
        for c in verb.children
        if c.lower_ == "according"
        for to in c.children
        if to.lower_ == "to"
        for o in to.children
        if o.dep_ == "pobj"
        for k in ctx.keys_at(p, o)
    )


def _commitment_modal(ctx: Context, p: Parsed, tok: Token, first: Token) -> Token | None:
    """The modal that commits: "will accept and implement the deal" (the first verb's, for
    both; "would provide A but gave no date": a past shares no modal), and "can" only on a
    condition ("ambassadors can be exchanged only if ...": an offer on terms)."""
    modal = next(
        (
            c
            for c in (*tok.children, *(first.children if first is not tok else ()))
            if c.dep_ == "aux" and ctx.cues.entries("reported-commitment", c.lower_)
        ),
        None,
    )
    if modal is None:
        can = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("can", "ca")), None)
        modal = can if can is not None and _conditioned(ctx, p, tok) else None
    return modal


def _commitment_entry(ctx: Context, modal: Token) -> Cue:
    """The ``reported-commitment`` entry of a modal; "can" (read only on a condition) is read
    as "could"."""
    found = ctx.cues.entries("reported-commitment", modal.lower_)
    return (found or ctx.cues.entries("reported-commitment", "could"))[0]


def _past_or_unreal(ctx: Context, p: Parsed, verb: Token, modal: Token) -> bool:
    """Whether a modal verb says what was possible or what might have been, no commitment:
    "may have lost", "would have signed" (a guess or a counterfactual), "when the troops
    came, we could go back" (what was possible then)."""
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    return modal.lower_ == "could" and _when_past(ctx, p, verb)


def _when_past(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether ``verb`` has a "when" clause in the past whose subject is no actor ("when the
    troops came"), or any in a quotation (no reported speech's shift of tense there); "when
    Chile paid the fees", reported, is a condition on Chile."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBD":
            continue
        if not any(m.lower_ == "when" and m.dep_ == "advmod" for m in c.children):
            continue
        if ctx.quote_at(p.offset(verb)) is not None:
            return True  # '"When the troops came, we could go back"': a quotation's past is past
        subject = _child(c, ("nsubj", "nsubjpass"))
        return subject is not None and not ctx.actors(p, subject)
    return False


def _holding_back_words(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` holds back from an act of no commitment ("refrain from speculating",
    "decline to comment"): its gerund or infinitive is one of ``not_commitments``."""
    words = ctx.cues.word_set("not_commitments")
    acts = [
        c
        for c in (
            *verb.children,
            *(g for x in verb.children if x.dep_ == "prep" for g in x.children),
        )
        if c.dep_ in ("xcomp", "pcomp")
    ]
    return any(ctx.cues.lemmas(c.lower_) & words for c in acts)


def read_commitment(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "X said it would / will do Y", X speaking for itself; "X will do Y" as an item of a list."""
    if tok.pos_ != "VERB" or _no_commitment_word(ctx, p, tok):
        return []
    if _no_commitment(ctx, p, tok):
        return []  # "will continue to press for A" (read on its own), "under the plan, B would Y"
    first = first_conjunct(tok) if tok.tag_ == "VB" else tok
    modal = _commitment_modal(ctx, p, tok, first)
    if modal is None or _takes_effect(tok) or _past_or_unreal(ctx, p, tok, modal):
        return []  # "the proposals could come into force only if ...": said of the proposals
    conditioned = _conditioned(ctx, p, tok)
    if (_responds(ctx, tok) or weighs_proposal(ctx, tok)) and not conditioned:
        return []  # "Havana would study it": a response ("would consider it only if A": an offer)
    head = ctx.speech_head(tok)
    listed = ctx.sentences[p.index].in_list and tok.dep_ == "ROOT"
    reported = head is not None and (
        first.head == head or head.head == first or ctx.said_in(first) == head
    )
    answered = tok.dep_ == "ROOT" and _answered_in_exchange(ctx, p)
    according = head is None and _attributed_by_according(first)  # "According to X, A will"
    # "GIL: Chile and Peru will swap all prisoners.": a transcript's speaker reports it
    spoken = head is None and tok.dep_ == "ROOT" and bool(ctx.turn_speaker(p.offset(tok)))
    if not (listed or conditioned or reported or answered or according or spoken):
        return []
    if (
        reported
        and head is not None
        and (not conditioned or _guessing(ctx, modal))
        and ctx.cues.lemmas(head.lower_) & _WARNING
    ):
        return []  # "warned that Russia would retaliate" ("could leave unless A"): a threat
    if _stance_verb(ctx, tok) and not conditioned and not _lets_pass(ctx, tok):
        return []  # "they will uphold the open-door policy": a stance ("back it if ...": an offer)
    subj = ctx.subject(tok) or (_dated_subject(ctx, head, tok) if reported else None)
    if _said_of_the_subject(ctx, tok, subj, conditioned):
        return []
    # a passive's subject undergoes it ("It will be done"); an outlet only reports, never acts
    agents = ctx.actors(p, subj) if subj is not None and not ctx.passive(tok) else ()
    agents = ctx.without_outlets(agents)
    if reported and head is not None and subj is not None and _process_goes_on(subj, tok):
        agents = ctx.agent(p, head)  # "asked about the talks, X said it would continue": X's
    if not agents and reported:
        agents = _owner_committing(ctx, p, subj, head, modal)
    if not agents and reported and conditioned and head is not None:
        if subj is not None and refers_back(subj):
            return []  # "That step would go ahead only once X, he said": the earlier proposal's
        if _foreseen_consequence(tok, subj):
            return []  # "five more will ask for one", "trade will route around us"
        agents = ctx.agent(p, head)  # "Inspections, X said, would resume if ...": X offers it
        subj = None
    agents = agents or (_agents_on_terms(ctx, p, tok, subj, spoken) if conditioned else ())
    if not agents:
        return []
    if reported and head is not None and not listed and _foreseen(ctx, p, subj, head, agents):
        return []  # what an analyst expects, or what another's plan would do: a forecast
    if ctx.negated(tok) and not _negated_marker(ctx, p, tok) and not _lets_pass(ctx, tok):
        return []  # ("will not block A as long as B": an offer to let A pass, on B)
    if _guess_at_another(ctx, p, tok, modal, agents, subj if conditioned else None):
        return []  # "analysts said Iran may retaliate": a guess at another's move
    cue = _commitment_entry(ctx, modal)
    drop = tuple(t for t in (None if ctx.passive(tok) else subj, modal) if t is not None)
    return [Reading(tok, agents, tok, "offer", cue.rule, drop=drop)]


def _lets_pass(ctx: Context, verb: Token) -> bool:
    """Whether a negated verb that rejects lets its object pass ("will not block A")."""
    return ctx.negated(verb) and obstructs(ctx, verb)


def _said_of_the_subject(ctx: Context, verb: Token, subj: Token | None, conditioned: bool) -> bool:
    """Whether a clause says what its subject will be rather than commit anyone: what a meeting
    will be ("their talks will focus on A"), or that a proposal put forward before goes ahead
    on a condition ("offered A, but said the package would go ahead only if B": A's
    condition)."""
    if conditioned:
        return _plan_going_ahead(ctx, verb, subj)
    return subj is not None and _meeting(ctx, subj)


#: The verbs of a proposal going ahead ("the package would go ahead", "the plan would
#: proceed"): said of a proposal, on a condition, they set that proposal's condition.
_GOING_AHEAD = frozenset({"go", "proceed", "happen", "materialise", "materialize"})


def _plan_going_ahead(ctx: Context, verb: Token, subj: Token | None) -> bool:
    """Whether ``verb`` says that the proposal its subject names ("the package", "the plan",
    "it") goes ahead ("would go ahead only if B"): the condition of that proposal, put
    forward before, not a new offer."""
    if subj is None or verb.lower_ not in _GOING_AHEAD:
        return False
    if verb.lower_ == "go" and not any(c.lower_ in ("ahead", "forward") for c in verb.children):
        return False
    named = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    return subj.lower_ == "it" or named and bool(ctx.cues.entries("plan-noun", subj.lower_))


def _foreseen_consequence(verb: Token, subj: Token | None) -> bool:
    """Whether what a clause with no actor for its subject says on a condition is foreseen, no
    offer: what others counted will do ("If one ally gets an exemption, five more will ask for
    one"), or what follows from the speakers' own act, its condition's subject ("if we leave
    divided, trade will route around us")."""
    if subj is not None and (subj.tag_ == "CD" or subj.lower_ in _COUNTED_OTHERS):
        return True
    return any(
        c.dep_ == "advcl" and any(s.dep_ == "nsubj" and s.lower_ in ("we", "i") for s in c.children)
        for c in verb.children
    )


def _side_undergoing(ctx: Context, p: Parsed, tok: Token, subj: Token | None) -> tuple[str, ...]:
    """ "SPOKESPERSON: The traders will be released once A.": a passive commitment on a
    condition in a transcript turn is the speaker's side's, its subject (kept in the label)
    naming what undergoes it; not a pronoun's ("if a request comes, it will be considered":
    what is said of it, no offer)."""
    if not ctx.passive(tok) or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return ()
    return ctx.side_of(ctx.turn_speaker(p.offset(tok)))


def _foreseen(
    ctx: Context, p: Parsed, subj: Token | None, head: Token, agents: tuple[str, ...]
) -> bool:
    """Whether a reported commitment is a forecast: an analyst's, of others or of a deal, or a
    side's of what another side or its plan would do; or no one's commitment but a plan's term
    ("Peru's plan says Chile would cut A": Peru's, read on the plan)."""
    said_by = ctx.subject(head)
    if said_by is not None and ctx.cues.entries("plan-verb", head.lower_):
        if _owned_proposal(ctx, p, said_by):
            return True
    return (
        _analyst(ctx, ctx.agent(p, head))
        or _forecast_of_another(ctx, p, head, agents)
        or _said_of_another(ctx, p, subj, head, agents)
    )


def _forecast_of_another(ctx: Context, p: Parsed, head: Token, agents: tuple[str, ...]) -> bool:
    """Whether a verb of forecasting reports another side's move ("X predicted that Peru
    would sign if A"): X's forecast, not Peru's commitment (a Peruvian minister's would be)."""
    if not ctx.cues.lemmas(head.lower_) & ctx.cue_words("forecasting_verbs"):
        return False
    speakers = ctx.without_outlets(ctx.agent(p, head))
    mine = set(speakers) | set(ctx.states_of(speakers))
    return bool(speakers) and not mine & (set(agents) | set(ctx.states_of(agents)))


def _said_of_another(
    ctx: Context, p: Parsed, subj: Token | None, head: Token, agents: tuple[str, ...]
) -> bool:
    """Whether a reported clause's pronoun subject stands for another side than the state
    whose people say it ("Chile's minister said that it would concede too much", where "it"
    is Peru's plan): what they say another, or its plan, would do, no commitment of theirs."""
    if subj is not None and _others_plan(ctx, p, subj, head):
        return True  # "X said the US proposal would reward the spoilers": X's view of it
    if subj is None or subj.pos_ != "PRON":
        return False
    speakers = ctx.without_outlets(ctx.agent(p, head))
    theirs = set(ctx.states_of(speakers))
    if not theirs:
        return False  # whose side the speakers are on is unknown: they may speak for it
    return not (set(speakers) | theirs) & (set(agents) | set(ctx.states_of(agents)))


def _owned_proposal(ctx: Context, p: Parsed, noun: Token) -> bool:
    """Whether ``noun`` is a proposal's noun that no text's name can be ("plan", "proposal";
    not "agreement", "text") with its owner named on it ("Peru's plan", "the Chilean plan")."""
    if not any(not e.needs_draft for e in ctx.cues.entries("proposal-noun", noun.lower_)):
        return False
    return any(ctx.keys_at(p, c) for c in noun.children if c.dep_ in ("poss", "amod", "compound"))


def _others_plan(
    ctx: Context, p: Parsed, subj: Token, head: Token, resolved: tuple[str, ...] = ()
) -> bool:
    """Whether a reported clause's subject is a proposal of another side than the speakers'
    ("Russia's envoy said the United States proposal would reward the spoilers"; "Peru offered
    A. Chile's envoy said the plan would burden B": ``resolved``, the side the plan was found
    to be of)."""
    if not any(ctx.cues.entries(c, subj.lower_) for c in ("plan-noun", "proposal-noun")):
        return False
    owners = (
        set(ctx.owner(p, subj))
        or {k for c in subj.children for k in ctx.keys_at(p, c)}
        or set(resolved)
    )
    speakers = ctx.without_outlets(ctx.agent(p, head))
    mine = set(ctx.side_of(speakers))
    return (
        bool(owners) and bool(mine) and not owners & mine and not set(ctx.states_of(owners)) & mine
    )


def _dated_subject(ctx: Context, head: Token | None, verb: Token) -> Token | None:
    """The subject of a reported clause the parse took into a date before it ("said on Friday
    Greece would start talks": "Friday Greece" the object of "on")."""
    if head is None:
        return None
    days = ctx.cues.word_set("time_words")
    prep = _child(head, ("prep",), ("on",))
    obj = _objects(prep) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN" or not head.i < obj.i < verb.i:
        return None
    return obj if any(c.dep_ == "compound" and c.lower_ in days for c in obj.children) else None


def _no_commitment_word(ctx: Context, p: Parsed, verb: Token) -> bool:
    """Whether ``verb`` is one of ``not_commitments`` ("would say", "would remain"), unless
    it gives a sum ("would add £10 million": a sum given, whatever else "add" says), or one of
    ``unset_commitments`` set on no condition ("will travel to Lima on Monday": a schedule;
    "would travel only if A": an offer)."""
    if verb.lower_ in ctx.cue_words("unset_commitments"):
        return not _conditioned(ctx, p, verb)
    return verb.lower_ in ctx.cues.word_set("not_commitments") and not any(
        c.dep_ == "dobj" and sum_of_money(c) for c in verb.children
    )


def _owner_committing(
    ctx: Context, p: Parsed, subj: Token | None, head: Token | None, modal: Token
) -> tuple[str, ...]:
    """The speaker whose own thing a reported clause's subject is ("X said its troops would
    withdraw": X's offer); none under a modal of possibility ("X said their interests could
    push the region toward peace": a guess, not an offer)."""
    if subj is None or _guessing(ctx, modal) or not _owned_by_speaker(ctx, p, subj, head):
        return ()
    return ctx.owner(p, subj)


def _continues_an_act(ctx: Context, p: Parsed, tok: Token) -> bool:
    """Whether ``tok`` carries on an act that is read on its own: "continue" with a
    to-infinitive that demands, urges, offers or takes a stance ("will continue to press for
    a truce", "to back the plan"); "will continue to honour the accord" is a commitment, and
    so is "would continue to back the plan, but only if A" (support on terms)."""
    if tok.lower_ not in ctx.cues.word_set("continuing_verbs"):
        return False
    act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if act is None:
        return False
    cues = ("demand-verb", "urging-verb", "offer-verb")
    stance = _stance_verb(ctx, act) and not _conditioned(ctx, p, tok)
    return stance or any(ctx.cues.entries(c, act.lower_) for c in cues)


#: Subjects that count others, not the speaker ("five more will ask", "others would follow").
_COUNTED_OTHERS = frozenset({"more", "others", "some", "many", "several", "few", "most"})
#: Verbs of leave: what they let another do is no offer of that other's.
_LEAVE = frozenset({"allow", "permit", "let", "enable"})
#: Verbs of saying whose reported future is a threat or a forecast, not a commitment.
_WARNING = frozenset({"warn", "threaten", "caution"})


def _guessing(ctx: Context, modal: Token) -> bool:
    """Whether ``modal`` is one of possibility (``modals_guess``: "may", "might", "could",
    "can"): a commitment only in the words of the side that would act."""
    return modal.lower_ in ctx.cue_words("modals_guess")


def _meeting(ctx: Context, subj: Token) -> bool:
    """Whether a subject names a meeting ("the talks", "their conversation", "the next round"),
    an event rather than a side (not a name: "the Geneva Talks" may stand for a body)."""
    return subj.pos_ == "NOUN" and subj.lower_ in ctx.cues.word_set("meeting_nouns")


def _own_side(ctx: Context, agents: Sequence[str], speakers: Sequence[str]) -> bool:
    """Whether the speakers are the agents or speak for the same state or body ("Peru's
    minister said Peru may ...", "the EU's commissioner said the bloc could ...")."""
    mine = set(speakers) | set(ctx.states_of(speakers))
    mine |= {o for k in speakers if ctx.cls(k) == "Person" for o in ctx.orgs_of(k)}
    return bool(mine & (set(agents) | set(ctx.states_of(agents))))


def _answered_in_exchange(ctx: Context, p: Parsed) -> bool:
    """Whether the next sentence opens with "In exchange," or "In return,": what this one says
    one side will do is what the other side's offer hangs on ("India will cut its duties. In
    exchange, the United States will ...")."""
    return ctx.exchange_opener(p.index + 1) is not None


def _owned_by_speaker(ctx: Context, p: Parsed, subj: Token, head: Token | None) -> bool:
    """Whether a reported clause's subject is something of the speaker's own ("X said its
    fighters would halt ...", "their territories would remain open"): a possessive that names
    the speaker's side."""
    if head is None or subj.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in subj.children):
        return False
    owners = set(ctx.owner(p, subj))
    speakers = set(ctx.agent(p, head))
    return bool(owners) and owners <= speakers | set(ctx.states_of(tuple(speakers)))


def _takes_effect(verb: Token) -> bool:
    """ "come / enter into force", "take effect": what a proposal does, not what anyone offers."""
    words = {(c.lower_, g.lower_) for c in verb.children for g in c.children}
    if words & {("into", "force"), ("into", "effect")}:
        return verb.lower_ in _COME_ENTER
    return verb.lower_ in _TAKE and any(
        c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children
    )


#: The parse carries no lemmas here: the forms of "come", "enter", "go" and "take".
_COME_ENTER = frozenset("come comes came coming enter enters entered entering go goes went".split())
_TAKE = frozenset("take takes took taken taking".split())


def _condition_marker(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` heads a clause or phrase opened by a condition marker."""
    if tok.dep_ not in ("advcl", "prep", "advmod", "acomp", "amod"):
        return False
    words = " ".join(t.lower_ for t in list(tok.subtree)[:5])
    return any(words == m.lemma or words.startswith(m.lemma + " ") for m in ctx.cues.markers)


def _in_return(ctx: Context, tok: Token) -> bool:
    """ "In return, X would ...": an adverbial of exchange on a commitment."""
    words = " ".join(t.lower_ for t in tok.subtree)
    return tok.dep_ in ("prep", "advmod") and words in ctx.cues.word_set("exchange_adverbials")


def _bodies_of(ctx: Context, keys: tuple[str, ...]) -> list[str]:
    """The organisations among ``keys`` and those the people among them serve."""
    return [
        o
        for k in keys
        for o in ((k,) if ctx.cls(k) == "Organisation" else ctx.orgs_of(k))
        if ctx.cls(o) == "Organisation"
    ]


def _side_says_should(ctx: Context, modal: Token, verb: Token, speakers: tuple[str, ...]) -> bool:
    """Whether "should" is said by a state or a body, or by one who speaks for a state, of a
    thing to be done by no one named ("the sanctions should be lifted, Peru said", "China's
    envoy said aid should go through Damascus"): a demand; an analyst's "should" is advice,
    and "should be respected by every fleet" a view of a rule for all, read as words."""
    if modal.lower_ != "should" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return (
        bool(speakers)
        and all(
            ctx.cls(k) in ("State", "Organisation") or ctx.states_of((k,)) or _lawmaker(ctx, k)
            for k in speakers
        )
        and not _analyst(ctx, speakers)
    )


def _lawmaker(ctx: Context, key: str) -> bool:
    """Whether a person's title is a lawmaker's ("Senator Ana Rios", "MP Ana Rios")."""
    info = ctx.res.entities.get(key)
    role = info.role if info is not None else None
    return role is not None and role.lower().split()[-1] in ctx.cue_words("legislator_titles")


def _analyst(ctx: Context, speakers: tuple[str, ...]) -> bool:
    """Whether the speakers are analysts or journalists: people of an institute or an outlet."""
    return bool(speakers) and all(
        ctx.cls(k) == "Person"
        and any(
            ctx.res.entities[o].fine in ("research_institute", "media")
            for o in ctx.orgs_of(k)
            if o in ctx.res.entities
        )
        for k in speakers
    )


def _orgs_of(ctx: Context, key: str) -> tuple[str, ...]:
    info = ctx.res.entities.get(key)
    return (info.state,) if info is not None and info.state else ()


def _marker(ctx: Context, tok: Token) -> str | None:
    first = next(iter(tok.subtree), None)
    return first.lower_ if first is not None and tok.dep_ == "advcl" else None


def _owner_phrase(ctx: Context, p: Parsed, noun: Token, content: Token) -> tuple[Token, ...]:
    """The "of" or "by" phrase after a proposal noun that names its owner, before the content
    ("the offer of Peru's president to host A", "a proposal by Chile that B"): whose it is."""
    return tuple(
        c
        for c in noun.children
        if c.dep_ == "prep"
        and c.lower_ in ("of", "by")
        and noun.i < c.i < content.i
        and (obj := _objects(c)) is not None
        and ctx.keys_at(p, obj)
    )


def _nominal_content(ctx: Context, p: Parsed, noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "appos" and c.i > noun.i and _set_off(c) and not ctx.keys_at(p, c):
            return c  # "its key demands - no enlargement and a return to 1997 -": spelled out
        if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and c.i > noun.i:
            obj = _objects(c)
            named = obj is not None and ctx.keys_at(p, obj) and not _to_be_set_up(ctx, p, obj)
            if (
                obj is not None
                and not named
                and obj.lower_ != "own"
                and not _of_the_time(ctx, obj)
                and not _on_the_table(obj)
            ):
                return obj  # ("a plan of their own" says whose it is, not what; "the first
                # offer of the week" when)
        if c.dep_ == "advcl" and _for_to_clause(c) and c.i > noun.i:
            return c  # "calls for Serbia to commit to A": what Serbia is asked to do
        if c.dep_ in ("acl", "relcl", "ccomp", "xcomp") and _verbal(c) and c.i > noun.i:
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and not _subjunctive_clause(c)  # "the request that A be replaced by B"
                and (ctx._puts_forward(c) or _by_participle(c))
            ):
                continue  # "the offer, made at a time when ...": how it came, not what it is
            if c.dep_ == "relcl" and ctx._puts_forward(c) and _object_gap(c):
                continue  # "the plan, which was drafted by Egypt": how it came, not what it is
            if c.dep_ == "relcl" and _set_off_judgement(ctx, c):
                continue  # "the proposal, which is in line with our policy": a view of it
            return c
    if noun.dep_ == "dobj":  # "made concessions on fishing quotas": the parse hung "on" on the verb
        spelled = [c for c in noun.head.children if c.dep_ == "dobj" and c.i > noun.i]
        if spelled and _after_colon(spelled[0]):
            return spelled[0]  # "put a proposal to both sides: a truce for A": what it is
        for c in noun.head.children:
            if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and c.i == noun.right_edge.i + 1:
                obj = _objects(c)
                if obj is None or obj.lower_ == "behalf" or _on_the_table(obj):
                    continue  # "backed the offer on behalf of X": for whom, not what
                if not ctx.keys_at(p, obj) and not _timely(ctx, obj):
                    return obj
    return trailing_infinitive(noun)


def _set_off_judgement(ctx: Context, clause: Token) -> bool:
    """Whether a relative clause set off by a comma says what its noun is like with a copula
    or a verb of judging ("the proposal, which is in keeping with our policy", "the plan,
    which it regards as vital"), not what it would do."""
    start = clause.left_edge.i
    words = ctx.cues.word_set("copula_forms") | ctx.cues.word_set("judging_verbs")
    judged = clause.lower_ in words or any(c.dep_ == "cop" for c in clause.children)
    return start > 0 and clause.doc[start - 1].text == "," and judged


def _to_be_set_up(ctx: Context, p: Parsed, name: Token) -> bool:
    """Whether a body's name the lexicon does not know comes after "a" ("a proposal for a
    Development Fund"): one to be set up, what is put forward, no actor already there (not
    "the idea of an OPEC for lithium": a body that is)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in name.children) and not any(
        k in ctx.lex.entries for k in ctx.keys_at(p, name)
    )


def _set_off(appos: Token) -> bool:
    """Whether an apposition is set off by a dash right before it, or by a colon where it is
    one thing, no list ("presented a proposal: a truce for A"; a list after a colon is read
    item by item)."""
    start = appos.left_edge.i
    return _after_colon(appos) or (start > 0 and appos.doc[start - 1].text in ("-", "–", "—"))


def _after_colon(tok: Token) -> bool:
    """Whether a colon comes right before ``tok``'s phrase, and no list follows it."""
    return (
        tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ":"
        and not any(c.dep_ == "conj" for c in tok.children)
    )


#: Prepositions of topic: what a delivered text is about is not what it delivers.
_ABOUT = frozenset({"regarding", "about", "concerning", "on", "to", "as"})


def _of_the_time(ctx: Context, obj: Token) -> bool:
    """Whether an "of" phrase names the time a thing is the first or best of ("the best offer
    of the week", "of the year"), not what it is."""
    return (
        obj.head.lower_ == "of"
        and obj.lower_ in ctx.cues.word_set("time_words")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    )


def _on_the_table(obj: Token) -> bool:
    """Whether a phrase is "on the table" ("put a generous offer on the table"): where an
    offer is put, not what it is."""
    return (
        obj.lower_ == "table"
        and obj.head.lower_ == "on"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    )


def _timely(ctx: Context, tok: Token) -> bool:
    """A time ("on Friday", "in March"), not content."""
    return tok.lower_ in ctx.cues.word_set("reporting_time_words") or tok.ent_type_ in (
        "DATE",
        "TIME",
    )


def _subjunctive_clause(acl: Token) -> bool:
    """Whether a participle heads a clause of its own with its subject and "be" ("that the
    guards be replaced by police"), not a reduced relative."""
    deps = {c.dep_ for c in acl.children}
    return "nsubjpass" in deps and "auxpass" in deps


def _by_participle(acl: Token) -> bool:
    """ "the plan, mediated by X": a past participle with its agent tells who handled the noun."""
    return acl.tag_ == "VBN" and any(c.dep_ == "agent" for c in acl.children)


def _object_gap(relative: Token) -> bool:
    """Whether a relative clause's noun is its verb's object ("which was drafted by X",
    "that X drafted"), not its subject ("which calls for ...")."""
    return any(c.dep_ == "auxpass" for c in relative.children) or any(
        c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in relative.children
    )


_RULE_PARTICIPLE = "proposals.agent-of-participle"


def read_put_forward_by(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "a plan proposed by the US", "a text drafted by France": the noun a participle of
    offering, demanding or presenting modifies, put forward by the participle's agent."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = tok.head
    kinds = [
        (construction, kind)
        for construction, kind in (
            ("offer-verb", "offer"),
            ("demand-verb", "demand"),
            ("light-verb", "offer"),
        )
        if any(
            _particle_fits(e, tok) and e.complement is None and not e.needs_modal
            for e in ctx.cues.entries(construction, tok.lower_)
        )
    ]
    if not kinds:
        return []
    construction, kind = kinds[0]
    if construction == "light-verb" and not names_proposal(ctx, noun):
        return []  # "the letter sent by X" names a proposal; "the troops sent by X" none
    agents = ctx.by_agent(p, tok)
    if not agents or ctx.keys_at(p, noun) or _acting_participle(ctx, noun, tok):
        return []
    named = ctx.cues.entries("proposal-noun", noun.lower_) or ctx.cues.entries(
        "plan-noun", noun.lower_
    )
    purpose = _participle_purpose(tok)
    bare = purpose is None and not any(
        c.dep_ in ("prep", "acl", "relcl") and c != tok for c in noun.children
    )
    if named and bare and any(c.dep_ == "det" and c.lower_ != "a" for c in noun.children):
        return []  # "the proposals presented by both parties": those read where they were made
    if named and bare and not _stance_taken_on(ctx, _light_head(ctx, noun)):
        return []  # "rests on a plan drafted by X": what X proposes is read where it is said
    if construction == "light-verb":
        kind = next((e.kind for e in named if e.kind), kind)  # "the demands made by X"
    particles = tuple(c for c in tok.children if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1)
    if purpose is not None:  # "the demand made by X to reopen A": the parse's purpose of "made"
        drop = (tok, *particles, *(c for c in tok.children if c.dep_ == "agent"))
        extra = (_light_head(ctx, noun),)
        return [Reading(tok, agents, purpose, kind, _RULE_PARTICIPLE, extra=extra, drop=drop)]
    head = _light_head(ctx, noun)
    return [Reading(tok, agents, head, kind, _RULE_PARTICIPLE, drop=(tok, *particles))]


def read_as_proposed(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Chile rejected a joint patrol, as Peru has proposed" (``as-proposed``): the object of
    the verb the clause of "as" hangs on is what the clause's subject put forward."""
    entries = ctx.cues.entries("as-proposed", tok.lower_)
    if not entries or tok.dep_ != "advcl" or tok.pos_ not in _VERBAL:
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children):
        return []  # ("as Peru proposed to the council": a clause of its own)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    agents = ctx.actors(p, subject) if subject is not None else ()
    head = tok.head
    content = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if content is None:  # "refuses to close the crossings, as X demanded": the verb's act
        content = next(
            (c for c in head.children if c.dep_ == "xcomp" and c.i < tok.i and _verbal(c)), None
        )
    if not agents or content is None or ctx.keys_at(p, content):
        return []
    return [Reading(tok, agents, content, entries[0].kind or "offer", entries[0].rule)]


def _particle_fits(entry: Cue, made: Token) -> bool:
    """Whether a participle has the particle its entry needs ("a plan put forward by X"), or the
    entry needs none."""
    return not entry.particle or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == entry.particle for c in made.children
    )


def _participle_purpose(made: Token) -> Token | None:
    """The to-infinitive, that-clause or "for" phrase the parse hung on a participle after its
    agent ("the demand made by X to reopen A", "a demand made by X that Y cut A", "a proposal
    submitted by X for a joint patrol"): what the noun asks or offers."""
    agent = _child(made, ("agent",))
    return next(
        (
            c
            for c in made.children
            if agent is not None
            and c.i > agent.i
            and (
                (c.dep_ in ("xcomp", "advcl", "acl") and is_to_infinitive(c))
                or (c.dep_ == "ccomp" and _child(c, ("mark",), ("that",)) is not None)
                or (c.dep_ == "prep" and c.lower_ == "for")
            )
        ),
        None,
    )


def _acting_participle(ctx: Context, noun: Token, made: Token) -> bool:
    """Whether ``noun`` has, after the participle ``made``, a participle of demanding, urging
    or offering ("a statement issued by X calling for a truce"): that act is what X puts
    forward, read on its own with X as its agent."""
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBG"
        and c.i > made.i
        and any(ctx.cues.entries(k, c.lower_) for k in ("demand-verb", "urging-verb", "offer-verb"))
        for c in noun.children
    )


def _stance_taken_on(ctx: Context, noun: Token) -> bool:
    """Whether a stance is taken on ``noun``: the object of a verb of rejecting or supporting
    ("rejected a proposal made by X"), the subject of its passive ("a proposal made by X was
    rejected"), or the subject of a judgement ("a number of proposals
    floated by X are unacceptable"); then the bare noun is what the stance is on. A part of
    it counts ("accepted parts of a proposal made by X")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and _stance_verb(ctx, verb):
        return True  # ("a proposal put forward by X was welcomed by Y")
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "acomp" and ctx.cues.entries("judgement-adjective", c.lower_)
        for c in noun.head.children
    )


def _light_head(ctx: Context, noun: Token) -> Token:
    """The light noun whose "of" phrase ``noun`` is ("a ten-point list of demands made by X":
    the list, which says how many), else ``noun``."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in ctx.cues.word_set("light_heads")
    ):
        return prep.head
    return noun


def read_proposed(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Ukraine's proposed neutral status": the noun a participle of proposing modifies."""
    if tok.dep_ not in ("amod", "compound") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    entries = [e for e in ctx.cues.entries("proposal-noun", tok.lower_) if e.modifier]
    if not entries or tok.head.lower_ in ctx.cues.word_set("draft_nouns"):
        return []
    noun = tok.head
    owner = ctx.owner(p, noun)
    if not owner:
        return []
    drop = tuple(
        c
        for c in noun.children
        if c.dep_ in ("poss", "det") or (c.i < noun.i and ctx.keys_at(p, c))
    )
    return [Reading(tok, owner, noun, entries[0].kind or "offer", entries[0].rule, drop=drop)]


_RULE_SUMMED = "proposals.summed-up-by-appositive"


def _summed_up(noun: Token) -> tuple[Token, Token] | None:
    """The phrase an appositive "one of <owner's> <noun>" sums up ("refused to reopen the
    crossing, one of Peru's demands": reopening the crossing; "a cap on quotas, one of
    Peru's proposals": the cap), and the appositive."""
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return outermost(noun.head), noun  # "a stipulation that it disarm, a key demand by X"
    if noun.dep_ == "dobj" and noun.i > 1 and noun.doc[noun.left_edge.i - 1].text == ",":
        earlier = [  # the same, the appositive read as a second object of the verb
            c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i
        ] + [
            g
            for c in noun.head.children
            if c.dep_ == "prep" and c.i < noun.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
        first = max(earlier, key=lambda t: t.i, default=None)
        if first is not None:
            return first, noun
    prep = noun.head
    one = prep.head
    if not (noun.dep_ == "pobj" and prep.lower_ == "of" and one.lower_ == "one"):
        return None
    if one.dep_ == "npadvmod" and one.head.pos_ == "VERB":  # hung on the clause's verb
        said = _child(one.head, ("xcomp",)) or _child(one.head, ("dobj",))
        return None if said is None or said.i > one.i else (said, one)
    if one.dep_ != "appos":
        return None
    head = outermost(one.head)  # "a cap on quotas, one of ...": the cap
    verb = head.head
    if head.dep_ == "dobj" and verb.dep_ == "xcomp" and verb.pos_ == "VERB":
        return verb, one  # "refused to reopen the crossing, one of ...": reopening it
    return head, one


def _sums_up(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` sums up the clause before it, after a comma ("..., a demand the Afghan
    side hesitated to meet"): it names what that clause put forward, nothing new."""
    doc = noun.doc
    edge = noun.left_edge.i
    return (
        noun.lower_ in ctx.cues.word_set("summary_nouns")
        and edge > 1
        and doc[edge - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "of", "to", "by", "from")
            for c in noun.children
        )  # "a key demand by Israel": names whose it is
        and not any(c.dep_ in ("poss", "compound") for c in noun.children)
        and not any(c.dep_ in ("acl",) and is_to_infinitive(c) for c in noun.children)
    )


def _delivered_own(ctx: Context, p: Parsed, noun: Token) -> tuple[str, ...]:
    """Who delivers a noun of proposing that a possessive pronoun owns ("Chile presented its
    plan", "Peru said Chile had submitted its draft"): the pronoun stands for the subject of
    the verb that delivers it, whoever else the sentence names first."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return ()
    verb = noun.head
    if not ctx.cues.entries("light-verb", verb.lower_) or ctx.negated(verb):
        return ()
    return ctx.agent(p, verb)


def read_nominal(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Russia's demand for ...", "an offer by Qatar to ...", "X presented a plan to ..."."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    entries = ctx.cues.entries("proposal-noun", tok.lower_)
    drafted = bool(entries) and _drafted(ctx, tok)
    entries = tuple(e for e in entries if drafted or not e.needs_draft)
    if not entries or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return []
    if _sums_up(ctx, tok):
        return []  # "X demanded A, a demand Y hesitated to meet": A, read at "demanded"
    owner = ctx.owner(p, tok)
    rule = entries[0].rule
    delivered = _delivered_own(ctx, p, tok)
    if delivered and set(delivered) != set(owner):  # "Peru said Chile presented its plan"
        owner, rule = delivered, ctx.cues.entries("light-verb", tok.head.lower_)[0].rule
    elif not owner and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        asked = verb.dep_ == "xcomp" and _asked(ctx, verb.head)  # "urged Y to prepare a plan"
        about = tok.dep_ == "pobj" and tok.head.lower_ in _ABOUT  # "delivered a reply regarding"
        if (
            not about
            and ctx.cues.entries("light-verb", verb.lower_)
            and not asked
            and not any(c.dep_ == "neg" for c in verb.children)
        ):
            owner = ctx.agent(p, verb)
            rule = ctx.cues.entries("light-verb", verb.lower_)[0].rule
        elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and _with_a_move(ctx, verb):
            for _ in range(3):  # the parse may hang "with" on the object ("opened talks with")
                if verb.pos_ in _VERBAL or verb.dep_ not in ("dobj", "pobj", "prep"):
                    break
                verb = verb.head
            if verb.pos_ in _VERBAL:
                owner = ctx.agent(p, verb)  # "X opened the talks with a proposal to ...": X's
    owner = owner or _called_a_proposal(ctx, p, tok)
    if owner:
        memory.owners.append((tok.lower_.rstrip("s"), owner))
    content = _nominal_content(ctx, p, tok)
    if content is None and drafted:
        content = tok  # "its draft treaties": the draft is what is put forward
    summed = _summed_up(tok) if content is None else None
    if owner and summed is not None:  # "X, one of Peru's main demands": X is the demand
        kind = entries[0].kind or "offer"
        return [Reading(tok, owner, summed[0], kind, _RULE_SUMMED, drop=(summed[1],))]
    if not owner or content is None:
        return []
    if entries[0].complement == "verb" and content.pos_ in ("NOUN", "PROPN"):
        return []  # "Kabul's commitment to the truce": holding to a thing, no act put forward
    drop = tuple(
        c for c in tok.children if c.dep_ in ("poss", "det") or (c.i < tok.i and ctx.keys_at(p, c))
    )
    drop += _owner_phrase(ctx, p, tok, content)  # "the offer of X to host A": X's, not A
    extra = (tok, *_purpose(ctx, p, tok.head, tok)) if tok.dep_ == "dobj" else (tok,)
    kind = entries[0].kind or "offer"
    if content.dep_ == "advcl" and _for_to_clause(content):  # "its call for Y to V": Y is to V
        to, drop = _asked_of(ctx, p, content)
        return [Reading(tok, owner, content, kind, rule, to, drop=drop)]
    if content.dep_ == "appos":  # "its demands - A and B -": A and B, without the noun
        return [Reading(tok, owner, content, kind, rule)]
    return [Reading(tok, owner, content, kind, rule, extra=extra, drop=drop)]


def _predicate(tok: Token, complement: str | None) -> Token | None:
    """What a copula says its subject is: "is to reopen A" (``verb``), "is that X do A"
    (``that``), "was for A" or "was for X to do A" (``for``), "is generous: A and B" after a
    colon (``colon``)."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        if complement == "verb" and c.dep_ == "xcomp" and is_to_infinitive(c):
            return c
        if complement == "that" and c.dep_ == "ccomp" and _child(c, ("mark",), ("that",)):
            return c
        if complement == "for" and c.dep_ == "prep" and c.lower_ == "for":
            return _objects(c)
        if complement == "for" and c.dep_ == "advcl" and _for_to_clause(c):
            return c
        if complement == "act" and c.dep_ == "attr" and act_noun(c):
            return c
        if complement == "thing" and c.dep_ == "attr" and _thing_put_forward(c):
            return c
        if complement == "colon" and c.dep_ in ("attr", "appos") and c.pos_ == "NOUN":
            colon = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
            if colon is not None and colon.text == ":" and colon.head == tok:
                return c  # "Chile's offer is generous: access to A and a port at B"
    return None


def _thing_put_forward(noun: Token) -> bool:
    """Whether a copula's predicate noun names a term a side can give or ask for, by the
    quantity it holds ("a half share of 40 hectares", "a 10 percent cut"), with no word of
    judgement ("a good basis for talks", "a first step", "a trap of 40 pages")."""
    cues = load_cues()
    judged = [w for w in (noun, *noun.children) if cues.entries("judgement-adjective", w.lower_)]
    counted = any(t.like_num and t.tag_ == "CD" for t in noun.subtree)
    return noun.pos_ == "NOUN" and counted and not judged


def _predicated_noun(ctx: Context, subj: Token) -> Token | None:
    """The proposal noun a copula's subject is, or picks one of ("another of Peru's demands")."""
    if subj.pos_ in ("NOUN", "PROPN") and _read_as_nominal(ctx, subj):
        return subj
    if subj.lower_ not in ctx.cues.word_set("item_ordinals"):
        return None
    prep = _child(subj, ("prep",), ("of",))
    obj = _objects(prep) if prep is not None else None
    return obj if obj is not None and _read_as_nominal(ctx, obj) else None


def _list_sender(ctx: Context, p: Parsed, noun: Token) -> tuple[str, ...]:
    """Who sent the list a noun of terms is on ("the demands on the list sent by X")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        listed = _objects(prep)
        for acl in (c for c in listed.children if c.dep_ == "acl") if listed is not None else ():
            if _by_participle(acl):
                return ctx.by_agent(p, acl)
    return ()


def _listed_owner(noun: Token, ordinals: frozenset[str], memory: Memory) -> tuple[str, ...]:
    """Whose "the second demand" is: the last owner of the same noun, where an ordinal picks
    the noun out of theirs ("Peru set out three demands. The first demand was ...")."""
    if not any(c.dep_ in ("amod", "det") and c.lower_ in ordinals for c in noun.children):
        return ()
    lemma = noun.lower_.rstrip("s")
    return next((keys for said, keys in reversed(memory.owners) if said == lemma), ())


def read_predicate(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Peru's main demand is to reopen the crossing", "The second demand was for a
    mediator", "Another of Peru's demands is that ...": the copula's predicate is what the
    noun puts forward, held by the noun's owner, the owner of the list it is picked out of,
    or the speaker."""
    entries = ctx.cues.entries("proposal-predicate", tok.lower_) if tok.pos_ in _VERBAL else []
    subj = _child(tok, ("nsubj",)) if entries and not ctx.negated(tok) else None
    noun = _predicated_noun(ctx, subj) if subj is not None else None
    found = [(e, c) for e in entries if (c := _predicate(tok, e.complement)) is not None]
    if noun is None or not found:
        return []
    ordinals = ctx.cues.word_set("item_ordinals")
    speakers = ctx.without_outlets(ctx.speaker(p, tok))
    owner = (
        ctx.owner(p, noun)
        or _list_sender(ctx, p, noun)
        or _listed_owner(noun, ordinals, memory)
        or (() if _analyst(ctx, speakers) else speakers)  # an analyst's "the idea is": a reading
    )
    if not owner:
        return []
    kind = ctx.cues.entries("proposal-noun", noun.lower_)[0].kind or "offer"
    entry, content = found[0]
    if content.dep_ == "advcl":  # "was for Chile to act": Chile is asked, the act is the content
        to, drop = _asked_of(ctx, p, content)
        drop = drop if to else tuple(c for c in drop if c.dep_ == "mark")  # "for the talks to"
        return [Reading(tok, owner, content, kind, entry.rule, to, drop=drop)]
    return [Reading(tok, owner, content, kind, entry.rule)]


def _with_a_move(ctx: Context, head: Token) -> bool:
    """Whether "with" hangs on a verb or on a meeting ("opened the talks with a proposal"):
    a move made with the noun, not a feeling about it ("irritation with the pressure")."""
    return head.pos_ in _VERBAL or head.lower_ in ctx.cues.word_set("meeting_nouns")


def _read_as_nominal(ctx: Context, noun: Token) -> bool:
    """Whether :func:`read_nominal` reads ``noun`` as a proposal noun (a "resolution" only when
    drafted)."""
    drafted = _drafted(ctx, noun)
    entries = ctx.cues.entries("proposal-noun", noun.lower_)
    return any(drafted or not e.needs_draft for e in entries)


def _drafted(ctx: Context, noun: Token) -> bool:
    """ "draft treaty", "proposed agreement", "a deal that would end the war": a text put
    forward, not one in force."""
    return _would_relative(noun) is not None or any(
        c.lower_ in ctx.cues.word_set("draft_words") for c in noun.children if c.i < noun.i
    )


def _would_relative(noun: Token) -> Token | None:
    """The relative clause of "would" that says what a deal would do ("a deal that would end
    the war"): its terms, not yet in force ("a deal that will end it" may be one signed)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl"
            and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "would" for a in c.children)
        ),
        None,
    )


def _called_a_proposal(ctx: Context, p: Parsed, noun: Token) -> tuple[str, ...]:
    """Who calls what they speak of a proposal that would do something ("He said it was a fair
    proposal that would freeze the lines"): the speaker puts its terms forward."""
    copula = noun.head
    if noun.dep_ != "attr" or _would_relative(noun) is None:
        return ()
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in copula.children):
        return ()
    return ctx.without_outlets(ctx.speaker(p, copula))


def _plan_noun(ctx: Context, tok: Token | None) -> bool:
    if tok is None:
        return False
    if ctx.cues.entries("plan-noun", tok.lower_):
        return True
    if tok.lower_ in _TERMS:  # "its terms": the plan's
        return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    return _drafted(ctx, tok) and any(
        e.needs_draft for e in ctx.cues.entries("proposal-noun", tok.lower_)
    )


def _plan_owner(ctx: Context, p: Parsed, noun: Token, memory: Memory) -> tuple[str, ...]:
    if noun.lower_ in _TERMS:
        return memory.last_owner()  # "its terms": those of the plan put forward last
    owner = ctx.owner(p, noun)
    if not owner and noun.dep_ == "dobj" and ctx.cues.entries("offer-verb", noun.head.lower_):
        owner = ctx.without_outlets(ctx.agent(p, noun.head))  # "X floated a plan under which"
    if not owner and _indefinite(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "X came up with a plan", "filled the gap with a plan under which ..."
        verb = next((a for a in noun.head.ancestors if a.pos_ in _VERBAL), noun.head)
        if verb.pos_ in _VERBAL and not _stance_verb(ctx, verb):
            owner = ctx.without_outlets(ctx.agent(p, verb))
    if not owner:
        for c in noun.children:
            if c.dep_ == "acl":  # "the plan drawn up by X"; not "the draft seen by Reuters"
                owner = ctx.without_outlets(ctx.by_agent(p, c))
                if owner:
                    break
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    if not owner and (_indefinite(noun) or bare_plural(noun)) and subject:
        return ()  # "said a resolution (a deal) would deepen the crisis", "Resolutions need
        # consensus": none put forward before
    if not owner and noun.lower_ in ctx.cues.word_set("reached_agreement_nouns"):
        owner = memory.last_owner(_AGREEMENT)  # "the deal", "the agreement": the last signed
    return owner or memory.last_owner()


def _under_plan(ctx: Context, tok: Token) -> tuple[Token, Token] | None:
    """The "under the plan" phrase of a verb, and its plan noun: also "a plan under which X
    would ...", "under the terms of the deal", "under its terms" (the terms standing for the
    plan they belong to)."""
    for c in tok.children:
        part = _part_of(c) if c.dep_ == "prep" and c.lower_ == "as" else None
        if part is not None and (_plan_noun(ctx, part) or _agreement_noun(ctx, part)):
            if ctx.speech_head(tok) is None:  # (what a side says it would do as part of a
                return c, part  # deal is its commitment) "As part of the deal, X would ..."
        if c.dep_ == "prep" and c.lower_ == "under":
            obj = _objects(c)
            if obj is not None and obj.lower_ in ctx.relatives and tok.dep_ == "relcl":
                obj = tok.head  # "a proposal under which X would A"
            if obj is not None and obj.lower_ in _TERMS:
                obj = _terms_of(obj)
            if _plan_noun(ctx, obj) or _agreement_noun(ctx, obj):
                assert obj is not None
                return c, obj
    return _plan_before_colon(ctx, tok) or _plan_closing_sentence(ctx, tok)


def _part_of(prep: Token) -> Token | None:
    """The noun of "as part of the deal" (the phrase standing for "under the deal")."""
    part = _objects(prep)
    if part is None or part.lower_ != "part":
        return None
    of = _child(part, ("prep",), ("of",))
    return _objects(of) if of is not None else None


def _agreement_noun(ctx: Context, noun: Token | None) -> bool:
    """A noun of an agreement reached ("treaty", "pact"): after "under", what its clause
    says a party will do is that party's commitment ("Under the treaty, X will give A")."""
    return noun is not None and noun.lower_ in ctx.cue_words("reached_agreement_nouns")


def _plan_closing_sentence(ctx: Context, verb: Token) -> tuple[Token, Token] | None:
    """ "X will give A and keep B, while Y has agreed to C, under a treaty announced on
    Monday": an "under" phrase set off at the end of the sentence, wherever the parse hung it,
    governs the main clause and its conjuncts."""
    root = verb if verb.dep_ == "ROOT" else verb.head if verb.dep_ == "conj" else None
    if root is None or root.dep_ != "ROOT" or ", under " not in verb.doc.text:
        return None
    doc = verb.doc
    last = max((t.i for t in doc if not t.is_punct), default=0)
    for t in doc:
        if t.dep_ != "prep" or t.lower_ != "under" or t.right_edge.i != last or t.i == 0:
            continue
        obj = _objects(t)
        if obj is not None and doc[t.i - 1].text == ",":
            if _plan_noun(ctx, obj) or _agreement_noun(ctx, obj):
                return t, obj
    return None


def _plan_before_colon(ctx: Context, verb: Token) -> tuple[Token, Token] | None:
    """ "The offer is modest: X would A": a clause after a colon spelling out the plan noun
    that the copular clause before the colon has as its subject (the parse hangs that clause
    on the verb after the colon)."""
    colon = next((c for c in verb.children if c.text == ":" and c.i < verb.i), None)
    if colon is None:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < colon.i and clause.lower_ in _BE_FORMS:
            subject = _child(clause, ("nsubj",))
            prices = ctx.cue_words("price_nouns")  # "Ankara's price was clear: X had to A"
            if subject is not None and (_plan_noun(ctx, subject) or subject.lower_ in prices):
                return clause, subject
    return None


#: The forms of "be" a plan noun is described with before a colon.
_BE_FORMS = frozenset({"is", "was", "are", "were"})


def _under_plan_reading(
    ctx: Context,
    p: Parsed,
    tok: Token,
    memory: Memory,
    under: tuple[Token, Token],
    modal: Token,
) -> list[Reading]:
    """ "Under the plan, X would A": the plan's named owner puts it forward; in a deal with no
    owner named, each party commits to what the clause says it would do."""
    subj = ctx.subject(tok)
    parties = ctx.actors(p, subj) if subj is not None else ()
    signed = _agreement_noun(ctx, under[1])
    signed = signed and under[1] not in tok.ancestors  # not "a deal under which": put forward
    signed = signed and not any(  # not "under the deal proposed by X": X's, put forward
        c.dep_ in ("acl", "relcl") and ctx._puts_forward(c) for c in under[1].children
    )
    owner = parties if signed else ()  # "under the deal, X would A": the party X commits
    owner = owner or ctx.document_owner(p, under[1])
    if not owner:  # "Under the plan, X would ...": the plan's
        planned = _plan_owner(ctx, p, under[1], memory)
        owner = planned or parties
    apart = _own_clauses_after(tok)  # "..., and B would Y": read on its own, as above
    rule = ctx.cues.constructions["plan-noun"]["plan"][0].rule
    marks = [c for c in tok.children if c.dep_ == "mark"] if _contrasted(tok) else []
    drop = (under[0], modal, *apart, *marks)
    return [Reading(tok, owner, tok, "offer", rule, drop=drop)] if owner else []


def _plan_over_conjunct(ctx: Context, first: Token, verb: Token) -> tuple[Token, Token] | None:
    """The "under the plan" phrase of the first of coordinated verbs that governs ``verb``
    too: fronted before the first one's subject ("Under the plan, A would X, and B would Y"),
    or on a first verb whose subject ``verb`` shares ("under which A would X and Y")."""
    under = _under_plan(ctx, first) if first is not verb else None
    if under is None:
        return None
    subject = ctx.subject(first)
    fronted = subject is not None and under[0].i < subject.i
    shared = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return under if fronted or shared else None


def _contrasted(verb: Token) -> bool:
    """Whether ``verb`` heads a clause with a subject of its own set against the main one
    ("A will X, while B will Y"): a second term, as after "and"."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _own_clauses_after(verb: Token) -> list[Token]:
    """The clauses with subjects of their own coordinated after ``verb``, or set against it
    ("while B would Y"), with the commas and conjunctions that join them ("A would X, and B
    would Y": ", and B would Y")."""
    clauses = [
        c
        for c in verb.conjuncts
        if c.i > verb.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    clauses += [
        c for v in (verb, *verb.conjuncts) for c in v.children if c.i > verb.i and _contrasted(c)
    ]  # ("A would X and Y, while B would Z": hung on Y)
    if not clauses:
        return []
    first = min(c.left_edge.i for c in clauses)
    joiners = [c for c in verb.children if c.dep_ in ("cc", "punct") and verb.i < c.i < first]
    return [*joiners, *clauses]


def _under_a_plan(ctx: Context, verb: Token) -> bool:
    """Whether a plan's terms govern ``verb`` (its own "under" phrase, or its first conjunct's)."""
    if _under_plan(ctx, verb) is not None:
        return True
    if _contrasted(verb):
        return _plan_over_conjunct(ctx, verb.head, verb) is not None
    return verb.dep_ == "conj" and _plan_over_conjunct(ctx, first_conjunct(verb), verb) is not None


#: Nouns that stand for the plan they belong to ("under its terms", "under the terms of").
_TERMS = frozenset({"terms", "provisions"})


def _terms_of(terms: Token) -> Token:
    """The plan noun "terms" belong to ("the terms of the deal", "the deal's terms"), else the
    word itself ("its terms": the plan the pronoun stands for)."""
    for c in terms.children:
        if c.dep_ == "poss" and c.pos_ == "NOUN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and _objects(c) is not None:
            return _objects(c)  # type: ignore[return-value]
    return terms


def _under_plan_obliged(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Under the French proposal, X would have to do A": the plan's owner asks A of X."""
    if tok.lower_ not in ("have", "has", "had"):
        return []
    if not (_has_modal(ctx, tok) or tok.tag_ in ("VBD", "VBZ")):
        return []  # "X would have to do A", "X had to do A", "X has to do A"
    act = _child(tok, ("xcomp",))
    under = _under_plan(ctx, tok)
    if act is None or under is None or not is_to_infinitive(act):
        return []
    subj = ctx.subject(tok)
    owner = ctx.document_owner(p, under[1]) or _plan_owner(ctx, p, under[1], memory)
    if not owner:
        return []
    asked = ctx.actors(p, subj) if subj is not None else ()
    rule = ctx.cues.constructions["plan-noun"]["plan"][0].rule
    return [Reading(tok, owner, act, "demand", rule, tuple(k for k in asked if k not in owner))]


def read_plan_clause(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "The plan requires ...", "The draft would ...", "Under the deal, X would ...": the plan's owner."""
    obliged = _under_plan_obliged(ctx, p, tok, memory)
    if obliged:
        return obliged
    if tok.pos_ not in _VERBAL:
        return []
    modal = next(
        (
            c
            for c in tok.children
            if c.dep_ == "aux" and c.lower_ in ctx.cues.word_set("modals_commit")
        ),
        None,
    )
    rule = ctx.cues.constructions["plan-noun"]["plan"][0].rule
    under = _under_plan(ctx, tok)  # ("under the draft, the mission would become A": a term)
    becoming = under is not None and tok.lower_ == "become"
    verbs = ctx.cues.entries("plan-verb", tok.lower_)  # ("the plan says that A would B")
    if tok.lower_ in ctx.cues.word_set("not_commitments") and not (becoming or verbs):
        return []
    if under is None and (tok.dep_ == "conj" or _contrasted(tok)):
        first = tok.head if _contrasted(tok) else first_conjunct(tok)  # "..., and B would Y"
        under = _plan_over_conjunct(ctx, first, tok)
        modals = ctx.cue_words("modals_commit")
        if under is not None and modal is None:  # "under which A would X and Y"
            modal = next(
                (c for c in first.children if c.dep_ == "aux" and c.lower_ in modals), None
            )
    if under is not None and modal is not None:
        return _under_plan_reading(ctx, p, tok, memory, under, modal)
    subj = ctx.subject(tok)
    if subj is None or not _plan_noun(ctx, subj):
        return []
    free = ctx.cues.word_set("free_choice_determiners")
    if any(c.dep_ == "det" and c.lower_ in free for c in subj.children):
        return []  # "(demanded that) any agreement include A": terms for a deal not yet made
    owner = _plan_owner(ctx, p, subj, memory)
    head = ctx.speech_head(tok)
    if not owner or head is not None and _others_plan(ctx, p, subj, head, owner):
        return []  # "X said the US proposal would reward spoilers": X's view of the plan
    if _forecast_of_plan(ctx, p, tok, head):
        return []  # "analysts said (doubt) the text would change little": a forecast
    verbs = tuple(cue for cue in verbs if not (cue.needs_modal and modal is None))
    if verbs:
        times = ctx.cues.word_set("time_words")  # "provides for A", "provides that B would"
        found = ((cue, _complement(tok, cue, times=times)) for cue in verbs)
        cue, content = next(((c, x) for c, x in found if x is not None), (verbs[0], None))
        if content is None or figurative(ctx, content):
            return []
        if cue.complement == "clause" and not _owned_proposal(ctx, p, subj):
            return []  # "the agreement states that A would B": what a text says, no one's offer
        kind = "demand" if cue.lemma in ("require", "demand", "call", "stipulate") else "offer"
        dobj = _child(tok, ("dobj",))
        extra = (dobj,) if dobj is not None and content.dep_ == "xcomp" else ()
        to = ctx.actors(p, dobj) if dobj is not None and extra else ()
        return [Reading(tok, owner, content, kind, cue.rule, to, extra=extra)]
    if modal is None or _child(tok, ("dobj", "xcomp", "ccomp", "prep")) is None:
        return []
    if ctx.passive(tok):
        return []  # "the agreement would be suspended if ...": what befalls the plan, no term
    return [Reading(tok, owner, tok, "offer", rule, drop=(subj, modal))]


_RULE_HORTATIVE = "proposals.hortative"
_RULE_IMPERATIVE = "proposals.quoted-imperative"
_RULE_AGREED_PARAGRAPH = "proposals.agreed-paragraph"


def _forecast_of_plan(ctx: Context, p: Parsed, verb: Token, head: Token | None) -> bool:
    """Whether what a plan would do is what an analyst says or someone independent thinks
    ("analysts doubt the plan will change much"), no term of the plan."""
    if head is not None and _analyst(ctx, ctx.without_outlets(ctx.agent(p, head))):
        return True
    if verb.dep_ != "ccomp":
        return False
    thinker = ctx.subject(verb.head)
    return thinker is not None and thinker.lower_ in ctx.cues.word_set("independent_roles")


def _hortative_act(tok: Token) -> tuple[Token, Token] | None:
    """The "us" and the act of "let us / let's do A": a verb of acting with a complement, not
    a copula or a bare aside ("let's be clear", "let us see", "let's face it"), nor one that
    takes up what was put forward before ("let us sign this document")."""
    if tok.lower_ != "let" or tok.tag_ != "VB":
        return None
    for act in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"):
        us = next((c for c in act.children if c.dep_ == "nsubj" and c.i == tok.i + 1), None)
        if us is None or us.lower_ not in ("us", "'s", "’s") or act.lower_ == "be":
            continue
        objects = [c for c in act.children if c.dep_ in ("dobj", "prep")]
        if objects and not any(c.dep_ == "dobj" and refers_back(c) for c in objects):
            return us, act  # "let us sign this document": the one put forward before
    return None


def read_hortative(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "Let's agree on a timetable", "let us sign this document": the speaker proposes that
    both sides do it, an offer to the other side."""
    found = _hortative_act(tok)
    if found is None or ctx.negated(found[1]):
        return []
    proceedings = ctx.cues.word_set("proceedings_nouns")
    if any(t.lower_ in proceedings for t in found[1].subtree):
        return []  # "Let us go straight to your questions": the meeting's own business
    speakers = ctx.without_outlets(ctx.speaker(p, tok))
    if not speakers:
        return []
    return [Reading(tok, speakers, found[1], "offer", _RULE_HORTATIVE, drop=(found[0],))]


#: Where an imperative opening a quotation hangs: the sentence's root, a clause before "then
#: we ...", or the complement of the verb of saying after the quotation.
_IMPERATIVE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "parataxis"})


def read_imperative(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "'Lift the levy first, then we talk,' X said", "'Release our citizens,' X said": a
    verb that opens a quoted sentence with an object and no subject asks it of the other
    side, the speaker's demand; not an imperative of talk ("thank you", "mark my words")."""
    if tok.tag_ != "VB" or tok.dep_ not in _IMPERATIVE_DEPS or ctx.negated(tok):
        return []
    if any(not t.is_punct for t in p.doc[: tok.i]) or ctx.quote_at(p.offset(tok)) is None:
        return []
    if tok.lower_ in ctx.cues.word_set("discourse_imperatives"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return []
    obj = _child(tok, ("dobj",))
    if obj is None or obj.pos_ == "PRON" or any(c.lower_ == "no" for c in obj.children):
        return []  # "make no mistake": an idiom of talk
    speakers = ctx.without_outlets(ctx.speaker(p, tok))
    if not speakers or _analyst(ctx, speakers):
        return []  # an analyst's advice is no side's demand
    return [Reading(tok, speakers, tok, "demand", _RULE_IMPERATIVE)]


def read_agreed_paragraph(ctx: Context, p: Parsed, tok: Token, memory: Memory) -> list[Reading]:
    """ "The Heads of State ... have agreed as follows: | 1. To establish a regional fund": the
    verb of a paragraph opened by "To" is an act the body agreed to, its offer (construction
    ``agreed-paragraph``). An operative verb ("2. To urge X to ...") is read by its own rule."""
    if tok.dep_ != "ROOT" or tok.pos_ not in _VERBAL or ctx.negated(tok):
        return []
    to = _child(tok, ("aux",), ("to",))
    if to is None or tok.lower_ in ctx.cues.word_set("operative_verbs"):
        return []
    agents = ctx.agreed_paragraph(p)
    if not agents:
        return []
    return [Reading(tok, agents, tok, "offer", _RULE_AGREED_PARAGRAPH, drop=(to,))]


#: The readers, in the order their readings are preferred when two read the same words.
READERS: tuple[Reader, ...] = (
    read_urging,
    read_refused_until,
    read_refused_leave,
    read_verb,
    read_insistence,
    read_readiness,
    read_welcome_to,
    read_unexcluded,
    read_possible,
    read_prerequisite,
    read_depends_on,
    read_deadline,
    read_time_left,
    read_agreement_reached,
    read_none_until,
    read_none_without,
    read_listed_terms,
    read_necessity,
    read_necessary,
    read_stressed_need,
    read_only_way,
    read_commitment,
    read_hortative,
    read_imperative,
    read_plan_clause,
    read_put_forward_by,
    read_as_proposed,
    read_nominal,
    read_proposed,
    read_predicate,
    read_agreed_paragraph,
)


def _entertained(ctx: Context, tok: Token) -> bool:
    """Whether a word stands in a clause a noun only entertains ("the notion that Israel will
    agree to X", "fears that Y would ..."): what it says is nobody's offer. A noun of saying
    or of news reports it ("said in a statement that X would ...", "welcomed news that X has
    offered to ...")."""
    node = tok
    speech = ctx.cues.word_set("speech_nouns") | ctx.cues.word_set("news_nouns")
    for _ in range(6):
        if node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN":
            if node.head.lower_ in speech:
                return False
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                return True
        if node.head == node:
            return False
        node = node.head
    return False


def _denied(ctx: Context, tok: Token) -> bool:
    """Whether a verb stands in the that-clause of a negated verb ("we do not accept that it
    requires a vote", "did not say that it would withdraw"): what it says nobody puts forward."""
    return (
        tok.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and ctx.negated(tok.head)
    )


def readings(ctx: Context, p: Parsed, memory: Memory) -> list[Reading]:
    """Every reading of one parsed sentence, in token order; none in a question ("Is X ready
    to accept it?", "we want to know if X is willing to ...", "Why? ..., will they respect
    it?"): a question puts nothing forward."""
    out: list[Reading] = []
    if direct_question(p):
        return out
    for tok in p.doc:
        if tok.pos_ in _VERBAL and (
            _entertained(ctx, tok) or _denied(ctx, tok) or inverted_question(tok)
        ):
            continue
        if asked_whether(tok):
            continue
        for reader in READERS:
            found = reader(ctx, p, tok, memory)
            if found:
                out.extend(
                    r for r in found if not _characterised(ctx, p, r) and not _supposed(ctx, p, r)
                )
                break
    return out


def _supposed(ctx: Context, p: Parsed, reading: Reading) -> bool:
    """Whether a reading's verb stands in a condition's clause ("the tariffs will stay until
    Peru offers access", "unless Chile proposes a quota"): an act supposed, not put forward;
    what is given in exchange ("in return for Peru's pledge to ...") is put forward still."""
    cue = reading.cue
    if cue.pos_ not in _VERBAL or reading.rule in _CLAUSE_DEMANDS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in cue.children):
        return True  # "until Peru offers access" (a time clause no condition reads)
    return any(
        cue.i in m.clause and m.cue.lemma not in EXCHANGE_MARKERS and m.head.i != m.anchor.i
        for m in ctx.marked(p)
    )


#: The rules that read a demand from the condition's clause itself ("no talks until Y does A").
_CLAUSE_DEMANDS = frozenset({"proposals.none-until"})
#: Marks of a clause whose act has not happened: "if", "unless", "until".
_SUPPOSING_MARKS = frozenset({"if", "unless", "until"})


def _characterised(ctx: Context, p: Parsed, reading: Reading) -> bool:
    """Whether an analyst or a journalist says what others want ("China wants the code to keep
    outsiders out," said a researcher): their reading of a side's aims, not a demand it put
    forward ("Ankara demanded that ..." in an expert's words is a report of one)."""
    if reading.cue.lower_ not in ctx.cues.word_set("desire_verbs"):
        return False
    speakers = ctx.without_outlets(ctx.speaker(p, reading.cue))
    return bool(speakers) and not set(speakers) & set(reading.agents) and _analyst(ctx, speakers)


__all__ += ["readings", "unique"]
