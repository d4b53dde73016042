"""What a fact says: the tokens of its content, split at coordination and trimmed.

A content is the subtree of the word that heads it (a to-infinitive, a
that-clause, an object), without what != part of what was put forward: the
conditions attached to it (they become conditions), attributions ("the minister
said", "according to X"), time adverbials ("on Tuesday", "last month") and
framing words ("to", "that").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .context import Context
from .cues import Cue, load_cues
from .parse import Parsed, is_mark, is_to_infinitive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "OFFERING_LEMMAS",
    "pro_verb",
    "sum_of_money",
    "MODALS",
    "act_noun",
    "act_word",
    "Marked",
    "asked_whether",
    "label_words",
    "base_form",
    "condition_at_colon",
    "is_to_infinitive",
    "trailing_infinitive",
    "until_mark",
    "content_items",
    "direct_question",
    "steers_the_talk",
    "inverted_question",
    "example_items",
    "first_conjunct",
    "gerund_after",
    "has_subject",
    "listed_examples",
    "marked_clauses",
    "outermost",
    "past_time",
    "plays_a_role",
    "lifts_refusal",
    "refused_infinitive",
    "refused_object",
    "trimmed",
    "with_gerund",
    "welcomed_to",
]

_FRAMING_DEPS = ("mark", "aux", "auxpass")
_FRAMING_WORDS = frozenset(
    {"to", "that", "whether", "will", "would", "shall", "could", "can", "may", "might", "should"}
)

#: Verbs whose to-infinitive is offered, whatever it is: "offered to accept a joint body" is
#: an offer, no stance taken yet.
OFFERING_LEMMAS = frozenset({"offer", "propose"})

#: Adverbs that link an item to the one before it ("A and then B", "A and also B"): no
#: part of the item.
_LINKING_ADVERBS = frozenset({"then", "also"})


def _alternatives(noun: Token) -> bool:
    """Whether ``noun`` and its conjuncts are alternatives, joined by "or" alone ("any
    partnership, arrangement or engagement"): one thing of any of those kinds."""
    joiners = {c.lower_ for t in (noun, *noun.conjuncts) for c in t.children if c.dep_ == "cc"}
    return joiners == {"or"}


def _descend(ctx: Context, content: Token) -> Token:
    """Through light heads ("the possibility of A and B", "consider options for A and B")
    to the word whose conjuncts are the separate items."""
    light = ctx.cues.word_set("light_heads")
    framing = ctx.cues.word_set("framing_verbs")
    discussion = ctx.cues.word_set("discussion_verbs")
    node = content
    for _ in range(4):
        nxt = None
        if node.pos_ in ("VERB", "AUX"):
            nxt = next((c for c in node.children if c.dep_ == "dobj" and c.lower_ in light), None)
            if nxt is None and node.lower_ in framing:
                nxt = next((c for c in node.children if c.dep_ == "ccomp"), None)
            if nxt is None and node.lower_ not in discussion and not _listed_gerunds(node):
                obj = next((c for c in node.children if c.dep_ == "dobj"), None)
                if (
                    obj is not None
                    and (_set_apart(obj) or _appositive_list(obj) or _refused_conjuncts(obj))
                    and not _alternatives(obj)
                    and not _acts_listed(node)
                ):
                    nxt = obj  # "stop the flights of bombers and the presence of warships": two
        elif (relative := _coordinated_relative(ctx, node)) is not None:
            nxt = relative  # "measures that would freeze A and end B": two
        elif node.lower_ in light:
            prep = next(
                (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
            )
            if prep is not None:
                nxt = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if nxt is None:
            return node
        node = nxt
    return node


def _set_apart(obj: Token) -> bool:
    """Whether the last of a verb's coordinated objects is set apart by a comma before "and"
    or "or" ("swap all wounded prisoners, and all prisoners under 25"; "discuss tariffs,
    quotas, and visas"): one item each. Objects joined without one ("free the ship and its
    crew", "keep two cutters and a patrol plane there", "keep defence, foreign affairs and
    trade") are one thing asked."""
    later = [c for c in obj.conjuncts if c.i > obj.i]
    if not later:
        return False
    joiner = max(later, key=lambda c: c.i).left_edge.i - 1
    doc = obj.doc
    return doc[joiner].lower_ in ("and", "or") and doc[joiner - 1].text == ","


def _acts_listed(verb: Token) -> bool:
    """Whether other verbs are coordinated with ``verb`` ("release A and B, return C and
    compensate D"): the items are the acts, each with all its objects."""
    return any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i for c in verb.children
    )


def _coordinated_relative(ctx: Context, noun: Token) -> Token | None:
    """The verb of a relative clause on ``noun`` that says what it would do, when that verb is
    coordinated with another of its form ("pledges that would freeze A and end B"); not on a
    text's noun, whose clause tells its content ("a draft that would extend A and urge B")."""
    if noun.pos_ != "NOUN" or ctx.cues.entries("plan-noun", noun.lower_):
        return None
    for verb in (c for c in noun.children if c.dep_ == "relcl"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.lower_ in ("that", "which")
            and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in verb.children)
            and len(_coordinated(verb)) > 1
        ):
            return verb
    return None


def _form(tok: Token) -> str:
    """A verb's form (base, past, participle, present) or a noun's class, for coordination."""
    if tok.pos_ in ("VERB", "AUX"):
        if tok.tag_ == "VBD" and base_form(tok.lower_) and _that_clause(tok):
            return "VB"  # a subjunctive the tagger read as past ("demanded that Togo tow A")
        return {"VBP": "VB", "VBD": "VBN"}.get(tok.tag_, tok.tag_)  # the tagger mixes past forms
    return "NOUN" if tok.pos_ in ("NOUN", "PROPN") else tok.pos_


def base_form(word: str) -> bool:
    """Whether a verb the tagger called past may be a base form: no "-ed", not an irregular
    past ("took", "withdrew"); "cut", "set" are either."""
    return not word.endswith("ed") and word not in load_cues().word_set("irregular_pasts")


def first_conjunct(tok: Token) -> Token:
    """The first of the verbs ``tok`` is coordinated with (itself if none)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _own_that_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a that-clause with a subject of its own, active or passive
    ("that A take place, and that B be arranged": two clauses, whatever their forms)."""
    kids = [c for c in verb.children if c.i < verb.i]
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids
    )


def _subjunctive_that_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a that-clause of its own with no modal ("that B not recur"):
    a thing asked, not a clause saying what its subject will do."""
    return _own_that_clause(verb) and not has_modal(verb)


def has_modal(verb: Token) -> bool:
    """Whether a verb has a modal auxiliary ("should meet", "won't sign")."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS | {"wo"} for c in verb.children)


def _that_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause opened by "that" with a subject of its own."""
    kids = [c for c in verb.children if c.i < verb.i]
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(
        c.dep_ == "nsubj" for c in kids
    )


def _listed_nouns(node: Token) -> list[Token]:
    """Nouns listed after an object of a preposition that the parser hung on the verb
    instead ("called for a ceasefire, the release of prisoners and new elections": "release"
    hangs on "called"): each after a comma that ends the list so far."""
    prep = node.head
    if node.pos_ != "NOUN" or node.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    doc, out, end = node.doc, [], node.right_edge.i
    for c in prep.head.children:
        if c.i > end and c.dep_ == "prep" and _joining(c):
            c = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), c)
            if c.dep_ == "pobj":  # "asked for A, together with B"
                out.append(c)
                end = c.right_edge.i
        elif c.i > end and c.pos_ == "NOUN" and c.dep_ in ("dep", "appos", "npadvmod", "conj"):
            if _list_joint(doc[end + 1 : c.left_edge.i]):
                out.append(c)
                end = c.right_edge.i
    return out


def _list_joint(between: Span) -> bool:
    """Whether the words between two nouns of a list join them: a comma or a semicolon, "and"
    or "or", or both (", and")."""
    words = [t.lower_ for t in between]
    return words in ([","], [";"], ["and"], ["or"], [",", "and"], [";", "and"], [",", "or"])


def _appositive_list(node: Token) -> list[Token]:
    """The rest of a list of three or more the parser read as an apposition ("demanded the
    release of the sailors, the return of the trawler and an apology": "return" an appositive
    of "release", "apology" coordinated with "return"): an appositive noun after a comma that
    has a noun coordinated with it by "and" or "or", and that noun; a lone appositive ("the
    deal, a pact on fishing") renames, lists nothing."""
    if node.pos_ != "NOUN":
        return []
    doc = node.doc
    for c in node.children:
        if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i < node.i:
            continue
        if c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
            continue
        joined = [
            x
            for x in c.conjuncts
            if x.i > c.i and x.pos_ == "NOUN" and doc[x.left_edge.i - 1].lower_ in ("and", "or")
        ]
        if joined:
            return [c, *joined]
    return []


def _verb_read_items(node: Token) -> list[Token]:
    """Items listed after a noun whose first word the tagger read as a verb taking the rest
    as its object ("demanded tariff cuts, purchasing clarity, and mutual respect": "purchasing"
    a verb of "clarity", and "respect" coordinated with "clarity"): that verb after the comma
    that ends the noun's phrase, with neither subject, auxiliary nor marker, its object a bare
    noun right after it with a noun coordinated after it behind a comma and a conjunction (a
    list of three, not "demanded an apology, threatening sanctions and a ban"); the verb and
    that noun."""
    doc = node.doc
    end = node.right_edge.i  # the comma, where the parser hung it on the noun
    if doc[end].text != ",":
        end += 1
    if node.pos_ != "NOUN" or end + 1 >= len(doc) or doc[end].text != ",":
        return []
    verb = doc[end + 1]
    if (
        verb.pos_ != "VERB"
        or verb.tag_ not in ("VB", "VBG")
        or verb.left_edge != verb
        or verb in node.ancestors
        or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg", "ccomp", "xcomp")
            for c in verb.children
        )
    ):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        obj is None
        or obj.left_edge.i != verb.i + 1
        or any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
    ):
        return []
    listed = [
        c
        for c in obj.children
        if c.dep_ == "conj"
        and c.pos_ == "NOUN"
        and doc[c.left_edge.i - 1].dep_ == "cc"
        and doc[c.left_edge.i - 2].text == ","
    ]
    return [verb, *listed] if listed else []


def _nouns_after_act(node: Token) -> list[Token]:
    """Noun phrases opened by a determiner and joined by "and" after an act put forward (a
    verb and its object) that the parser coordinated with the verb itself ("guarantee an end
    to the raids and the withdrawal of the troops": "withdrawal" a conjunct of "guarantee"),
    or, the act a gerund, with the last noun of its phrase ("proposed opening offices in the
    two capitals and a joint commission": "commission" a conjunct of "capitals"): each a
    second thing put forward, not part of the act."""
    if node.pos_ != "VERB" or node.tag_ not in ("VB", "VBG"):
        return []
    doc = node.doc
    candidates = [c for c in node.children if c.dep_ == "conj"]
    if node.tag_ == "VBG":
        candidates += [
            c
            for t in node.subtree
            if t.dep_ == "pobj" and t.i > node.i
            for c in t.children
            if c.dep_ == "conj" and not any(d.dep_ == "det" for d in t.children)
        ]
    return [
        c
        for c in candidates
        if c.pos_ == "NOUN"
        and c.i > node.i
        and any(d.dep_ == "det" and d.i == c.left_edge.i for d in c.children)
        and doc[c.left_edge.i - 1].lower_ == "and"
    ]


