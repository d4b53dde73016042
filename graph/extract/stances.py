"""Stances: who rejects or supports what (the ``stances`` component).

Constructions (``data/constructions.json``): ``reject-verb`` and ``support-verb``
(the subject, or a passive's by-agent, holds the stance on the object) and
``judgement-adjective`` ("called the plan unacceptable", "said the offer was a
non-starter"). The target == an actor the object names, the proposal the object
states or refers to ("Russia's demands", "the plan", "it"), or else a position
labelled with the object's words. A pronoun ("endorsed it") is sought in its own sentence
and the one before: the nearest noun there that names something put forward ("the deal"),
else a proposal put forward there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .affiliations import speaks_for
from .content import (
    OFFERING_LEMMAS,
    asked_whether,
    determined_by_no,
    direct_question,
    example_items,
    first_conjunct,
    governing_verb,
    has_subject,
    is_to_infinitive,
    label_words,
    lifts_refusal,
    listed_examples,
    names_one_before,
    names_proposal,
    object_refused,
    outermost,
    refused_infinitive,
    refused_object,
    sum_of_money,
    trimmed,
    until_mark,
    verdict_word,
    welcomed_to,
    what_spelled,
    wished_success,
)
from .context import Context, unique
from .cues import Cue, inflections
from .mentions import head_noun
from .parse import Parsed, is_mark
from .records import Condition, Proposal, Stance, as_stance
from .registry import component

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RULE_ANSWER", "find_stances"]

_VERBAL = ("VERB", "AUX")
_ANAPHORS = frozenset({"it", "this", "that", "them", "these", "those"})
#: Nouns that name any proposal ("this offer"); a plan, a deal, a draft name particular ones.
_ANY_PROPOSAL = frozenset({"proposal", "offer", "idea", "suggestion", "request", "demand"})


@dataclass(frozen=True)
class _Read:
    holders: tuple[str, ...]
    stance: str
    target: Token
    rule: str
    #: The stance's verb when it is a relative clause on its target ("the accord, which
    #: X abandoned"): that clause is not part of the target's label.
    clause: Token | None = None
    #: Words the parse hung inside the target that are not its own (a judgement's noun).
    drop: tuple[Token, ...] = ()
    #: Words the parse hung outside the target that are its own (see :func:`_clause_subject`).
    extra: tuple[Token, ...] = ()
    #: On a proposal put forward in its sentence or the ``recent`` ones before only ("Peru
    #: agreed.": the one before; a bare "No." answering a question: the question's turn).
    recent: int = 0
    #: On a proposal put forward before whose words hold the target's word only ("blocked the
    #: protected area": the proposal for one; see :func:`_naming_needed`).
    named: bool | None = None


def _particle_object(tok: Token, cue: Cue) -> Token | None:
    """The object of a stance verb's particle: of the particle itself when it is a
    preposition ("voted against X"); else an object before it ("turned it down"), a gerund
    after it ("ruled out renewing X") or the
    object of the preposition right after it and the verb ("pushed back against X",
    "responded positively to X", "positively responded to X")."""
    for c in tok.children:
        if c.lower_ == cue.particle and c.dep_ in ("prep", "prt", "advmod"):
            if c.dep_ == "prep":
                return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            before = next((o for o in tok.children if o.dep_ == "dobj" and o.i < c.i), None)
            if before is not None:
                return before  # "turned it down": the object before the particle
            gerund = next((g for g in tok.children if _gerund_object(g)), None)
            return gerund or _object_of_prep_at(tok, max(c.i, tok.i) + 1)
    return None


def _object_of_prep_at(verb: Token, i: int) -> Token | None:
    """The object of the verb's preposition at position ``i``, if one is there."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == i), None)
    return None if prep is None else next((o for o in prep.children if o.dep_ == "pobj"), None)


def _gerund_object(verb: Token) -> bool:
    """Whether ``verb`` is a gerund right after its head (or its head's particle) that the
    parse made a clause of its own ("ruled out renewing the lease", "opposed using A": the
    object of "ruled out", of "opposed")."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "dep")
        and verb.i > 0
        and (verb.nbor(-1) == head or verb.nbor(-1).head == head and verb.nbor(-1).dep_ == "prt")
    )


def _object(ctx: Context, tok: Token, cue: Cue) -> Token | None:
    """What a stance verb is about: its object, the object of its particle, a passive's subject;
    for a relative clause with the object gapped ("a step the army opposed") or a relative
    pronoun ("the accord, which was abandoned by X"), the noun it hangs on."""
    shared = _passive_conjunct(tok)
    if (noun := _by_participle(ctx, tok)) is not None:
        return noun  # "the offer, opposed by Chile", "Rejected by Chile, the offer lapsed"
    if ctx.passive(tok) or shared is not None:
        target = next((c for c in tok.children if c.dep_ == "nsubjpass"), shared)
    else:
        target = _particle_object(tok, cue) if cue.particle else None
        target = target or next((c for c in tok.children if c.dep_ in ("dobj", "xcomp")), None)
        target = target or _clause_subject(tok) or _gerund_clause(tok) or _what_called(tok)
        target = target or _predicate_to_object(tok)
    if tok.dep_ == "relcl" and (
        target is None or target.lower_ in ctx.relatives or _of_which(ctx, target)
    ):
        return outermost(tok.head)  # "..., all of which Ecowas rejected": the noun they hang on
    said = tok.head
    if target is None and tok.dep_ == "ccomp" and said.dep_ == "relcl":
        if ctx.cues.is_form(said.lower_, ctx.speech_lemmas):  # "an idea X said it opposed"
            return outermost(said.head)
    return target


def _predicate_to_object(verb: Token) -> Token | None:
    """What a participle said of the subject is "to" ("it was strongly opposed to quarrying
    along the shore": the quarrying), where the parse took the participle for a verb."""
    if verb.dep_ != "acomp":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((o for o in getattr(prep, "children", ()) if o.dep_ in ("pobj", "pcomp")), None)


def _by_participle(ctx: Context, verb: Token) -> Token | None:
    """The noun a past participle with a "by" agent and no subject of its own is said of, where
    that noun names something put forward: the noun it is on ("the plan, backed by Chile,
    ..."; "a deal rejected by the rebels") or the subject of the clause it opens ("Backed by
    Chile, the plan passed"), or what the actor it is on puts forward ("France, backed by
    Chile, pressed for A"); the agent holds the stance on it. Not "rebels backed by X"
    (support of a fighting force, no stance on anything put forward). A participle coordinated
    after one ("a plan welcomed by Y but opposed by Z") is said of the same."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return _by_participle(ctx, verb.head) if verb.head.tag_ == "VBN" else None
    if (
        verb.dep_ not in ("acl", "advcl")
        or not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl")
        or not (any(c.dep_ == "agent" for c in verb.children) or _seat(ctx, verb))
        or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    noun = verb.head if verb.dep_ == "acl" else ctx.subject(verb.head)
    if noun is not None and verb.dep_ == "acl" and noun.dep_ == "nsubj" and noun.pos_ == "PROPN":
        return _put_forward_by(ctx, noun.head)  # "France, backed by Y, pressed for A": A
    summary = (  # "X agreed to A, a move welcomed by Y": A
        noun is not None
        and noun.lower_ in ctx.cue_words("summary_nouns")
        and noun.dep_ in ("appos", "npadvmod")
    )
    return noun if noun is not None and (_names_a_proposal(ctx, noun) or summary) else None


def _put_forward_by(ctx: Context, verb: Token) -> Token | None:
    """What a verb of offering or demanding puts forward: its object, or the object of its
    "for" ("pressed for A")."""
    if verb.lower_ not in ctx.cues.forms("offer-verb", "demand-verb"):
        return None
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if found is None and prep is not None:
        found = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return found


def _what_called(verb: Token) -> Token | None:
    """What a free relative of naming after a stance verb calls the thing ("turned down what he
    called a 'blank cheque' for the use of force": the blank cheque), which the parse makes a
    clause of its own with "what" as its object."""
    for c in verb.children:
        if (
            c.dep_ in ("ccomp", "xcomp")
            and c.i > verb.i
            and any(d.lower_ == "what" and d.i < c.i for d in c.children)
        ):
            return next((d for d in c.children if d.dep_ in ("oprd", "attr") and d.i > c.i), None)
    return None


def _gerund_clause(verb: Token) -> Token | None:
    """A gerund clause with a subject of its own that the parse made the verb's complement
    ("Chile opposes Peru hosting the summit": Peru's hosting is what is opposed), or one right
    after the verb that the parse made an adverbial clause ("opposed using the reservoirs")."""
    return next(
        (
            c
            for c in verb.children
            if c.tag_ == "VBG"
            and c.i > verb.i
            and not any(d.dep_ in ("mark", "aux") for d in c.children)
            and (
                (c.dep_ == "ccomp" and any(d.dep_ == "nsubj" for d in c.children))
                or (c.dep_ == "advcl" and c.i == verb.i + 1 and _gerund_object(c))
            )
        ),
        None,
    )


def _clause_subject(verb: Token) -> Token | None:
    """The object of a stance verb that the parse made the subject of a clause of the verb's own
    (see :func:`_in_clause`), or None."""
    return next(
        (
            s
            for c in verb.children
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ == "nsubj" and _in_clause(verb, s)
        ),
        None,
    )


def _in_clause(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is a stance verb's object that the parse made the subject of a clause
    after it: a participle with no object of its own ("welcomed the protocol signed in Lima",
    read as "the protocol signed ..."), or the noun's infinitive ("welcomes the deal brokered
    by the mediators to quickly reopen the pass"). Not a clause with a subordinator or an auxiliary
    ("accepted that the talks failed"), nor one whose subject is a name or a bare noun."""
    clause = noun.head
    if (
        noun.dep_ != "nsubj"
        or noun.pos_ != "NOUN"
        or clause.dep_ != "ccomp"
        or clause.head != verb
        or verb.i > noun.i
        or any(c.dep_ in ("mark", "auxpass", "neg") for c in clause.children)
        or not any(c.dep_ in ("det", "poss") for c in noun.children)
    ):
        return False
    aux = [c for c in clause.children if c.dep_ == "aux"]
    if clause.tag_ == "VB":  # the noun's infinitive
        return len(aux) == 1 and aux[0].lower_ == "to"
    participle = clause.tag_ in ("VBD", "VBN") and not aux
    return participle and not any(c.dep_ == "dobj" for c in clause.children)


def _passive_conjunct(verb: Token) -> Token | None:
    """The subject a passive with a by-agent shares with the verb it is coordinated after ("The
    truce was proposed by A and accepted by B", "the plan is unlawful and will never be accepted
    by Y"): the first verb's subject, which the parse hangs on that verb only."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBN"
        or not any(c.dep_ == "agent" for c in verb.children)
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _of_which(ctx: Context, noun: Token) -> bool:
    """ "all of which", "both of which": a partitive of a relative pronoun."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in ctx.relatives for o in c.children)
        for c in noun.children
    )


def _no_target(target: Token) -> bool:
    """A reflexive or interrogative pronoun ("itself", "what", "whom"), or a bare article,
    names nothing to take a stance on."""
    word = target.lower_
    if word in ("the", "a", "an"):
        return True  # a text cut off after its article ("is prepared to back the")
    return word.endswith(("self", "selves")) or word in ("what", "whom", "who", "whatever")


def _put_forward(ctx: Context, p: Parsed, target: Token) -> bool:
    """Whether a stance target names something put forward (a proposal or plan noun, talks,
    an agreement, a position, a bid), an actor, or stands for one (a pronoun, a verb's
    clause)."""
    if target.pos_ in ("PRON", "VERB", "AUX") or ctx.actors(p, target):
        return True
    whole = next(
        (o for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children),
        None,
    )
    if whole is not None and whole.dep_ == "pobj" and _put_forward(ctx, p, whole):
        return True  # "blocked most of the bids"
    word = target.lower_
    named = ctx.cue_words("meeting_nouns") | ctx.cue_words("agreement_nouns")
    named |= ctx.cue_words("scheme_nouns") | ctx.cue_words("summary_nouns")
    return (
        word in named | ctx.cue_words("position_nouns") | ctx.cue_words("pursuit_nouns")
        or bool(ctx.cues.entries("proposal-noun", word))
        or bool(ctx.cues.entries("plan-noun", word))
    )


def _bare_act(ctx: Context, verb: Token, target: Token) -> bool:
    """Whether a stance verb's target is an infinitive that names only an act of the holder's
    own, with nothing it is done to ("declined to comment", "refused to take part") or only
    what it would tell ("declined to give a date", "declined to say whether A", "declined to
    comment on A"): no text or
    step of anyone's is turned down."""
    if target.dep_ != "xcomp" or target.head != verb or target.pos_ != "VERB":
        return False
    told = ctx.cue_words("disclosure_nouns")
    bare = ("aux", "neg", "advmod", "punct", "prt")
    telling = ctx.cues.is_form(target.lower_, ctx.speech_lemmas)
    return all(
        c.dep_ in bare
        or (c.dep_ == "dobj" and c.lower_ in told)
        or (telling and c.dep_ in ("ccomp", "dobj"))  # "declined to say whether A"
        or (telling and c.dep_ == "prep" and c.lower_ in ("on", "about"))  # "to comment on A"
        for c in target.children
    )


def _removal(ctx: Context, p: Parsed, cue: Cue, target: Token) -> bool:
    """Whether a verb that also means removing someone from office does so here: its object
    is a person or an office ("dismissed the prime minister"), no proposal turned down."""
    if cue.lemma not in ctx.cue_words("removal_verbs"):
        return False
    if target.lower_ in ctx.title_words:
        return True
    return any(ctx.cls(k) == "Person" for k in ctx.keys_at(p, target))


def _any_one(ctx: Context, target: Token) -> bool:
    """Whether a stance's object is whichever one would do ("any proposal that includes A",
    "whatever plan"): supporting it sets terms (see ``condition-relative``), it takes no
    stance on anything put forward; rejecting it rejects them all."""
    free = ctx.cue_words("free_choice_determiners")
    return any(c.dep_ == "det" and c.lower_ in free for c in target.children)


def _hypothetical(ctx: Context, p: Parsed, tok: Token) -> bool:
    """ "would accept", "could back", "would be willing to back": a stance on offer, not one
    taken; but "X said it would back the resolution" (or "said it was ready for A and would
    back B"), with no condition on it, reports the stance in the past's future."""
    modals = ctx.cues.word_set("modals_offer") | {"must", "should"}
    first = first_conjunct(tok)  # "should correct A and abandon B": the modal of both
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        first = tok  # "X should A, and we reject B": a clause of its own, no modal shared
    ready = _readiness(tok)  # "would be willing to back X": the modal of "be"
    verbs = (tok, first) if ready is None else (tok, first, ready)
    modal = next(
        (
            c
            for v in verbs
            for c in v.children
            if c.dep_ == "aux" and c.lower_ in modals and c.lower_ not in ("will", "can")
        ),
        None,
    )
    if modal is None:
        return False
    head = ctx.speech_head(tok if ready is None else ready)
    heads = (
        (tok.head, first.head, *tok.children) if ready is None else (ready.head, *ready.children)
    )
    reported = modal.lower_ == "would" and head is not None and head in heads
    return not reported or any(m.anchor in verbs or m.anchor.head in verbs for m in ctx.marked(p))


def _no_support(ctx: Context, verb: Token, target: Token | None) -> bool:
    """Whether a verb of support takes no stance: on any one that would do ("would accept
    any deal that ...": terms offered), on aid going on ("will continue to support the
    people", "keep supporting the army"), on a thing it offers ("is ready to support a
    conference") or weighs ("would consider supporting a mission")."""
    if target is not None and (_any_one(ctx, target) or sum_of_money(target)):
        return True  # ("approved $25 million for A": a sum given, read as an offer)
    weighed = verb.dep_ == "xcomp" and verb.head.lower_ in ctx.cue_words("weighing_verbs")
    return weighed or _continued(ctx, verb) or _offered(verb, target)  # ("would consider
    # backing a mission if ...": an offer weighed, no stance taken yet)


def _offered(verb: Token, target: Token | None) -> bool:
    """Whether a verb of support after an adjective of readiness has a thing not yet put
    forward as its object ("prepared to support a conference", "ready to back talks")."""
    if target is None or _readiness(verb) is None:
        return False
    dets = [c.lower_ for c in target.children if c.dep_ == "det"]
    return dets in (["a"], ["an"]) or (not dets and target.tag_ == "NNS")


def _readiness(verb: Token) -> Token | None:
    """The "be" of "be willing (ready, prepared) to" that a stance verb is the infinitive of."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    return adjective.head


_FLIPPING = frozenset({"refuse", "decline"})
#: Verbs that try to bring their object to a stance ("to convince Y to accept it": not Y's yet).
_PERSUADING = frozenset({"convince", "persuade"})
_NOT_TAKEN = _PERSUADING | {
    "threaten",
    "hope",
    "want",
    "plan",
    "expect",
    "seek",
    "try",
    "aim",
    "wish",
}
#: Their forms, for the verbs the construction data does not list ("threatened to scuttle").
_NOT_TAKEN_FORMS = frozenset(form for lemma in _NOT_TAKEN for form in inflections(lemma))
#: Present obligation: "X has to accept it", "needs to back it" asks a stance of X, not one
#: X took ("had to accept it" tells what X did).
_OBLIGED = frozenset({"has", "have", "need", "needs"})
_INTENTIONS = frozenset({"intent", "intention", "plan", "plans", "desire", "wish", "willingness"})
#: Verbs that deny what their complement says ("denied supporting X": no stance).
_DENYING = frozenset({"deny", "denies", "denied", "denying"})
#: Nouns that report a charge or a claim ("accusations of backing X": no stance taken).
_ALLEGED = frozenset(
    "accusation accusations allegation allegations charge charges claim claims suspicion"
    " suspicions denial denials rumour rumours rumor rumors".split()
)


def _text_faulted(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` gives the reason a side acted, with a text for its subject ("abstained
    because the text ignored the views of X"): a fault found in the text, no stance its
    owner takes."""
    if tok.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("because", "since") for c in tok.children
    ):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and names_proposal(ctx, subj)


def _governor(ctx: Context, tok: Token) -> str:
    """How the word a stance verb is the infinitive of bears on it: "asked" (urged X to accept:
    no stance taken), "alleged" (denied supporting X, accusations of backing X, "because the
    text ignored X": said of the holder, not taken), "flipped" (refused to accept, has no
    intention to abandon, is unwilling to back: the opposite), "pending" or "covered" (see :func:`_held_back`), or "kept" (vowed to defend;
    did not refuse to support: a double negation). A verb coordinated after another with no
    subject of its own shares that verb's reading ("refused to discuss or accept X", "urged Y
    to withdraw and accept X")."""
    if tok.dep_ == "conj" and tok.head.pos_ in _VERBAL and not has_subject(tok):
        first = first_conjunct(tok)
        bare = tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        shared = not has_subject(first) or (
            first.dep_ == "ccomp" and bare
        )  # "that X adopt A, accept B"
        if first is not tok and first.pos_ in _VERBAL and shared:
            return _governor(ctx, first)
    held = _held_back(ctx, tok)
    if held is not None:
        return held
    if _out_of_question(tok) is not None:
        return "flipped"  # "there is no question of accepting X": X is refused
    if tok.dep_ == "acl" and tok.head.lower_ in _INTENTIONS and ctx.negated(tok.head):
        return "flipped"
    if tok.dep_ == "pcomp" and tok.head.head.lower_ in _ALLEGED:
        return "alleged"
    if tok.dep_ == "pcomp" and _accused_of(tok):
        return "alleged"  # "accusing Paris of interference by backing X": a charge
    if tok.dep_ == "ccomp":  # "demanded that Russia accept it", "wants Y to back it": asked of Y
        # (not "urged": "told reporters that they welcome it" says, it does not ask)
        persuading = ctx.cues.lemmas(tok.head.lower_) & _PERSUADING  # "to convince Y to accept it"
        if persuading:
            return "asked"
        future = ctx.cue_words("modals_commit")  # "would", "won't" (its "wo")
        if any(c.dep_ == "aux" and c.lower_ in future for c in tok.children):
            return "kept"  # "insisted it would never accept X": a statement, not a demand
        return "asked" if ctx.cues.entries("demand-verb", tok.head.lower_) else "kept"
    if _text_faulted(ctx, tok):
        return "alleged"
    if tok.dep_ != "xcomp":
        return "kept"
    head = tok.head.lower_
    if head in ctx.cue_words("reluctance_adjectives"):  # "is reluctant to accept X"
        return "kept" if ctx.negated(tok.head) else "flipped"
    if head in _DENYING:
        return "alleged"
    if head in _OBLIGED or _compelled(tok.head):
        return "asked"
    lemmas = ctx.cues.lemmas(head)
    if lemmas & _FLIPPING:
        return "kept" if ctx.negated(tok.head) else "flipped"
    if lemmas & OFFERING_LEMMAS:
        return "pending"  # "offered to accept a joint body": an offer, taken up or not
    asking = ctx.cues.entries("urging-verb", head) or ctx.cues.entries("demand-verb", head)
    return "asked" if asking or lemmas & _NOT_TAKEN or head in _NOT_TAKEN_FORMS else "kept"


#: Prepositions before which a stance is still to be taken ("before consenting to support X").
_PENDING = frozenset({"before", "until"})
#: Markers of a clause whose stance is one awaited, not taken ("until X accepts A").
_PENDING_MARKS = frozenset({"before", "until", "unless", "if", "once"})


#: Participles of compulsion: "will be forced to accept X" is pressed on the subject.
_COMPELLING = frozenset({"forced", "obliged", "compelled", "required"})


def _compelled(verb: Token) -> bool:
    """Whether ``verb`` is a compulsion not yet met ("will be forced to agree", "is being
    forced to accept": pressed on the subject, no stance taken), unlike one reported as met
    ("was forced to accept X" tells what the subject did)."""
    return verb.lower_ in _COMPELLING and any(
        c.dep_ == "auxpass" and c.lower_ in ("be", "being") for c in verb.children
    )


def _held_back(ctx: Context, tok: Token) -> str | None:
    """ "pending" for a stance verb under "before" or "until" ("demanded safeguards before
    agreeing to back X": not taken yet); "covered" for one that a verb of rejecting takes as
    its object ("ruled out approving X": the rejection is the stance, the approval is what
    it rejects), or that a noun of stance governs ("its refusal to accept X"); None
    otherwise."""
    node = tok
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
    if node.dep_ == "pcomp" and node.head.lower_ in _PENDING:
        return "pending"
    if node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in node.children
    ):
        return "pending"  # "the ban stays until X accepts A": X has not accepted A
    head = tok.head.lower_
    if (
        tok.dep_ == "xcomp"
        and any(_with_particle(tok.head, c) for c in ctx.cues.entries("reject-verb", head))
        and not ctx.cues.lemmas(head) & _FLIPPING
    ):
        return "covered"  # (not "voted to back X": "vote" rejects only with "against")
    if tok.dep_ == "acl" and ctx.cues.entries("stance-noun", head):
        return "covered"  # "its refusal to accept X": the noun names the stance
    return None


