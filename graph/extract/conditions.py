"""Conditions: what must hold for a proposal to go ahead (the ``conditions`` component).

Two constructions (``data/constructions.json``):

- ``condition-marker``: an adverbial clause or phrase opened by a marker ("if",
  "unless", "as long as", "in exchange for", "subject to", ...) governs the
  proposal whose words hold the verb it hangs from;
- ``condition-predicate``: a sentence of its own ("The offer depends on ...",
  "Any deal hinges on ...") governs the earlier proposals its subject stands for.

Who must act is the clause's own subject, a passive's by-agent, or the owner of
the noun that states the condition ("Egypt's recognition").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .content import (
    EXCHANGE_MARKERS,
    Marked,
    agent_adjective,
    attribution,
    condition_at_colon,
    content_items,
    example_items,
    gerund_after,
    governing_verb,
    has_subject,
    refers_back,
    trimmed,
    with_gerund,
)
from .context import Context, bare_plural, unique
from .cues import Cue, load_cues
from .parse import Parsed, is_mark
from .readings import necessity
from .records import Condition, Proposal, Span
from .registry import component

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_conditions"]


#: Pronouns by which a speaker names its own side.
_FIRST = frozenset({"i", "we"})


def _actors_of_clause(ctx: Context, p: Parsed, head: Token) -> tuple[str, ...]:
    """Who must act for a condition: a verb's agent, or whose a noun is by possession or name
    ("Egypt's recognition", "a Russian withdrawal" is not enough: "Palestinian prisoners"
    are not the Palestinians' to release)."""
    if head.pos_ in ("VERB", "AUX"):
        before = head.doc[head.i - 1] if head.i > 0 else None
        if before is not None and gerund_after(before) == head and (keys := ctx.actors(p, before)):
            return keys  # "on the Taliban fulfilling X": the gerund's subject, not the clause's
        subj = ctx.subject(head)
        if _received(ctx, head):
            return ()  # "only if its leader is allowed to attend": the side that allows it
        if subj is not None and (moved := _forces_moved(ctx, p, head, subj)):
            return moved
        if subj is None or subj.pos_ != "NOUN":
            return ctx.agent(p, head)
        return _placed(ctx, p, subj) or ctx.agent(p, head) or ctx.owner(p, subj)
    if head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ in ("nsubj", "nsubjpass"):
            keys = ctx.actors(p, head)
            if keys:
                return keys
        for child in head.children:
            if child.dep_ == "poss":  # "Egypt's recognition", not "Security Council resolutions"
                keys = ctx.actors(p, child)
                if keys:
                    return keys
        if head.lower_ in ctx.cue_words("assent_nouns"):  # "the consent of X": X gives it
            for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                keys = tuple(k for c in of.children if c.dep_ == "pobj" for k in ctx.actors(p, c))
                if keys:
                    return keys
        agent = agent_adjective(head)
        if agent is not None and (keys := ctx.keys_at(p, agent)):
            return keys  # "in return for a Peruvian withdrawal": Peru withdraws
        pledge = [e for e in ctx.cues.entries("proposal-noun", head.lower_) if not e.needs_draft]
        if pledge and any(
            c.dep_ in ("amod", "compound") and c.i < head.i and ctx.keys_at(p, c)
            for c in head.children
        ):
            return ctx.owner(p, head)  # "in return for a Peruvian pledge to A": Peru's to keep
    return ()


def _received(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of granting with no by-agent ("is allowed", "are
    given access"): its subject receives; who must act is the one who grants."""
    return (
        ctx.passive(verb)
        and ctx.cues.is_form(verb.lower_, ctx.cues.word_set("receiving_verbs"))
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _forces_moved(ctx: Context, p: Parsed, verb: Token, subj: Token) -> tuple[str, ...]:
    """The state whose armed forces a passive with no by-agent moves ("until the Russian troops
    are withdrawn": Russia withdraws them)."""
    if not ctx.passive(verb) or ctx.by_agent(p, verb):
        return ()
    forces = [k for k in ctx.keys_at(p, subj) if ctx.res.entities[k].fine == "armed_force"]
    return ctx.states_of(forces)


def _placed(ctx: Context, p: Parsed, subj: Token) -> tuple[str, ...]:
    """Whose the subject of a condition is by the place it names ("once the authorities in
    Lima agree": Peru's), before whatever else "the authorities" might refer to."""
    if subj.lower_ not in ctx.cues.word_set("owner_nouns"):
        return ()
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if keys := ctx.actors(p, obj):
                return keys
    return ()


def _governs(p: Parsed, proposal: Proposal, tok: Token, linking: bool) -> bool:
    """Whether the condition hanging from ``tok`` belongs to ``proposal`` (``linking``: ``tok``
    is a form of "be", "stand", "remain" ..., or a light verb such as "expressed", whose
    complement or object may be the proposal's cue)."""
    offset = p.offset(tok)
    if proposal.span[0] <= offset < proposal.span[1]:
        return True
    if proposal.cue is None:
        return False
    if proposal.cue[0] <= offset < proposal.cue[1]:
        return True
    if not linking:
        return False  # a verb of its own ("the truce will last as long as ..."), not "is"
    return any(p.span(c) == proposal.cue for c in tok.children)  # "is" of "is ready to ..."


def _attach(ctx: Context, p: Parsed, proposals: list[Proposal], marked: Marked) -> list[Proposal]:
    """The proposals of the sentence a condition belongs to: those whose words or cue hold the
    nearest word above the condition, not above a clause coordinated with a subject of its own;
    where the parse hung the condition on a verb of saying (or on an adverb of that verb: "...,
    X said, as long as B"), the proposal said in its complement ("X said A would go ahead,
    provided B")."""
    if welcomed := _welcomed_offers(ctx, p, proposals, marked):
        return welcomed
    node = marked.anchor
    for _ in range(6):
        # "is ready to A if B", "expressed its readiness to A, provided B": the complement of a
        # copula or the object of a light verb is the proposal's cue
        linking = ctx.cues.is_form(node.lower_, ctx.cue_words("copulas")) or bool(
            ctx.cues.entries("light-verb", node.lower_)
        )
        hits = [x for x in proposals if _governs(p, x, node, linking)]
        if hits:  # coordinated items of one cue share its conditions
            shared = {p.span(v) for v in _sharing(governing_verb(node), marked)}
            kinds = {x.kind for x in hits}  # ("urged A and offered B if C": the offer's only)
            return [
                x
                for x in proposals
                if x in hits
                or x.cue in {h.cue for h in hits}
                or (x.cue in shared and x.kind in kinds)
            ]
        if node.head == node or _own_clause(node):
            break  # "A proposed X and B threatened Y if Z": Z is B's, not A's
        node = node.head
    speech = governing_verb(marked.anchor)  # "said, as long as B": the adverb's verb
    if ctx.cues.is_form(speech.lower_, ctx.speech_lemmas):
        clauses = [c for c in speech.children if c.dep_ == "ccomp"] or [
            c for c in speech.subtree if c.dep_ == "acl" and ctx.said_in(c) == speech
        ]  # ("said in a note that A would ..., as long as B")
        said = [
            x
            for c in clauses
            for x in proposals
            if x.cue and p.offset(c.left_edge) <= x.cue[0] < p.span(c.right_edge)[1]
        ]
        if len({x.cue for x in said}) == 1:
            return said
    return []


def _welcomed_offers(
    ctx: Context, p: Parsed, proposals: list[Proposal], marked: Marked
) -> list[Proposal]:
    """ "Summit welcomed the offer by X to provide A, provided that B", "took note of the offer
    by X to A, subject to B": a condition set after the welcome or the notice of an offer read
    from a noun is that offer's term (not after its rejection, nor where the welcome is itself
    put forward: "agreed to back the plan proposed by X on condition that B")."""
    verb = governing_verb(marked.anchor)
    if ctx.cues.entries("reject-verb", verb.lower_) or marked.anchor != verb:
        return []
    if any(x.span[0] <= p.offset(verb) < x.span[1] for x in proposals):
        return []  # "agreed to back the plan put by X, on condition that B": the backing's terms
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i >= min(marked.clause):
        return []
    a, b = p.offset(obj.left_edge), p.span(obj.right_edge)[1]
    if not ctx.cues.entries("support-verb", verb.lower_):  # "took note of the offer by X"
        b = p.offset(obj.doc[min(marked.clause)])
    return [x for x in proposals if x.cue and a <= x.cue[0] < b and x.kind == "offer"]


def _sharing(verb: Token, marked: Marked) -> list[Token]:
    """The verbs coordinated before ``verb`` that share its subject and its auxiliaries, when the
    condition comes after it ("would open A and begin B if C": C conditions both; not "offered A
    and would lift B if C")."""
    if verb.dep_ != "conj" or min(marked.clause) < verb.i or _own_clause(verb):
        return []
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return [v for v in (first, *first.conjuncts) if v.i < verb.i and v.pos_ in ("VERB", "AUX")]


def _own_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause coordinated after another with a subject of its own
    ("A proposed X and B threatened Y"): what hangs on it is not the first clause's."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _condition(ctx: Context, p: Parsed, proposal: Proposal, marked: Marked, rule: str) -> Condition:
    # "provided Peru withdrew its troops, according to a statement": no attribution in it
    clause = {p.doc[i] for i in marked.clause}
    tokens = sorted((clause - attribution(ctx, clause)) or clause, key=lambda t: t.i)
    while len(tokens) > 1 and is_mark(tokens[-1]):  # the full stop is not the condition's
        tokens.pop()
    sentence = ctx.sentences[p.index]
    return Condition(
        proposal=proposal.key,
        label=ctx.words(p, tokens),
        span=(p.offset(tokens[0]), p.span(tokens[-1])[1]),
        requires=_requires(ctx, p, marked, proposal),
        negated=marked.cue.negated,
        evidence=(sentence.start, sentence.end),
        rule=rule,
    )


def _requires(ctx: Context, p: Parsed, marked: Marked, proposal: Proposal) -> tuple[str, ...]:
    """Who must act: the clause's own agent, or the owner or by-agent of its noun, searched
    from the top of the clause down, then a by-agent anywhere in it; where it names none, the
    one the proposal is addressed to."""
    clause = marked.head
    if owner := _owner_of_things_before(ctx, p, marked):
        return owner  # "would fund ECOWAS patrols, provided they stay A": ECOWAS's
    if marked.cue.construction == "condition-predicate" and clause.pos_ in ("PROPN", "PRON"):
        if keys := ctx.actors(p, clause):
            return unique(keys)  # "it depends on Chile", "... on them": they must act
    # "any deal that ...": the deal's terms; but "in the event that A ...": A's clause
    queue = [clause] if clause.dep_ != "relcl" or clause.head.i in marked.marker else []
    while queue:
        node = queue.pop(0)
        keys = _actors_of_clause(ctx, p, node)
        if (
            not keys
            and node.dep_ in ("pobj", "nsubj", "nsubjpass")
            and (node.head.lower_ in ("by", "from") or gerund_after(node) is not None)
        ):
            keys = ctx.actors(p, node)  # "by Peru", "in return for Peru releasing the crew"
        if keys and set(keys) <= set(proposal.proposers) and proposal.addressees:
            if marked.cue.lemma in EXCHANGE_MARKERS:
                return proposal.addressees  # "in exchange for the return of its soldiers"
            actor = next((c for c in node.children if c.dep_ in _ACTOR_DEPS), None)
            if actor is not None and _referring(actor) and _addressee_before(p, proposal, actor):
                return proposal.addressees  # "talks with Iran until they halt X": not the offerer
        if keys:
            return unique(keys)
        queue.extend(
            c
            for c in node.children
            if c.dep_ in ("prep", "pobj", "pcomp", "advcl", "ccomp", "acl", "agent", "conj")
        )
    for i in sorted(marked.clause):
        t = p.doc[i]
        if t.dep_ == "pobj" and t.head.lower_ == "by" and (keys := ctx.actors(p, t)):
            return unique(keys)  # an agent the parser hung outside the clause's head
    if not proposal.addressees and _agentless(clause):
        # "provided there is progress on A", "once such action has been taken": the other side
        return ctx.counterpart(proposal.proposers)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and _named_in_content(ctx, p, subject, proposal)) or (
        proposal.addressees
    )


def _owner_of_things_before(ctx: Context, p: Parsed, marked: Marked) -> tuple[str, ...]:
    """Whose are the things a condition's "they" refers to: the last plural noun before the
    marker that names no actor, where an actor owns it ("would help fund ECOWAS patrols,
    provided they stay outside A": ECOWAS must see to it)."""
    subj = next((c for c in marked.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "they":
        return ()
    things = [t for t in p.doc[: min(marked.marker)] if t.tag_ == "NNS" and not ctx.keys_at(p, t)]
    return ctx.owner(p, things[-1]) if things else ()


def _named_in_content(
    ctx: Context, p: Parsed, subject: Token, proposal: Proposal
) -> tuple[str, ...]:
    """The actor other than the proposer that the proposal's own words name, where the
    condition's subject stands for it ("would go on funding the mission as long as the
    force is not drawn into A") or is "it" and the proposal names one such actor ("... as
    long as it is not drawn into A"): what the condition is about."""
    named = {m.key for m in ctx.res.actor_mentions(*proposal.span)} - set(proposal.proposers)
    keys = ctx.actors(p, subject) if subject.lower_ != "it" else ()
    if keys:
        return unique(keys) if set(keys) <= named else ()
    return tuple(named) if subject.lower_ == "it" and len(named) == 1 else ()


def _addressee_before(p: Parsed, proposal: Proposal, pronoun: Token) -> bool:
    """Whether the sentence names an addressee of the proposal before ``pronoun``, which it
    may then refer to ("talks with Iran until they halt X"); with none named ("X will join,
    provided that it brings its laws into line"), the pronoun is the proposer's own."""
    return any(set(p.keys[t.i]) & set(proposal.addressees) for t in p.doc[: pronoun.i])


def _agentless(clause: Token) -> bool:
    """Whether a condition's clause leaves out who acts: "there is progress", "action has
    been taken" (not "the weather allows", whose subject is what must happen)."""
    kids = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return any(c.dep_ in ("expl", "nsubjpass") or c.tag_ == "EX" for c in kids) and not any(
        c.dep_ == "agent" for c in clause.children
    )


#: The words of a condition's clause that name who acts: its subject, or its noun's owner.
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _referring(tok: Token) -> bool:
    """Whether ``tok`` names its actor only by referring back: a pronoun other than the
    speaker's own ("until they halt X"), or a definite description ("depending on the
    kingdom's attitude"); such a word read as the offerer is better read as the other side."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in _FIRST
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _in_sentence(ctx: Context, p: Parsed, here: list[Proposal]) -> list[Condition]:
    out = []
    for marked in map(with_gerund, ctx.marked(p)):
        if marked.cue.construction == "condition-relative" and (
            not _states_terms(marked.head) or marked.anchor.dep_ in ("nsubj", "nsubjpass")
        ):
            # "any deal that A and B could reach": who makes it, not its terms; "any proposal
            # that touches on A must go to B": what a demand is about, not terms of accepting
            continue
        words = (p.offset(p.doc[min(marked.clause)]), p.span(p.doc[max(marked.clause)])[1])
        for proposal in _attach(ctx, p, here, marked):
            if words[0] <= proposal.span[0] and proposal.span[1] <= words[1]:
                continue  # "A is a prerequisite for B": A is demanded, not conditional on itself
            if proposal.kind == "demand" and _wanting(ctx, marked):
                continue  # "urged Peru to release X if it wants an accord": why, no condition
            if not (
                proposal.cue
                and p.offset(p.doc[min(marked.clause)])
                <= proposal.cue[0]
                <= p.span(p.doc[max(marked.clause)])[1]
            ):
                for part in _parts(marked):
                    out.append(_condition(ctx, p, proposal, part, marked.cue.rule))
    return out


def _wanting(ctx: Context, marked: Marked) -> bool:
    """Whether a condition clause says what its subject wants ("if it wants a new accord", "if
    it wishes to resume talks"): on a demand, the motive offered for complying, nothing anyone
    must do (on an offer it is a condition: "will host talks if both sides wish")."""
    head = marked.head
    return (
        head.pos_ in ("VERB", "AUX")
        and head.lower_ in ctx.cue_words("desire_verbs")
        and ctx.subject(head) is not None
    )


def _states_terms(verb: Token) -> bool:
    """Whether a relative clause on "any deal" says what the deal must do: its subject is the
    relative pronoun ("any deal that guarantees A"), not a side that would reach it ("any
    deal that A and B could reach")."""
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in _RELATIVE_TAGS for c in verb.children
    )


#: Tags of the relative pronouns ("that", "which", "who").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _parts(marked: Marked) -> list[Marked]:
    """A condition clause with coordinated verbs is one condition per verb ("only if Peru
    ratifies the treaty and reopens the port"): two conditions, one marker. What "any deal"
    must include is one condition per coordinated object."""
    head = marked.head
    if marked.cue.construction == "condition-relative":
        return _object_parts(marked)
    verbs = [
        c
        for c in head.conjuncts
        if c.i > head.i and c.pos_ in ("VERB", "AUX") and c.i in marked.clause
    ]
    if marked.listed:
        return [marked, *_listed_parts(marked)]
    stray = _stray_conjuncts(marked) if head.pos_ in ("VERB", "AUX") else []
    if head.pos_ not in ("VERB", "AUX") or not (verbs or stray):
        return [marked]
    others = {i for v in verbs for i in (t.i for t in v.subtree)}
    cc = {c.i for c in head.children if c.dep_ in ("cc", "punct") and c.i > head.i}
    first = frozenset(marked.clause - others - cc)
    parts = [Marked(marked.cue, marked.marker, first, head, marked.anchor)]
    for v in verbs:
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}  # "..., and that B": B's own
        marker = {i for i in marked.marker if head.doc[i].lower_ not in marks}
        own = frozenset({*marker, *(t.i for t in v.subtree)})
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not has_subject(v):  # "if A pays and B drops": B's own
            own |= {t.i for t in subject.subtree}
        parts.append(Marked(marked.cue, marked.marker, own, v, marked.anchor))
    later = [{t.i for t in v.subtree} for v in stray]
    for k, v in enumerate(stray):  # each with the clause's marker and subject, not the next
        words = {t.i for t in v.subtree} - set().union(*later[k + 1 :])
        words -= {c.i for c in v.children if c.dep_ in ("cc", "punct")}
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            words |= {t.i for t in subject.subtree}
        own = frozenset({*marked.marker, *words})
        parts.append(Marked(marked.cue, marked.marker, own, head, marked.anchor))
    return parts


def _listed_parts(marked: Marked) -> list[Marked]:
    """One condition per clause listed after the first ("only if A, B, and C"; see
    :attr:`.content.Marked.listed`), each with the clause's marker."""
    later = [{t.i for t in x.subtree} for x in marked.listed]
    parts = []
    for k, x in enumerate(marked.listed):
        words = later[k] - set().union(*later[k + 1 :]) - set(marked.clause)
        words -= {c.i for c in x.children if c.dep_ in ("cc", "punct")}
        head = (
            x if has_subject(x) else marked.head
        )  # "provided that A notifies B and allows C": A acts
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is not x and subject is not None:  # "as long as it A and was not B": it was
            words |= {t.i for t in subject.subtree}
        parts.append(
            Marked(marked.cue, marked.marker, frozenset({*marked.marker, *words}), head, x)
        )
    return parts


def _stray_conjuncts(marked: Marked) -> list[Token]:
    """Base-form verbs listed right after a condition clause that the parse coordinated with
    the main verb instead ("offered to delay A if Peru would restore B, address C, and engage
    in D": "address" and "engage" hung on "offered"): the clause's own items."""
    head = marked.head
    if head.tag_ != "VB":
        return []
    doc, end = head.doc, max(marked.clause)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    first = doc[end + 2]
    if first.dep_ != "conj" or first.head.i > head.i or first.head.tag_ not in ("VBD", "VBZ"):
        return []
    if first.tag_ not in ("VB", "VBP", "NN") or first.i in marked.clause:
        return []
    return [first, *(c for c in first.conjuncts if c.i > first.i and c.tag_ in ("VB", "VBP"))]


def _object_parts(marked: Marked) -> list[Marked]:
    """ "any deal that includes A, B and C": one condition per object, the verb with each
    (also where the parse made the list's first item an object of its own, the rest
    coordinated with the second; where it hung the items elsewhere, see :func:`_comma_list`)."""
    verb = marked.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "includes A, B, C": two objects
    heads = sorted({x for o in objects for x in (o, *o.conjuncts) if x.i > verb.i})
    if not heads:
        return [marked]
    items = _comma_list(marked.clause, verb, heads[0])
    if len(items) > len(heads):  # the parse lost the list's items: read the commas
        return [
            Marked(marked.cue, marked.marker, frozenset(words), verb, marked.anchor)
            for words in items
        ]
    if len(heads) < 2:
        return [marked]
    listed = {t.i for x in heads for t in x.subtree}
    parts = []
    for x, words in zip(heads, example_items(heads), strict=True):
        own = {t.i for t in words}
        if x == heads[0]:  # the first keeps the relative pronoun and the verb
            own |= set(marked.clause) - listed
        parts.append(Marked(marked.cue, marked.marker, frozenset(own), x, marked.anchor))
    return parts


def _comma_list(clause: frozenset[int], verb: Token, first: Token) -> list[set[int]]:
    """The items of a list of three or more that runs from a relative verb's first object to
    the end of the sentence ("any deal that includes A, B, C, and D"), split at its commas:
    the first item with the relative pronoun and the verb. Empty where a finite verb follows
    the first object (the sentence goes on with a clause of its own); the list ends at an item
    opened by a preposition or a verb ("..., according to X")."""
    doc = verb.doc
    end = len(doc)
    while end > first.i and is_mark(doc[end - 1]):
        end -= 1
    tail = doc[first.left_edge.i : end]
    if any(t.tag_ in _FINITE for t in tail):
        return []
    items: list[set[int]] = [set()]
    for t in tail:
        if t.text == ",":
            items.append(set())
        elif not items[-1] and t.pos_ in ("ADP", "SCONJ", "VERB"):
            items.pop()  # "..., according to X": the list has ended
            break
        elif not (t.dep_ == "cc" and not items[-1]):  # ", and D": the item is D
            items[-1].add(t.i)
    if len(items) < 3 or not all(any(doc[i].pos_ in _NOMINAL for i in x) for x in items):
        return []
    items[0] |= {i for i in clause if i < first.left_edge.i}
    return items


#: Tags of finite verbs, which open a clause of their own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Parts of speech that head a listed item.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _governed(ctx: Context, earlier: list[Proposal], owner: tuple[str, ...]) -> list[Proposal]:
    """The earlier proposals an owner put forward alone, or with the people who speak for it
    ("Putin and Russia offered X. This will work only if Y": Russia's); joint ones with another
    state or organisation are not the owner's to condition."""
    sides = set(owner or (earlier[-1].proposers if earlier else ()))
    return [
        x
        for x in earlier
        if not sides.isdisjoint(x.proposers)
        and all(k in sides or ctx.cls(k) == "Person" for k in x.proposers)
    ]


def _predicate(
    ctx: Context, p: Parsed, earlier: list[Proposal], *, referring: bool = False
) -> list[Condition]:
    """ "The offer depends on X", "this process requires X": X conditions the earlier
    proposals (those of the sentence before the predicate included) of the subject's owner.
    With ``referring`` (a sentence with proposals of its own), only a subject that refers
    back to them ("this process") makes the predicate a condition."""
    for tok in p.doc:
        entries = ctx.cues.entries("condition-predicate", tok.lower_)
        if not entries or tok.dep_ not in ("ROOT", "acomp", "ccomp", "amod", "conj"):
            continue
        cue = entries[0]
        found = _predicate_object(tok, cue)
        if found is None:
            continue
        marker, obj = found
        verb = tok.head if tok.dep_ in ("acomp", "amod") else tok
        if tok.dep_ == "amod" and not _stands_for_proposals(ctx, verb):
            # "X may finance links between A and B, subject to Y": the clause's, not B's
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), verb)
        subj = ctx.subject(verb)
        own = _read_from(p, subj, earlier) if referring and subj is not None else None
        if own is None and referring and subj is not None:
            own = _first_put_by_subject(ctx, p, subj, earlier)
        if own is not None and cue.complement == "object" and own.span[0] <= p.offset(tok):
            continue  # "wants the treaty to require A": what it asks the text to say, no term
        if own is not None:  # "The lifting of A would depend on B, X said": that lifting's
            clause = frozenset({tok.i, *marker, *(t.i for t in obj.subtree)})
            return [_condition(ctx, p, own, Marked(cue, marker, clause, obj, verb), cue.rule)]
        if referring and (subj is None or not _stands_for_proposals(ctx, subj)):
            continue
        if subj is not None and bare_plural(subj) and not ctx.keys_at(p, subj):
            continue  # "Presidential statements require consensus": a rule for any of them
        owner = _owner_of_subject(ctx, p, subj)
        if subj is not None and not owner and not _definite(ctx, subj):
            continue  # "exports will be subject to a tariff": a fact about exports
        here = p.offset(tok)
        before = [x for x in earlier if x.span[0] < here]
        if referring and subj is not None and subj.pos_ == "PRON":  # "A, but it depends on B":
            start = ctx.sentences[p.index].start  # what this sentence put forward
            before = [x for x in before if x.span[0] >= start] or before
        if (
            subj is not None
            and not owner
            and not _stands_for_proposals(ctx, subj)
            and not _named_before(subj, before)
        ):
            continue  # "the defeat of the militias requires X": no proposal put forward
        clause = frozenset({tok.i, *marker, *(t.i for t in obj.subtree)})
        marked = Marked(cue, marker, clause, obj, verb)
        return [_condition(ctx, p, x, marked, cue.rule) for x in _governed(ctx, before, owner)]
    return []


def _read_from(p: Parsed, subj: Token, proposals: list[Proposal]) -> Proposal | None:
    """The proposal read from the subject's own words, or from the clause it opens ("demanded
    that any unified government be contingent on A": that demand), if one was."""
    start = p.offset(subj.left_edge)
    return next((x for x in proposals if x.span[0] == start), None)


def _first_put_by_subject(
    ctx: Context, p: Parsed, subj: Token, proposals: list[Proposal]
) -> Proposal | None:
    """The proposal read from the subject's noun on, past its owner ("Uganda's pledge to A
    depends on B": that pledge), where its owner put forward none before the sentence (else
    "Addis Ababa's offer, which would also A, was conditional on B" refers back to it)."""
    start, noun = p.offset(subj.left_edge), p.offset(subj)
    own = next((x for x in proposals if start < x.span[0] <= noun), None)
    here = ctx.sentences[p.index].start
    if own is None or any(
        x.span[0] < here and set(x.proposers) & set(own.proposers) for x in proposals
    ):
        return None
    return own


def _owner_of_subject(ctx: Context, p: Parsed, subj: Token | None) -> tuple[str, ...]:
    """Whose proposals a condition predicate's subject conditions: the actors it names ("the
    Chilean offer"); none for a pronoun that stands for what was put forward ("..., but it
    depends on them": the proposal said last, not a state "it" might refer to)."""
    if subj is None or (
        subj.pos_ == "PRON" and subj.lower_ in ctx.cues.word_set("standing_for_proposals")
    ):
        return ()
    return ctx.actors(p, subj)


def _predicate_object(tok: Token, cue: Cue) -> tuple[tuple[int, ...], Token] | None:
    """What a condition predicate makes the condition: the object of "requires", or of the
    "on"/"to" after "depends", "conditional", "subject" (with the preposition's position)."""
    if cue.complement == "object":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return None if obj is None else ((), obj)
    preps = ("on", "upon", "to")
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
    prep = prep or next(
        (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in preps), None
    )
    if prep is None:  # "The offer is conditional: A must B": the clause after the colon
        colon = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        spelled = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > colon.i), None)
        return None if colon.text != ":" or spelled is None else ((), spelled)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None if obj is None else ((prep.i,), obj)


def _stands_for_proposals(ctx: Context, subj: Token) -> bool:
    """Whether a subject refers back to what was put forward: "it", "all of this", "the
    offer" (not a name: "the Fund for Roads"; not "a deal", one yet to be made), or any noun
    after a demonstrative ("this measure", "such a step")."""
    words = ctx.cues.word_set("standing_for_proposals")
    return (
        subj.lower_ in words
        or (
            bool(ctx.cues.entries("plan-noun", subj.lower_))
            and subj.pos_ != "PROPN"
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
        )
        or any(
            c.dep_ in ("det", "predet", "amod") and c.lower_ in _DEMONSTRATIVES
            for c in subj.children
        )  # "such" an adjective in "any such step"
    )


def _names_a_thing(ctx: Context, subj: Token) -> bool:
    """Whether a subject that refers back is a noun of some thing ("such a mission"), not one
    summing proposals up ("the offer", "this step") nor a pronoun."""
    return (
        subj.pos_ == "NOUN"
        and subj.lower_ not in ctx.cues.word_set("standing_for_proposals")
        and subj.lower_ not in ctx.cues.word_set("summary_nouns")
        and not ctx.cues.entries("plan-noun", subj.lower_)
    )


def _has_word(proposal: Proposal, word: str) -> bool:
    """Whether ``word`` is one of a proposal's words."""
    return word in {w.strip(".,;:'\"").lower() for w in proposal.label.split()}


def _named_before(subj: Token, before: list[Proposal]) -> bool:
    """Whether a subject can refer back to an earlier proposal: a noun with no words of its
    own ("the delivery"), or one whose head word is a word of the proposal ("the swap of
    prisoners" after "a prisoner swap"); not one whose complement or owner ties it to another
    matter ("the defeat of the militias", "its signature" of a text no one proposed)."""
    if not any(c.dep_ in ("prep", "acl", "relcl", "poss") for c in subj.children):
        return True
    return any(_has_word(x, subj.lower_) for x in before)


def _definite(ctx: Context, subj: Token) -> bool:
    """Whether a subject can point back to something already said: a word standing for
    proposals, or a noun with "the" or a possessive ("the swap", "its delivery"); a bare
    plural ("grain exports") speaks of things in general."""
    return _stands_for_proposals(ctx, subj) or any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subj.children
    )