_ACT_ENDINGS = ("ing", "ion", "al", "ment", "ure", "ance", "ence")


def act_noun(noun: Token) -> bool:
    """ "the closure of the base", "the withdrawal of the troops", "the release of the crews":
    a noun of an act, by its form or as a verb used as a noun (``zero_act_nouns``), with what
    the act is done to."""
    return act_word(noun) and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def act_word(noun: Token) -> bool:
    """A noun that names an act by its form ("closure", "withdrawal") or as a verb used as a
    noun (``zero_act_nouns``: "release", "freeze")."""
    return noun.pos_ == "NOUN" and (
        noun.lower_.endswith(_ACT_ENDINGS) or noun.lower_ in load_cues().word_set("zero_act_nouns")
    )


def agent_adjective(noun: Token) -> Token | None:
    """The adjective or name before a noun of an act that says whose act it is ("a Peruvian
    withdrawal", "a Chilean pullback"), not what it is done to ("Palestinian prisoners": no
    act; "the Chilean release of prisoners" says so with "of")."""
    if not act_word(noun) or act_noun(noun):
        return None
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i), None)


def _acts_after_object(node: Token) -> list[Token]:
    """Acts opened by a determiner and joined by "and" after the object of an act noun, that
    the parser coordinated with that object ("the release of the crews and the handover of
    their boats", "the presence of an observer and a pledge to publish the minutes": "return",
    "pledge" conjuncts of "crews", "observer"): each a second thing put forward, an act by
    its form or one with an infinitive of its own ("the release of the crews and the
    fishermen" is one)."""
    if not act_noun(node):
        return []
    doc = node.doc
    objects = [
        o for c in node.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
    ]
    return [
        c
        for o in objects
        if o.dep_ == "pobj"
        for c in o.conjuncts
        if c.i > o.i
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.i == c.left_edge.i for d in c.children)
        and doc[c.left_edge.i - 1].lower_ == "and"
        and (act_noun(c) or any(a.dep_ == "acl" and a.tag_ == "VB" for a in c.children))
    ]


#: Auxiliaries of tense and aspect: a base verb coordinated with a verb under one cannot share it.
_TENSE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "am", "was", "were", "been"})


def _verbs_after_object(node: Token) -> list[Token]:
    """Base verbs the parser coordinated with the verb whose object ``node`` is (direct or of a
    preposition),
    that cannot be that verb's coordinates: a to-infinitive beside a verb without "to" ("is
    asking for a moratorium and to reopen the crossings"), or a bare verb beside a verb of
    another form ("have agreed to a truce and start negotiations"). Each is a second complement
    of the verb, an item of its own, also where the parser made it the verb's complement
    ("agreed to a truce and to free B"); not a verb with its own subject, nor beside a modal
    ("would agree to A and start B": the modal's two acts)."""
    prep = node.head
    if node.dep_ == "dobj" and prep.pos_ == "VERB":
        verb = prep  # "offered a loan and to mediate"
    elif node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return []
    else:
        verb = prep.head
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "to" in helpers or helpers & MODALS:
        return []
    other_form = verb.tag_ in ("VBN", "VBG", "VBD", "VBZ") or bool(helpers & _TENSE_AUXILIARIES)
    return [
        c
        for c in verb.children
        if (c.dep_ == "conj" or (c.dep_ == "xcomp" and listed_after_object(verb, c)))
        and c.i > node.i
        and c.tag_ == "VB"
        and not has_subject(c)
        and (is_to_infinitive(c) or (other_form and node.dep_ == "pobj"))
    ]


def listed_after_object(verb: Token, infinitive: Token) -> bool:
    """Whether a to-infinitive comes after "and" or "or" and an object of the verb (its own or
    a preposition's), as the list's next item ("agreed to a truce and to free the crews",
    "offered a loan and to mediate"), wherever the parser hung it."""
    doc = verb.doc
    return doc[infinitive.left_edge.i - 1].lower_ in ("and", "or") and any(
        c.i < infinitive.i
        and (c.dep_ == "dobj" or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)))
        for c in verb.children
    )


def _listed_gerunds(node: Token) -> list[Token]:
    """Gerunds listed after a gerund object of a preposition or a verb that the parser hung on
    the one before as adverbials ("committed to avoiding A, continuing B and meeting C":
    "continuing" an adverbial of "avoiding"), each after a comma, without a subject, marker or
    clause of its own ("..., saying that ..." is no item); and a gerund the parser coordinated
    with the last one's object ("continuing their dialogue and meeting again")."""
    if node.tag_ != "VBG" or node.dep_ not in ("pcomp", "advcl"):
        return []
    doc = node.doc
    out: list[Token] = []
    frontier = [node, *(c for c in node.conjuncts if c.tag_ == "VBG" and c.i > node.i)]
    while frontier:
        gerund = frontier.pop(0)
        for c in gerund.children:
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.i > gerund.i
                and doc[c.left_edge.i - 1].text == ","
                and not any(
                    k.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "ccomp") for k in c.children
                )
            ):
                out.append(c)
                frontier.append(c)
            elif c.dep_ == "dobj" and out and gerund == out[-1]:
                out.extend(
                    x
                    for x in c.children
                    if x.dep_ == "conj" and x.tag_ == "VBG" and doc[x.i - 1].lower_ == "and"
                )
    return out


def _opened_by_that(verb: Token) -> Token | None:
    """The "that" that opens ``verb``'s clause, with a subject of its own ("that Peru pay");
    the tagger's subordinator, whatever the parser made of it."""
    mark = next(
        (c for c in verb.children if c.i < verb.i and (c.dep_ == "mark" or c.tag_ == "IN")), None
    )
    if mark is None or mark.lower_ != "that" or not has_subject(verb):
        return None
    return mark


def has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (active or passive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _listed_that_clauses(node: Token) -> list[Token]:
    """That-clauses listed after a that-clause, each opened by its own "that" after a comma
    or a conjunction, that the parser hung inside the first ("demanded that Peru recall its
    envoy, that it pay for the damage, and that it free the crew": "pay" a complement of
    "recall"): each a demand of its own."""
    if node.pos_ not in ("VERB", "AUX") or _opened_by_that(node) is None:
        return []
    doc = node.doc
    out = []
    for t in node.subtree:
        mark = _opened_by_that(t) if t.i > node.i and t.pos_ in ("VERB", "AUX") else None
        if mark is not None and mark.i > 0 and doc[mark.i - 1].lower_ in (",", ";", "and"):
            out.append(t)
    return out


def _repeated_preposition(words: set[Token]) -> list[set[Token]]:
    """ "a ban on drift nets and on night trawling": a preposition repeated after
    "and" gives two things asked, each with the words before the first preposition ("talks on
    A and B", "talks on A and on B" stay one meeting)."""
    for second in sorted(words, key=lambda t: t.i):
        if second.dep_ != "conj" or second.pos_ != "ADP" or second.i < 2:
            continue
        cc = second.doc[second.i - 1]
        later = set(second.subtree) | {cc}
        first = next(
            (
                t
                for t in sorted(words, key=lambda t: t.i)
                if t.dep_ == "prep"
                and t.lower_ == second.lower_
                and t.i < second.i
                and max(x.i for x in set(t.subtree) - later) == cc.i - 1
            ),
            None,
        )
        if (
            first is None
            or cc.dep_ != "cc"
            or cc.lower_ == "or"  # "to meet in A or in B": one meeting, either place
            or first.head.lower_ in load_cues().word_set("meeting_nouns")
        ):
            continue  # "talks on A and on B": one meeting on both
        return [words - later, (words - set(first.subtree) - {cc}) | set(second.subtree)]
    return []


def _joining(prep: Token) -> bool:
    """ "together with", "along with": a preposition that adds an item to a list."""
    return prep.lower_ == "with" and any(
        c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in prep.children
    )


def _coordinated(node: Token) -> list[Token]:
    """``node`` and the words coordinated with it that are of its form ("to freeze A and end B",
    not "discuss A and permanently deployed B"), and the negated infinitives listed after
    it ("not to deploy A, not to conduct B"), wherever the parser hung them."""
    out = [node]
    listed = [
        *node.conjuncts,
        *_listed_infinitives(node),
        *_listed_nouns(node),
        *_listed_gerunds(node),
        *_listed_that_clauses(node),
        *_appositive_list(node),
    ]
    for c in [*listed, *_stray_base_verbs(node)]:
        if (
            c.i > node.i
            and c not in out
            and (_form(c) == _form(node) or _own_that_clause(c) and _own_that_clause(node))
            and c.pos_ not in ("ADV", "ADP")
            and not _glued(c)
            and not _threatened(node, c)
            and not _outcome(node, c)
            and not _continued(node, c)
            and not _object_joined(node, c)
            and not _urging_again(c)
        ):
            out.append(c)
            out.extend(
                x for x in c.conjuncts if x.i > c.i and x not in out and _form(x) == _form(c)
            )
    out.extend(x for x in _verb_read_items(node) if x not in out)
    out.extend(x for x in _nouns_after_act(node) if x not in out)
    out.extend(x for x in _acts_after_object(node) if x not in out)
    out.extend(x for x in _verbs_after_object(node) if x not in out)
    return out


def _urging_again(verb: Token) -> bool:
    """ "We urge X not to deploy A and call on all parties to exercise restraint": a verb of
    urging with its own infinitive, coordinated after what the first urging asks, is a second
    act of the speaker's, not a second thing asked."""
    return bool(load_cues().entries("urging-verb", verb.lower_)) and any(
        c.dep_ in ("xcomp", "advcl") and is_to_infinitive(c) for c in verb.children
    )


#: Auxiliaries that give a coordinated clause its own modality.
MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})


