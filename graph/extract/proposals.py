"""Proposals and demands: who puts forward what, to whom (the ``proposals`` component).

The constructions are read in :mod:`.readings`; this module turns each reading
into records: one per coordinated item of its content ("to freeze A and end B"
is two), labelled with the trimmed content, and addressed to the actor the
sentence names or, where it names none, to the document's other side. A person
who speaks for a state or an organisation puts the proposal forward with it
(ONTOLOGY.md, Conventions).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .affiliations import speaks_for
from .content import (
    EXCHANGE_MARKERS,
    condition_at_colon,
    content_items,
    figurative,
    label_words,
    names_proposal,
    pro_verb,
    trimmed,
)
from .context import Context, unique
from .parse import Parsed
from .readings import Memory, Reading, readings, weighs_proposal
from .records import Affiliation, Proposal, as_kind
from .registry import component

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_proposals"]

_PREREQUISITE = "proposals.prerequisite"
_READINESS_NOUN = "proposals.owner-of-readiness"
_NOMINAL = "proposals.nominal"
_NONE_UNTIL = "proposals.none-until"
_NON_ACTOR_CONCERNS = ("State", "Organisation", "Place", "Treaty", "WeaponSystem")


def _label_tokens(reading: Reading, item: set[Token], listed: bool = False) -> set[Token]:
    tokens = set(item)
    noun = _framing_noun(reading) if listed else None
    if noun is not None:  # "demands to free A and return B": "free A", "return B"
        tokens -= {c for c in reading.content.children if c.dep_ == "aux" and c.lower_ == "to"}
    for extra in reading.extra:
        if extra == noun:
            continue
        tokens |= set(extra.subtree) - set(reading.content.subtree)
    for dropped in reading.drop:
        whole = dropped.dep_ not in ("aux", "auxpass") and dropped not in reading.content.ancestors
        tokens -= set(dropped.subtree) if whole else {dropped}
    return tokens


def _framing_noun(reading: Reading) -> Token | None:
    """The noun whose infinitive is the content ("demands to free A"), when it is among the
    words added to the label."""
    content = reading.content
    if content.dep_ != "acl" or content.tag_ != "VB" or content.head not in reading.extra:
        return None
    return content.head


def _list_items(p: Parsed, colon: Token) -> list[list[Token]]:
    """The items of the list after a colon, split at commas, semicolons and a last "and", up
    to a closing quotation mark or the end of the sentence."""
    items: list[list[Token]] = [[]]
    tokens = list(p.doc[colon.i + 1 :])
    for k, t in enumerate(tokens):
        if t.text in ("”", "»") or (t.text == '"' and items[0]):
            break
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        gerund = (
            nxt is not None
            and nxt.tag_ == "VBG"
            and not (after is not None and after.pos_ == "NOUN")
        )
        starts = nxt is not None and (nxt.tag_ in ("DT", "PRP$") or gerund)
        if t.text in (",", ";") or (
            t.dep_ == "cc" and t.lower_ in ("and", "or") and items[-1] and starts
        ):
            if items[-1]:
                items.append([])
            continue
        if not t.is_punct:
            items[-1].append(t)
    items = [item for item in items if item]
    if items and any(t.dep_ in ("nsubj", "nsubjpass") for t in items[0]):
        return []  # a clause after the colon ("... are the same: it asks ..."), not a list
    return items


#: Nouns of terms whose list is offered ("its concessions: ..."); the others' is demanded.
_OFFERED_TERMS = frozenset({"offers", "proposals", "concessions"})


def _list_owner(ctx: Context, p: Parsed, noun: Token) -> tuple[str, ...]:
    """Whose a noun of terms before a colon is: its owner ("Russia's demands"), or who sets
    it out ("Peru outlined three conditions", a ``light-verb``)."""
    owner = ctx.owner(p, noun)
    if owner or noun.dep_ != "dobj" or not ctx.cues.entries("light-verb", noun.head.lower_):
        return owner
    return ctx.agent(p, noun.head)


def _clause_items(
    ctx: Context, p: Parsed, colon: Token
) -> tuple[list[list[Token]], tuple[str, ...]]:
    """The coordinated acts of a clause after a colon ("...: the rebels must free A, reopen B
    and end C") and the actors its subject names, of whom they are asked."""
    root = next(
        (
            t
            for t in p.doc[colon.i + 1 :]
            if t.pos_ in ("VERB", "AUX") and (t.head == t or t.head.i < colon.i)
        ),
        None,
    )
    if root is None:
        return [], ()
    subj = ctx.subject(root)
    asked = ctx.actors(p, subj) if subj is not None else ()
    items = [
        sorted((t for t in item if t.i > colon.i), key=lambda t: t.i)
        for item in content_items(ctx, root)
    ]
    return [item for item in items if item], asked


def _inside(inner: Reading, outer: Reading, outer_tokens: set[Token]) -> bool:
    """Whether ``inner`` restates part of what ``outer`` puts forward ("offered a plan for X"
    read as a plan too), or is what ``outer`` asks its addressees to do ("urged X to agree
    to a truce": X's agreeing is the demand's content, not X's offer); a verb of its own
    coordinated inside ("suggested X and invited Y", "will do X and remains ready to do Y") is a
    reading of its own."""
    if outer.rule == _NOMINAL and _relative_within(inner.cue, outer.content):
        return False  # "the draft submitted by X, which called for A": A is read on its own
    if inner.rule == _NOMINAL and _relative_within(outer.cue, inner.content):
        return set(inner.agents) == set(outer.agents)  # and the bare draft is no item
    if inner.rule == _NOMINAL and inner.content == outer.cue:
        return True  # "drafts demanding that X do A and B": the verb reads A and B one by one
    if outer.rule == _NOMINAL and outer.content == inner.cue:
        return False
    if outer.content in inner.extra and set(inner.agents) == set(outer.agents):
        return True  # "an offer made by X to do A": the offer's and the participle's readings
    if inner.content not in outer_tokens or inner.rule == _PREREQUISITE:
        return False  # "demanded A as a condition for B": B is offered, not part of A
    if inner.rule == _NOMINAL and inner.cue in outer_tokens and _made_by(inner.cue):
        return True  # "ready to discuss commitments by both sides to A": what is discussed
    if inner.agents and set(inner.agents) <= set(outer.addressees):
        return True  # (an offer too: "proposed that the Council ask X to A": the proposal's)
    if outer.kind == "demand" and inner.rule == _READINESS_NOUN and inner.cue in outer_tokens:
        return True  # "a demand that talks rest on the willingness of both sides to A": asked
    if not set(inner.agents) & set(outer.agents):
        return False
    # "remains ready to", "reaffirming its openness to": the verb the cue word belongs to
    verb = inner.cue
    if inner.cue.dep_ == "acomp" or (inner.cue.dep_ == "dobj" and inner.cue.head.tag_ == "VBG"):
        verb = inner.cue.head
    return not (
        verb.pos_ in ("VERB", "AUX")
        and verb in outer_tokens
        and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
    )


def _relative_within(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose pronoun is its subject, hung inside the
    phrase of ``noun`` ("the draft submitted by X, which called for A")."""
    return (
        verb.dep_ == "relcl"
        and verb.head in noun.subtree
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)
    )


#: The rule of a plan's terms ("a plan under which X would A"): what it holds is hypothetical.
_RULE_PLAN_CLAUSE = "proposals.plan-clause"
_RULE_CO_SPONSORS = "proposals.co-sponsors"
#: Words of putting a text forward jointly with its author ("co-sponsors", "co-sponsored").
_CO_SPONSOR_WORDS = frozenset(
    "cosponsor cosponsors cosponsored cosponsoring coauthor coauthors coauthored".split()
)


def _given_in_exchange(ctx: Context, p: Parsed) -> set[int]:
    """The positions of proposal nouns in what is given in exchange ("will lower the tariff in
    return for a Japanese pledge to invest A": the pledge is Japan's offer too)."""
    sentence = ctx.sentences[p.index]
    words = " ".join(ctx.text[sentence.start : sentence.end].lower().split())
    if not any(marker in words for marker in EXCHANGE_MARKERS):
        return set()  # (most sentences: no marker of an exchange to look for)
    return {
        i
        for m in ctx.marked(p)
        if m.cue.lemma in EXCHANGE_MARKERS
        for i in m.clause
        if any(not e.needs_draft for e in ctx.cues.entries("proposal-noun", p.doc[i].lower_))
    }


def _made_by(noun: Token) -> bool:
    """Whether a noun says whose it is with a "by" phrase ("commitments by both sides")."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _aimed(noun: Token) -> bool:
    """Whether a vague object says what it is for ("support to reconstruction", "help for the
    refugees") or where it is taken ("take the case to the ICJ", "before the court"): then it
    states a proposal."""
    after = [*noun.children, *(c for c in noun.head.children if c.i > noun.i)]
    if noun.lower_ == "case":  # (not "set out its case": an argument)
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "before")
            and any(g.dep_ == "pobj" for g in c.children)
            for c in after
        )
    if noun.lower_ not in ("support", "help", "assistance"):
        return False  # "offer hope to a population": still a figure of speech
    if any(  # "lend Chad their support": a first object says whom it is for
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < noun.i) for c in noun.head.children
    ):
        return True
    return any(  # the parser may hang the phrase on the verb ("provide support to X")
        c.dep_ in ("prep", "dative")
        and c.lower_ in ("to", "for")
        and any(g.dep_ == "pobj" for g in c.children)
        for c in after
    )


#: What may end a document that is not cut off mid-sentence.
_ENDINGS = frozenset('.!?"”’»)]…')


def _cut_off(ctx: Context, p: Parsed, item: set[Token], tokens: set[Token]) -> bool:
    """Whether a content runs into the end of a document cut off mid-sentence (a stored
    excerpt: "... Moldova wants to install a") and, without the cut word, says too little to
    be a proposal: fewer than two words ("install", "the so-cal")."""
    end = ctx.text.rstrip()
    if not end or end[-1] in _ENDINGS or not item or p.index == 0:
        return False  # a document of one line ("Iran offers talks") is whole
    cut_word = end.rfind(" ") + 1  # where the last, cut, word begins
    last = max(item, key=lambda t: t.i)
    if any(p.offset(t) < cut_word for t in p.doc[last.i + 1 :] if not t.is_space):
        return False  # words of the sentence follow the content: it is whole
    if p.span(p.doc[-1])[1] < len(end):
        return False  # not the document's last sentence
    return len(ctx.words(p, {t for t in tokens if p.offset(t) < cut_word}).split()) < 2


def _has_letters(tok: Token) -> bool:
    """Whether a token holds letters: a word, hyphenated or not ("re-entry", which spaCy's
    ``is_alpha`` refuses), not a number or a sign."""
    return any(ch.isalpha() for ch in tok.text)


def _time_to_weigh(ctx: Context, content: Token) -> bool:
    """Whether a content is time to weigh a proposal ("more time to review the plan")."""
    verb = content
    if content.lower_ == "time":
        verb = next((c for c in content.children if c.dep_ in ("acl", "relcl")), content)
    nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else []
    if verb.dep_ == "xcomp":  # "asked for more time to review it", the infinitive on the verb
        preps = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for"]
        nouns = [n for c in preps for n in c.children if n.dep_ == "pobj" and n.i < verb.i]
    return any(n.lower_ == "time" for n in nouns) and weighs_proposal(ctx, verb)


def _no_act(ctx: Context, content: Token) -> bool:
    """Whether a content puts nothing forward: "asked for more time to review the plan"
    responds, "do so" names no act, "take your questions" is a briefing's business, "remain
    seized of the matter" a council's closing formula, "wants to become a hub" an ambition."""
    return (
        _time_to_weigh(ctx, content)
        or _pro_verb(content)
        or _taking_questions(content)
        or _realising(content)
        or _staying_seized(content)
        or _aspiring(ctx, content)
    )


def _aspiring(ctx: Context, content: Token) -> bool:
    """Whether a content is what the subject wishes to become ("Chile, which hopes to become a
    hub for green hydrogen"): an ambition for itself, asked of no one."""
    return (
        content.lower_ == "become"
        and content.dep_ == "xcomp"
        and ctx.cues.is_form(content.head.lower_, ctx.cue_words("wishing_verbs"))
    )


def _staying_seized(content: Token) -> bool:
    """Whether a content is a council's closing formula, "to remain (actively) seized of the
    matter": it keeps the question on its agenda, offering nothing."""
    return content.lower_ in ("remain", "stay") and any(
        c.lower_ == "seized" for c in content.children
    )


#: Verbs of knowing: "X must understand that A" says what X should see, asks no act.
_KNOWING = frozenset(
    "understand understands realise realises realize realizes know knows remember remembers".split()
)


def _realising(content: Token) -> bool:
    """Whether a content is coming to know a clause ("Putin must understand that time is not
    on his side"): a warning put as a necessity, no act asked."""
    return content.lower_ in _KNOWING and any(c.dep_ == "ccomp" for c in content.children)


def _taking_questions(content: Token) -> bool:
    """Whether a content is a briefing's own business, taking or answering the audience's
    questions ("I will take your questions", "happy to answer questions"): no proposal."""
    return content.lower_ in ("take", "answer", "field") and any(
        c.dep_ == "dobj" and c.lower_ in ("questions", "question") for c in content.children
    )


def _pro_verb(content: Token) -> bool:
    """Whether a content is the pro-verb "do so / do that / do it", which stands for an act
    named elsewhere ("Chile must do so by Friday"), not in its subject's own clause ("States
    which have not ratified it must do so": ratifying it)."""
    return pro_verb(content) and not any(
        c.dep_ == "nsubj" and any(r.dep_ == "relcl" for r in c.children) for c in content.children
    )


def _count_of_proposals(ctx: Context, tokens: Iterable[Token]) -> bool:
    """Whether a content only counts proposals ("three demands", "a number of proposals
    floated by Y"): nouns of proposing with a number and nothing that says what they are."""
    words = set(tokens)
    roots = [t for t in words if t.head not in words or t.head == t]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.lower_ == "number":  # "a number of proposals"
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if noun is None:
            return False
        root = noun
    elif not any(c.dep_ == "nummod" for c in root.children):
        return False
    return (
        root.tag_ == "NNS"
        and bool(ctx.cues.entries("proposal-noun", root.lower_))
        and not any(
            c.dep_ in ("acl", "relcl", "prep", "appos") and c.tag_ != "VBN"  # "floated by Y"
            for c in root.children
        )
    )


def _relative_object(item: set[Token]) -> bool:
    """Whether an item's object is the relative pronoun of a noun outside it ("the terms that
    it wants to see met", "a step that Chile needs to think about"): what is put forward is
    that noun, named nowhere in the item ("accept the plan that it rejected" keeps its own)."""
    for t in item:
        if t.tag_ not in ("WDT", "WP") or t.dep_ not in ("dobj", "pobj", "dative"):
            continue
        clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and clause not in item and clause.head not in item:
            return True  # the item sits in the relative clause ("all of which" is no such)
    return False


def _names_only_actors(ctx: Context, p: Parsed, tokens: Iterable[Token]) -> bool:
    """Whether a content names actors and nothing else ("the Defence Minister", "Chile, Peru
    and Bolivia"): who someone is, never what is put forward."""
    words = [t for t in tokens if t.is_alpha and t.dep_ not in ("det", "cc", "case")]
    return bool(words) and all(
        t.lower_ in ctx.title_words
        or (ctx.keys_at(p, t) and all(ctx.is_actor(k) for k in ctx.keys_at(p, t)))
        for t in words
    )


def _span(p: Parsed, tokens: Iterable[Token]) -> tuple[int, int]:
    ordered = sorted(tokens, key=lambda t: t.i)
    return p.offset(ordered[0]), p.span(ordered[-1])[1]


def _concerns(
    ctx: Context, p: Parsed, tokens: Iterable[Token], proposers: tuple[str, ...]
) -> tuple[str, ...]:
    keys = []
    for t in sorted(tokens, key=lambda t: t.i):
        for k in p.keys[t.i]:
            if k not in proposers and ctx.cls(k) in _NON_ACTOR_CONCERNS:
                keys.append(k)
    return unique(keys)


def _talks_with(
    ctx: Context, p: Parsed, tokens: Iterable[Token], proposers: tuple[str, ...]
) -> tuple[str, ...]:
    """Whom talks put forward are with ("any further talks with Israel"): the addressees of
    an offer of talks that names no one else."""
    meetings = ctx.cues.word_set("meeting_nouns")
    for tok in tokens:
        if tok.lower_ == "with" and tok.dep_ == "prep" and tok.head.lower_ in meetings:
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                keys = tuple(k for k in ctx.actors(p, obj) if k not in proposers)
                if keys:
                    return keys
    return ()


def _beside_another_act(verb: Token, item: set[Token]) -> bool:
    """Whether a verb is coordinated with another verb of the same item ("to seize the
    opportunity and conclude the talks": the concluding is a proposal of its own)."""
    return any(c.dep_ == "conj" and c in item for c in verb.children) or (
        verb.dep_ == "conj" and verb.head in item and verb.head.pos_ in ("VERB", "AUX")
    )


class _Finder:
    """Runs the readers over the document's parsed sentences and keeps what they find."""

    def __init__(self, ctx: Context, affiliations: tuple[Affiliation, ...]) -> None:
        self.ctx = ctx
        self.memory = Memory()
        self.speaks_for = speaks_for(ctx, affiliations)
        self.reciprocity = frozenset(ctx.lex.language.get("reciprocity_cues", ()))
        self.found: list[Proposal] = []
        self.things: list[Proposal] = []  # those whose content is a noun ("the roadmap")

    def run(self) -> tuple[Proposal, ...]:
        leads: dict[int, Reading] = {}
        listing: Proposal | None = None  # a list of terms running on after a semicolon
        for index, sentence in enumerate(self.ctx.sentences):
            p = self.ctx.parsed.get(index)
            if p is not None and listing is not None and _noun_phrase(p):
                self.listed(index, listing.proposers, listing.kind, listing.addressees)
            elif p is not None:
                self.sentence(p)
                self.spelled_out(p)
                self.co_sponsors(p)
                lead = _lead_in(self.ctx, p, self.memory)
                if lead is not None:
                    leads[index] = lead
                listing = None
            if sentence.lead is not None and sentence.lead in leads:
                lead = leads[sentence.lead]
                proposers = self.proposers(lead.agents)
                to = lead.addressees or self.ctx.counterpart(proposers)
                self.listed(index, proposers, lead.kind, to)
            listing = self.list_running_on(index, listing)
        return tuple(self.found)

    def list_running_on(self, index: int, listing: Proposal | None) -> Proposal | None:
        """The proposal whose list a sentence ending in a semicolon leaves open ("Peru's
        position consists of A and B; C; and D", the sentence cut at each long item): the last
        one it reads, or the list's, where the sentence was itself an item of it."""
        sentence = self.ctx.sentences[index]
        body = self.ctx.text[sentence.start : sentence.end].rstrip()
        if not body.endswith(";") or sentence.in_list:
            return None  # a bullet item's semicolon ends the item: its lead-in says whose
        here = [f for f in self.found if f.evidence == (sentence.start, sentence.end)]
        return max(here, key=lambda f: f.span) if here else listing

    def spelled_out(self, p: Parsed) -> None:
        """ "Russia's demands are clear: A, B and C": a list after a colon spells out an owned
        noun of demands, conditions or terms; each item is one of them."""
        ctx = self.ctx
        colon = next((t for t in p.doc if t.text == ":"), None)
        if colon is None:
            return
        lists = ctx.cues.word_set("list_nouns")
        noun = next(
            (t for t in p.doc if t.i < colon.i and t.lower_ in lists and _list_owner(ctx, p, t)),
            None,
        )
        if noun is None:
            return
        owner = self.proposers(_list_owner(ctx, p, noun))
        kind = "offer" if noun.lower_ in _OFFERED_TERMS else "demand"
        sentence = ctx.sentences[p.index]
        items, to = _list_items(p, colon), ctx.counterpart(owner)
        after = p.span(colon)[1]
        here = (sentence.start, sentence.end)
        if not items and not any(
            f.evidence == here and f.span is not None and f.span[0] >= after for f in self.found
        ):  # "set out three conditions: the rebels must A, B and C", read by no reader
            items, asked = _clause_items(ctx, p, colon)
            to = tuple(k for k in asked if k not in owner) or to
        self.read_once(here, [set(item) for item in items], p)
        for n, item in enumerate(items):
            tokens = trimmed(ctx, p, set(item))
            label = ctx.words(p, tokens, named=True)
            one_word = len(label.split()) < 2 and not any(t.pos_ == "NOUN" for t in tokens)
            if one_word or _names_only_actors(ctx, p, tokens):
                continue  # (a noun alone is an item: "an apology, compensation and B")
            self.found.append(
                Proposal(
                    key=f"{p.index}.{noun.i}.list{n}",
                    label=label,
                    span=_span(p, tokens),
                    kind=as_kind(kind),
                    proposers=owner,
                    addressees=to,
                    concerns=_concerns(ctx, p, tokens, owner),
                    evidence=(sentence.start, sentence.end),
                    rule="proposals.list-after-colon",
                    cue=p.span(noun),
                )
            )

    def read_once(self, here: tuple[int, int], items: list[set[Token]], p: Parsed) -> None:
        """Drops what another reader found of a list's items ("set out three demands: A and
        B" read as offers of the verb): the noun before the colon says what kind they are."""
        spans = [_span(p, item) for item in items if item]
        self.found = [
            f
            for f in self.found
            if f.evidence != here
            or f.span is None
            or not any(s[0] <= f.span[0] and f.span[1] <= s[1] for s in spans)
        ]

    def listed(
        self, index: int, proposers: tuple[str, ...], kind: str, to: tuple[str, ...]
    ) -> None:
        """A list item after a lead-in ("The plan envisages:") or a semicolon that leaves a list
        open: the item is what the lead puts forward, one proposal per coordinated item."""
        ctx = self.ctx
        p = ctx.parsed.get(index)
        if p is None:
            return
        sentence = ctx.sentences[index]
        roots = [t for t in p.doc if t.dep_ == "ROOT"]
        for root in roots:
            for n, item in enumerate(content_items(ctx, root)):
                tokens = trimmed(ctx, p, item)
                label = ctx.words(p, tokens, named=True)
                if len(label) < 3:
                    continue
                self.found.append(
                    Proposal(
                        key=f"{index}.{root.i}.{n}",
                        label=label,
                        span=_span(p, tokens),
                        kind=as_kind(kind),
                        proposers=proposers,
                        addressees=to,
                        concerns=_concerns(ctx, p, tokens, proposers),
                        evidence=(sentence.start, sentence.end),
                        rule="proposals.list-after-lead-in",
                        cue=(sentence.start, sentence.end),
                    )
                )

    def co_sponsors(self, p: Parsed) -> None:
        """ "Ghana and Peru are co-sponsors", "the paper, co-sponsored by Ghana and Peru": the
        sides named put forward, with its proposers, the proposal read last (in the sentence
        or the one before it), this sentence its evidence too."""
        ctx = self.ctx
        if not self.found:
            return  # nothing read yet to join
        for tok in p.doc:
            if tok.lower_.replace("-", "") not in _CO_SPONSOR_WORDS:
                continue
            if tok.pos_ == "VERB":  # "co-sponsored by X", "X co-sponsored it"
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                named = [c for c in (agent.children if agent else ()) if c.dep_ == "pobj"]
                named = named or [c for c in tok.children if c.dep_ == "nsubj"]
            else:  # "X and Y are co-sponsors"
                named = [c for c in tok.head.children if c.dep_ == "nsubj" and tok.dep_ == "attr"]
            sides = [k for t in named for k in ctx.actors(p, t) if ctx.is_actor(k)]
            if not sides:
                continue
            last = self.found[-1]
            sentence = ctx.sentences[p.index]
            if (last.evidence or last.span)[0] < ctx.sentences[max(0, p.index - 1)].start:
                continue  # the proposal it joins is put forward here or just before
            self.found[-1] = replace(
                last,
                proposers=unique([*last.proposers, *sides]),
                reports=(*last.reports, ((sentence.start, sentence.end), _RULE_CO_SPONSORS)),
            )

    def sentence(self, p: Parsed) -> None:
        kept: list[tuple[Reading, set[Token]]] = []
        found = readings(self.ctx, p, self.memory)
        # a pledge given in exchange is its owner's offer too; not a term of a plan
        planned = any(r.rule == _RULE_PLAN_CLAUSE for r in found)
        given = set() if planned else _given_in_exchange(self.ctx, p)
        for reading in found:
            whole = set(reading.content.subtree) - {  # less the clauses read on their own
                t for d in reading.drop if d.dep_ in ("conj", "advcl") for t in d.subtree
            }
            if reading.cue.i not in given and any(_inside(reading, r, other) for r, other in kept):
                continue
            kept = [(r, o) for r, o in kept if not _inside(r, reading, whole)]
            kept.append((reading, whole))
        for reading, _ in sorted(kept, key=lambda ro: ro[0].content.i):
            self.add(p, reading, [r for r, _ in kept if r is not reading])

    def proposers(self, agents: tuple[str, ...]) -> tuple[str, ...]:
        """The agents and whom they speak for; a person acting here for a body among the
        agents ("Speaking for the group, the Chilean minister X proposed"), not for their own state."""
        out = list(agents)
        for key in agents:
            sides = self.speaks_for.get(key, ())
            if self.ctx.cls(key) == "Person" and any(
                k in agents and self.ctx.cls(k) == "Organisation" for k in sides
            ):
                sides = tuple(k for k in sides if self.ctx.cls(k) != "State")
            out.extend(sides)
        return unique(k for k in out if self.ctx.is_actor(k))

    def add(self, p: Parsed, reading: Reading, others: Iterable[Reading] = ()) -> None:
        ctx = self.ctx
        proposers = self.proposers(reading.agents)
        if not proposers or _no_act(ctx, reading.content):
            return
        named = tuple(k for k in reading.addressees if k not in proposers)
        fallback = named or ctx.counterpart(proposers)
        sentence = ctx.sentences[p.index]
        ending = ctx.cues.word_set("ending_verbs")
        supposed = ctx.supposed(p)  # a condition's own words

        def own(subject: Token) -> bool:
            return bool(set(ctx.actors(p, subject)) & set(reading.agents))

        items = (
            [set(reading.content.subtree)]
            if reading.whole
            else content_items(ctx, reading.content, own)
        )
        for n, item in enumerate(items):
            if any(
                r.cue in item and r.cue.dep_ == "conj" and r.cue.head not in item for r in others
            ):
                continue  # "seeks to cut X and push China to Y": the pushing is read on its own
            # "no talks until Y does A": the demand is the condition's own clause, kept whole
            until = reading.rule == _NONE_UNTIL
            tokens = trimmed(ctx, p, _label_tokens(reading, item, len(items) > 1), said=until)
            if any(
                t.dep_ == "dobj"
                and figurative(ctx, t)
                and t.i not in supposed  # ("... once the court has reviewed their case")
                and t.head in item
                and t.head.lower_ not in ending
                and not _aimed(t)
                and not _beside_another_act(t.head, item)
                for t in item & tokens  # (not in an aside the label leaves out: "a fund, an
            ):  # idea that has won support")
                continue  # "seize the opportunity", "offer support" (not "end support")
            label = ctx.words(p, tokens, named=True)
            if self._no_item(p, item, tokens, label) or self._again(p, reading, tokens, proposers):
                continue  # ("X remains committed to the roadmap, and we will take it forward")
            lowered = f" {label.lower()} "
            self.found.append(
                Proposal(
                    key=f"{p.index}.{reading.content.i}.{n}",
                    label=label,
                    span=_span(p, tokens),
                    kind=as_kind(reading.kind),
                    proposers=proposers,
                    addressees=named or _talks_with(ctx, p, tokens, proposers) or fallback,
                    concerns=_concerns(ctx, p, tokens, proposers),
                    reciprocal=any(f" {w} " in lowered for w in self.reciprocity),
                    evidence=(sentence.start, sentence.end),
                    rule=reading.rule,
                    cue=p.span(reading.cue),
                )
            )
            if reading.content.pos_ in ("NOUN", "PROPN"):
                self.things.append(self.found[-1])
            self.memory.owners.append(("proposal", proposers))

    def _no_item(self, p: Parsed, item: set[Token], tokens: set[Token], label: str) -> bool:
        """Whether an item's words state no proposal: too short; a count of proposals or the
        terms one wants met (named, not stated: "three demands", "the terms that it wants
        met"); actors only ("... for a summit, but the Defence Minister Y said ..."); cut off
        by the end of an excerpt ("... wants to install a")."""
        ctx = self.ctx
        return (
            len(label) < 3
            or not any(_has_letters(t) for t in tokens)
            or _count_of_proposals(ctx, tokens)
            or _relative_object(item)
            or _names_only_actors(ctx, p, tokens)
            or _cut_off(ctx, p, item, tokens)
            or _time_only(ctx, tokens)
            or _bare_proposal_noun(ctx, tokens)
        )

    def _again(
        self, p: Parsed, reading: Reading, tokens: set[Token], proposers: tuple[str, ...]
    ) -> bool:
        """Whether an item puts forward again what the same side put forward before: by a
        pronoun ("we will take it forward"), or by a proposal noun that names it ("Y backed
        Peru's proposal for a working group": Peru's, put before)."""
        return self._restated(p, reading, proposers) or (
            reading.rule == _NOMINAL and self._named_again(tokens, proposers)
        )

    def _named_again(self, tokens: set[Token], proposers: tuple[str, ...]) -> bool:
        """Whether a proposal noun names again, by its words, a proposal the same side put
        forward before ("proposed a joint working group ... Peru's proposal for a working
        group"): that one, not a new one."""
        words = {
            t.lower_
            for t in tokens
            if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not names_proposal(self.ctx, t)
        }
        return bool(words) and any(
            set(x.proposers) & set(proposers) and words <= label_words(x.label) for x in self.found
        )

    def _restated(self, p: Parsed, reading: Reading, proposers: tuple[str, ...]) -> bool:
        """Whether a verb whose object is "it" or "them" takes forward a proposal of the same
        kind the same side put in the same sentence ("committed to the roadmap, and we will
        take it forward"): that proposal again, not one of its own."""
        verb = reading.content
        pronoun = any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)
        here = self.ctx.sentences[p.index]
        return pronoun and any(
            here.start <= x.span[0] < here.end
            and set(x.proposers) & set(proposers)
            and x.kind == as_kind(reading.kind)  # ("urged talks, ready to host them": a new offer)
            for x in self.things  # (a thing: "X would leave the market and Y guard it", two)
        )


def _bare_proposal_noun(ctx: Context, tokens: set[Token]) -> bool:
    """Whether an item is a noun of proposals and nothing of its own but a relative clause
    ("The proposal, which Chile put forward last week, would see ..."): the proposal is what
    the sentence goes on to say, read there."""
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    if len(heads) != 1:
        return False
    noun = heads[0]
    if not names_proposal(ctx, noun):
        return False
    own = [c for c in noun.children if c in tokens and c.dep_ not in ("det", "punct", "relcl")]
    return not own and any(
        c.dep_ == "relcl"
        and ctx.cues.entries("offer-verb", c.lower_)
        and any(o.dep_ == "dobj" and o.lower_ in ctx.relatives for o in c.children)
        for c in noun.children
    )  # (not "a plan under which X would ...": its clause says what it is)


def _time_only(ctx: Context, tokens: set[Token]) -> bool:
    """Whether an item names a time and nothing else ("a demand it has pressed for decades":
    how long, not what)."""
    words = ctx.cues.word_set("time_words")
    return all(t.lower_ in words or t.pos_ in ("DET", "ADJ", "PUNCT") for t in tokens)


def _noun_phrase(p: Parsed) -> bool:
    """Whether a sentence is a noun phrase, no clause ("the return of the boats;")."""
    return all(t.pos_ in ("NOUN", "PROPN") for t in p.doc if t.dep_ == "ROOT")


def _lead_in(ctx: Context, p: Parsed, memory: Memory) -> Reading | None:
    """A sentence ending in a colon whose verb of putting forward has no complement of its own
    ("The framework envisages:", "Russia's demands include:"): its list items are the content."""
    if not ctx.text[p.start : ctx.sentences[p.index].end].rstrip().endswith(":"):
        return None
    if condition_at_colon(ctx, p) is not None:
        return None  # "made A conditional on B taking three steps:": the items are conditions
    for tok in p.doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for name in ("plan-verb", "offer-verb", "demand-verb", "urging-verb"):
            entries = ctx.cues.entries(name, tok.lower_)
            complement = [
                c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and len(list(c.subtree)) > 2
            ]
            if not entries or complement:
                continue
            subj = ctx.subject(tok)
            agents = ctx.actors(p, subj) if subj is not None else ()
            if agents:
                kind = "offer" if name in ("plan-verb", "offer-verb") else "demand"
                target = next((c for c in tok.children if c.dep_ == "dobj"), None)
                to = ctx.actors(p, target) if target is not None else ()
                return Reading(tok, agents, tok, kind, "proposals.list-after-lead-in", to)
    return _owned_lead_in(ctx, p)


def _owned_lead_in(ctx: Context, p: Parsed) -> Reading | None:
    """A sentence ending in a colon whose subject is an owned noun of terms, whatever its verb
    ("Peru's new plan is short:", "Chile's position
    remains firm:"): the owner's terms follow, an offer where the noun names a plan or
    offers and the verb asks nothing ("calls for:"), else a demand."""
    root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
    subj = ctx.subject(root) if root is not None else None
    if root is None or subj is None or subj.pos_ != "NOUN" or ctx.negated(root):
        return None
    lists = ctx.cues.word_set("list_nouns")
    plan = bool(ctx.cues.entries("plan-noun", subj.lower_))
    if not plan and subj.lower_ not in lists | ctx.cues.word_set("position_nouns"):
        return None
    # "Peru's counter-offer": the parser may hang the owner on the compound's first part
    parts = [subj, *(c for c in subj.children if c.dep_ == "compound")]
    owner = next((o for t in parts if (o := ctx.owner(p, t))), ())
    owner = tuple(k for k in owner if ctx.is_actor(k))
    if not owner:
        return None
    offered = plan or subj.lower_ in _OFFERED_TERMS
    kind = "offer" if offered and not ctx.cues.entries("demand-verb", root.lower_) else "demand"
    return Reading(root, owner, root, kind, "proposals.list-after-lead-in")  # "calls for:"


@component("proposals", needs=("affiliations",))
def find_proposals(ctx: Context, results: Mapping[str, tuple[Any, ...]]) -> tuple[Proposal, ...]:
    """Every offer and demand the document puts forward."""
    return _Finder(ctx, results["affiliations"]).run()