#: Determiners that point back to something already said.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})


def _in_turn(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Proposal]:
    """The earlier proposals read in the transcript turn of ``p`` (none before its question)
    or in its live blog's entry: what a condition standing alone can refer back to ("If a
    request comes, it will be considered" says nothing of the offers of another answer; a
    live blog's entry above is later news)."""
    offset, sentence_end = ctx.sentences[p.index].start, ctx.sentences[p.index].end
    # (a turn's first sentence starts at its speaker's label, before the turn's words)
    starts = [start for start, end, _ in ctx.turns if start < sentence_end and offset < end]
    starts += [q for q in ctx.question_lines if q <= offset]
    starts += [e for e in ctx.entry_lines if e <= offset]
    since = max(starts, default=0)
    return [x for x in earlier if x.span[0] >= since]


def _marked_alone(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """ "All of this is possible only if X", "The reply stresses progress: 'provided that X'":
    a marked clause in a sentence with no proposal of its own conditions the earlier proposals
    of what the sentence's subject stands for."""
    for marked in ctx.marked(p):
        if marked.cue.needs_negation:
            continue  # "until ..., this will not move": a forecast unless a commitment is negated
        verb = marked.anchor
        while (
            verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")
        ) and verb.head != verb:
            verb = verb.head
        fragment = verb.i in marked.clause and not _adverbial_of(p, marked, verb)
        if not fragment and any(c.dep_ == "expl" for c in verb.children):
            return []  # "as long as A, there is a threat to B": about nothing put forward
        if not fragment and verb.lower_ in ctx.cue_words("failure_verbs"):
            return []  # "the deal would fail unless A": a warning, no term of a proposal
        subj = None if fragment else ctx.subject(verb)
        block = ctx.sentences[p.index].block
        here = [x for x in earlier if ctx.block_at(x.span[0]) == block]
        named = _named_by_its_act(subj, here) if subj is not None else []
        if not fragment and (
            subj is None
            or not (_stands_for_proposals(ctx, subj) or named)
            or _extraposed(subj, verb, marked.clause)
        ):
            return []
        if named:  # "X proposed widening A. The widening would go ahead only after B"
            return [
                _condition(ctx, p, named[-1], part, "conditions.own-sentence")
                for part in _parts(marked)
            ]
        owner = ctx.actors(p, subj) if subj is not None else ()
        if subj is not None and subj.pos_ == "PRON":  # "it", "this": what the paragraph put
            earlier = here
        governed = _governed(ctx, earlier, owner)
        if not governed and subj is not None and refers_back(subj):
            governed = _governed(ctx, here, ())  # "That offer stands, provided A": the last
        if subj is not None and _names_a_thing(ctx, subj):  # "Such a mission ... only if A":
            governed = [x for x in governed if _has_word(x, subj.lower_)]  # the mission's
        return [
            _condition(ctx, p, x, part, "conditions.own-sentence")
            for x in governed
            for part in _parts(marked)
        ]
    return []


def _named_by_its_act(subj: Token, proposals: list[Proposal]) -> list[Proposal]:
    """The proposals a subject names by the noun of the act they open with ("widening A ...
    the widening", "to extend B ... the extension"): "the" and the noun alone, whose first
    five letters the act's verb shares."""
    if subj.pos_ != "NOUN" or len(subj.lower_) < 6 or any(c.dep_ != "det" for c in subj.children):
        return []
    if not any(c.lower_ == "the" for c in subj.children):
        return []
    stem = subj.lower_[:5]
    return [x for x in proposals if any(w.lower().startswith(stem) for w in x.label.split()[:2])]


def _adverbial_of(p: Parsed, marked: Marked, verb: Token) -> bool:
    """Whether the marker is a preposition the parse hung on ``verb`` from outside ("On the day
    of his visit, X claimed ..."): the verb heads the main clause, which is no fragment of the
    condition however far the marked words were stretched."""
    first = p.doc[marked.marker[0]]
    return first.head == verb and first.dep_ == "prep"


#: Words that open the clause an extraposed "it" holds the place of.
_OPENING_QUESTIONS = frozenset({"if", "whether", "that"})


def _extraposed(subj: Token, verb: Token, clause: frozenset[int]) -> bool:
    """Whether "it" only holds the place of a clause after the predicate ("if talks fail, it
    remains unclear whether ...", "it is likely that ..."): it stands for no proposal."""
    if subj.lower_ != "it":
        return False
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return any(
        c.i > subj.i
        and c.i not in clause
        and (
            c.dep_ in ("ccomp", "csubj")
            or c.lower_ in _OPENING_QUESTIONS
            or any(m.dep_ == "mark" and m.lower_ in _OPENING_QUESTIONS for m in c.children)
        )
        for x in (verb, *predicates)
        for c in x.children
    )


def _copula_of(noun: Token) -> Token | None:
    """The form of "be" a condition noun is the subject of; also where the parse hung the noun
    as an apposition on the object of an opening phrase ("According to X, the condition is
    that ...": the noun set off from X by a comma, the copula left without a subject)."""
    copulas = load_cues().word_set("copula_forms")
    if noun.dep_ == "nsubj":
        return noun.head if noun.head.lower_ in copulas else None
    if noun.dep_ != "appos" or noun.head.dep_ != "pobj":
        return None
    root = noun.sent.root
    if root.lower_ not in copulas or root.i < noun.i or has_subject(root):
        return None
    return root


def _spelled_out(noun: Token) -> list[Token]:
    """What a condition noun is said to be: the clause after "is" ("The condition is that X")
    or the words after a colon that follows it ("set one condition: X")."""
    doc = noun.doc
    copula = _copula_of(noun)
    if copula is not None:
        said = next(
            (c for c in copula.children if c.dep_ in ("ccomp", "attr") and c.i > copula.i),
            None,
        )
        return sorted(said.subtree, key=lambda t: t.i) if said is not None else []
    for after in (noun.i + 1, noun.right_edge.i + 1):
        if after < len(doc) - 1 and doc[after].text == ":":
            return [t for t in doc[after + 1 :] if not is_mark(t) or t.i < len(doc) - 1]
    return []


def _named(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """ "Its condition is that X", "Niger set one precondition: X": X conditions the earlier
    proposals of the condition's owner (its possessor, or who sets it)."""
    for noun in p.doc:
        entries = ctx.cues.entries("condition-named", noun.lower_)
        if not entries or noun.pos_ != "NOUN":
            continue
        words = _spelled_out(noun)
        if len(words) < 2:
            continue
        owner = ctx.owner(p, noun)
        if not owner and noun.dep_ == "dobj":
            owner = ctx.agent(p, noun.head)
        clause = frozenset(t.i for t in words)
        head = next(t for t in words if t.head.i not in clause or t.head == t)
        marked = Marked(entries[0], (noun.i,), clause, head, noun)
        start = p.offset(words[0])
        before = [x for x in earlier if x.span[1] <= start]  # not the items it spells out
        return [
            _condition(ctx, p, x, part, entries[0].rule)
            for x in _governed(ctx, before, owner)
            for part in _noun_parts(ctx, marked)
        ]
    return []


def _noun_parts(ctx: Context, marked: Marked) -> list[Marked]:
    """A named condition that lists coordinated nouns is one condition per noun ("set two
    conditions: the release of A and the withdrawal of B"); a clause, one per verb."""
    head = marked.head
    if head.pos_ not in ("NOUN", "PROPN"):  # the noun is no marker to repeat in each part
        return _parts(Marked(marked.cue, (), marked.clause, head, marked.anchor))
    items = [x for x in content_items(ctx, head) if {t.i for t in x} <= marked.clause]
    if len(items) < 2:
        return [marked]
    return [
        Marked(marked.cue, marked.marker, frozenset(t.i for t in x), _top(x), marked.anchor)
        for x in items
    ]


def _top(words: set[Token]) -> Token:
    """The word of ``words`` that heads them (the one whose head is outside them)."""
    return next(t for t in sorted(words, key=lambda t: t.i) if t.head not in words or t.head == t)


def _first_needed(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """ "But first, Peru must withdraw its troops": what a sentence of its own says an actor
    must do "first" conditions the earlier proposals of its speaker, else those of the
    sentence before; that actor must act. "In return, Peru must withdraw its troops": the
    proposals of the sentence before, of another side than Peru."""
    opener = ctx.exchange_opener(p.index)
    if opener is not None:
        earlier = [x for x in earlier if ctx.sentence_at(x.span[0]) == p.index - 1]
    for verb in p.doc:
        found = necessity(ctx, verb)
        if found is None:
            continue
        modal, act = found
        cues = [
            e
            for x in found
            for c in x.children
            if c.dep_ == "advmod"
            for e in ctx.cues.entries("condition-first", c.lower_)
        ] or ([opener] if opener is not None else [])
        if not cues:
            continue
        top = act if modal.head == act else modal  # "must withdraw", "has to withdraw"
        subj = ctx.subject(top)
        if subj is None or ctx.negated(top) or not ctx.actors(p, subj):
            return []  # "which should come first has never been settled": no one must act
        words = [t for t in sorted(top.subtree, key=lambda t: t.i) if t.i >= subj.left_edge.i]
        marked = Marked(cues[0], (), frozenset(t.i for t in words), act, top)
        owner = ctx.speaker(p, verb)
        acting = set(ctx.actors(p, subj))
        return [
            _condition(ctx, p, x, part, cues[0].rule)
            for x in _governed(ctx, earlier, owner)
            if opener is None or acting.isdisjoint(x.proposers)
            for part in _parts(marked)
        ]
    return []


def _in_exchange(
    ctx: Context, p: Parsed, here: list[Proposal], earlier: list[Proposal]
) -> list[Condition]:
    """ "India will cut its duties. In exchange, the United States will lower its tariffs": a
    sentence opened by "in exchange" or "in return" offers its proposals on the other side's
    proposals of the sentence before."""
    opener = ctx.exchange_opener(p.index)
    if opener is None:
        return []
    sentence = ctx.sentences[p.index]
    before = [x for x in earlier if ctx.sentence_at(x.span[0]) == p.index - 1]
    rule = opener.rule
    out = []
    evidence = (ctx.sentences[p.index - 1].start, sentence.end)
    for x in here:
        for y in before:
            if set(y.proposers) <= set(x.proposers):
                if x.kind == "demand" and y.kind == "offer":  # "X offers A. In return, X
                    # demands B": B is the price of A, asked of whom X asks it
                    asked = x.addressees or tuple(k for k in y.concerns if k not in x.proposers)
                    out.append(
                        Condition(y.key, x.label, x.span, asked, evidence=evidence, rule=rule)
                    )
                continue
            other = [k for k in y.proposers if k not in x.proposers]
            other = other or [k for k in y.concerns if k not in x.proposers]
            if other:  # "the deal would cut India's tariffs. In exchange, the US will ...": India
                out.append(
                    Condition(x.key, y.label, y.span, tuple(other), evidence=evidence, rule=rule)
                )
    return out


def _in_return_after(ctx: Context, p: Parsed, here: list[Proposal]) -> list[Condition]:
    """ "X wants Y to do A, and has offered B in return": B is offered on A, asked of Y (an
    "in return" or "in exchange" with nothing after it, on an offer after the same side's
    demand in its sentence)."""
    out = []
    words = ctx.cues.entries_of("exchange-opener")
    for x in here:
        if x.kind != "offer" or x.cue is None:
            continue
        cue = x.cue[0]
        verb = next((t for t in p.doc if p.offset(t) == cue), None)
        if verb is None or not _bare_exchange(verb, words):
            continue
        asked = [y for y in here if y.kind == "demand" and y.span[0] < x.span[0]]
        asked = [y for y in asked if set(y.proposers) == set(x.proposers)]
        for y in asked[-1:]:
            out.append(Condition(x.key, y.label, y.span, y.addressees, rule=words[0].rule))
    return out


def _bare_exchange(verb: Token, words: Sequence[Cue]) -> bool:
    """Whether ``verb`` has "in return" or "in exchange" with no "for" phrase after it."""
    phrases = {w.lemma for w in words}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if noun is not None and f"in {noun.lower_}" in phrases and not list(noun.children):
            return True
    return False


#: A lead-in that closes with a condition: its sentence, the condition, the proposals it is on.
_Lead = tuple[Parsed, Marked, list[Proposal]]


def _listed_items(ctx: Context, p: Parsed, lead: _Lead) -> list[Condition]:
    """A list item after a lead-in that closes with a condition ("made A conditional on B
    taking three steps:"): one condition per coordinated item, on the proposals the lead's
    condition is on; who must act is the item's own agent, else the lead condition's."""
    at, marked, proposals = lead
    sentence = ctx.sentences[p.index]
    out: list[Condition] = []
    for root in (t for t in p.doc if t.dep_ == "ROOT"):
        for item in content_items(ctx, root):
            tokens = sorted(trimmed(ctx, p, item), key=lambda t: t.i)
            if len(tokens) < 2:
                continue
            own = _actors_of_clause(ctx, p, root) if root.pos_ in ("VERB", "AUX") else ()
            out.extend(
                Condition(
                    proposal=x.key,
                    label=ctx.words(p, tokens),
                    span=(p.offset(tokens[0]), p.span(tokens[-1])[1]),
                    requires=own or _requires(ctx, at, marked, x),
                    negated=marked.cue.negated,
                    evidence=(sentence.start, sentence.end),
                    rule=marked.cue.rule,
                )
                for x in proposals
            )
    return out


def _summaries(lead: _Lead) -> list[tuple[str, Span]]:
    """The lead's own condition ("conditional on B taking three steps") as (proposal, span)
    pairs: the list items after it spell it out, so it is dropped where found before them."""
    at, marked, proposals = lead
    span = (at.offset(at.doc[min(marked.clause)]), at.span(at.doc[max(marked.clause)])[1])
    return [(x.key, span) for x in proposals]


@component("conditions", needs=("proposals",))
def find_conditions(ctx: Context, results: Mapping[str, tuple[Any, ...]]) -> tuple[Condition, ...]:
    """Every condition attached to a proposal of the document."""
    proposals: tuple[Proposal, ...] = results["proposals"]
    by_sentence: dict[int, list[Proposal]] = {}
    for x in proposals:
        by_sentence.setdefault(ctx.sentence_at(x.cue[0] if x.cue else x.span[0]), []).append(x)
    found: list[Condition] = []
    #: A lead's own condition, by (proposal, span): how many conditions were found before the
    #: last list item spelling it out (those of them that are it are dropped).
    spelled_out: dict[tuple[str, Span], int] = {}
    earlier: list[Proposal] = []
    leads: dict[int, _Lead] = {}
    for p in ctx.parsed_in_order():
        here = by_sentence.get(p.index, [])
        at = ctx.sentences[p.index].lead
        lead = leads.get(at) if at is not None else None
        if lead is not None and (items := _listed_items(ctx, p, lead)):
            spelled_out.update(dict.fromkeys(_summaries(lead), len(found)))
            found.extend(items)
        if here and (marked := condition_at_colon(ctx, p)) is not None:
            leads[p.index] = (p, marked, _attach(ctx, p, here, marked))
        if here:
            found.extend(
                _in_sentence(ctx, p, here)
                or _predicate(ctx, p, earlier + here, referring=True)
                or _first_needed(ctx, p, earlier)  # the necessity read as a demand too
                or _named(ctx, p, earlier + here)  # "offered A but set a precondition: B"
            )
            found.extend(_in_exchange(ctx, p, here, earlier))
            found.extend(_in_return_after(ctx, p, here))
        elif earlier:
            found.extend(
                _predicate(ctx, p, _in_turn(ctx, p, earlier))
                or _marked_alone(ctx, p, _in_turn(ctx, p, earlier))
                or _named(ctx, p, earlier)
                or _first_needed(ctx, p, earlier)
            )
        earlier.extend(here)
    return tuple(c for i, c in enumerate(found) if i >= spelled_out.get((c.proposal, c.span), 0))