def _stage_framing(ctx: Context, verb: Token) -> set[Token]:
    """ "..., and stage two would end B": the numbered part of a plan a coordinated clause
    opens with, and its modal, which frame the item rather than state it."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ctx.cues.word_set("plan_part_nouns"):
        return set()
    modals = ctx.cues.word_set("modals_commit")
    return set(subj.subtree) | {c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals}


def _clause_of_its_own(first: Token, other: Token) -> bool:
    """Whether ``other`` is a clause of its own, not a second item of ``first``'s: both have
    a subject and ``other`` its own modal ("Iran will resume talks, and Peru will send an
    envoy"; but "pledges that would freeze A and end B"), or ``other`` none where ``first``
    has one ("X should stay neutral, and we reject A": a statement after the demand)."""

    def has(tok: Token, deps: tuple[str, ...]) -> bool:
        return any(c.dep_ in deps for c in tok.children)

    return (
        has(first, ("nsubj", "nsubjpass"))
        and has(other, ("nsubj", "nsubjpass"))
        and (has_modal(other) or (has_modal(first) and other.tag_ in ("VBP", "VBZ", "VBD")))
    )


def _apart(node: Token, own: Callable[[Token], bool] | None) -> tuple[list[Token], set[Token]]:
    """The clauses of their own coordinated with ``node`` when its subject is the one who
    puts it forward (``own``), and second acts of urging (:func:`_urging_again`), with their
    words and the comma or conjunction that joins them: no part of its content ("Iran will
    resume talks, and Peru will send an envoy"; but "under the plan, A would do X, and B
    would do Y")."""
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    heads = [c for c in node.conjuncts if c.i > node.i and _urging_again(c)]
    if own is not None and subject is not None and own(subject):
        heads += [c for c in node.conjuncts if c.i > node.i and _clause_of_its_own(node, c)]
    elif subject is not None and subject.lower_ not in _FIRST_PERSON:
        # "Chile should return the boats, and we will lift the ban": the speaker's own act
        heads += [
            c
            for c in node.conjuncts
            if c.i > node.i and _clause_of_its_own(node, c) and _said_by_speaker(c)
        ]
    return heads, {t for c in heads for t in _joined(node, c)}


#: The subjects that name the speaker.
_FIRST_PERSON = frozenset({"i", "we"})


def _said_by_speaker(verb: Token) -> bool:
    """Whether a clause's subject is the speaker ("we will examine it")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in verb.children
    )


def _joined(node: Token, conjunct: Token) -> list[Token]:
    """The words of a conjunct of ``node`` with the comma or conjunction that joins it."""
    doc, start = node.doc, conjunct.left_edge.i
    while start > node.i + 1 and doc[start - 1].dep_ in ("cc", "punct"):
        start -= 1
    return list(doc[start : conjunct.right_edge.i + 1])


def _stray_base_verbs(node: Token) -> list[Token]:
    """Base-form verbs listed after an infinitive that the parse hung on the verb above it
    instead ("urged them to work towards A, engage in B and release C": "engage" coordinated
    with "urged", whose past it cannot share, or a second complement of it; "calls on X to
    keep calm, withdraw A and refrain from B", the infinitive an adverbial of "calls"); after a
    present tense that a base form shares ("we advise X to A, B and C"), only in a list of
    three or more."""
    head = node.head
    infinitive = node.dep_ == "xcomp" or node.dep_ == "advcl" and is_to_infinitive(node)
    if not infinitive or node.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
        return []
    doc = node.doc
    first = next(
        (c for c in head.children if c.dep_ in ("conj", "xcomp") and c.i > node.right_edge.i),
        None,
    )
    if (
        first is None
        or first.tag_ not in ("VB", "VBP")
        or doc[first.left_edge.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children)
    ):
        return []
    if head.tag_ == "VBP" and not any(c.dep_ == "conj" for c in first.children):
        return []  # "we advise X to A, B and C": a list; "we ask X to A, and lift B" may not be
    return [first]


def _threatened(first: Token, other: Token) -> bool:
    """Whether ``other`` is an alternative to ``first``, not a second item: the price of
    refusing it ("accept the deal or face sanctions"), or another way to the same end
    ("wants sanctions lifted or postponed")."""
    between = first.doc[first.i + 1 : other.i]
    # the "or" that joins these two, not one inside the first ("avoiding the threat or use of
    # force, avoiding ..."): two items
    joined = any(t.lower_ == "or" and t.head in (first, other) for t in between)
    return joined and not any(t.lower_ == "and" for t in between)


def _continued(first: Token, other: Token) -> bool:
    """Whether ``other`` carries on the act of ``first`` with what it acted on: a verb whose
    only object is a pronoun standing for ``first``'s object, without a subject of its own ("buy
    gas and deliver it", "draft a text and sign it"; not "A leave the market and a patrol would
    guard it"): part of the same item."""
    if (
        first.pos_ != "VERB"
        or has_subject(other)
        or not any(c.dep_ == "dobj" for c in first.children)
    ):
        return False
    objects = [c for c in other.children if c.dep_ in ("dobj", "dative")]
    return len(objects) == 1 and objects[0].lower_ in ("it", "them")


def _object_joined(verb: Token, other: Token) -> bool:
    """Whether ``other`` is joined to ``verb``'s object by a conjunction that hangs on that
    object, though the parse hung ``other`` itself on the verb ("withdraw the forces and
    weaponry massed on the border": "weaponry" a second thing withdrawn, no act of its own)."""
    if other.left_edge.i == 0:
        return False
    joiner = other.doc[other.left_edge.i - 1]
    return joiner.dep_ == "cc" and joiner.head.dep_ == "dobj" and joiner.head.head == verb


def _outcome(first: Token, other: Token) -> bool:
    """Whether the second of two coordinated verbs says what the first one is to win, not a
    second act ("offered to release the pilot and secure the freedom of two sailors", "to
    extend the deal and avoid sanctions"): part of the same item; in a list of such verbs
    ("avoiding A, avoiding B and continuing C") each is an item."""
    outcomes = load_cues().word_set("outcome_verbs")
    return (
        other.lower_ in outcomes
        and first.lower_ not in outcomes
        and len(first.conjuncts) == 1
        and first.pos_ in ("VERB", "AUX")
    )


def _glued(tok: Token) -> bool:
    """Whether ``tok`` is written together with the word before it: the rest of a word the
    tokenizer split ("re-entry"), never a coordinated head of its own."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return not before.whitespace_ and _glues(before, tok)


def _written_on(head: Token) -> set[Token]:
    """The tokens written together with ``head`` after it ("re" of "re-entry": "-entry")."""
    doc, out = head.doc, set()
    k = head.i + 1
    while k < len(doc) and _glued(doc[k]):
        out.add(doc[k])
        k += 1
    return out


def _negated_infinitive(verb: Token) -> bool:
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i}
    return {"not", "to"} <= kids


def _listed_infinitives(node: Token) -> list[Token]:
    """Negated infinitives after a comma inside ``node``'s phrase, when ``node`` is one: a
    list of undertakings ("not to deploy missiles where they can hit B, not to conduct
    exercises"), which the parser tends to hang as adverbials deep inside the first; and bare
    verbs after a comma, when ``node`` follows a modal or "to" ("should refuse A, not
    create B")."""
    if node.pos_ != "VERB":
        return []
    doc = node.doc
    if _negated_infinitive(node):
        return [
            t
            for t in node.subtree
            if t.i > node.i
            and t.pos_ == "VERB"
            and t.dep_ != "conj"
            and _negated_infinitive(t)
            and t.left_edge.i > 0
            and doc[t.left_edge.i - 1].text == ","
        ]
    if node.tag_ != "VB" or not (
        is_to_infinitive(node) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children)
    ):
        return []
    return [  # "should refuse A, not create B and not develop C": bare verbs after the modal
        t
        for t in node.subtree
        if t.i > node.i
        and t.tag_ == "VB"
        and t.dep_ == "dep"
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in t.children)
        and doc[t.left_edge.i - 1].text == ","
    ]


def content_items(
    ctx: Context, content: Token, own: Callable[[Token], bool] | None = None
) -> list[set[Token]]:
    """The separate items a content puts forward: one per coordinated head.

    "to freeze A and end B" gives two; "talks on A and B" one (the coordination
    is not at the head); "the possibility of A, B and C" three.
    ``own`` tells whether a subject is the one who puts the content forward: then a clause
    of its own coordinated with the content is left out of it.
    """
    predicate = _object_predicate(content)
    if predicate is not None:  # "wants A, B and C returned intact": one thing, all three
        return [set(content.doc[content.left_edge.i : predicate.right_edge.i + 1])]
    items = []
    for head, item in _coordinated_items(ctx, content, own):
        examples = _such_as(head, content.head)
        items.extend(_with_examples(head, item, examples) if examples else [item])
    return items


def _object_predicate(obj: Token) -> Token | None:
    """The predicate a verb gives its object ("wants the camp returned", "wants the bases
    handed over"), where the object is the content."""
    if obj.dep_ != "dobj":
        return None
    return next((c for c in obj.head.children if c.dep_ == "oprd" and c.i > obj.i), None)


def _coordinated_items(
    ctx: Context, content: Token, own: Callable[[Token], bool] | None
) -> list[tuple[Token, set[Token]]]:
    """One item per coordinated head of the content, with its head."""
    node = _descend(ctx, content)
    apart, words = _apart(node, own)
    whole = set(content.subtree) - words
    acts = _other_verbs(node)
    refused = _refused_conjuncts(node)
    heads = [h for h in _coordinated(node) if h not in apart and h not in acts | refused.keys()]
    purpose = _fronted_purpose(node)
    whole -= acts | _participle_acts(ctx, node) | purpose | {t for w in refused.values() for t in w}
    if len(heads) == 1 or _shared_object(heads):
        return [(node, part) for part in _repeated_preposition(whole)] or [(node, whole)]
    # what a relative clause coordinates stands alone ("freeze A", "end B"), without its noun
    prefix = set() if node.dep_ == "relcl" else whole - set(node.subtree)
    # a phrase the parse hung on the first noun but written after the last belongs to the
    # last ("a defence pact and cooperation on a nuclear programme")
    trailing: set[Token] = set()
    if node.pos_ == "NOUN" and heads[-1].pos_ == "NOUN":
        for c in (c for h in heads[:-1] for c in h.children):
            if c.dep_ in ("prep", "acl", "relcl") and c.i > heads[-1].i:
                trailing.update(c.subtree)
    elif node.tag_ == "VBG" and heads[-1].tag_ == "VBG":  # "..., continuing A and meeting in B"
        for h in heads[:-1]:
            for c in h.children:
                if c.dep_ == "prep" and c.i > heads[-1].i:
                    trailing.update(c.subtree)
    items = []
    for h in heads:
        others = [o for o in heads if o != h]
        tokens = set(h.subtree) | _written_on(h)
        tokens = tokens | trailing if h == heads[-1] else tokens - trailing
        tokens -= purpose | {t for w in refused.values() for t in w}
        for o in others:
            if o != node and o not in h.ancestors:
                tokens -= set(o.subtree)
                before = o.doc[o.left_edge.i - 1] if o.left_edge.i > 0 else None
                if before is not None and before.dep_ == "cc" and before.i > h.i:
                    tokens.discard(before)  # "... their dialogue and": the joiner of the next
            tokens -= _written_on(o)
        tokens -= {c for c in node.children if c.dep_ in ("cc", "punct") and c.i > node.i}
        if node.dep_ == "relcl":  # "that would": the relative's own framing
            tokens -= {c for c in node.children if c.dep_ in ("nsubj", "aux") and c.i < node.i}
        if h is not node:
            tokens -= _stage_framing(ctx, h)
        items.append((h, prefix | tokens))
    return items


def _shared_object(heads: list[Token]) -> bool:
    """Whether coordinated verbs share what follows the last ("sign and ratify the treaty",
    "be adopted and applied before May"): each before it bare, nothing of its own after it."""
    return all(
        h.pos_ in ("VERB", "AUX")
        and not any(c.i > h.i and c.dep_ not in ("cc", "punct", "conj") for c in h.children)
        for h in heads[:-1]
    ) and any(c.i > heads[-1].i and c.dep_ not in ("cc", "punct") for c in heads[-1].children)


def _refused_conjuncts(node: Token) -> dict[Token, set[Token]]:
    """The conjuncts set apart by "not", "no" or "rather than" ("discuss access to ports, but
    not sovereignty", "offered aid but no apology", "offer a deal rather than wait", "halt the
    drills, not mail us invitations"), each with its words and the joiner and comma before it:
    what is refused, no item of what is put forward."""
    out: dict[Token, set[Token]] = {}
    loose = [  # "halt A, not B" and "offer A rather than B", where the parse made B no conjunct
        c
        for h in (node, *node.conjuncts)
        for c in h.children
        if c.dep_ in ("dep", "advcl") and c.pos_ == "VERB" and c.i > h.i
    ]
    for conj in (*node.conjuncts, *loose):
        than = any(t.dep_ == "cc" and t.lower_ == "than" for t in conj.doc[node.i : conj.i])
        negated = any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in conj.children
        )
        if conj in loose and not than:  # "A, not B" last; "A, not B and not C" lists acts
            negated = negated and conj.doc[conj.left_edge.i - 1].text == ","
            negated = negated and not any(c.dep_ == "conj" for c in conj.children)
        if conj.i < node.i or not (than or negated) or _subjunctive_that_clause(conj):
            continue  # ("demanded that A and that B not recur": a second demand, negated)
        words = set(conj.subtree)
        k = conj.left_edge.i - 1
        while k > node.i and (
            conj.doc[k].dep_ in ("cc", "punct") or conj.doc[k].lower_ == "rather"
        ):
            words.add(conj.doc[k])
            k -= 1
        out[conj] = words
    return out


#: The constructions whose participle after a comma is an act of its own.
_ACT_CUES = ("offer-verb", "demand-verb", "urging-verb")


def _participle_acts(ctx: Context, node: Token) -> set[Token]:
    """A participle of offering or demanding set off by a comma after a verb's content ("seeks
    to open the port, requiring Peru to halt patrols"), with its comma: a second act, read on
    its own, no part of the first."""
    if node.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[Token] = set()
    for c in node.children:
        before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > node.i
            and before is not None
            and before.text == ","
            and any(ctx.cues.entries(name, c.lower_) for name in _ACT_CUES)
        ):
            out |= set(c.subtree) | {before}
    return out


def _fronted_purpose(node: Token) -> set[Token]:
    """An infinitive of purpose put before the clause, with its comma ("To ease tension, Chile
    should withdraw its ships"): why the act is asked, no part of it (after the verb, "withdraw
    its ships to ease tension", it stays)."""
    out: set[Token] = set()
    for c in node.children:
        if c.dep_ != "advcl" or c.i > node.i or not any(a.lower_ == "to" for a in c.children):
            continue
        after = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
        if after is not None and after.text == "," and after.i < node.i:
            out |= set(c.subtree) | {after}
    return out


def _other_verbs(node: Token) -> set[Token]:
    """The words of verbs coordinated with a verb under a modal, "to" or a subjunctive "be"
    that cannot share it, with the word that joins them: a past ("would reopen A but gave no
    date") or a verb under a tense auxiliary of its own ("insists that the dispute be settled
    bilaterally and has turned down mediation"): what the subject did, no part of what it puts
    forward; and a second relative clause the parser coordinated with the verb ("repeal the
    act, which allows A, and which officials blame for B"): what the act is, no second item."""
    passive = node.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in node.children
    )
    if node.tag_ != "VB" and not passive:
        return set()
    doc, out = node.doc, set()
    for c in node.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < node.i:
            continue
        own_tense = any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _TENSE_AUXILIARIES | {"does", "did"}
            for a in c.children
        )
        relative = c.left_edge.tag_ in ("WDT", "WP") and c.left_edge.head == c
        if c.tag_ in ("VBD", "VBZ") or own_tense or relative:
            out |= set(c.subtree)
            k = c.left_edge.i - 1
            while k > node.i and doc[k].dep_ in ("cc", "punct"):
                out.add(doc[k])
                k -= 1
    return out


