"""Affiliations: which organisation or state a person works for, speaks for or holds office in.

Read from the noun phrase around a person's name (the ``affiliations`` component):

- a title before the name that holds an organisation ("NATO Secretary-General
  Jens Stoltenberg", "Russian Deputy Foreign Minister X", "army spokesman X");
- a possessive ("Iran's foreign minister, X", "the IAEA's X");
- an apposition ("X, a researcher at Y", "X, Y's chief negotiator", "Y's envoy, X",
  "Y met. Its commander, X, ...", a byline "By X, Y political editor"), on the name right
  before it ("A and X, an adviser to Y,"), not a title that runs into the next name of a
  list ("X, Y Commissioner Z and ...": Z's); a title set off before the name ("the editor of
  the Lima daily Y, X,": Y, not the place that qualifies it);
- a prepositional phrase ("X of the Y Institute", "X from Y");
- a relative clause of leading or working ("X, who heads Y", "X, who teaches at Y");
- the title the subject acts as ("X opened the talks as chairman of Y").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..lexicon import norm_token
from .content import names_proposal
from .context import Context, spoken_for, unique
from .mentions import Mention
from .parse import CLOCK, Parsed, first_question, session_holder
from .records import Affiliation
from .registry import component
from .text import QUESTION_LABEL, asker_spans, dateline_length

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_affiliations", "speaks_for"]

_ORG_CLASSES = ("Organisation", "State")
_ROLE_SKIP = ("det", "punct", "poss", "case", "cc", "prep", "pobj", "appos", "relcl", "acl")
_LEAD_VERBS = frozenset(
    "head heads headed lead leads led chair chairs chaired run runs ran direct directs directed"
    " command commands commanded".split()
)
#: Verbs of speaking for a side as its envoy ("X, who represents Y at the UN").
_REPRESENT_VERBS = frozenset({"represent", "represents", "represented"})
#: Verbs of working somewhere ("X, who teaches law at Y", "X, who follows EU trade at Y",
#: "X, who coordinates for Y"):
#: the place after "at" or "for".
_MEMBER_VERBS = frozenset(
    "work works worked serve serves served teach teaches taught study studies studied"
    " research researches researched lecture lectures lectured follow follows followed"
    " cover covers covered track tracks tracked watch watches watched monitor monitors"
    " monitored analyse analyses analysed analyze analyzes analyzed coordinate coordinates"
    " coordinated negotiate negotiates negotiated".split()
)
#: Verbs of holding a post "as" a title ("X, who serves as chair of Y").
_SERVING_VERBS = frozenset("serve serves served serving act acts acted acting".split())
#: Participles of acting in a body's name ("X, speaking for the Y, said").
_SPEAKING_FOR = frozenset({"speaking", "negotiating"})
#: What names the body a leader's object belongs to ("who heads the ELN negotiating team").
_OWNER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
#: Prepositions after a role that name its subject, not its employer ("an expert on X").
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})
_SUBJECTS = ("nsubj", "nsubjpass")
#: Nouns of a post no title of the lexicon holds, and the endings of nouns of agents
#: ("leader", "negotiator", "activist", "spokeswoman", "politician").
_PERSON_NOUNS = frozenset(
    {"official", "officials", "chief", "aide", "figure", "head", "fellow", "fellows", "associate"}
)
_PERSON_ENDING = re.compile(r"(?:er|or|ist|man|woman|person|ian)s?$")
_RULE = "affiliations."
#: How an organisation's name can hang before a title ("US State Department spokeswoman X"):
#: the parse makes it a compound, a modifier, and now and then a number or a subject.
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod", "npadvmod", "nsubj"})


def _orgs(ctx: Context, p: Parsed, tokens: list[Token], person: str) -> list[tuple[str, Token]]:
    out = []
    for t in tokens:
        if _posted_to(ctx, p, t):
            continue
        for k in p.keys[t.i]:
            if k != person and ctx.cls(k) in _ORG_CLASSES:
                out.append((k, t))
    return out


def _posted_to(ctx: Context, p: Parsed, t: Token) -> bool:
    """Whether a name is where a post or a body is posted, read from the words ("the head of
    the EU delegation to Peru X", "Chile's envoy to the UN"), or what an envoy's post is for
    ("the UN Special Representative for Libya, X"): a place of posting, no employer."""
    i = t.i - 1
    if i >= 0 and p.doc[i].lower_ == "the":
        i -= 1
    if i < 1 or p.doc[i].lower_ not in ("to", "for"):
        return False
    posts = ctx.cues.word_set("posting_titles")
    if p.doc[i].lower_ == "to":
        posts |= ctx.cues.word_set("posting_bodies")
    return p.doc[i - 1].lower_ in posts


def _role(tokens: list[Token], skip: set[int], head: Token | None = None) -> str | None:
    """The words of a title or role ("senior analyst", "Secretary-General"), without the
    organisation's name, determiners and punctuation."""
    words = [
        t.text
        for t in sorted(tokens, key=lambda t: t.i)
        if t.i not in skip
        and (t == head or t.dep_ not in _ROLE_SKIP)
        and (t.is_alpha or "-" in t.text)
    ]
    role = " ".join(words).replace(" - ", "-").strip(" ,")
    return role or None


def _title_before(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "NATO Secretary-General X", "the IAEA's X", "Russian Foreign Minister X"."""
    above = set(tok.ancestors)  # the clause the name sits in is no clause inside its title
    left = [
        t
        for t in [*tok.subtree, *_split_title(tok), *_title_holding(ctx, tok)]
        if t.i < tok.i
        and not t.is_punct
        and all(
            a.dep_ not in ("appos", "relcl", "acl")
            for a in t.ancestors
            if a.i < tok.i and a not in above
        )
    ]
    found = [(k, t) for k, t in _orgs(ctx, p, left, person) if t.dep_ in _MODIFIER_DEPS]
    if any(
        t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and t.lower_ not in ctx.title_words for t in left
    ):
        return []  # "Chad freed X": a verb the parse hung on the name is no title
    skip = {t.i for _, t in found} | {t.i for t in left if p.keys[t.i]}
    role = _role(left, skip)
    posts = ctx.cues.word_set("posting_titles")
    if role and role.split()[-1].lower() in ctx.cues.word_set("stance_roles"):
        return []  # "Kremlin critic X"
    title = max(left, key=lambda t: t.i).lower_ if left else ""  # "Dutch MEP": a body's title
    if {title, *(role or "").lower().split()[-1:]} & ctx.cues.word_set("independent_roles"):
        found = [(k, t) for k, t in found if ctx.cls(k) != "State"]  # "US citizens X": no post
    if (
        role
        and role.split()[-1].lower() in posts
        and any(t.dep_ == "poss" and ctx.cls(k) == "State" for k, t in found)
    ):  # "Iran's UN ambassador": Iran's, posted to the UN
        found = [(k, t) for k, t in found if t.dep_ == "poss"]
    return [(k, role, _RULE + "title-before-name") for k, _ in found]


#: Words that may stand right before a state's or body's name that opens a title.
_TITLE_OPENERS = frozenset({"and", "between", "with", "by", "from", "to", "as", "former", "the"})


def _adjacent_title(ctx: Context, p: Parsed, tok: Token) -> list[tuple[str, str | None, str]]:
    """ "Serbian President X and Kosovo Prime Minister Y": a state's or body's name, one to
    four words of a title and the name written side by side, read from the words, whatever
    the parse made of a list of them."""
    k = tok.i - 1
    role: list[Token] = []
    while k >= 0 and len(role) < 4 and not p.keys[k] and _role_word(ctx, p.doc[k]):
        role.insert(0, p.doc[k])
        k -= 1
    if not role or not role[-1].text[:1].isupper() or k < 0:
        return []
    if p.doc[k].lower_ in ("'s", "’s") and k > 0:
        k -= 1
    keys = [key for key in p.keys[k] if ctx.cls(key) in _ORG_CLASSES]
    before = p.doc[k - 1] if k > 0 else None
    if before is not None and before.lower_ in ("'s", "’s"):
        return []  # "Chad's UN ambassador X": whose post it is, the parse's readers decide
    if len(keys) != 1 or (
        before is not None and before.is_alpha and before.lower_ not in _TITLE_OPENERS
    ):
        return []
    last = role[-1].lower_
    if last in ctx.cues.word_set("stance_roles") | ctx.cues.word_set("independent_roles"):
        return []
    return [(keys[0], " ".join(t.text for t in role), _RULE + "adjacent-title")]


def _beside(ctx: Context, reading: tuple[str, str | None, str], title_key: str) -> bool:
    """Whether a reading may stand beside the title written before the name: not that title
    read again from the parse, nor a second state (one holds office in one state)."""
    key, _, rule = reading
    if rule == _RULE + "title-before-name" or key == title_key:
        return False
    return not (ctx.cls(key) == "State" and ctx.cls(title_key) == "State")


def _title_next_to(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "with Y (ABC) head X", "Y Assembly Speaker X": an organisation's name, a title and the
    name written side by side, where the parse hung the name elsewhere (read from the words, not
    the tree)."""
    k = tok.i - 1
    role: list[Token] = []
    while k >= 0 and len(role) < 3 and not p.keys[k] and _role_word(ctx, p.doc[k]):
        role.insert(0, p.doc[k])
        k -= 1
    if not role:
        return []
    if k >= 2 and p.doc[k].text == ")" and p.doc[k - 2].text == "(":
        k -= 1  # "Y (ABC) head X": the acronym in brackets names the body
    last = role[-1].lower_
    if k < 0 or last in ctx.cues.word_set("stance_roles") | ctx.cues.word_set("independent_roles"):
        return []
    keys = [key for key in p.keys[k] if ctx.cls(key) == "Organisation"]  # a state's: optional
    text = " ".join(t.text for t in role)
    return [(key, text, _RULE + "title-next-to-name") for key in keys[:1]]


def _posted_title(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "the head of the EU delegation to Peru X", "Chile's ambassador to the UN X": a title
    with the place it is posted to and the name right after it, no comma between (the parse
    makes the name the object of "to"): the body or state named in the title, read from the
    words, not the place of posting."""
    first = tok.i
    while first > 0 and person in p.keys[first - 1]:
        first -= 1
    k = first - 1
    while k >= 0 and p.keys[k] and person not in p.keys[k]:
        k -= 1  # the place of posting
    if k == first - 1 or k < 0:
        return []
    k -= p.doc[k].lower_ == "the"
    posts = ctx.cues.word_set("posting_titles") | ctx.cues.word_set("posting_bodies")
    if k < 1 or p.doc[k].lower_ != "to" or p.doc[k - 1].lower_ not in posts:
        return []
    title: list[Token] = []
    for t in reversed(p.doc[max(0, k - 7) : k]):
        if t.is_punct and t.text != "-" or _is_verb(ctx, t) or _names_person(ctx, p, t):
            break
        title.insert(0, t)
    found = _heads_first(_orgs(ctx, p, title, person))
    role = next((t.text for t in title if _person_noun(ctx, t)), p.doc[k - 1].text)
    return [(key, role, _RULE + "posted-title") for key, _ in found[:1]]


def _title_of_body_before(ctx: Context, p: Parsed, tok: Token) -> list[tuple[str, str | None, str]]:
    """ "Russia's foreign ministry says ... . Spokeswoman Maria Zakharova called ...", "The X
    Company has responded. Chief executive Ana Rios said ...": a spokesperson's title or the
    title of a body's head (``body_head_titles``) opening the sentence right before the name,
    naming no body, is held in the one body the sentence before, in the same paragraph,
    names."""
    title = _bare_title(ctx, p, tok)
    titles = ctx.cue_words("speaking_for_nouns")
    if not any(k in ctx.lex.entries for k in p.keys[tok.i]):  # (else its known office)
        titles |= ctx.cue_words("body_head_titles")
    if title is None or title.lower() not in titles:
        return []
    if p.index == 0 or ctx.sentences[p.index - 1].block != ctx.sentences[p.index].block:
        return []
    before = ctx.sentences[p.index - 1]
    bodies = unique(
        m.key
        for m in ctx.res.actor_mentions(before.start, before.end)
        if ctx.cls(m.key) == "Organisation" and ctx.res.entities[m.key].fine != "media"
    )
    if len(bodies) != 1:
        return []
    return [(bodies[0], title, _RULE + "spokesperson-of-body-before")]


def _bare_title(ctx: Context, p: Parsed, tok: Token) -> str | None:
    """The words that open the sentence right before the name at ``tok`` ("Spokeswoman",
    "Chief executive"; after an opening "The" or a live blog's time), if they name no one."""
    words = [t for t in tok.doc[: tok.i] if not (t.pos_ == "DET" and t.i == 0)]
    if words and CLOCK.fullmatch(words[0].text):
        words = [t for t in words[1:] if t.text not in ("-", "–", "—")]
    if not words or any(p.keys[t.i] for t in words):
        return None  # "the committee spokesman X": the words before say whose
    return " ".join(t.text for t in words).replace(" - ", "-")


def _title_of_host_body(ctx: Context, p: Parsed, tok: Token) -> list[tuple[str, str | None, str]]:
    """ "09:20 - Secretary-General Ana Rios opens the session": the title of a secretariat's
    head (``secretariat_head_titles``) opening the sentence before a name the lexicon does not
    know, naming no body, is held in the international body the document names most, ahead of
    any other (the body whose meeting it reports)."""
    title = _bare_title(ctx, p, tok)
    if title is None or title.lower() not in ctx.cue_words("secretariat_head_titles"):
        return []
    if any(k in ctx.lex.entries for k in p.keys[tok.i]):
        return []  # a known office holder: the lexicon says whose
    counts = Counter(
        m.key
        for m in ctx.res.mentions
        if ctx.cls(m.key) == "Organisation" and ctx.res.entities[m.key].fine == "international_body"
    ).most_common(2)
    if not counts or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return []
    return [(counts[0][0], title, _RULE + "head-of-host-body")]


def _subject_body(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "Y hopes ..., according to Deputy Managing Director X", "It said the talks would be led
    by leader X", "Y will send A, executive director X announced": a bare title after "to" or
    "by", or after a comma as the subject reporting a clause, owning no name, in a sentence
    whose (reported clause's) subject is one organisation: the title is that body's; not a
    head of state's or a minister's title ("Y will be received by President X"), nor a post
    abroad."""
    k = tok.i - 1
    role: list[Token] = []
    while k >= 0 and not p.keys[k] and p.doc[k].tag_ in ("NN", "NNP", "JJ") and p.doc[k].is_alpha:
        role.insert(0, p.doc[k])
        k -= 1
    if not role or not _role_word(ctx, role[-1]) or k < 0:
        return []
    subject = tok.head if tok.dep_ == "appos" else tok  # ("director" the subject, X its appos)
    reporting = p.doc[k].text == "," and subject.dep_ == "nsubj"  # "A will B, director X said"
    if p.doc[k].lower_ not in ("to", "by") and not reporting:
        return []
    words = {t.lower_ for t in role}
    state_titles = ctx.cues.word_set("leader_titles") | ctx.cues.word_set("posting_titles")
    if words & (state_titles | {"minister", "secretary", "king", "prime"}):
        return []
    if words & ctx.state_words:
        return []  # "according to government spokesman X": the government's, not the subject's
    root = tok
    while root.head != root:
        root = root.head
    if reporting:  # the subject of the clause the title's holder reports
        root = next((c for c in subject.head.children if c.dep_ == "ccomp" and c.i < k), root)
    owners = ctx.agent(p, root)
    if len(owners) != 1 or ctx.cls(owners[0]) != "Organisation" or owners[0] == person:
        return []
    return [(owners[0], " ".join(t.text for t in role), _RULE + "subject-body")]


def _apposition_in_words(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "As X, the Y's minister of trade, visits ...", "On Friday, X, secretary-general of Y,
    said": an apposition read from the words where the parse made it none: a noun phrase set
    off by commas right after the name, with a title or role noun, a body's name and neither a
    verb nor another person (not a list of names, not a clause); each title of a coordinated
    one ("X, secretary-general of Y and a senior figure within Z,")."""
    phrase = _set_off_after(p, tok)
    if not phrase or any(_names_person(ctx, p, t) or _is_verb(ctx, t) for t in phrase):
        return []
    if any(t.lower_ in ctx.cues.word_set("stance_roles") for t in phrase):
        return []  # "a longtime critic of Y": no post in it
    return [
        r
        for part in _coordinated(ctx, p, phrase)
        for r in _title_in_words(ctx, p, tok, part, person)
    ]


def _coordinated(ctx: Context, p: Parsed, phrase: list[Token]) -> list[list[Token]]:
    """A phrase cut before each "and" that opens another title ("and a senior member of")."""
    parts: list[list[Token]] = [[]]
    for n, t in enumerate(phrase):
        after = [u for u in phrase[n + 1 : n + 4] if u.pos_ not in ("DET", "ADJ")]
        if t.lower_ == "and" and after and not p.keys[after[0].i] and _person_noun(ctx, after[0]):
            parts.append([])
            continue
        parts[-1].append(t)
    return parts


def _title_in_words(
    ctx: Context, p: Parsed, tok: Token, phrase: list[Token], person: str
) -> list[tuple[str, str | None, str]]:
    roles = [t for t in phrase if not p.keys[t.i] and _person_noun(ctx, t)]
    if not roles:
        return []
    independent = roles[-1].lower_ in ctx.cues.word_set("independent_roles")
    found: list[tuple[str, Token]] = []
    words = [t.lower_ for t in phrase]
    charge = next(
        (n for n in range(1, len(words)) if words[n - 1 : n + 1] == ["in", "charge"]), len(phrase)
    )
    posted = any(r.lower_ in ctx.cues.word_set("posting_titles") for r in roles)
    owned = next((r for r in roles if any(c.dep_ == "poss" for c in r.children)), None)
    for n, t in enumerate(phrase):
        prev = t.doc[t.i - 1].lower_
        if t.i > tok.i + 2 and (
            prev in _TOPIC_PREPS | {"to", "with", "against"}
            or (prev == "for" and (posted or owned) and _is_state(ctx, p, t))
        ):
            continue  # "an expert on Y", "envoy to Y", "talks with Y", "envoy for Y": no employer
        if n > charge:
            continue  # "the minister in charge of EU funds": a portfolio
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _PORTFOLIO_NOUNS:
            continue  # "the minister for Gulf affairs": a portfolio
        keys = [
            k for k in _org_keys(ctx, p, t, person) if not (independent and ctx.cls(k) == "State")
        ]
        found += [(k, t) for k in keys[:1]]
    found = _heads_first(found)  # "for Y's ministry": the ministry, not Y
    if not found and owned is not None:
        found = _pronoun_owner(ctx, p, owned)  # "X, its manager for Malawi,": the body's
    role = _first_role(ctx, phrase, roles[0])
    return [(k, role, _RULE + "apposition-in-words") for k, _ in found[:1]]


def _first_role(ctx: Context, phrase: list[Token], first: Token) -> str:
    """The words of the first title of a phrase, hyphenated parts joined ("secretary-general",
    "chief negotiator")."""
    words: list[Token] = []
    for t in phrase[phrase.index(first) :]:
        hyphened = t.text == "-" or (words and words[-1].text == "-")
        if not (hyphened or _person_noun(ctx, t)):
            break
        words.append(t)
    return " ".join(t.text for t in words).replace(" - ", "-")


def _set_off_after(p: Parsed, tok: Token, longest: int = 14) -> list[Token]:
    """The words between the comma right after a name and the next mark (a comma, a stop, a
    bracket), none if there is no such comma or no mark within ``longest`` words."""
    doc = p.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    out: list[Token] = []
    for t in doc[tok.i + 2 : tok.i + 2 + longest]:
        if t.is_punct and t.text not in ("-", "'s", "’s") and not p.keys[t.i]:
            return out
        out.append(t)
    return []


def _person_noun(ctx: Context, t: Token) -> bool:
    """A noun that names a person by a post or a trade ("secretary-general", "spokesman",
    "official", "researcher"), not a thing ("mission", "talks")."""
    if t.tag_ not in ("NN", "NNS", "NNP") or not t.is_alpha:
        return False
    word = t.lower_
    known = ctx.title_heads | {w.lower() for w in ctx.lex.language["member_roles"]}
    trades = ctx.cues.word_set("independent_roles") | ctx.cues.word_set("posting_titles")
    return word in known | trades | _PERSON_NOUNS or _PERSON_ENDING.search(word) is not None


def _names_person(ctx: Context, p: Parsed, t: Token) -> bool:
    return any(ctx.cls(k) == "Person" for k in p.keys[t.i])


def _is_verb(ctx: Context, t: Token) -> bool:
    """A verb, not a participle titles take ("acting", "designated")."""
    return t.tag_.startswith("VB") and t.lower_ not in ctx.title_words


def _lexicon_title(ctx: Context, p: Parsed, tok: Token) -> list[tuple[str, str | None, str]]:
    """ "EU High Representative for Foreign Affairs and Security Policy X", "NATO Secretary-General
    X": a title of the lexicon written between an organisation's name and the person's, read
    from the words where the parse split the title from the name (a title of many words, a
    hyphen read as a word)."""
    start = p.offset(tok)
    found = ctx.title_before.search(ctx.text[max(0, start - 120) : start])
    if found is None:
        return []
    owner = ctx.owner_ending(start - len(found.group(0)))
    if owner is None or ctx.cls(owner.key) != "Organisation":
        return []
    return [(owner.key, found.group(1), _RULE + "lexicon-title-before-name")]


def _role_word(ctx: Context, t: Token) -> bool:
    """A word of a title before a name: a lower-case noun ("head", "spokesman") or a word of the
    lexicon's titles ("Speaker")."""
    if t.tag_ not in ("NN", "NNP", "NNS") or not t.is_alpha:
        return False
    return t.lower_ in ctx.title_words if t.text[0].isupper() else t.tag_ != "NNP"


def _title_holding(ctx: Context, tok: Token) -> list[Token]:
    """The title the parse hung the name on ("Chile's Minister of Foreign Affairs X": X the
    object of "of"), with the words before the name."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "for"):
        return []
    title = prep.head
    if title.pos_ != "PROPN" or title.lower_ not in ctx.title_words:
        return []
    return [t for t in title.subtree if t.i < tok.i and t not in set(tok.subtree)]


def _split_title(tok: Token) -> list[Token]:
    """A title the parse made a second subject right before the name ("Iranian Foreign
    Ministry spokesperson X said": two subjects of "said")."""
    if tok.i == 0 or tok.dep_ not in _SUBJECTS:
        return []
    before = tok.doc[tok.i - 1]
    if before.head == tok.head and before.dep_ == tok.dep_ and before.pos_ == "NOUN":
        return list(before.subtree)
    return []


def _apposition(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "X, a researcher at Y", "X, Y's chief negotiator", "Y's envoy, X"."""
    out: list[tuple[str, str | None, str]] = []
    own = set(tok.subtree)
    pairs = [
        (c, set(c.subtree))
        for c in (*tok.children, *_last_conjunct_appos(tok))
        if c.dep_ == "appos" and min(t.i for t in c.subtree) <= tok.i + 2
    ]
    pairs += _predicated_title(ctx, tok)  # "X is an analyst at Y"
    pairs = [pair for a, tokens in pairs for pair in _conjoined_titles(ctx, a, tokens)]
    pairs += [(c, set(c.subtree)) for c in _second_subject(tok)]
    pairs = [(a, tokens) for a, tokens in pairs if not _titles_another(ctx, p, a, tokens, person)]
    stances = ctx.cues.word_set("stance_roles")
    before = [
        *([(tok.head, set(tok.head.subtree) - own)] if _after_a_title(ctx, p, tok) else []),
        *_title_then_name(ctx, p, tok),
        *_named_title(tok),
        *_subject_before(tok),
    ]  # "Y's envoy, X"; not "with the President of Y B and the Prime Minister of Z, X"
    pairs += [
        (a, tokens - _later_listed(a, tok))
        for a, tokens in before
        if not _titles_another(ctx, p, a, {t for t in tokens if t.i < tok.i}, person)
    ]
    pairs.extend(_byline(tok))
    for a, tokens in pairs:
        if any(ctx.cls(k) == "Person" for k in p.keys[a.i]):
            continue
        if a.lower_ in stances and not any(c.lower_ == "for" for c in a.children):
            continue  # "a longtime critic of the Cuban government": no post ("critic for Y": one)
        if names_proposal(ctx, a):
            continue  # "the offer, made by X at a meeting of Y,": no one's post (the parse's apposition)
        tokens -= _not_employers(ctx, p, a, tokens)
        found = _nationality_last(
            ctx, _heads_first(_orgs(ctx, p, sorted(tokens, key=lambda t: t.i), person))
        )
        owned = _pronoun_owner(ctx, p, a)
        if owned and all(ctx.cls(k) == "State" and _scope_of_post(t) for k, t in found):
            found = owned  # "Its Jordanian director, X", "its manager for Malawi": the body's
        found = found or _group_owner(ctx, a, tokens)
        role_tokens = [
            t for t in tokens if t == a or (t.head == a and t.dep_ in ("compound", "amod"))
        ]
        role = _role(role_tokens, {t.i for _, t in found}, head=a)
        if a.lower_ in ctx.cues.word_set("independent_roles"):
            found = [(k, t) for k, t in found if not (ctx.cls(k) == "State" and t.dep_ == "amod")]
        out.extend((k, role, _RULE + "apposition") for k, _ in found[:1])
    return out


def _after_a_title(ctx: Context, p: Parsed, tok: Token) -> bool:
    """Whether a name is in apposition to a title before it ("Y's envoy, X", "the head of Y,
    X", the parse hanging X on Y), not to a state's name ("in Chad, Mali and Niger, X, the
    envoy, said": a list, then X) nor to a plural."""
    head = tok.head
    if tok.dep_ != "appos" or any(ctx.cls(k) == "State" for k in ctx.keys_at(p, head)):
        return False
    return head.tag_ not in ("NNS", "NNPS")  # ("rose, with increases in Y, X, the envoy,
    # said": one person's post is no plural)


def _scope_of_post(t: Token) -> bool:
    """Whether a state's name before or after a post says its holder's nationality or the
    country the post covers ("its Jordanian director", "its manager for Malawi"), not the
    employer."""
    return t.dep_ == "amod" or (t.dep_ == "pobj" and t.head.lower_ == "for")


def _later_listed(title: Token, tok: Token) -> set[Token]:
    """The words of the titles and names listed after a name set off after its title ("the
    Chilean envoy, A, and the Peruvian minister, B": for A, nothing of B's title)."""
    return {
        t for c in title.children if c.dep_ in ("conj", "appos") and c.i > tok.i for t in c.subtree
    }


def _predicated_title(ctx: Context, tok: Token) -> list[tuple[Token, set[Token]]]:
    """The title "is" says a person holds ("X is an analyst at Y", the closing
    line of an article's author): read as an apposition is."""
    copula = tok.head
    if tok.dep_ != "nsubj" or copula.lower_ not in ctx.cues.word_set("copulas_be"):
        return []
    after = {  # "is head of research at Y": the parse hung "at Y" on the copula
        t
        for x in copula.children
        if x.dep_ == "prep" and x.lower_ in ("at", "for", "with")
        for t in x.subtree
    }
    return [
        (c, set(c.subtree) | {t for t in after if t.i > c.i})
        for c in copula.children
        if c.dep_ == "attr" and _person_noun(ctx, c)
    ]


def _nationality_last(ctx: Context, found: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The names found, a body the person works "at" first ("Iran project director at the Y
    Group": Y, the state the topic of the post), a state's adjective before the title last
    ("an Australian adviser to the Y negotiators": Y's adviser, of Australian nationality)."""
    return sorted(
        found,
        key=lambda kt: (
            not (kt[1].dep_ == "pobj" and kt[1].head.lower_ == "at"),
            kt[1].dep_ == "amod" and ctx.cls(kt[0]) == "State",
        ),
    )


def _conjoined_titles(ctx: Context, a: Token, tokens: set[Token]) -> list[tuple[Token, set[Token]]]:
    """The titles of a coordinated apposition, each with its own words ("X, secretary-general
    of Y and a senior member of Z": Y's secretary-general, Z's member)."""
    conjs = [c for c in a.conjuncts if c.i > a.i and c in tokens and _person_noun(ctx, c)]
    first = set(tokens)
    for c in conjs:
        first -= set(c.subtree)
    return [(a, first)] + [(c, set(c.subtree)) for c in conjs]


def _heads_first(found: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The names found, those that modify another name found last: the body a place's name
    qualifies is the employer ("the editor of the Lima daily El Faro": El Faro, not Peru;
    "the founder of Chilean watchdog group Agua Viva": Agua Viva, through the words between)."""
    heads = {t for _, t in found}
    return sorted(found, key=lambda kt: _qualifies(kt[1], heads))


def _qualifies(tok: Token, heads: set[Token]) -> bool:
    """Whether ``tok`` modifies one of ``heads``, directly or through the modifiers of its noun
    phrase ("Chilean" in "Chilean watchdog group Agua Viva")."""
    t = tok
    for _ in range(4):
        if t.dep_ not in _MODIFIER_DEPS or t.head == t:
            return False
        if t.head in heads:
            return True
        t = t.head
    return False


def _title_then_name(ctx: Context, p: Parsed, tok: Token) -> list[tuple[Token, set[Token]]]:
    """A title set off before the name by a comma, where the parse hung the name on the last
    word of the title's phrase ("the Andean Board's Commissioner for Fisheries and Ports,
    Ana Rios"): the title and its phrase, up to the title word; not a name in apposition to
    a body's own name ("the presidents of Chile, A, and Peru, B": the apposition's)."""
    if tok.dep_ not in ("appos", "npadvmod") or tok.i == 0 or tok.nbor(-1).text != ",":
        return []
    if p.keys[tok.head.i]:
        return []
    t, title = tok.head, None
    for _ in range(8):  # the highest title word of the phrase ("Commissioner", not "Ports")
        if t.lower_ in ctx.title_words and t.pos_ in ("NOUN", "PROPN"):
            title = t
        if t.dep_ not in ("conj", "pobj", "prep", "compound") or t.head == t:
            break
        if t.dep_ == "conj" and title is not None:
            break  # "the A leader, X, and the B minister, Y": Y's title is the minister's
        if t.dep_ == "prep" and t.lower_ not in ("of", "for"):
            break
        t = t.head
    return [(title, set(title.subtree) - set(tok.subtree))] if title is not None else []


def _group_owner(ctx: Context, a: Token, tokens: set[Token]) -> list[tuple[str, Token]]:
    """The armed group a title's group noun names ("the deputy rebel leader, X", "Tamil rebel
    political wing leader, X"): the one organisation of the document whose name holds a word
    of the title ("Tamil"), else the one the document calls by that noun ("the rebels")."""
    groups = ctx.cues.word_set("group_nouns")
    before = [t for t in tokens if t.i < a.i]
    mods = [t for t in before if t.lower_ in groups or f"{t.lower_}s" in groups]
    if not mods:
        return []
    noun = mods[0].lower_  # "rebel leader": the group the document calls "the rebels"
    words = {t.text for t in before if t.text[:1].isupper() and t.pos_ != "DET"}
    named = [
        k
        for k, e in ctx.res.entities.items()
        if e.cls == "Organisation" and words & set(e.label.replace("'s", "").split())
    ]
    called = unique(
        m.key
        for m in ctx.res.mentions
        if m.form == "anaphor"
        and ctx.cls(m.key) == "Organisation"
        and ctx.text[m.start : m.end].lower().split()[-1] in (noun, f"{noun}s")
    )
    found = named if len(named) == 1 else list(called)
    return [(found[0], mods[0])] if len(found) == 1 else []


def _named_title(tok: Token) -> list[tuple[Token, set[Token]]]:
    """The title a name is given to by "named" or "called" ("Y's leader, a former officer named
    X", "a Y commander called X"): the title before the apposition that holds the name, or the
    noun "named" hangs on, with its words (not the name's clause)."""
    verb = tok.head
    if verb.dep_ != "acl" or verb.lower_ not in ("named", "called") or tok.dep_ == "nsubj":
        return []
    noun = verb.head
    title = noun.head if noun.dep_ == "appos" else noun
    return [(title, set(title.subtree) - set(verb.subtree))]


def _last_conjunct_appos(tok: Token) -> list[Token]:
    """An apposition right after the last name of a list, which the parse hung on the list's
    first item ("talks with Chile and Ana Rios, an adviser to the Andean Board,": the adviser
    is Ana Rios)."""
    if tok.dep_ != "conj" or tok.i + 2 >= len(tok.doc) or tok.nbor().text != ",":
        return []
    return [c for c in tok.head.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 2]


def _subject_before(tok: Token) -> list[tuple[Token, set[Token]]]:
    """A title set off before the name by a comma that the parse made another subject of the
    name's verb ("Y rebel leader, X, was quoted": two subjects of "quoted")."""
    if tok.dep_ not in _SUBJECTS or tok.i < 2 or tok.nbor(-1).text != ",":
        return []
    for c in tok.head.children:
        if c.dep_ == tok.dep_ and c.i < tok.i and c.pos_ == "NOUN":
            words = set(c.subtree)
            if max(t.i for t in words) == tok.i - 1:
                return [(c, words)]
    return []


def _second_subject(tok: Token) -> list[Token]:
    """A title set off after the name by a comma that the parse made a second subject of the
    name's verb ("A, spokesman for the Y party, said": two subjects of "said")."""
    if tok.dep_ not in _SUBJECTS or tok.i + 2 >= len(tok.doc) or tok.nbor().text != ",":
        return []
    after = tok.doc[tok.i + 2]
    while after.head.left_edge == after.left_edge and after.head != tok.head:
        after = after.head  # "A, foreign affairs critic for Y, said": the phrase's head
    if after.head == tok.head and after.dep_ == tok.dep_ and after.pos_ == "NOUN":
        return [after]
    return []


def _titles_another(ctx: Context, p: Parsed, a: Token, tokens: set[Token], person: str) -> bool:
    """Whether an appositive's title runs into another person's name with no comma between: a
    list of titled names ("A, Chile's envoy B and ..."), where the title is B's."""
    for t in sorted(tokens, key=lambda t: t.i):
        if t.dep_ == "poss":
            continue  # "spokesman for President B's party": B owns the body, holds no title
        if t.i > a.i and any(k != person and ctx.cls(k) == "Person" for k in p.keys[t.i]):
            return not any(x.text in (",", ";", "(") for x in a.doc[a.i : t.i])
    return False


def _byline(tok: Token) -> list[tuple[Token, set[Token]]]:
    """ "By X, Y political editor": the parse hangs the line's "By X" on the role after it."""
    by = tok.head
    if tok.dep_ != "pobj" or by.lower_ != "by" or by.i != 0:
        return []
    if by.head == by:  # "By X, senior researcher at Y": the parse made both objects of "By"
        role = next((c for c in by.children if c.dep_ == "pobj" and c.i > tok.i), None)
        if role is None or role.pos_ != "NOUN" or _comma_after(tok) != role.left_edge.i - 1:
            return []
        return [(role, set(role.subtree))]
    role = by.head
    if by.head.i <= tok.i or role.pos_ not in ("NOUN", "PROPN") or role.dep_ != "ROOT":
        return []
    return [(role, set(role.subtree) - set(by.subtree) - {by})]


def _comma_after(tok: Token) -> int:
    """Where the comma right after ``tok`` stands (-1: none)."""
    nxt = tok.i + 1
    return nxt if nxt < len(tok.doc) and tok.doc[nxt].text == "," else -1


#: Nouns of a portfolio a name qualifies ("minister for Gulf affairs", "trade policy").
_PORTFOLIO_NOUNS = frozenset({"relations", "affairs", "policy", "issues", "matters"})


def _not_employers(ctx: Context, p: Parsed, a: Token, tokens: set[Token]) -> set[Token]:
    """The words of an appositive that name no employer: a relative clause ("a former marine
    who was held in Russia") or a participle's ("talking to Y", not "working for Y"), a topic
    ("an expert on China"), a posting ("ambassador to Washington", "special envoy for Yemen"),
    a state whose town it names ("the archbishop of Y's capital Z")."""
    posts = ctx.cues.word_set("posting_titles")
    out: set[Token] = set()
    kept = _LEAD_VERBS | _MEMBER_VERBS | _REPRESENT_VERBS
    for c in (c for c in a.children if c.dep_ == "relcl" and c.lower_ not in kept):
        out.update(c.subtree)
    for c in (c for c in a.children if c.dep_ == "acl" and c.tag_ == "VBG"):
        if not {c.lower_[:-3], c.lower_[:-3] + "e"} & kept:  # "working for Y" is kept
            out.update(c.subtree)  # "the prime minister X, talking to the Y council"
    for c in (c for c in a.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS):
        out.update(c.subtree)
    for c in (c for c in a.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(o.lower_ == "charge" for o in c.children):
            out.update(c.subtree)  # "the minister in charge of EU funds": a portfolio
    towns = ctx.cues.word_set("settlement_nouns")
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ == "to" and t.head.lower_ in posts:
            out.update(t.subtree)
        if t.dep_ == "prep" and t.lower_ == "for" and posts & {t.head.lower_, a.lower_}:
            out.update(o for o in t.subtree if _is_state(ctx, p, o))  # "envoy for Yemen"
        if t.dep_ in ("compound", "amod") and t.head.lower_ in _PORTFOLIO_NOUNS:
            out.add(t)  # "the minister for Gulf affairs": a portfolio, no employer
        town = [t.head, *(c for c in t.head.children if c.dep_ == "compound")]
        if t.dep_ == "poss" and any(w.lower_ in towns for w in town):
            out.update(t.subtree)  # "the mayor of Y's capital (Z)": a place, no employer
    return out


def _is_state(ctx: Context, p: Parsed, tok: Token) -> bool:
    return any(ctx.cls(k) == "State" for k in p.keys[tok.i])


def _pronoun_owner(ctx: Context, p: Parsed, a: Token) -> list[tuple[str, Token]]:
    """ "The ELN met. Its commander, X, ...", "the party rejected it, and its leader, X, ...":
    the organisation that the main subject before the owner pronoun names (in its sentence,
    else in the one before, also where it opens with a quotation that names no body); after
    "and", the body named as the first conjunct ("the Basin Commission and its chairman, X":
    the Commission's, none if no body is named there)."""
    owner = next((c for c in a.children if c.dep_ == "poss"), None)
    if owner is None or ctx.pronouns.get(owner.lower_) not in ("Group", "Plural"):
        return []
    if a.dep_ == "conj":  # "the Commission and its chairman": the body just named
        before = [t for t in a.head.subtree if t.i < owner.i]  # "the auspices of the Panel"
        keys = [k for t in reversed(before) for k in p.keys[t.i] if ctx.cls(k) == "Organisation"]
        return [(k, owner) for k in keys[:1]]
    spoken_for = [
        k for t in _spoken_for(owner) for k in p.keys[t.i] if ctx.cls(k) == "Organisation"
    ]
    if spoken_for:  # "Speaking for the Union, its secretary general, X, said": the Union's
        return [(spoken_for[0], owner)]
    prev = ctx.parsed.get(p.index - 1)
    for q, limit in ((p, owner.i), (prev, None)):
        if q is None:
            continue
        before = [
            t
            for t in q.doc
            if (limit is None or t.i < limit) and t.dep_ in _SUBJECTS and not t.is_ancestor(a)
        ]  # not the person the title is set off after ("X, its manager, said")
        subjects = [t for t in before if t.head.dep_ == "ROOT"] or [
            t for t in before if t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
        ]  # (the clause said before "..., its secretary, X, said" is the sentence's)
        if subjects:
            verb = subjects[-1].head
            found = ctx.actors(q, subjects[-1])
            if ctx.passive(verb) and not found:  # "Rakhine is held by the Arakan Army. Its ..."
                found = ctx.by_agent(q, verb)
            keys = [k for k in found if ctx.cls(k) == "Organisation"]
            if not keys and q is p and ctx.quote_at(q.offset(subjects[-1])) is not None:
                continue  # '"A visit changes nothing," its spokeswoman, X, said': before
            return [(k, owner) for k in keys[:1]]
    return []


def _spoken_for(owner: Token) -> list[Token]:
    """The body a phrase fronted before ``owner`` speaks for ("Speaking for X, its ...",
    "Speaking on behalf of X, its ...")."""
    verb = next((a for a in owner.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [o for t in owner.doc[: owner.i] if verb in t.ancestors for o in spoken_for(t)]


def _body_of_phrase(ctx: Context, p: Parsed, noun: Token, person: str) -> list[str]:
    """The body an "of" phrase's common noun describes: its name as a word of the phrase ("of
    the X coalition": X), or its name right after the noun's words ("of the Brussels think
    tank PIR Center": PIR Center, not the state the city's name stands for)."""
    keys = [
        k
        for m in noun.children
        if m.dep_ == "compound" and not ctx.seat_name(p, m)
        for k in _org_keys(ctx, p, m, person)
    ]
    if keys:
        return keys
    doc, k = noun.doc, noun.i + 1
    while k < len(doc) and k <= noun.i + 2 and doc[k].pos_ == "NOUN":
        k += 1
    return _org_keys(ctx, p, doc[k], person) if k < len(doc) else []


def _set_off_of_phrase(tok: Token) -> list[Token]:
    """The "of" phrase set off by commas right after a name that the parser hung on the verb
    ("Anna Berg, of the Fishers Union, told reporters")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    prep = doc[tok.i + 2]
    if prep.lower_ not in ("of", "from") or prep.head != tok.head or prep.dep_ != "prep":
        return []
    end = prep.right_edge.i + 1
    return [prep] if end < len(doc) and doc[end].text == "," else []


def _of_phrase_on_title(ctx: Context, tok: Token) -> list[Token]:
    """The "of" phrase right after a name that the parser hung on the title before it, the
    name taken for the title's modifier ("Envoy Rosa Diaz of the Andean Council said")."""
    title = tok.head
    if tok.dep_ not in ("nummod", "compound", "appos") or title.i != tok.i - 1:
        return []
    if title.lower_ not in ctx.title_words or tok.i + 1 >= len(tok.doc):
        return []
    prep = tok.doc[tok.i + 1]
    return [prep] if prep.head == title and prep.dep_ == "prep" else []


def _phrase_after(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "X of the Y Institute", "X, who heads Y", "Y, led by X"."""
    out: list[tuple[str, str | None, str]] = []
    for c in [*tok.children, *_set_off_of_phrase(tok), *_of_phrase_on_title(ctx, tok)]:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "at"):
            for o in c.children:
                keys = _org_keys(ctx, p, o, person)
                if not keys or ctx.seat_name(p, o):  # "of the Moscow think tank X": X
                    keys = _body_of_phrase(ctx, p, o, person) or keys
                out.extend((k, None, _RULE + "of-phrase") for k in keys)
    for c in _relative_clauses(tok):
        out.extend(_who_clause(ctx, p, c, person))
    out.extend(_whose_title(ctx, p, tok, person))
    out.extend(_titled_under(ctx, p, tok, person))
    out.extend(_speaking_for(ctx, p, tok, person))
    agent = tok.head if tok.dep_ == "pobj" else None
    if (
        agent is not None
        and agent.dep_ == "agent"
        and agent.head.dep_ == "acl"
        and agent.head.lower_ in _LEAD_VERBS
    ):
        org = agent.head.head
        out.extend((k, "leader", _RULE + "led-by") for k in _org_keys(ctx, p, org, person))
    return out


def _speaking_for(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "X, speaking for the Y, said", "Speaking for the Y, X said": a person who speaks for a
    body (not a state: "Fiji's X, speaking for the island states" is Fiji's) in its name."""
    phrases = [c for c in tok.children if c.dep_ in ("acl", "advcl")]
    subject = tok.head if tok.dep_ == "appos" else tok  # "Minister X" in the parse's words
    if subject.dep_ == "nsubj":
        phrases += [c for c in subject.head.children if c.dep_ == "advcl"]
    phrases = [v for v in phrases if v.lower_ in _SPEAKING_FOR]
    behalves = [  # "X, speaking on behalf of the Y, said"
        b
        for v in phrases
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for b in c.children
        if b.lower_ == "behalf"
    ]
    objects = [
        o
        for v in phrases
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ] + [o for b in behalves for o in spoken_for(b)]
    keys = [k for o in objects for k in _org_keys(ctx, p, o, person) if ctx.cls(k) != "State"]
    return [(k, None, _RULE + "speaking-for") for k in keys[:1]]


def _whose_title(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "the Federation of Korean Industries, whose chairman X called it ...": the body the
    "whose" clause hangs on, named right before its comma, holds the title before the name."""
    nouns = [t for t in tok.subtree if t.i <= tok.i]
    if tok.dep_ in ("appos", "compound"):  # "whose chairman, X," / "whose chairman X"
        nouns.append(tok.head)
    whose = [c for t in nouns for c in t.children if c.lower_ == "whose"]
    if not whose or whose[0].i < 2 or p.doc[whose[0].i - 1].text != ",":
        return []
    body = p.doc[whose[0].i - 2]
    role = _role([t for t in p.doc[whose[0].i + 1 : tok.i]], set())
    return [(k, role, _RULE + "whose-title") for k in _org_keys(ctx, p, body, person)]


def _titled_under(
    ctx: Context, p: Parsed, tok: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "the Secretariat, under Director General X,": a titled name after "under" set off
    right after a body's name heads that body."""
    under = tok.head
    if tok.dep_ != "pobj" or under.lower_ != "under" or under.i < 2:
        return []
    if p.doc[under.i - 1].text != "," or not any(c.dep_ == "compound" for c in tok.children):
        return []
    titles = [t for t in p.doc[under.i + 1 : tok.i] if t.pos_ == "PROPN"]
    role = _role(titles, set())
    if role is None or titles[0].lower_ not in ctx.title_words:
        return []
    keys = _org_keys(ctx, p, p.doc[under.i - 2], person)
    return [(k, role, _RULE + "titled-under") for k in keys[:1]]


def _relative_clauses(tok: Token) -> list[Token]:
    """The relative clauses on a name, and one whose "who" follows the name but which the parse
    hung on a noun before it ("the prime minister of Y, X, who heads Z")."""
    out = [c for c in tok.children if c.dep_ == "relcl"]
    for c in tok.doc[tok.i + 1 : tok.i + 3]:
        if c.lower_ == "who" and c.head.dep_ == "relcl" and c.head.head in tok.ancestors:
            out.append(c.head)
    return out


def _who_clause(
    ctx: Context, p: Parsed, verb: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """ "X, who heads Y" (or "Y's team", "the Y delegation"), "X, who works at Y", "X, who
    teaches law at Y", "X, who is the chairman of Y"."""
    title = _title_held(ctx, verb)
    if title is not None:
        return _title_of(ctx, p, title, person)
    targets: list[Token] = []
    role, rule = ("head", "who-leads") if verb.lower_ in _LEAD_VERBS else (None, "who-works")
    if verb.lower_ in _REPRESENT_VERBS:  # "X, who represents Y at the UN": Y's representative
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        keys = [k for o in objects for k in _org_keys(ctx, p, o, person)]
        return [(k, "representative", _RULE + "who-represents") for k in keys[:1]]
    if verb.lower_ in _LEAD_VERBS:
        for o in verb.children:
            if o.dep_ in ("dobj", "pobj") or (o.dep_ == "prep" and o.lower_ in ("at", "for")):
                targets.extend([o, *(x for x in o.children if x.dep_ in ("pobj", "appos"))])
                targets.extend(_for_whom(o))  # "who leads the delegation for Y"
        if not any(_org_keys(ctx, p, t, person) for t in targets):
            targets = [x for t in targets for x in _owners(t)]
    elif verb.lower_ in _MEMBER_VERBS:
        heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "follows X at Y"
        preps = [
            o for h in heads for o in h.children if o.dep_ == "prep" and o.lower_ in ("at", "for")
        ]
        objects = [x for o in preps for x in o.children if x.dep_ == "pobj"]
        # "at the Bruegel think tank": the name hangs on the noun of its kind
        targets = objects + [c for x in objects for c in x.children if c.dep_ == "compound"]
    return [(k, role, _RULE + rule) for t in targets for k in _org_keys(ctx, p, t, person)]


def _for_whom(noun: Token) -> list[Token]:
    """The objects of a noun's "for" and "of" phrases ("the delegation for Y", "the team of
    Y"): whose the group led is."""
    return [
        g
        for x in noun.children
        if x.dep_ == "prep" and x.lower_ in ("for", "of")
        for g in x.children
        if g.dep_ == "pobj"
    ]


def _title_held(ctx: Context, verb: Token) -> Token | None:
    """The title a copula or "serve as" gives its subject ("who is (also) the chairman of Y",
    "who is Y's secretary-general", "who serves as chair of Y"): the head of the noun phrase,
    where it or a word hung before it is a title word."""
    if verb.lower_ in ctx.cue_words("copulas_be"):
        heads = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    elif verb.lower_ in _SERVING_VERBS:
        heads = [o for c in verb.children if c.lower_ == "as" for o in c.children]
        heads = [o for o in heads if o.dep_ == "pobj"]
    else:
        return None
    for head in heads:
        words = [head, *(c for c in head.children if c.dep_ == "compound")]
        if any(w.lower_ in ctx.title_words for w in words):
            return head
    return None


def _title_of(
    ctx: Context, p: Parsed, title: Token, person: str
) -> list[tuple[str, str | None, str]]:
    """The bodies a title held in a relative clause names: after "of", "at" or "for", or
    before it ("Y's chairman", "the Y chairman")."""
    preps = [c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")]
    objects = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    targets = [*objects, *(a for o in objects for a in o.children if a.dep_ == "appos")]
    targets += _owners(title)
    left = [t for t in title.subtree if t.i <= title.i]
    role = _role(left, {t.i for t in left if p.keys[t.i]})
    keys = unique(k for t in targets for k in _org_keys(ctx, p, t, person))
    return [(k, role, _RULE + "who-is-title") for k in keys]


def _owners(noun: Token) -> list[Token]:
    """The names before a noun that say whose it is ("the FARC negotiating team", "Chile's
    delegation"), not "the government delegation"."""
    out = []
    for c in noun.children:
        if c.dep_ in _OWNER_DEPS and c.i < noun.i:
            if c.text[:1].isupper():
                out.append(c)
            out.extend(_owners(c))
    return out


def _as_role(ctx: Context, p: Parsed, tok: Token, person: str) -> list[tuple[str, str | None, str]]:
    """ "X chairs the talks as chairman of Y", "X, as Y's envoy, said": the title the subject acts
    as (not "X named Z as head of Y", where Z holds it)."""
    verb = tok.head
    if tok.dep_ not in _SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.pos_ in ("PRON", "PROPN") for o in objects):
        return []
    preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep"]
    for prep in (c for c in preps if c.lower_ == "as"):
        for title in (c for c in prep.children if c.dep_ == "pobj"):
            if title.lower_ not in ctx.title_words:
                continue
            found = _orgs(ctx, p, [t for t in title.subtree if t != title], person)
            return [(k, title.text, _RULE + "as-title") for k, _ in found[:1]]
    return []


def _org_keys(ctx: Context, p: Parsed, tok: Token, person: str) -> list[str]:
    return [k for k in p.keys[tok.i] if ctx.cls(k) in _ORG_CLASSES and k != person]


_READERS = (_title_before, _apposition, _phrase_after, _as_role)


def _in_sentence(ctx: Context, p: Parsed) -> list[Affiliation]:
    sentence = ctx.sentences[p.index]
    out = []
    for tok in p.doc:
        people = [k for k in p.keys[tok.i] if ctx.cls(k) == "Person"]
        if len(people) != 1:
            continue
        person = people[0]
        readings = [r for reader in _READERS for r in reader(ctx, p, tok, person)]
        adjacent = _adjacent_title(ctx, p, tok)
        if adjacent:  # the title written before the name decides what the parse made of it
            readings = adjacent + [r for r in readings if _beside(ctx, r, adjacent[0][0])]
        if not readings:
            readings = (
                _posted_title(ctx, p, tok, person)
                or _title_next_to(ctx, p, tok, person)
                or _lexicon_title(ctx, p, tok)
                or _apposition_in_words(ctx, p, tok, person)
                or _subject_body(ctx, p, tok, person)
                or _title_of_body_before(ctx, p, tok)
                or _title_of_host_body(ctx, p, tok)
            )
        for org, role, rule in readings:
            span = (sentence.start, sentence.end)
            out.append(Affiliation(person, org, p.span(tok), role, span, rule))
    return out


#: How a body's name hangs on the noun its owner is written on: "his Jewish Power party"
#: (a compound or modifier of "party"), "Odinga's party, the Orange Democratic Movement".
_OWNED_DEPS = frozenset({"compound", "amod", "appos"})


def _owned_bodies(ctx: Context, p: Parsed) -> list[Affiliation]:
    """ "X ... threatened to pull his Y party out", "X's party, the Y, said", "X, whose Y party
    opposed it": the body a person's possessive owns (a party, a movement, a firm) is the
    person's."""
    out = []
    sentence = ctx.sentences[p.index]
    for t in p.doc:
        orgs = [k for k in p.keys[t.i] if ctx.cls(k) == "Organisation"]
        if not orgs:
            continue
        nouns = [t, t.head] if t.dep_ in _OWNED_DEPS else [t]
        owners = [c for n in nouns for c in n.children if c.dep_ == "poss" and c.lower_ != "our"]
        # ("our High Commission" in a spokesperson's words: the state's, not the speaker's own)
        people = [k for c in owners[:1] for k in _owner_named(ctx, p, c) if ctx.cls(k) == "Person"]
        if len(people) == 1:
            span = (sentence.start, sentence.end)
            rule = _RULE + "owned-body"
            out.append(Affiliation(people[0], orgs[0], p.span(owners[0]), None, span, rule))
    return out


def _owner_named(ctx: Context, p: Parsed, owner: Token) -> tuple[str, ...]:
    """Whom a possessive names: for "whose", the noun its clause hangs on."""
    if owner.lower_ != "whose":
        return ctx.actors(p, owner)
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    return ctx.actors(p, clause.head) if clause is not None else ()


@component("affiliations")
def find_affiliations(
    ctx: Context, results: Mapping[str, tuple[Any, ...]]
) -> tuple[Affiliation, ...]:
    """Every person-organisation link the document states, once per pair."""
    read = [
        a for p in ctx.parsed_in_order() for a in (*_in_sentence(ctx, p), *_owned_bodies(ctx, p))
    ]
    people = {a.person for a in read}
    askers = _askers(ctx)
    read += [*_session_body(ctx), *askers, *_bracketed_states(ctx)]
    asking = {a.person for a in askers}
    read += [*(_unnamed_host(ctx, asking) or _ministry_host(ctx, asking)), *_heading_titles(ctx)]
    read += _listed_spokespeople(ctx)
    once: dict[tuple[str, str], Affiliation] = {}
    for a in read:  # each pair once, where it is first read
        once.setdefault((a.person, a.org), a)
    placed = people | {a.person for a in once.values()}
    return (
        tuple(once.values())
        + _known_offices(ctx, people)
        + _secretariat_posts(ctx, placed)
        + _ministers_after_their_state(ctx, placed)
    )


def _ministers_after_their_state(ctx: Context, placed: set[str]) -> tuple[Affiliation, ...]:
    """ "Norway has put money on the table. Climate Minister Ana Berg announced A": a minister
    nothing else places, first named in the sentence right after one whose only actor is a
    state, in the same paragraph, is that state's minister."""
    first: dict[str, Mention] = {}
    for m in ctx.res.mentions:
        first.setdefault(m.key, m)
    out = []
    for key, m in first.items():
        info = ctx.res.entities[key]
        if info.cls != "Person" or key in placed or info.state is not None:
            continue
        if "minister" not in (info.role or "").lower().split():
            continue
        i = ctx.sentence_at(m.start)
        here, before = ctx.sentences[i], ctx.sentences[i - 1] if i else None
        if before is None or before.block != here.block:
            continue
        named = ctx.res.actor_mentions(before.start, before.end)
        actors = {x.key for x in named}
        opening = before.start + dateline_length(ctx.text[before.start : before.end])
        if not named or named[0].start != opening:  # ("16:55 - Norway has ...": a time stamp)
            continue  # "Let me start with Myanmar.": the state is no subject opening it
        if len(actors) == 1 and ctx.cls(state := actors.pop()) == "State":
            evidence = (before.start, here.end)
            rule = _RULE + "minister-after-state"
            out.append(Affiliation(key, state, (m.start, m.end), info.role, evidence, rule))
    return tuple(out)


#: A state's name in brackets right after a person's ("Ana Rios (Chile) said"), as reports of
#: a council's meetings name each delegate.
_BRACKETED = re.compile(r"[ \t]?\(([^()\n]{2,40})\)")


def _bracketed_states(ctx: Context) -> list[Affiliation]:
    """The state a delegate's name is followed by in brackets: the delegate speaks for it."""
    out = []
    for m in ctx.res.mentions:
        if ctx.cls(m.key) != "Person" or m.form == "pronoun":
            continue
        mt = _BRACKETED.match(ctx.text, m.end)
        if mt is None:
            continue
        inside = ctx.res.actor_mentions(mt.start(1), mt.end(1))
        state = next(
            (s for s in inside if ctx.cls(s.key) == "State" and (s.start, s.end) == mt.span(1)),
            None,
        )
        if state is None:
            continue
        sentence = ctx.sentences[ctx.sentence_at(m.start)]
        evidence = (sentence.start, sentence.end)
        out.append(
            Affiliation(
                m.key, state.key, (m.start, m.end), None, evidence, _RULE + "bracketed-state"
            )
        )
    return out


def _askers(ctx: Context) -> list[Affiliation]:
    """The outlet a transcript's question label names beside the reporter ("Q (Ana Rios,
    Reuters):"): the reporter writes for it."""
    out = []
    for mt in QUESTION_LABEL.finditer(ctx.text):
        (a, b), (c, d) = asker_spans(mt)
        people = ctx.res.actor_mentions(a, b)
        bodies = ctx.res.actor_mentions(c, d)
        person = next((m for m in people if ctx.cls(m.key) == "Person"), None)
        body = next((m for m in bodies if ctx.cls(m.key) == "Organisation"), None)
        if person is None or body is None:
            continue
        sentence = ctx.sentences[ctx.sentence_at(mt.start())]
        span, evidence = (person.start, person.end), (sentence.start, sentence.end)
        out.append(Affiliation(person.key, body.key, span, None, evidence, _RULE + "asker"))
    return out


#: How far after a transcript's heading the body issuing it may be named on a line of its own.
_BODY_SPAN = 200


def _session_body(ctx: Context) -> list[Affiliation]:
    """The body a transcript's heading block names on a line of its own right after the line
    naming the session's holder ("Daily briefing by Spokesperson X" / "Ministry of
    Trade, Lima, 3 March"): the holder speaks for it."""
    end, holder = session_holder(ctx.text, ctx.res, ctx.cues)
    if not holder:
        return []
    for m in ctx.res.mentions:
        if not end < m.start <= end + _BODY_SPAN or ctx.cls(m.key) != "Organisation":
            continue
        line = ctx.text[ctx.text.rfind("\n", 0, m.start) + 1 : m.start]
        if line.strip() not in ("", "The", "the"):
            return []  # the first body after the heading is not a line's own
        sentence = ctx.sentences[ctx.sentence_at(m.start)]
        rule = _RULE + "session-body"
        return [
            Affiliation(
                holder[0], m.key, (m.start, m.end), None, (sentence.start, sentence.end), rule
            )
        ]
    return []


#: A heading's host named by title and body alone ("Weekly Press Briefing by the
#: Spokesperson, Ministry of Foreign Affairs, Islamabad").
_UNNAMED_HOST = re.compile(r"\bby\s+the\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*),\s+")


def _unnamed_host(ctx: Context, askers: set[str]) -> list[Affiliation]:
    """The one person who answers in a transcript whose heading names its host by a title and
    a body only ("Briefing by the Spokesperson, Ministry of Foreign Affairs, ..."; then "ANA
    RIOS: ..." and questions, ``askers`` asking them): that person holds the title in that
    body."""
    first = ctx.text.lstrip()
    at = len(ctx.text) - len(first)
    line = first.split("\n", 1)[0]
    mt = _UNNAMED_HOST.search(line)
    if mt is None or mt.group(1).split()[-1].lower() not in ctx.title_words:
        return []
    bodies = ctx.res.actor_mentions(at + mt.end(), at + len(line))
    body = next((m for m in bodies if m.start == at + mt.end()), None)
    hosts = {k for _, _, keys in ctx.turns for k in keys if ctx.cls(k) == "Person"} - askers
    if body is None or ctx.cls(body.key) != "Organisation" or len(hosts) != 1:
        return []
    evidence = (at, at + len(line))
    rule = _RULE + "unnamed-host"
    return [Affiliation(hosts.pop(), body.key, (body.start, body.end), mt.group(1), evidence, rule)]


def _ministry_host(ctx: Context, askers: set[str]) -> list[Affiliation]:
    """The one person who answers the questions of a transcript whose heading names one
    ministry ("Weekly press briefing, Ministry of Foreign Affairs of Y, Jakarta", or a line
    of its own under the title; then "SPOKESPERSON ANA RIOS: ..."): a spokesperson of that
    ministry. The heading is the lines before the first turn's label and the first question."""
    first = ctx.text.lstrip()
    at = len(ctx.text) - len(first)
    asked = first_question(ctx.text, ctx.cues)
    top = min((ctx.text.rfind("\n", 0, start) + 1 for start, _, _ in ctx.turns), default=at)
    top = max(min(top, asked), at + len(first.split("\n", 1)[0]))
    line = ctx.text[at:top].rstrip()
    bodies = {
        m.key: m
        for m in ctx.res.actor_mentions(at, at + len(line))
        if ctx.cls(m.key) == "Organisation" and ctx.res.entities[m.key].fine == "ministry"
    }
    if len(bodies) > 1:  # the title line's ministry, a department the next line names aside
        title_end = at + len(first.split("\n", 1)[0])
        bodies = {k: m for k, m in bodies.items() if m.end <= title_end}
    hosts = {k for _, _, keys in ctx.turns for k in keys if ctx.cls(k) == "Person"} - askers
    if len(bodies) != 1 or len(hosts) != 1 or not (askers or asked < len(ctx.text)):
        return []
    body = next(iter(bodies.values()))
    rule = _RULE + "ministry-host"
    return [
        Affiliation(hosts.pop(), body.key, (body.start, body.end), None, (at, at + len(line)), rule)
    ]


def _heading_titles(ctx: Context) -> list[Affiliation]:
    """ "Briefing by Foreign Ministry spokesperson X on the talks": in the lines above the
    first sentence (a heading no sentence holds), a body's name, one to three words of a
    title and a person's name: the person holds that title in that body."""
    top = ctx.sentences[0].start if ctx.sentences else len(ctx.text)
    found = ctx.res.actor_mentions(0, top)
    titles = ctx.title_words | _SPEAKER_TITLES
    out = []
    for body, person in pairwise(found):
        gap = ctx.text[body.end : person.start].split()
        if (
            ctx.cls(body.key) == "Organisation"
            and ctx.cls(person.key) == "Person"
            and 0 < len(gap) <= 3
            and all(w.lower() in titles for w in gap)
        ):
            line = (ctx.text.rfind("\n", 0, body.start) + 1, ctx.text.find("\n", person.end))
            role = " ".join(gap)
            rule = _RULE + "heading-title"
            out.append(
                Affiliation(person.key, body.key, (body.start, person.end), role, line, rule)
            )
    return out


#: How far into a document a heading's list of spokespeople may stand.
_HEADING_SPAN = 600


def _listed_spokespeople(ctx: Context) -> list[Affiliation]:
    """The people a heading's line of spokespeople or participants lists ("Spokespersons: Ana
    Rios, Chief Spokesperson; Luis Paz, Trade", "Participants: Undersecretary Ana Rios; Luis
    Paz, head of the Water Board."), under a heading that names one body and no other
    ("European Commission - Midday briefing", a state it speaks of aside): each speaks for
    that body, but one whose item of the list names a body of its own."""
    speakers = ctx.lex.language.get("speaker_list_labels", [])
    labels = {*speakers, *ctx.lex.language.get("people_list_labels", [])}
    for m in re.finditer(r"^[ \t]*([A-Za-z ]{3,30}):", ctx.text[:_HEADING_SPAN], re.M):
        label = m.group(1).strip().lower()
        if label not in labels:
            continue
        end = ctx.text.find("\n", m.end())
        end = len(ctx.text) if end < 0 else end
        told = re.search(r"[.?!] [A-Z]", ctx.text[m.end() : end])
        if told and label in speakers:
            continue  # "SPOKESPERSON: Good afternoon. Minister X received Y ...": a turn, no list
        end = m.end() + told.start() + 1 if told else end  # "...; B. Moderator: C": up to B
        above = ctx.res.actor_mentions(0, m.start())
        bodies = {  # by name ("Brussels" for the EU is the city where it meets)
            b.key: b for b in above if ctx.cls(b.key) == "Organisation" and b.form == "name"
        }
        if len(bodies) != 1:
            return []
        body = next(iter(bodies.values()))
        rule = _RULE + "listed-spokespeople"
        return [
            Affiliation(x.key, body.key, (x.start, x.end), None, (m.start(), end), rule)
            for x in _listed_on_their_own(ctx, m.end(), end, body.key)
        ]
    return []


def _listed_on_their_own(ctx: Context, start: int, end: int, body: str) -> list[Mention]:
    """The people of a list's items from ``start`` to ``end`` (parted by semicolons) whose
    item names no body but ``body``."""
    out = []
    for item in re.finditer(r"[^;]+", ctx.text[start:end]):
        a, b = start + item.start(), start + item.end()
        named = ctx.res.actor_mentions(a, b)
        if any(ctx.cls(x.key) == "Organisation" and x.key != body for x in named):
            continue  # "Luis Paz, head of the Water Board": that board's
        out += [x for x in named if ctx.cls(x.key) == "Person"]
    return out


#: The words of a spokesperson's title ("Foreign Ministry spokesperson X").
_SPEAKER_TITLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "press", "deputy"})


def _known_offices(ctx: Context, placed: set[str]) -> tuple[Affiliation, ...]:
    """The head of an international body the lexicon knows ("Rafael Grossi", the IAEA's
    director general), in a document that names that body and ties the person to no other:
    the person holds its office, read at the person's first mention."""
    out = []
    first: dict[str, Mention] = {}
    for m in ctx.res.mentions:
        first.setdefault(m.key, m)
    for key, m in first.items():
        entry = ctx.lex.entries.get(key)
        if entry is None or entry.cls != "Person" or not entry.orgs or key in placed:
            continue
        org = next((k for k in entry.orgs if k in first), None)
        if org is None and _titled_by_office(ctx, m, _office(ctx, entry.role or "", entry.orgs[0])):
            org = entry.orgs[0]  # "Director-General X" where the text names only a council
        if org is None:
            continue
        sentence = ctx.sentences[ctx.sentence_at(m.start)]
        role = _office(ctx, entry.role or "", org)
        evidence = (sentence.start, sentence.end)
        out.append(Affiliation(key, org, (m.start, m.end), role, evidence, _RULE + "known-office"))
    return tuple(out)


def _titled_by_office(ctx: Context, m: Mention, office: str | None) -> bool:
    """Whether the person's mention comes right after ``office``, their lexicon role less the
    body's name (:func:`_office`: "director general" of "iaea director general")."""
    words = office.split() if office else []
    before = ctx.text[max(0, m.start - 60) : m.start].split()[-len(words) :] if words else []
    return bool(words) and [w.lower() for w in before] == words


def _secretariat_posts(ctx: Context, placed: set[str]) -> tuple[Affiliation, ...]:
    """A person named with a post of the UN Secretariat that no other body gives without its
    own name ("Assistant Secretary-General Ana Rios", "Ana Rios, the Secretary-General's
    Special Representative"), whom nothing else places: the UN's."""
    un = next((k for k, form in ctx.lex.lookup(("united", "nations")) if form == "name"), None)
    if un is None:
        return ()
    before, after = _secretariat_patterns(ctx.cue_words("secretariat_titles"))
    out: dict[str, Affiliation] = {}
    for m in ctx.res.mentions:
        if m.key in placed or m.key in out or ctx.cls(m.key) != "Person":
            continue
        title = before.search(ctx.text, max(0, m.start - 80), m.start) or after.match(
            ctx.text, m.end, m.end + 80
        )
        if title is None:
            continue
        sentence = ctx.sentences[ctx.sentence_at(m.start)]
        role = " ".join(title.group("title").split())
        span, evidence = (m.start, m.end), (sentence.start, sentence.end)
        out[m.key] = Affiliation(m.key, un, span, role, evidence, _RULE + "secretariat-post")
    return tuple(out.values())


@lru_cache(maxsize=4)
def _secretariat_patterns(titles: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a secretariat post right before a name, its field after "for" or "on" too
    (a comma may set the name off: "the Special Representative ... on Migrants in Transit,
    Ana Rios"), and set off right after it, each title's words joined by a space or
    a hyphen, with "UN" or "United Nations" before it."""
    forms = sorted(
        (
            r"[\s-]+".join(re.escape(w).replace("'", "['’]") for w in re.split(r"[\s-]+", t))
            for t in titles
        ),
        key=len,
        reverse=True,
    )
    title = rf"(?:(?:UN|U\.N\.|United Nations)\s+)?(?P<title>{'|'.join(forms)})"
    field = r"(?-i:[A-Z][\w'’-]*|and|the|in|of)"  # "Assistant Secretary-General for Europe X"
    return (
        re.compile(
            rf"\b{title}(?:\s+(?:for|on)(?:\s+{field}){{1,6}})?(?:\s*,)?\s+$", re.IGNORECASE
        ),
        re.compile(rf",\s+(?:the\s+)?{title}\b", re.IGNORECASE),
    )


def _office(ctx: Context, role: str, org: str) -> str | None:
    """The office of a lexicon role without the body's name before it ("director general" of
    "iaea director general")."""
    words = role.split()
    names = {
        norm_token(n).lower()
        for n in (ctx.lex.entries[org].label, *getattr(ctx.res.entities.get(org), "aliases", ()))
    }
    for k in range(len(words), 0, -1):
        if norm_token(" ".join(words[:k])).lower() in names:
            return " ".join(words[k:]) or None
    return " ".join(words[1:]) or None


def speaks_for(ctx: Context, affiliations: tuple[Affiliation, ...]) -> dict[str, tuple[str, ...]]:
    """The states and bodies each person speaks for: their affiliations (not the institutes or
    outlets they write for, not the offices they held before, not a body whose staff serve
    their own office) and, for ministries, their state."""
    out: dict[str, list[str]] = {}
    served = ctx.lex.language["staff_serve_office"]["bodies"]  # a UN envoy speaks for no UN
    for a in affiliations:
        info = ctx.res.entities.get(a.org)
        if _former(a.role) or _former_title_before(ctx.text, a.span[0]):
            continue  # "former prime minister X": speaks for no one now
        if (
            info is not None
            and info.fine not in ("research_institute", "media")
            and a.org not in served
        ):
            out.setdefault(a.person, []).append(a.org)
    for key, info in ctx.res.entities.items():
        if info.state and ctx.cls(info.state) == "State" and info.fine == "ministry":
            out.setdefault(key, []).append(info.state)  # a ministry: its state
    return {  # a ministry's spokesperson speaks for its state
        k: unique([s for org in v for s in (out.get(org) or (org,)) if org != k] or v)
        for k, v in out.items()
    }


def _former(role: str | None) -> bool:
    """Whether a role is one held before ("former prime minister", "ex-envoy")."""
    words = (role or "").lower().split()
    return bool(words) and (words[0] in ("former", "retired") or words[0].startswith("ex-"))


#: "former" or "ex-" in the title right before a name ("former Nigerian President X").
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired)\s[^,.;:()\n]{0,40}$", re.IGNORECASE)


def _former_title_before(text: str, start: int) -> bool:
    """Whether the title written right before the name at ``start`` says the office was held
    before ("former Nigerian President X")."""
    return _FORMER_BEFORE.search(text[max(0, start - 60) : start]) is not None