def _out_of_question(gerund: Token) -> Token | None:
    """The "be" of "there is no question of" that ``gerund`` is the object of ("there is no
    question of accepting X": the speaker refuses it), if any."""
    if gerund.dep_ != "pcomp":
        return None
    of = gerund.head
    question = of.head
    if of.lower_ != "of" or question.lower_ != "question":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in question.children):
        return None
    return question.head if question.dep_ == "attr" else None


def _accused_of(gerund: Token) -> bool:
    """Whether ``gerund`` is what a verb of accusing charges its object with ("accused Paris of
    backing X", "... of interference by backing X"): the nearest verb above it accuses."""
    verb = next((a for a in gerund.ancestors if a.pos_ in _VERBAL), None)
    return verb is not None and verb.lower_ in _ACCUSING


#: Forms of the verbs that charge their object with what their "of" phrase says.
_ACCUSING = frozenset(form for lemma in ("accuse", "blame") for form in inflections(lemma))


def _refusal(ctx: Context, tok: Token) -> Cue | None:
    """ "will not accept", "does not accept", "is not prepared to accept": a support verb
    refused now or in the future is a rejection (``refused-support``: the auxiliary or the
    adjective of readiness that says so); "did not back X" is read the same."""
    if not (ctx.negated(tok) or object_refused(tok)) or any(
        c.lower_ == "yet" for c in tok.children
    ):
        return None  # ("has not yet approved it": still pending; "will accept no deal" refuses)
    words = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]  # "never"
    if _readiness(tok) is not None:
        words.append(tok.head.lower_)  # "is not prepared to accept"
    found = [cue for w in words for cue in ctx.cues.entries("refused-support", w)]
    # "has never accepted": "never" refuses outright; "has not accepted" only what was asked
    return min(found, key=lambda cue: cue.lemma == "have", default=None)


def _verb_stance(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    constructions = [c for c in ("reject-verb", "support-verb") if ctx.cues.entries(c, tok.lower_)]
    if not constructions:
        return None  # no verb of stance: nothing to read
    described = _described_as_indefinite(ctx, tok)
    if described is not None:
        return _indefinite_stance(ctx, p, tok, constructions, *described)
    refusal = _refusal(ctx, tok) if tok.pos_ in _VERBAL else None
    refused = refusal is not None
    if _untaken(ctx, p, tok, refused, constructions):
        return None
    governed = _governor(ctx, tok)
    if governed in ("asked", "alleged", "pending", "covered"):
        return None  # "urged X to accept", "denied backing X": asked or alleged, not taken
    if tok.dep_ == "xcomp" and tok.head.lower_ in ctx.cue_words("likelihood_adjectives"):
        return None  # "X is unlikely to accept Y": a forecast of a stance, none taken
    for construction in constructions:
        for cue in ctx.cues.entries(construction, tok.lower_):
            if not _with_particle(tok, cue) or cue.needs_negation and not refused:
                continue  # ("recognises Kosovo" is no stance; "will never recognise X" rejects)
            holders = _holders(ctx, p, tok)
            target = _stance_target(ctx, tok, cue, construction)
            if target is not None and cue.lemma == "agree" and _committed_to(ctx, target):
                return None  # "agreed to a truce", "to a delay": a commitment, not a stance
            if target is not None and target.lower_ == "what":
                target = what_spelled(tok)  # "What Cairo rejects is any new dam": the dam
            if target is not None and target.dep_ == "xcomp" and ctx.passive(target):
                return None  # "refused to be drawn on it": declined to say, nothing refused
            if target is not None and (
                _no_target(target) or _bare_act(ctx, tok, target) or _removal(ctx, p, cue, target)
            ):
                return None  # "will defend itself", "declined to comment": nothing put forward
            naming = _naming_needed(ctx, p, cue, refusal, target)
            if naming is False:
                return None  # "blocked two roads", "shot down a drone": an act, no stance
            if construction == "support-verb" and refusal is None and _no_support(ctx, tok, target):
                return None
            if (
                governed == "flipped"
                and construction == "reject-verb"
                and cue.lemma not in ctx.cue_words("kept_by_refusal")
            ):
                # "declined to rule out X", "refused to condemn X": no stance either way
                return None
            if holders and target is not None:
                rejects = (construction == "reject-verb") != (governed == "flipped")
                rule = cue.rule
                if refusal is not None:
                    if construction == "reject-verb":
                        return None  # "will not reject": no stance
                    rejects, rule = True, refusal.rule
                on_noun = tok.dep_ == "relcl" or _by_participle(ctx, tok) is not None
                clause = tok if on_noun and tok.head in target.subtree else None
                stance = "rejects" if rejects else "supports"
                extra = tuple(target.head.subtree) if _in_clause(tok, target) else ()
                return _Read(holders, stance, target, rule, clause, extra=extra, named=naming)
    return None


def _naming_needed(
    ctx: Context, p: Parsed, cue: Cue, refusal: Cue | None, target: Token | None
) -> bool | None:
    """Whether a verb that takes a stance only on a thing put forward ("blocked", and "has not
    accepted": not "has not endorsed its content") has one: None where it needs none or its
    target names one; True where a proposal put forward before must be named by the target's
    word ("blocked the protected area" after a proposal for one); False where none can be."""
    if target is None or not (
        cue.needs_proposal or (refusal is not None and refusal.lemma == "have")
    ):
        return None
    if _put_forward(ctx, p, target):
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in target.children)
    return definite and target.pos_ == "NOUN"


_RULE_ASSENT = "stances.bare-assent"
#: The words of a verb's own that leave it bare: no object, clause or phrase says to what.
_BARE_DEPS = frozenset({"nsubj", "aux", "advmod", "punct", "cc", "conj", "npadvmod"})