def _such_as(content: Token, verb: Token) -> list[Token]:
    """The examples a content gives ("measures, such as A, B and C"): the words after "such
    as" and those coordinated with them; gerunds listed on after them that the parser hung
    on the verb ("..., such as exchanging A, setting up B, and reopening C")."""
    first = _first_example(content)
    if first is None:
        return []
    out = _coordinated(first)
    if first.tag_ == "VBG" and verb != content:
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > first.i:
                out.extend(x for x in _coordinated(c) if x not in out)
    return out


def _first_example(content: Token) -> Token | None:
    """The first example after "such as" on the content, or the first action after
    "including" on it or on its object ("open the process, including allowing A and B")."""
    objects = [c for c in content.children if c.dep_ == "dobj"]
    for node in (content, *objects):
        prep = _example_prep(node)
        first = None if prep is None else _example_object(prep)
        if prep is None or first is None:
            continue
        if prep.lower_ == "as" and node == content:
            return first
        if prep.lower_ == "including" and first.tag_ == "VBG":
            return first
    return None


def _example_prep(tok: Token) -> Token | None:
    """The "including" or "such as" hung on ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and (
            c.lower_ == "including"
            or (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))
        ):
            return c
    return None


def _example_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def listed_examples(tok: Token) -> list[Token]:
    """The examples listed after "including" or "such as" on ``tok`` ("principles, including
    A and B"; a verb whose object is gapped: "the principles it defends, including A and B"),
    or, for the first example itself, it and those coordinated with it."""
    if tok.dep_ in ("pobj", "pcomp") and _example_prep(tok.head.head) == tok.head:
        return _coordinated(tok)
    prep = _example_prep(tok)
    first = None if prep is None else _example_object(prep)
    return [] if first is None else _coordinated(first)


def outermost(noun: Token) -> Token:
    """The noun phrase a noun inside prepositional phrases belongs to ("a draft charter
    for the council": the charter; "a cap on quotas": the cap), as far as the parse tells."""
    node = noun
    while (
        node.dep_ == "pobj"
        and node.head.dep_ == "prep"
        and node.head.head.pos_ in ("NOUN", "PROPN")
    ):
        node = node.head.head
    return node


def example_items(examples: list[Token]) -> list[set[Token]]:
    """Each example's words, without those of the others and the words that join them."""
    items = []
    for example in examples:
        tokens = set(example.subtree)
        for other in examples:
            if other != example and other not in example.ancestors:
                tokens -= set(other.subtree)
        tokens -= {c for c in example.children if c.dep_ in ("cc", "punct")}
        items.append(tokens)
    return items


def _with_examples(head: Token, item: set[Token], examples: list[Token]) -> list[set[Token]]:
    """An item without its examples, then each example alone."""
    prep = examples[0].head
    own = item - set(prep.subtree)
    return [own - {t for t in own if is_mark(t) and t.i > head.i}, *example_items(examples)]


@dataclass(frozen=True)
class Marked:
    """A condition in a sentence: the marker's words, the clause or phrase they open (marker
    included), its head word, and the word outside it that it hangs from."""

    cue: Cue
    marker: tuple[int, ...]
    clause: frozenset[int]
    head: Token
    anchor: Token
    #: Clauses listed after this one that are conditions too ("only if A, B, and C", where
    #: the parse hung the condition under "B"): their head verbs.
    listed: tuple[Token, ...] = ()


#: Words before a marker that make it no condition ("even if", "as if", "asked if", "at once").
_NOT_CONDITIONAL_BEFORE = frozenset(
    {"even", "as", "whether", "ask", "asked", "asks", "wonder", "wondered", "see", "know", "at"}
    | {"from", "since"}  # "from the day a country applies": when it starts, no condition
)
#: Words after a marker that make it no condition ("once again", "once more", "as soon as
#: possible", "if possible": a time or a manner, nothing anyone must do).
_NOT_CONDITIONAL_AFTER = frozenset(
    {"again", "more", "before", "and", "possible", "practicable", "feasible"}
)
#: Words that open no clause after a time a marker names ("the day"): "the day by", "the day.".
_NO_CLAUSE_OPENING = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "VERB", "AUX"})
#: Words after "once" that, before a word of time, make it a count of times ("once a year",
#: "once every month"; not "once a truce holds").
_TIMES_AFTER_ONCE = frozenset({"a", "an", "every", "per"})


def gerund_after(noun: Token) -> Token | None:
    """The gerund right after a preposition's object that has no subject of its own ("on Peru
    releasing the crew"): the object is its subject, wherever the parse hung the gerund."""
    doc = noun.doc
    if noun.dep_ != "pobj" or noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def with_gerund(marked: Marked) -> Marked:
    """A condition whose last word is a preposition's object followed by a gerund the parse hung
    outside it ("conditional on Peru | releasing the crew", the gerund on the offer's object):
    the gerund's words are the condition's too."""
    last = marked.head.doc[max(marked.clause)]
    verb = gerund_after(last)
    if verb is None or verb.i in marked.clause:
        return marked
    words = frozenset(t.i for t in verb.subtree if t.i >= verb.i)
    clause = marked.clause | words
    return Marked(marked.cue, marked.marker, clause, marked.head, marked.anchor, marked.listed)


def condition_at_colon(ctx: Context, p: Parsed) -> Marked | None:
    """The condition clause that a sentence ending in a colon closes ("made A conditional on B
    taking three steps:"): the list items after it spell out that condition, they put forward
    nothing of their own."""
    if not ctx.text[p.start : ctx.sentences[p.index].end].rstrip().endswith(":"):
        return None
    last = max((t.i for t in p.doc if not is_mark(t)), default=-1)
    return next((m for m in map(with_gerund, ctx.marked(p)) if max(m.clause) == last), None)


def marked_clauses(ctx: Context, p: Parsed) -> list[Marked]:
    """Every condition a marker opens in a parsed sentence, found from the marker's words
    (the parse often hangs "conditional on", "subject to" or "on condition that" oddly) and
    extended to the clause or phrase that follows it."""
    doc = p.doc
    words = [t.lower_ for t in doc]
    out: list[Marked] = []
    i = 0
    while i < len(doc):
        cue = ctx.cues.marker_at(words, i)
        if cue is None or not _opens_condition(ctx, doc, words, i, cue):
            i += 1
            continue
        if cue.inverted:
            head = _inverted(doc[i])
            assert head is not None
            clause = frozenset(t.i for t in head.subtree if t.i >= i) | {i}
            above = head.head  # "Should X fail, Y would A": A's condition, fronted
            anchor = above if above != head and above.i not in clause else _before(doc, i, clause)
            out.append(Marked(cue, (i,), clause, head, anchor))
            i = max(clause) + 1
            continue
        marked, i = _opened_clause(ctx, doc, cue, i)
        if marked is not None:
            out.append(marked)
    taken = {k for m in out for k in m.clause}
    others = _any_that(ctx, p) + _tied(ctx, p) + prerequisites(ctx, p)
    return out + [m for m in others if not m.clause & taken]


def _opens_condition(ctx: Context, doc: Doc, words: list[str], i: int, cue: Cue) -> bool:
    """Whether the marker ``cue`` at ``i`` may open a condition where it stands: not at the
    sentence's end, not after a word that makes it no condition ("even if", "unclear if"),
    a comma marker after a comma ("..., provided X does Y"), not a copula's complement."""
    size = len(cue.lemma.split())
    if (
        i + size >= len(doc)
        or (i > 0 and words[i - 1] in _NOT_CONDITIONAL_BEFORE)
        or (i > 0 and words[i - 1] in ctx.cues.word_set("open_question_words"))
        or words[i + size] in _NOT_CONDITIONAL_AFTER
        or (cue.lemma == "once" and (_times(ctx, words[i + 1 : i + 3]) or doc[i + 1].is_punct))
        or (cue.lemma == "until" and _a_date(ctx, words[i + 1 : i + 6]))
        or (cue.inverted and _inverted(doc[i]) is None)
        or (cue.lemma.startswith("the ") and doc[i + size].pos_ in _NO_CLAUSE_OPENING)
    ):
        return False  # "closed the day by saying A", "inspected once, at X": no clause after it
    if (
        cue.lemma in ctx.cues.word_set("comma_markers")
        and (i == 0 or words[i - 1] != ",")
        and doc[i].dep_ != "mark"  # "provided Chile withdraws" read as a marker
    ):
        return False
    return cue.inverted or not (
        doc[i].dep_ in ("acomp", "attr") and doc[i].head.lower_ in ctx.cue_words("copula_forms")
    )


def _times(ctx: Context, after: list[str]) -> bool:
    """Whether the words ``after`` "once" count times ("once a year"), no condition."""
    return (
        len(after) == 2
        and after[0] in _TIMES_AFTER_ONCE
        and after[1] in ctx.cue_words("time_words")
    )


#: Words that may stand between "until" and the time it names ("until the end of May").
_BEFORE_A_DATE = frozenset({"next", "early", "late", "mid", "the", "end", "start", "of"})


def _a_date(ctx: Context, after: list[str]) -> bool:
    """Whether the words ``after`` "until" name a time ("until August", "until next year",
    "until the end of 2027"): a deadline, no condition."""
    named = [w for w in after if w not in _BEFORE_A_DATE]
    return bool(named) and (named[0] in ctx.cue_words("time_words") or named[0].isdigit())


def _opened_clause(ctx: Context, doc: Doc, cue: Cue, i: int) -> tuple[Marked | None, int]:
    """The condition the marker ``cue`` at ``i`` opens (``None``: none after all), and where
    to look for the next marker."""
    marker = tuple(range(i, i + len(cue.lemma.split())))
    head = _clause_head(doc, marker)
    under = {t.i for t in doc[i:] if any(a.i in marker for a in t.ancestors)}
    clause = _whole_words(
        doc, frozenset(t.i for t in head.subtree if t.i >= i) | frozenset(marker) | under
    )
    clause = _before_resumed(doc, clause)
    if _elliptic(ctx, doc, marker, clause) or _anonymity(doc, clause):
        return None, max(clause) + 1  # "retaliation remains on the table if needed"
    anchor = next((a for a in (head.head, doc[i].head) if a.i not in clause), head.head)
    anchor = _relative_just_before(doc, i, anchor)
    anchor = _clause_before_saying(ctx, doc, i, anchor)
    listed = _listed_after(doc, marker, clause, head, anchor)
    joined = () if listed else _joined_after(doc, marker, clause, head)
    if joined and not _operative_conjunct(ctx, doc, joined[0]):
        listed = joined  # "if A and after B", "provided that A and allows B"
        first = joined[0].left_edge.i
        clause -= {t.i for t in joined[0].subtree} | _joiners_before(doc, first)
    if listed and anchor.i > max(clause):
        anchor = _before(doc, i, clause)
    if _inverted_main(governing_verb(anchor)):
        return None, i + 1  # "Only after X did Peru agree": an inversion that tells what happened
    if (
        cue.needs_negation
        and not refused_infinitive(ctx, anchor)
        and (not ctx.negated(anchor) or _infinitive_of(anchor))
    ):
        return None, i + 1  # "the truce lasts until Friday", "not to deploy them before 2030"
    held = governing_verb(anchor)
    if (
        cue.lemma in ctx.cues.word_set("lasting_markers")
        and ctx.negated(held)
        and not _infinitive_of(held)
    ):
        cue = replace(cue, negated=True)  # "will not join as long as A": joins once A ends
    if cue.needs_front and _after_subject(i, governing_verb(anchor)):
        return None, i + 1  # "a pledge that no dams will be built without talks": how
    if cue.needs_only and not any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in governing_verb(anchor).children
    ):
        return None, i + 1  # "lifted the sanctions after Peru freed them": when, no condition
    return Marked(cue, marker, clause, head, anchor, listed), max(clause) + 1


def _after_subject(i: int, verb: Token) -> bool:
    """Whether the word at ``i`` comes after the subject of ``verb`` (or ``verb`` has none)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or i > subject.i


def _clause_before_saying(ctx: Context, doc: Doc, i: int, anchor: Token) -> Token:
    """The reported clause before a verb of saying set off by commas, where the parse hung
    the condition after it on that verb ("A will not block B, he said, provided that C": the
    not blocking is on that condition, not the saying)."""
    if i == 0 or doc[i - 1].text != "," or not ctx.cues.is_form(anchor.lower_, ctx.speech_lemmas):
        return anchor
    said = next((c for c in anchor.children if c.dep_ == "ccomp" and c.i < anchor.i), None)
    return said if said is not None else anchor


def _relative_just_before(doc: Doc, i: int, anchor: Token) -> Token:
    """The verb of a modal relative clause that ends right before a marker, with no comma,
    where the parse hung the condition above it ("revived a deal under which A would drop B
    provided that C cedes D": the dropping is on that condition, not the reviving)."""
    if i == 0 or doc[i - 1].is_punct:
        return anchor
    before = doc[i - 1]
    relative = next(
        (
            a
            for a in (before, *before.ancestors)
            if a.dep_ in ("relcl", "acl") and any(c.tag_ == "MD" for c in a.children)
        ),
        None,
    )
    if relative is None or relative.right_edge.i != i - 1 or anchor not in relative.ancestors:
        return anchor
    return relative


def _anonymity(doc: Doc, clause: frozenset[int]) -> bool:
    """Whether a condition is a source's on being quoted ("said on condition of anonymity",
    "on condition that he not be named"): how the words were given, no term of any proposal."""
    words = {doc[i].lower_ for i in clause}
    return "anonymity" in words or bool(words & {"named", "identified"} and words & {"not"})


def _elliptic(ctx: Context, doc: Doc, marker: tuple[int, ...], clause: frozenset[int]) -> bool:
    """Whether a condition clause is its marker and one word that names no condition ("if
    needed", "if necessary", "if so"), or a subject and a modal whose verb is left out ("as
    soon as they can", "if we must"): the act is the main clause's own, no condition on it."""
    words = [doc[k] for k in sorted(clause - set(marker)) if not is_mark(doc[k])]
    if words and words[-1].tag_ == "MD" and all(w.pos_ == "PRON" for w in words[:-1]):
        return True
    return len(words) == 1 and words[0].lower_ in ctx.cues.word_set("elliptic_conditions")


def _listed_after(
    doc: Doc, marker: tuple[int, ...], clause: frozenset[int], head: Token, anchor: Token
) -> tuple[Token, ...]:
    """Clauses listed after a condition clause, each with its own subject, that the parse did
    not coordinate with it ("agree to a truce only if troops are withdrawn, the shelling is
    stopped, and a commission is set up"): either it made them the words the condition hangs
    from, or it coordinated them with the main verb. Their head verbs, or none."""
    end = max(clause)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return ()
    start = min(marker)
    if start > 0 and doc[start - 1].pos_ == "CCONJ":
        return ()  # "..., and if A, B": the condition opens the clause after it, B lists nothing
    if anchor.i > end + 1:  # the condition hangs under "stopped"
        if anchor.head.i >= min(marker) or anchor.dep_ not in ("conj", "ccomp"):
            return ()
        if any(c.dep_ == "mark" and c.i < min(marker) for c in anchor.children):
            return ()  # "said that if A, B": the condition opens B's clause, B is no item
        first = anchor
    else:  # "stopped" is coordinated with the main verb, after the condition
        first = next((c for c in anchor.children if c.dep_ == "conj" and c.i > end), anchor)
        if first.left_edge.i not in (end + 1, end + 2) or _form(first) != _form(head):
            return ()
    items = (first, *(c for c in first.conjuncts if c.i > first.i))
    if any(x.pos_ not in ("VERB", "AUX") for x in items):
        return ()
    if any(c.dep_ == "aux" and c.lower_ in MODALS for x in items for c in x.children):
        return ()  # "..., and Chile will withdraw": a statement of its own
    if not all(any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children) for x in items):
        return ()
    return items


def _noun_phrase(head: Token) -> bool:
    """Whether a condition's head is a noun with no clause of its own ("subject to approval"),
    not a verb the tagger took for a noun ("as long as the Vatican adheres to ...")."""
    return head.pos_ not in ("VERB", "AUX") and not has_subject(head)


def _operative_conjunct(ctx: Context, doc: Doc, verb: Token) -> bool:
    """Whether ``verb`` is a verb of a resolution's operative paragraph (``operative_verbs``)
    coordinated with the one it opens with ("2. Expresses A, on condition that B, and affirms
    C"), or a verb of saying with a clause of its own: the next act, not one more condition."""
    operative = ctx.cue_words("operative_verbs")
    if verb.lower_ in operative and doc[0].lower_ in operative:
        return True
    # "said Peru could A only if B asked, and insisted that C": the speaker's next act
    return ctx.cues.is_form(verb.lower_, ctx.speech_lemmas) and any(
        c.dep_ == "ccomp" for c in verb.children
    )


def _joined_after(
    doc: Doc, marker: tuple[int, ...], clause: frozenset[int], head: Token
) -> tuple[Token, ...]:
    """A second verb joined by "and" or "or" right after a condition clause's own words that
    the parse coordinated with the marker or the main verb instead ("if Peru informs Chile in
    advance and after an inspection is held": "held" hangs on the main verb; "provided that
    Peru notifies Chile and allows inspections": "allows" on "provided"): one more condition
    of the same marker, also with a subject of its own where it is of the condition's tense
    ("if Chile pays A and Bolivia drops B"). Not a clause with a modal of its own ("if A, and
    Chile will B"), nor one with a subject of its own after a comma ("unless A, and the envoy
    sat in")."""
    own = {t.i for t in head.subtree if t.i >= marker[0]}
    end = max(own | set(marker))
    while end > marker[-1] and doc[end].dep_ in ("cc", "punct"):
        end -= 1
    joiner = next((t for t in doc[end + 1 : end + 3] if t.lower_ in ("and", "or")), None)
    if joiner is None or any(t.text != "," for t in doc[end + 1 : joiner.i]):
        return ()
    verb = next(
        (
            t
            for t in doc[joiner.i + 1 :]
            if t.pos_ in ("VERB", "AUX")
            and t.dep_ == "conj"
            and t.left_edge.i in (joiner.i, joiner.i + 1)
        ),
        None,
    )
    if (
        verb is None
        or verb.head.i in own
        or (verb.head.i > marker[0] and verb.head.i not in marker)
    ):
        return ()  # coordinated inside the clause (read as it is), or under a later verb
    if any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to") for c in verb.children):
        return ()  # (", and to train B": an infinitive goes on the act, no condition)
    if _noun_phrase(head) and verb.tag_ != "VBG" and not has_subject(verb):
        return ()  # "agree to A, subject to B, and call on C": a noun's condition goes on no verb
    if has_subject(verb) and (joiner.i > end + 1 or not _subordinated(verb)):
        if joiner.i > end + 1 or not _own_tense(verb, head):
            return ()
    if joiner.i > end + 1 and verb.tag_ != head.tag_ and verb.tag_ == verb.head.tag_:
        return ()  # "agreed that A would B, provided that C consent, and tasked D": agreed's
    return (verb,)


def _own_tense(verb: Token, head: Token) -> bool:
    """Whether a verb joined after a condition clause is of the clause verb's tense and not
    of the verb it was hung on ("will reopen it if Chile pays A and Bolivia drops B": "drops"
    cannot share "will"), so that it goes on the condition."""
    finite = ("VBZ", "VBP", "VBD")
    return _tense(verb) in finite and _tense(head) in finite and _tense(verb.head) not in finite


def _tense(verb: Token) -> str:
    """The tag of a verb's finite word: its own, or its first auxiliary's ("have left")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _subordinated(verb: Token) -> bool:
    """Whether a verb's clause opens with a subordinator of its own ("after B is held")."""
    first = verb.left_edge
    return first.dep_ in ("mark", "prep", "advmod") and first.head == verb and first.i < verb.i


def _joiners_before(doc: Doc, i: int) -> set[int]:
    """The conjunction and commas right before position ``i`` (", and")."""
    out: set[int] = set()
    k = i - 1
    while k >= 0 and (doc[k].text == "," or doc[k].lower_ in ("and", "or")):
        out.add(k)
        k -= 1
    return out