def _bare_assent(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "Chile proposed a patrol. Peru agreed.": a verb of assent with nothing after it
    (``assent_verbs``) supports what another side put forward in its sentence or the one
    before."""
    if (
        tok.pos_ != "VERB"
        or tok.dep_ not in ("ROOT", "conj")
        or not ctx.cues.is_form(tok.lower_, ctx.cue_words("assent_verbs"))
        or ctx.negated(tok)
        or not _left_bare(tok)
    ):
        return None
    holders = ctx.agent(p, tok)
    return _Read(holders, "supports", tok, _RULE_ASSENT, recent=1) if holders else None


def _left_bare(tok: Token, but: Token | None = None) -> bool:
    """Whether no word of the verb's own but ``but`` says to what: "Peru agreed and signed it"
    says to what; "Peru agreed, but said ..." does not."""
    return not (
        any(c.dep_ not in _BARE_DEPS and c != but for c in tok.children)
        or any(c.dep_ == "conj" and c.i > tok.i and c.pos_ == "VERB" for c in tok.children)
        and not any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.children)
    )


_RULE_PREFERRED = "stances.preferred-over"


def _preferred_over(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "Pakistan favoured regulating mines rather than a total ban": the thing a verb of
    support is preferred to, after "rather than" or "instead of" (``preference_contrasts``),
    is rejected by the verb's holders."""
    if tok.i == 0 or tok.pos_ not in ("ADP", "SCONJ", "CCONJ"):
        return None  # (every token of a sentence is asked: the cheap test first)
    if not any(
        0 < len(words := c.split()) <= tok.i + 1
        and [t.lower_ for t in tok.doc[tok.i + 1 - len(words) : tok.i + 1]] == words
        for c in ctx.cue_words("preference_contrasts")
    ):
        return None  # (the contrast's words end at ``tok``: "rather than", "in preference to")
    verb = next(
        (
            a
            for a in tok.ancestors
            if a.pos_ in _VERBAL and ctx.cues.entries("support-verb", a.lower_)
        ),
        None,
    )
    if verb is None or ctx.negated(verb) or verb.i > tok.i:
        return None
    target = next(
        (
            t
            for t in tok.doc[tok.i + 1 :]
            if t.pos_ in ("NOUN", "PROPN", "NUM") and (t.head.i <= tok.i or t.head == tok)
        ),
        None,
    )
    holders = _holders(ctx, p, verb)
    return _Read(holders, "rejects", target, _RULE_PREFERRED) if holders and target else None


_RULE_DRAWN = "stances.drawn-response"


def _drawn_response(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "The toll plan drew criticism from Brazil", "The swap won praise from Ghana": a
    response (``drawn-response``) that a verb of drawing (``drawing_verbs``) has its subject
    get from someone is that one's stance on the subject."""
    if tok.dep_ != "dobj" or tok.head.lower_ not in ctx.cue_words("drawing_verbs"):
        return None  # (every token of a sentence is asked: the cheap test first)
    entries = ctx.cues.entries("drawn-response", tok.lower_)
    verb = tok.head
    target = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    source = next(
        (
            o
            for pr in (*tok.children, *verb.children)
            if pr.dep_ == "prep" and pr.lower_ == "from"
            for o in pr.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if not entries or target is None or source is None or ctx.negated(verb):
        return None
    clause = None
    if target.lower_ in ctx.relatives and verb.dep_ == "relcl":
        target, clause = verb.head, verb  # "a text that drew a rebuke from X": the text
    holders = unique([*ctx.actors(p, source), *ctx.actors_of_conjuncts(p, source)])
    stance = entries[0].stance or "rejects"
    return _Read(tuple(holders), stance, target, _RULE_DRAWN, clause) if holders else None


_RULE_SUCCESS = "stances.wished-success"


def _wished_success(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "Washington wants the arrangement to succeed": a verb of success with nothing after it
    (``success_verbs``), whose subject another verb wants or hopes to see so, is supported by
    that verb's holders (no demand of anyone)."""
    target = wished_success(ctx, tok)
    if target is None or ctx.negated(tok.head):
        return None
    holders = _holders(ctx, p, tok.head)
    return _Read(holders, "supports", target, _RULE_SUCCESS) if holders else None


_RULE_VERDICT = "stances.bare-verdict"


def _bare_verdict(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "Chile proposed a patrol. Peru responded positively.", "..., and Peru will vote no": a
    verb of answering (``responding_verbs``, ``verdict_verbs``) with nothing after it but a yes or a no
    (``verdicts_for``, ``verdicts_against``) supports or rejects what another side put forward
    in its sentence or the one before."""
    word = verdict_word(ctx, tok) if tok.pos_ == "VERB" else None
    if word is None or ctx.negated(tok) or not _left_bare(tok, word):
        return None
    holders = ctx.agent(p, tok)
    stance = "supports" if word.lower_ in ctx.cue_words("verdicts_for") else "rejects"
    return _Read(holders, stance, tok, _RULE_VERDICT, recent=1) if holders else None


def _bare_answer(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "QUESTION: Chile has called on Peru to halt A. Will Lima agree? / SPOKESPERSON: No.":
    a bare "No." or "Yes." opening an answer to a question whether the answering side will
    agree rejects or supports what the question turn said was put to it (``bare-answer``)."""
    entries = ctx.cues.entries("bare-answer", tok.lower_)
    if not entries or not _bare_word(tok):
        return None
    prev = ctx.parsed.get(p.index - 1)
    if prev is None or not prev.doc.text.rstrip().endswith("?") or not len(prev.doc):
        return None
    if prev.doc[0].lower_ not in _YES_NO_OPENERS:
        return None  # "When will trade resume?": no yes or no to give
    holders = ctx.turn_speaker(p.offset(tok))
    if not holders or holders == ctx.turn_speaker(prev.offset(prev.doc[0])):
        return None
    root = next((t for t in prev.doc if t.dep_ == "ROOT"), None)
    if root is None or not (
        ctx.cues.is_form(root.lower_, ctx.cue_words("assent_verbs"))
        or ctx.cues.entries("support-verb", root.lower_)
    ):
        return None  # "Has the ICRC offered to help? Yes.": a fact, no stance of the speaker's
    return _Read(holders, entries[0].stance or "rejects", tok, RULE_ANSWER, recent=3)


#: The words that open a question with a yes or a no for answer.
_YES_NO_OPENERS = frozenset("will would is are does do did can could has have shall should".split())
#: The rule of a bare "No." or "Yes." answer: one word, whose turn's statement stays a statement.
RULE_ANSWER = "stances.bare-answer"


def _continued(ctx: Context, verb: Token) -> bool:
    """Whether a support verb is what its subject continues doing ("will continue to support
    the Chadian people", "to defend the law", "to accept applications"): an activity going on,
    aid or a service, not a position taken on something put forward (opposing stays one, and
    so does backing a measure or a plan: "continues to back the pause")."""
    head = verb.head.lower_
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (
        obj.lower_ in ctx.cues.word_set("agreement_nouns")
        or ctx.cues.entries("plan-noun", obj.lower_)
    ):
        return False  # "continues to back the pause", "the plan": a position on a measure
    return verb.dep_ == "xcomp" and any(
        head in inflections(w) for w in ctx.cue_words("continuing_verbs")
    )


def _lasting(ctx: Context, verb: Token) -> bool:
    """Whether a clause under ``verb`` says how long it holds ("will not sign while the raids
    go on": a refusal for as long as a state lasts, an offer on a condition)."""
    marks = ctx.cues.word_set("lasting_marks")
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )


def _on_terms(ctx: Context, p: Parsed, verb: Token, *, refused: bool = True) -> bool:
    """Whether a ``refused`` verb of stance holds only until a condition is met ("will not
    accept X until Y", "unless Y", "while Y"), or an unrefused one only on a condition in the
    future ("will accept X only if Y"; not "has welcomed X, on condition that Y", support given
    with terms): an offer on a condition, no stance."""
    gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    anchored = any(m.anchor == verb or m.anchor in gerunds for m in ctx.marked(p))
    if refused:
        if anchored and _refused_now(verb):
            return False  # "until Y, X does not recognise the results": rejected today
        return anchored or _lasting(ctx, verb)
    future = ("will", "would", "wo", "'ll")
    return anchored and any(c.dep_ == "aux" and c.lower_ in future for c in verb.children)


def _refused_now(verb: Token) -> bool:
    """Whether a refused verb of stance is in the present with "do" ("does not recognise",
    "do not accept"): a stance held today, whatever would lift it."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("does", "do") for c in verb.children
    )


def _untaken(ctx: Context, p: Parsed, tok: Token, refused: bool, constructions: list[str]) -> bool:
    """Whether a verb of stance takes none where it stands (:func:`_not_taken`; "would reject
    A" read as a refusal is), or is an offer on a condition ("will not accept X until Y",
    "will accept X only if Y")."""
    announced = refused or _announced_rejection(ctx, tok, constructions)
    return _not_taken(ctx, p, tok, announced) or _on_terms(ctx, p, tok, refused=refused)


def _announced_rejection(ctx: Context, tok: Token, constructions: list[str]) -> bool:
    """ "would reject any deal that A": a verb of rejecting under "will" or "would" announces a
    rejection, as a refusal does ("would accept" offers; "could veto", "must abandon" announce
    nothing); its negation or a condition on it is read as for a refusal."""
    commit = ctx.cue_words("modals_commit")
    willed = any(c.dep_ == "aux" and c.lower_ in commit for c in tok.children)
    return constructions == ["reject-verb"] and willed


def _refused_signing(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "will never sign a treaty implying A", "will not enter into a pact over B": a
    refusal to be bound by a text rejects it (``refused-signing``); signing itself is no stance."""
    entries = ctx.cues.entries("refused-signing", tok.lower_)
    if not entries or tok.pos_ not in _VERBAL or _refusal(ctx, tok) is None:
        return None
    found = next(((c, t) for c in entries if (t := _bound_object(ctx, tok, c)) is not None), None)
    if found is None:
        return None
    cue, target = found
    if _not_taken(ctx, p, tok, True) or _governor(ctx, tok) != "kept":
        return None  # "urged X not to sign it", "denied it would not sign": no stance taken
    if _on_terms(ctx, p, tok):
        return None  # "will not sign until Y", "unless Y", "while Y": an offer on a condition
    holders = _holders(ctx, p, tok)
    if not holders or _no_target(target) or target.lower_ in _INDEFINITE:
        return None  # "will not sign anything that harms X": a principle, no text refused
    about = (  # "enter into a pact with X over Y": what the parse hung on the verb
        t
        for c in tok.children
        if c.dep_ == "prep" and c.i > target.i and c.lower_ in ("on", "over", "about")
        for t in c.subtree
    )
    return _Read(holders, "rejects", target, cue.rule, extra=tuple(about))


def _bound_object(ctx: Context, tok: Token, cue: Cue) -> Token | None:
    """What a verb of binding is on: its object ("sign a treaty"), the object of its particle
    ("enter into a pact"), or of a particle of several words right after the verb, the last a
    preposition ("take part in the talks"; not "take action in the islands")."""
    if not cue.particle:
        return _object(ctx, tok, cue)
    words = cue.particle.split()
    if len(words) == 1:
        if not any(x.lower_ == cue.particle for x in tok.children):
            return None
        return _particle_object(tok, cue)
    after = tok.doc[tok.i + 1 : tok.i + 1 + len(words)]
    if [t.lower_ for t in after] != words or after[-1].dep_ != "prep":
        return None
    return next((o for o in after[-1].children if o.dep_ in ("pobj", "pcomp")), None)


#: Pronouns that name no particular thing ("will not sign anything that ...").
_INDEFINITE = frozenset({"anything", "something", "nothing", "everything"})


def _not_taken(ctx: Context, p: Parsed, tok: Token, refused: bool) -> bool:
    """Whether the stance verb ``tok`` takes no stance where it stands: not a verb, negated
    or hypothetical (unless refused), below another stance verb, an offer on a condition,
    entertained, left open or hedged."""
    under_refusal = (
        (tok.dep_ == "xcomp" and bool(ctx.cues.lemmas(tok.head.lower_) & _FLIPPING))
        or (tok.dep_ == "acl" and tok.head.lower_ in _INTENTIONS)
        or _out_of_question(tok) is not None
    )
    negated = any(c.dep_ == "neg" for c in tok.children) if under_refusal else ctx.negated(tok)
    if (
        tok.pos_ not in _VERBAL
        or (negated and not refused)
        or (_hypothetical(ctx, p, tok) and not refused)
    ):
        return True
    if _stance_below(ctx, tok):
        return True  # "refused to support X": the inner verb holds the stance
    if _on_an_asked_act(tok):
        return True  # "Y should issue a statement welcoming X": asked of Y, not taken
    if any(
        (refused_infinitive(ctx, c) or c == refused_object(ctx, tok))
        and any(lifts_refusal(m.cue) and m.anchor in (c, tok) for m in ctx.marked(p))
        for c in tok.children
    ):  # "refused to hold talks until (unless) Y agreed", "ruled out a truce unless Y":
        return True  # an offer on a condition
    if tok.dep_ == "acl" and any(c.dep_ == "mark" for c in tok.children):
        return True  # "the notion that Israel will agree to X": entertained, not taken
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "for") for c in tok.children):
        return True  # "did not say whether it would agree to X": left open; "for X to abandon"
    hedging = ctx.cue_words("hedging_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in hedging for c in tok.children)  # "allegedly"


#: Modals that ask or allow an act rather than report it ("should issue", "could issue").
_ASKING_MODALS = frozenset({"should", "must", "could", "might", "may", "ought"})


def _on_an_asked_act(tok: Token) -> bool:
    """Whether a participle stance verb qualifies the object of a verb a modal asks or allows
    ("Y should issue a statement welcoming X"): the stance is wanted of Y, not taken."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.dep_ != "dobj":
        return False
    verb = tok.head.head
    return any(c.dep_ == "aux" and c.lower_ in _ASKING_MODALS for c in verb.children)


def _stance_target(ctx: Context, tok: Token, cue: Cue, construction: str) -> Token | None:
    """What the stance verb ``tok`` is on: its object, the text at hand after its particle
    ("voted against"), an object it shares, the examples it lists, the clause a refusal
    ends ("..., and the North refused")."""
    target = _object(ctx, tok, cue)
    if target is not None and tok.dep_ == "relcl" and target == tok.head:
        target = _phrase_head(target)  # "a force against the remnants that both accepted"
    if target is None and cue.particle:
        target = next(
            (c for c in tok.children if c.lower_ == cue.particle and c.dep_ != "aux"),
            None,
        )  # "voted against": the text at hand
    if target is None and not ctx.passive(tok):
        target = _shared_object(ctx, tok, construction)
    if target is None:  # "the principles it defends, including A and B": A and B
        target = next(iter(listed_examples(tok)), None)
    if target is not None and target.lower_ in ("it", "them"):
        target = _parallel_object(ctx, tok) or target
    if target is None and not cue.particle and construction == "reject-verb" and tok.dep_ != "acl":
        # "..., and the North refused"; not "opposed and condemned the plan" (the second
        # verb's stance is the one on the plan), nor a participle on a noun ("members opposed
        # to the plan": no clause of its own that a refusal could end)
        joined = _next_verb(tok)
        shared = joined is not None and _is_stance_verb(ctx, joined)
        target = None if ctx.passive(tok) or shared else tok
    return target


def _described_as_indefinite(ctx: Context, tok: Token) -> tuple[Token, bool] | None:
    """ "Joint patrols are not something we can agree to", "A is something we support": the
    stance verb's clause qualifies an indefinite pronoun that a copula says its subject is:
    the stance is on that subject, turned round where the copula is negated or the pronoun
    is "nothing" (with whether it is)."""
    target = tok.head
    if target.lower_ not in _INDEFINITE:
        return None
    copula = target.head
    if tok.dep_ != "relcl" or target.dep_ != "attr" or copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject, ctx.negated(copula) != (target.lower_ == "nothing")


def _indefinite_stance(
    ctx: Context, p: Parsed, tok: Token, constructions: list[str], target: Token, denied: bool
) -> _Read | None:
    """The stance of "A is (not) something we can accept" on A (see
    ``_described_as_indefinite``)."""
    holders = _holders(ctx, p, tok)
    for construction in constructions:
        cue = next(
            (c for c in ctx.cues.entries(construction, tok.lower_) if not c.needs_negation), None
        )
        if holders and cue is not None:
            rejects = (construction == "reject-verb") != denied
            return _Read(holders, "rejects" if rejects else "supports", target, cue.rule)
    return None


def _phrase_head(noun: Token) -> Token:
    """The object noun a noun hangs below through one preposition ("a joint force against
    the remnants": the force), which a relative clause after both is taken to qualify: what
    the sentence puts forward, not the noun of its phrase."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ in ("dobj", "nsubjpass"):
        return prep.head if prep.head.pos_ == "NOUN" else noun
    return noun


def _committed_to(ctx: Context, target: Token) -> bool:
    """Whether what is agreed to is a step taken (a commitment: "agreed to a truce", "to a
    six-month delay") rather than something put forward ("agreed to the plan", "to it")."""
    if any(c.dep_ in ("det", "predet") and c.lower_ == "such" for c in target.children):
        return False  # "agreed to such a mechanism": to one put forward before
    if target.lower_ in ctx.cue_words("agreement_nouns"):
        return True
    return (
        target.pos_ == "NOUN"
        and target.lower_ not in _ANAPHORS
        and not ctx.cues.entries("proposal-noun", target.lower_)
        and not ctx.cues.entries("plan-noun", target.lower_)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in target.children)
    )


def _is_stance_verb(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` is a stance verb, with its particle where its cue has one ("considered
    positively", not "considered")."""
    return tok.pos_ in _VERBAL and any(
        _with_particle(tok, cue)
        for construction in ("support-verb", "reject-verb")
        for cue in ctx.cues.entries(construction, tok.lower_)
    )


def _with_particle(tok: Token, cue: Cue) -> bool:
    """Whether ``tok`` has its cue's particle, if the cue has one (the "to" of "have to
    agree" is no particle)."""
    return not cue.particle or any(
        c.lower_ == cue.particle and c.dep_ != "aux" for c in tok.children
    )


def _shared_object(ctx: Context, tok: Token, construction: str) -> Token | None:
    """ "will accept and implement the deal": the object of the verb coordinated right after,
    which a support verb shares ("refused and fired shells" refuses no shells; "welcomed and
    endorsed the plan": the second verb holds a stance of its own)."""
    conj = _next_verb(tok)
    if construction != "support-verb" or conj is None or _is_stance_verb(ctx, conj):
        return None
    return next((c for c in conj.children if c.dep_ == "dobj"), None)


def _next_verb(tok: Token) -> Token | None:
    """The verb coordinated right after ``tok`` with no subject of its own, the two sharing
    what follows ("accept and implement the deal")."""
    conj = next(
        (c for c in tok.children if c.dep_ == "conj" and c.pos_ in _VERBAL and c.i > tok.i), None
    )
    if (
        conj is None
        or conj.i - tok.i > 3
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        or not any(c.dep_ == "dobj" for c in conj.children)
    ):
        return None
    return conj


def _parallel_object(ctx: Context, tok: Token) -> Token | None:
    """What a pronoun object stands for when an earlier stance verb of the sentence has a noun
    object ("A backed the deal, while B opposed it": the deal)."""
    objects = [
        c
        for v in tok.doc[: tok.i]
        if _is_stance_verb(ctx, v)
        for c in v.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
    ]
    return objects[-1] if objects else None


def _holders(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """Who holds a verb's stance: its subject or by-agent; for a participle on a noun
    ("Chadian troops supporting the fight"), the noun's actors, not the sentence's subject."""
    if ctx.passive(verb) or any(
        x is not None for x in (_passive_conjunct(verb), _by_participle(ctx, verb))
    ):
        return ctx.by_agent(p, verb) or _seat(ctx, verb) or _answering(ctx, p, verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "nsubj" for c in verb.children)
    ):  # not an actor named inside the participle's own words ("a resolution backing X's plan")
        inside = {k for t in verb.subtree for k in ctx.keys_at(p, t)}
        return tuple(k for k in ctx.actors(p, verb.head) if k not in inside)
    if (be := _out_of_question(verb)) is not None:
        return ctx.speaker(p, be)  # "'There is no question of accepting X,' Y said"
    found = (
        ctx.agent(p, verb)
        or _coordinated_holders(ctx, p, verb)
        or _exemplified_holders(ctx, p, verb)
        or _participle_holders(ctx, p, verb)
    )
    return unique([*found, *_as_did(ctx, p, verb)]) if found else found


def _as_did(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """ "France endorsed the call, as did the representative of Denmark": who "as did" names
    holds the stance too."""
    return tuple(
        k
        for c in verb.children
        if c.dep_ == "advcl"
        and c.lower_ in ("did", "does", "do")
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
        for k in ctx.actors(p, s)
    )


def _answering(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """Who rejects or accepts with a passive that names no one, in a transcript's answer
    ("That proposal has been rejected.") or in what someone says ("X said the proposal had
    been turned down"): the speaker, for the side they speak for; none in a question, none
    where the subject is no proposal ("Our consul has been refused access") or the
    speaker's own ("X said her plan had been rejected")."""
    if p.doc.text.rstrip().endswith("?"):
        return ()
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not _names_a_proposal(ctx, subject):
        return ()
    if verb.dep_ == "ROOT":
        return ctx.turn_speaker(p.offset(verb))
    if verb.dep_ != "ccomp" or ctx.speech_head(verb) is None:
        return ()
    speakers = ctx.without_outlets(ctx.speaker(p, verb))
    owners = set(ctx.owner(p, subject))
    return () if owners & {*speakers, *ctx.states_of(speakers)} else speakers


def _seat(ctx: Context, verb: Token) -> tuple[str, ...]:
    """The state whose capital a passive's "in" phrase names, where no "by" says who ("the
    offer was rejected in Lima", "an offer welcomed in Lima": Peru)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            states = [k for k in ctx.lex.capital_of(obj.text.split()) if ctx.cls(k) == "State"]
            if len(states) == 1:
                return tuple(states)
    return ()


def _participle_holders(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """A participle set off after a clause, with no subject of its own ("X said talks would be
    bilateral, ruling out Y"): held by the clause's subject if it names an actor, else by
    whoever says the clause."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return ()
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ()
    return ctx.agent(p, verb.head) or ctx.without_outlets(ctx.speaker(p, verb.head))


def _exemplified_holders(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """The actors a subject naming none lists as examples ("many states, including A and B,
    back the plan": A and B hold the stance; the others are nobody named)."""
    subject = ctx.subject(verb)
    if subject is None or ctx.passive(verb):
        return ()
    return unique(k for t in listed_examples(subject) for k in ctx.actors(p, t))


def _coordinated_holders(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """The subject of the clause a stance verb is coordinated with when the parser hung the
    verb elsewhere and it names no actor of its own: after a comma without "and" ("X welcomed
    A, then turned down B": a 'dep' of "welcomed"), or under the complement clause before it
    ("X insists that the dispute be settled and has turned down B")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ()
    head = verb.head
    if verb.dep_ == "dep" and head.pos_ in _VERBAL and head.i < verb.i:
        return ctx.agent(p, head)
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ in _VERBAL:
        return ctx.agent(p, head.head)
    return ()


def _stance_below(ctx: Context, tok: Token) -> bool:
    """Whether a refusing verb governs another stance verb ("refused to support")."""
    if not (ctx.cues.lemmas(tok.lower_) & _FLIPPING):
        return False
    return any(c.dep_ == "xcomp" and _is_stance_verb(ctx, c) for c in tok.children)


#: Verbs whose subject meets a stance ("the plan faces opposition from X", "won backing from Y").
_MEETING = frozenset(
    "face faces faced facing meet meets met meeting draw draws drew drawn drawing"
    " receive receives received receiving win wins won winning gain gains gained gaining"
    " garner garners garnered encounter encounters encountered".split()
)


#: Determiners that point back to what the text has told ("those objections").
_DEMONSTRATIVES = _ANAPHORS - {"it", "them"}

#: Forms of "come" whose subject, a stance, comes "from" its holder.
_COMING = frozenset(inflections("come", ("came",)))


def _noun_stance(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "confirmed their rejection of X", "Kenya's support for X"."""
    entries = ctx.cues.entries("stance-noun", tok.lower_)
    if not entries or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    waived = _waived(ctx, tok, entries[0])  # "had no objection to X": X accepted
    if ctx.negated(tok) and not waived or _not_held(ctx, tok):
        return None
    met = _meeting_verb(tok)
    topical = any(e.complement == "topic" for e in entries)  # "a reservation on X"
    target = _noun_object(ctx, p, tok, met, ("on", "about", "over") if topical else ())
    if target is None and _told_only(ctx, p, tok):
        return None  # "delivered its objection to Lima": whom it was told, on nothing named
    particle = entries[0].particle
    if target is None and entries[0].stance == "rejects":
        target = next(
            (
                c
                for c in tok.children
                if c.dep_ == "acl" and c.pos_ == "VERB" and is_to_infinitive(c)
            ),
            None,
        )
    if met is not None and _forecast(ctx, met):
        return None  # "the plan may fail to win backing from X": no stance taken yet
    if target is None and met is not None:
        target = _met_target(ctx, p, tok, met)
    if target is None and tok.dep_ == "dobj":  # "gave its support to X", "threw its backing
        # behind X": the parse hung the phrase on the verb
        words = (particle, "to", "behind", *(("on", "about", "over") if topical else ()))
        hung = (_hung_on_verb(tok, tok.head, w) for w in words if w)  # ("a reservation on X")
        target = next((t for t in hung if t is not None), None)
        # "poured cold water on X": the entry's own preposition first
    if target is None:
        target = _overridden(ctx, p, tok)  # "despite opposition from X, the plan passed"
    if (
        target is None
        and tok.dep_ == "dobj"
        and ctx.cues.entries("light-verb", tok.head.lower_)
        and not any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children)
    ):  # ("set out those objections": the ones just told, taken already)
        target = tok.head  # "Thailand expressed cautious support": for what was last put to it
    if target is None or (particle and target.head.lower_ != particle):
        return None  # "its commitment to X": only with its own preposition a stance on X
    holders = ctx.owner(p, tok)
    if met is not None:  # "won support from X", "drew a rejection from X": "from X" on the verb
        meets = ctx.agent(p, met)  # (not the subject, who meets the stance)
        holders = _from_actors(ctx, p, met) or (() if holders == meets else holders)
    elif not holders and tok.dep_ in ("dobj", "nsubjpass"):
        holders = ctx.agent(p, tok.head)
    elif not holders and tok.dep_ == "nsubj" and tok.head.lower_ in _COMING:
        holders = _from_actors(ctx, p, tok.head)  # "opposition to X came from Y": Y's
    if not holders:
        return None
    stance = "supports" if waived else entries[0].stance or "supports"
    return _Read(holders, stance, target, entries[0].rule)


def _not_held(ctx: Context, tok: Token) -> bool:
    """Whether a noun of stance says of a stance that it is not held as said: hedged, material,
    ended, sought or asked for."""
    if any(
        c.dep_ == "amod" and c.lower_ in ctx.cue_words("hedging_adjectives") for c in tok.children
    ):
        return True  # "its alleged backing of X": said of the owner, not taken
    if any(
        c.dep_ == "amod" and c.lower_ in ctx.cue_words("material_adjectives") for c in tok.children
    ):
        return True  # "offered logistical support for the mission": aid given, no position
    if tok.dep_ in ("dobj", "nsubjpass") and (
        tok.head.lower_ in ctx.cues.word_set("ending_verbs")
        or tok.head.lower_ in ctx.cues.word_set("reconsidering_verbs")
    ):
        return True  # "to end support for X", "would reconsider its support": not held as said
    if _sought(tok):
        return True  # "is seeking support for X", "asked for backing": others' stance, wanted
    # "urged X to give its backing", "has yet to give its support": not given
    return tok.dep_ == "dobj" and _governor(ctx, tok.head) in ("asked", "alleged", "pending")


def _waived(ctx: Context, noun: Token, cue: Cue) -> bool:
    """Whether a noun of rejection is had with "no" as its determiner and nothing else
    negating it ("We have no objection to X", "raised no objection to X"): X accepted."""
    if cue.stance != "rejects" or noun.dep_ != "dobj":
        return False
    return determined_by_no(noun) and not ctx.negated(noun.head)


#: Verbs whose subject wants a stance of others ("sought support for X", "asked for backing").
_SEEKING_FORMS = frozenset(
    form
    for lemma in ("seek", "want", "need", "request", "solicit", "court", "ask", "lobby", "hope")
    for form in inflections(lemma, ("sought",))
)


def _sought(noun: Token) -> bool:
    """Whether a stance noun is what its verb's subject seeks from others ("is seeking support
    for the plan", "asked for backing", "lobbied for approval"): no stance the subject holds."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.lower_ in _SEEKING_FORMS


def _noun_object(
    ctx: Context, p: Parsed, noun: Token, met: Token | None, topics: tuple[str, ...] = ()
) -> Token | None:
    """What a stance noun's preposition ("of", "for", "to", "against", or one of ``topics``:
    "a reservation on X") governs; for a stance met, an "of" phrase naming an actor names the
    holder ("won the backing of X for Y": Y); so does an "of" phrase naming sides in general
    ("the backing of our allies": theirs, on nothing named)."""
    sides = ctx.cue_words("recipient_nouns")
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "for", "to", "against", *topics):
            continue
        obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
        if met is not None and c.lower_ == "of" and obj is not None and ctx.keys_at(p, obj):
            continue
        if c.lower_ == "of" and obj is not None and obj.lower_ in sides:
            continue
        if c.lower_ == "to" and obj is not None and _conveyed_to(ctx, p, noun, obj):
            continue  # "sent its objection to Quito": whom it was told, not its target
        return obj
    return None


def _told_only(ctx: Context, p: Parsed, noun: Token) -> bool:
    """Whether a "to" phrase on a stance noun a verb of conveying takes, or on that verb, names
    only whom it was told ("delivered its objection to Lima")."""
    preps = [c for t in (noun, noun.head) for c in t.children if c.dep_ == "prep"]
    objects = [o for c in preps if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return any(_conveyed_to(ctx, p, noun, o) for o in objects)


def _conveyed_to(ctx: Context, p: Parsed, noun: Token, obj: Token) -> bool:
    """Whether ``obj``, an actor, is whom a verb of conveying (``conveying_verbs``) hands the
    stance noun ``noun`` to."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lower_ in ctx.cue_words("conveying_verbs")
        and bool(ctx.keys_at(p, obj))
    )


def _overridden(ctx: Context, p: Parsed, noun: Token) -> Token | None:
    """What a stance overridden by the clause is on ("Despite opposition from X, the plan
    passed": the plan; "despite X's objections, Y adopted the plan": the plan): the clause's
    subject, or its object where the subject is an actor."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("despite", "notwithstanding"):
        return None
    verb = noun.head.head
    if verb.pos_ not in _VERBAL:
        return None
    subject = ctx.subject(verb)
    if subject is not None and not ctx.keys_at(p, subject):
        return subject
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _meeting_verb(noun: Token) -> Token | None:
    """The verb whose subject meets the stance a noun names ("faces opposition", "won backing",
    "met with resistance"), if any."""
    if noun.dep_ == "dobj" and noun.head.lower_ in _MEETING:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lower_ in _MEETING:
        return noun.head.head
    return None


def _met_target(ctx: Context, p: Parsed, noun: Token, verb: Token) -> Token | None:
    """What a stance met is on: a "for" phrase the parse hung on the verb ("won support from X
    for the plan"), else the verb's subject ("the plan faces opposition from X"); where that
    subject is an actor, what the actor put forward ("the minister faces opposition")."""
    target = _hung_on_verb(noun, verb, "for")
    if target is None:
        target = ctx.subject(verb)
        if target is not None and target.lower_ in ("that", "which") and verb.dep_ == "relcl":
            target = verb.head  # "an idea that has won support from X": the idea
        if target is not None and ctx.keys_at(p, target):
            target = verb
    return target


def _hung_on_verb(noun: Token, verb: Token, word: str) -> Token | None:
    """The object of a phrase of the preposition ``word`` after a stance noun that the parse
    hung on the noun's verb ("gave its backing to the plan", "won support from X for the
    plan"), if any."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dative", "prep") and c.lower_ == word and c.i > noun.i
        ),
        None,
    )
    return None if prep is None else next((o for o in prep.children if o.dep_ == "pobj"), None)


def _from_actors(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """The actors of a "from" or "among" phrase on ``verb`` ("won support from X")."""
    return next(
        (
            keys
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("from", "among")
            for o in c.children
            if o.dep_ == "pobj" and (keys := ctx.actors(p, o))
        ),
        (),
    )


def _forecast(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is forecast, not reported: the infinitive of an adjective of likelihood
    ("is unlikely to win", "likely to face") or under a modal of possibility ("could face")."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in ctx.cue_words("likelihood_adjectives"):
        return True
    return any(
        c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would") for c in verb.children
    )


def _adjective_stance(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "X is supportive of Y", "X remains opposed to Y", "X is in favour of Y"."""
    for cue in ctx.cues.entries("stance-adjective", tok.lower_):
        if ctx.negated(tok):
            return None
        particles = (cue.particle,) if cue.particle not in (None, "in") else ("of", "to")
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in particles), None)
        if prep is None and tok.dep_ == "acomp":  # "remains cool on A": hung on "remains"
            prep = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ == "prep" and c.lower_ in particles and c.i == tok.i + 1
                ),
                None,
            )
        if cue.particle == "in":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = (
            next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
            if prep is not None
            else None
        )
        verb = tok.head if tok.dep_ in ("acomp", "pobj", "attr") else tok
        if cue.particle == "in" and tok.dep_ == "pobj":
            verb = tok.head.head
        if cue.particle is None and tok.pos_ == "ADP":  # "X is against (behind) Y": a
            # preposition as the predicate
            if tok.dep_ != "prep" or tok.head.lower_ not in ctx.cue_words("copula_forms"):
                return None
            verb, target = tok.head, next((o for o in tok.children if o.dep_ == "pobj"), None)
            if cue.lemma == "behind" and not (
                target is not None and ctx.cues.entries("proposal-noun", target.lower_)
            ):
                return None  # "Iran is behind the attacks": who did it, no support
        subject = ctx.subject(verb) or next(  # the parse may hang it on "is"
            (
                g
                for c in verb.children
                if c.dep_ in ("aux", "auxpass")
                for g in c.children
                if g.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
        holders = (  # "X is opposed to Y": the parse's passive has X as its subject
            ctx.actors(p, subject) if ctx.passive(verb) and subject is not None else ()
        ) or ctx.agent(p, verb)
        if tok.dep_ == "acl":  # "ministers opposed to the plan": the noun's, not the clause's
            holders = ctx.actors(p, tok.head)
        if ctx.cues.entries("readiness-adjective", cue.lemma) and not (
            target is not None and names_one_before(target)
        ):
            return None  # "open to talks": an offer of talks (readiness), no stance
        if target is not None and holders:
            return _Read(holders, cue.stance or "supports", target, cue.rule)
    return None


def _particular(ctx: Context, noun: Token) -> bool:
    """Whether a noun names something particular already said: a pronoun, a proposal noun,
    or a noun with a definite or possessive determiner ("the plan", "Chile's offer"), not a
    bare plural speaking of things in general ("attacks on ships"); a gerund is particular
    by its object ("dropping the fishing issue", not "attacking fishing boats")."""
    if noun.tag_ == "VBG" or noun.dep_ == "csubj" and noun.lower_.endswith("ing"):
        obj = next((c for c in noun.children if c.dep_ == "dobj"), None)
        return obj is not None and _particular(ctx, obj)
    return (
        noun.lower_ in _ANAPHORS
        or bool(ctx.cues.entries("proposal-noun", noun.lower_))
        or any(
            (c.dep_ in ("det", "predet") and c.lower_ in ("the", *_ANAPHORS, "such"))
            or c.dep_ == "poss"
            for c in noun.children
        )
    )


def _judged_word(tok: Token) -> str:
    """The word, joined to a hyphenated first part the tokenizer split off ("non-starter")."""
    if tok.i >= 2 and tok.nbor(-1).text == "-":
        return f"{tok.nbor(-2).lower_}-{tok.lower_}"
    return tok.lower_


def _judgement(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "X called the plan unacceptable", "described it as unrealistic", "said the offer was a
    non-starter": the judgement gives the stance."""
    entries = ctx.cues.entries("judgement-adjective", _judged_word(tok))
    if not entries or (tok.pos_ in _VERBAL and (tok.tag_ != "VBN" or _is_stance_verb(ctx, tok))):
        return None  # ("welcomed" is a stance verb's, read there; "balanced" is an adjective)
    if ctx.cues.entries("welcome-to", tok.lower_) and welcomed_to(tok) is not None:
        return None  # "Chile is welcome to our copper": an offer to it (``read_welcome_to``)
    cue = entries[0]
    if cue.particle and not any(
        c.dep_ == "amod" and c.lower_ == cue.particle for c in tok.children
    ):
        return None  # "in the right direction": the noun with its adjective
    stance = cue.stance or "rejects"
    negated = ctx.negated(tok)
    if cue.needs_negation and not negated:
        return None  # "a truce is an option": weighed, no stance taken
    if negated:
        if stance == "rejects":
            return None  # "not unrealistic": no stance
        stance = "rejects"  # "said the plan was not acceptable": a rejection
    if (attributed := _attributed(ctx, p, tok, stance, cue.rule)) is not None:
        return attributed
    predicate = _predicate_noun(ctx, tok)
    if predicate is not None:  # "X is a positive step", "is a step in the right direction"
        tok = predicate
    phrase = _copular_phrase(ctx, tok)
    if tok.dep_ in ("acomp", "attr") or phrase:
        verb = tok.head.head if phrase else tok.head  # ("is not on the table": "is")
        if stance == "supports" and _modal(verb):
            return None  # "a draft that will be acceptable to every side": hoped for, not approved
        if any(
            c.dep_ == "aux" and c.lower_ in ctx.cue_words("modals_guess") for c in verb.children
        ):
            return None  # "the plan could yet prove a trap": a fear voiced, no judgement made
        if _judged_on_terms(tok, verb) or _judged_for_a_purpose(ctx, tok) or _left_open(verb):
            return None  # "a deadline is only useful if A": terms of a judgement, none made
        target = _conjunct_subject(ctx, verb, ctx.subject(verb))
        holders = _judged_by(ctx, p, tok) or ctx.speaker(p, verb) or _made_clear_by(ctx, p, verb)
    else:
        verb = tok.head
        while verb.pos_ not in _VERBAL and verb.head != verb:
            verb = verb.head  # "called the demand for reparations absurd": hung lower by the parse
        judging = ctx.cue_words("judging_verbs")
        if verb.dep_ == "acl" and verb.lower_ not in judging and verb.head.head.lower_ in judging:
            verb = verb.head.head  # "described the plan adopted by X as unacceptable"
        if verb.lower_ not in judging:
            return None
        target = _judged_object(verb, tok)
        holders = ctx.agent(p, verb) if target is not None else ()
        target = _relative_antecedent(ctx, _participle_antecedent(verb, target))
        if target is None:
            target = ctx.subject(verb)
            holders = ctx.speaker(p, verb)
    if target is None or not holders or target.lower_ == "what":
        return None  # ("to stop what he described as dangerous moves": a description, read so)
    if negated and not cue.needs_negation and not _particular(ctx, target):
        return None  # "attacks are never acceptable": a principle, no stance on a proposal
    if _judged_event(ctx, target) or target.lower_ in ctx.cue_words("situation_nouns"):
        return None  # "a meeting both sides described as constructive": no proposal judged
    drop = _judging_words(tok, target)
    return _Read(holders, stance, target, cue.rule, drop=drop)


def _left_open(verb: Token) -> bool:
    """Whether a judgement's copula opens a question left open ("whether 2028 is realistic
    depends on A"), no judgement made."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _judging_words(tok: Token, target: Token) -> tuple[Token, ...]:
    """The words of a judgement that the parse hung inside what it judges, to leave out of
    its label ("the offer of a corridor a surrender"; "the claim of ownership as blackmail")."""
    if tok not in target.subtree:
        return ()
    own = [t for t in tok.subtree if t != tok]
    alone = all(t.dep_ in ("det", "amod", "advmod", "punct") for t in own)
    as_phrase = next((a for a in tok.ancestors if a.lower_ == "as" and a in target.subtree), None)
    if as_phrase is not None:
        return tuple(as_phrase.subtree)
    return (tok, *own) if alone else (tok,)


def _judged_by(ctx: Context, p: Parsed, word: Token) -> tuple[str, ...]:
    """The actors a judgement is said to be held by ("Fixed quotas remain unacceptable to
    Beijing"): the object of the adjective's "to", where it names actors."""
    return unique(
        k
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
        for k in ctx.actors(p, o)
    )


def _judged_for_a_purpose(ctx: Context, word: Token) -> bool:
    """Whether an adjective of worth (``worth_adjectives``) says what a thing is good for ("the
    Force remained indispensable to stability", "vital for the region"): a claim about it, no
    stance on it; "acceptable to us" still judges."""
    return word.lower_ in ctx.cue_words("worth_adjectives") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") for c in word.children
    )


def _judged_on_terms(word: Token, verb: Token) -> bool:
    """Whether a judgement predicated with ``verb`` holds only on a clause of "if" or "unless"
    under either ("the plan is acceptable only if A", "a deadline is useful if A")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in (*word.children, *verb.children)
    )


def _copular_phrase(ctx: Context, word: Token) -> bool:
    """Whether ``word`` is the object of a preposition that a copula takes for its predicate
    ("the allowance is not on the table")."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.lower_ in ctx.cue_words("copula_forms")
    )


def _conjunct_subject(ctx: Context, verb: Token, subj: Token | None) -> Token | None:
    """What "they" or "it" stands for as the subject of a clause coordinated with one whose
    subject is a noun ("Those demands are old, and they are not acceptable": the demands)."""
    if subj is None or subj.lower_ not in ("they", "it") or verb.dep_ != "conj":
        return subj
    first = ctx.subject(verb.head)
    plural = first is not None and first.tag_ in ("NNS", "NNPS")
    if first is None or first.pos_ != "NOUN" or plural != (subj.lower_ == "they"):
        return subj
    return first


def _judged_object(verb: Token, word: Token) -> Token | None:
    """What a verb of judging judges: its object ("called the plan absurd"), or the subject
    the parse gave the judging word as a clause of its own or a predicate ("found the plan
    unacceptable", "considers the offer unrealistic", "called that plan absurd"), a
    passive's subject ("the plan was described by X as unrealistic"), or the noun a relative
    clause hangs on ("a demand Y calls absurd")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.dep_ == "relcl":
        obj = verb.head  # "a demand Y calls unreasonable"
    if obj is None and word.dep_ in ("ccomp", "oprd") and word.head == verb:
        obj = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if obj is None and word.dep_ == "oprd":
        # "called the Office of X indispensable": the parse made the name the word's compound,
        # or a second predicate before it
        before = [c for c in verb.children if c.dep_ == "oprd" and c.i < word.i]
        named = [c for c in (*word.children, *before) if c.dep_ in ("compound", "oprd")]
        obj = next((c for c in named if c.pos_ == "PROPN"), None)
        obj = obj or next(
            (c for c in before if c.pos_ == "NOUN"), None
        )  # "the checks heavy-handed"
    return obj


def _made_clear_by(ctx: Context, p: Parsed, verb: Token) -> tuple[str, ...]:
    """Who makes the clause of ``verb`` clear ("X made it clear that the plan was unacceptable",
    "made clear on Friday that ..."; ``made-clear``): the subject of "made", the nearest verb
    above the clause, wherever the parse hung it (on the adjective, on the verb, or as a
    relative clause on a noun between: "made it clear at a summit that the plan was ...", a
    clause opened by "that" as a conjunction)."""
    if verb.dep_ not in ("ccomp", "advcl", "relcl"):
        return ()
    if verb.dep_ == "relcl" and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return ()
    maker = next((a for a in verb.ancestors if a.pos_ in _VERBAL), None)
    if maker is None:
        return ()
    for cue in ctx.cues.entries("made-clear", maker.lower_):
        adjective = next((c for c in maker.subtree if c.lower_ == cue.particle), None)
        if adjective is not None and adjective.head == maker and adjective.i < verb.i:
            return ctx.agent(p, maker)
    return ()


def _attributed(ctx: Context, p: Parsed, tok: Token, stance: str, rule: str) -> _Read | None:
    """ "X said Y made unacceptable demands": a rejecting judgement on a proposal noun, in a
    clause a speaker reports, is the speaker's rejection of what the noun names (the noun
    without the judgement); with no speaker, the writer's word takes no stance."""
    noun = tok.head
    if (
        stance != "rejects"
        or tok.dep_ != "amod"
        or not ctx.cues.entries("proposal-noun", noun.lower_)
        or ctx.negated(tok)
    ):
        return None
    holders = ctx.speaker(p, governing_verb(noun))
    if not holders or set(holders) & set(ctx.owner(p, noun)):
        return None
    return _Read(holders, stance, noun, rule, drop=tuple(tok.subtree))


def _modal(verb: Token) -> bool:
    """Whether a modal stands on ``verb`` ("will be", "would be", "could be")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _relative_antecedent(ctx: Context, target: Token | None) -> Token | None:
    """What a relative pronoun a judging verb calls something stands for, where it names a
    proposal ("Ecuador's plan, which Peru called a non-starter": the plan; "the plan for a
    grid, which Peru called vital": the plan, not the grid)."""
    if target is None or target.lower_ not in ("which", "that") or target.head.dep_ != "relcl":
        return target
    noun = target.head.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":  # "the plan for a grid, which"
        noun = noun.head.head if _names_a_proposal(ctx, noun.head.head) else noun
    return noun if _names_a_proposal(ctx, noun) else target


def _participle_antecedent(verb: Token, target: Token | None) -> Token | None:
    """What the pronoun a judging participle calls something stands for: the object of the
    verb the participle hangs on ("welcomed the talks, calling them a first step": the talks;
    "ruled out the corridor, describing it as a trap": the corridor)."""
    if target is None or target.lower_ not in _ANAPHORS or verb.tag_ != "VBG":
        return target
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return target
    antecedent = next(  # the nearest verb above with an object ("welcomed X, writing ...,
        # describing it as ...": X)
        (
            c
            for a in verb.ancestors
            if a.pos_ in _VERBAL
            for c in a.children
            if c.dep_ == "dobj" and c.i < verb.i
        ),
        None,
    )
    return target if antecedent is None or antecedent.lower_ in _ANAPHORS else antecedent


def _predicate_noun(ctx: Context, tok: Token) -> Token | None:
    """The noun predicated of a subject that a judging word qualifies ("X is a positive step":
    step; "X is a step in the right direction": step; "are welcome developments"), or None."""
    node = tok.head if tok.dep_ == "amod" else tok
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node == tok or node.dep_ != "attr" or node.lower_ not in ctx.cue_words("judged_nouns"):
        return None  # "is positive news": news judged, not what the subject puts forward
    return node


def _answer_to(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "X said no to Y", "has said yes to Y" (``answer-to``): the answer word right before the
    verb's "to" phrase (the parse hangs it on the verb or on "to") is the subject's stance on
    what "to" governs, taken as a stance verb's is (not negated, asked or hypothetical)."""
    for cue in ctx.cues.entries("answer-to", tok.lower_):
        to = next(
            (
                c
                for c in tok.children
                if c.dep_ == "prep"
                and c.lower_ == "to"
                and c.doc[c.i - 1].lower_ == cue.particle
                and c.doc[c.i - 1].dep_ == "intj"
            ),
            None,
        )
        target = None if to is None else next((o for o in to.children if o.dep_ == "pobj"), None)
        if target is None:
            continue
        if _not_taken(ctx, p, tok, False):
            return None
        if _governor(ctx, tok) in ("asked", "alleged", "pending", "covered", "flipped"):
            return None  # "urged X to say no to Y", "refused to say yes to Y"
        holders = _holders(ctx, p, tok)
        return _Read(holders, cue.stance or "rejects", target, cue.rule) if holders else None
    return None


def _none_to_be(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "X said there would be no negotiation over the islands": the speaker rejects the talks,
    deal or proposal there will be none of ("... no talks until Y": a demand, read as
    'none-until'; "there will be no change": a forecast)."""
    entries = ctx.cues.entries("none-will-be", tok.lower_)
    if not entries or tok.dep_ != "det":
        return None
    noun, verb = tok.head, tok.head.head
    if noun.dep_ not in ("attr", "nsubj", "dobj"):
        return None
    refusable = ctx.cue_words("meeting_nouns") | ctx.cue_words("agreement_nouns")
    if noun.lower_ not in refusable and not ctx.cues.entries("proposal-noun", noun.lower_):
        return None  # "there will be no change", "no surprises": a forecast, nothing refused
    if verb.lower_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    future = ctx.cue_words("modals_commit") | {"can"}  # will, would, shall; "there can be no"
    if not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return None  # "there is no deal yet": a fact, not a refusal
    if any(c.dep_ == "advcl" and until_mark(ctx, c) for c in verb.children) or any(
        governing_verb(m.anchor) == verb for m in ctx.marked(p)
    ):
        return None  # "no talks until Y", "unless Y": a condition, read elsewhere
    if any(c.dep_ == "prep" and c.lower_ == "without" for t in (verb, noun) for c in t.children):
        return None  # "no deal without A": a demand of A ('none-without')
    speakers = ctx.speaker(p, verb)
    if not speakers:
        return None
    return _Read(speakers, "rejects", noun, entries[0].rule, drop=tuple(tok.subtree))


def _no_grounds(ctx: Context, p: Parsed, tok: Token) -> _Read | None:
    """ "X sees no basis for such talks", "found no justification for the levy": the subject
    of seeing rejects what the noun's "for" names (``no-grounds``)."""
    entries = ctx.cues.entries("no-grounds", tok.lower_)
    if not entries or tok.dep_ != "dobj" or tok.head.lower_ not in _SEEING:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None  # "sees a need for talks": no refusal
    target = next(  # (or a "for" the parse hung on the verb after the noun)
        (
            o
            for c in (*tok.children, *(c for c in tok.head.children if c.i > tok.i))
            if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    holders = ctx.agent(p, tok.head)
    if target is None or not holders:
        return None
    return _Read(holders, "rejects", target, entries[0].rule)


#: The forms of the verbs of seeing that "sees no basis for X" takes.
_SEEING = frozenset(
    form for lemma in ("see", "find") for form in inflections(lemma, ("saw", "seen", "found"))
)


def _judged_event(ctx: Context, target: Token) -> bool:
    """Whether a judgement is of a meeting or of talks (what a relative pronoun stands for
    included), not of anything put forward."""
    meetings = ctx.cues.word_set("meeting_nouns")
    noun = target
    if target.lower_ in ctx.relatives and target.head.dep_ == "relcl":
        noun = target.head.head
    if ctx.cues.entries("proposal-noun", noun.lower_) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in noun.children
    ):
        return False  # "the call for a ceasefire": a demand, not a telephone call
    if noun.lower_ in meetings or outermost(noun).lower_ in meetings:
        return True
    if noun.pos_ != "NOUN" or ctx.cues.entries("proposal-noun", noun.lower_):
        return False  # "dropping X in talks is not acceptable": an act judged
    return any(
        o.lower_ in meetings
        for c in noun.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    )  # "the atmosphere at the talks was positive": how the meeting went


def _after_object(ctx: Context, p: Parsed, target: Token) -> set[Token]:
    """Phrases the parse hung on the verb that belong to its object ("endorsed the roadmap for
    elections"), or to the object of its particle ("signed off on the plan for a port")."""
    verb = target.head
    if target.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in _VERBAL:
        verb = verb.head
    elif target.dep_ != "dobj":
        return set()
    out: set[Token] = set()
    for c in verb.children:
        if (
            c.dep_ == "prep"
            and c.i > target.i
            and c.lower_ in ("for", "on", "of", "over", "regarding", "to")
        ):
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and not ctx.keys_at(p, obj):
                out |= set(c.subtree)
    return out


def _verb_object(verb: Token) -> Token | None:
    """A verb's object, or the object of its preposition ("commit to X", "engage on X")."""
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _resolve(
    ctx: Context, p: Parsed, target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> Proposal | None:
    """The proposal the target states ("rejected Russia's demand for X" read as a proposal),
    sums up ("..., a step the army opposed"), or refers to: a pronoun, or a proposal noun
    whose owner or word an earlier proposal shares ("Russia's demands", "the framework")."""
    a, b = p.offset(next(iter(target.subtree))), p.span(list(target.subtree)[-1])[1]
    own = [] if _stance_expressed(ctx, target) else _outside_asides(ctx, p, target, before)
    for x in reversed(own):
        if x.cue is not None and a <= x.cue[0] < b:
            return x
    for x in reversed(own):
        if a <= x.span[0] and x.span[1] <= b and x.span[0] >= ctx.sentences[p.index].start:
            return x  # a phrase an appositive sums up as a proposal: its words are the target's
    if target.dep_ in ("nsubj", "nsubjpass"):  # "X's plan, which Y rejected, would A": A
        said = [x for x in own if x.cue is not None and x.cue[0] == p.offset(target.head)]
        if said:
            return said[-1]
    # Beyond its own words, a target refers back: never to a proposal read after it.
    before = [x for x in before if (x.cue or x.span)[0] < a]
    word = target.lower_
    gerund = _gerund_object(target)
    if target.pos_ in _VERBAL and (target.dep_ == "xcomp" or gerund):
        obj = _verb_object(target)  # "refused to commit to this demand": the demand
        found = _resolve(ctx, p, obj, before, holders) if obj is not None else None
        if found is not None:
            return found
    if (
        target.pos_ in _VERBAL
        and target.dep_ != "xcomp"
        and not gerund
        and target.dep_ not in ("csubj", "csubjpass", "pcomp")
    ):  # an object-less refusal ("..., and the North refused"), not an act judged as subject
        others = [x for x in before if not _holders_own(ctx, x, holders)]
        return others[-1] if others else None
    if (target.dep_ in ("prt", "advmod", "prep") or _bare_word(target)) and not any(
        c.dep_ == "pobj" for c in target.children
    ):  # "voted against", "No.": what was put forward last
        others = [x for x in before if not _holders_own(ctx, x, holders)]
        return others[-1] if others else None
    demonstrative = any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such")
        for c in target.children
    )
    if word in ctx.cue_words("summary_nouns") and target.dep_ in ("appos", "npadvmod"):
        same = [x for x in before if x.cue is not None and x.cue[0] >= ctx.sentences[p.index].start]
        return same[-1] if same else None
    if demonstrative and _kind_of(target).lower_ in ctx.cue_words("claim_nouns"):
        return None  # "rejected those accusations", "that kind of threat": what was said
    if demonstrative and ctx.cues.entries("condition-named", word.rstrip("s")):
        return None  # "That condition was rejected": the terms set, not the proposal
    if word in _ANAPHORS or demonstrative:
        others = [x for x in before if not _holders_own(ctx, x, holders)]
        if demonstrative and word not in _ANAPHORS:
            return _named_by_demonstrative(ctx, target, others)
        if not demonstrative:  # "it", "them": sought in its own sentence and the one before
            others = _recent(ctx, p, others, back=_back_over_pronouns(ctx, p))
        return _outermost(others) if others else None
    if not _names_a_proposal(ctx, target):
        return _bare_noun_again(ctx, p, target, before, holders)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in target.children):
        return None  # "called a one-size-fits-all figure unreasonable": none named before
    return _named_proposal(ctx, p, target, before, holders)


def _stance_expressed(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` only expresses the stance its object names ("The bloc voiced its
    support, though Peru wanted A"): a stance on what was put forward before, not on a
    proposal in the clause's own words."""
    return bool(ctx.cues.entries("light-verb", verb.lower_)) and any(
        c.dep_ == "dobj" and ctx.cues.entries("stance-noun", c.lower_) for c in verb.children
    )


def _bare_noun_again(
    ctx: Context, p: Parsed, target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> Proposal | None:
    """The proposal a bare noun names again, with no word of its own but "the": another
    side's, put forward in the last few sentences, whose head is that noun ("Ruritania
    demanded binding arbitration. ... Osterland finds arbitration premature", "... is opposed
    to the arbitration")."""
    if target.pos_ != "NOUN" or any(c.lower_ != "the" for c in target.children):
        return None
    others = [x for x in _recent(ctx, p, before, back=3) if not _holders_own(ctx, x, holders)]
    same = [x for x in others if _head_word(x.label) == target.lower_]
    return same[-1] if same else None


def _head_word(label: str) -> str:
    """The head of a proposal's label, as of a body's name ("international arbitration on the
    border": "arbitration"), or its one word."""
    return head_noun(label) or label.lower()


def _named_by_demonstrative(ctx: Context, target: Token, others: list[Proposal]) -> Proposal | None:
    """What "this" or "that" with a noun names among other sides' proposals: the last one its
    word names ("this plan": only such a one); else, for a noun of proposals or one of the
    ``referring_nouns`` ("that approach", "that last point"), the last one; else none ("those
    licences" are the licences)."""
    word = target.lower_
    if word.rstrip("s") not in _ANY_PROPOSAL and ctx.cues.entries("plan-noun", word):
        same = [x for x in others if word.rstrip("s") in x.label.lower()]
        return same[-1] if same else None
    same = [x for x in others if _shares_stem({word}, x.label)]
    if same:
        return same[-1]  # ("that option": the one put as an option)
    if _names_a_proposal(ctx, target) or word in ctx.cue_words("referring_nouns"):
        kind = _KIND_NAMED.get(word.rstrip("s"))  # "that demand": the last demand, if any
        others = [x for x in others if x.kind == kind] or others
        return _outermost(others) if others else None
    return None


def _put_as_text(ctx: Context, x: Proposal) -> bool:
    """Whether a proposal was put forward as a text: its words or its cue's name one ("a
    draft resolution demanding A", "circulated a text that would A")."""
    texts = ctx.cue_words("text_nouns")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", x.label)}
    if x.cue is not None:
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[x.cue[0] : x.cue[1]])}
    return bool(words & texts)


def _outermost(proposals: list[Proposal]) -> Proposal:
    """The last proposal, or the one whose words hold it ("a draft that would extend A while
    asking B to present C. Y backed that approach": the draft, not what it asks of B)."""
    last = proposals[-1]
    holding = [x for x in proposals if x.span[0] <= last.span[0] and last.span[1] <= x.span[1]]
    return holding[0]


def _kind_of(noun: Token) -> Token:
    """The noun "that kind (sort, type) of" qualifies, else ``noun``."""
    if noun.lower_ not in ("kind", "sort", "type", "kinds", "sorts", "types"):
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None else noun


def _bare_word(target: Token) -> bool:
    """Whether ``target`` opens its sentence as a word of its own ("No. The plan ...")."""
    return target.i == 0 and len(target.doc) > 1 and target.doc[1].text in (".", "!")


def _holders_own(ctx: Context, x: Proposal, holders: tuple[str, ...]) -> bool:
    """Whether a proposal is the holders' own: every proposer is one of them, or a body of
    the state they are or speak for (Syria and its defence ministry's plan)."""
    sides = set(holders) | set(ctx.states_of(holders))
    return all(k in sides or set(ctx.states_of((k,))) & sides for k in x.proposers)


def _recent(ctx: Context, p: Parsed, proposals: list[Proposal], back: int = 1) -> list[Proposal]:
    """The proposals put forward in the sentence of ``p`` or the one before it: where a
    pronoun finds what it stands for ("Peru offered a port. Chile rejected it."); one put
    forward further back, with other sentences between, is not what "it" names. (An answer
    looks ``back`` over the question's turn.)"""
    start = ctx.sentences[max(p.index - back, 0)].start
    return [x for x in proposals if (x.cue or x.span)[0] >= start]


def _back_over_pronouns(ctx: Context, p: Parsed) -> int:
    """How many sentences back a pronoun of ``p`` looks for what it stands for: one, and one
    more for each sentence before that backs or rejects "it" too ("Peru offered A. Chile
    rejected it. Bolivia backed it.": A, through the chain of pronouns)."""
    back = 1
    while back < 4 and _holds_a_pronoun(ctx, ctx.parsed.get(p.index - back)):
        back += 1
    return back


def _holds_a_pronoun(ctx: Context, p: Parsed | None) -> bool:
    """Whether sentence ``p`` backs or rejects a pronoun ("Chile rejected it.")."""
    return p is not None and any(
        t.lower_ in ("it", "them") and t.pos_ == "PRON" and _held_before(ctx, t) for t in p.doc
    )


def _named_proposal(
    ctx: Context, p: Parsed, target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> Proposal | None:
    """The proposal a proposal noun names: its owner's latest (of the kind the noun names: "the
    Norwegian offer" is no demand of Norway's); without an owner, the latest of another side
    whose words or whose cue hold the noun ("the offer": what was last offered)."""
    owner = ctx.owner(p, target)
    if owner:
        return _owners_proposal(ctx, p, target, before, owner)
    if any(c.dep_ == "amod" and c.text[:1].isupper() for c in target.children if c.i < target.i):
        return None  # "backed the African demand": an owner the text names no actor for
    if (said := _said_in_clause(target)) is not None:
        # "rejected the proposal that the rules be tightened": the one that said so, if any
        sharing = [x for x in before if _shared_stems(said, x.label) >= min(2, len(said))]
        sharing = [x for x in sharing if not set(x.proposers) <= set(holders)]
        return sharing[-1] if sharing else None
    nouns = {
        c.lower_
        for c in target.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < target.i
    }
    if nouns:  # "the licensing idea": one whose words say licensing, else none named before
        before = [x for x in before if _shares_stem(nouns, x.label)]
    if (described := _described_by_words(target, before, holders)) is not None:
        return described
    content = {
        o.lower_
        for c in target.children
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    }
    saying = [x for x in before if content and _shares_stem(content, x.label)]
    if (
        content
        and not saying
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in target.children)
    ):
        return None  # "the G24 call for a realignment": a named side's own, said nowhere before
    before = saying or before  # "the request for an office": the one that asked for an office
    latest = _latest_of_its_kind(ctx, p, target, before, holders)
    if latest is not None:
        return latest
    # "has received X's request for A, but finds the proposal premature": that request
    start = ctx.sentences[p.index].start
    same = [x for x in before if x.span[0] >= start and not set(x.proposers) & set(holders)]
    bare = all(c.dep_ == "det" for c in target.children)
    if same and bare and target.lower_ in _ANY_PROPOSAL:
        return same[-1]
    for x in reversed(before):
        if set(x.proposers) <= set(holders):
            continue
        if target.lower_ in label_words(x.label) or _cued_by(ctx, x, target.lower_):
            return x
    found = _any_of_its_kind(ctx, p, target, before, holders)
    return found or _latest_of_its_kind(ctx, p, target, before, holders, wide=True)


def _owners_proposal(
    ctx: Context, p: Parsed, target: Token, before: list[Proposal], owner: tuple[str, ...]
) -> Proposal | None:
    """The proposal a noun with an owner names: the owner's latest of the kind the noun names
    ("the Norwegian offer" is no demand of Norway's), one whose words the noun's modifiers
    say, a scheme's first term, an agreement or a text only as named."""
    kind = _KIND_NAMED.get(target.lower_)
    own = [x for x in reversed(before) if set(owner) & set(x.proposers) and kind in (None, x.kind)]
    if len({k for c in target.lefts for w in c.subtree for k in ctx.keys_at(p, w)}) > 1:
        # "the Chilean-Peruvian draft": one the owners it names put forward together
        own = [x for x in own if set(owner) <= set(x.proposers)] or own
    words = _modifier_words(ctx, p, target)
    named = [x for x in own if words and words <= label_words(x.label)]
    if not named and own and target.lower_ in ctx.cue_words("scheme_nouns"):
        return _package_head(ctx, own)  # "the Commission's plan": its first term
    if target.lower_ in ctx.cue_words("agreement_nouns"):
        return next(iter(named), None)  # "renew the fishing accord": not its last request
    if target.lower_ in ctx.cue_words("text_nouns"):  # "backed the US draft": a text's
        return next(iter(named or [x for x in own if _put_as_text(ctx, x)]), None)
    return next(iter(named or own), None)


def _described_by_words(
    target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> Proposal | None:
    """The latest of another side's proposals whose words the adjective of "the idea", "the
    proposal" names ("the buyback idea", a noun the tagger took for an adjective), however
    long ago it was put forward; none where no proposal says the word ("the new idea")."""
    described = {c.lower_ for c in target.lefts if c.dep_ == "amod" and c.is_lower}
    if target.lower_ not in _ANY_PROPOSAL or not described:
        return None
    sharing = [
        x
        for x in before
        if _shares_stem(described, x.label) and not set(x.proposers) <= set(holders)
    ]
    return sharing[-1] if sharing else None


def _latest_of_its_kind(
    ctx: Context,
    p: Parsed,
    target: Token,
    before: list[Proposal],
    holders: tuple[str, ...],
    wide: bool = False,
) -> Proposal | None:
    """What an owner-less "the offer" or "the demand" names when another side put one
    forward in this sentence or the one before: the latest of those, before any older one
    whose verb echoes the noun ("X offered talks. ... Y stood ready to send a team. Z turned
    the offer down.": the team)."""
    kind = _KIND_NAMED.get(target.lower_)
    if kind is None:
        return None
    others = [x for x in before if x.kind == kind and not set(x.proposers) <= set(holders)]
    recent = _recent(ctx, p, others)
    if wide:  # "X offered A; 'quote,' she said. Y turned the offer down.": the offer of
        # this paragraph or the one before, a quotation between
        block = ctx.block_at(p.start)
        recent = [x for x in others if ctx.block_at(x.span[0]) >= block - 1]
    return recent[-1] if recent else None


def _package_head(ctx: Context, own: list[Proposal]) -> Proposal:
    """Of an owner's proposals (latest first), the first put forward in the paragraph of the
    latest: what "the X plan" names where X set out a package ("floated a grant ... Under
    the proposal, A would B": the grant)."""
    block = ctx.block_at(own[0].span[0])
    same = [x for x in own if ctx.block_at(x.span[0]) == block]
    return same[-1]


#: The kind of proposal a noun that names any proposal names ("the offer", "the request");
#: the others ("the idea", "the proposal") name either kind.
_KIND_NAMED = {"offer": "offer", "request": "demand", "demand": "demand"}


#: Prepositions of a phrase that says in what form or circumstances, not what.
_WHEN_HOW = frozenset({"in", "at", "under"})


def _bare_but_how(noun: Token, prep: Token) -> bool:
    """Whether a noun with no words before it but its determiner has a phrase that says only
    in what form or circumstances ("the proposal in its present form"), no content of its
    own ("the idea of a swap", "the zero-quota proposal in principle")."""
    return prep.lower_ in _WHEN_HOW and all(c.dep_ == "det" for c in noun.lefts)


def _any_of_its_kind(
    ctx: Context, p: Parsed, target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> Proposal | None:
    """What "the proposal", "the idea", "the request" names when no earlier proposal shares
    its word: the latest of another side's (of its kind, where the noun names one), put
    forward in this sentence or the one before ("Peru offered a quota. Chile welcomed the
    idea.": the quota); not a noun
    with content of its own ("the idea of a swap")."""
    word = target.lower_
    if (
        # (``scheme_nouns``: nouns of a scheme put forward, "the plan", "the roadmap")
        (word not in _ANY_PROPOSAL and word not in ctx.cue_words("scheme_nouns"))
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in target.children)
        or any(c.dep_ in ("acl", "relcl", "appos") for c in target.children)
        or any(c.dep_ == "prep" and not _bare_but_how(target, c) for c in target.children)
    ):
        return None
    if word not in _ANY_PROPOSAL and _named_before(ctx, p, word):
        return None  # "the roadmap" after "the UN-facilitated roadmap": that one, as named
    kind = _KIND_NAMED.get(word)
    others = [
        x for x in before if not _holders_own(ctx, x, holders) and (kind is None or x.kind == kind)
    ]
    block = ctx.block_at(p.start)
    recent = _recent(ctx, p, others) or [  # "X wants A. 'B,' she said. Y backed the idea."
        x for x in _recent(ctx, p, others, back=2) if ctx.block_at(x.span[0]) == block
    ]
    return recent[-1] if recent else None


def _named_before(ctx: Context, p: Parsed, word: str) -> bool:
    """Whether a sentence before ``p``'s names a thing by ``word`` ("the roadmap"), which a
    definite "the roadmap" then names again."""
    return (
        re.search(rf"\b{re.escape(word)}\b", ctx.text[: ctx.sentences[p.index].start], re.I)
        is not None
    )


def _modifier_words(ctx: Context, p: Parsed, noun: Token) -> set[str]:
    """The words that say which of its owner's proposals a proposal noun names ("Chile's
    patrol proposal": patrol; "Chile's idea of a working group": working, group), not those
    naming an actor ("the Chilean proposal")."""
    before = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    after = [
        t
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > noun.i
        for t in c.subtree
        if t.dep_ != "prep"
    ]
    return {
        c.lower_ for c in (*before, *after) if c.pos_ in ("NOUN", "ADJ") and not ctx.keys_at(p, c)
    }


def _shares_stem(words: set[str], label: str) -> bool:
    """Whether a label holds a word with the first five letters of one of ``words``
    ("licensing" and "licences", "patrol" and "patrols")."""
    return _shared_stems(words, label) > 0


def _shared_stems(words: set[str], label: str) -> int:
    """How many of ``words`` a label holds by their first five letters."""
    stems = {w[:5] for w in label_words(label)}
    return sum(1 for w in words if len(w) >= 4 and w[:5] in stems)


def _said_in_clause(noun: Token) -> set[str] | None:
    """The content words of a that-clause a proposal noun states ("the proposal that the
    rules be tightened": rules, tightened), if it has one."""
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    if not clauses:
        return None
    return {
        t.lower_
        for c in clauses
        for t in c.subtree
        if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop
    }


def _cued_by(ctx: Context, proposal: Proposal, noun: str) -> bool:
    """Whether the word that put ``proposal`` forward is the noun's verb ("offered" for "the
    offer", "proposed" for "the proposal")."""
    if proposal.cue is None:
        return False
    cue = ctx.text[proposal.cue[0] : proposal.cue[1]].lower()
    stem = noun.rstrip("s")
    return cue.startswith(stem[:5]) and len(stem) >= 4


#: How many proposals a plural names: "both proposals", "the two plans", "all three offers".
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _several(
    ctx: Context, target: Token, before: list[Proposal], holders: tuple[str, ...]
) -> list[Proposal]:
    """The last proposals of others that a counted plural proposal noun names ("rejected both
    proposals"), or none."""
    if target.tag_ != "NNS" or not _names_a_proposal(ctx, target):
        return []
    count = next((_COUNTS[c.lower_] for c in target.children if c.lower_ in _COUNTS), 0)
    others = [x for x in before if not _holders_own(ctx, x, holders)]
    return others[-count:] if count and len(others) >= count else []


def _each(
    ctx: Context,
    p: Parsed,
    target: Token,
    proposal: Proposal | None,
    before: list[Proposal],
    holders: tuple[str, ...],
) -> list[Proposal]:
    """The proposals a stance takes on one by one: those a counted plural names ("rejected
    both proposals"), or, when the target is a phrase of this sentence that holds several
    proposals read in it, each of them ("proposed A and then B, all of which Y rejected")."""
    if proposal is None:
        return _several(ctx, target, before, holders)
    counted = _counted_of_owner(ctx, target, proposal, before)
    if counted:
        return counted
    a, b = p.offset(target.left_edge), p.span(target.right_edge)[1]
    start = ctx.sentences[p.index].start
    own = _outside_asides(ctx, p, target, before)
    inside = [x for x in own if start <= a <= x.span[0] and x.span[1] <= b]
    return inside if len(inside) > 1 and proposal in inside else []


def _outside_asides(
    ctx: Context, p: Parsed, target: Token, proposals: list[Proposal]
) -> list[Proposal]:
    """``proposals`` less those read in a relative clause that describes an actor named inside
    the target ("the plan announced by X, who has called for Y": Y is X's, not the plan)."""
    asides = [
        (p.offset(c.left_edge), p.span(c.right_edge)[1])
        for t in target.subtree
        if t is not target and ctx.keys_at(p, t)
        for c in t.children
        if c.dep_ == "relcl"
    ]
    if not asides:
        return proposals
    return [x for x in proposals if not any(a <= (x.cue or x.span)[0] < b for a, b in asides)]


def _counted_of_owner(
    ctx: Context, target: Token, proposal: Proposal, before: list[Proposal]
) -> list[Proposal]:
    """For a counted plural proposal noun resolved to a proposal ("dismissed both proposals"),
    the last ones of that proposal's proposers, as many as counted; else none."""
    if target.tag_ != "NNS" or not _names_a_proposal(ctx, target):
        return []
    count = next((_COUNTS[c.lower_] for c in target.children if c.lower_ in _COUNTS), 0)
    same = [x for x in before if set(x.proposers) & set(proposal.proposers)]
    if count == 0 and _definite_plural(target):
        # "welcomed Peru's proposals": those put forward in one sentence with the one resolved
        package = [x for x in same if x.evidence == proposal.evidence]
        return package if len(package) > 1 else []
    return same[-count:] if count > 1 and len(same) >= count else []


def _definite_plural(noun: Token) -> bool:
    """A plural with "the", "these" or an owner ("the proposals", "Peru's demands")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss"
        for c in noun.children
    )


def _summed_clause(ctx: Context, target: Token) -> set[Token]:
    """The words of the clause a summing noun after a comma stands for ("Chile leased the
    port, a move that Peru condemned": "leased the port"), without its subject; none for a
    noun that sums up nothing. The parse hangs such a noun anywhere (an apposition, a second
    object, the object of the stance's verb with the clause its complement)."""
    doc = target.doc
    comma = target.left_edge.i - 1
    if (
        target.lower_ not in ctx.cue_words("summary_nouns")
        or comma < 1
        or doc[comma].text != ","
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in target.children)
    ):
        return set()
    verbs = [t for t in doc[:comma] if t.pos_ in _VERBAL and t.dep_ not in ("aux", "auxpass")]
    if not verbs:
        return set()
    verb = min(verbs, key=lambda t: len(list(t.ancestors)))
    words = {t for t in verb.subtree if t.i < comma}
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "mark"):
            words -= set(c.subtree)
    return {t for t in words if not is_mark(t)}


def _bare_pronoun(target: Token, tokens: set[Token]) -> bool:
    """A target that is a pronoun no proposal resolves ("it") or the wh-word of a question left
    open ("which they reject"), with no words of its own."""
    return len(tokens) <= 1 and target.lower_ in _ANAPHORS | {"which", "whichever"}


def _stances(ctx: Context, p: Parsed, read: _Read, before: list[Proposal]) -> list[Stance]:
    """The stances of one reading: on its target, or on each example the target lists; on
    the noun a pronoun stands for, which may be in the sentence before."""
    sentence = ctx.sentences[p.index]
    evidence = (sentence.start, sentence.end)
    found = _antecedent(ctx, p, read.target, before)
    if found is not None:  # "Lula called the deal a defence ... Milei endorsed it too"
        p, read = found[0], replace(read, target=found[1])
    doing = _doing(read.target)
    if doing is not None:  # "rejects A and B playing a role": the act, not the actors
        read = replace(read, extra=(*read.extra, *doing.subtree))
    examples = [] if ctx.keys_at(p, read.target) else listed_examples(read.target)
    if not examples:
        whole = set(read.target.subtree) | _after_object(ctx, p, read.target)
        if read.clause is not None:
            whole -= set(read.clause.subtree)
        whole = (whole | set(read.extra)) - set(read.drop)
        return _stances_on(ctx, p, read, read.target, whole, before, evidence)
    out = []
    for example, words in zip(examples, example_items(examples), strict=True):
        out.extend(_stances_on(ctx, p, read, example, words, before, evidence))
    return out


def _doing(target: Token) -> Token | None:
    """The gerund right after a named object that does it ("rejects Ethiopia and Kenya playing
    a role in the talks": the role played is what is rejected, not the actors), where the parse
    hung it on the stance verb or on a name of the list, if any."""
    if target.dep_ != "dobj":
        return None
    names = {t for t in target.subtree if t.pos_ == "PROPN"}
    return next(
        (
            c
            for c in target.doc
            if c.dep_ in ("advcl", "acl")
            and c.tag_ == "VBG"
            and (c.head == target.head or c.head in names)
            and c.doc[c.i - 1] in names
            and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)
        ),
        None,
    )


def _antecedent(
    ctx: Context, p: Parsed, pronoun: Token, before: list[Proposal]
) -> tuple[Parsed, Token] | None:
    """The noun a pronoun object stands for when it is the nearest before it, in its own
    sentence or the one before, to name something put forward ("the deal", "the offer") or
    a position another side backed or rejected ("Germany backs a clause. Greece opposes it"),
    and no proposal was read after that noun: None when the last proposal is nearer. So too
    for what a vote without an object is on ("The council adopted the draft. Chad voted
    against.": the draft)."""
    is_pronoun = pronoun.lower_ in ("it", "them") and pronoun.pos_ == "PRON"
    if not is_pronoun and not _elided_vote(ctx, pronoun):
        return None
    at = p.offset(pronoun)
    prev = ctx.parsed.get(p.index - 1)
    scans = [(p, reversed(p.doc[: pronoun.i]))]
    if prev is not None:
        scans.append((prev, reversed(prev.doc[:])))
    for q, tokens in scans:
        for t in tokens:
            if (
                t.pos_ == "NOUN"
                and t.dep_ != "compound"
                and not any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children)
                and (_names_a_proposal(ctx, t) or _held_before(ctx, t))
            ):  # (not "Your response?", a question's: the answerer's "it" is what was asked)
                here = q.offset(t)
                if any(x.span[1] > here for x in before if (x.cue or x.span)[0] < at):
                    return None  # a proposal read at or after the noun: the pronoun's
                return q, t
    return None


def _held_before(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` is the object of a verb of support or rejection ("Germany backs a
    clause ...; Greece opposes it": the clause, a position others hold a stance on)."""
    return noun.dep_ == "dobj" and noun.head.lower_ in ctx.cues.forms("support-verb", "reject-verb")


def _elided_vote(ctx: Context, particle: Token) -> bool:
    """Whether ``particle`` is what a vote is "for" or "against" with nothing after it ("voted
    against"): the text voted on is named before."""
    return (
        particle.dep_ in ("prt", "advmod", "prep")
        and not any(c.dep_ in ("pobj", "pcomp") for c in particle.children)
        and "vote" in ctx.cues.lemmas(particle.head.lower_)
    )


def _names_a_proposal(ctx: Context, noun: Token) -> bool:
    """Whether a noun is one that names something put forward ("deal", "offer", "draft")."""
    word = noun.lower_
    return bool(ctx.cues.entries("proposal-noun", word) or ctx.cues.entries("plan-noun", word))


def _stances_on(
    ctx: Context,
    p: Parsed,
    read: _Read,
    target: Token,
    whole: set[Token],
    before: list[Proposal],
    evidence: tuple[int, int],
) -> list[Stance]:
    targets = () if _doing(target) is not None else ctx.keys_at(p, target)
    if not targets and ctx.pronouns.get(target.lower_) == "Person":
        targets = ctx.antecedent(p, target)  # "She was backed by X": the person she is
    tokens = trimmed(ctx, p, whole) or whole
    span = _extent(p, tokens)
    if targets:  # on actors
        return [
            _stance(read, h, ctx.label_of(t), span, evidence, actor=t)
            for h in read.holders
            if ctx.is_actor(h)
            for t in targets
            if t != h
        ]
    if read.recent:  # "Peru agreed.": to what was just put to it, if anything, before
        here = p.offset(target)
        before = [
            x
            for x in _recent(ctx, p, before, read.recent)
            if (x.cue or x.span)[0] < here and not set(x.proposers) <= set(read.holders)
        ]
        if not before:
            return []
    proposal = _resolve(ctx, p, target, before, read.holders)
    if read.named and proposal is None:
        here = p.offset(target)
        named = [x for x in before if x.span[0] < here and _shares_stem({target.lower_}, x.label)]
        if not named:
            return []  # "blocked two roads": nothing put forward
        proposal = named[-1]
    if proposal is None and read.clause is not None:
        here = p.offset(target)  # "a proposal to delay the vote by a year, which Y rejected"
        proposal = next((x for x in reversed(before) if x.span[0] <= here < x.span[1]), None)
    several = _each(ctx, p, target, proposal, before, read.holders)
    if several:  # "dismissed both proposals": each of the last two
        return [
            _stance(read, h, x.label, span, evidence, proposal=x.key)
            for x in several
            for h in read.holders
            if ctx.is_actor(h)
        ]
    if proposal is None and _bare_pronoun(target, tokens):
        return []  # "will not accept it", "decide which they reject": nothing named
    if proposal is None and (summed := _summed_clause(ctx, target)):
        tokens = trimmed(ctx, p, summed) or summed  # "X leased the port, a move Y condemned"
        span = _extent(p, tokens)
    label = proposal.label if proposal is not None else ctx.words(p, tokens, named=True)
    key = proposal.key if proposal is not None else None
    return [
        _stance(read, h, label, span, evidence, proposal=key)
        for h in read.holders
        if ctx.is_actor(h)
    ]


def _extent(p: Parsed, tokens: Iterable[Token]) -> tuple[int, int]:
    """The characters from the first of ``tokens`` to the end of the last."""
    ordered = sorted(tokens, key=lambda t: t.i)
    return (p.offset(ordered[0]), p.span(ordered[-1])[1])


def _stance(
    read: _Read,
    holder: str,
    label: str,
    span: tuple[int, int],
    evidence: tuple[int, int],
    *,
    actor: str | None = None,
    proposal: str | None = None,
) -> Stance:
    return Stance(
        holder,
        as_stance(read.stance),
        label,
        span,
        actor=actor,
        proposal=proposal,
        evidence=evidence,
        rule=read.rule,
    )


def _condition_words(p: Parsed, conditions: Iterable[Condition]) -> set[int]:
    """The words of ``p`` inside a condition found in it, whatever rule read it ("the offer
    hinges on Peru accepting the tariff"): a condition's words take no stance."""
    start, end = p.offset(p.doc[0]), p.span(p.doc[-1])[1]
    spans = [c.span for c in conditions if c.span[0] < end and c.span[1] > start]
    return {t.i for t in p.doc if any(a <= p.offset(t) < b for a, b in spans)} if spans else set()


@component("stances", needs=("affiliations", "proposals", "conditions"))
def find_stances(ctx: Context, results: Mapping[str, tuple[Any, ...]]) -> tuple[Stance, ...]:
    """Every stance the document reports; one a person takes is also taken by each state or
    body the person speaks for (ONTOLOGY.md: "attributed to both")."""
    earlier = _Earlier(results["proposals"])
    found: list[Stance] = []
    for p in ctx.parsed_in_order():
        if direct_question(p):
            continue  # "Is X ready to accept it?": no stance taken
        conditional = ctx.supposed(p) | _condition_words(p, results["conditions"])
        for tok in p.doc:
            if tok.i in conditional:
                continue  # "... unless Washington abandoned its course": a condition, no stance
            read = (
                _verb_stance(ctx, p, tok)
                or _refused_signing(ctx, p, tok)
                or _judgement(ctx, p, tok)
                or _noun_stance(ctx, p, tok)
                or _adjective_stance(ctx, p, tok)
                or _none_to_be(ctx, p, tok)
                or _no_grounds(ctx, p, tok)
                or _answer_to(ctx, p, tok)
                or _bare_assent(ctx, p, tok)
                or _bare_verdict(ctx, p, tok)
                or _bare_answer(ctx, p, tok)
                or _preferred_over(ctx, p, tok)
                or _wished_success(ctx, p, tok)
                or _drawn_response(ctx, p, tok)
            )
            # (whether it is asked, and what came before, are looked at for a stance read only)
            if read is not None and not asked_whether(tok):
                before = earlier.at(p.offset(tok), ctx.sentences[p.index].end)
                if _condition_demanded(ctx, p, read, results["conditions"]):
                    before = [x for x in before if x.kind != "demand"]
                found.extend(_stances(ctx, p, read, before))
    return tuple(_with_those_spoken_for(_once(found), speaks_for(ctx, results["affiliations"])))


def _condition_demanded(
    ctx: Context, p: Parsed, read: _Read, conditions: tuple[Condition, ...]
) -> bool:
    """Whether "the demand" a side rejects is a condition just set for it to meet ("Y would
    resume loading as long as X released the employees. X rejected the demand."), not a
    proposal another side put forward as a demand."""
    target = read.target
    if target.lower_ not in ("demand", "demands") or ctx.owner(p, target):
        return False  # ("rejected Hamas's demand": Hamas's own)
    start = ctx.sentences[max(p.index - 1, 0)].start
    here = p.offset(target)
    return any(
        start <= c.span[0] < here and set(c.requires) & set(read.holders) for c in conditions
    )


def _once(found: list[Stance]) -> list[Stance]:
    """The stances, one per holder, stance and proposal in a sentence ("rejected X's demands,
    including A and B": B's rejection once, whether read on the list or on B)."""
    seen: set[tuple[str, str, str, tuple[int, int] | None]] = set()
    out = []
    for s in found:
        key = (s.holder, s.stance, s.proposal or "", s.evidence)
        if s.proposal is not None and key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out


def _with_those_spoken_for(found: list[Stance], spoken: dict[str, tuple[str, ...]]) -> list[Stance]:
    """Each stance, and after it the same stance held by each state or body its holder speaks
    for, where that one is not read already."""
    seen = {(s.holder, s.stance, s.span, s.proposal, s.label) for s in found}
    out: list[Stance] = []
    for s in found:
        out.append(s)
        for org in spoken.get(s.holder, ()):
            key = (org, s.stance, s.span, s.proposal, s.label)
            if key not in seen:
                seen.add(key)
                out.append(replace(s, holder=org))
    return out


#: How many of the proposals put forward before a stance it can be on: far more than an
#: article holds (a stance names what was put forward in the story it is part of), so that
#: in a long document (a transcript, a year of reports in one file) a stance costs the same
#: wherever it stands.
REACH_BACK = 200


class _Earlier:
    """The proposals in the document's order, with running bounds on where each is put
    forward: those a stance can be on are a slice and a short tail, not a scan of every
    proposal of a long document."""

    def __init__(self, proposals: tuple[Proposal, ...], reach: int = REACH_BACK) -> None:
        self.proposals = proposals
        self.reach = reach
        self.keys = [(x.cue or x.span)[0] for x in proposals]
        self.latest = list(accumulate(self.keys, max))  # the latest put forward up to each
        # the earliest put forward and the earliest start from each on
        self.low_key = list(accumulate(reversed(self.keys), min))[::-1]
        self.low_start = list(accumulate((x.span[0] for x in reversed(proposals)), min))[::-1]

    def at(self, here: int, end: int) -> list[Proposal]:
        """The proposals a stance at offset ``here`` can be on, in the document's order: those
        put forward before it (the last ``reach`` of the run put forward before it), and those
        that start after it and before ``end`` (the end of its sentence)."""
        m = bisect_left(self.latest, here)  # every proposal before m is put forward before here
        out = list(self.proposals[max(0, m - self.reach) : m])
        for j in range(m, len(self.proposals)):
            if self.low_key[j] >= here and self.low_start[j] >= end:
                break  # none from here on is put forward before it or later in its sentence
            x = self.proposals[j]
            if self.keys[j] < here or here < x.span[0] < end:
                out.append(x)
        return out