def _before_resumed(doc: Doc, clause: frozenset[int]) -> frozenset[int]:
    """A condition set off by commas ends at the comma after which the sentence resumes with a
    to-infinitive the parser hung inside it ("agreed, on condition that A, to halt B")."""
    for k in sorted(clause):
        if doc[k].text == "," and k + 1 < len(doc):
            t = doc[k + 1]
            verb = t.head if t.lower_ == "to" else None
            if (
                verb is not None
                and verb.dep_ in ("acl", "advcl", "relcl")
                and is_to_infinitive(verb)
            ):
                return frozenset(j for j in clause if j < k)
    return clause


def names_proposal(ctx: Context, noun: Token) -> bool:
    """Whether a noun names a proposal or a text that stands for one (``proposal-noun``,
    ``plan-noun``): "offer", "demand", "plan", "draft", "text"."""
    return bool(
        ctx.cues.entries("proposal-noun", noun.lower_) or ctx.cues.entries("plan-noun", noun.lower_)
    )


def refused_infinitive(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is what a subject refuses to do ("refused to hold talks until ..."):
    negated by the refusal, so a condition can lift it."""
    return (
        verb.dep_ == "xcomp"
        and is_to_infinitive(verb)
        and bool(ctx.cues.entries("refusal-verb", verb.head.lower_))
    )


def refused_object(ctx: Context, verb: Token) -> Token | None:
    """What a verb of refusing takes as its object ("ruled out any ceasefire unless ...",
    ``refused-object-verb``): refused, so a condition can lift it, like a refused infinitive."""
    if not ctx.cues.entries("refused-object-verb", verb.lower_) or ctx.negated(verb):
        return None
    if "rule" in ctx.cues.lemmas(verb.lower_) and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return None  # "ruled the region": no refusal
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def lifts_refusal(cue: Cue) -> bool:
    """Whether a condition marker can lift a refusal ("refused to hold talks until Y agreed",
    "... unless Y agreed"): one that sets a condition on a negated verb."""
    return cue.needs_negation or cue.negated


def _infinitive_of(verb: Token) -> bool:
    """A negated "to"-infinitive ("not to deploy them"): what is asked or offered, whose
    negation is its content's, not a refusal a condition could lift."""
    negated = any(c.dep_ == "neg" and c.lower_ in ("not", "never") for c in verb.children)
    return negated and is_to_infinitive(verb)


def until_mark(ctx: Context, clause: Token) -> Token | None:
    """The word that opens ``clause`` as what must happen first ("... no talks until Y"): its
    marker, where the 'none-until' construction lists it."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    return mark if mark is not None and ctx.cues.entries("none-until", mark.lower_) else None


#: Nouns that name whatever was put forward before ("the idea", "the offer").
_ANY_PUT_FORWARD = frozenset(
    {"idea", "proposal", "offer", "suggestion", "plan", "request", "demand", "proposals", "demands"}
)


def names_one_before(noun: Token) -> bool:
    """Whether a noun phrase only names a proposal put forward before: a pronoun, or "the",
    "this" or "that" and a noun of any proposal, with nothing after it ("open to the idea",
    "receptive to it"; not "open to the idea of talks")."""
    if noun.pos_ == "PRON":
        return True
    return (
        noun.lower_ in _ANY_PUT_FORWARD
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        and not any(c.i > noun.i for c in noun.children)
    )


def refers_back(noun: Token) -> bool:
    """Whether a noun phrase only points at something said before ("this issue", "it",
    "such talks")."""
    return noun.pos_ == "PRON" or any(
        (c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those"))
        or (c.dep_ in ("amod", "predet") and c.lower_ == "such")
        for c in noun.children
    )


def as_prerequisite(ctx: Context, tok: Token) -> tuple[Token, Token] | None:
    """ "demands A as a precondition for B": the phrase's "as" and B, where ``tok`` is the
    prerequisite noun."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return None
    if not ctx.cues.entries("condition-prerequisite", tok.lower_):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")), None)
    offered = (
        next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    )
    return (tok.head, offered) if offered is not None else None


def prerequisites(ctx: Context, p: Parsed) -> list[Marked]:
    """ "A is a prerequisite for any talks", "demands A as a condition for any talks": A
    conditions the talks."""
    out = []
    for noun in p.doc:
        entries = ctx.cues.entries("condition-prerequisite", noun.lower_)
        phrase = as_prerequisite(ctx, noun) if entries else None
        demanded = _prerequisite_object(phrase[0]) if phrase is not None else None
        if phrase is not None and demanded is not None:
            # "the withdrawal ... as a precondition for talks", "set A as a precondition for B"
            clause = frozenset(t.i for t in demanded.subtree) - {t.i for t in phrase[0].subtree}
            out.append(Marked(entries[0], (noun.i,), clause, demanded, phrase[1]))
            continue
        parts = prerequisite_of(ctx, noun)
        if entries and parts is not None:
            subject, offered = parts
            clause = frozenset(t.i for t in subject.subtree)
            out.append(Marked(entries[0], (noun.i,), clause, subject, offered))
    return out


def _prerequisite_object(as_: Token) -> Token | None:
    """What an "as a precondition" phrase says is the precondition: the noun it hangs on, or
    the object of the verb it hangs on ("set A as a precondition for B": A)."""
    head = as_.head
    if head.pos_ in ("VERB", "AUX"):
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < as_.i), head)
    return head if head.pos_ in ("NOUN", "PROPN") else None


def prerequisite_of(ctx: Context, noun: Token) -> tuple[Token, Token] | None:
    """ "A is a prerequisite (precondition, condition) for B": A and B, where ``noun`` is the
    copula's attribute; not where A only points back ("this issue is a precondition ...")."""
    if not ctx.cues.entries("condition-prerequisite", noun.lower_):
        return None
    if noun.dep_ == "nsubj":
        subject = _prerequisite_named(noun)  # "a condition for B was that A"
    elif noun.dep_ == "attr":
        subject = ctx.subject(noun.head)
    elif noun.dep_ in ("dobj", "oprd") and ctx.cues.is_form(noun.head.lower_, ("make",)):
        # "made A a precondition for B": the parse's two objects, or A the noun's subject
        subject = next((c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i), None)
        subject = subject or next((c for c in noun.children if c.dep_ == "nsubj"), None)
    else:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to")), None)
    offered = (
        next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    )
    if subject is None or offered is None or refers_back(subject):
        return None
    return subject, offered


def _prerequisite_named(noun: Token) -> Token | None:
    """What "the condition (precondition, prerequisite) for B is ..." names: the copula's
    attribute ("is the withdrawal of A") or its that-clause ("was that A withdraw")."""
    copula = noun.head
    if copula.lower_ not in load_cues().word_set("copula_forms"):
        return None
    return next(
        (
            c
            for c in copula.children
            if c.i > noun.i
            and (
                c.dep_ == "attr"
                or (c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children))
            )
        ),
        None,
    )


def tied_prep(verb: Token, word: str) -> Token | None:
    """The preposition that states what a verb's object is tied to: the verb's own ("tied its
    aid to A"), or the last one the parser hung on the object ("conditioned the reopening of
    its airspace on A")."""
    own = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if own is not None or obj is None:
        return own
    # also one phrase down for "on": "conditioned its return to the talks on A" ("on" under
    # "talks"); not "to", which a noun takes on its own ("the fate of one deal to ...")
    inner = [
        g
        for c in obj.children
        if c.dep_ == "prep" and word in ("on", "upon")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return max(
        (
            c
            for head in (obj, *inner)
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == word and c.i > obj.i
        ),
        key=lambda c: c.i,
        default=None,
    )


def governing_verb(tok: Token) -> Token:
    """The verb a word hangs from (itself if it is one), at most five steps up."""
    node = tok
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


def _inverted_main(verb: Token) -> bool:
    """Whether a main verb's past auxiliary comes before its subject ("did the sides find")."""
    if verb.dep_ != "ROOT":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass")
        and c.i < subject.i
        and c.lower_ in ("did", "had", "was", "were")
        for c in verb.children
    )


def _tied(ctx: Context, p: Parsed) -> list[Marked]:
    """ "conditioned its support on A", "tied any deal to B": the phrase of the verb's
    preposition is what its object (the offer) depends on."""
    out = []
    for verb in p.doc:
        if verb.pos_ != "VERB":
            continue
        for cue in ctx.cues.entries("condition-tying", verb.lower_):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            prep = tied_prep(verb, cue.particle or "")
            head = (
                next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if prep
                else None
            )
            if obj is None or prep is None or head is None:
                continue
            tokens = {t.i for t in prep.subtree}
            for c in verb.children:  # "tied its grant to an audit by the EU": the audit's agent
                if c.lower_ == "by" and c.dep_ in ("agent", "prep") and c.i > prep.i:
                    tokens |= {t.i for t in c.subtree}
            out.append(Marked(cue, (prep.i,), frozenset(tokens), head, obj))
            break
    return out


def obstructs(ctx: Context, verb: Token) -> bool:
    """Whether a verb rejects what it acts on ("block", "veto", "oppose", "vote against"; not
    "vote for"): negated under a modal of commitment, it offers to let the thing pass."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "advmod")}
    return any(
        e.stance != "supports" and (not e.particle or e.particle in words)
        for e in ctx.cues.entries("reject-verb", verb.lower_)
    )


def _any_that(ctx: Context, p: Parsed) -> list[Marked]:
    """ "any deal that guarantees A and B": the relative clause on a proposal noun after a
    free-choice determiner is what the deal must do to be accepted; after a verb that rejects
    ("will oppose any deal that cuts A") it says which deals are rejected, no terms."""
    free = ctx.cues.word_set("free_choice_determiners")
    out = []
    for noun in p.doc:
        entries = ctx.cues.entries("condition-relative", noun.lower_)
        if not entries or not any(c.dep_ == "det" and c.lower_ in free for c in noun.children):
            continue
        verb = noun.head
        if noun.dep_ == "dobj" and obstructs(ctx, verb) and not ctx.negated(verb):
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
        if clause is None:
            continue
        tokens = frozenset(t.i for t in clause.subtree)
        out.append(Marked(entries[0], (min(tokens),), tokens, clause, noun))
    return out


#: Words after which an auxiliary before its subject asks rather than sets a condition.
_QUESTION_WORDS = frozenset("what why how when where which who whom whether".split())


def _inverted(aux: Token) -> Token | None:
    """ "should Russia choose", "were Syria to expel": an auxiliary before its subject, opening
    a condition without "if" ("a path forward should Russia choose it"; not after a question
    word: "asked what should Russia do"). Returns the clause's verb."""
    verb = aux if any(c.dep_ in ("nsubj", "nsubjpass") for c in aux.children) else aux.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = aux.i == 0 and verb.dep_ == "advcl" and aux.doc[-1].text != "?"
    if (
        subject is not None
        and aux.i < subject.i
        and (aux.i > 0 or opening)  # "Should they fail, X would ...", not a question
        and (opening or aux.nbor(-1).lower_ not in _QUESTION_WORDS)
        and (
            verb.dep_ in ("advcl", "ccomp", "conj", "parataxis")
            or (
                verb.dep_ == "ROOT" and aux.nbor(-1).lower_ == ","
            )  # the parse's root after a comma
        )
    ):
        return verb
    return None


def _before(doc: Doc, i: int, clause: frozenset[int]) -> Token:
    """The nearest verb before position ``i`` outside ``clause`` (the parse attaches inverted
    conditions anywhere; they belong to the clause they follow)."""
    for k in range(i - 1, -1, -1):
        if (
            doc[k].pos_ in ("VERB", "AUX")
            and k not in clause
            and doc[k].dep_ not in ("aux", "auxpass")
        ):
            return doc[k]
    return doc[i].head


def _whole_words(doc: Doc, indices: frozenset[int]) -> frozenset[int]:
    """``indices`` with the tokens glued to them without a space ("de-escalates" split by the
    tokenizer into three tokens stays one word)."""
    out = set(indices)
    changed = True
    while changed:
        changed = False
        for i in list(out):
            if (
                i > 0
                and i - 1 not in out
                and not doc[i - 1].whitespace_
                and _glues(doc[i - 1], doc[i])
            ):
                out.add(i - 1)
                changed = True
            if (
                i + 1 < len(doc)
                and i + 1 not in out
                and not doc[i].whitespace_
                and _glues(doc[i], doc[i + 1])
            ):
                out.add(i + 1)
                changed = True
    return frozenset(out)


def _glues(a: Token, b: Token) -> bool:
    """Two tokens written together are one word unless one of them is sentence punctuation."""
    return not (a.text in _STOPS or b.text in _STOPS)


_STOPS = frozenset(".,;:!?)(”“\"'’«»")


def _clause_head(doc: Doc, marker: tuple[int, ...]) -> Token:
    """The head of what a marker opens: the object of its last word ("in exchange for X"), or
    the verb its words hang from ("if X does", "as long as X does"), else the next word."""
    last = marker[-1]
    after = [
        c
        for c in doc[last].children
        if c.i > last and c.dep_ in ("pobj", "pcomp", "acl", "ccomp", "relcl")
    ]
    if after:
        return after[0]
    heads = [doc[k].head for k in marker if doc[k].head.i > last]
    if heads:
        return heads[-1]
    return doc[last + 1]


#: Condition markers that name what the other side gives in exchange.
EXCHANGE_MARKERS = frozenset({"in exchange for", "in return for"})


def attribution(ctx: Context, tokens: set[Token]) -> set[Token]:
    """The words of ``tokens`` that say who said them ("according to a statement", "..., the
    ministry said", "..., in a communique")."""
    drop: set[Token] = set()
    speech = ctx.cues.word_set("speech_nouns")
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ == "according" and _set_off(t):
            drop |= set(t.subtree)  # ("split according to the cargo": how, not who said)
        elif (
            t.dep_ in ("parataxis", "advcl")
            and ctx.cues.is_form(t.lower_, ctx.speech_lemmas)
            and not is_to_infinitive(t)
            and not _unsaid_clause(t)
        ):
            drop |= set(t.subtree)  # (not "asked Y to report on A": what Y is asked to do; not
            # "as long as its financing is assured": a passive, said by no one; not "as long
            # as they maintain ties": a clause of its own, no saying)
        elif t.dep_ == "prep" and t.lower_ == "in" and t.i > 0 and t.nbor(-1).text == ",":
            if any(o.dep_ == "pobj" and o.lower_ in speech for o in t.children):
                drop |= set(t.subtree)  # "..., in a communique issued after the summit"
    return drop


def _unsaid_clause(verb: Token) -> bool:
    """Whether a verb of saying set off in a clause says nothing of the words around it: a
    passive ("as long as its financing is assured"), a clause with an object and nothing said
    ("as long as they maintain ties"), or one a marker of time or condition opens ("until the
    monitors say otherwise"); not "as she said", "reminding her that A"."""
    deps = {c.dep_ for c in verb.children}
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return (
        "auxpass" in deps or "dobj" in deps and "ccomp" not in deps or bool(marks - {"as", "that"})
    )


def figurative(ctx: Context, noun: Token) -> bool:
    """Whether a noun is one of the ``figurative_objects`` used as such ("offered a glimmer
    of hope", "seize the opportunity"), not named for a thing by a noun before it ("a drought
    window", "a financing window") or made material by an adjective ("logistical support"); one
    of the ``argued_objects`` only after one of the ``arguing_verbs`` ("pressed its case"); a
    stand-in for what the text says next ("offered a third way")."""
    if noun.lower_ in ctx.cues.word_set("stand_in_nouns"):
        return _stand_in(ctx, noun)
    if noun.lower_ not in ctx.cues.word_set("figurative_objects"):
        return False
    if noun.lower_ in ctx.cues.word_set("argued_objects"):  # "made its case", not "drop the case"
        return ctx.cues.is_form(noun.head.lower_, ctx.cues.word_set("arguing_verbs"))
    material = ctx.cues.word_set("material_adjectives")
    named = any(  # "the credit window of the Andean Fund": one a body has
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
        for c in noun.children
    )
    return not named and not any(
        c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ in material for c in noun.children
    )


def _stand_in(ctx: Context, noun: Token) -> bool:
    """Whether a noun says only that something else is put forward: a determiner and one of
    the ``stand_in_adjectives`` ("a new approach", "another way"), nothing more."""
    marks = ctx.cues.word_set("stand_in_adjectives")
    kids = list(noun.children)
    plain = all(c.dep_ in ("det", "amod") for c in kids)
    return plain and any(c.lower_ in marks for c in kids)


def determined_by_no(noun: Token) -> bool:
    """Whether "no" is the noun's determiner ("no deal", "no objection")."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def object_refused(verb: Token) -> bool:
    """Whether the verb's object is determined by "no" ("would accept no deal that ..."): the
    verb is refused for any such thing, as "would not accept any deal" is."""
    return any(c.dep_ == "dobj" and determined_by_no(c) for c in verb.children)


def verdict_word(ctx: Context, verb: Token) -> Token | None:
    """The yes or the no a verb of answering has for its only say (``responding_verbs``,
    ``verdict_verbs``, ``verdicts_for``, ``verdicts_against``): "will vote no", "responded
    positively"."""
    if not any(
        ctx.cues.is_form(verb.lower_, ctx.cue_words(words))
        for words in ("responding_verbs", "verdict_verbs")
    ):
        return None
    verdicts = ctx.cue_words("verdicts_for") | ctx.cue_words("verdicts_against")
    return next(
        (c for c in verb.children if c.dep_ in ("advmod", "dobj", "intj") and c.lower_ in verdicts),
        None,
    )


def _set_off(t: Token) -> bool:
    """Whether the phrase at ``t`` opens its sentence or follows a comma, a bracket or a dash,
    as an attribution is set off ("According to X, ...", "..., according to X")."""
    return t.i == t.sent.start or t.nbor(-1).text in (",", "(", "—", "–", "-")


def trimmed(ctx: Context, p: Parsed, tokens: set[Token], *, said: bool = False) -> set[Token]:
    """``tokens`` without conditions, attributions, time adverbials and framing words; what was
    ``said`` keeps its conditions and times and loses only attributions."""
    time = ctx.cues.word_set("reporting_time_words")
    summary = ctx.cues.word_set("summary_nouns")
    exchange = ctx.cues.word_set("exchange_adverbials")
    within = {t.i for t in tokens}
    conditions = (  # not what is given in exchange the words lie in ("for a pledge to A": A)
        set()
        if said
        else {
            i
            for m in ctx.marked(p)
            if not m.cue.also_demanded
            and not (m.cue.lemma in EXCHANGE_MARKERS and within <= m.clause)
            for i in m.clause
        }
    )
    drop: set[Token] = {t for t in tokens if t.i in conditions} | attribution(ctx, tokens)
    for t in tokens:
        if t.dep_ == "acomp" and t.lower_ in ("clear", "plain") and _before_subject(t):
            drop.add(t)  # "has made clear it will not return": the saying's, hung on the clause
        elif t.dep_ == "prep" and t.lower_ == "on" and _on_condition(t):
            drop |= set(t.subtree)  # "lift sanctions on one condition: that ...": the condition's
        elif t.dep_ == "pobj" and as_prerequisite(ctx, t) is not None and not said:
            drop |= set(t.head.subtree)  # "A as a condition for B": B is offered on A
        elif said:
            continue
        elif t.dep_ == "npadvmod" and any(x.lower_ in time for x in t.subtree):
            drop |= set(t.subtree)
        elif (
            t.dep_ == "prep"
            and t.lower_ in ("on", "in", "at", "during", "since")
            and _temporal(t, time)
        ):
            drop |= set(t.subtree)
        elif t.dep_ == "advmod" and t.lower_ in time and not list(t.children):
            drop.add(t)
        elif t.dep_ in ("appos", "npadvmod") and t.lower_ in summary and t.i > t.head.i:
            drop |= set(t.subtree)
        elif t.dep_ in ("prep", "advmod") and " ".join(x.lower_ for x in t.subtree) in exchange:
            drop |= set(t.subtree)  # "In return, ..."
        elif t.dep_ == "advcl" and t.head in tokens and _contrast_of_another(t):
            drop |= set(t.subtree)  # "..., while Y has sided with Z": another's doing
        elif t.dep_ == "relcl" and (_stance_aside(ctx, t) or _said_aside(ctx, t)):
            drop |= set(t.subtree)  # "..., which Y rejected": Y's stance, not the content
        elif t.dep_ == "prep" and _fronted(t, tokens):
            drop |= set(t.subtree)  # "as part of the deal, X would ...": X's act is the content
        elif t.lower_ == "as":
            drop |= _judged_as(ctx, t, tokens)
    drop |= {  # "remain for as long as A": the preposition the condition leaves bare
        t for t in tokens if t.dep_ == "prep" and (kids := set(t.children)) and kids <= drop
    }
    kept = tokens - drop
    if kept:  # words the tokenizer split stay whole ("re-entry")
        doc = next(iter(kept)).doc
        kept |= {doc[i] for i in _whole_words(doc, frozenset(t.i for t in kept))} - drop
    return _strip_edges(kept)


def _said_aside(ctx: Context, clause: Token) -> bool:
    """Whether a relative clause set off after the content has a saying of its own inserted
    ("..., where, she said, 'our leaders are being buried'"): the speaker's remark, a
    statement of its own, not words of the proposal."""
    return clause.i > 0 and any(
        c.dep_ == "parataxis" and ctx.cues.is_form(c.lower_, ctx.speech_lemmas)
        for c in clause.children
    )


def _contrast_of_another(clause: Token) -> bool:
    """Whether a clause opened by "while" or "whereas" has a subject of its own: what another
    does beside the content, not part of it."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children
    ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _on_condition(prep: Token) -> bool:
    """Whether "on" opens "one condition", "two conditions", "the following conditions"."""
    return any(c.dep_ == "pobj" and c.lower_ in ("condition", "conditions") for c in prep.children)


def _before_subject(t: Token) -> bool:
    """Whether ``t`` stands before the subject of the verb it hangs on."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and t.i < c.i for c in t.head.children)


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token after position ``i`` that is no quotation mark."""
    return next((t for t in doc[i + 1 :] if not t.is_quote), None)


def _judged_as(ctx: Context, as_: Token, tokens: set[Token]) -> set[Token]:
    """ "dismissed the offer made by Y as “unacceptable”": an adjective after "as" that ends
    the phrase is what a verb of judging outside the content calls its object, wherever the
    parser hung it; no part of the content (not "as soon as", "as equal partners")."""
    doc = as_.doc
    adjective = _next_word(doc, as_.i)
    if adjective is None or adjective.tag_ not in ("JJ", "VBG", "VBN"):  # "as insulting"
        return set()
    after = _next_word(doc, adjective.i)
    if after is not None and (after.lower_ in ("as", "by") or after.pos_ in ("NOUN", "PROPN")):
        return set()
    judging = ctx.cues.word_set("judging_verbs")
    if not any(
        v.lower_ in judging
        and v not in tokens
        and v.i < as_.i
        and any(c.dep_ == "dobj" and c in tokens for c in v.children)
        for v in doc
    ):
        return set()
    end = max(adjective.right_edge.i, as_.right_edge.i)
    return {t for t in tokens if as_.i <= t.i <= end}


def _stance_aside(ctx: Context, relative: Token) -> bool:
    """A relative clause set off by a comma whose verb takes a stance or says something ("a
    plan to X, which Y rejected", "..., which the rebels have complained is too fast")."""
    first = relative.left_edge
    opener = first.lower_ in ("which", "that", "who") or (  # "both of which", "all of whom"
        first.i + 2 < len(first.doc)
        and first.nbor(1).lower_ == "of"
        and first.nbor(2).lower_ in ("which", "whom")
    )
    return (
        first.i > 0
        and first.doc[first.i - 1].text == ","
        and opener
        and bool(
            ctx.cues.entries("reject-verb", relative.lower_)
            or ctx.cues.entries("support-verb", relative.lower_)
            or ctx.cues.is_form(relative.lower_, ctx.speech_lemmas)
        )
    )


def _fronted(prep: Token, tokens: set[Token]) -> bool:
    """A phrase set before its clause's subject with a comma ("As part of the deal, X would
    ..."), where the subject is left out of the content: it frames the act, no part of it."""
    doc = prep.doc
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    end = prep.right_edge.i + 1
    return (
        subject is not None
        and subject not in tokens
        and prep.i < subject.i
        and end < len(doc)
        and doc[end].text == ","
    )


def _temporal(prep: Token, time: frozenset[str]) -> bool:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        bool(objs)
        and all(o.lower_ in time or any(c.lower_ in time for c in o.subtree) for o in objs)
        and len(list(prep.subtree)) <= 5
    )


def _strip_edges(tokens: set[Token]) -> set[Token]:
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and (
        is_mark(ordered[0])
        or ordered[0].dep_ in ("cc", "punct")
        or (ordered[0].dep_ in _FRAMING_DEPS and ordered[0].lower_ in _FRAMING_WORDS)
        or _subordinator(ordered[0])
        or (ordered[0].dep_ == "advmod" and ordered[0].lower_ in _LINKING_ADVERBS)
    ):
        ordered.pop(0)
    while ordered and (
        is_mark(ordered[-1])
        and ordered[-1].text not in ")]"
        or ordered[-1].dep_ == "cc"
        or (ordered[-1].dep_ == "advmod" and ordered[-1].lower_ == "only")  # "..., but only"
    ):
        ordered.pop()
    return set(ordered)


def _subordinator(tok: Token) -> bool:
    """ "that" opening a clause that the parser made its verb's object ("that it pay"); not
    a determiner the tagger read as one ("that step would follow")."""
    return (
        tok.lower_ == "that"
        and tok.tag_ == "IN"
        and tok.dep_ != "det"
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.i > tok.i
    )


def what_spelled(verb: Token) -> Token | None:
    """ "What Ukraine wants is a ceasefire", "what the Saudis want from the deal: a pact and
    ...": the free relative's object is spelled out by the copula or after a colon."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return None
    if verb.dep_ == "csubj":
        return next((c for c in verb.head.children if c.dep_ == "attr"), None)
    doc = verb.doc
    end = max(t.i for t in verb.subtree)
    if end + 2 >= len(doc) or doc[end + 1].text != ":":
        return None
    start = end + 2  # the phrase after the colon: its word whose head lies before it
    return next((doc[k] for k in range(start, len(doc)) if doc[k].head.i < start), None)


def steers_the_talk(ctx: Context, verb: Token, speakers: frozenset[str] = frozenset({"i"})) -> bool:
    """Whether ``verb``, with one of ``speakers`` as its subject, says what the speaker does
    next in the talk itself ("I will start with an announcement", "I'll take questions";
    ``discourse_acts``)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in speakers
        and bool(ctx.cues.lemmas(verb.lower_) & ctx.cue_words("discourse_acts"))
    )


def direct_question(p: Parsed) -> bool:
    """A sentence that ends in a question mark (before any closing quotation mark), its main
    verb before its subject ("Is X ready ...?", "Will Y accept ...?")."""
    text = p.doc.text.rstrip().rstrip("\"”’'")
    if not text.endswith("?"):
        return False
    root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
    subject = next(  # ("Is X prepared to ...?": the parse may hang X on the adjective)
        (
            t
            for t in p.doc
            if t.dep_ in ("nsubj", "nsubjpass")
            and (t.head == root or t.head.dep_ in ("acomp", "attr") and t.head.head == root)
        ),
        None,
    )
    first_verb = next((t for t in p.doc if t.pos_ in ("VERB", "AUX")), None)
    return subject is not None and first_verb is not None and first_verb.i < subject.i


def inverted_question(verb: Token) -> bool:
    """Whether ``verb`` heads a clause asked as a question inside a longer sentence: its
    auxiliary before its subject and a question mark, not a full stop, after it ("Why? If they
    join, will they respect our borders?"). A condition set by inversion ("should Peru
    agree, ...") ends in no question mark."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children
    ):
        return False
    end = next((t for t in verb.doc[verb.i + 1 :] if t.text in (".", "?", "!", ";")), None)
    return end is not None and end.text == "?"


#: Words that open an embedded question ("know if X is willing", "asked whether Y would").
_QUESTION_MARKS = frozenset({"if", "whether"})


def asked_whether(tok: Token) -> bool:
    """Whether ``tok``, a verb or adjective, stands in a clause that is an embedded question: a
    complement opened by "if" or "whether" ("we want to know if X is willing to ...") or by a
    question word ("refused to say how he would vote"). A noun there is taken as given ("did
    not say whether it would accept Israel's demand": the demand was made)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return False
    node = tok
    for _ in range(6):
        if node.dep_ in ("ccomp", "xcomp", "dobj", "pcomp") and (
            any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in node.children)
            or _wh_opened(node)
        ):
            return True
        if node.head == node or node.dep_ in ("advcl", "relcl", "acl", "appos"):
            return False  # a clause or apposition of its own states what it states
        node = node.head
    return False


def _wh_opened(clause: Token) -> bool:
    """Whether ``clause`` opens with a question adverb of its own ("how he would vote", "why
    it would wait", "how far it would go"); not "what": "what the Saudis want" names what they
    want."""
    first = clause.left_edge
    return first.tag_ == "WRB" and (
        first.head == clause or first.head.dep_ == "advmod" and first.head.head == clause
    )


def past_time(verb: Token, end: int) -> int:
    """The end of the time phrases the parser hung on ``verb`` right after position ``end``
    ("offered on 10 January to buy gas", "an ultimatum to X of 6 pm Friday to recall", "offered
    in 2024 to train A": "on 10 January", "6 pm Friday", "in 2024"), or ``end`` itself when
    none follows."""
    time = load_cues().word_set("time_words")
    moved = True
    while moved:
        moved = False
        for c in verb.children:
            words = [t for t in c.subtree if not t.is_punct]
            if (
                c.dep_ in ("prep", "npadvmod")
                and c.left_edge.i == end + 1
                and len(words) <= 6
                and any(
                    t.lower_ in time or t.ent_type_ in ("DATE", "TIME") or _year(t) for t in words
                )
            ):
                end, moved = c.right_edge.i, True
    return end


def _year(tok: Token) -> bool:
    """A year written as four figures ("offered in 2024 to train A")."""
    return tok.shape_ == "dddd" and 1900 <= int(tok.text) <= 2100


def trailing_infinitive(noun: Token) -> Token | None:
    """A to-infinitive right after an object noun that the parse hung on the verb instead
    ("rebuffed demands from X to retract ...", "struck a deal with Y to open ..."), or after a
    time phrase hung on the verb between them ("issued an ultimatum to X on Sunday to accept
    ..."): the noun's own complement."""
    if noun.dep_ != "dobj":
        return None
    end = past_time(noun.head, max(t.i for t in noun.subtree))
    for c in noun.head.children:
        if c.dep_ in ("advcl", "xcomp") and min(t.i for t in c.subtree) == end + 1:
            if is_to_infinitive(c):
                return c
    return None


def plays_a_role(verb: Token) -> bool:
    """ "the Community must not be a bystander": "be" with a noun says what someone is to be, a
    role claimed, no act asked ("the zone must be demilitarised" asks one)."""
    if any(c.dep_ == "expl" for c in verb.children):
        return False  # "there must be a full count": that count is asked for
    return verb.lower_ in ("be", "become", "remain") and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
        for c in verb.children
    )


def wished_success(ctx: Context, verb: Token) -> Token | None:
    """The thing a verb of success with nothing after it (``success_verbs``) says should go
    well, where one of the ``wishing_verbs`` wants it so: "wants the arrangement to succeed",
    "would like the truce to hold" (not "wants Peru to work harder": asked of Peru)."""
    if verb.dep_ not in ("ccomp", "xcomp") or not ctx.cues.is_form(
        verb.lower_, ctx.cue_words("success_verbs")
    ):
        return None
    if not ctx.cues.is_form(verb.head.lower_, ctx.cue_words("wishing_verbs")):
        return None
    if any(c.dep_ not in ("nsubj", "aux", "punct") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject or next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None
    )


def sum_of_money(noun: Token) -> bool:
    """Whether a noun phrase is a sum of money, a number or a currency's word with a
    currency's sign or word ("$30 million", "NZ$25 million", "30 million euros", "a further
    £10 million"; not "the $50 billion loan", a loan)."""
    currencies = load_cues().word_set("currency_words")
    if noun.tag_ != "CD" and noun.lower_ not in currencies:
        return False
    return any(
        t.tag_ == "$" or any(ch in _CURRENCY_SIGNS for ch in t.text) or t.lower_ in currencies
        for t in noun.subtree
        if t.i <= noun.i
    )


#: The signs of currencies, also inside a token ("NZ$25", "US$5").
_CURRENCY_SIGNS = frozenset("$£€¥₹₩₦")


def pro_verb(verb: Token) -> bool:
    """Whether ``verb`` is the pro-verb "do so / do that / do it", which says again an act
    named elsewhere ("Chile must do so by Friday")."""
    return verb.lower_ in ("do", "does", "did", "doing", "done") and any(
        (c.dep_ == "dobj" and c.lower_ in ("that", "this", "it"))
        or (c.dep_ == "advmod" and c.lower_ == "so")
        for c in verb.children
    )


def welcomed_to(tok: Token) -> Token | None:
    """What "welcome" says its subject is welcome to: the to-infinitive ("welcome to use the
    port") or the object of "to" ("welcome to our copper")."""
    verb = next((c for c in tok.children if c.dep_ == "xcomp" and is_to_infinitive(c)), None)
    if verb is not None:
        return verb
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


@lru_cache(maxsize=4096)
def label_words(label: str) -> frozenset[str]:
    """The words of a fact's label, in lower case, without the punctuation that ends them; a
    hyphenated word also by its parts, as the parser reads them ("flood-warning": "flood",
    "warning")."""
    words = [w.strip(".,;:").lower() for w in label.split()]
    return frozenset(words + [part for w in words if "-" in w for part in w.split("-") if part])
