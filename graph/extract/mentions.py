"""Recognise and resolve the entities a document names.

Steps, in order: capitalised chunks; lexicon matches inside them; organisations
by their head word; people by the shape of their names (titles stripped);
surname-only re-mentions; ministries; abbreviations in brackets; anaphors
("the alliance", "the bloc", "the army") and pairs ("the two sides"); demonym
actors ("the Russian side"); capitals used as places ("talks in Vienna").

The result is a :class:`Resolution`: one :class:`EntityInfo` per real-world
entity, keyed the same way in every document, and every mention as offsets.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from ..lexicon import Lexicon, load_lexicon, norm_token, slug, strip_accents, tokenize
from .cues import load_cues
from .groups import Named, PairTally, group_references
from .ner import NerComponent
from .spans import SpanTable, TopTwo, last_at_most
from .text import QUESTION_LABEL, Sentence, asker_named, asker_spans

__all__ = ["EntityInfo", "Mention", "Resolution", "resolve_mentions"]

#: The lower-case words inside a name ("Frente de Todos", "Unión por la Patria", "Partido dos
#: Trabalhadores", "Parti des Travailleurs", "Ecologistas en Acción").
_CONNECTORS = frozenset(
    "of for on and & the de du del da di van von der den al bin ibn el la le y para pour"
    " por las los des do dos das en et sans sin pela pelo".split()
)
#: The fields a ministry's name lists after its first (", Industry and Fisheries"). The last
#: may be a people living abroad ("and Senegalese Abroad"), two words ("and External Trade")
#: or one after "the" ("and the Environment").
_MORE_FIELDS = re.compile(
    r"(?:,\s+[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)?)*,?\s+and\s+(the\s+)?[A-Z][a-z-]+"
    r"(?:([^\S\n]+(?:Abroad|Overseas))|[^\S\n]+([A-Z][a-z-]+))?\b"
)
#: The plural nouns a group of states is named with ("the Nordic countries").
_STATES_GROUPED = frozenset({"countries", "states", "nations"})
#: An ordinal word, which opens no person's name ("the Fifth Fleet").
_ORDINAL = re.compile(
    r"(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)
#: Nouns of heading a body, or of its members, which a title or a group before a body's name
#: ends in ("Head of the X Mission", "Members of the Security Council").
_OFFICE_HEADS = frozenset({"head", "chief", "members"})
#: The leaders of a body's members, named before it ("the Heads of State and Government of X",
#: "the Heads of Government of X").
_LEADERS = r"of\s+(?:state\s+and\s+(?:of\s+)?government|state|government)"
_HEADS_OF_STATE = re.compile(rf"(?i)heads?\s+{_LEADERS}\s+of\s+(?:the\s+)?")
#: The same leaders named again without their body ("The Heads of Government welcomed A").
_HEADS_AGAIN = re.compile(rf"\b[Tt]he\s+(Heads\s+(?i:{_LEADERS}))\b(?!\s+of\b)")
#: A relative clause saying whom a body speaks for (", which represents the fleets").
_SPEAKS_FOR_MEMBERS = re.compile(
    r"(?i),\s+which\s+(?:represents|groups|brings\s+together|unites|speaks\s+for|lobbies\s+for)\b"
)
#: Verbs of what a firm does, and of what a body says or wants, after "which".
_TRADING_VERBS = (
    "operates|runs|owns|manages|produces|builds|supplies|employs|sells|exports|operated|ran"
    "|owned|built"
)
_SAYING_VERBS = "said|says|argued|argues|insisted|insists|wants|campaigns|lobbied"
#: A relative clause on "which" saying what a named body does (", which operates the mine"):
#: a person's name would take "who".
_WHICH_ACTS = re.compile(
    rf"(?i),\s+which\s+(?:has\s+)?(?:long\s+)?(?:{_TRADING_VERBS}|{_SAYING_VERBS})\b"
)
#: A noun of ships right before a name: the name is a ship's ("the tanker Sea Lark").
_SHIP_BEFORE = re.compile(
    r"\b(?:(?:bulk|cargo|oil|gas|LNG|car|aircraft)[ \t]+carriers?|tankers?|freighters?"
    r"|vessels?|ships?|trawlers?|frigates?|destroyers?|corvettes?|ferry|ferries|warships?"
    r"|yachts?)[ \t]+$"
)
#: Words before a run that make it the end of a longer name or a place ("the Partnership for
#: X", "at The Hague").
_NAME_INSIDE = frozenset("of for at in the to from on by".split())
#: Those of them that say what a firm does ("which operates the mine").
_WHICH_TRADES = re.compile(rf"(?i),\s+which\s+(?:has\s+)?(?:long\s+)?(?:{_TRADING_VERBS})\b")
#: The texts and sittings a heading names a body by ("Joint Communique of the Council of X").
_SITTING_HEADS = frozenset(
    "communique communiqué statement declaration meeting session minutes conclusions".split()
)
_FOREIGN_HEADS = frozenset(
    "fundación fundacion fundação fundacao fondation fondazione instituto institut istituto"
    " instytut centro stiftung universidad universidade université università"
    " conseil consejo conselho comité comisión comissão agence agencia agência autorité"
    " autoridad ministère ministerio ministério secretaría banque banco société sociedad"
    " compagnie companhia compañía parti partido mouvement movimiento frente rassemblement"
    " asociación associação".split()
)
#: Words in capitals after "for" between a meeting's members and the "of" of their body: a
#: portfolio where they are a ministry's topic ("Ministers| for Foreign Affairs| of the X").
_PORTFOLIO_BEFORE_OF = re.compile(
    r"[ \t]+for[ \t]+([A-Z][\w-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*)*)(?=[ \t]+of\b)"
)
#: "under the chairmanship of", "chaired by": the person after it chairs the meeting.
_CHAIRED_BY = re.compile(
    r"\b(?:under\s+the\s+(?:chairmanship|chairpersonship|chairship|presidency)\s+of|"
    r"(?:co-)?chaired\s+by)\s+(?:the\s+)?"
)
#: The titles of the one who chairs, which name that person once the text says who chairs.
_CHAIR_ROLES = ("chair", "chairperson", "chairman", "chairwoman")
#: A capitalised word right after (a name the words before describe: "the group Ecoriver").
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
#: Articles of Spanish, French, Italian and Portuguese that open a body's name: "El Colegio de X".
_FOREIGN_ARTICLES = frozenset("el la le les los las il lo".split())
_ORG_NOUNS = (
    "lender|bank|company|firm|group|operator|producer|giant|insurer|carrier|airline|shipper|manufacturer|maker|"
    "mission|operation|militia|movement|party|union|network|channel|outlet|newspaper|broadcaster|agency|conglomerate|"
    "utility|regulator|refiner|exporter|distributor|lobby|association|federation|cooperative|"
    "developer|contractor|consultancy|charity|watchdog"
)
#: Nouns of firms among those (a name set off after one is a company's).
_COMPANY_NOUNS = frozenset(
    "lender bank company firm operator producer insurer carrier airline shipper manufacturer"
    " maker conglomerate utility refiner exporter distributor developer contractor consultancy".split()
)
#: A post that heads a body, before an unknown one-word name: the name is the body's ("the
#: head of Zenbank", "the chief executive of Zenbank").
_HEADED_BODY = re.compile(
    r"\b(?:head|chief|boss|chairman|chairwoman|chair|director|executive|founder|leader)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: An apposition that says what an unknown name is: ", a Serbian-owned supply company, ...".
_ORG_APPOSITION = re.compile(
    rf",\s+(?:an?|the)\s+(?:(?!of\b|for\b)[\w-]+\s+){{0,3}}(?:{_ORG_NOUNS})"
    r"(?=\s*[,.;:)]|\s+(?:that|which|whose|in|of|based|owned|with|from|for|at)\b)"
)
_MINISTRY_TOPIC_WORDS = {
    "foreign": "foreign",
    "defence": "defence",
    "defense": "defence",
    "commerce": "commerce",
    "finance": "finance",
    "interior": "interior",
    "justice": "justice",
    "energy": "energy",
}
_MINISTRIES: dict[int, dict[tuple[str, str], str]] = {}
#: Words of a title between a ministry's name and its official's ("Spokesperson", "Press").
_MINISTRY_TITLE_WORDS = frozenset({"spokesperson", "deputy", "press", "head"})
#: Up to three words of a title before its head ("EU trade " commissioner).
_TITLE_LEAD = re.compile(r"(?:[\w'’.-]+\s+){1,3}$")
#: A comma setting off a title after a name, with the title's first words ("X, the EU trade ").
_SET_OFF_LEAD = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}$")
#: A capital that opens a sentence or an entry as its place ("In Beijing, ...", "In Kyiv, ...").
_CAPITAL_OPENING = re.compile(r"\bIn\s+((?:[A-Z][\w'’-]*\s?){1,3}),\s+(?:\S+\s+){0,2}$")
#: What may stand between a state's name and the ministry it owns ("Russia's ", "Chinese "), on
#: one line: a title line's last word is no owner of a heading's ministry below it.
_MINISTRY_OWNER_GAP = re.compile(r"(?:['’]s?)?[ \t]+")


#: The seats of a body before its name ("members of the ", "a member of ").
_MEMBERS_OF = re.compile(r"\b(?i:members?|deputies|lawmakers|legislators)\s+of\s+(?:the\s+)?$")


def _ministry_names(
    lex: Lexicon, topic_words: list[str], word: str, state: str
) -> tuple[str, set[str]]:
    """A ministry the lexicon lacks, named with its state as writers name it: the label
    "Ministry of Foreign Affairs of Chile", and "Chile's Foreign Ministry", "Chilean Foreign
    Ministry", "Foreign Ministry of Chile" and the like, in the topic's words ("Foreign",
    "Foreign Affairs") and the one the text used."""
    entry = lex.entries[state]
    canonical = topic_words[0]  # "Foreign Affairs": the data lists the full name first
    adjective = next(
        (d for d in entry.demonyms if not d.endswith("s") or d.endswith(("ese", "ss"))), None
    )
    names = {f"{entry.label}'s Ministry of {canonical}"}
    if adjective:
        names.add(f"{adjective} Ministry of {canonical}")
    for w in {word.title(), *topic_words[:2]}:  # "Foreign Ministry", "Foreign Affairs Ministry"
        names.update({f"{entry.label} {w} Ministry", f"{entry.label}'s {w} Ministry"})
        names.add(f"{w} Ministry of {entry.label}")
        if adjective:
            names.add(f"{adjective} {w} Ministry")
    return f"Ministry of {canonical} of {entry.label}", names


def _lexicon_ministries(lex: Lexicon) -> dict[tuple[str, str], str]:
    """Lexicon ministries by (topic, state): the key a generated ministry must reuse."""
    found = _MINISTRIES.get(id(lex))
    if found is None:
        found = {}
        states = {k.removeprefix("state-"): k for k, e in lex.entries.items() if e.cls == "State"}
        for key, entry in lex.entries.items():
            if entry.cls != "Organisation" or entry.fine != "ministry":
                continue
            topic = next(
                (t for w, t in _MINISTRY_TOPIC_WORDS.items() if w in entry.label.lower()), None
            )
            state = (
                entry.state
                if entry.state in lex.entries
                else next((sk for slug_, sk in states.items() if key.endswith("-" + slug_)), None)
            )
            if topic and state:
                found.setdefault((topic, state), key)
        _MINISTRIES[id(lex)] = found
    return found


#: The end of a hyphenated word that describes a thing ("Lima-based", "Burke-class"): the
#: words before it are no one's name.
_ATTRIBUTIVE = re.compile(
    r"-(?:based|led|backed|owned|registered|funded|brokered|run|allied|aligned|linked|controlled"
    r"|held|headquartered|sponsored|supported|dominated|affiliated|listed|class|flagged|bound|built"
    r"|made|operated|era)$"
)
_SEAT_NOUNS = frozenset(
    "authorities government officials leadership junta military rulers regime".split()
)
#: Days and months: capitalised words that are no one's name.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december".split()
)
_PARTICLES = frozenset("de du del da di van von der den al bin ibn el la le".split())
#: The particles inside a town's name before a place's ("Mocímboa da Praia").
_PLACE_PARTICLES = _PARTICLES | {"do", "dos", "das"}
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|bin|ibn|ben|abu|van|von|de|da|di|du|le|la)-", re.I)
_POSSESSIVE = frozenset({"'", "’", "ʼ"})
_NON_NAME = frozenset(
    "republic kingdom federation union empire state states emirates islands island city county"
    " north south east west eastern western northern southern central upper lower greater new"
    " national international global world regional united islamic democratic people's popular"
    " arab african european asian american atlantic pacific republican democrat conservative labour"
    " liberal socialist communist"
    # nouns that head a title-case phrase of a text or an area, never a surname
    " measures statements principles guidelines arrangements provisions recommendations"
    " compact pact accord charter"
    " copyright annex district zone governorate prefecture municipality territory enclave"
    # a body's members named in capitals ("the Member Countries"), never a person
    " member members country countries"
    # a portfolio's last word ("Defence Affairs spokesman"), never a surname
    " affairs"
    # a trade a firm's name ends in ("Kestrel Energy"), never a surname
    " energy resources mining minerals petroleum oil gas water power"
    # what a scheme's name ends in ("the Northern Valley Water Project"), never a surname
    " project programme program scheme initiative"
    # a body's sittings and working parts ("the next Ministerial Meeting", "the Working
    # Groups", "Search and Rescue"), never a person
    " meeting meetings ministerial working groups search rescue"
    # the formations a force sends ("Rapid-Response Units"), never a person
    " unit units"
    # what an envoy's field ends in ("Children and Armed Conflict"), never a surname
    " conflict conflicts"
    # what a charter or a fund grants ("Human Rights", "Special Drawing Rights"), never a surname
    " rights"
    # where a ministry's people live ("Senegalese Abroad"), never a surname
    " abroad overseas"
    # the same words in other languages' names of states and bodies ("Republika", "Nasional")
    " republika república republica république republique repubblica republik reino"
    " nasional nacional nationale nazionale narodna narodni".split()
)
#: Adverb endings, in words of seven letters or more: "Illegally Occupied Jammu" is no name
#: ("Sally", "Kelly", "Daly" are).
_ADVERB_ENDINGS = ("ally", "ously", "ively", "edly", "fully", "lessly")


#: Endings of abstract nouns and of adjectives, in words of eight letters or more: "Regional
#: Empowerment", "Transport Connectivity" and "Transitional Government" are no names
#: ("Clement", "Ness" are).
_NOUN_ENDINGS = tuple(
    "ment tion sion ness ship ism ity ments tions sions isms ities ical ional".split()
)
#: Counts that may open an organisation's name and be left out ("the Three Brotherhood Alliance").
_AND = frozenset({"and", "&"})
_COMPASS = {
    "N": ("North", "Northern"),
    "S": ("South", "Southern"),
    "E": ("East", "Eastern"),
    "W": ("West", "Western"),
}
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
_WORD_CHARS = re.compile(r"\w+")
#: Two capitalised names joined by a hyphen ("China-U.S.", "Israel-Hamas", "US-China").
_NAME_PART = r"[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z]*"  # "U.S." or "China"
_HYPHEN_PAIR = re.compile(rf"(?<![\w-])({_NAME_PART})-({_NAME_PART})(?![\w-])")

#: Two words run together where a page lost the space or line between them ("Ruiz" and "Editing"
#: as "RuizEditing"): three small letters, then a capital opening a word. No name word ("McLeod",
#: "MacArthur", "DeSantis" have fewer small letters before the capital).
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z][a-z]")

#: Verbs of meeting and travel a title in title case writes after a name ("Ruiz Met with
#: Envoys", "Ruiz Tours Lima"), no word of anyone's name.
_HEADLINE_VERBS = frozenset(
    "met meets visits visited tours toured hosts hosted holds held arrives arrived heads"
    " headed sends sent seeks sought extends extended renews renewed adopts adopted approves"
    " approved votes voted signs signed launches launched suspends suspended lifts lifted"
    " imposes imposed expands expanded ends ended".split()
)

#: The short words a title in title case leaves in small letters.
_TITLE_CASE_SMALL = frozenset(
    "a an the and or nor but of to in on at by for from with as via vs".split()
)

#: Common words that, capitalised mid-sentence inside a name, are names ("He Yongqian").
_NAME_LIKE = frozenset(
    "he may will long young moon king rich mark grant ma lee li park song rice brown green hill"
    " bush price rose per line do".split()
)


#: A capitalised name, or a state's adjective with "-led", before a lower-case head of a body
#: after "the" ("the Islah party", "the Saudi-led coalition", "the Stop X campaign").
#: The kinds of body the lower-case heads of :data:`_LOWERCASE_HEADED` name (else "alliance").
_LOWERCASE_HEAD_KINDS = {
    "party": "party",
    "association": "ngo",
    "federation": "ngo",
    "foundation": "ngo",
    "campaign": "ngo",
}
_LOWERCASE_HEADED = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)\s+"
    r"(?:(?:opposition|ruling|governing|junior|far-right"
    r"|far-left|nationalist|centrist|main|small)\s+)?"
    r"((?:[A-Z][\w'’]+\s+){0,2}[A-Z][\w'’]+(-led)?)\s+"
    r"(party|coalition|alliance|group|association|federation|foundation|campaign)\b"
)


@dataclass(frozen=True)
class Mention:
    """``text[start:end]`` refers to entity ``key``.

    ``form`` says how: ``name``, ``capital``, ``building``, ``demonym`` (an
    adjective: "Russian demands"), ``demonym_actor`` ("the Russian side"),
    ``surname``, ``anaphor``, ``pair``, ``pronoun``.
    """

    start: int
    end: int
    key: str
    form: str = "name"

    @property
    def strong(self) -> bool:
        """Names the entity as such (not a mere adjective)."""
        return self.form != "demonym"


@dataclass
class EntityInfo:
    """What is known of one entity in this document."""

    key: str
    cls: str
    label: str
    fine: str | None = None
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)
    name_tokens: tuple[str, ...] = ()
    state: str | None = None
    role: str | None = None


@dataclass
class Resolution:
    """Entities and mentions of one document, mentions sorted by start."""

    entities: dict[str, EntityInfo]
    mentions: list[Mention]

    def actor_mentions(self, start: int, end: int) -> list[Mention]:
        """Mentions of actors (states, organisations, people) inside ``[start, end)``."""
        out = []
        for m in self.mentions[bisect_left(self.mentions, start, key=lambda m: m.start) :]:
            if m.start > end:
                break
            if m.end <= end and self.is_actor(m.key):
                out.append(m)
        return out

    def is_actor(self, key: str) -> bool:
        info = self.entities.get(key)
        return info is not None and info.cls in ("State", "Organisation", "Person")


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    norm: str
    initial: bool

    @property
    def cap(self) -> bool:
        c = self.text[0]
        return (
            c.isupper()
            or bool(_PARTICLE_PREFIX.match(self.text))
            and self.text.split("-", 1)[1][:1].isupper()
        )


#: Words that link one phrase to another, which no description of a state runs across ("the
#: treaty between the state firms" describes no state).
_LINKING_WORDS = _NAME_INSIDE | frozenset({"between", "with", "and", "or"})
#: What follows a body's national branch ("Oxfam Chile said", "..., urged", "has").
_BRANCH_AFTER = re.compile(
    r"(?:,|\s+(?:said|says|has|have|had|is|was|will|would|urged|called|described|warned"
    r"|welcomed|rejected|opposed|backed|criticised|criticized)\b)"
)
#: The word before a document name's "on", "of", "for" or "and" ("Declaration on ").
_DOCUMENT_LINK = re.compile(r"([A-Z][\w-]*)\s+(?:on|of|for|and)\s+(?:the\s+)?$")
#: "with" right before a name: a counterpart ("Arrangements with Malaysia").
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
#: Prepositions after a participle that opens a sentence ("Speaking for the X, ...").
_OPENING_PREPOSITIONS = frozenset({"for", "on", "to", "in", "at", "with", "from"})
#: A live blog's dash after its time ("10:12 CET - Speaking for ...").
_DASHES = ("- ", "– ", "— ")
#: A dash between spaces, as after a dateline ("LIMA, 3 May - When the ...").
_SPACED_DASHES = frozenset(" " + d for d in _DASHES)
#: The fine type of an organisation whose head word names a body of members ("assembly").
_MEMBERS_BODY = "international_body"


def _capitals_before_title_case(word: str, after: str) -> bool:
    """Whether a word in capitals comes before a connector and a word in title case: not one
    name ("INSTRUCT the Technical Secretariat": a communique's verb in capitals)."""
    return len(word) > 2 and word.isalpha() and word.isupper() and not after.isupper()


@dataclass(frozen=True)
class _Tables:
    titles: list[tuple[str, ...]]
    titles_by_first: dict[str, list[tuple[str, ...]]]
    place_words: frozenset[str]
    posting: frozenset[str]
    media: frozenset[str]
    event_words: frozenset[str]
    #: Plural nouns of people that end a title-case phrase, never a surname ("Islanders").
    people_nouns: frozenset[str]
    heads_final: dict[str, str]
    heads_initial: dict[tuple[str, ...], str]
    title_heads: frozenset[str]
    title_prefixes: frozenset[str]
    common_acronyms: frozenset[str]
    #: Known organisations labelled by an acronym, by that acronym (ambiguous ones left out).
    org_acronyms: dict[str, str]
    #: Known bodies a name of which calls them a mission or a force ("UN Interim Force").
    missions: frozenset[str]
    #: The states a formal name calls so, by the noun ("sultanate": Oman, "Sultanate of Oman").
    state_forms: dict[str, frozenset[str]]

    @cached_property
    def title_set(self) -> frozenset[tuple[str, ...]]:
        """The titles as a set, for a look-up by the words before a name."""
        return frozenset(self.titles)

    @cached_property
    def longest_title(self) -> int:
        """How many words the longest title has."""
        return max((len(t) for t in self.titles), default=0)


_TABLES: dict[int, _Tables] = {}


@lru_cache(maxsize=64)
def _role_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """ "the prime minister", "the envoy" (not "the Minister of X", "the Envoy Ana Rios"): a
    title or role after "the", longest first; compiled once per set of words (the lexicon's
    titles once per process)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(^|[.!?]\s+|\n)?\bthe\s+({alternatives})\b(?!\s+(?:of\b|(?-i:[A-Z])))", re.I
    )


def _longest_first(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches of two patterns as one alternation of both would find them: at each place the
    longest, none overlapping one kept before it."""

    def place(mt: re.Match[str]) -> int:
        return mt.start(0) + len(mt.group(1) or "")

    out: list[re.Match[str]] = []
    for mt in sorted(found, key=lambda m: (place(m), -m.end())):
        if not out or place(mt) >= out[-1].end():
            out.append(mt)
    return out


def _missions(lex: Lexicon) -> frozenset[str]:
    """The lexicon's organisations with a name that calls them a mission or a force."""
    words = {w.lower() for w in lex.language["mission_name_words"]}
    return frozenset(
        key
        for phrase, found in lex.phrases.items()
        if any(t.lower() in words for t in phrase)
        for key, form in found
        if form == "name" and lex.entries[key].cls == "Organisation"
    )


def _state_forms(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The states by the noun of ``state_form_nouns`` their formal names have before "of" or
    end with ("Sultanate of Oman", "Hashemite Kingdom of Jordan", "Kyrgyz Republic")."""
    nouns = {w.lower() for w in lex.language.get("state_form_nouns", [])}
    found: dict[str, set[str]] = {}
    for phrase, entries in lex.phrases.items():
        low = [t.lower() for t in phrase]
        of = low.index("of") if "of" in low[1:] else len(low)
        noun = low[of - 1] if len(low) > 1 else ""
        for key, form in entries:
            if noun in nouns and form == "name" and lex.entries[key].cls == "State":
                found.setdefault(noun, set()).add(key)
    return {noun: frozenset(keys) for noun, keys in found.items()}


def _tables(lex: Lexicon) -> _Tables:
    """The language tables in the forms the resolver compares against, built once per lexicon."""
    found = _TABLES.get(id(lex))
    if found is None:
        lang = lex.language
        titles = sorted(
            (tuple(norm_token(t).lower() for _, _, t in tokenize(x)) for x in lang["titles"]),
            key=len,
            reverse=True,
        )
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in titles:
            by_first.setdefault(title[0], []).append(title)
        found = _Tables(
            titles=titles,
            titles_by_first=by_first,
            place_words=frozenset(w.lower() for w in lang["place_words"]),
            posting=frozenset(lang["posting_verbs"]),
            media=frozenset(lang["medium_nouns"]),
            event_words=frozenset(w.lower() for w in lang["event_words"]),
            people_nouns=frozenset(w.lower() for w in lang.get("people_nouns", [])),
            heads_final={k.lower(): v for k, v in lang["org_heads_final"].items()},
            heads_initial={
                tuple(k.lower().split()): v for k, v in lang["org_heads_initial"].items()
            },
            title_heads=frozenset(w.lower() for w in lang.get("title_heads", [])),
            title_prefixes=frozenset(w.lower() for w in lang.get("title_prefixes", [])),
            common_acronyms=frozenset(lang.get("common_acronyms", [])),
            org_acronyms=_org_acronyms(lex),
            missions=_missions(lex),
            state_forms=_state_forms(lex),
        )
        _TABLES[id(lex)] = found
    return found


_DEMONYMS: dict[int, dict[str, str]] = {}
#: Words before a legislature's noun that make it no actor: a seat or an office in it ("member
#: of parliament"), a speaker's own ("our own parliament").
_NOT_THE_LEGISLATURE = frozenset("of our their its his her my your own".split())


def _demonyms(lex: Lexicon) -> dict[str, str]:
    """The adjectival demonyms of the lexicon's states, as written, to the state's key."""
    found = _DEMONYMS.get(id(lex))
    if found is None:
        found = {}
        for norms, pairs in lex.phrases.items():
            for key, form in pairs:
                entry = lex.entries.get(key)
                if form == "demonym" and entry and entry.cls == "State" and norms[0].islower():
                    found.setdefault(" ".join(w.capitalize() for w in norms), key)
        _DEMONYMS[id(lex)] = found
    return found


def _org_acronyms(lex: Lexicon) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for key, e in lex.entries.items():
        if e.cls == "Organisation" and re.fullmatch(r"[A-Z]{3,}", e.label):
            found.setdefault(e.label, []).append(key)
    return {acronym: keys[0] for acronym, keys in found.items() if len(keys) == 1}


def head_noun(label: str) -> str | None:
    """The head noun of an organisation's name of two words or more, lower-cased: the word
    before its first "of", "on" or "for", else its last ("Board of Governors": board;
    "Intergovernmental Panel on Climate Change": panel; "Security Council": council; "Alliance
    for Rural Credit": alliance)."""
    words = label.split()
    if len(words) < 2:
        return None
    at = next((i for i, w in enumerate(words) if i and w in ("of", "on", "for")), None)
    head = words[at - 1] if at is not None else words[-1]
    return head.lower() if head.isalpha() else None


def _opening_participle(word: str, left: int) -> bool:
    """A participle opening a sentence before a known name ("Greeting Abe, Putin said"): a
    word of six letters or more in "-ing", with a name still after it ("Irving Stone" stays a
    name: Stone is no name of a person the lexicon knows)."""
    return left > 1 and len(word) >= 6 and word.endswith("ing") and word.isalpha()


def initials(name: str) -> str:
    """The capitals a written-out name abbreviates to: the first letter of each capitalised
    word ("North Atlantic Treaty Organization": "NATO").

    >>> initials("Oslo Peace Forum")
    'OPF'
    """
    return "".join(w[0] for w in name.split() if w[0].isupper())


#: What follows a capital that names a process, an event or a text ("the Minsk format", "the
#: Algiers Peace Agreement", "the Vienna Convention"), not its government.
_EVENT_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?i:process|sequence|format|agreements?|accords?|protocols?|talks"
    r"|group|deal|summit|declaration|formula|framework|memorandum|communiqu[eé]|meetings?"
    r"|conference|rounds?|ceasefire|truce|time|conventions?|treaty|charter|pact|statute)\b"
)
#: What comes before a capital that ends the name of a text or a gathering ("the Treaty of
#: Paris", "the Declaration of Lima", "the Congress of Vienna"), not its government.
_EVENT_BEFORE = re.compile(
    r"\b(?:Treaty|Treaties|Charter|Declaration|Convention|Protocol|Accords?|Agreement|Pact"
    r"|Congress|Peace|Statute|Communiqu[eé]|Process|Conference|Summit)\s+of\s+(?:the\s+)?$"
)
#: A capital's name after a comma that ends a heading's field, where a body sits ("Ministry of
#: Foreign Affairs, Lima, 4 May").
_SEAT_AFTER = re.compile(r",[ \t]*([A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+)?)[ \t]*(?=,|\n|$)")
#: A sentence opened by the capital it happens in ("In Lima, the government said ...").
_OPENING_PLACE = re.compile(r"\s*In ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?),")
#: A heading's line of a name of two or three words, a comma and more ("Ana Rios, Spokesperson").
#: (after a label naming the part the person plays: "Host: Ana Rios, Department Spokesperson")
_NAME_POST_LINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+:[ \t]+)?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),"
)
#: A comma and a title ending a heading's line after a name (", Department Spokesperson").
_TITLE_TAIL = re.compile(  # (with the office's "of" phrase: "Prime Minister of the X Republic")
    r",\s*(?:[A-Z][\w'’-]*\s+){0,4}([A-Z][\w'’-]*)"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|the|[A-Z][\w'’-]*))*)?"
    # then the units it serves in, a comma before each (", Pacific Group, Ministry of Trade")
    r"(?:,\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|on|the|&|[A-Z][\w'’-]*))*)*"
)
#: A word of a written-out name: "Co-operation", "High-Level", "of".
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Lower-case words a written-out name may hold, whose letter its abbreviation may keep or drop
#: ("Council for Trade and Co-operation in the Andes": CTCA or CTCIA; "... Mission in Sudan": UNMIS).
_SPELLING_CONNECTORS = _CONNECTORS | {"in", "to", "at"}


def _spells(words: list[str], abbr: str) -> bool:
    """Whether ``abbr`` abbreviates ``words``: each capitalised word gives its first letter (a
    hyphenated one may give each part's), each connector its first letter or none.

    >>> _spells("Liberation Tigers of Tamil Eelam".split(), "LTTE")
    True
    >>> _spells("United Nations Mission in Sudan".split(), "UNMIS")
    True
    """
    if not words:
        return not abbr
    word, rest = words[0], words[1:]
    if word[0].isupper():
        parts = [w for w in word.split("-") if w]
        options = {word[0].upper(), "".join(w[0] for w in parts if w[0].isupper()).upper()}
    elif word.lower() in _SPELLING_CONNECTORS:
        options = {"", word[0].upper()}
    else:
        return False
    return any(abbr.startswith(o) and _spells(rest, abbr[len(o) :]) for o in options)


def _spelled_start(before: str, abbr: str) -> int | None:
    """Where in ``before`` the longest run of words ending it starts that ``abbr`` abbreviates
    (at least two capitalised words; none found: ``None``).

    >>> _spelled_start("peacekeepers of the United Nations Mission in Sudan", "UNMIS")
    20
    """
    run: list[re.Match[str]] = []  # the words before the end, separated by spaces only
    for mt in reversed(list(_NAME_WORD.finditer(before, max(0, len(before) - 160)))):
        gap = before[mt.end() : run[0].start() if run else len(before)]
        listed = (
            gap.strip() == "," and run and mt.group()[0].isupper() and run[0].group()[0].isupper()
        )
        if gap.strip() and not listed or "\n" in gap:
            break  # a comma only between capitalised words: "Immigration, Refugees and ..."
        run.insert(0, mt)
    for k, mt in enumerate(run):  # the earliest start first: the longest run
        words = [m.group() for m in run[k:]]
        if words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 2:
            if _spells(words, abbr):
                return mt.start()
    return None


#: The constructions whose verbs a title-case headline puts after a name.
_VERB_CONSTRUCTIONS = (
    "offer-verb",
    "demand-verb",
    "urging-verb",
    "speech-verb",
    "reject-verb",
    "support-verb",
)


#: The start of a description set off after a name, up to its noun of bodies ("X, a coalition
#: of ...", "X, Peru's customs agency, ...").
_LOCAL_GOVERNMENT = re.compile(
    r"[ \t]+(?:[Ss]tate|[Pp]rovincial|[Rr]egional|[Mm]unicipal|[Cc]ity|[Cc]ounty)[ \t]+"
    r"(?:[Gg]overnment|[Aa]dministration|[Aa]uthorities)\b"
)
#: A word of three letters or more that opens with a capital and holds no lower-case ASCII
#: letter: a candidate family name in capitals ("KANAI", "KEÇELİ").
_CAPITALS_WORD = re.compile(r"\b[A-Z][^\W\d_a-z]{2,}\b")
#: Lower-case words and an abbreviation in brackets right after them ("aviation fuel (SAF)").
_COMMON_SPELLED = re.compile(r"((?:\b[a-z][a-z-]*[ \t]+){2,6})\(([A-Z]{2,6})\)")
#: How far into a text its heading's lines may run.
_HEADING_SPAN = 400
#: How far after a body's description the comma before its name may stand ("the agency that
#: runs the canal, CANALCO,").
_SET_OFF_SPAN = 80
#: "administration" right after a region's name ("the Gedaref administration").
_REGIONAL_ADMINISTRATION = re.compile(r"[ \t]+[Aa]dministration\b")
_DESCRIBED = (
    r",\s+(?:a|an|the|[a-z]+['’]s)\s+(?:(?!(?:of|for|to|in|with|from)\s)[a-z-]+['’]?\s+){0,3}"
)


def _inflected_cue(word: str) -> bool:
    """Whether ``word`` is an inflected form ("offers", "rejected") of a verb of offering,
    asking, saying or taking a stance."""
    cues = load_cues()
    return any(
        lemma != word and cues.constructions.get(c, {}).get(lemma)
        for lemma in cues.lemmas(word)
        for c in _VERB_CONSTRUCTIONS
    )


def _currency_after(text: str, end: int) -> bool:
    """Whether a currency's noun (``currency_words``) follows ``end`` ("40 billion CFA
    francs"): the word before it names the currency, no body."""
    after = text[end : end + 16].split()[:1]
    return bool(after) and after[0].strip(".,;").lower() in load_cues().word_set("currency_words")


_ADJECTIVE_END = re.compile(r"[a-z]{3}(?:ic|al|ary|ive|ous)$")
#: An adjective's ending on a word before a capital's name ("Historic Cairo"), no given name's.
_ADJECTIVE_BEFORE_PLACE = re.compile(r"[a-z]{4}(?:ic|ive|ous)$")


def _joined_adjectives(before: str, after: str) -> bool:
    """Whether "and" joins two adjectives of one name, ``before`` and ``after`` it ("the Economic
    and Monetary Union", "the Political and Security Committee" has one on the left only: no).

    >>> _joined_adjectives("Economic", "Monetary"), _joined_adjectives("Institute", "Monetary")
    (True, False)
    """
    return bool(_ADJECTIVE_END.search(before.lower()) and _ADJECTIVE_END.search(after.lower()))


#: A byline: "By" and a capitalised name opening a line.
_BYLINE = re.compile(r"By\s+[A-Z][a-z]")
#: A dateline's place at a line's start: up to three capitalised words (perhaps "of" or
#: "de" between) before a comma, a bracketed agency or a dash ("KYIV, June 3", "HANOI
#: (Reuters) -", "Port Louis —", "PORT OF SPAIN,").
_DATELINE_LINE = re.compile(
    r"[ \t]*([A-Z][^\W\d_]+(?:(?: (?:of|de|la|del))? [A-Z][^\W\d_]+){0,2})(?:,| \(| [—–-])"
)
#: A label of two or three words in capitals at a line's start, before a colon or a bracketed
#: title ("ANA RIOS (Spokesperson):", "ANA DE RIOS:").
_CAPITAL_LABEL = re.compile(
    r"(?m)^[ \t]*([^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){1,3})"
    r"(?=:|[ \t]+\([^)\n]{2,80}\):|,[ \t]+[^\W\d_][^,:\n]{1,60}:)"
)
#: The kinds of organisation that are a state's own bodies, never a side apart from it.
STATE_ORGANS = frozenset({"ministry", "armed_force", "agency", "court"})
#: A place between commas in a title line ("Press briefing, Ankara, 30 October").
_PLACE_IN_TITLE = re.compile(r",[ \t]+([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*,")
#: How far into a document its dateline may stand (past a headline and a byline).
_DATELINE_SPAN = 400
#: What follows the place of a dateline: perhaps a date ("May 5", "5 May") and the agency in
#: brackets, then a bar or a dash between spaces.
_DATELINE_MARK = re.compile(
    r"(?:,[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})\b)?"
    r"(?:[ \t]*\([A-Z][\w .&-]{1,30}\))?[ \t]+(?:\||[—–]|-{1,2})[ \t]+"
)


#: A dateline's agency in brackets, after its place and date, before the dash ("HELSINKI,
#: March 11, 2026 (Nordic Wire) -", "HANOI (Reuters) -").
_DATELINE_AGENCY = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z .'/-]{1,40}?(?:,[ \t]*[\w ,.]{3,25}?)?[ \t]*"
    r"\(([A-Z][\w .&'-]{1,30}?)\)[ \t]*(?:[—–]|-{1,2})[ \t]"
)


class _Antecedents:
    """What the mentions met so far offer a reference: the latest organisation of each kind,
    and per class the two entities named most (ties to the one named first)."""

    def __init__(
        self, entities: dict[str, EntityInfo], words: frozenset[str], known: frozenset[str]
    ) -> None:
        self.entities = entities
        self.mission_words = words
        self.missions = set(known)  # grows with the bodies found to be missions by name
        self.checked: set[str] = set()
        self.latest: dict[str | None, tuple[int, int, str]] = {}
        self.most: dict[str, TopTwo] = {}

    def feed(self, i: int, m: Mention) -> None:
        """Count mention ``m`` (id ``i``)."""
        info = self.entities.get(m.key)
        if info is None:
            return
        if info.cls == "Organisation":
            rank = (m.start, i, m.key)
            kinds = [info.fine]
            if self._mission(info):
                kinds.append("mission")  # "the mission": a body sent to a place
            for kind in kinds:
                if kind not in self.latest or rank > self.latest[kind]:
                    self.latest[kind] = rank
        if not m.strong:
            return
        if info.fine == "media":
            return  # "MANILA (Reuters) - ... both sides": an outlet reports, it is no side
        self._count(info.cls, m.key, (m.start, i))
        if info.cls in ("State", "Organisation"):  # "both sides": states or groups
            self._count("Actor", m.key, (m.start, i))
        elif info.cls == "Person" and info.state in self.entities:
            # "Maduro and Ali met ... both governments": a leader counts for the state the
            # lexicon has them lead.
            self._count("State", info.state, (m.start, i))
            self._count("Actor", info.state, (m.start, i))

    def _mission(self, info: EntityInfo) -> bool:
        """Whether an international body's name calls it a mission or a force ("UN Interim
        Force in Lebanon", "Monitoring Mission"), in its label or an alias."""
        if info.fine != "international_body":
            return False
        if info.key not in self.checked:  # each body's names read once
            self.checked.add(info.key)
            names = (info.label, *info.aliases)
            if any(word in self.mission_words for name in names for word in name.split()):
                self.missions.add(info.key)
        return info.key in self.missions

    def _count(self, cls: str, key: str, rank: tuple[int, int]) -> None:
        self.most.setdefault(cls, TopTwo()).feed(key, rank)


@cache
def _followed_by(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for " NOUN" followed by a word boundary, any of ``nouns`` (a language table),
    compiled once per table rather than one pattern per noun at each mention."""
    return re.compile(" (?:" + "|".join(map(re.escape, nouns)) + r")\b" if nouns else "(?!)")


#: A body's capitalised head word before a lower-case noun, after "a" or a number ("a
#: Commission official", "two Council diplomats"): the body named last with that head.
_HEAD_AS_MODIFIER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[a-z]+\s+)?([A-Z][a-z]+)(?=\s+[a-z])"
)


#: A body's head word, capitalised or not, right before a spokesperson's title ("council
#: spokesman X", "Commission spokeswoman Y"): the body named last with that head.
#: "Her forum wants A", "his party": a head noun after a person's possessive pronoun.
#: (Not "her office": one's own office, whatever body it is in.)
_HEAD_AFTER_HER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?!office\b)([a-z]+)\b")
#: "the central bank": a lower-case word and a head noun after "the".
_OWN_WORD_THEN_HEAD = re.compile(r"\b[Tt]he ([a-z]+) ([a-z]+)\b")
_HEAD_BEFORE_SPOKESPERSON = re.compile(
    r"\b([A-Za-z][a-z]+)(?=\s+spokes(?:man|woman|person|people|men|women)\b)"
)


#: What may stand between a state and its noun ("Tarvia's ruling junta", "the Tarvian junta"):
#: a possessive and up to two lower-case words, ending where the noun starts.
_OWNER_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+$")


def _titled_apposition(
    norms: list[str], titles: frozenset[tuple[str, ...]], longest: int, by: int, k: int
) -> bool:
    """Whether token ``k`` follows a comma that closes a title and its body after a session's
    "by" (token ``by``: "by the Spokesperson of the Ministry of Foreign Affairs, Ana Rios", "by
    the Ministry of Foreign Affairs Spokesperson, Ana Rios"), and opens no title of its own
    (", Ambassador Ana Rios" is read after "Ambassador")."""
    if norms[k - 1] != "," or by + 1 >= k - 1:
        return False
    if any(tuple(norms[k : k + n]) in titles for n in range(1, longest + 1)):
        return False
    return (
        any(
            tuple(norms[by + 1 + skip : by + 1 + skip + n]) in titles
            for skip in (0, 1)  # "by Spokesperson", "by the Spokesperson"
            for n in range(1, longest + 1)
        )
        or any(tuple(norms[k - 1 - n : k - 1]) in titles for n in range(1, longest + 1))
    )


@lru_cache(maxsize=4)
def _kind_epithet_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """ "the" and up to two describing words before a noun of a kind of body ("the UN nuclear
    watchdog"), not before "of" or "for" ("the group of experts")."""
    return re.compile(
        r"\b[Tt]he ((?:(?:[a-z][a-z-]+|UN|U\.N\.) ){0,2})(" + "|".join(kinds) + r")\b"
        r"(?!\s+(?:of|for)\b)"
    )


@lru_cache(maxsize=4)
def _body_before_title_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """The last word of a body's name in lower case (one of ``heads``), then a word in lower
    case (the title) and a capital: "caucus co-chair Ana", "union spokesman Ana"."""
    return re.compile(
        r"(?<![\w'’-])(" + "|".join(map(re.escape, heads)) + r")[ \t]+([a-z][a-z-]+)[ \t]+(?=[A-Z])"
    )


#: Words in capitals one after another, "of", "and", "for" or "the" between them ("Standard
#: Operating Procedure", "Plan of Action").
_CAPITALISED_PHRASE = re.compile(
    r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-Z][a-z]+)+"
)
#: A city after a comma that ends a heading's line: "Ministry of Foreign Affairs|, Amman".
_CAPITAL_ENDING_LINE = re.compile(r",[ \t]+([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]*(?:\n|$)")
#: A body named by a resolution's number: "1540 Committee", "1267 Sanctions Committee".
_NUMBERED_BODY = re.compile(r"\b\d{3,4}(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Committee|Commission)\b")
#: What follows a person's surname, not a noun a people's adjective describes: "X Magyar|,
#: whose", "X Magyar| said".
#: A relative clause about a thing right after a name: ", which", never a person's "who".
_THING_RELATIVE = re.compile(r",\s+which\s+(?:is|was|has|had|runs|operates|owns|builds)\b")
#: A thing's relative clause, then a speech verb: the clause's name is a body that speaks.
_SPEAKING_THING = re.compile(
    r",\s+which\s[^,.;:\n]{3,120},\s+(?:said|says|told|announced|warned|added|insisted)\b"
)
#: A ministry's first field before "and" and the field the topic names ("Ministry of
#: |African Integration and |Foreign Affairs").
_FIELD_BEFORE = r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+(?:and|&)\s+(?:the\s+)?)?"
_AFTER_SURNAME = re.compile(r"\s*(?:,|\)|\s+(?:said|says|told|has|had|was|is|who|and)\b)")
#: A verb of a meeting: "The Ministers ... met in Z".
_MEETING_VERB = re.compile(r"\b(?:met|meeting|gathered|convened)\b")
#: A name given to what comes before: "the three powers|, known as the E3".
_KNOWN_AS = re.compile(r",?\s+(?:known as|called|dubbed)\s+(?:the\s+)?")


class _Resolver:
    def __init__(self, text: str, sentences: list[Sentence], lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.lang = lex.language
        self.common = lex.common_words
        self.entities: dict[str, EntityInfo] = {}
        self.mentions: SpanTable[Mention] = SpanTable(len(text))
        self.person_tokens: set[str] = set()  # the name tokens of every person entity
        t = _tables(lex)
        self.titles = t.titles
        self.titles_by_first = t.titles_by_first
        self.place_words = t.place_words
        self.given_place_names = frozenset(self.lang.get("given_names_of_places", ()))
        self.city_qualifiers = frozenset(self.lang.get("city_qualifiers", ()))
        self.posting = t.posting
        self.media = t.media
        self._counted: dict[str, int] = {}  # how often a string occurs in the text
        #: The nouns of news outlets, as one pattern ("daily|weekly|news agency|...").
        self.outlets = "|".join(re.escape(w) for w in self.lang["outlet_nouns"])
        self.event_words = t.event_words
        self.people_nouns = t.people_nouns
        self.heads_final = t.heads_final
        self.heads_initial = t.heads_initial
        #: Heads that, before "of" and a known name, name that state ("Government of Canada").
        self.state_named = frozenset(w.lower() for w in self.lang["state_named_heads"])
        self.toks: list[_Tok] = []
        initial_at = set()
        for s in sentences:
            initial_at.add(s.start)
        for s in sentences:
            for a, b, word in tokenize(text[s.start : s.end]):
                a += s.start
                b += s.start
                prev = text[max(s.start, a - 2) : a].strip()
                initial = (
                    a in initial_at
                    or (prev[-1:] in '“"«‘(:' and prev != "")
                    or text[max(s.start, a - 3) : a] in _SPACED_DASHES
                )  # after a dateline's or a live blog's time's dash too
                self.toks.append(_Tok(a, b, word, norm_token(word), initial))
        self.unexplained: list[tuple[int, int]] = []
        self.ner: NerComponent | None = None
        self.sentences = sentences
        self.single_candidates: list[tuple[int, bool]] = []  # token index, titled
        self.title_singles: list[int] = []  # a title alone ("Pope"), perhaps a surname
        self._document_tail = -1  # where the last run inside a document's name ended
        self._headlines: dict[int, bool] = {}  # line start: whether it is in title case
        self._venues: list[tuple[int, int]] = []  # states named where a meeting took place
        self._placed_starts: set[int] = set()  # tokens of names placed before the chunks
        self._family_names: dict[str, str] = {}  # person key: family name written in capitals

    # -- entity bookkeeping --------------------------------------------------

    def _entity_from_lexicon(self, key: str) -> EntityInfo:
        info = self.entities.get(key)
        if info is None:
            e = self.lex.entries[key]
            info = EntityInfo(key, e.cls, e.label, e.fine, e.wikidata, state=e.state, role=e.role)
            if e.cls == "Person":
                info.name_tokens = tuple(  # "al-Sharaa" is met as "Sharaa" too
                    _PARTICLE_PREFIX.sub("", norm_token(t))
                    for _, _, t in tokenize(e.label)
                    if t[0].isalpha()
                )
            self._register(info)
        return info

    def _register(self, info: EntityInfo) -> None:
        self.entities[info.key] = info
        if info.cls == "Person":
            self.person_tokens.update(info.name_tokens)

    def _clear(self, start: int, end: int) -> None:
        """Drop the mentions that lie within ``start:end``, before a name read whole there."""
        for i, m in self.mentions.starting_in(start, end):
            if m.end <= end:
                self.mentions.remove(i)

    def _add(self, start: int, end: int, key: str, form: str) -> int:
        """Record a mention; returns its id in :attr:`mentions`."""
        i = self.mentions.add(Mention(start, end, key, form))
        info = self.entities.get(key)
        if info is not None and form not in ("pronoun", "pair"):
            info.aliases.add(" ".join(self.text[start:end].split()))
        return i

    # -- the text's landmarks, found once --------------------------------------

    @cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    @cached_property
    def _wrapped(self) -> frozenset[int]:
        """The newlines inside a sentence: where hard-wrapped text broke a line ("... the
        Foreign Minister, Ana / Ruiz, said"), which a name goes on across."""
        return frozenset(
            k for s in self.sentences for k in range(s.start, s.end) if self.text[k] == "\n"
        )

    def _line_break(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a newline that ends a line of text, not a wrap."""
        return any(
            c == "\n" and k not in self._wrapped for k, c in enumerate(self.text[start:end], start)
        )

    @cached_property
    def _stops(self) -> list[int]:
        return [m.start() for m in re.finditer(r"\. ", self.text)]

    def _line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``."""
        i = last_at_most(self._newlines, pos - 1)
        return self._newlines[i] + 1 if i >= 0 else 0

    def _clause_start(self, pos: int) -> int:
        """``max(text.rfind(". ", 0, pos), text.rfind("\\n", 0, pos)) + 1``."""
        i = last_at_most(self._stops, pos - 2)
        return max(self._stops[i] if i >= 0 else -1, self._line_start(pos) - 1) + 1

    @cached_property
    def _word_starts(self) -> dict[str, list[int]]:
        """Where each word starts that follows neither a word character nor a dot."""
        found: dict[str, list[int]] = {}
        for m in re.finditer(r"(?<![\w.])\w+", self.text):
            found.setdefault(m.group(), []).append(m.start())
        return found

    def _last_sentence_by(self, pos: int) -> Sentence | None:
        """The last sentence that ends by ``pos``."""
        ends = self._sentence_ends
        if ends is None:
            prev = [x for x in self.sentences if x.end <= pos]
            return prev[-1] if prev else None
        i = last_at_most(ends, pos)
        return self.sentences[i] if i >= 0 else None

    def _sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding ``pos``."""
        i = self._sentence_index(pos)
        return None if i is None else self.sentences[i]

    def _sentence_index(self, pos: int) -> int | None:
        """The index of the sentence holding ``pos``."""
        ends = self._sentence_ends
        if ends is None:
            return next((i for i, x in enumerate(self.sentences) if x.start <= pos < x.end), None)
        i = last_at_most(ends, pos) + 1
        return i if i < len(self.sentences) and self.sentences[i].start <= pos else None

    @cached_property
    def _sentence_ends(self) -> list[int] | None:
        """The sentences' ends, if they come in order (else ``None``)."""
        ends = [x.end for x in self.sentences]
        return ends if all(a <= b for a, b in zip(ends, ends[1:], strict=False)) else None

    def _new_entity(self, cls: str, surface: str, fine: str | None = None) -> str:
        prefix = {"Person": "person", "Organisation": "org", "Place": "place"}[cls]
        surface = " ".join(surface.split())  # a name a wrapped line broke: one line
        key = f"{prefix}-{slug(surface)}"
        if key in self.lex.entries:
            self._entity_from_lexicon(key)
            return key
        info = self.entities.get(key)
        if info is None:
            info = EntityInfo(key, cls, surface, fine)
            if cls == "Person":
                info.name_tokens = tuple(
                    _PARTICLE_PREFIX.sub("", norm_token(t))
                    for _, _, t in tokenize(surface)
                    if t[0].isalpha()
                )
            self._register(info)
        return key

    # -- chunks --------------------------------------------------------------

    def chunks(self) -> list[tuple[int, int]]:
        out = []
        toks = self.toks
        i = 0
        n = len(toks)
        while i < n:
            if not toks[i].cap or toks[i].text in _POSSESSIVE or self._placed(i):
                i += 1
                continue
            if toks[i].text in self._honorifics or toks[i].text in self._members_abbreviated:
                i += 1  # "H.E. Ana Rios": a form of address, no part of the name ("He Lifeng");
                continue  # "MPs": members, no one's name
            if toks[i].text in self._common_abbreviations:
                i += 1  # "small arms fire (SAF)": no Sudanese Armed Forces here
                continue
            if self._opening_participle(i):
                i += 1  # "Speaking for the Fishers' Union, ...": no part of the name
                continue
            j = self._chunk_end(i)
            j = next((k for k in range(i + 1, j) if self._placed(k)), j)
            while j - 1 > i and (
                toks[j - 1].norm in _CONNECTORS or toks[j - 1].text in self._members_abbreviated
            ):
                j -= 1  # "the Labour Party MPs": the party, then its members
            j = self._whole_name_end(i, j)
            out.append((i, j))
            i = j
        return out

    def _opening_participle(self, i: int) -> bool:
        """Whether token ``i`` is a participle that opens its sentence before a preposition
        ("Speaking for the X", "Writing in the Y"), also after a live blog's time and dash: a
        verb, not a name's first word, unless the lexicon knows it ("Beijing for its part")."""
        toks = self.toks
        return (
            (toks[i].initial or self.text[max(0, toks[i].start - 2) : toks[i].start] in _DASHES)
            and i + 1 < len(toks)
            and toks[i].text.endswith("ing")
            and toks[i].text[1:].islower()
            and toks[i + 1].text in _OPENING_PREPOSITIONS
            and not self._lexicon_match(i, i + 1)
        )

    @cached_property
    def _members_abbreviated(self) -> frozenset[str]:
        return frozenset(self.lang.get("members_abbreviated", ()))

    @cached_property
    def _place_openers(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.lang.get("place_openers", ()))

    @cached_property
    def _honorifics(self) -> frozenset[str]:
        return frozenset(self.lang.get("dotted_honorifics", ()))

    @cached_property
    def _common_abbreviations(self) -> frozenset[str]:
        """The abbreviations the text spells out in lower-case words before them in brackets
        ("small arms fire (SAF)"): things, whatever names the letters also stand for."""
        found = set()
        for mt in _COMMON_SPELLED.finditer(self.text):
            words, abbr = mt.group(1).split(), mt.group(2)
            if any(
                _spells([w.capitalize() for w in words[-k:]], abbr)
                for k in range(2, len(words) + 1)
            ):
                found.add(abbr)
        return frozenset(found)

    def _placed(self, i: int) -> bool:
        """Whether token ``i`` is inside a name a pass before the chunks placed (a family name
        in capitals): no chunk runs into it."""
        return self.toks[i].start in self._placed_starts

    def _whole_name_end(self, i: int, j: int) -> int:
        """Where the chunk of tokens ``i`` to ``j`` ends, taken on to the end of a name the
        lexicon knows that starts inside it and runs past it, on one line ("Food and Agriculture
        Organization of the United Nations", "Later the UN Assistance Mission in Afghanistan")."""
        toks, n = self.toks, len(self.toks)
        for at in range(i, j):
            whole = self._lexicon_match(at, min(n, at + self.lex.max_len))
            if whole and whole[0] > j:
                if any(
                    self._line_break(toks[x].end, toks[x + 1].start)
                    for x in range(at, whole[0] - 1)
                ):
                    return j
                return whole[0]
        return j

    def _fields_end(self, i: int, j: int) -> int | None:
        """Where a body's name that lists its fields ends, when a comma at token ``j`` follows
        "Ministry of Economy" (a body's head, "of", "for" or "on", a field): the list goes on with
        capitalised fields, commas between, "and" before the last ("Economy, Trade and
        Industry"), none of them a name the lexicon knows."""
        toks, n = self.toks, len(self.toks)
        if not any(t.norm in ("of", "for", "on") for t in toks[i + 1 : j - 1]):
            return None
        if self._org_head(i, j) is None or self._lexicon_match(j - 1, j):
            return None
        if any(t.norm.lower() == "ministry" for t in toks[i:j]):
            return None  # a state's ministry: read as its state (see _ministries)
        k = j + 1
        while True:
            e = self._capitalised_run(k)
            if e == k or self._lexicon_match(k, e):
                return None
            if e < n and toks[e].text == ",":
                k = e + 1
                continue
            if e + 1 < n and toks[e].norm == "and" and toks[e + 1].cap:
                last = self._capitalised_run(e + 1)
                return None if self._lexicon_match(e + 1, last) else last
            return None

    def _capitalised_run(self, k: int) -> int:
        """The end of the capitalised words, a space apart, from token ``k`` (three at most)."""
        toks, e = self.toks, k
        while (
            e < len(toks)
            and e - k < 3
            and toks[e].cap
            and (e == k or toks[e - 1].end < toks[e].start)
        ):
            e += 1
        return e

    def _joined_across(self, j: int, k: int) -> bool:
        """Whether the connectors at tokens ``j:k`` join the name before them to the
        capitalised word at ``k`` ("Food and Agriculture", "Bank for International"; not
        "INSTRUCT the General ...": a verb in capitals, then a name)."""
        toks = self.toks
        return (
            k < len(toks)
            and toks[k].cap
            and not _capitals_before_title_case(toks[j - 1].text, toks[k].text)
            and toks[k].norm.lower() not in CALENDAR_WORDS
            and (
                k - j == 1
                and (toks[j].norm.lower() != "the" or toks[j - 1].norm.endswith("ing"))
                # ("make the X Centre the Hub's seat": two; "Fund for Saving the Sea": one)
                or toks[j].norm in _PARTICLES
                or toks[j].norm in ("of", "for", "on", "para", "pour", "por")
            )
        )

    def _chunk_end(self, i: int) -> int:
        """Where the run of capitalised words starting at token ``i`` ends: names go on across
        connectors ("Food and Agriculture"), possessives, initials and "O'Brien"."""
        toks = self.toks
        n = len(toks)
        j = i + 1
        while j < n:
            t = toks[j]
            if toks[j - 1].end != t.start and not self.text[toks[j - 1].end : t.start].isspace():
                break
            if self._line_break(toks[j - 1].end, t.start):
                break
            if t.cap and not t.initial or self._ad_hoc(j):
                j += 1
                continue
            if t.norm in _CONNECTORS:
                k = j
                while k < n and toks[k].norm in _CONNECTORS and k - j < 3:
                    k += 1
                if self._joined_across(j, k) or self._field_after_the(i, j, k):
                    j = k
                    continue
            if t.text in _POSSESSIVE and j + 2 < n and toks[j + 1].norm == "s" and toks[j + 2].cap:
                j += 2
                continue
            if self._purpose_named(j):
                j += 1  # "the Campaign to Ban Landmines": a body named after its aim
                continue
            if self._inner_apostrophe(j):
                j += 2  # "Gideon Sa'ar", "Vitel'homme Innocent": one word
                continue
            if (
                t.text in _POSSESSIVE
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j - 1].end == t.start
                and (self._name_possessor(j - 1) or self._members_of_body(j - 1, j + 1))
            ):
                j += 1  # "the Peoples' Democratic Party", "the Commuters' Association"
                continue
            if t.text == "," and (fields := self._fields_end(i, j)):
                j = fields  # "the Ministry of Economy, Trade and Industry"
                continue
            glued = j + 1 < n and t.end == toks[j + 1].start and toks[j + 1].cap
            if t.text == "." and len(toks[j - 1].text) == 1 and j + 1 < n and toks[j + 1].cap:
                j += 1  # an initial: "Joseph R. Biden"
                continue
            if (
                t.text in _POSSESSIVE
                and glued
                and toks[j - 1].end == t.start
                and len(toks[j - 1].text) <= 2
            ):
                j += 1  # "O'Brien", "D'Alema"
                continue
            break
        return j

    def _field_after_the(self, i: int, j: int, k: int) -> bool:
        """Whether the "and the" at tokens ``j:k`` joins a ministry's last field to its name
        ("Ministry of Culture and the Arts"): one capitalised word that ends the name, no
        body's head, title or name the lexicon knows ("Ministry of Defence and the Navy": two)."""
        toks = self.toks
        if [t.norm.lower() for t in toks[j:k]] != ["and", "the"] or k + 1 >= len(toks):
            return False
        if not any(
            t.norm.lower() in ("ministry", "department") and toks[x + 1].norm in ("of", "for")
            for x, t in enumerate(toks[i:j], start=i)
        ):
            return False
        return (
            toks[k].cap
            and not toks[k + 1].cap
            and self._field_word(toks[k].norm.lower())
            and self._lexicon_match(k, k + 1) is None
        )

    def _field_word(self, low: str) -> bool:
        """Whether a word may end a ministry's field: no body's head ("Navy") nor a title's
        ("Minister")."""
        return low not in self.heads_final and low not in _tables(self.lex).title_heads

    def _purpose_named(self, j: int) -> bool:
        """Whether the "to" at token ``j`` joins a body's head word to the aim its name goes on
        with, a verb and a capitalised object ("Campaign to Ban Landmines", "Committee to
        Protect Journalists"; not "the Mission to Mali")."""
        toks = self.toks
        return (
            toks[j].norm == "to"
            and j + 2 < len(toks)
            and toks[j - 1].norm.lower() in self.lang.get("purpose_name_heads", ())
            and toks[j + 1].cap
            and toks[j + 1].norm.lower() in self.lang.get("purpose_name_verbs", ())
            and toks[j + 2].cap
        )

    def _inner_apostrophe(self, j: int) -> bool:
        """Whether token ``j`` is an apostrophe inside a word of a name, between letters, with
        lower-case letters after it that are no possessive "s" ("Sa'ar", "Ja'afari")."""
        toks = self.toks
        if toks[j].text not in _POSSESSIVE or j + 1 >= len(toks) or j == 0:
            return False
        prev, nxt = toks[j - 1], toks[j + 1]
        return (
            prev.end == toks[j].start
            and toks[j].end == nxt.start
            and prev.text[-1:].isalpha()
            and nxt.text[:1].islower()
            and nxt.text.isalpha()
            and nxt.norm not in ("s", "t", "re", "ve", "ll", "d", "m")
        )

    def _ad_hoc(self, j: int) -> bool:
        """Whether token ``j`` is the "hoc" of "Ad hoc" inside a name ("the High-Level Ad hoc
        Committee"): Latin, lower-cased, with the name going on after it."""
        toks = self.toks
        return (
            toks[j].norm == "hoc"
            and toks[j - 1].norm == "ad"
            and j + 1 < len(toks)
            and toks[j + 1].cap
        )

    def _lexicon_match(self, i: int, j: int) -> tuple[int, list[tuple[str, str]]] | None:
        """Longest lexicon phrase starting at token i and ending by j."""
        toks = self.toks
        # Extend while some phrase still starts this way; keep the longest full phrase.
        titled = toks[i].text[:1].isupper() and not toks[i].text.isupper()
        best: tuple[int, list[tuple[str, str]]] | None = None
        exact: tuple[str, ...] = ()
        lower: tuple[str, ...] = ()
        for k in range(i, min(j, i + self.lex.max_len)):
            exact = (*exact, toks[k].norm)
            lower = (*lower, toks[k].norm.lower()) if titled else ()
            live = exact in self.lex.prefixes or (titled and lower in self.lex.prefixes)
            if not live:
                break
            found = self.lex.lookup(exact) or (self.lex.lookup(lower) if titled else [])
            if found:
                best = (k + 1, found)
        return best

    def _strip_title(self, i: int, j: int) -> tuple[int, str | None]:
        if i >= j:
            return i, None
        first = self.toks[i].norm.lower()
        candidates = self.titles_by_first.get(first)
        if not candidates:
            # "Water Minister", "Deputy Speaker": a capitalised word before an office is a title too.
            t = _tables(self.lex)
            if (
                j - i >= 3
                and self.toks[i + 1].norm.lower() in t.title_heads
                and (first in t.title_prefixes or self.toks[i].cap)
            ):
                return i + 2, " ".join(x.text for x in self.toks[i : i + 2])
        norms = [t.norm.lower() for t in self.toks[i:j]]
        for title in candidates or ():
            if tuple(norms[: len(title)]) == title and len(title) < len(norms):
                return i + len(title), " ".join(t.text for t in self.toks[i : i + len(title)])
        if first in _tables(self.lex).title_prefixes:  # "First Deputy Managing Director X",
            # "Assistant Director-General for A of X"
            k, rest = self._strip_title(i + 1, j)
            if rest is not None:
                return k, f"{self.toks[i].text} {rest}"
        return i, None

    def _org_head(self, i: int, j: int) -> str | None:
        toks = self.toks[i:j]
        low = [t.text.lower() for t in toks]
        lead = 1 if len(low) > 2 and low[0] in _FOREIGN_ARTICLES else 0  # "El Colegio de X"
        for head, fine in self.heads_initial.items():
            end = lead + len(head)
            if (
                tuple(low[lead:end]) == head
                and len(low) > end
                and (low[end] in _CONNECTORS or head[0] in _FOREIGN_HEADS)
            ):
                if fine == "research_institute":
                    return fine  # "Fundação Getulio Vargas": named after a person, still a body
                if self._names_known(i + lead, j, head) or self._names_a_kind(i + lead, j, head):
                    return None
                return fine
        if len(low) >= 3 and low[1] == "for" and low[0] in self.lang.get("cause_group_nouns", ()):
            return "ngo"  # "Relatives for Justice", "Lawyers for Human Rights": a cause's group
        if len(low) >= 2 and low[-1] in self.heads_final and low[-2] not in _CONNECTORS:
            if len(low) == 2 and low[-1] in self.lang.get("leader_named_heads", ()):
                return None  # "the Trump Administration": a leader's government, no body
            if low[-1] in self.lang.get("seat_heads", ()) and self._lexicon_match(i, j - 1):
                return None  # "United Nations Headquarters": where a known body sits, a place
            if low[-2] in self.place_words and self.heads_final[low[-1]] == "media":
                return None  # "Border Post": a facility, no newspaper
            return self.heads_final[low[-1]]
        for k in range(1, len(low) - 1):
            if low[k] in self.heads_final and low[k + 1] in ("for", "on", "of"):
                return self.heads_final[low[k]]
            if low[k] in self.heads_final and self._purpose_named(i + k + 1):
                return self.heads_final[low[k]]  # "the Coalition to End Plastic Pollution"
        if len(low) >= 3 and low[-2] in self.heads_final and self._state_token(j - 1):
            return self.heads_final[low[-2]]  # "Export Board Peru": named after its state
        return None

    def _state_token(self, k: int) -> bool:
        """Whether token ``k`` alone is a state's name the lexicon knows."""
        found = self._lexicon_match(k, k + 1)
        return found is not None and any(
            self.lex.entries[key].cls == "State" for key, _ in found[1]
        )

    def _names_known(self, i: int, j: int, head: tuple[str, ...]) -> bool:
        """Whether a head that can stand for a state's own body is followed by a name the lexicon
        knows ("Government of Canada": Canada's; "Government of National Accord": a body)."""
        k = self._after_state_head(i, j, head)
        return k is not None and k < j and self._lexicon_match(k, j) is not None

    def _names_a_kind(self, i: int, j: int, head: tuple[str, ...]) -> bool:
        """Whether a head that can stand for a state's own body is followed by a word no name
        has, a kind of place ("the Government of the State concerned": whichever it is)."""
        k = self._after_state_head(i, j, head)
        return k is not None and j - k == 1 and self.toks[k].norm.lower() in _NON_NAME

    def _after_state_head(self, i: int, j: int, head: tuple[str, ...]) -> int | None:
        """Where the words after a head that can stand for a state's own body start, past its
        "of" and "the"; None for any other head."""
        return self._past_of_the(i + len(head), j) if head[0] in self.state_named else None

    def _past_of_the(self, k: int, j: int) -> int:
        """Where a name starts after the "of" and "the" from token ``k`` (before ``j``)."""
        while k < j and self.toks[k].norm.lower() in ("of", "the"):
            k += 1
        return k

    def _headline(self, pos: int) -> bool:
        """Whether the line at ``pos`` is in title case (a headline: "Kurti Sets Clear
        Conditions For Talks"), where capitals do not mark names."""
        start = self._line_start(pos)
        if start not in self._headlines:
            end = self.text.find("\n", start)
            line = self.text[start : end if end >= 0 else None].rstrip()
            words = re.findall(r"[^\W\d_][\w'’-]*", line)
            big = [  # a title, not a sentence, leaves short words small: "Peru Meets with Chile"
                w for w in words if line.endswith(".") or w not in _TITLE_CASE_SMALL
            ]
            self._headlines[start] = (
                start - 1 not in self._wrapped
                and end not in self._wrapped  # a line of hard-wrapped text: a sentence's part
                and 4 <= len(words) <= 30
                and not line.endswith((",", ";"))  # a preamble's clause: "The Council, ... ,"
                and sum(w[0].isupper() for w in big) >= 0.75 * len(big)
                and not line.endswith(":")  # a speaker's name and title: "Vice Premier He Lifeng:"
                and not _BYLINE.match(line)  # "By Ana Rios, Senior Fellow": who wrote it
                and not self._people_listed(line)  # "Speakers: Ana Rios, Chief Spokesperson"
            )
        return self._headlines[start]

    def _noun_after_name(self, j: int) -> bool:
        """Whether a noun after the name ending before token ``j`` makes it a people's name
        ("the Tarvo Mendi villagers") or a thing's ("the Punta Loma benchmark", "its Sierra
        Alta field": ``named_thing_heads``)."""
        return self._people_noun_after(j) or (
            j < len(self.toks) and self.toks[j].norm.lower() in self.lang["named_thing_heads"]
        )

    def _people_noun_after(self, j: int) -> bool:
        """Whether a plural noun of people follows the name ending before token ``j``, also
        past a coordinated name ("the Tarvo and Mendi herders")."""
        if j + 1 < len(self.toks) and self.toks[j].norm in ("and", "or"):
            j += 1
            while j < len(self.toks) and self.toks[j].cap:
                j += 1
        return (
            j < len(self.toks)
            and not self.toks[j].cap
            and (self.toks[j].norm.lower() in self.people_nouns)
        )

    def _people_listed(self, line: str) -> bool:
        """Whether a line opens with a label of the people a list names ("Spokespersons:",
        "Participants:"): names, not a headline's capitals."""
        label, colon, _ = line.partition(":")
        return bool(colon) and label.strip().lower() in self.lang.get("people_list_labels", [])

    def _times_in_text(self, words: str) -> int:
        """How often ``words`` occur in the text (each counted once, by the text's scan)."""
        if words not in self._counted:
            self._counted[words] = self.text.count(words)
        return self._counted[words]

    def _inside_name_chain(self, i: int, j: int) -> bool:
        """Whether the run ``i:j`` stands between "of" after a capitalised word and "of", "for"
        or "and" before one, or the long name's initials in brackets: words in the middle or at
        the end of a long name ("Simplification of Visa Procedures for Business People", "the
        Convention on the Protection of Coral Reefs (CPCR)"), no person's."""
        toks = self.toks
        if i < 2 or j + 1 >= len(toks) or toks[i - 1].norm != "of" or not toks[i - 2].cap:
            return False
        if toks[j].text == "(":
            return toks[j + 1].text.isupper() and len(toks[j + 1].text) > 1
        return toks[j].norm in ("of", "for", "and") and toks[j + 1].cap

    def _person_ok(self, i: int, j: int) -> bool:
        words = [t for t in self.toks[i:j] if t.text != "." and t.text not in _POSSESSIVE]
        if not 2 <= len(words) <= 5 or not self.toks[j - 1].text[:1].isalpha():
            return False
        start, end = self.toks[i].start, self.toks[j - 1].end
        if self._headline(start) and self._times_in_text(self.text[start:end]) < 2:
            # A name only a headline's capitals suggest, unless a title names it ("Remarks
            # by Foreign Minister Ana Rios", "Ana Rios, Department Spokesperson"), but not a
            # verb ("US President Says He'll ...").
            titled = self._title_before(i) or self._title_after(end)
            if not titled or any(_inflected_cue(t.norm.lower()) for t in words):
                return False
        if _inflected_cue(words[-1].norm.lower()):
            return False  # "Trump Offers to Mediate": a headline's verb, not a surname
        if _ORDINAL.fullmatch(words[0].norm) or _THING_RELATIVE.match(self.text, end):
            return False  # "the Fifth Fleet": numbered; "Deutsche Bahn, which is building": a body
        if words[0].norm.lower() in self._place_openers or self._placed_after_particle(i, words):
            return False  # "Santa Rosa", "Mocímboa da Praia": a town's name, no one's
        if self._noun_after_name(j) or self._inside_name_chain(i, j):
            return False  # "the Tarvo Mendi villagers": a people's name; "of Visa Rules for"
        if any(t.norm.lower() in _HEADLINE_VERBS for t in words[1:]):
            return False  # "Ruiz Met with ...", "Ruiz Tours Lima": a title-case verb
        if words[-1].norm.lower() in _tables(self.lex).title_heads:
            return False  # "Trade Minister", "Resident Coordinator": an office, not a surname
        unknown = 0  # name words the lexicon does not know, before the current one
        for t in words:
            low = t.norm.lower()
            if t.text.isupper() and len(t.text) > 1 or _GLUED_WORDS.search(t.text):
                return False
            if low in self.common and low not in _NAME_LIKE and not self._titled_surname(i, j, t):
                if not (i > 0 and self.toks[i - 1].text in self._honorifics):
                    return False  # ("U Than Swe": a name whatever its words after an honorific)
            if low in self.event_words or low in self._non_name:
                return False
            if low in self.place_words and not (t is words[0] and low in _NAME_LIKE):
                return False  # "Gorky Park", not "Park Won-gon"
            if low in self.people_nouns or _ATTRIBUTIVE.search(low):
                return False  # "Sarn Islanders", "Santa Cruz-headquartered": no one's name
            if len(low) >= 7 and low.endswith(_ADVERB_ENDINGS):
                return False
            if len(low) >= 8 and low.endswith(_NOUN_ENDINGS):
                return False
            if low in self.heads_final or not t.text[:1].isalpha():
                return False
            found = self.lex.lookup((t.norm,)) or self.lex.lookup((t.norm.lower(),))
            if found and all(self.lex.entries[k].cls == "WeaponSystem" for k, _ in found):
                found = []  # "Alparslan Bayraktar": a surname a weapon is named after
            if found and not any(self.lex.entries[k].cls == "Person" for k, _ in found):
                if t is words[0] and len(words) == 2 and self._given_name(i, j, found):
                    continue  # "Santiago Cafiero": a capital's name as a given name
                if t is words[0] and t.text in self.lang.get("given_names_of_bodies", ()):
                    continue  # "Leonardo Silva": a given name a firm also bears
                if self._capital_surname(words, t, found, unknown):
                    continue
                last = t is words[-1] and unknown >= 2
                middle = t is not words[0] and t is not words[-1] and unknown >= 1
                if not (last or middle and self._unknown_name_word(words[-1])):
                    return False  # "Thérèse Kayikwamba Wagner", "Abdel Fatah Yunis": a name
                    # word an org also bears, after a given name and before an unknown surname
            unknown += not found
        return True

    def _placed_after_particle(self, i: int, words: list[_Tok]) -> bool:
        """Whether a particle in a name after a preposition of place is followed by a place the
        lexicon knows ("from Mocímboa da Praia"): a town named after it, no one's name (not
        "said Leila de Lima")."""
        if i == 0 or self.toks[i - 1].norm not in ("from", "in", "at", "near", "to", "outside"):
            return False
        return any(
            a.text in _PLACE_PARTICLES
            and any(
                self.lex.entries[k].cls in ("State", "Place") for k, _ in self.lex.lookup((b.norm,))
            )
            for a, b in itertools.pairwise(words)
        )

    def _capital_surname(
        self, words: list[_Tok], t: _Tok, found: list[tuple[str, str]], unknown: int
    ) -> bool:
        """Whether a capital's one-word name ends a two-word name after a given name nobody
        knows ("Paolo Santiago", "Ana Paris said"): a surname, not the city; so does a
        people's name the name is set off after or a verb follows ("Peter Magyar, whose
        party ...": not "the Tisza Magyar party")."""
        forms = {form for _, form in found}
        if _ADJECTIVE_BEFORE_PLACE.search(words[0].text):
            return False  # "Historic Cairo": a part of the city, no one's name
        surname = forms == {"capital"} or (
            forms == {"demonym"} and _AFTER_SURNAME.match(self.text, t.end) is not None
        )
        return (
            len(words) == 2
            and t is words[1]
            and unknown == 1
            and surname
            and all(w.text[1:].islower() for w in words)
        )

    def _surname_run(
        self, start: int, k: int, j: int, m: tuple[int, list[tuple[str, str]]]
    ) -> bool:
        """Whether the capital's name at token ``k`` is the surname of the one or two given
        names from token ``start`` ("Paolo Santiago", "Ana Lima of the Daily Star", "Marcos
        Ribeiro Lima"; not "Greater Lima", a city's part: ``city_qualifiers``), or a second
        given name before one last unknown word ("Ana Sofía Lerdo")."""
        names, found = self.toks[start:k], m[1]
        last = k + 2 == j and self._unknown_name_word(self.toks[k + 1])
        return (
            1 <= len(names) <= 2
            and m[0] == k + 1
            and (k + 1 == j or self.toks[k + 1].norm in _CONNECTORS or last)
            and all(self._unknown_name_word(t) for t in names)
            and names[0].text not in self.city_qualifiers
            and names[0].text[1:].islower()
            and self._capital_surname([names[-1], self.toks[k]], self.toks[k], found, 1)
            and self._person_ok(start, k + 1)
        )

    def _unknown_name_word(self, t: _Tok) -> bool:
        """Whether ``t`` is a capitalised word the lexicon and the common words do not know."""
        low = t.norm.lower()
        return (
            t.text[:1].isupper()
            and low not in self.common
            and not self.lex.lookup((t.norm,))
            and not self.lex.lookup((low,))
        )

    def classify(self, i: int, j: int) -> None:
        """Place one chunk of capitalised words: lexicon names, new people and organisations."""
        if j - i == 1 and (self.toks[i].norm.lower(),) in self.titles:
            self.title_singles.append(i)  # "Ana Mayor ... Mayor said": perhaps her surname
        i = self._name_start(i, j)
        if i >= j or self._compass_name(i, j):
            return
        m = self._lexicon_match(i, j)
        if m and m[0] == j and self._portfolio(i, j):
            return  # "the Secretaries of Agriculture, A; Foreign Affairs, B": a portfolio
        if m and m[0] == j:  # the whole chunk is in the lexicon
            self._lexicon_mentions(i, j, m[1])
            return
        if m and m[0] == j - 1 and self._body_meeting(m[1], j - 1):
            self._known_body(i, j, m[1][0][0])  # "SADC Summit": the body meeting
            return
        if self._body_named_before(i, j):
            return
        if self._meeting_of_body(i, j) or self._government_of_state(i, j):
            return
        if self._member_states_of(i, j) or self._common_of_known(i, j) or self._title_of(i, j):
            return
        if self._people_of_state(i, j):
            return
        capitals = all(t.text[:1].isupper() for t in self.toks[i:j])  # no "of", "and"
        alone = j - i == 1 and (
            _SPEAKS_FOR_MEMBERS.match(self.text, self.toks[i].end) is not None
            or self._unknown_word(i)  # "Fedexpor, the exporters' federation, ..."
        )
        if (j - i > 1 or alone) and capitals and self._described_body(i, j):
            return  # "EcoPeace Middle East, the environmental group that ...": one body's name
        if self._split_titled(i, j) or self._split_and(i, j) or self._split_of(i, j):
            return
        if self._split_hyphen(i, j) or self._split_place_for(i, j):
            return
        if not self._organisation_by_head(i, j):
            self._split_runs(i, j)

    def _body_named_before(self, i: int, j: int) -> bool:
        """ "Acme Power, the grid operator, ... Officials said Acme Power would pay": the words of
        a body's name the text read before, read again as that body."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        key = self._text_body(self.text[start:end])
        if key is None:
            return False
        self._add(start, end, key, "name")
        return True

    def _text_body(self, surface: str) -> str | None:
        """The body this text named before by the words ``surface``, not one the lexicon knows."""
        key = f"org-{slug(surface)}"
        info = self.entities.get(key)
        known = info is not None and info.cls == "Organisation" and key not in self.lex.entries
        return key if known else None

    def _people_of_state(self, i: int, j: int) -> bool:
        """ "the Dairy Farmers of Canada", "the Coffee Growers of Ethiopia": capitalised words
        ending on a plural noun of people (``people_nouns``), "of" and a state the lexicon
        knows, after "the": a body of those people, one name."""
        toks = self.toks
        k = next((x for x in range(i + 1, j - 1) if toks[x].norm == "of"), None)
        if k is None or k - i < 2 or toks[k - 1].norm.lower() not in self.people_nouns:
            return False
        if i == 0 or toks[i - 1].norm.lower() != "the" or not all(t.cap for t in toks[i:k]):
            return False
        known = self._lexicon_match(k + 1, j)
        if not known or known[0] != j:
            return False
        if not all(self.lex.entries[key].cls == "State" for key, _ in known[1]):
            return False
        start, end = toks[i].start, toks[j - 1].end
        self._add(start, end, self._new_entity("Organisation", self.text[start:end], "ngo"), "name")
        return True

    def _common_of_known(self, i: int, j: int) -> bool:
        """ "Envoys of the African Union met ...": a common noun capitalised to open the sentence,
        "of" and a name the lexicon knows, all the rest of the run: that name alone, placed."""
        toks = self.toks
        if j - i < 3 or toks[i + 1].norm != "of":
            return False
        word = toks[i].norm
        plural_title = word.endswith("s") and (word[:-1],) in self.titles  # "Envoys of ..."
        if word not in self.common and not plural_title:
            return False
        if (toks[i].norm,) in self.heads_initial:
            return False  # "Friends of Syria": a body's name
        k = i + 2 + (toks[i + 2].norm == "the")
        known = self._lexicon_match(k, j) if k < j else None
        if not known or known[0] != j or self._portfolio(k, j):
            return False  # ("Ministers of Foreign Affairs": a portfolio)
        self._lexicon_mentions(k, j, known[1])
        return True

    def _member_states_of(self, i: int, j: int) -> bool:
        """ "(the) Member States of the X", "member States of the X": the members of body X, no
        name of their own; X is placed."""
        toks = self.toks
        k = i + 1 if toks[i].text == "Member" else i
        before = self.text[max(0, toks[i].start - 8) : toks[i].start]
        if k == i and not re.search(r"\bmember\s+$", before):
            return False
        if k + 2 >= j or toks[k].text != "States" or toks[k + 1].norm != "of":
            return False
        self.classify(k + 2 + (toks[k + 2].norm == "the"), j)
        return True

    def _meeting_of_body(self, i: int, j: int) -> bool:
        """ "Assembly of Heads of State and Government of the X", "Summit of the X": a noun of
        a body's meeting (``meeting_body_nouns``) and "of" a body the lexicon knows, the last
        words of the run: all of it names that body, placed if so; so do words of the body's
        own name before the noun ("Meteorological Congress of the World Meteorological
        Organization")."""
        nouns = self.lang.get("meeting_body_nouns", ())
        noun = next((k for k in range(i, min(j, i + 4)) if self.toks[k].text in nouns), None)
        if noun is None:
            return False
        for k in range(noun + 2, j):
            found = self._lexicon_match(k, j) if self.toks[k - 1].norm in ("of", "the") else None
            if found and found[0] == j and self._body_meeting(found[1], noun):
                key = found[1][0][0]
                own = self.lex.entries[key].label.lower().split()
                if any(t.norm.lower() not in own for t in self.toks[i:noun]):
                    return False
                self._known_body(i, j, key)
                return True
        return False

    def _government_of_state(self, i: int, j: int) -> bool:
        """ "the Government of Colombia" (``state_named_heads``, "of" and a state the lexicon
        knows, the whole run): all of it names the state, placed if so."""
        if j - i < 3 or self.toks[i].norm.lower() not in self.state_named:
            return False
        k = self._past_of_the(i + 1, j)
        found = self._lexicon_match(k, j) if k > i + 1 else None
        if not found or found[0] != j or found[1][0][1] != "name":
            return False
        key = found[1][0][0]
        if self.lex.entries[key].cls != "State":
            return False
        self._known_body(i, j, key)
        return True

    def _known_body(self, i: int, j: int, key: str) -> None:
        """Tokens ``i:j`` as a mention of the lexicon's body ``key``."""
        self._entity_from_lexicon(key)
        self._add(self.toks[i].start, self.toks[j - 1].end, key, "name")

    def _body_meeting(self, found: list[tuple[str, str]], k: int) -> bool:
        """Whether token ``k``, after a body's name the lexicon knows (``found``), is a noun of
        its meeting (``meeting_body_nouns``: "SADC Summit", "ECOWAS Authority")."""
        return self.toks[k].text in self.lang.get("meeting_body_nouns", ()) and all(
            self.lex.entries[key].cls == "Organisation" for key, _ in found
        )

    def _compass_name(self, i: int, j: int) -> bool:
        """A headline's point of the compass in one letter before a known name: "N Korea" is
        North Korea, "W Sahara" Western Sahara (but "S Jaishankar" is a person's initial)."""
        t = self.toks[i]
        if j - i < 2 or self.text[t.end : t.end + 1] != " ":
            return False
        for word in _COMPASS.get(t.text, ()):
            for e in range(j, i + 1, -1):
                words = (word, *(x.norm for x in self.toks[i + 1 : e]))
                found = self.lex.lookup(words) or self.lex.lookup(tuple(w.lower() for w in words))
                if found:
                    self._lexicon_mentions(i, e, found)
                    if e < j:
                        self.classify(e, j)
                    return True
        return False

    def _split_hyphen(self, i: int, j: int) -> bool:
        """ "UN-Arab League envoy", "the EU-African Union summit": an actor's one-word name and,
        after the hyphen, the name of a body in more words, the two joined as parties."""
        t = self.toks[i]
        first, _, rest = t.text.partition("-")
        if not rest[:1].isupper() or (left := self._actor_named(first)) is None:
            return False
        for e in range(j, i + 1, -1):
            words = (norm_token(rest), *(x.norm for x in self.toks[i + 1 : e]))
            hits = self.lex.lookup(words) or self.lex.lookup(tuple(w.lower() for w in words))
            keys = [k for k, form in hits if self.lex.entries[k].cls == "Organisation"]
            if keys:
                for a, b, key in (
                    (t.start, t.start + len(first), left),
                    (t.start + len(first) + 1, self.toks[e - 1].end, keys[0]),
                ):
                    self._entity_from_lexicon(key)
                    self._add(a, b, key, "name")
                if e < j:
                    self.classify(e, j)
                return True
        return False

    def _name_start(self, i: int, j: int) -> int:
        """Where a chunk's name starts: past a sentence-opening common word ("The", "After"),
        "the", an attributive ("Kremlin-backed") and a pronoun that is no surname."""
        toks = self.toks
        while (
            i < j
            and (toks[i].initial or self._after_date(i))
            and (
                toks[i].norm.lower() in self.common
                or (j - i > 1 and _inflected_cue(toks[i].norm.lower()))  # "Calls on the X"
                or (
                    _opening_participle(toks[i].norm, j - i)
                    and (
                        self._known_surname(toks[i + 1].norm)
                        or toks[i + 1].norm.lower() == "the"  # "Briefing the Council, X said"
                    )
                )
            )
        ):
            if (
                toks[i].text.isupper()
                and len(toks[i].text) > 1
                and self.lex.lookup((toks[i].norm,))
            ):
                break  # an acronym that opens the sentence: "US officials said"
            if toks[i].norm.lower() in ("he", "she") and j - i > 1 and not toks[i + 1].initial:
                break  # may be a surname (He Jiankui): decided below
            opened = self._lexicon_match(i, j)
            if opened is not None and opened[0] > i + 1:
                break  # "New Zealand paused aid": a known name the common word opens
            i += 1
            while i < j and toks[i].text.islower():
                i += 1  # "Calls on the X": the verb's preposition
        while i < j and (toks[i].norm.lower() == "the" or _ATTRIBUTIVE.search(toks[i].text)):
            i += 1  # "the", "Manila-based", "Kremlin-backed"
        if (
            i < j
            and toks[i].text in self._page_labels
            and self._line_start(toks[i].start) == toks[i].start
        ):
            i += 1  # "Publisher Andean Fisheries Board": a page's label, then its value
        if i < j and toks[i].norm.lower() in ("he", "she") and toks[i].initial:
            known = toks[i].norm in self.person_tokens
            # "He Jiankui, the envoy, said", "He Wenbo said": a surname, then a given name.
            after = self.text[toks[i + 1].end : toks[i + 1].end + 2]
            named = (
                j - i == 2
                and toks[i + 1].norm.lower() not in self.common
                and not self.lex.lookup((toks[i + 1].norm,))
                and (after[:1] == "," or re.fullmatch(r" [a-z]", after) is not None)
            )  # ("He Wenbo said": a pronoun is never followed by a name and a verb)
            if not known and not named:
                i += 1
        return i

    def _after_date(self, i: int) -> bool:
        """Whether token ``i`` follows a date or number in digits on its line, as a sentence
        does after a dateline with no full stop ("2024-03-01 With the talks stalled, ...")."""
        if i == 0 or not self.toks[i - 1].text[:1].isdigit():
            return False
        return self.text[self.toks[i - 1].end : self.toks[i].start] == " "

    def _known_surname(self, norm: str) -> bool:
        """Whether ``norm`` names a person already met or the lexicon knows by surname."""
        return norm in self.person_tokens or norm.lower() in self.lex.surnames

    def _split_titled(self, i: int, j: int) -> bool:
        """ "ECOWAS Commission President Omar Touray": an organisation, a title, a person;
        "Tamil Nadu Chief Minister X": a region, a title, a person (a region the lexicon does
        not know is no one's name)."""
        for k in range(i + 1, j - 2):
            if self._members_named(k) and self._person_ok(k + 1, j):
                self.classify(i, k + 1)  # "Head of the Council of Ministers X": its members
                self._run(k + 1, j)  # end the body's name, no title of X's
                return True
            k2, title = self._strip_title(k, j)
            if not title or k2 <= k or not self._person_ok(k2, j):
                continue
            if all(t.norm.lower() in _tables(self.lex).title_prefixes for t in self.toks[i:k]):
                self._run(i, j)  # "Deputy Energy Minister X": one title, no body before it
                return True
            if self._org_head(i, k):
                self.classify(i, k)
            elif not self._unknown_region(i, k, j):
                continue
            self._run(k, j)
            return True
        return False

    def _members_named(self, k: int) -> bool:
        """Whether token ``k`` is a plural title after "of", the members a body is named after
        ("Council of Ministers", "Board of Governors")."""
        low = self.toks[k].norm.lower()
        if self.toks[k - 1].norm != "of" or not low.endswith("s"):
            return False
        heads = _tables(self.lex).title_heads
        return low[:-1] in heads or low.endswith("ies") and f"{low[:-3]}y" in heads

    def _unknown_region(self, i: int, k: int, j: int) -> bool:
        """Whether tokens ``i`` to ``k``, before a title at ``k``, are words no lexicon entry
        or title knows (a region: "Tamil Nadu" in "Tamil Nadu Chief Minister X"), not part of
        the title ("Prime Minister X") nor a known name ("United Nations Secretary-General")."""
        if k - i > 3 or self.toks[k].norm.lower() not in self.titles_by_first:
            return False
        if self._strip_title(i, j)[1] is not None or self._lexicon_match(i, k):
            return False
        return all(self._unknown_name_word(t) for t in self.toks[i:k])

    def _split_and(self, i: int, j: int) -> bool:
        """ "Saudi Arabia and the European Union": two names joined by "and"."""
        toks = self.toks
        for k in range(i + 1, j - 1):
            if toks[k].norm != "and":
                continue
            tail = self._known_across(i, k, j)
            if tail is not None:  # "the AU's Peace and Security Council": one name holds "and"
                head = tail - 1
                while head > i and self.toks[head - 1].text in _POSSESSIVE:
                    head -= 1
                self.classify(i, head if self.toks[head].text in _POSSESSIVE else head + 1)
                self.classify(tail, j)
                return True
            left = self._lexicon_match(i, k)
            rk = k + 1 + (toks[k + 1].norm == "the")
            right = self._lexicon_match(rk, j) if rk < j else None
            both_orgs = (
                self._org_head(i, k)
                and self._org_head(rk, j)
                and toks[self._past_possessive(i, k)].text.lower()
                not in ("office", "ministry", "institute", "centre", "center", "department")
                and not _joined_adjectives(toks[k - 1].norm, toks[k + 1].norm)
                and toks[rk].text.lower() not in self.heads_final  # "A Freight and Logistics
            )  # Enterprise": the second a head word, no name of its own
            if (left and left[0] == k) or (right and right[0] == j) or both_orgs:
                self.classify(i, k)
                self.classify(rk, j)
                return True
        return False

    def _past_possessive(self, i: int, k: int) -> int:
        """Where the name after the last possessive between tokens ``i`` and ``k`` starts
        ("India's Ministry of ...": at "Ministry"), ``i`` when there is none."""
        return max(self._after_possessives(i, k), default=i)

    def _after_possessives(self, i: int, k: int) -> list[int]:
        """The tokens between ``i`` and ``k`` right after a possessive's mark and its "s"."""
        return [
            t + (self.toks[t].norm == "s")
            for t in range(i + 1, k)
            if self.toks[t - 1].text in _POSSESSIVE
        ]

    def _known_across(self, i: int, k: int, j: int) -> int | None:
        """Where a lexicon name starts that follows a possessive between tokens ``i`` and ``k``
        and runs past token ``k``, if one does."""
        for t in self._after_possessives(i, k):
            found = self._lexicon_match(t, j)
            if found and found[0] > k + 1:
                return t
        return None

    def _split_of(self, i: int, j: int) -> bool:
        """ "Jane Roe of the Oslo Institute ...": a person, then an organisation; "Secretary
        General of the Organization of American States": a title, then an organisation."""
        toks = self.toks
        first_of = next((k for k in range(i + 1, j - 2) if toks[k].norm == "of"), None)
        after = [] if first_of is None or self._org_head(i, first_of + 2) else [first_of + 1]
        after = [k + (toks[k].norm == "the") for k in after]  # ("Joint Statement of the" ...)
        if any(self._office_of_body(start, j) for start in [i, *after]):
            return True
        for k in range(i + 2, min(j - 1, i + 5)):
            if toks[k].norm != "of":
                continue
            left_i, _ = self._strip_title(i, k)
            nk = k + 1 + (toks[k + 1].norm == "the")
            known = self._lexicon_match(left_i, k)
            if known and known[0] == k and nk < j and self._people_only(known[1]):
                self.classify(i, k)  # "Ana Rios of the Russian Federation": a known person's
                self.classify(nk, j)
                return True
            if (
                self._person_ok(left_i, k)
                and nk < j
                and self._org_head(nk, j)
                and not self._lexicon_match(left_i, k)
            ):
                self._run(i, k)
                self.classify(nk, j)
                return True
        return False

    def _split_place_for(self, i: int, j: int) -> bool:
        """ "in Lima for the General Assembly of X": a place the lexicon knows, "for" and what
        brings people there, two names, not one body's."""
        known = self._lexicon_match(i, j)
        if known is None or known[0] + 1 >= j or self.toks[known[0]].norm != "for":
            return False
        if any(self.lex.entries[key].cls not in ("State", "Place") for key, _ in known[1]):
            return False
        self._lexicon_mentions(i, known[0], known[1])
        self.classify(known[0] + 1 + (self.toks[known[0] + 1].norm == "the"), j)
        return True

    def _people_only(self, found: list[tuple[str, str]]) -> bool:
        """Whether every entry a lexicon match names is a person."""
        return all(self.lex.entries[key].cls == "Person" for key, _ in found)

    def _office_of_body(self, i: int, j: int) -> bool:
        """Tokens ``i:j`` as a title or an office, "of" and a body ("Secretary General of the
        Organization of American States", "Danish Chairmanship of the Arctic Council"): the body
        alone, placed, if they are."""
        toks = self.toks
        for k in range(i + 1, min(j - 1, i + 5)):
            if toks[k].norm != "of":
                continue
            nk = k + 1 + (toks[k + 1].norm == "the")
            if (self._is_title(i, k) or self._body_office(i, k)) and nk < j:
                named = self._lexicon_match(nk, j)
                if named and named[0] < j and toks[named[0]].norm in ("on", "for", "at", "in"):
                    self._heading_split(nk, named[0], j)  # "of the X on Water Security in Y"
                    return True
                if (named and named[0] == j) or self._org_head(nk, j):
                    self.classify(nk, j)
                    return True
            return False
        return False

    def _body_office(self, i: int, k: int) -> bool:
        """Whether tokens ``i:k`` name an office a body's member holds in turn, after a
        demonym at most ("Danish Chairmanship", "Presidency")."""
        return k - i <= 2 and self.toks[k - 1].norm.lower() in self._body_offices

    @cached_property
    def _body_offices(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.lang.get("body_offices", []))

    def _heading_split(self, i: int, k: int, j: int) -> None:
        """A heading's run of a known name (tokens ``i:k``), a joining word and what the text
        is about ("Arab League on Water Security in Iraq"): the name, then the rest alone."""
        self.classify(i, k)
        rest = k + 1 + (self.toks[k + 1].norm == "the")
        if rest < j:
            self.classify(rest, j)

    def _title_of(self, i: int, j: int) -> bool:
        """ "Minister of Foreign Affairs of Iran Abbas Araghchi": a title, "of" and a name the
        lexicon knows, then whatever follows (a person)."""
        toks = self.toks
        k, title = self._strip_title(i, j)
        if title is not None and k < j and toks[k].norm == "for":  # "Director for Africa of X"
            m = k + 1
            while m < j and toks[m].norm != "of" and (toks[m].cap or toks[m].norm == "and"):
                m += 1
            k = m if m > k + 1 else k
        if title is not None and k < j and toks[k].norm == "of":  # "Minister of Mines and
            k = self._fields_before_of(k, j)  # Energy of Peru": past the fields to their "of"
        if title is None or k + 1 >= j or toks[k].norm != "of":
            return False
        nk = k + 1 + (toks[k + 1].norm == "the")
        found = self._lexicon_match(nk, j) if nk < j else None
        if not found:
            return False
        if self._is_title(i, found[0]) or self._portfolio(nk, found[0]):
            if found[0] < j:  # "Minister of Foreign Affairs": all one title
                self.classify(found[0], j)
            return True
        self._lexicon_mentions(nk, found[0], found[1])
        rest = found[0] + (found[0] < j and toks[found[0]].norm == "and")  # "... and Chair of X"
        if rest < j:
            self.classify(rest, j)
        return True

    def _fields_before_of(self, k: int, j: int) -> int:
        """The "of" after a title's fields, where "of" at ``k`` opens two fields or more, the
        last a ministry's topic ("Minister of Mines and Energy of Peru": the second "of");
        else ``k``."""
        m = k + 1
        while m < j and (self.toks[m].cap or self.toks[m].norm in ("and", ",")):
            m += 1
        fields = any(t.norm == "and" for t in self.toks[k + 1 : m])
        if m < j and self.toks[m].norm == "of" and fields and self._portfolio(m - 1, m):
            return m
        return k

    def _portfolio(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` name a ministry's topic ("Foreign Affairs", "Defence"), an
        office's portfolio, not an outlet of that name (unless "magazine" follows)."""
        words = " ".join(t.norm for t in self.toks[i:j]).lower()
        if words not in self._portfolios:
            return False
        return not re.match(rf"\s+(?:{self.outlets})\b", self.text[self.toks[j - 1].end :], re.I)

    @cached_property
    def _portfolios(self) -> frozenset[str]:
        """A ministry's topics and the other fields an office is named for ("Public Works")."""
        topics: dict[str, list[str]] = self.lang["ministry_topics"]
        fields = self.lang.get("office_fields", [])
        return frozenset(n.lower() for names in [*topics.values(), fields] for n in names)

    def _portfolio_end(self, i: int, j: int) -> int | None:
        """Where the longest portfolio that starts at token ``i`` ends, by ``j``."""
        return next((e for e in range(min(j, i + 4), i, -1) if self._portfolio(i, e)), None)

    def _is_title(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` are a title ("Secretary General", "Acting President")."""
        return self._title_words([t.norm for t in self.toks[i:j]])

    def _title_words(self, words: list[str]) -> bool:
        """Whether ``words`` are a title, in any case ("ASSISTANT SECRETARY")."""
        norms = tuple(w.lower() for w in words)
        prefixes = _tables(self.lex).title_prefixes
        return norms in self.titles or (
            len(norms) > 1 and norms[0] in prefixes and norms[1:] in self.titles
        )

    def _organisation_by_head(self, i: int, j: int) -> bool:
        """An organisation named by its head word ("Institute", "Council"), after any possessive."""
        toks = self.toks
        poss = max(
            (
                k
                for k in range(i, j - 1)
                if toks[k].text in _POSSESSIVE
                and toks[k + 1].norm == "s"
                and not (
                    self._name_possessor(k - 1)
                    and (self._final_head(j) or self._org_head(k + 2, j) is not None)
                )  # "the Women's Council for Peace": one name
            ),
            default=None,
        )
        oi = self._after_office(poss + 2 if poss is not None else i, j)
        if poss is None and i < oi < j and self._member_states_of(oi, j):
            return True  # "Heads of State of the Member States of the X": X is the body
        known = self._lexicon_match(oi, j) if poss is not None and oi < j else None
        if poss is not None and known and known[0] == j and self._own(i, poss, known[1]):
            self.classify(i, poss)  # "Tarvia's National Salvation Front": a known name
            self._lexicon_mentions(oi, j, known[1])
            return True
        fine = self._org_head(oi, j) if oi < j else None
        verb = self._headline_verb(oi, j) if fine else None
        if verb is not None:  # "Andean Bank Extends Loans": a headline's clause, its subject
            if poss is not None:
                self.classify(i, poss)
            if verb > oi:
                self.classify(oi, verb)
            if verb + 1 < j:
                self._split_runs(verb + 1, j)
            return True
        if not fine and poss is not None and self._final_head(poss) and self._org_head(i, poss):
            self.classify(i, poss)  # "the Liberal Democratic Party's Economy Division"
            self._split_runs(poss + 2, j)
            return True
        if not fine and poss is None and self._umbrella_body(i, j):
            fine, oi = "international_body", i  # "Coordinator of Indigenous Organizations of X"
        if not fine or (fine == "company" and self._portfolio_before_title(oi, j)):
            return False
        if poss is not None:
            self.classify(i, poss)
        surface = self.text[toks[oi].start : toks[j - 1].end]
        key = self._new_entity("Organisation", surface, fine)
        self._add(toks[oi].start, toks[j - 1].end, key, "name")
        return True

    def _umbrella_body(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` name a body that gathers others by a title's word, "of" and
        the plural of a body's head word ("Coordinator of Indigenous Organizations of the
        Amazon Basin", "Secretary of Farmers' Unions"): the whole run is one body's name, not
        an office in the bodies it gathers."""
        toks = self.toks
        if j - i < 4 or toks[i + 1].norm != "of" or not self._is_title(i, i + 1):
            return False
        for k in range(i + 2, j):
            word = toks[k].norm.lower()
            if word.endswith("s") and word[:-1] in self.heads_final:
                return k + 1 == j or toks[k + 1].norm.lower() in _CONNECTORS
        return False

    def _portfolio_before_title(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j``, a state's name or adjective and an industry's word, stand
        before a title ("Saudi Energy Minister X"): the title's portfolio, no company."""
        titles = _tables(self.lex).title_set
        owner = tuple(t.norm for t in self.toks[i : j - 1])
        boards = self.lang["board_titles"]  # "Tarvia Oil chairman X": the company's chairman
        return (
            j < len(self.toks)
            and (self.toks[j].norm.lower(),) in titles
            and self.toks[j].norm.lower() not in boards
            and any(self.lex.entries[k].cls == "State" for k, _ in self.lex.lookup(owner))
        )

    def _after_office(self, i: int, j: int) -> int:
        """Where a body's name starts in a run that opens with an office held in it, its
        members, or a text or sitting of it: after the last "Head of (the)", "Members of (the)",
        "Commander of (the)", "Communique of (the)" ("Special Representative and Head of the
        Andean Monitoring Mission": the mission), or a day and "on" ("met on Tuesday on the X"),
        else ``i``."""
        heads = _tables(self.lex).title_heads | _OFFICE_HEADS | _SITTING_HEADS
        start = i
        if (
            j - i > 2
            and self.toks[i].norm.lower() in CALENDAR_WORDS
            and self.toks[i + 1].norm == "on"
        ):
            start = i + 3 if self.toks[i + 2].norm == "the" else i + 2  # "Tuesday on the X"
        for k in range(i, j - 2):
            if self.toks[k].norm.lower() in heads and self.toks[k + 1].norm == "of":
                start = k + 3 if self.toks[k + 2].norm == "the" else k + 2
        leaders = _HEADS_OF_STATE.match(self.text, self.toks[i].start)
        if leaders is not None:  # "Heads of State and Government of the Andean Community"
            start = next((k for k in range(i, j) if self.toks[k].start >= leaders.end()), j)
        return start if start < j else i

    def _headline_verb(self, i: int, j: int) -> int | None:
        """Where a run of a title-case headline, written only there, has a verb ("Council
        Extends Mission", "Bloc Offers Talks"): a clause in capitals, not a body's name."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        if not self._headline(start) or self._times_in_text(self.text[start:end]) > 1:
            return None
        return next(
            (
                k
                for k in range(i + 1, j)
                if (w := self.toks[k].norm.lower()) in _HEADLINE_VERBS or _inflected_cue(w)
            ),
            None,
        )

    def _own(self, i: int, poss: int, found: list[tuple[str, str]]) -> bool:
        """Whether the known names ``found`` after the possessor from token ``i`` to ``poss``
        belong to it ("Colombia's National Liberation Army"; not "Tessaly's ...")."""
        owner = self._actor_named(self.text[self.toks[i].start : self.toks[poss - 1].end])
        return owner is not None and all(self.lex.entries[k].state == owner for k, _ in found)

    def _final_head(self, j: int) -> bool:
        """Whether the word before token ``j`` is one that ends an organisation's name."""
        return self.toks[j - 1].norm in self.heads_final

    def _name_possessor(self, k: int) -> bool:
        """Whether token ``k`` is a plural of people that a name's possessive follows ("the
        People's Defence Forces", "the Peoples' Democratic Party")."""
        return k >= 0 and self.toks[k].norm in self._name_possessors

    def _members_of_body(self, k: int, head: int) -> bool:
        """Whether token ``k`` is a plural noun in title case whose possessive the last word of
        a body's name follows, token ``head`` ("the Commuters' Association", "the Growers'
        Federation"): the members the body is of."""
        word = self.toks[k].text
        return (
            len(word) > 3
            and word.endswith("s")
            and word[:1].isupper()
            and word[1:].islower()
            and self.toks[head].norm.lower() in self.heads_final
        )

    @cached_property
    def _non_name(self) -> frozenset[str]:
        """Words that are no one's name: ``_NON_NAME`` and the one-word members of a meeting
        (``meeting_member_nouns``: "Heads agreed", "Leaders called for")."""
        members = (w.lower() for w in self.lang.get("meeting_member_nouns", ()) if " " not in w)
        return _NON_NAME | frozenset(members)

    @cached_property
    def _name_possessors(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.lang.get("name_possessors", []))

    def _split_runs(self, i: int, j: int) -> None:
        """The chunk split into lexicon matches and runs of other capitalised words."""
        toks = self.toks
        k = i
        run_start = None
        portfolio = False  # past a title's "for", up to a comma: "Envoy for Children and ..."
        while k < j:
            if run_start is None:
                if portfolio and not self._lexicon_match(k, j):
                    k += 1  # "... for Children and Armed Conflict, said": no one's name
                    continue
                if self._is_title(k, j):
                    break  # "Norway's Minister of Foreign Affairs": a title, no name
                k2, title = self._strip_title(k, j)
                if title is not None and any(t.norm in ("of", "for") for t in toks[k:k2]):
                    run_start, k = k, k2  # "Minister of Foreign Affairs X": one run, titled
                    continue
            step = 2 if toks[k].text in _POSSESSIVE and k + 1 < j and toks[k + 1].norm == "s" else 0
            step = step or (1 if toks[k].norm in ("of", "for", "on", "and", "the") else 0)
            portfolio = portfolio or (toks[k].norm == "for" and self._titled_portfolio(i, k, j))
            m = None if step else self._lexicon_match(k, j)
            if m and k > i and toks[k - 1].norm == "for" and self._portfolio(k, m[0]):
                k = m[0]  # "Spokesperson for Foreign Affairs": a title's portfolio, no magazine
                continue
            if m and m[0] < j and self._portfolio(k, m[0]) and self._is_title(m[0], m[0] + 1):
                k = m[0]  # "Foreign Affairs Minister Ana Roy": the minister's portfolio
                continue
            if run_start is None and (fields := self._fields_of_title(k, j)):
                k = fields  # "Public Works and Transport Minister Ana Roy": two portfolios
                continue
            if m and self._part_of_run(k, j, m, self._open_run(run_start, k)):
                m = None
            if m and run_start is not None and self._surname_run(run_start, k, j, m):
                m = None
            if step or m:
                if run_start is not None:
                    self._run(run_start, k)
                    run_start = None
                if m:
                    m = (m[0] + self._second_surname(m, j), m[1])
                    self._lexicon_mentions(k, m[0], m[1])
                k = m[0] if m else k + step
                continue
            if run_start is None:
                run_start = k
            k += 1
        if run_start is not None:
            self._run(run_start, j)

    def _second_surname(self, m: tuple[int, list[tuple[str, str]]], j: int) -> int:
        """1 where a person the lexicon knows goes on with one more surname, the chunk's last
        word or one before "of" ("President Ana Rios Vela of Chile": the mother's name), else
        0."""
        k = m[0]
        if k >= j or any(self.lex.entries[key].cls != "Person" for key, _ in m[1]):
            return 0
        word = self.toks[k]
        if not self._unknown_name_word(word) or word.norm.lower() in self.heads_final:
            return 0
        return int(k + 1 == j or self.toks[k + 1].norm == "of")

    def _fields_of_title(self, k: int, j: int) -> int | None:
        """Where a known portfolio at token ``k`` ends, when "and", one more capitalised field
        and a title's last word follow ("Public Works and Transport Minister"), else None."""
        end = self._portfolio_end(k, j)
        if end is None or end + 3 > j or self.toks[end].norm not in _AND:
            return None
        field, head = self.toks[end + 1], self.toks[end + 2]
        heads = _tables(self.lex).title_heads
        return end if field.cap and head.norm.lower() in heads else None

    def _titled_portfolio(self, i: int, k: int, j: int) -> bool:
        """Whether the "for" at token ``k`` follows a title the chunk from ``i`` opens with, set
        off after a person's name, the chunk ending at ``j`` before a comma, a bracket or a full
        stop: what follows is the title's portfolio ("Ana Rios, Special Representative ... for
        Children and Armed Conflict,"; not "Minister for Trade Ana Rios,")."""
        return (
            self._strip_title(i, j)[1] is not None
            and (j >= len(self.toks) or self.toks[j].text in (",", ")", ".", ";"))
            and not any(t.norm == "for" for t in self.toks[i:k])
            and i >= 2
            and self.toks[i - 1].text == ","
            and any(
                self.entities[m.key].cls == "Person"
                for m in self.mentions.ending_in(self.toks[i - 2].end, self.toks[i - 2].end)
                if m.key in self.entities
            )
        )

    def _open_run(self, start: int | None, k: int) -> bool:
        """Whether a run of capitalised words started before token ``k`` may go on into a name:
        not one of title prefixes alone ("Senior", "Deputy" before "Y official X": Y is named)."""
        if start is None:
            return False
        prefixes = _tables(self.lex).title_prefixes
        return any(t.norm.lower() not in prefixes for t in self.toks[start:k])

    def _part_of_run(
        self, k: int, j: int, m: tuple[int, list[tuple[str, str]]], in_run: bool
    ) -> bool:
        """Whether a one-word organisation match is a word of a longer name instead ("Shell
        Energy Partners", or inside a run already started)."""
        toks = self.toks
        if m[0] - k != 1 or toks[k].text.isupper():
            return False
        if self._given_name(k, j, m[1]):
            return True
        if in_run and all(self.lex.entries[key].cls == "WeaponSystem" for key, _ in m[1]):
            return True  # "Minister Alparslan Bayraktar": a surname a drone is named after
        if m[0] < j and toks[m[0]].norm.lower() in self.place_words:
            return True  # "the Congo River", "the Congo Basin": a place named after the state
        if (
            in_run
            and m[0] == j
            and self._body_described_after(toks[j - 1].end) not in (None, "media")
        ):
            return True  # "Fisheries Iceland, the industry federation,": the body's last word
        if in_run and toks[k - 1].text in _PLACE_PARTICLES:
            return True  # "Mocímboa da Praia": a town named with a capital's name
        if not all(self.lex.entries[key].cls == "Organisation" for key, _ in m[1]):
            return False
        company = (
            m[0] < j
            and toks[m[0]].cap
            and all(self.lex.entries[key].fine == "company" for key, _ in m[1])
            and self._strip_title(m[0], j)[1] is None  # "Y Executive Director X": Y's title
        )
        return company or in_run

    def _given_name(self, k: int, j: int, found: list[tuple[str, str]]) -> bool:
        """Whether a capital's one-word name at token ``k`` is a given name: after a title, a
        surname nobody knows ends the chunk right after it ("Foreign Minister Santiago Cafiero";
        not "the Warsaw Uprising"); so also, with no title, a place's name that is a common given
        name (``given_names_of_places``: "Sofia Petrova said")."""
        given = self.toks[k].text in self.given_place_names
        return (
            k + 2 == j
            and (self._title_before(k) is not None or given)
            and all(form == "capital" or given for _, form in found)
            and self._unknown_name_word(self.toks[k + 1])
            and self.toks[k + 1].text[1:].islower()
        )

    def _lexicon_mentions(self, i: int, j: int, found: list[tuple[str, str]]) -> None:
        key, form = found[0]
        for k, f in found:  # prefer an actor reading
            if self.lex.entries[k].cls in ("State", "Organisation", "Person"):
                key, form = k, f
                break
        start, end = self.toks[i].start, self.toks[j - 1].end
        entry = self.lex.entries[key]
        if self.text[end : end + 1] == "$" or _currency_after(self.text, end):
            return  # "US$250 billion", "2 million US dollars": a currency, no state
        if entry.cls == "Place" and self._local_government(start, end):
            return
        if entry.cls == "State" and form == "name" and self._national_branch(i, start, end):
            return  # "Oxfam Chile said", "WWF Peru urged": a body's branch
        if entry.cls == "State" and form == "name" and (self._venue(i) or self._place_of(start)):
            self._venues.append((start, end))
        if form == "capital" and self.text[max(0, start - 4) : start] == "New ":
            pkey = self._new_entity("Place", self.text[start - 4 : end])  # "New Lisbon"
            self._add(start - 4, end, pkey, "name")
            return
        if form == "capital" and (
            self._locative(i)
            or _EVENT_AFTER.match(self.text[end : end + 32])
            or _EVENT_BEFORE.search(self.text[max(0, start - 32) : start])
            or self._dateline_place(start, end)
        ):
            pkey = self._new_entity("Place", self.text[start:end])
            self._add(start, end, pkey, "name")
            return
        if form == "demonym" and entry.cls == "State":
            after_state = self.text[start - 1 : start] == " " and self._other_states(start, key)
            form = "demonym" if after_state else self._demonym_use(j)
            # "Bosnian Serb leaders": the Serbs of Bosnia, not Serbia
        if form == "demonym_plural" and self._counted_people(start):
            form = "demonym"  # "36,000 Palestinians", "all Syrians": people, no state
        if entry.cls == "State" and form == "name" and self._noun_after(end, "state_private_nouns"):
            form = "demonym"  # "U.S. missionaries", "Chinese companies": its people, no actor
        if entry.fine == "armed_force" and self._military_modifier(j):
            form = "demonym"  # "US military exercises": an adjective, no actor
        if j - i == 1 and self._other_states(start, entry.state):
            return  # "the Colombian Congress": not the US one the lexicon knows as "Congress"
        if entry.cls == "Organisation" and self._noun_after(end, "body_modified_nouns"):
            form = "demonym"  # "the UN watchdog", "UN peacekeepers": another body, named after it
        if entry.cls == "Person" and entry.state and self._leads_government(j):
            # "the Biden administration", "the Netanyahu government": the state he leads
            self._entity_from_lexicon(entry.state)
            self._add(start, end, entry.state, "demonym_actor")
            return
        info = self._entity_from_lexicon(key)
        if entry.cls == "Person" and not info.role:
            info.role = self._title_before(i)
        self._add(start, end, key, form)

    def _place_of(self, start: int) -> bool:
        """Whether a place's name and a comma come right before ``start``: the state it lies in
        ("talks in Vienna, Austria"), where something is, not who acts; not a group of states
        ("for the Baltic states, Latvia proposed": one of them acts)."""
        comma = re.search(r",\s*$", self.text[max(0, start - 4) : start])
        if comma is None:
            return False
        at = start - len(comma.group())
        before = self.mentions.ending_in(at, at)
        return any(
            self.entities[m.key].cls == "Place"
            and self.entities[m.key].label.split()[-1].lower() not in _STATES_GROUPED
            for m in before
        )

    def _counted_people(self, start: int) -> bool:
        """Whether a plural demonym at ``start`` names people counted, not the state: after a
        number or a quantifier ("36,000 Palestinians", "thousands of Syrians", "all Afghans")."""
        words = "|".join(re.escape(w) for w in self.lang.get("people_quantifiers", []))
        pattern = rf"(?:\d\s*|\b(?i:{words})\s+)$" if words else r"\d\s*$"
        return re.search(pattern, self.text[max(0, start - 40) : start]) is not None

    def _other_states(self, start: int, state: str | None) -> bool:
        """Whether a state other than ``state`` is named right before ``start``."""
        if state is None:
            return False
        before = self.mentions.ending_in(start - 1, start - 1)
        return any(self._is_state(m.key) and m.key != state for m in before)

    def _military_modifier(self, j: int) -> bool:
        """Whether the name ending at token ``j`` ends in "military" used as an adjective
        before a noun of what armies do or have ("French military presence", "an Israeli
        military operation")."""
        return self.toks[j - 1].norm == "military" and self._military_noun_at(self.toks[j - 1].end)

    def _military_noun_at(self, end: int) -> bool:
        """Whether a noun that "military" modifies follows at ``end`` (" presence", " rulers")."""
        return self._noun_after(end, "military_modified_nouns")

    def _noun_after(self, end: int, table: str) -> bool:
        """Whether one of the nouns of language table ``table`` follows at ``end``."""
        return _followed_by(tuple(self.lang.get(table, ()))).match(self.text, end) is not None

    def _title_line_names(self) -> None:
        """The actors the lexicon knows by name in a title line before the first sentence ("Andean
        Council Spokesperson's Remarks"): no sentence is read there, but whom it names the
        document names."""
        end = self.sentences[0].start if self.sentences else 0
        toks = [(a, b, norm_token(w)) for a, b, w in tokenize(self.text[:end])]
        k = 0
        named_end = -1  # the token after the last name read here
        while k < len(toks):
            best = self._known_from(toks, k, ("State", "Organisation", "Person"))
            inside = (
                k >= 2
                and toks[k - 1][2] in _CONNECTORS
                and self.text[toks[k - 2][0]].isupper()
                and not (named_end == k - 1 and toks[k - 1][2] == "and")  # "Serbia and Kosovo"
            )
            currency = best is not None and self.text[toks[best[0] - 1][1] :][:1] == "$"
            if best is None or inside or currency:  # "Ministry of Foreign Affairs", "US$5"
                k = best[0] if best else k + 1
                continue
            self._entity_from_lexicon(best[1])
            self._add(toks[k][0], toks[best[0] - 1][1], best[1], "name")
            k = named_end = best[0]
        self._titled_title_line_names(toks)
        self._named_post_lines(end)

    def _known_from(
        self, toks: list[tuple[int, int, str]], k: int, classes: tuple[str, ...]
    ) -> tuple[int, str] | None:
        """The longest name the lexicon knows of an entity of ``classes`` from token ``k`` of
        ``toks`` (offsets and normalised words, outside the sentences' tokens): the index past
        it and its key."""
        best: tuple[int, str] | None = None
        phrase: tuple[str, ...] = ()
        for x in range(k, min(len(toks), k + self.lex.max_len)):
            phrase = (*phrase, toks[x][2])
            if phrase not in self.lex.prefixes:
                break
            found = [
                key
                for key, form in self.lex.lookup(phrase)
                if form == "name" and self.lex.entries[key].cls in classes
            ]
            best = (x + 1, found[0]) if found else best
        return best

    def _dateline_agencies(self) -> None:
        """The agency a dateline names in brackets ("HELSINKI, March 11, 2026 (Nordic Wire) -"):
        a news organisation, whatever its words look like."""
        for mt in _DATELINE_AGENCY.finditer(self.text[:_DATELINE_SPAN]):
            start, end = mt.span(1)
            self._clear(start, end)
            known = self.lex.lookup(tuple(norm_token(w) for _, _, w in tokenize(mt.group(1))))
            key = next((k for k, _ in known if self.cls_of(k) == "Organisation"), None)
            if key is not None:
                self._entity_from_lexicon(key)
            else:
                key = self._new_entity("Organisation", mt.group(1), "media")
            self._add(start, end, key, "name")

    def _named_post_lines(self, end: int) -> None:
        """A line before the first sentence that gives a name and a post ("Ana Rios,
        Department Spokesperson"): a person whom the lexicon does not know, on a briefing's
        heading."""
        for m in _NAME_POST_LINE.finditer(self.text, 0, end):
            words = m.group(1).split()
            if self.mentions.covers(m.start(1)) or not all(
                self._title_line_name_word(w) for w in words
            ):
                continue
            if self._title_after(m.end(1)):
                key = self._new_entity("Person", m.group(1))
                self._add(m.start(1), m.end(1), key, "name")
                self._serves_host(key)

    def _capital_name_labels(self) -> None:
        """A transcript's label naming a person in capitals, at a line's start before a colon
        or a bracketed title ("ANA RIOS (Spokesperson for Trade): ...", "ANA RIOS: ..."): two or
        three words of capitals no common word or known name; the person is named in title
        case ("Ana Rios"), and a later label of the surname alone is theirs."""
        for m in _CAPITAL_LABEL.finditer(self.text):
            words, start = m.group(1).split(), m.start(1)
            if not all(w.isupper() for w in words):
                continue
            size = next(  # the words of the longest title it opens with
                (n for n in (3, 2, 1) if len(words) > n and self._title_words(words[:n])), 0
            )
            if size and len(words) == size + 1:
                continue  # "SPOKESPERSON LEE:": a surname after a title, placed with the acronyms
            if size:  # "SPOKESPERSON ANA RIOS", "DEPUTY SPOKESPERSON ANA RIOS"
                start = m.start(1) + m.group(1).index(words[size])
                words = words[size:]
            lows = [w.lower() for w in words]
            if len(words) > 3 or any(w in self.common or w in self.place_words for w in lows):
                continue
            found = self.lex.lookup(tuple(lows))
            known = [k for k, _ in found if self.lex.entries[k].cls == "Person"]
            if known and not self.mentions.covers(start):  # "LIN JIAN:": a person the lexicon knows
                self._entity_from_lexicon(known[0])
                self._add(start, m.end(1), known[0], "name")
                continue
            if found or any(self.lex.lookup((w,)) for w in lows):
                continue
            name = " ".join(w.capitalize().replace("i\u0307", "i") for w in words)  # "KEÇELİ"
            key = self._new_entity("Person", name)
            self._add(start, m.end(1), key, "name")
            if start > m.start(1):
                self._serves_host(key)  # "SPOKESPERSON ANA RIOS": the briefing's host's

    def _family_names_in_capitals(self) -> None:
        """ "Deputy Minister HAYASHI Kenta", "President Emmanuel MACRON": a name of two words
        after a title, one in capitals, the family name as some governments and bodies write
        it, the other in title case. A person, named in title case in the order written
        ("Hayashi Kenta"), also in a heading; an acronym the lexicon or the language knows is no
        family name."""
        for mt in _CAPITALS_WORD.finditer(self.text):
            if not mt.group().isupper():
                continue
            lo = mt.start() - 80  # from a word's start, on the name's line
            lo = self.text.find(" ", lo, mt.start()) + 1 if lo > 0 else 0
            lo = max(lo, self.text.rfind("\n", 0, mt.start()) + 1)
            toks = [(a + lo, b + lo, w) for a, b, w in tokenize(self.text[lo : mt.end() + 40])]
            k = next((n for n, t in enumerate(toks) if t[0] == mt.start()), None)
            for first in () if k is None else (k - 1, k):
                if first >= 1 and first + 1 < len(toks) and self._titled_pair(toks, first):
                    break

    def _titled_pair(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether tokens ``k`` and ``k + 1`` are a name of one word in capitals and one in
        title case after a title; placed if so."""
        pair = toks[k : k + 2]
        if self.text[pair[0][1] : pair[1][0]] != " " or self.mentions.covers(pair[0][0]):
            return False
        capitals = [self._family_in_capitals(w) for _, _, w in pair]
        if sum(capitals) != 1 or not all(
            c or self._given_name_word(w) for c, (_, _, w) in zip(capitals, pair, strict=True)
        ):
            return False
        norms = [norm_token(w).lower() for _, _, w in toks[:k]]
        titles, longest = _tables(self.lex).title_set, _tables(self.lex).longest_title
        if not any(tuple(norms[k - n : k]) in titles for n in range(1, min(k, longest) + 1)):
            return False
        key = self._new_entity("Person", " ".join(w.capitalize() for _, _, w in pair))
        self._add(pair[0][0], pair[1][1], key, "name")
        self._placed_starts.update(a for a, _, _ in pair)
        self._family_names[key] = next(w for _, _, w in pair if w.isupper()).casefold()
        return True

    def _family_in_capitals(self, word: str) -> bool:
        """Whether ``word`` may be a family name in capitals: letters only, no acronym known."""
        return (
            len(word) > 2
            and word.isalpha()
            and word.isupper()
            and not self.lex.lookup((norm_token(word),))
            and word not in _tables(self.lex).common_acronyms
        )

    def _given_name_word(self, word: str) -> bool:
        """Whether ``word`` may be a given name: a word in title case, no common or place word."""
        low = word.lower()
        return (
            word[:1].isupper()
            and word[1:].islower()
            and word.isalpha()
            and low not in self.common
            and low not in self.place_words
        )

    def _labels_turn(self, i: int, j: int) -> bool:
        """Whether the run ``i:j`` is a transcript turn's label: alone on its line before a
        colon ("Spokesperson Ana Rios: Good afternoon")."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        return (
            self.text[end : end + 1] == ":"
            and not self.text[self._line_start(start) : start].strip()
        )

    def _serves_host(self, key: str) -> None:
        """An official a briefing's heading or label names by title alone, whom the lexicon
        ties to no state, speaks for the state whose capital the dateline names ("KYIV, June
        3 ... spokesperson Ana Rios"), where it names one."""
        info = self.entities[key]
        if info.state is None and self._dateline_state is not None:
            info.state = self._dateline_state

    def _host_ministries(self) -> None:
        """A ministry the text's heading names without its state ("Ministry of Foreign Affairs,
        Lima, 4 May" heading a briefing) is the host's: the state whose capital the dateline
        names. (One named first in the body may be any state's: "LIMA - ... The Department of
        Mineral Resources", Chile's.)"""
        lines = [  # the heading's lines: the first few that end in no full stop
            (m.start(), m.end())
            for m in re.finditer(r"[^\n]*\S[^\n]*", self.text[:_HEADING_SPAN])
            if not re.search(r"[.!?\"”]\s*$", m.group())
        ]
        heading = {
            m.key for _, m in self.mentions.items() if any(a <= m.start < b for a, b in lines)
        }
        for key, info in self.entities.items():
            if info.fine == "ministry" and info.state is None and key in heading:
                info.state = self._dateline_state

    def _titled_title_line_names(self, toks: list[tuple[int, int, str]]) -> None:
        """A person a title line names after a title, whom the lexicon does not know
        ("Briefing by Foreign Ministry spokesperson Ana Rios on the talks"): two or three
        capitalised words no common word, place or known name, after a title in any case, or
        after a comma that ends a session's "by" and a title ("Briefing by the Spokesperson of
        the Ministry of Foreign Affairs, Ana Rios")."""
        norms = [t[2].lower() for t in toks]
        titles, longest = _tables(self.lex).title_set, _tables(self.lex).longest_title
        words = [self.text[a:b] for a, b, _ in toks]
        for k in range(1, len(toks)):
            sizes = [n for n in range(1, min(k, longest) + 1) if tuple(norms[k - n : k]) in titles]
            by = self._session_by(toks, norms, k - (sizes[-1] if sizes else 1))
            if not sizes and not (
                by is not None and _titled_apposition(norms, titles, longest, by, k)
            ):
                continue
            j = self._title_line_name_end(words, k)
            if j - k < 2 or self.mentions.covers(toks[k][0]):
                continue
            same_line = j < len(toks) and "\n" not in self.text[toks[j - 1][1] : toks[j][0]]
            if same_line and words[j][:1].isupper():
                continue  # "Minister Ana Rios Lopez Garcia": more than a name, or a name run on
            surface = self.text[toks[k][0] : toks[j - 1][1]]
            last = words[j - 1]
            # "Briefing by Spokesperson Ana Rios": whose session the heading names
            if self._headline(toks[k][0]) and not (
                by is not None
                or self._times_in_text(surface) > 1
                or self._times_in_text(last.upper()) > 0
                or self._times_in_text(words[k].upper() + ":") > 0  # "LEE:" for Lee Jae-woong
            ):
                continue  # "Secretary-General Urges Calm": a headline's capitals, no name
            key = self._new_entity("Person", surface)
            self._add(toks[k][0], toks[j - 1][1], key, "name")
            self._serves_host(key)

    def _title_line_name_end(self, words: list[str], k: int) -> int:
        """Where a name of up to three name words from word ``k`` of a title line ends, with
        the particles between them ("Majed bin Mohammed Al-Ansari")."""
        j, named = k, 0
        while j < len(words) and named < 3:
            if self._title_line_name_word(words[j]):
                named += 1
            elif not (
                named
                and words[j] in _PARTICLES
                and j + 1 < len(words)
                and self._title_line_name_word(words[j + 1])
            ):
                break
            j += 1
        return j

    def _session_by(self, toks: list[tuple[int, int, str]], norms: list[str], k: int) -> int | None:
        """The token of the "by" or "of" that names a session's host on the line of token ``k``,
        before it ("Briefing by Foreign Ministry Spokesperson", "Remarks of the Spokesperson"),
        with no comma between but one ending the title's body (", Ambassador Ana Rios")."""
        commas = 0
        for x in range(k - 1, -1, -1):
            if "\n" in self.text[toks[x][1] : toks[x + 1][0]]:
                return None
            if norms[x] == ",":
                commas += 1
                if commas > 1:
                    return None
            elif norms[x] == "by" or (norms[x] == "of" and x == k - 1):
                return x
        return None

    def _title_line_name_word(self, word: str) -> bool:
        low = word.lower()
        parts = word.split("-")  # "Dizon-Reyes": a double surname, each part a name word
        return (  # "Jae-woong": a given name of two syllables
            all(p.isalpha() and p[1:].islower() for p in parts)
            and parts[0][:1].isupper()
            and (all(p[:1].isupper() for p in parts) or (len(parts) == 2 and len(parts[1]) <= 5))
            and not _inflected_cue(low)
            and low not in _HEADLINE_VERBS
            and (low not in self.common or low in _NAME_LIKE)
            and low not in self.place_words
            and not self.lex.lookup((norm_token(word),))
        )

    def _venue_states(self) -> None:
        """A state the text names only as where a meeting took place is that place, no actor
        ("their summit in Chile"); one it also names otherwise ("Chile, which mediated", "the
        Chilean envoy") stays the state throughout."""
        venues = set(self._venues)
        by_key: dict[str, list[tuple[int, Mention]]] = {}
        for i, m in self.mentions.items():
            by_key.setdefault(m.key, []).append((i, m))
        for key, found in by_key.items():
            if not self._is_state(key) or any((m.start, m.end) not in venues for _, m in found):
                continue
            for i, m in found:
                place = self._new_entity("Place", self.text[m.start : m.end])
                self.mentions.replace(i, Mention(m.start, m.end, place, "name"))

    def _gatherings(self) -> None:
        """A name after "on the sidelines of" is a gathering, where people met, not an actor
        ("on the sidelines of the Varna Security Forum"): a weak mention there."""
        for idx, m in list(self.mentions.items()):
            info = self.entities.get(m.key)
            before = self.text[max(0, m.start - 24) : m.start]
            if (
                info is not None
                and info.cls == "Organisation"
                and m.form == "name"
                and re.search(r"\bsidelines\s+of\s+(?:the\s+)?$", before, re.I)
            ):
                self.mentions.replace(idx, Mention(m.start, m.end, m.key, "demonym"))

    def _persons_named_otherwise(self) -> None:
        """A new name read as a person's where nothing said what it is, but as an organisation's
        or a place's where a noun or a preposition did ("the Kraze Barye gang ... Kraze Barye
        said", "near Kolo Vena ... east of Kolo Vena"), is the organisation's or the place's."""
        orgs = {
            e.label: key
            for key, e in self.entities.items()
            if e.cls in ("Organisation", "Place") and key not in self.lex.entries
        }
        into = {
            key: orgs[e.label]
            for key, e in self.entities.items()
            if e.cls == "Person" and key not in self.lex.entries and e.label in orgs
        }
        self._rekey(into)
        for key in into:
            del self.entities[key]

    def _venue(self, i: int) -> bool:
        """Whether the name at token ``i`` is where a meeting took place: after "in" or "at"
        that follows a word of meetings within a few words ("their summit in Chile", "talks
        took place in Peru", "the meeting on the treaty in Peru"), and not described as an
        actor after it ("held in Chile, which mediated")."""
        t = self.toks[i]
        before = self.text[max(0, t.start - 40) : t.start].lower().split()
        if len(before) < 2 or before[-1] not in ("in", "at"):
            return False
        if re.match(r",?\s+(?:which|who|whose)\b", self.text[t.end : t.end + 10]):
            return False
        return any(w.strip(",") in self._venue_words for w in before[-7:-1])

    @cached_property
    def _page_labels(self) -> frozenset[str]:
        return frozenset(self.lang.get("page_labels", []))

    @cached_property
    def _venue_words(self) -> frozenset[str]:
        return frozenset(self.lang.get("venue_lead_words", []))

    def _title_after(self, end: int) -> bool:
        """Whether the rest of the line after a name is a comma and a title ("Ana Rios,
        Department Spokesperson"), a heading that gives a person's post."""
        line_end = self.text.find("\n", end)
        rest = self.text[end : len(self.text) if line_end < 0 else line_end]
        found = _TITLE_TAIL.fullmatch(rest.rstrip())
        return found is not None and found.group(1).lower() in _tables(self.lex).title_heads

    def _titled_surname(self, i: int, j: int, t: _Tok) -> bool:
        """Whether a common word ends a name of two or three words from token ``i`` to ``j``
        set off by a comma, after names that are no common words, with a title before it ("the
        head of the mission, Special Envoy Mark Well, said") or after the comma ("Aminata
        Diallo Sow, spokesperson of the Ministry")."""
        return (
            j - i in (2, 3)
            and t is self.toks[j - 1]
            and all(x.norm.lower() not in self.common for x in self.toks[i : j - 1])
            and j < len(self.toks)
            and self.toks[j].text == ","
            and (self._title_before(i) is not None or self._title_set_off(j))
        )

    def _title_set_off(self, j: int) -> bool:
        """Whether a title in any case follows the comma at token ``j`` ("X, spokesperson of",
        "X, the deputy minister,"): the name before it is a person's."""
        words = [t.norm.lower() for t in self.toks[j + 1 : j + 5]]
        while words and words[0] in ("the", "a", "an"):
            words.pop(0)
        heads = _tables(self.lex).title_heads
        return any(w in heads for w in itertools.takewhile(lambda w: w.isalpha(), words[:3]))

    def _title_before(self, i: int) -> str | None:
        """The title written before the name at token ``i``, in any case ("US envoy X")."""
        before = [t.norm.lower() for t in self.toks[max(0, i - 4) : i]]
        for title in self.titles:
            if tuple(before[len(before) - len(title) :]) == title:
                return " ".join(t.text for t in self.toks[i - len(title) : i])
        return None

    def _title_set_off_before(self, i: int, honorific: str | None) -> str | None:
        """The title set off by a comma before the name at token ``i``, after "the", with the
        body it serves between ("The spokesperson of the water board, Ana Rios,", "the envoy,
        Ana Rios,"): the person's role, which "the spokesperson" names again (``honorific``:
        the title written right before the name, skipped: "The spokesperson, Dato Ana Rios,")."""
        toks = self.toks
        if honorific is not None:
            i -= len(honorific.split())
        if i < 3 or toks[i - 1].norm != ",":
            return None
        tables = _tables(self.lex)
        for k in range(i - 3, max(-1, i - 14), -1):
            if not toks[k].norm.isalpha():
                return None
            if toks[k].norm.lower() != "the":
                continue
            words = [t.norm.lower() for t in toks[k + 1 : i - 1]]
            for n in range(min(tables.longest_title, len(words)), 0, -1):
                rest = toks[k + 1 + n : i - 1]
                if tuple(words[:n]) in tables.title_set and (
                    not rest
                    or (rest[0].norm in ("of", "for") and all(t.norm.isalpha() for t in rest))
                ):
                    return " ".join(t.text for t in toks[k + 1 : k + 1 + n])
        return None

    def _leads_government(self, j: int) -> bool:
        """Whether the name ending at token ``j`` is followed by "administration",
        "government" or "cabinet": the government that person leads."""
        after = self.text[self.toks[j - 1].end : self.toks[j - 1].end + 20].lower()
        return re.match(r"\s+(?:administration|government|cabinet)\b", after) is not None

    def _demonym_use(self, j: int) -> str:
        """An adjectival demonym names an actor before a word like "side" or "officials", or
        before another demonym coordinated with it ("the Belarusian and Russian sides")."""
        after = self.text[self.toks[j - 1].end : self.toks[j - 1].end + 36].lower()
        for noun in self.lang["subject_passthrough_nouns"]:
            if re.match(rf"\s+(?:(?:and|or)\s+[a-z-]+\s+|[a-z-]+\s+)?{re.escape(noun)}\b", after):
                return "demonym_actor"
        return "demonym"

    def _medium(self, i: int, j: int, before: list[str]) -> bool:
        """A name where something was posted: "wrote on Harbour Social", "on his platform,
        Harbour Social", "his Harbour Social account"."""
        if before[-2:-1] and before[-1] == "on" and before[-2] in self.posting:
            return True
        if before and before[-1].rstrip(",") in self.media and before[-1].endswith(","):
            return True
        after = self.text[self.toks[j - 1].end : self.toks[j - 1].end + 12].lower().split()
        return bool(after) and after[0].strip(".,;") in self.media

    @cached_property
    def _before_media_nouns(self) -> list[int]:
        """Where each run of spaces before a noun of media starts ("Harbour Post| newspaper")."""
        nouns = "|".join(re.escape(w) for w in sorted(self.media))
        return [m.start() for m in re.finditer(rf"\s+(?i:{nouns})\b", self.text)]

    def _named_as_medium(self, surface: str) -> bool:
        """Whether the text names ``surface`` as a medium somewhere ("the Harbour Post
        newspaper"): then "told Harbour Post" is not a person either."""
        return any(self.text.endswith(surface, 0, k) for k in self._before_media_nouns)

    def _outlet_named(self, i: int) -> bool:
        """A name right after a noun of news outlets: "the Chilean daily El Sol", "its
        mouthpiece, Andes Voice", "the weekly Costa Sur"."""
        before = self.text[max(0, self.toks[i].start - 30) : self.toks[i].start].lower()
        return bool(re.search(rf"\b(?:{self.outlets})(?:\s*,)?\s+$", before))

    @cached_property
    def _dateline_state(self) -> str | None:
        """The state whose capital opens the document's dateline, a line among its first few
        ("KYIV, June 3", "HANOI (Reuters) -", "Moscow, 12 March"), if one does."""
        lines = self.text[:_DATELINE_SPAN].splitlines()
        for n, line in enumerate(lines):
            # a line's start, or a heading line's place between commas ("... briefing, Ankara,",
            # "Ministry of Foreign Affairs, Belmopan, 12 June")
            heading = n == 0 or len(line) < 80 and not line.rstrip().endswith((".", ":", "?", "!"))
            found = [
                f
                for f in (
                    _DATELINE_LINE.match(line),
                    _PLACE_IN_TITLE.search(line) if heading else None,
                )
                if f is not None
                # three words only where they name a capital ("PORT OF SPAIN,"), not a
                # heading's ("REPUBLIC OF PERU - MINISTRY OF ...")
                and (len(f.group(1).split()) < 3 or self.lex.capital_of(f.group(1).split()))
            ]
            if not found:
                continue
            for place in found:  # a building before the city: "Wisma Putra, Putrajaya, 14 May"
                states = self.lex.capital_of(place.group(1).split())
                if states:
                    return states[0] if len(states) == 1 else None
            return None
        return None

    def _dateline_place(self, start: int, end: int) -> bool:
        """A capital opening a line before a bar or a dash, a dateline ("London | Peru said",
        "Lima — Talks resumed"): where the story was filed, not that state's government."""
        return self._line_start(start) == start and _DATELINE_MARK.match(self.text, end) is not None

    def _locative(self, i: int) -> bool:
        """A capital used as a place ("talks in Vienna"), not as its government
        ("the authorities in Niamey")."""
        before = self.text[max(0, self.toks[i].start - 30) : self.toks[i].start].lower().split()
        if len(before) >= 2 and before[-2] in _SEAT_NOUNS and before[-1] == "in":
            return False
        return bool(before) and before[-1] in self.lang["locative_prepositions"]

    def _read_otherwise(self, i: int, j: int) -> bool:
        """Whether the run is a ship's name ("the bulk carrier Blue Heron": no actor), or a
        body's or person's that its context says (after an office, a compass name, a body a
        noun describes, a party after "the opposition", a local government), recorded."""
        start = self.toks[i].start
        if _SHIP_BEFORE.search(self.text, max(0, start - 24), start) is not None:
            return True
        if self._in_document_name(i, j):
            return True
        if self._name_after_office(i, j) or self._compass_name(i, j) or self._described_body(i, j):
            return True
        end = self.toks[j - 1].end
        return self._party_after_side(i, j) or self._local_government(start, end)

    def _national_branch(self, i: int, start: int, end: int) -> bool:
        """Whether a state's name right after a campaigning group's name or an unknown
        acronym, before a verb or a comma, names that group's branch in the state ("Oxfam
        Chile said", "WWF Peru urged"): one body, named whole, recorded."""
        if i == 0 or not _BRANCH_AFTER.match(self.text, end):
            return False
        before = self.toks[i - 1]
        if self.text[before.end : start] != " ":
            return False
        groups = [
            m
            for m in self.mentions.ending_in(before.end, before.end)
            if self.cls_of(m.key) == "Organisation"
            and m.key in self.lex.entries
            and self.lex.entries[m.key].fine == "ngo"
        ]
        acronym = before.text.isupper() and before.text.isalpha() and len(before.text) >= 3
        if not groups and not (acronym and not self.mentions.covers(before.start)):
            return False
        first = groups[0].start if groups else before.start
        key = self._new_entity("Organisation", self.text[first:end], "ngo")
        self._clear(first, end)
        self._add(first, end, key, "name")
        return True

    def _in_document_name(self, i: int, j: int) -> bool:
        """Whether the run goes on a document's or an event's name after its "on", "of" or
        "for" ("the Joint Declaration on Safe Use of Ocean Robotics and
        Autonomy", "the Conference on Disarmament"): the name's words, no actor."""
        start = self.toks[i].start
        before = self.text[max(0, start - 40) : start]
        linked = _DOCUMENT_LINK.search(before)
        if linked is None:
            return False
        head = linked.group(1)
        after_tail = start - len(linked.group(0)) + len(head) == self._document_tail
        if not after_tail and head.lower() not in self.event_words:
            return False
        self._document_tail = self.toks[j - 1].end
        return True

    def _single_name(self, low: str, title: str | None) -> bool:
        """Whether one capitalised word (``low``, in lower case) after its ``title`` may be a
        name: no place, event or other word that is never one, and no word after a plural
        title ("Ministers Responsible for Ports": a plural title names no one)."""
        if low in self.place_words or low in self.event_words or low in self._non_name:
            return False
        last = title.split()[-1].lower() if title else ""
        return not (last.endswith("s") and (last[:-1],) in self.titles)

    def _run(self, i: int, j: int) -> None:
        """A run of capitalised words the lexicon does not know."""
        toks = self.toks
        if self._read_otherwise(i, j):
            return
        i2, title = self._titles_stripped(i, j)
        if (
            self._is_title(i2, j)
            or self._ampersand_body(i2, j)
            or title is None
            and self._body_after_org_noun(i2, j)
        ):
            return  # "Acting Prime Minister": a title, no one's name; "the group X Y": a body
        if j - i2 >= 2 and self._person_ok(i2, j):
            surface = self.text[toks[i2].start : toks[j - 1].end]
            kind_noun = re.search(
                rf"\b(?:{_ORG_NOUNS}|opposition|ruling|governing)\s+$",
                self.text[max(0, toks[i2].start - 20) : toks[i2].start].lower(),
            )
            kind = "media" if self._outlet_named(i2) else "party" if kind_noun else None
            kind = kind or ("body" if self._members_before(i2, j) else None)
            kind = kind if kind or title else self._determined_kind(i2, j)
            if kind == "":
                return  # "the Country Team": a common noun phrase, no one's name
            if kind and not title:
                key = self._new_entity("Organisation", surface, None if kind == "body" else kind)
                self._add(toks[i2].start, toks[j - 1].end, key, "name")
                return
            where = self.text[max(0, toks[i2].start - 24) : toks[i2].start].lower().split()
            if not title and (self._medium(i2, j, where) or self._named_as_medium(surface)):
                return  # "wrote on Harbour Social": where it was posted, not who
            if not title and self._placed_by_context(i2, j, where):
                self._add(
                    toks[i2].start, toks[j - 1].end, self._new_entity("Place", surface), "name"
                )
                return
            key = self._new_person(surface, i)
            title = title or self._title_before(i2)  # "US envoy X": a title not in capitals
            role = self._title_set_off_before(i2, title) or title
            if role:
                self.entities[key].role = self.entities[key].role or role
            if title and self._labels_turn(i, j):
                self._serves_host(key)  # "Spokesperson Ana Rios: ...": the briefing's host's
            self._add(toks[i2].start, toks[j - 1].end, key, "name")
            return
        if j - i2 == 1:
            t = toks[i2]
            low = t.norm.lower()
            if low in self.common and t.initial:
                return
            if not self._single_name(low, title):
                return
            self.single_candidates.append((i2, title is not None))
            return
        if title is None and self._named_otherwise(i2, j):
            return  # "said Ana Rios of International Rivers": the body she speaks for
        # An unknown multi-word name that is not a person: left for the optional NER component.
        self.unexplained.append((toks[i].start, toks[j - 1].end))

    def _named_otherwise(self, i: int, j: int) -> bool:
        """An unknown name of several words that is no person's, recorded as what it is: a body
        a person speaks for or that speaks, or a place."""
        return self._body_of_person(i, j) or self._speaking_body(i, j) or self._opened_place(i, j)

    def _opened_place(self, i: int, j: int) -> bool:
        """A name of tokens ``i`` to ``j`` that a word of places opens (``place_openers``:
        "Cerro Azul", "Santa Rosa"; not "Santa Rosa-based"): recorded as a place, and
        ``True``; else ``False``."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        if self.toks[i].norm.lower() not in self._place_openers:
            return False
        if re.search(r"-[a-z]", self.text[start:end]):
            return False
        self._add(start, end, self._new_entity("Place", self.text[start:end]), "name")
        return True

    def _new_person(self, surface: str, i: int) -> str:
        """A new person named ``surface`` at token ``i``, also named with the honorific right
        before it ("U Than Swe")."""
        key = self._new_entity("Person", surface)
        if i > 0 and self.toks[i - 1].text in self._honorifics:
            self.entities[key].aliases.add(f"{self.toks[i - 1].text} {surface}")
        return key

    def _body_of_person(self, i: int, j: int) -> bool:
        """An unknown name of several words right after a person's name and "of" ("Ana Rios
        of International Rivers") or a body's members ("members of the Grand Khural"): the body
        they speak for or sit in, recorded so."""
        if not self._person_of(self.toks[i].start) and not self._members_before(i, j):
            return False
        self._add_body(i, j)  # "Fundação Getulio Vargas": an institute
        return True

    def _add_body(self, i: int, j: int) -> None:
        """Record the unknown name of tokens ``i`` to ``j`` as an organisation, of the kind its
        head word names."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        kind = self._org_head(i, j)
        self._add(start, end, self._new_entity("Organisation", self.text[start:end], kind), "name")

    def _speaking_body(self, i: int, j: int) -> bool:
        """An unknown name of several words that a "which" clause describes and a speech verb
        follows ("Deutsche Bahn, which is building the line, said ..."): a body that speaks,
        recorded as an organisation."""
        if not _SPEAKING_THING.match(self.text, self.toks[j - 1].end):
            return False
        self._add_body(i, j)
        return True

    def _members_before(self, i: int, j: int) -> bool:
        """Whether the seats of a body come right before the name of tokens ``i`` to ``j``
        ("members of the "), a name no "of" goes on (not "Member of the Political Bureau of
        the Central Committee", a title)."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        return _MEMBERS_OF.search(
            self.text, max(0, start - 24), start
        ) is not None and not self.text.startswith(" of ", end)

    def _person_of(self, start: int) -> bool:
        """Whether a person's name and "of" come right before ``start``."""
        before = re.search(r"\s+of\s+(?:the\s+)?$", self.text[max(0, start - 12) : start])
        if before is None:
            return False
        end = start - len(before.group(0))
        return any(
            self.entities[m.key].cls == "Person"
            for m in self.mentions.ending_in(end, end + 1)
            if m.key in self.entities
        )

    def _titles_stripped(self, i: int, j: int) -> tuple[int, str | None]:
        """Where a run's name starts after the titles before it, and those titles."""
        toks = self.toks
        i2, title = self._strip_title(i, j)
        if title is None and j - i >= 4:  # "Ruritanian Foreign Minister X": a word the lexicon
            k, after = self._strip_title(i + 1, j)  # lacks before a title
            if after is not None:
                i2, title = k, f"{toks[i].text} {after}"
        while title and i2 < j:
            i3, more = self._strip_title(i2, j)
            if not more:
                break
            i2, title = i3, f"{title} {more}"
        return i2, title

    def _ampersand_body(self, i: int, j: int) -> bool:
        """A name joined by "&" ("Procter & Gamble", "the Apparel & Footwear Association") is a
        firm's or a body's: recorded, and ``True``."""
        toks = self.toks
        if j - i < 3 or not any(t.text == "&" for t in toks[i + 1 : j - 1]):
            return False
        key = self._new_entity("Organisation", self.text[toks[i].start : toks[j - 1].end])
        self._add(toks[i].start, toks[j - 1].end, key, "name")
        return True

    def _unknown_word(self, i: int) -> bool:
        """Whether token ``i`` is a word of letters no list knows: no common word, title, place
        or name of the lexicon."""
        tok = self.toks[i]
        low = tok.norm.lower()
        return (
            tok.text.isalpha()
            and low not in self.common
            and low not in self.place_words
            and not self._is_title(i, i + 1)
            and not self.lex.lookup((tok.norm,))
            and not self.lex.lookup((low,))
        )

    def _described_body(self, i: int, j: int) -> bool:
        """A name that a noun of bodies describes, set off after it ("Forces Vives de Guinee,
        a coalition of opposition parties, ..."; "Mesa Campesina, an alliance that ..."): that
        body, with the capitalised words and connectors of its name before the run ("de", "of").
        Recorded, and ``True``; else ``False``."""
        end = self.toks[j - 1].end
        fine = self._body_described_after(end)
        if fine is None or fine == "media":
            return False
        before = self.text[max(0, self.toks[i].start - 5) : self.toks[i].start].lower().split()
        if before and before[-1] in _NAME_INSIDE and _WHICH_ACTS.match(self.text, end):
            return False  # "a tribunal in The Hague, which ...": the run ends a longer name
        line = self.text[self._line_start(self.toks[i].start) : self.toks[i].start]
        lead = re.search(r"(?:[A-Z][\w'’-]*\s+(?:(?:de|du|des|del|da|do|di|la|le|of)\s+)?)*$", line)
        start = self.toks[i].start - (len(lead.group()) if lead else 0)
        surface = self.text[start:end]
        if surface.startswith(("The ", "A ")):
            start, surface = start + surface.index(" ") + 1, surface[surface.index(" ") + 1 :]
        if self.mentions.ending_in(start, end):
            return False
        key = self._new_entity("Organisation", surface, None if fine == "body" else fine)
        self._add(start, end, key, "name")
        return True

    def _local_government(self, start: int, end: int) -> bool:
        """A place's name before "state government", "provincial government" and the like
        ("the Johor state government"), or a region's before "administration" ("the Gedaref
        administration"): the government of a part of a state, a body of its own. Recorded,
        and ``True``; else ``False``."""
        found = _LOCAL_GOVERNMENT.match(self.text, end)
        if found is None and self._region_administered(start, end):
            found = _REGIONAL_ADMINISTRATION.match(self.text, end)
        if found is None:
            return False
        key = self._new_entity("Organisation", self.text[start : found.end()])
        self._add(start, found.end(), key, "name")
        return True

    def _region_administered(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is one word no person of the lexicon bears,
        after "the" ("the Gedaref administration", not "the Trump administration")."""
        word = self.text[start:end]
        return (
            word.isalpha()
            and norm_token(word).lower() not in self.lex.surnames
            and re.search(r"\b[Tt]he[ \t]+$", self.text[max(0, start - 5) : start]) is not None
        )

    def _body_described_after(self, end: int) -> str | None:
        """The kind of body a noun set off after ``end`` describes (", a coalition of ...",
        ", the industry federation,"), else ``None``."""
        after = self.text[end : end + 48].lower()
        if _SPEAKS_FOR_MEMBERS.match(after):
            return "body"  # "Agrofed, which represents the farmers, ...": a body of members
        if _WHICH_ACTS.match(after):  # "Nordhav Fisk, which operates ...": "which", not "who"
            return "company" if _WHICH_TRADES.match(after) else "body"  # (no person)
        nouns: dict[str, str] = self.lang["org_nouns_after"]
        return next(
            (
                f
                for noun, f in nouns.items()
                if re.match(rf"{_DESCRIBED}{re.escape(noun)}(?:\s+(?:of|that)\b|[,.;])", after)
            ),
            None,
        )

    def _party_after_side(self, i: int, j: int) -> bool:
        """A run of capitalised words right after "the opposition", "the ruling" or "the
        governing" names a party, whatever its words ("the opposition Partido Popular"):
        recorded, and ``True``; else ``False``."""
        before = self.text[max(0, self.toks[i].start - 24) : self.toks[i].start]
        if not re.search(r"\b[Tt]he[ \t]+(?:opposition|ruling|governing)[ \t]+$", before):
            return False
        words = self.toks[i:j]
        if not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
            return False
        if re.match(rf"[ \t]+(?:{_ORG_NOUNS})\b", self.text[words[-1].end : words[-1].end + 24]):
            return False  # "the opposition Ataka party": named with its noun, below
        if self._is_title(i, j) or (j - i == 1 and self.lex.lookup((words[0].norm,))):
            return False  # "the ruling Prime Minister", "the opposition Democrats" known
        self._add_party(words)
        return True

    def _add_party(self, words: list[_Tok], fine: str = "party") -> None:
        """Record the words as the name of a party (or another body, ``fine``) of their own."""
        surface = self.text[words[0].start : words[-1].end]
        key = self._new_entity("Organisation", surface, fine)
        self._add(words[0].start, words[-1].end, key, "name")

    def _body_after_org_noun(self, i: int, j: int) -> bool:
        """A run of capitalised words right after "the group", "the party" (a noun of
        organisations, lower case), or set off after it ("the developer, Andes Power,"), names
        that body, though its first word reads like a people's adjective ("the UK-based group
        Chagossian Voices", "the party Syrian Future"); after a noun of firms, a company's:
        recorded, and ``True``; else ``False``."""
        before = self.text[max(0, self.toks[i].start - 20) : self.toks[i].start]
        noun = re.search(rf"\b(?:the[ \t]+({_ORG_NOUNS}),|({_ORG_NOUNS}))[ \t]+$", before)
        if noun is None:
            return False  # (on the same line: a headline's last word opens no name)
        words = self.toks[i:j]
        if len(words) < 2 or not all(
            t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in words
        ):
            return False
        if any(t.norm.lower() in self.common for t in words):
            return False
        kind = noun.group(1) or noun.group(2)
        self._add_party(words, "company" if kind in _COMPANY_NOUNS else "party")
        return True

    def _determined_kind(self, i: int, j: int) -> str | None:
        """What an unknown name after "the" is, as the noun after it says ("the Kraze Barye
        gang": an armed group); "" for no one's name ("the Country Team"): a person's name takes
        no article, except before a word of government ("the Ana Ruiz government"). After
        "known as" or "called", the noun before says it ("an alliance of militias known as X").
        (A noun of bodies set off after a name says it first: :meth:`_described_body`.)"""
        before = self.text[max(0, self.toks[i].start - 40) : self.toks[i].start].lower()
        after = self.text[self.toks[j - 1].end : self.toks[j - 1].end + 24].lower()
        nouns: dict[str, str] = self.lang["org_nouns_after"]
        for noun, fine in nouns.items():
            if re.search(rf"\b{re.escape(noun)},?\s+(?:known\s+as|called)\s+$", before):
                return fine
        if not re.search(r"\bthe\s+$", before[-5:]):
            return None
        for noun, fine in nouns.items():
            if re.match(rf"\s+{re.escape(noun)}\b", after):
                return fine
        if re.match(r"\s+(?:administration|government|cabinet|regime|family)\b", after):
            return None
        if self._place_noun_beside(self.toks[i].start, self.toks[j - 1].end):
            return None  # "the Kolo Vena crossing": a place, placed below
        return "body" if after[:1] in _POSSESSIVE else ""  # "the Energy Community's proposal"

    def _settlement_of(self, before: list[str]) -> bool:
        """Whether the words ``before`` a name end in a settlement's noun and "of" ("the Thai
        village of Ban Phai"): the name is a place's (the plural of ``settlement_plurals``
        made singular)."""
        return len(before) >= 2 and before[-1] == "of" and before[-2] in self._settlements

    @cached_property
    def _settlements(self) -> frozenset[str]:
        """The singulars of ``settlement_plurals`` ("town", "city")."""
        plurals = self.lang.get("settlement_plurals", [])
        return frozenset(w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in plurals)

    def _listed_place(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` follows other names in a list that a place
        preposition or a plural of places opens ("power in Alta, Baja Vista and Costa Rica Norte",
        "the towns of Alta and Baja Vista"): a place like them. After a comma the list must go on
        ("in Lima, Ana Ruiz said" is no list, nor "the consul in Lima, Ana Ruiz, said")."""
        before = self.text[max(0, start - 160) : start]
        if not re.search(r",? and\s$", before) and not (
            before.endswith(", ") and re.match(r",? and\b|, [A-Z]", self.text[end : end + 5])
        ):
            return False
        name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
        lead = "|".join(
            ["in", "at", "near", *(f"{w} of" for w in self.lang.get("settlement_plurals", []))]
        )
        return bool(
            re.search(rf"\b(?:{lead})\s+{name}(?:,\s+{name}){{0,6}}(?:,? and|,)\s$", before)
        )

    def _placed_by_context(self, i: int, j: int, where: list[str]) -> bool:
        """Whether the words around the name of tokens ``i`` to ``j`` (``where``: the words
        before it) make it a place: "in X", "the town of X", "in A, B and X", "the X crossing",
        "from Lima to X"."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        return bool(
            where
            and where[-1] in ("in", "at", "near", "outside", "inside", "around", "across")
            or self._settlement_of(where)
            or self._listed_place(start, end)
            or self._place_noun_beside(start, end)
            or self._route_end(start)
        )

    def _route_end(self, start: int) -> bool:
        """Whether the name at ``start`` ends a route a place starts: "the road from Lima to
        Nueva Vista", "the ferry between Lima and Nueva Vista" (a place or a capital)."""
        link = re.search(r"\s+(to|and)\s+$", self.text[max(0, start - 8) : start])
        if link is None:
            return False
        at = start - len(link.group())
        opener = "from" if link.group(1) == "to" else "between"
        return any(
            (m.form == "capital" or self.entities[m.key].cls == "Place")
            and re.search(rf"\b{opener}\s+$", self.text[max(0, m.start - 9) : m.start])
            for m in self.mentions.ending_in(at, at)
        )

    def _place_noun_beside(self, start: int, end: int) -> bool:
        """Whether a noun of places follows the name at ``start:end`` ("the Kolo Vena
        crossing") or a plural of places introduces it ("shrines, including Kolo Vena",
        "villages such as Kolo Vena"): a place, not a person."""
        nouns = "|".join(map(re.escape, self.lang.get("place_nouns_after", [])))
        if nouns and re.match(rf"\s+(?:{nouns})\b", self.text[end : end + 20]):
            return True
        plurals = "|".join(map(re.escape, self.lang.get("settlement_plurals", [])))
        before = self.text[max(0, start - 40) : start]
        return bool(re.search(rf"\b(?:{plurals}),?\s+(?:including|such\s+as)\s+$", before))

    def _office_before(self, i: int) -> int | None:
        """Where the title starts whose field the words from token ``i`` name: "Minister of
        National Security ...", "Presidential Adviser on Border Affairs ..."."""
        toks = self.toks
        link = i - 1 - (i >= 2 and toks[i - 1].norm == "the")
        if link < 1 or toks[link].norm not in ("of", "for", "on"):
            return None
        heads = _tables(self.lex).title_heads
        for k in range(max(0, link - 3), link):
            named = link - k == 2 and toks[k].cap and toks[link - 1].norm.lower() in heads
            if self._is_title(k, link) or named:
                return k
        return None

    def _second_field_office(self, i: int) -> int | None:
        """Where the title starts whose second field opens at token ``i``, after "and":
        "Minister of Trade and Industry Ana Ruiz"."""
        toks = self.toks
        if i < 3 or toks[i - 1].norm not in _AND:
            return None
        k = i - 2
        while k > max(0, i - 6) and toks[k].cap:
            k -= 1
        first_field = k + 1 < i - 1 and toks[k].norm in ("of", "for", "on")
        return self._office_before(k + 1) if first_field else None

    def _name_after_office(self, i: int, j: int) -> bool:
        """ "Minister of National Security Itamar Ben-Gvir", "High Commissioner for Peace Ana
        Ruiz": after a title with "of", "for" or "on", the office's words, then a person's name
        (its last two words); without a name after them ("the Minister for Coastal Affairs"),
        the office's words alone, no one's name."""
        toks = self.toks
        office = self._office_before(i) if toks[i - 1].norm not in _AND else None
        if office is None and j - i >= 3:
            office = self._second_field_office(i)
        if office is None:
            return False
        if j - i < 3 or not self._person_ok(j - 2, j):
            return toks[office].cap  # "a spokesman for Ana Ruiz": the title is a common noun
        start = self._portfolio_end(i, j - 2)  # "Minister of Tourism Tran Van Binh": after a
        if start is None or not self._person_ok(start, j):  # known field, the whole name
            start = j - 2
        key = self._new_entity("Person", self.text[toks[start].start : toks[j - 1].end])
        role = self.text[toks[office].start : toks[start - 1].end]
        self.entities[key].role = self.entities[key].role or role
        self._add(toks[start].start, toks[j - 1].end, key, "name")
        return True

    # -- passes ---------------------------------------------------------------

    def run(self) -> Resolution:
        self._title_line_names()
        self._capital_name_labels()
        self._family_names_in_capitals()
        for i, j in self.chunks():
            self.classify(i, j)
        self._dateline_agencies()
        self._abbreviations()
        self._acronyms()
        self._hyphen_pairs()
        self._singles()
        self._question_outlets()
        self._venue_states()
        self._persons_named_otherwise()
        self._gatherings()
        self._named_with_lowercase_heads()
        self._numbered_bodies()
        if self.ner is not None and self.unexplained:
            self._statistical(self.ner)
        self._ministries()
        self._host_ministries()
        self._bodies_of_members()
        self._lowercase_references()
        self._group_references()
        self._collective_bodies()
        self._regional_leaders()
        self._meeting_references()
        self._head_references()
        self._kind_epithets()
        self._bodies_before_titles()
        self._heads_again()
        self._state_references()
        self._legislatures()
        self._role_references()
        self._body_titles()
        self._unheld_offices()
        titled = self._titled_states()
        self._titled_persons_states(titled)
        self._state_role_references(titled)
        self._merge_sub_units()
        self._named_with_their_state()
        self._merge_spelled_out()
        self._merge_qualified()
        self._shortened_names()
        self._organs_named_in_full()
        ordered = sorted(self._whole_names(), key=lambda m: (m.start, -m.end))
        # Drop mentions nested inside a longer one.
        kept: list[Mention] = []
        for m in ordered:
            if kept and m.start < kept[-1].end and m.end <= kept[-1].end and m != kept[-1]:
                if m.start >= kept[-1].start and (m.end - m.start) < (
                    kept[-1].end - kept[-1].start
                ):
                    continue
            kept.append(m)
        used = {m.key for m in kept}
        entities = {k: v for k, v in self.entities.items() if k in used}
        return Resolution(entities, kept)

    def _whole_names(self) -> list[Mention]:
        """The mentions, less a new name the end of a cut-off text runs into (a stored excerpt
        ending "... wrote to the Andean Fish") where no other name names its entity, and the
        references read as that entity's."""
        end = len(self.text.rstrip())
        if not end or not self.text[end - 1].isalnum():
            return list(self.mentions)
        cut = {m.key for m in self.mentions if m.end == end and m.key not in self.lex.entries}
        named = {m.key for m in self.mentions if m.end != end and m.form == "name"}
        gone = cut - named  # with the references that took it for their antecedent
        return [m for m in self.mentions if m.key not in gone]

    def _compound_demonyms(self) -> None:
        """ "Franco-German", "Sino-Russian": a demonym mention for each state of the compound."""
        for i, _ in self.single_candidates:
            t = self.toks[i]
            parts = t.text.split("-")
            if len(parts) < 2 or self.mentions.covers(t.start):
                continue
            found = [
                self.lex.lookup((norm_token(p),)) or self.lex.lookup((norm_token(p).lower(),))
                for p in parts
            ]
            if not all(f and self.lex.entries[f[0][0]].cls == "State" for f in found):
                continue
            offset = t.start
            for part, hits in zip(parts, found, strict=True):
                self._entity_from_lexicon(hits[0][0])
                self._add(offset, offset + len(part), hits[0][0], "demonym")
                offset += len(part) + 1

    def _hyphen_pairs(self) -> None:
        """ "China-U.S. talks", "the Israel-Hamas truce": two actors joined by a hyphen are both
        named (the parties of what follows)."""
        for m in _HYPHEN_PAIR.finditer(self.text):
            if self.mentions.covers(m.start()) or self.mentions.covers(m.end() - 1):
                continue
            spans = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
            found = [key for a, b in spans if (key := self._actor_named(self.text[a:b]))]
            if len(found) != len(spans):
                continue
            for (a, b), key in zip(spans, found, strict=True):
                self._entity_from_lexicon(key)
                self._add(a, b, key, "name")

    def _actor_named(self, word: str) -> str | None:
        """The state or organisation the lexicon knows by one word ("China", "U.S.", "Hamas")."""
        norm = norm_token(word)
        hits = self.lex.lookup((norm,)) or self.lex.lookup((norm.lower(),))
        keys = [
            k
            for k, form in hits
            if form == "name" and self.lex.entries[k].cls in ("State", "Organisation")
        ]
        return keys[0] if len(keys) == 1 else None

    def _full_names_by_token(self) -> dict[str, list[tuple[int, str]]]:
        """Each name word of a person named in full: where each such name is met, and whose."""
        out: dict[str, list[tuple[int, str]]] = {}
        for _, m in sorted(self.mentions.items(), key=lambda x: x[1].start):
            info = self.entities.get(m.key)
            if m.form != "name" or info is None or info.cls != "Person":
                continue
            for token in info.name_tokens:
                if m.end - m.start > len(token):
                    out.setdefault(token, []).append((m.start, m.key))
        return out

    @staticmethod
    def _named_before(named: list[tuple[int, str]], pos: int) -> str | None:
        """The person a name word alone at ``pos`` stands for, of those named in full with it
        (``named``, in order): the one named last before ``pos`` ("Ana Vargas ... Vargas said
        ... Luis Vargas ... Vargas replied"); else the first named after it."""
        before = [key for start, key in named if start < pos]
        return before[-1] if before else named[0][1] if named else None

    def _persons_by_tail(self, persons: list[EntityInfo]) -> dict[str, list[EntityInfo]]:
        """Each person under every tail of its name that follows a space ("van der Berg",
        "Berg"); a name ending in "Jr" or the like also under the tails before it ("Ana Del Rio
        Jr": "Del Rio")."""
        by_tail: dict[str, list[EntityInfo]] = {}
        suffixes = frozenset(self.lang["name_suffixes"])
        for p in persons:
            low = strip_accents(p.label).lower()
            last = low.rsplit(" ", 1)
            stem = last[0] if len(last) == 2 and last[1].rstrip(".") in suffixes else None
            for name in (low, stem) if stem else (low,):
                for k, c in enumerate(name):
                    if c == " ":
                        by_tail.setdefault(name[k + 1 :], []).append(p)
        return by_tail

    def _surnames_of_more_words(self, by_tail: dict[str, list[EntityInfo]]) -> None:
        """A multi-word surname (particles included) that ends a known name (``by_tail``: the
        persons under each tail of their names)."""
        for idx, m in self.mentions.items():
            info = self.entities.get(m.key)
            if info is None or info.cls != "Person" or m.form != "name":
                continue
            surface = self.text[m.start : m.end]
            for p in by_tail.get(strip_accents(surface).lower(), ()):
                if p.key != m.key and len(p.label) > len(surface):
                    self.mentions.replace(idx, Mention(m.start, m.end, p.key, "surname"))
                    p.aliases.add(surface)
                    break

    def _question_outlets(self) -> None:
        """The outlet a transcript's question label names beside the reporter ("Q (Ana Rios,
        Azatutyun):"), where no name the lexicon knows stands there: a news outlet."""
        for mt in QUESTION_LABEL.finditer(self.text):
            (a, b), (start, end) = asker_spans(mt)
            surface = self.text[start:end].strip()
            end = start + len(surface)
            if not surface[:1].isupper():
                continue
            if not asker_named(mt) and self._person_named_elsewhere(surface, start):
                continue  # "Q (Ana Rios):" again, or "Q (Rios):": the reporter, no outlet
            for i in self.mentions.exactly(start, end):  # "Q (Ana Rios, Chosun Ilbo):" an
                m = self.mentions.get(i)  # outlet, not a person its two words suggested
                if m is not None and m.key not in self.lex.entries and self._person_key(m.key):
                    self.mentions.remove(i)
            if not self.mentions.ending_in(start, end):
                self._add(start, end, self._new_entity("Organisation", surface, "media"), "name")
            asker = self.text[a:b].strip()  # its asker, a person, whatever the name's words
            if asker[:1].isupper() and not self.mentions.overlaps(a, a + len(asker)):
                self._add(a, a + len(asker), self._new_entity("Person", asker), "name")

    def _titles_as_surnames(self, by_token: dict[str, str]) -> None:
        """A title alone that is the surname of a person the text names ("Director General Ana
        Mayor ... Mayor replied"), not after "the" ("the Mayor"): that person."""
        for i in self.title_singles:
            t = self.toks[i]
            key = by_token.get(t.norm)
            if key is None or self.mentions.covers(t.start):
                continue
            if i and self.toks[i - 1].norm.lower() == "the":
                continue
            self._add(t.start, t.end, key, "surname")

    def _person_named_elsewhere(self, surface: str, start: int) -> bool:
        """Whether a person whose name is ``surface`` or ends with it is named somewhere other
        than at ``start``."""
        keys = {
            k
            for k, e in self.entities.items()
            if e.cls == "Person" and (e.label == surface or e.label.endswith(" " + surface))
        }
        return any(m.key in keys and m.start != start for m in self.mentions)

    def _singles(self) -> None:
        self._compound_demonyms()
        persons = [e for e in self.entities.values() if e.cls == "Person"]
        # Each person under each of its name tokens; the last person listed wins, as in a scan
        # of them all.
        by_token: dict[str, str] = {}
        for p in persons:
            for token in p.name_tokens:
                by_token[token] = p.key
        for token, key in self._spelled_tokens().items():
            by_token.setdefault(token, key)  # "Volodymyr Zelenskyy" for the known "... Zelensky"
        self._surnames_of_more_words(self._persons_by_tail(persons))
        self._titles_as_surnames(by_token)
        full_names = self._full_names_by_token()
        for i, titled in self.single_candidates:
            t = self.toks[i]
            if self._given_name_of_next(t) or self.mentions.covers(t.start):
                continue  # (a transcript's label placed already: "SPOKESPERSON LEE:")
            norm = _PARTICLE_PREFIX.sub("", t.norm)
            named = full_names.get(norm)
            match = (
                None
                if len(norm) < 2
                else self._named_before(named, t.start)
                if named
                else by_token.get(norm) or self._text_body(t.text)
            )
            if match is None and (known := self.lex.surnames.get(norm.lower())):
                match = known
                self._entity_from_lexicon(known)
            suffix = norm.lower().rstrip(".") in self.lang["name_suffixes"]  # "Minister ... II"
            if match is None and titled and not t.initial and not suffix:
                match = self._new_entity("Person", t.text)
            if match is None and (movement := self._movement(i)):
                self._add(t.start, movement[0], movement[1], "name")
                continue
            if match is None and t.norm.lower() not in self.common:
                if self._described_as_organisation(
                    t
                ):  # a common word ("the group None") is no company
                    match = self._new_entity("Organisation", t.text, "company")
                elif self._headed_body(t):
                    match = self._new_entity("Organisation", t.text)  # "the head of Zenbank"
                else:
                    match = self._single_by_next_word(i)
            state = self.lex.entries[match].state if match in self.lex.entries else None
            if match and state and self._leads_government(i + 1):
                self._entity_from_lexicon(state)  # "the Biden administration": his state
                self._add(t.start, t.end, state, "demonym_actor")
            elif match:
                self._add(t.start, t.end, match, "surname")
            elif (
                not t.initial
                and t.norm.lower() not in self.common
                and t.norm.lower() not in CALENDAR_WORDS
            ):
                self.unexplained.append((t.start, t.end))

    def _spelled_tokens(self) -> dict[str, str]:
        """The name words of known people as this text spells their full names, where it spells
        them otherwise than the lexicon: each word, the person's key."""
        out: dict[str, str] = {}
        for _, m in self.mentions.items():
            info = self.entities.get(m.key)
            if info is None or m.key not in self.lex.entries or m.form != "name":
                continue  # the lexicon's people: a name read in the text is spelled as there
            for _, _, w in tokenize(self.text[m.start : m.end]):
                norm = _PARTICLE_PREFIX.sub("", norm_token(w))
                if w[1:].islower() and info.cls == "Person" and norm not in info.name_tokens:
                    out.setdefault(norm, m.key)
        return out

    def _given_name_of_next(self, t: _Tok) -> bool:
        """An unknown name word right before a person's known name is one more of its given
        names ("Prime Minister Jan Ilse Maren" for the known "Ilse Maren"): the name's mention
        takes it in."""
        low = t.norm.lower()
        if low in self.common or low in CALENDAR_WORDS or not t.text[1:].islower():
            return False
        if self.text[t.end : t.end + 1] != " " or self._title_word(low):
            return False
        for idx, m in self.mentions.starting_in(t.end + 1, t.end + 1):
            info = self.entities.get(m.key)
            if info is not None and info.cls == "Person" and m.form == "name":
                self.mentions.remove(idx)
                self.mentions.add(Mention(t.start, m.end, m.key, m.form))
                info.aliases.add(self.text[t.start : m.end])
                return True
        return False

    @cached_property
    def _texts_within_sentences(self) -> frozenset[str]:
        """The words the text holds somewhere other than at a sentence's start."""
        return frozenset(x.text for x in self.toks if not x.initial)

    def _single_by_next_word(self, i: int) -> str | None:
        """An unknown single name placed by the word right after it: a body before a noun of its
        members' roles ("the Tarvo leader", "a Tarvo spokesman"), a person as the subject of a
        verb of saying in the past ("Tarvo said", "Tarvo told reporters"), a body if it says "it"
        of itself ("Tarvo said it would wait")."""
        t = self.toks[i]
        low = t.norm.lower()
        if i + 1 >= len(self.toks) or low in CALENDAR_WORDS or low in self.place_words:
            return None
        if low in self.people_nouns or low in self.event_words or low in self._non_name:
            return None
        if self._acronym_before_role(i):  # "the TPF spokesman": the body, if named so before
            same = (m.key for _, m in self.mentions.items() if self.text[m.start : m.end] == t.text)
            return next(same, None) or self._new_entity("Organisation", t.text)
        if not t.text[1:].islower() or low in self.heads_final or self._title_word(low):
            return None  # an acronym, "the Commission", "Vice", "Foreign": not this name
        if t.initial and t.text not in self._texts_within_sentences:
            return None  # "Scientists said": a common noun that opens a sentence
        if i > 1 and self.toks[i - 1].norm in ("and", "of") and self.toks[i - 2].cap:
            return None  # "Ministry of Trade and Industry said": a longer name's last word
        if i > 0 and self.toks[i - 1].norm.lower() == "the" and t.text[:1].isupper():
            the = True  # "the Tarvo leader": a body, never a person
        else:
            the = False
        after = self.toks[i + 1]
        if self.text[t.end : after.start] != " " or not after.text.islower():
            return None
        if after.text in self.lang.get("member_roles", ()):
            return self._new_entity("Organisation", t.text)
        word = after.text
        spoken = word != "says" and (word.endswith(("s", "ing")) or not self._speech_form(word))
        if spoken or the:
            return None
        # "Tarvo said it would wait": what says "it" of itself is a body, not a person
        itself = i + 2 < len(self.toks) and self.toks[i + 2].norm.lower() in ("it", "its")
        return self._new_entity("Organisation" if itself else "Person", t.text)

    def _acronym_before_role(self, i: int) -> bool:
        """Whether token ``i`` is an acronym the lexicon lacks before a noun of its members'
        roles ("the TPF spokesman", "a TPF leader"): a body."""
        t = self.toks[i]
        if not (t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 5):
            return False
        if self.mentions.covers(t.start):
            return False  # read as an acronym already
        if t.text in _tables(self.lex).common_acronyms or self.lex.lookup((t.norm,)):
            return False
        after = self.toks[i + 1]
        return self.text[t.end : after.start] == " " and after.text in self.lang.get(
            "member_roles", ()
        )

    def _title_word(self, low: str) -> bool:
        """Whether ``low`` opens or heads a title ("vice", "foreign", "minister")."""
        t = _tables(self.lex)
        return (
            low in t.title_prefixes
            or low in t.title_heads
            or low in _MINISTRY_TOPIC_WORDS
            or low in self.titles_by_first
        )

    @staticmethod
    def _speech_form(word: str) -> bool:
        """Whether ``word`` is an inflected form of a verb of saying ("said", "told", "says")."""
        cues = load_cues()
        return word in cues.forms("speech-verb") and word not in cues.lemmas(word)

    def _movement(self, i: int) -> tuple[int, str] | None:
        """A movement named by its followers: a capitalised plural in "-ists" written so mid-sentence
        somewhere ("talks with the Maoists"), or its adjective before a noun of fighters ("Maoist
        rebels"). Returns where the mention ends and the movement's key (labelled by the plural)."""
        t = self.toks[i]
        ending = self.lang.get("movement_follower_ending", "ists")
        word = t.text
        after = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if word.endswith(ending[:-1]) and after is not None and after.start - t.end == 1:
            members = {w.lower() for w in self.lang.get("movement_member_nouns", [])}
            if after.norm.lower() in members and word[1:].islower():
                return after.end, self._new_entity("Organisation", word + "s", "armed_group")
        if not (word.endswith(ending) and word[1:].islower() and word.lower() not in self.common):
            return None
        if t.initial and not any(
            x.text == word and not x.initial for x in self.toks if x.norm == t.norm
        ):
            return None  # "Scientists said ...": a common noun that opens a sentence
        return t.end, self._new_entity("Organisation", word, "party")

    def _described_as_organisation(self, t: _Tok) -> bool:
        """Whether an unknown single name is described by a noun of organisations: before it
        ("the lender Zenbank", "the grid operator, Zenbank.") or in an apposition after it
        ("Zenbank, a Serbian-owned supply company, ...")."""
        before = self.text[max(0, t.start - 30) : t.start].lower()
        after = self.text[t.end : t.end + 60]
        return bool(
            re.search(rf"\b(?:{_ORG_NOUNS})\s+$", before)
            or re.search(rf"\b(?:{_ORG_NOUNS})\b[^,]{{0,40}},\s+$", before + " ")
            and after[:1] in (",", ".")
            or re.match(_ORG_APPOSITION, after)
        )

    def _acronyms(self) -> None:
        """An unknown all-capital acronym used mid-sentence ("FNSEA", "PDVSA") names an organisation:
        the one the text wrote out with those initials, else one of its own."""
        common = _tables(self.lex).common_acronyms
        spelled = self._written_out_initials()
        # Recorded after the scan, which asks what was taken before it.
        found: list[tuple[int, int, str]] = []
        for i, t in enumerate(self.toks):
            w = t.text.replace(".", "")
            if (labelled := self._surname_label(t)) is not None:
                found.append((t.start, t.end, labelled))
                continue
            if not (3 <= len(w) <= 7 and w.isalpha() and w.isupper()) or w in common or t.initial:
                continue
            if (
                self._after_title(i)
                and not self.mentions.covers(t.start)
                and self.text[t.end : t.end + 1] != ","  # a dateline's place, before its date
            ):
                # "MR. SNOW:", a transcript's label in capitals: a surname, not an acronym
                found.append((t.start, t.end, self._surname_of(t.text)))
                continue
            if re.match(r"\s+[A-Z][a-z]", self.text[t.end : t.end + 3]) or _currency_after(
                self.text, t.end
            ):
                continue  # "BRP Sierra Madre", "USS Ford": a prefix to a name; "CFA francs"
            if re.match(r"\.[A-Z]{1,2}(?![\w.])", self.text[t.end : t.end + 4]):
                continue  # "Zenbank ZEN.PA": a stock ticker and its exchange, no body
            if re.match(r"\s+[A-Z]{2,}\b", self.text[t.end : t.end + 4]) or re.search(
                r"\b[A-Z]{2,}\s+$", self.text[max(0, t.start - 12) : t.start]
            ):
                continue  # "By MEI LING TAN": words in capitals, not an acronym
            line_start = self._line_start(t.start)
            if self.text[line_start : line_start + 3] == "By ":
                continue  # a byline
            if (
                self.lex.lookup((t.norm,))
                or self.lex.lookup((t.norm.lower(),))
                or self.mentions.covers(t.start)
            ):
                continue
            if t.start - line_start < 40 and re.match(r"\s*[,/—–-]", self.text[t.end : t.end + 3]):
                continue  # a dateline ("YEREVAN/BAKU, August 11 —")
            if re.fullmatch(r"[IVXLC]+", w) or self._capitals_not_a_name(i):
                continue
            if w not in spelled and w in self._spelled_things:
                continue  # "the Standard Operating Procedure ... the SOP": a text, no body
            whole = not re.match(r"\w", self.text[t.end : t.end + 1])  # not "ABC_2"
            key = (spelled.get(w) if whole else None) or self._new_entity("Organisation", t.text)
            found.append((t.start, t.end, key))
        for start, end, key in found:
            self._add(start, end, key, "name")

    def _written_out_initials(self) -> dict[str, str]:
        """The organisations the text wrote out, by their initials ("the Andean Fisheries Board
        ... the AFB"); a company's also with the letters of "Corporation Limited" after them
        ("Tarvia Petroleum ... TPCL"), where no other body's initials are the same."""
        found = {
            initials(info.label): key
            for key, info in self.entities.items()
            if info.cls == "Organisation" and key not in self.lex.entries
        }
        endings = self.lang["company_acronym_endings"]
        for key, info in self.entities.items():
            if info.fine == "company" and key not in self.lex.entries:
                for end in endings:
                    found.setdefault(initials(info.label) + end, key)
        return found

    @cached_property
    def _spelled_things(self) -> frozenset[str]:
        """The initials of the phrases in capitals the text writes out that name no actor
        ("the Standard Operating Procedure": "SOP"), two words or more."""
        return frozenset(
            initials(mt.group())
            for mt in _CAPITALISED_PHRASE.finditer(self.text)
            if not self.mentions.overlaps(mt.start(), mt.end())
        )

    def _capitals_not_a_name(self, i: int) -> bool:
        """Whether the unknown word in capitals at token ``i`` is no acronym: a common word
        ("at SIX PM"), a caption's label glued to its credit ("PHOTO:AGENCY"), a region's
        abbreviation before a postcode ("Canberra, ACT 2600") or a word stressed in a sentence
        that already stresses a phrase in capitals ("this FINAL OFFER ... or all HELL")."""
        t = self.toks[i]
        if t.norm.lower() in self.common:
            return True
        after = self.text[t.end : t.end + 8]
        if re.match(r":[A-Z]", after) or re.match(r"\s\d{4,5}\b", after):
            return True
        found = self._sentence_at(t.start)
        sentence = self.text[found.start : found.end] if found else ""
        return any(
            any(w.lower() in self.common for w in m.group(0).split())
            and not self.lex.lookup(tuple(m.group(0).split()))
            for m in re.finditer(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", sentence)
        )

    def _after_title(self, i: int) -> bool:
        """Whether token ``i`` follows a one-word title in capitals, with or without its full
        stop ("MR. SNOW", "DR NAVA")."""
        k = i - 2 if i > 1 and self.toks[i - 1].text == "." else i - 1
        if k < 0 or not re.fullmatch(r"\.? ", self.text[self.toks[k].end : self.toks[i].start]):
            return False
        before = self.toks[k].text
        return before.isupper() and (before.lower(),) in self.titles

    def _surname_label(self, t: _Tok) -> str | None:
        """The person a transcript's label in capitals names by surname alone, where one person
        the document names bears it ("Briefing by spokesperson Ana Rios" ... "RIOS: Good
        afternoon."), if ``t`` is such a label."""
        if not (t.text.isupper() and t.text.isalpha() and len(t.text) > 2):
            return None
        if self.text[t.end : t.end + 1] != ":" or self._line_start(t.start) != t.start:
            return None
        if self.mentions.covers(t.start):
            return None
        return self._bearer_of(t.text)

    def _surname_of(self, word: str) -> str:
        """The one person of the document whose name ends in ``word``, else a new person of
        that surname."""
        return self._bearer_of(word) or self._new_entity("Person", word.capitalize())

    def _bearer_of(self, surname: str) -> str | None:
        """The one person of the document whose name ends in ``surname``, in any case and
        without accents ("KEÇELİ": Öncü Keçeli), or, where none does, whose name of two words
        opens with it before a given name of two syllables ("LEE": Lee Jae-woong), or whose
        family name was written in capitals ("MORI Haruto"), if exactly one does."""
        folded = strip_accents(surname.casefold())
        people = [
            (key, info.label.split()) for key, info in self.entities.items() if info.cls == "Person"
        ]
        found = [key for key, words in people if strip_accents(words[-1].casefold()) == folded]
        if not found:  # "Lee Jae-woong": a family name first, before a given name of two syllables
            found = [
                key
                for key, words in people
                if len(words) == 2
                and strip_accents(words[0].casefold()) == folded
                and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1])
            ]
        if not found:  # "MORI Haruto" named before: the family name in capitals
            found = [key for key, family in self._family_names.items() if family == folded]
        return found[0] if len(found) == 1 else None

    def _statistical(self, ner: NerComponent) -> None:
        """Ask the statistical component about the sentences holding unexplained names."""
        unexplained = sorted(self.unexplained)
        starts = [a for a, _ in unexplained]
        for sent in self.sentences:
            lo = bisect_left(starts, sent.start)
            spans = unexplained[lo : bisect_left(starts, sent.end, lo)]
            if not spans:
                continue
            for a, b, label in ner(self.text[sent.start : sent.end]):
                a, b = a + sent.start, b + sent.start
                # (The model's spans are never empty: overlapping is sharing a character.)
                if not any(a < y and x < b for x, y in spans) or self.mentions.overlaps(a, b):
                    continue
                surface = self.text[a:b]
                if label == "ORG":
                    key = self._new_entity("Organisation", surface)
                elif label == "PERSON" and len(surface.split()) >= 2:
                    key = self._new_entity("Person", surface)
                else:
                    continue
                self._add(a, b, key, "name")

    def _abbreviations(self) -> None:
        """ "World Food Programme (WFP)": the abbreviation is an alias."""
        by_end = {m.end: m for m in self.mentions}  # the last mention to end at each offset
        for mt in re.finditer(r"\s\(([A-Z][A-Za-z.&-]{1,9})\)", self.text):
            abbr = mt.group(1)
            m = self._spelled_name(mt.start(), abbr, by_end.get(mt.start()))
            if m is None:
                continue
            spells = initials(self.text[m.start : m.end]) == abbr.replace(".", "").upper()
            if not spells and self._actor_named(abbr) not in (None, m.key):
                continue  # "DUBAI, United Arab Emirates (AP)": a body of its own, not an alias
            if not spells and QUESTION_LABEL.match(self.text, self._line_start(mt.start())):
                continue  # "Ana Rios (Kompas):": a reporter's outlet, not another name of hers
            key = self._body_by_initials(m.key) if spells else m.key
            self._add(mt.start(1), mt.end(1), key, "name")
            self._alias_everywhere(abbr, key)
        self._spelled_out_after()
        self._known_as_names()

    def _known_as_names(self) -> None:
        """The name given after "known as" to a person or a body new to the lexicon named right
        before: another name of theirs ("the Coastal Bank of Africa, known as CBA"); the body the
        lexicon knows by it, where it knows one."""
        for mt in re.finditer(
            r",?\s+(?:widely |also |better )?known as (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)",
            self.text,
        ):
            prev = self.mentions.ending_in(mt.start() - 2, mt.start())
            key = prev[-1].key if prev else ""
            cls = self.cls_of(key) if key else None
            if cls not in ("Person", "Organisation") or cls != "Person" and key in self.lex.entries:
                continue  # (a body the lexicon knows is known by its own names)
            known = self._actor_named(mt.group(1)) if cls == "Organisation" else None
            if known is not None and self.lex.entries[known].cls == "Organisation":
                self._merge_into_lexicon(key, known)
                key = known
            self._add(mt.start(1), mt.end(1), key, "name")
            self._alias_everywhere(mt.group(1), key)

    def _body_by_initials(self, key: str) -> str:
        """A person new to the lexicon whose name of three words or more is abbreviated by its
        initials in brackets is a body ("Empresa Nacional de Puertos (ENP)"): the key of the
        organisation every mention of it becomes; any other key stays."""
        info = self.entities[key]
        if info.cls != "Person" or key in self.lex.entries or len(info.label.split()) < 3:
            return key
        return self._remade_as_body(key, info.label)

    def _remade_as_body(self, key: str, label: str) -> str:
        """A new organisation named ``label`` that every mention of ``key``, a name new to the
        lexicon, becomes: its key."""
        body = self._new_entity("Organisation", label)
        if body != key:
            self._rekey({key: body})
            self.entities.pop(key, None)
        return body

    def _spelled_name(self, end: int, abbr: str, named: Mention | None) -> Mention | None:
        """The name ending at ``end`` that ``abbr`` abbreviates as a whole: "United Nations Mission
        in Sudan (UNMIS)" is one body, however its words were read before; else ``named``."""
        letters = abbr.replace(".", "").upper()
        start = (
            _spelled_start(self.text[max(0, end - 160) : end], letters)
            if letters.isalpha()
            else None
        )
        if start is None:
            return named
        start += max(0, end - 160)
        if named is not None and named.start <= start:
            return named
        i = bisect_left(self._tok_starts, start)
        j = bisect_left(self._tok_starts, end)
        if i >= j or self.toks[i].start != start:
            return named
        if self._document_head(i, j):
            return None  # "Memorandum of Understanding (MoU)": a document, no body
        last = self.toks[j - 1].norm.lower()
        if (
            last in self.event_words
            or last in self.place_words
            or any(len(t.norm) >= 7 and t.norm.endswith(_ADVERB_ENDINGS) for t in self.toks[i:j])
        ):
            return named  # "Common Fisheries Policy (CFP)", "Illegally Held Valley (IHV)"
        whole = self._lexicon_match(i, j)
        if whole and whole[0] == j:
            self._lexicon_mentions(i, j, whole[1])
            return self.mentions.ending_in(end, end)[-1]
        key = self._actor_named(abbr) or self._new_entity(
            "Organisation", self.text[start:end], self._org_head(i, j)
        )
        self._add(start, end, key, "name")
        self._drop_inner_names(start, end, key)
        return Mention(start, end, key, "name")

    def _document_head(self, i: int, j: int) -> bool:
        """Whether the name from token ``i`` to ``j`` is a document or an event by the noun before
        its "of", "on" or "for": "Memorandum of Understanding", "Treaty on Open Skies" (not
        "Group of Friends": a group is a body)."""
        toks = self.toks
        k = next((k for k in range(i + 1, j) if toks[k].norm in ("of", "on", "for")), None)
        head = toks[k - 1].norm.lower() if k is not None else ""
        return head in self.event_words and head != "group"

    def _drop_inner_names(self, start: int, end: int, key: str) -> None:
        """Forget the names read inside a longer name before it was found whole ("Tamil Eelam"
        of "Liberation Tigers of Tamil Eelam"), unless the lexicon knows them or the text names
        them elsewhere too."""
        for i, m in self.mentions.starting_in(start, end):
            if m.end > end or m.key == key or m.key in self.lex.entries:
                continue
            if all(start <= x.start and x.end <= end for x in self.mentions if x.key == m.key):
                self.mentions.remove(i)
                self.entities.pop(m.key, None)

    @cached_property
    def _tok_starts(self) -> list[int]:
        return [t.start for t in self.toks]

    def _spelled_out_after(self) -> None:
        """ "the GPH (Government of the Republic of the Philippines) panel": an abbreviation with
        its name in brackets after it stands for what that name names, wherever it is used."""
        for mt in re.finditer(r"\b([A-Z][A-Z.&-]{1,9})\s\(([^()]{4,80})\)", self.text):
            if any(
                self.entities[m.key].cls == "Person"
                for m in self.mentions.ending_in(mt.end(1), mt.end(1))
            ) or QUESTION_LABEL.match(self.text, self._line_start(mt.start())):
                continue  # "ANA RIOS (Spokesperson for Trade):", "QUESTION (Ana Rios, AFP):"
            inside = self.mentions.ending_in(mt.end(2), mt.end(2))
            named = [m for m in inside if m.start >= mt.start(2) and m.form != "pair"]
            whole = self._spelled_name(mt.end(2), mt.group(1), named[-1] if named else None)
            named = [whole] if whole is not None else named
            if not named:
                continue
            key, abbr = named[-1].key, mt.group(1)
            for i, m in self.mentions.items():
                if self.text[m.start : m.end] == abbr and m.key != key:
                    self.mentions.replace(i, Mention(m.start, m.end, key, m.form))
            if not self.mentions.covers(mt.start(1)):
                self._add(mt.start(1), mt.end(1), key, "name")
            self._alias_everywhere(abbr, key)

    def _alias_everywhere(self, surface: str, key: str) -> None:
        """Every other use of ``surface`` as a word of its own names ``key`` too."""
        for start, end in self._occurrences(surface):
            if not self.mentions.covers(start):
                self._add(start, end, key, "name")
            else:
                for i in self.mentions.exactly(start, end):
                    self.mentions.replace(i, Mention(start, end, key, "name"))

    def _occurrences(self, surface: str) -> list[tuple[int, int]]:
        """The spans of ``re.finditer(rf"(?<![\\w.]){re.escape(surface)}(?![\\w])", text)``,
        found through the index of word starts instead of a scan of the text."""
        first = _WORD_CHARS.match(surface)
        if first is None:
            pattern = rf"(?<![\w.]){re.escape(surface)}(?![\w])"
            return [mt.span() for mt in re.finditer(pattern, self.text)]
        out: list[tuple[int, int]] = []
        text = self.text
        after = 0
        for start in self._word_starts.get(first.group(), ()):
            end = start + len(surface)
            if start < after or not text.startswith(surface, start):
                continue
            if _WORD_CHARS.match(text, end):
                continue
            out.append((start, end))
            after = end
        return out

    def _ministries(self) -> None:
        """ "Foreign Ministry", "Commerce ministry", "Ministry of Foreign Affairs": one node per state and topic.

        The state is the one named right before ("Russia's", "Chinese") or after
        ("of China"); a bare mention takes the state of a ministry of the same topic
        named earlier in the document, else the nearest state.
        """
        topics = self.lang["ministry_topics"]
        names = sorted(((n, t) for t, ns in topics.items() for n in ns), key=lambda x: -len(x[0]))
        alt = "|".join(re.escape(n) for n, _ in names)
        pattern = re.compile(  # "Ministry of Europe and Foreign Affairs": of the last field
            rf"\b(?:({alt})\s+[Mm]inistry|Ministry\s+(?:of|for)\s+{_FIELD_BEFORE}({alt}))\b", re.I
        )
        by_topic: dict[str, str] = {}
        # This pass adds no state mention: a state named before a ministry is named by then.
        states = (m.start for m in self.mentions if self._is_state(m.key))
        first_state = min(states, default=None)
        found = [
            (mt, self._known_ministry(mt.start(), mt.end()) or self._state_named_in(mt.start()))
            for mt in pattern.finditer(self.text)
        ]
        topic_of = {n.lower(): t for n, t in names}
        written = self._written_ministries(found, topic_of, topics)
        for mt, known in found:
            word = mt.group(1) or mt.group(2)
            topic = topic_of[word.lower()]
            if known is not None:  # "South Korea’s Foreign Ministry": the lexicon's, read whole
                by_topic.setdefault(topic, known[0])
                continue
            end = self._more_fields_end(mt.end()) if mt.group(2) else mt.end()
            explicit = self._state_adjacent(mt.start(), end)  # after all its fields
            if word[0].islower() and explicit is None:
                explicit = self._host_of_official(mt.start(), mt.end())
            if word[0].islower() and explicit is None:
                continue  # a lower-case "foreign ministry" needs its state right before it
            state = (
                explicit
                or by_topic.get(topic)
                or self._state_near(mt.start(), mt.end(), first_state)
            )
            if state is None:
                continue
            by_topic.setdefault(topic, state)
            key = _lexicon_ministries(self.lex).get((topic, state)) or written.get(
                (topic, state), f"org-ministry-{topic}-{state.removeprefix('state-')}"
            )
            if key in self.lex.entries:
                self._entity_from_lexicon(key)
            elif key not in self.entities:
                label, called = _ministry_names(self.lex, topics[topic], word, state)
                info = EntityInfo(key, "Organisation", label, "ministry", state=state)
                info.aliases.update(called)
                self._register(info)
            self._clear(mt.start(), end + 1)
            self._add(mt.start(), end, key, "name")
            fielded = mt.group(2) and re.search(
                r"\s(?:and|&)\s", self.text[mt.start() : mt.start(2)]
            )
            if end > mt.end() or fielded:  # "Ministry of Trade, Industry and Fisheries",
                # "Ministry of Europe and Foreign Affairs": as written too
                self.entities[key].aliases.add(" ".join(self.text[mt.start() : end].split()))
            if explicit:  # "the Russian foreign ministry", "the foreign ministry in Lima"
                self.entities[key].aliases.add(self._with_state(mt.start(), end, explicit))

    def _more_fields_end(self, end: int) -> int:
        """Where a ministry's name that lists more fields after its first ends ("Ministry of
        Trade, Industry and Fisheries"): capitalised words, commas between, "and" before the
        last, none of them a name the text names as another actor; else ``end``."""
        mt = _MORE_FIELDS.match(self.text, end)
        if mt is None:
            return end
        abroad = mt.start(2) if mt.group(2) else -1  # "and Senegalese Abroad": a people, a field
        if any(m.end != abroad for _, m in self.mentions.starting_in(end, mt.end())):
            return end
        if self._field_word(self.text[: mt.end()].split()[-1].lower()):
            return mt.end()
        if mt.group(1):
            return end  # "and the Army": another body
        return mt.start(3) if mt.group(3) else mt.end()  # "and Trade Minister X": a title

    def _with_state(self, start: int, end: int, state: str) -> str:
        """The ministry's name at ``start:end`` with the state's name right before or after."""
        before = [m.start for m in self.mentions.ending_in(start - 4, start) if m.key == state]
        after = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", self.text[end : end + 12])
        at = end + after.end() if after else end
        ends = [m.end for _, m in self.mentions.starting_in(at, at)] if after else []
        return " ".join(self.text[min(before, default=start) : max(ends, default=end)].split())

    def _named_with_lowercase_heads(self) -> None:
        """ "the Islah party", "the Saudi-led coalition", "the opposition Ataka party", "his Jewish
        Power party", "the Biosfera association": a name the lexicon lacks (or a state's
        adjective led by "-led") before a lower-case head of a body is that body's name, unless
        a person's or a body's name covers the capitalised words already."""
        for mt in _LOWERCASE_HEADED.finditer(self.text):
            start, end = mt.start(1), mt.end()
            inside = [m for _, m in self.mentions.starting_in(start, end - 1)]
            if any(
                m.key in self.lex.entries
                and self.cls_of(m.key) in ("Organisation", "Person")
                or self.cls_of(m.key) == "Organisation"
                and m.start <= start
                and m.end >= mt.end(1)
                for m in inside
            ):
                continue  # "the Houthi movement": the Houthis; "the Netanyahu coalition"
            if not mt.group(2) and any(
                self._is_state(m.key) and m.start <= start and m.end >= mt.end(1) for m in inside
            ):
                continue  # "the Russian party": a state's side, no body ("the Progressive
                # Slovakia party" is one)
            fine = _LOWERCASE_HEAD_KINDS.get(mt.group(3), "alliance")
            key = self._new_entity("Organisation", self.text[start:end], fine)
            if not mt.group(2):  # "the Ataka party": also "Ataka", its name without the noun
                self.entities[key].aliases.add(" ".join(mt.group(1).split()))
            self._clear(start, end)
            self._add(start, end, key, "name")

    def _numbered_bodies(self) -> None:
        """ "the 1540 Committee", "the 1267 Sanctions Committee": a body named by the number of
        the resolution that set it up, read as one name (the same body at each such name)."""
        for mt in _NUMBERED_BODY.finditer(self.text):
            if self.mentions.overlaps(mt.start(), mt.end()):
                continue
            surface = " ".join(mt.group().split())
            key = self._new_entity("Organisation", surface, "international_body")
            self._add(mt.start(), mt.end(), key, "name")

    def cls_of(self, key: str) -> str | None:
        info = self.entities.get(key)
        return info.cls if info is not None else None

    def _written_ministries(
        self,
        found: list[tuple[re.Match[str], tuple[str, str] | None]],
        topic_of: dict[str, str],
        topics: dict[str, list[str]],
    ) -> dict[tuple[str, str], str]:
        """The ministries the text names in full, read whole, by topic and state: the node
        a bare "Foreign Ministry" of the same state is, before or after it ("Ministry of
        Foreign Affairs of the Kyrgyz Republic" in full, then "the Foreign Ministry": one body,
        under the name the text gave it, or the lexicon's), with the names writers give it."""
        written: dict[tuple[str, str], str] = {}
        for mt, known in found:
            if known is None:
                continue
            state, key = known
            topic = topic_of[(mt.group(1) or mt.group(2)).lower()]
            if (topic, state) in written:
                continue
            key = written[topic, state] = self._as_lexicon_ministry(topic, state, key)
            if key not in self.lex.entries:
                words = topics[topic]
                info = self.entities[key]
                info.aliases.update(_ministry_names(self.lex, words, words[0], state)[1])
                info.aliases.discard(info.label)
        return written

    def _as_lexicon_ministry(self, topic: str, state: str, key: str) -> str:
        """The lexicon's ministry of ``topic`` and ``state`` where the text names it in full by
        a name the lexicon lacks ("Ministry of Foreign Affairs of the Sultanate of Oman"): the
        mentions of the name read whole (``key``) made mentions of it; else ``key``."""
        lexical = _lexicon_ministries(self.lex).get((topic, state))
        if lexical is None or key in self.lex.entries:
            return key
        self._merge_into_lexicon(key, lexical)
        return lexical

    def _state_named_in(self, start: int) -> tuple[str, str] | None:
        """The state a ministry's whole name, read as one organisation, ends with ("Ministry of
        Foreign Affairs of Peru"), set as the ministry's state; with the ministry's key."""
        for _, m in self.mentions.starting_in(start, start):
            info = self.entities.get(m.key)
            if info is None or info.fine != "ministry" or info.state:
                continue
            tail = self.text[m.start : m.end].rsplit(" of ", 1)  # "of (the) Kyrgyz Republic"
            words = (
                tuple(norm_token(w) for _, _, w in tokenize(tail[-1].removeprefix("the ")))
                if len(tail) == 2
                else ()
            )
            state = next((k for k, _ in self.lex.lookup(words) if self._is_state(k)), None)
            if state is not None:
                info.state = state
                return state, m.key
        return None

    def _known_ministry(self, start: int, end: int) -> tuple[str, str] | None:
        """The state of a ministry whose name, read already, covers ``start:end``; with the
        ministry's key."""
        for m in self.mentions.ending_in(end, end):
            info = self.entities.get(m.key)
            if m.start <= start and info is not None and info.fine == "ministry" and info.state:
                return info.state, m.key
        return None

    def _bodies_of_members(self) -> None:
        """ "X, a member of the Falklands' legislative assembly", "X, head of the Houthi supreme
        revolutionary committee": the body a person named right before is said to belong to,
        written in lower case after a name, is an organisation; a body of members (an assembly,
        a council, a committee), not an agency or an office ("head of the UN refugee agency"
        stays the UN's)."""
        heads = _tables(self.lex).heads_final
        roles = "|".join(map(re.escape, self.lang.get("member_roles", [])))
        if not roles:
            return
        pattern = re.compile(
            rf",\s+(?:an?\s+|the\s+)?(?:{roles})\s+of\s+the\s+"
            r"((?:[A-Z][\w-]*(?:['’]s?)?\s+)+(?:[a-z][\w-]*\s+){0,3}([a-z]+))\b"
        )
        ends = {m.end for _, m in self.mentions.items() if self._person(m.key)}
        for mt in pattern.finditer(self.text):
            fine = heads.get(mt.group(2))
            if fine != _MEMBERS_BODY or mt.start() not in ends:
                continue
            surface = " ".join(mt.group(1).split())
            key = self._new_entity("Organisation", surface, fine)
            self._add(mt.start(1), mt.end(1), key, "name")

    def _person(self, key: str) -> bool:
        info = self.entities.get(key)
        return info is not None and info.cls == "Person"

    def _state_adjacent(self, start: int, end: int) -> str | None:
        """A state named right before ("Russia's", "the Chinese") or right after ("of China")."""
        for m in self.mentions.ending_in(start - 4, start):
            info = self.entities.get(m.key)
            # "Russia's", "the Chinese": not a state that ends a clause ("talks with Canada,")
            if (
                info is not None
                and info.cls == "State"
                and _MINISTRY_OWNER_GAP.fullmatch(self.text, m.end, start)
            ):
                return m.key
        return self._named_after_of(end, "State") or self._capital_after(end)

    def _named_after_of(self, end: int, cls: str) -> str | None:
        """The entity of class ``cls`` named in an "of" phrase right after ``end`` ("of China";
        "Summit| of SADC Heads of State")."""
        after = re.match(r"\s+of\s+(?:the\s+)?", self.text[end : end + 12])
        if after is None:
            return None
        at = end + after.end()
        named = next(
            (
                m.key
                for _, m in self.mentions.starting_in(at, at)
                if self.entities.get(m.key) and self.entities[m.key].cls == cls
            ),
            None,
        )
        return named or self._named_in_title_line(at, cls)

    def _named_in_title_line(self, at: int, cls: str) -> str | None:
        """An entity of class ``cls`` named at ``at`` in the title line before the first
        sentence, where only names the lexicon knows whole are read: a state the lexicon knows
        and the text names below ("Ministry of Foreign Affairs of Mongolia: regular briefing"),
        or a body the text names below ("Extraordinary Summit of the Economic Cooperation Organization"); read here."""
        if self.sentences and at >= self.sentences[0].start:
            return None
        line = self.text[at:].split("\n", 1)[0]
        best: tuple[int, str] | None = None
        if cls == "State":
            toks = [(a, b, norm_token(w)) for a, b, w in tokenize(line)]
            known = self._known_from(toks, 0, ("State",))
            if known is not None and self._is_state(known[1]):  # a state the text names
                best = (toks[known[0] - 1][1], known[1])
        else:
            best = max(
                (
                    (len(name), key)
                    for key, e in self.entities.items()
                    if e.cls == cls
                    for name in (e.label, *e.aliases)
                    if " " in name and re.match(rf"{re.escape(name)}\b", line)
                ),
                default=None,
            )
        if best is None:
            return None
        self._add(at, at + best[0], best[1], "name")
        return best[1]

    def _capital_after(self, end: int) -> str | None:
        """The state whose capital is named right after ``end`` with "in" ("the foreign ministry
        in Warsaw"), or after a comma to end a heading's line ("Ministry of Foreign Affairs,
        Amman"): the ministry seated there."""
        line = _CAPITAL_ENDING_LINE.match(self.text, end)
        if line is not None:
            states = self.lex.capital_of([w for _, _, w in tokenize(line.group(1))])
            return states[0] if states else None
        after = re.match(r"\s+in\s+", self.text[end : end + 8])
        if after is None:
            return None
        at = end + after.end()
        for _, m in self.mentions.starting_in(at, at):
            states = self.lex.capital_of([w for _, _, w in tokenize(self.text[m.start : m.end])])
            if states:
                return states[0]
        return None

    def _host_of_official(self, start: int, end: int) -> str | None:
        """The state of a lower-case ministry whose titled official is named right after it
        ("In Beijing, foreign ministry spokesman Li Wei said", "HANOI, May 3 - ... trade
        ministry spokeswoman Mai Lan said"): the official's own state where the lexicon knows
        it, else the state whose capital opens the sentence ("In Beijing,"), else the
        dateline's."""
        titled = self._person_behind_title(end)
        if titled is None or titled[1] == 0:
            return None
        if titled[0].state is not None:
            return titled[0].state  # "foreign ministry spokesperson Mao Ning": hers, as known
        return self._opening_capital(start) or self._dateline_state

    def _opening_capital(self, start: int) -> str | None:
        """The one state whose capital opens the clause right before ``start`` ("In Beijing,
        foreign ministry spokesman ...")."""
        line = self.text[self._line_start(start) : start]
        opening = _CAPITAL_OPENING.search(line)
        capitals = self.lex.capital_of(opening.group(1).split()) if opening is not None else []
        return capitals[0] if len(capitals) == 1 else None

    def _person_behind_title(self, end: int) -> tuple[EntityInfo, int] | None:
        """The person named right after ``end`` behind at most three words of a title
        ("Foreign Ministry Spokesperson Mao Ning"), and how many words the title has."""
        m = next((m for _, m in self.mentions.starting_in(end, end + 40)), None)
        info = self.entities.get(m.key) if m is not None else None
        if m is None or info is None or info.cls != "Person":
            return None
        gap = [w.lower() for w in self.text[end : m.start].split()]
        titles = _tables(self.lex).title_heads | _MINISTRY_TITLE_WORDS
        return (info, len(gap)) if len(gap) <= 3 and all(w in titles for w in gap) else None

    def _titled_person_state(self, end: int) -> str | None:
        """The lexicon's state of a person named right after a ministry's name and a title of at
        most three words ("Foreign Ministry Spokesperson Mao Ning")."""
        titled = self._person_behind_title(end)
        return titled[0].state if titled is not None else None

    def _seat_after(self, end: int) -> str | None:
        """The state whose capital a heading's field after ``end`` names, past one field of a
        name ("Ministry of Foreign Affairs, Lima, 4 May"; "..., Ana Rios, Lima, 4 May")."""
        seat = _SEAT_AFTER.match(self.text, end)
        for _ in range(2):
            if seat is None:
                return None
            if len(states := self.lex.capital_of(seat.group(1).split())) == 1:
                return states[0]
            seat = _SEAT_AFTER.match(self.text, seat.end())
        return None

    def _state_near(self, start: int, end: int, first_state: int | None) -> str | None:
        """The state a ministry belongs to: "Russia's Foreign Ministry", "the Chinese Ministry of Commerce",
        "Ministry of Commerce of China"; else the state most named in the document before it
        (``first_state``: where the first state mention starts)."""
        for m in self.mentions.ending_in(start - 4, start):
            info = self.entities.get(m.key)
            if (
                info
                and info.cls == "State"
                and _MINISTRY_OWNER_GAP.fullmatch(self.text, m.end, start)
            ):
                return m.key
        after = re.match(r"\s+of\s+(?:the\s+)?", self.text[end : end + 12])
        if after:
            at = end + after.end()
            for _, m in self.mentions.starting_in(at, at):
                if self.entities[m.key].cls == "State":
                    return m.key
        seat = self._seat_after(end)
        if seat is not None:
            return seat  # "Ministry of Foreign Affairs, Lima, 4 May": where it sits
        titled = self._titled_person_state(end)
        if titled is not None:
            return titled  # "Foreign Ministry Spokesperson X": X's state, as the lexicon knows it
        opened = self._opening_capital(start)
        if opened is not None:
            return opened  # "In Beijing, Foreign Ministry spokesman X": the ministry seated there
        near = [
            m
            for m in self.mentions.ending_in(start - 299, start)
            if self.entities.get(m.key) and self.entities[m.key].cls == "State"
        ]
        line = self.text.rfind("\n", 0, start) + 1
        home = self._dateline_state
        if home is not None and start < _DATELINE_SPAN and all(m.start < line for m in near):
            # "Briefing: the river border and Chile | Briefing by Foreign Ministry spokesperson
            # X | LIMA, 4 March": a heading's ministry is the host's, not the title's topic
            return home
        if home is not None and all(m.start < line for m in near):
            # "SEOUL ... | Q: Will you accept China's offer? | Q: The Ministry of Energy
            # says ...": with no state named before it in its paragraph, the host's
            if any(m.key == home for m in self.mentions.ending_in(0, start)):
                return home
        if near:
            own = [
                m for m in near if not _WITH_BEFORE.search(self.text, max(0, m.start - 10), m.start)
            ]
            if own:
                return own[-1].key
            # "Briefing on Arrangements with Malaysia | ... the Ministry of Foreign Affairs":
            # not Malaysia's, the one the answers are about
            return self._most_named_state(others={m.key for m in near}) or near[-1].key
        if first_state is None or first_state >= start:
            # no state named before: the state whose capital the dateline names ("KYIV, June
            # 3 ... the Foreign Ministry": a wire story's unqualified ministry is the host's)
            return self._dateline_state
        # Reached once per topic at most: a topic that has its state is not asked about again.
        return self._most_named_state(before=start)

    def _most_named_state(
        self, before: int | None = None, others: frozenset[str] | set[str] = frozenset()
    ) -> str | None:
        """The state the document names most often (before ``before``, where given), but
        ``others``; ``None`` where it names none."""
        counts = Counter(
            m.key
            for m in self.mentions
            if self._is_state(m.key)
            and m.key not in others
            and (before is None or m.start < before)
        )
        return counts.most_common(1)[0][0] if counts else None

    def _is_state(self, key: str) -> bool:
        info = self.entities.get(key)
        return info is not None and info.cls == "State"

    def _role_references(self) -> None:
        """ "the prime minister said": the one person the document gave that title, else
        (opening a sentence) the person who opened the sentence before."""
        by_role: dict[str, set[str]] = {}
        for e in self.entities.values():
            if e.cls == "Person" and e.role:
                by_role.setdefault(e.role.lower().split()[-1], set()).add(e.key)
                by_role.setdefault(e.role.lower(), set()).add(e.key)
        for short, full in self.lang.get("role_abbreviations", {}).items():
            if full in by_role:  # "the PM said": the prime minister named before
                by_role[short] = by_role[full]
        for key in self._chairs():  # "under the chairmanship of X ... the Chairperson said"
            for role in _CHAIR_ROLES:
                by_role.setdefault(role, set()).add(key)
        titles = frozenset(" ".join(t) for t in self.titles if len(" ".join(t)) > 3)
        extra = frozenset(by_role) - titles  # the document's own roles: a small pattern
        found = list(_role_pattern(titles).finditer(self.text))
        if extra:
            found = _longest_first(found + list(_role_pattern(extra).finditer(self.text)))
        starts = {x.start for x in self.sentences}
        first_end: dict[str, int] = {}  # where each entity's first-ending mention ends
        for m in self.mentions:
            if m.end < first_end.get(m.key, m.end + 1):
                first_end[m.key] = m.end
        for mt in found:
            pos = mt.start(0) + len(mt.group(1) or "")
            if self.mentions.covers(pos):
                continue
            keys = by_role.get(mt.group(2).lower(), set())
            if len(keys) == 1 and any(first_end.get(k, pos + 1) <= pos for k in keys):
                key = next(iter(keys))
                self._add(pos, mt.end(), key, "anaphor")
                first_end[key] = min(first_end.get(key, mt.end()), mt.end())
                continue
            prev = self._last_sentence_by(pos)
            if keys or prev is None or pos not in starts:
                continue
            opener = [m for _, m in self.mentions.starting_in(prev.start, prev.start + 2)]
            info = self.entities.get(opener[0].key) if opener else None
            if info is not None and info.cls == "Person":
                self._add(pos, mt.end(), info.key, "anaphor")

    def _chairs(self) -> set[str]:
        """The people a meeting was held under the chairmanship of, or chaired by ("under the
        chairmanship of Hon. Ana Rios", "chaired by Ana Rios")."""
        found = set()
        for mt in _CHAIRED_BY.finditer(self.text):
            for _, m in self.mentions.starting_in(mt.end(), mt.end() + 40):
                if self.cls_of(m.key) == "Person":
                    found.add(m.key)
                    break
        return found

    def _body_titles(self) -> None:
        """ "Trade Commissioner Ana Ruiz", "Ana Ruiz, the EU trade commissioner,", "Ana Ruiz,
        Special Representative of the Secretary-General": a title that by itself is a body's
        office (language.json ``body_titles``), written right before or after a person's name
        in a document that names the body or its parent, is a mention of that body."""
        for body, entry in self.lang["body_titles"].items():
            if body.startswith("_"):
                continue
            named = set(entry["when_named"])
            if not named & self.entities.keys():
                continue
            words = "|".join(re.escape(t) for t in entry["titles"])
            nationals = bool(entry.get("after_demonyms"))
            for mt in re.finditer(rf"(?<![\w-])(?:{words})\b", self.text):
                if not self.mentions.covers(mt.start()) and self._beside_person(
                    mt, named, nationals
                ):
                    self._entity_from_lexicon(body)
                    self._add(mt.start(), mt.end(), body, "name")

    def _beside_person(self, mt: re.Match[str], bodies: set[str], nationals: bool) -> bool:
        """Whether the title ``mt`` is a person's: their name right after it, or right before
        its comma ("Ana Ruiz, the EU trade commissioner"); no name but of ``bodies`` (or a
        state's adjective, where ``nationals``: "a Dutch MEP"), nor "High", in the three words
        before it ("High Commissioner", "AU Commissioner")."""
        line = self.text[self._line_start(mt.start()) : mt.start()]
        lead = _TITLE_LEAD.search(line)
        at = mt.start() - len(lead.group(0)) if lead else mt.start()
        if lead and re.search(r"\b(?:[Hh]igh|[Pp]olice)\s+$", lead.group(0)):
            return False
        if any(
            m.key not in bodies and not (nationals and m.form.startswith("demonym"))
            for _, m in self.mentions.starting_in(at, mt.start() - 1)
        ):
            return False
        after = [m for _, m in self.mentions.starting_in(mt.end() + 1, mt.end() + 1)]
        if any(self.cls_of(m.key) == "Person" for m in after):
            return True
        comma = _SET_OFF_LEAD.search(line)
        end = mt.start() - len(comma.group(0)) if comma else -1
        # a name set off before a title may still read as a place here ("in June, Ana Ruiz,")
        return any(
            self.cls_of(m.key) in ("Person", "Place") for m in self.mentions.ending_in(end, end)
        )

    def _unheld_offices(self) -> None:
        """ "The Secretary-General welcomed the accord", "the Union Home Minister said": an
        office written as a name (capitalised, after "the", with the body's or the level's
        words before it) is the actor: the person the text names in it ("Secretary-General Ana
        Ruiz", "the Secretary-General of the Andean Pact, Ana Ruiz"), else a person labelled by
        the office as first written. Not before a name or "of" ("the Secretary of ...")."""
        offices = self.lang.get("unheld_offices", [])
        if not offices:
            return
        words = "|".join(map(re.escape, offices))
        rx = re.compile(
            r"\b[Tt]he\s+((?:(?:[A-Z][\w.]*|[A-Z]\.[A-Z]\.)\s+){0,2}?(" + words + r"))\b"
            r"(?!\s+(?:of\b|[A-Z]))"
        )
        key = self._office_holder(words)
        for mt in rx.finditer(self.text):
            if any(self.mentions.covers(k) for k in range(mt.start(1), mt.end(1))):
                continue
            if re.search(r"\bof\s+$", self.text[max(0, mt.start() - 4) : mt.start()]):
                continue  # "the Special Representative of the Secretary-General": a title's words
            body = None if key else self._office_body(mt.group(2))
            if body is not None:
                self._add(mt.start(), mt.end(), body, "anaphor")
                continue
            key = key or self._new_entity("Person", mt.group(1))
            self._add(mt.start(), mt.end(), key, "anaphor")

    def _office_body(self, office: str) -> str | None:
        """The body an office no one is named to stands for (``unheld_office_bodies``), where
        the document names it or its parent ("the Secretary-General" in a report on the UN)."""
        body = self.lang.get("unheld_office_bodies", {}).get(office)
        if body is None:
            return None
        named = self.lang["body_titles"].get(body, {}).get("when_named", [body])
        if not set(named) & self.entities.keys():
            return None
        self._entity_from_lexicon(body)
        return str(body)

    def _office_holder(self, words: str) -> str | None:
        """The person named right after one of the offices ``words`` (a regex alternation):
        "Secretary-General Ana Ruiz", "the Secretary-General of the Andean Pact, Ana Ruiz"."""
        people = [e for e in self.entities.values() if e.cls == "Person"]
        for mt in re.finditer(rf"\b(?:{words})\b", self.text):
            after = strip_accents(self.text[mt.end() : mt.end() + 60])  # across a line break too
            for e in people:  # ("Sinirlioglu" written for the lexicon's "Sinirlioğlu")
                if re.search(rf"\b{re.escape(strip_accents(e.label.split()[-1]))}\b", after):
                    return e.key
        held = [e.key for e in self.entities.values() if e.role and re.search(words, e.role)]
        return held[0] if len(held) == 1 else None

    def _state_references(self) -> None:
        """ "the administration", "the government", "the island nation": the latest state named
        before; "the North" / "the South": the state of the document whose name starts so
        (North Korea, South Sudan)."""
        owned = frozenset(w.lower() for w in self.lang.get("owned_state_anaphors", []))
        words = [*self.lang.get("state_anaphors", []), *sorted(owned)]
        weight = Counter(m.key for m in self.mentions if m.strong)
        found = []
        if words:
            rx = re.compile(
                r"\b(" + "|".join(re.escape(w) for w in words) + r")\b(?![-‐]|\s+of\b)", re.I
            )
            found = [(mt.start(), mt.end()) for mt in rx.finditer(self.text)]
        found += [(mt.start(), mt.end()) for mt in self._epithets()]
        for start, end in sorted(found):
            if self.mentions.covers(start):
                continue
            owner = self._owner_named_before(self.text[start:end].split()[-1], start)
            if owner is not None:
                self._add(start, end, owner, "anaphor")
                weight[owner] += 1
            elif self.text[start:end].lower() not in owned:  # "the junta": only with its state
                self._state_anaphor(start, end, weight)
        self._formal_state_references()
        states = [e for e in self.entities.values() if e.cls == "State"]
        by_half = {
            h: [e for e in states if e.label.startswith(h + " ")] for h in ("North", "South")
        }
        for mt in re.finditer(r"\bthe (North|South)\b(?!\s+[A-Z])", self.text):
            fitting = by_half[mt.group(1)]
            if len(fitting) == 1:
                self._add(mt.start() + 4, mt.end(), fitting[0].key, "anaphor")

    def _formal_state_references(self) -> None:
        """ "the Sultanate", "the Kingdom": the one state the text names whose formal name is
        so called ("Sultanate of Oman"), by the noun in capitals alone (``state_form_nouns``)."""
        forms = _tables(self.lex).state_forms
        if not forms:
            return
        rx = re.compile(
            r"\b[Tt]he\s+(" + "|".join(n.title() for n in forms) + r")\b(?![-‐]|\s+of\b)"
        )
        for mt in rx.finditer(self.text):
            named = [k for k in forms[mt.group(1).lower()] if k in self.entities]
            if len(named) == 1 and not self.mentions.covers(mt.start(1)):
                self._add(mt.start(), mt.end(), named[0], "anaphor")

    def _legislatures(self) -> None:
        """ "parliament", "the Tarvian parliament", "Tarvia's parliament", "the parliament in
        Skopje": a state's legislature named by its noun alone, the state's own if it stands
        before it or its capital after it ("in"), else the state a bare
        "the government" would be (the state named most in the 399 characters before)."""
        nouns = "|".join(map(re.escape, self.lang.get("legislature_nouns", [])))
        if not nouns:
            return
        weight = Counter(m.key for m in self.mentions if m.strong)
        rx = re.compile(rf"\b(?i:{nouns})\b(?!\s+(?:of\b|[A-Z]))")
        for mt in rx.finditer(self.text):
            start, end = mt.start(), mt.end()
            if self.mentions.covers(start):
                continue  # "European Parliament": a name
            if self._gloss(start, end):
                continue  # "the Seim (parliament)": what the name before it is, no other body
            own = [
                m for m in self.mentions.ending_in(start - 3, start - 1) if self._is_state(m.key)
            ]
            state: str | None = None
            seat = self._capital_after(end)  # "the parliament in Skopje": North Macedonia's
            if own and re.fullmatch(r"(?:['’]s)?\s", self.text[own[-1].end : start]):
                state, start = own[-1].key, own[-1].start  # "the Tarvian parliament"
            elif seat is not None:
                state = self._entity_from_lexicon(seat).key
            elif re.search(r"[A-Z][\w'’]*\s$", self.text[max(0, start - 30) : start]):
                continue  # "the National Parliament": a name the lexicon lacks
            else:
                state = self._state_before(start, weight)
            prev = self.text[max(0, start - 20) : start].lower().split()[-1:]
            if prev and (prev[0] in _NOT_THE_LEGISLATURE or self._speech_form(prev[0])):
                continue  # "a member of parliament", "our own parliament", "told parliament"
            if state is not None:
                key = self._legislature_of(state, self.text[mt.start() : end])
                self._add(start, end, key, "anaphor")

    def _gloss(self, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` stand alone in brackets right after a capitalised
        name, saying what it is ("the Storting (parliament)")."""
        return self.text[end : end + 1] == ")" and bool(
            re.search(r"[A-Z][\w'’-]*\s*\($", self.text[max(0, start - 40) : start])
        )

    def _state_before(self, start: int, weight: Counter[str]) -> str | None:
        """The state named most among those named in the 399 characters before ``start``."""
        prior = [m for m in self.mentions.ending_in(start - 399, start) if self._is_state(m.key)]
        prior.sort(key=lambda m: (weight[m.key], m.start))
        return prior[-1].key if prior else None

    def _legislature_of(self, state: str, noun: str) -> str:
        """The legislature of ``state``: the lexicon's if it is known by "<demonym> <noun>",
        else the state itself, whose act its legislature's is ("once the parliament in Skopje
        adopts the amendment": North Macedonia must act)."""
        demonyms = [f for f, k in _demonyms(self.lex).items() if k == state]
        for demonym in demonyms:
            phrase = tuple(norm_token(w).lower() for _, _, w in tokenize(f"{demonym} {noun}"))
            for key, _ in self.lex.lookup(phrase):
                if self.lex.entries[key].cls == "Organisation":
                    self._entity_from_lexicon(key)
                    return key
        return state

    def _epithets(self) -> list[re.Match[str]]:
        """ "the island nation", "the Gulf kingdom", "the oil-rich state": a state described,
        not named (never "the other country", "the two nations", "the host country", nor "the
        Danish state-owned company")."""
        nouns = "|".join(self.lang["state_epithet_nouns"])
        rx = re.compile(r"\b[Tt]he\s+((?:[\w-]+\s+){1,3}?)(?:" + nouns + r")\b(?![-‐]|\s+of\b)")
        skip = set(self.lang["state_epithet_exclusions"]) | _LINKING_WORDS
        return [mt for mt in rx.finditer(self.text) if not skip & set(mt.group(1).lower().split())]

    def _owner_named_before(self, noun: str, start: int) -> str | None:
        """The state an earlier phrase of the same noun named as its owner, the latest: "the
        Tarvian junta ... the junta", "Tarvia's ruling junta ... the junta" (up to two words
        between the state and the noun)."""
        rx = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        for mt in reversed(list(rx.finditer(self.text, max(0, start - 3000), start))):
            lead = max(0, mt.start() - 80)  # (the gap is short: no search of the whole text)
            gap = _OWNER_GAP.search(self.text, lead, mt.start())
            owners = (
                [
                    m
                    for m in self.mentions.ending_in(gap.start(), gap.start())
                    if self._is_state(m.key)
                ]
                if gap
                else []
            )
            if owners:
                return owners[-1].key
        return None

    def _state_anaphor(self, start: int, end: int, weight: Counter[str]) -> None:
        """Resolve one reference to a state: the state named most among those named in the 399
        characters before, a state named earlier in the same sentence first; "the federal
        government" only a federation's (the one the text names, if none is named before), "the
        administration" only a state whose executive is so called, where the text names one;
        where none is named there, the state the story is filed from."""
        federal = "federal" in self.text[start:end].lower()
        fits = frozenset(self.lang.get("federal_states", ())) if federal else None
        if self.text[start:end].lower().endswith("administration"):  # the United States' word
            held = frozenset(self.lang.get("administration_states", ())) & self.entities.keys()
            fits = held or fits
        line_start = self._clause_start(start)
        opened = _OPENING_PLACE.match(self.text, line_start, start)
        seat = self.lex.capital_of(opened.group(1).split()) if opened else []
        if len(seat) == 1:  # "In Lima, the government rejected it": Peru's
            self._entity_from_lexicon(seat[0])
            self._add(start, end, seat[0], "anaphor")
            weight[seat[0]] += 1
            return
        prior = self.mentions.ending_in(start - 399, start)
        prior.sort(key=lambda m: (weight[m.key], m.start))
        # A state named earlier in the same sentence wins ("a senior Israeli official said the government ...").
        same = [
            m
            for m in prior
            if m.start >= line_start
            and self.entities.get(m.key)
            and self.entities[m.key].cls == "State"
        ]
        same.sort(key=lambda m: m.start)
        if not same:  # "Kenya welcomed A. Its minister X said the government would B": Kenya
            same = self._previous_subject_state(start)
        home = self._dateline_state
        if home is not None and home in {m.key for m in same}:
            # "HELSINKI - Finland will keep A shut, the government said, rejecting Russia's B":
            # among the sentence's states, the one whose capital the story is filed from
            same = [m for m in same if m.key != home] + [m for m in same if m.key == home]
        prior += same
        for m in reversed(prior):
            info = self.entities.get(m.key)
            st = (
                m.key
                if info and info.cls == "State"
                else (info.state if info and info.cls == "Organisation" else None)
            )
            if st and st in self.entities and (m.form != "demonym" or m.start >= line_start):
                if fits is not None and st not in fits:
                    continue
                self._add(start, end, st, "anaphor")
                weight[st] += 1
                return
        named = [k for k in self.entities if k in fits] if fits is not None else []
        if fits is None and home in self.entities:
            named = [home]  # no state named for a while: the one the story is filed from
        if len(named) == 1:  # "the Federal Government" of the one federation the text names
            self._add(start, end, named[0], "anaphor")
            weight[named[0]] += 1

    def _previous_subject_state(self, start: int) -> list[Mention]:
        """The state that opens the sentence before the one holding ``start``, in the same
        paragraph, by its name: the state that sentence is about."""
        i = self._sentence_index(start)
        if not i or self.sentences[i - 1].block != self.sentences[i].block:
            return []
        before = self.sentences[i - 1]
        body = self.text[before.start : before.end]
        opening = before.start + len(body) - len(body.lstrip())
        return [
            m
            for _, m in self.mentions.starting_in(opening, opening + 1)
            if m.form == "name" and self._is_state(m.key)
        ]

    def _lowercase_references(self) -> None:
        """Anaphors, pairs and plural demonyms resolved to the latest fitting antecedent."""
        found = self._reference_phrases()
        if not found:
            return
        anaphors: dict[str, list[str]] = self.lang["anaphors"]
        # One sweep in text order over the mentions that end before each phrase ("prior", pairs
        # left out). Mentions rank by (start, id): the order of a stable sort by start.
        pending = sorted(
            ((m.end, i, m) for i, m in self.mentions.items() if m.form != "pair"),
            key=lambda x: x[0],
        )
        before = _Antecedents(
            self.entities, frozenset(self.lang["mission_name_words"]), _tables(self.lex).missions
        )
        tallies: dict[str, PairTally] = {}  # the pairs named together, of each class
        headed = self._first_named_heads()
        k = 0
        for start, end, phrase in found:
            while k < len(pending) and pending[k][0] <= start:
                before.feed(pending[k][1], pending[k][2])
                k += 1
            if headed.get(phrase.lower().removeprefix("the "), start + 1) <= start:
                continue  # "the Security Council ... the council": named by its head, below
            if phrase in anaphors:
                fitting = [before.latest[f] for f in anaphors[phrase] if f in before.latest]
                if phrase in self.lang.get("named_head_anaphors", ()):
                    fitting = self._so_named(fitting, phrase.split()[-1])
                if fitting:
                    key = max(fitting)[2]
                    i = self._add(start, end, key, "anaphor")
                    before.feed(i, Mention(start, end, key, "anaphor"))  # ends before the next
            else:
                self._pair_reference(start, end, self.lang["pair_phrases"][phrase], before, tallies)

    def _so_named(
        self, fitting: list[tuple[int, int, str]], noun: str
    ) -> list[tuple[int, int, str]]:
        """The antecedents of "the council" whose name has that noun, or that the text names
        with it ("the X Organization's Council", "the X Council"): not just any body ("UN
        Women")."""
        rx = re.compile(rf"(?:['’]s)?\s+{noun}\b", re.I)
        return [
            x
            for x in fitting
            if noun in self.entities[x[2]].label.lower()
            or any(rx.match(self.text, m.end) for m in self.mentions if m.key == x[2])
        ]

    def _named_heads(self) -> list[tuple[int, str, str]]:
        """Each organisation's name mention whose name has a head noun ("Security Council":
        council), as ``(end, key, head)`` in text order, for the references by that noun; a
        name known by its acronym has the head of the words the text names it with ("UN Office
        for A (UNOA) ... the Office")."""
        skip = set(self.lang["head_anaphor_exclusions"])
        return sorted(
            (m.end, m.key, head)
            for _, m in self.mentions.items()
            if m.form == "name"
            and (info := self.entities.get(m.key)) is not None
            and info.cls == "Organisation"
            and (head := head_noun(info.label) or head_noun(self.text[m.start : m.end])) is not None
            and head not in skip
        )

    def _first_named_heads(self) -> dict[str, int]:
        """Where an organisation with each head noun is first named."""
        first: dict[str, int] = {}
        for end, _, head in self._named_heads():
            first.setdefault(head, end)
        return first

    def _reference_phrases(self) -> list[tuple[int, int, str]]:
        """The anaphors ("the bloc", "the 27-nation bloc") and pair phrases ("both sides") of
        the text that no name covers, as ``(start, end, phrase)`` in text order."""
        anaphors: dict[str, list[str]] = self.lang["anaphors"]
        words = sorted(list(anaphors) + list(self.lang["pair_phrases"]), key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        nouns = sorted({w[4:] for w in anaphors if w.startswith("the ")}, key=len, reverse=True)
        describing = "|".join(map(re.escape, self.lang["anaphor_modifiers"]))
        modified = re.compile(  # "the 27-nation bloc", "the Iran-backed group", "the rebel group"
            r"\b(the)\s+(?:\w+-[\w-]+|\d[\w-]*|(?-i:[A-Z][a-z]+)|(?:"
            + describing
            + r"))\s+("
            + "|".join(map(re.escape, nouns))
            + r")\b",
            re.I,
        )
        members = "|".join(map(re.escape, self.lang["anaphor_member_nouns"]))
        one_of = re.compile(  # "a bloc diplomat", "an alliance spokeswoman": one of the body's
            r"\b(?:an?)\s+(" + "|".join(map(re.escape, nouns)) + r")\s+(?:" + members + r")\b",
            re.I,
        )
        found = []
        for mt in pattern.finditer(self.text):
            if self.mentions.covers(mt.start()) or self.mentions.covers(mt.end() - 1):
                continue  # "the Institute for ...": the start of a longer name, not an anaphor
            if mt.group(1).lower().endswith("military") and self._military_noun_at(mt.end()):
                continue  # "the military rulers": an adjective
            found.append((mt.start(), mt.end(), mt.group(1).lower()))
        for mt in modified.finditer(self.text):
            if not self.mentions.covers(mt.start()) and not self.mentions.covers(mt.end() - 1):
                found.append((mt.start(), mt.end(), f"the {mt.group(2).lower()}"))
        for mt in one_of.finditer(self.text):
            if not self.mentions.covers(mt.start()) and not self.mentions.covers(mt.end() - 1):
                found.append((mt.start(), mt.end(), f"the {mt.group(1).lower()}"))
        return sorted(f for f in found if not self._named_right_after(f[1]))

    def _named_right_after(self, end: int) -> bool:
        """Whether a name of an actor follows ``end`` straight away, a space between ("the
        UK-based group Chagossian Voices"): the phrase describes that name, it refers back to
        no one."""
        gap = self.text[end : end + 2]
        if gap[:1] != " " or not gap[1:].isupper():
            return False
        return any(  # not a place: "the agency's Asia-Pacific spokeswoman"
            self.entities[m.key].cls != "Place"
            for _, m in self.mentions.starting_in(end + 1, end + 2)
            if m.key in self.entities
        )

    def _pair_reference(
        self,
        start: int,
        end: int,
        cls: str,
        before: _Antecedents,
        tallies: dict[str, PairTally],
    ) -> None:
        """ "both sides" at ``start``: the pair of class ``cls`` named together just before,
        else the two named most so far, less an actor the sentence names alone."""
        tally = before.most.get(cls)
        alone = self._one_actor_before(start)
        if cls == "Person":  # "the two leaders": of the people named, those who lead a state
            alone = alone | {k for k, e in self.entities.items() if not self._leader(k)}
        top = tally.top_without(alone) if tally else []
        pairs = [(top[0], top[1]), (top[1], top[0])] if len(top) == 2 else []
        organ = next((a for a, b in pairs if self._organ_of(a, b)), None)
        if tally and organ is not None:  # a state and its own ministry are one side
            top = tally.top_without({*alone, organ})
        if cls not in tallies:
            tallies[cls] = PairTally(self.text, self._named_as(cls))
        together = tallies[cls].at(start)
        once = tallies[cls].at(start, least=1)
        if together is None and once and top and top[0] in once and not tallies[cls].paired(top):
            together = once  # "Peru and Chile pledged ... with Brazil ...": the pair named so
        if together and not alone & set(together):
            top = list(together)  # "Thailand and Cambodia ... both sides": that pair
        if cls == "Person" and len(top) < 2:
            # "the two leaders" when no two leaders are named: the two states they lead
            self._pair_reference(start, end, "State", before, tallies)
            return
        if len(top) == 2:
            for key in sorted(top):
                self.mentions.add(Mention(start, end, key, "pair"))

    def _person_key(self, key: str) -> bool:
        info = self.entities.get(key)
        return info is not None and info.cls == "Person"

    def _headed_body(self, t: _Tok) -> bool:
        """Whether ``t`` names a body its head is said to lead ("the head of Zenbank"); not a
        body's head word alone ("Head of Mission": a post, no body named)."""
        if t.norm.lower() in self.heads_final:
            return False
        return _HEADED_BODY.search(self.text[max(0, t.start - 30) : t.start]) is not None

    def _leader(self, key: str) -> bool:
        """Whether the lexicon has person ``key`` lead a state or a people ("president",
        "Turkish Cypriot leader"; not "vice president", not a minister)."""
        info = self.entities.get(key)
        if info is None or info.cls != "Person" or info.state not in self.entities:
            return False
        role = (info.role or "").lower()
        if role.startswith(("vice", "deputy", "former")):
            return False
        return any(word in role for word in self.lang["leader_roles"])

    def _organ_of(self, body: str, state: str) -> bool:
        """Whether ``body`` is a body of the state ``state`` itself (its ministry, its army,
        its agency or court; not a party or an armed group based there)."""
        info = self.entities.get(body)
        return (
            info is not None
            and info.cls == "Organisation"
            and info.state == state
            and info.fine in STATE_ORGANS
        )

    def _named_as(self, cls: str) -> list[Named]:
        """The names of this document's actors of class ``cls`` ("Actor": a state or an
        organisation), in text order."""
        classes = ("State", "Organisation") if cls == "Actor" else (cls,)
        return [
            Named(m.start, m.end, m.key)
            for m in self.mentions
            if m.form in ("name", "capital")
            and (info := self.entities.get(m.key)) is not None
            and info.cls in classes
        ]

    def _group_references(self) -> None:
        """ "The three European powers": the actors of the list named before (see
        :mod:`.groups`)."""
        found = group_references(
            self.text,
            self._named_as("Actor"),
            self.lang["group_phrase_nouns"],
            self.lang["group_phrase_modifiers"],
        )
        for start, end, keys in found:  # not a phrase read as something else already
            if self.mentions.covers(start) or self.mentions.covers(end - 1):
                continue
            known = _KNOWN_AS.match(self.text, end)
            named = known and next(iter(self.mentions.starting_in(known.end(), known.end())), None)
            if named:  # "the three powers, known as the E3": the body the name names
                self._add(start, end, named[1].key, "anaphor")
                continue
            if any(  # "the Mercosur countries": the members of a body named in it
                self.entities[m.key].cls == "Organisation"
                for _, m in self.mentions.starting_in(start, end)
                if m.key in self.entities
            ):
                continue
            for key in sorted(keys):
                self.mentions.add(Mention(start, end, key, "pair"))

    def _collective_bodies(self) -> None:
        """ "the Arab quartet", "the co-chairs", "six world powers": a group of
        actors acting together, named by a collective phrase and no list of names before it (see
        :meth:`_group_references`): a body of its own, one for each set of synonyms."""
        number = "|".join(_COUNTS)
        for synonyms in self.lang.get("collective_bodies", []):
            words = "|".join(map(re.escape, sorted(synonyms, key=len, reverse=True)))
            rx = re.compile(
                rf"\b(?:[Tt]he\s+)?((?:(?:{number})\s+)?(?:[A-Z][a-z]+\s+)?(?i:{words}))\b"
            )
            key: str | None = None
            for mt in rx.finditer(self.text):
                start, end = mt.start(1), mt.end(1)
                if self.mentions.covers(start) or self.mentions.covers(end - 1):
                    continue
                if re.search(r"[A-Z][\w.-]*\s$", self.text[max(0, start - 30) : start]):
                    continue  # the end of a longer name ("the Minsk Group co-chairs")
                if re.search(
                    r"\bas\s+(?:the\s+)?$", self.text[max(0, mt.start() - 8) : mt.start()]
                ):
                    continue  # "Chile and Peru, as co-chairs": a role, no body
                surface = " ".join(mt.group(1).split())
                if key is None:
                    key = self._new_entity("Organisation", surface, "international_body")
                self.entities[key].aliases.add(surface)
                self._add(start, end, key, "name")

    def _meeting_references(self) -> None:
        """ "the 45th SADC Summit ... The Summit urged X to ...": a capitalised noun of a meeting
        (``meeting_body_nouns``) named after a body ("SADC Summit", "ECOWAS Authority") stands
        for that body wherever the text uses it alone after that ("the Summit")."""
        nouns = "|".join(map(re.escape, self.lang.get("meeting_body_nouns", [])))
        if not nouns:
            return
        named: dict[str, str] = {}  # noun -> the body named before it
        for mt in re.finditer(rf"\b({nouns})\b", self.text):
            noun, start = mt.group(1), mt.start(1)
            body = (
                self._body_before(start)
                or self._body_ending_in(mt.end(1))
                or self._body_opened_by(start, mt.end(1))
                or self._named_after_of(self._after_members(mt.end(1)), "Organisation")
            )
            if body is not None:
                named[noun] = body
                continue
            if noun not in named or self.mentions.covers(start):
                continue
            the = re.search(r"\b[Tt]he[ \t]+$", self.text[max(0, start - 6) : start])
            if the is not None or self._opens_paragraph(start):
                self._add(start, mt.end(1), named[noun], "anaphor")
        self._meeting_members()

    def _body_before(self, start: int) -> str | None:
        """The organisation whose name ends right before ``start`` ("SADC| Summit"), also in
        brackets ("the Southern African Development Community (SADC)| Summit")."""
        end = start - 2 if self.text[max(0, start - 2) : start] == ") " else start - 1
        return next(
            (
                m.key
                for m in self.mentions.ending_in(end, end)
                if self.entities.get(m.key) is not None
                and self.entities[m.key].cls == "Organisation"
            ),
            None,
        )

    def _body_ending_in(self, end: int) -> str | None:
        """The organisation whose name of more than the meeting's noun ends at ``end`` ("SADC
        Summit")."""
        return next(
            (
                m.key
                for m in self.mentions.ending_in(end, end)
                if self.entities.get(m.key) is not None
                and self.entities[m.key].cls == "Organisation"
                and " " in self.text[m.start : m.end]
            ),
            None,
        )

    def _after_members(self, end: int) -> int:
        """Where the members a meeting is of end after ``end`` ("Conference| of Heads of State
        and Government| of X", from ``meeting_member_nouns``), else ``end``."""
        members = self._members_of.match(self.text, end)
        return end if members is None else members.end()

    @cached_property
    def _members_of(self) -> re.Pattern[str]:
        nouns = sorted(self.lang.get("meeting_member_nouns", ()), key=len, reverse=True)
        alternatives = "|".join(map(re.escape, nouns)) or "(?!)"
        return re.compile(rf"\s+of\s+(?:the\s+)?(?:{alternatives})(?=\s+of\s)")

    def _body_opened_by(self, start: int, end: int) -> str | None:
        """The organisation whose longer name opens with the meeting's noun from ``start`` to
        ``end`` ("Conference of Heads of State and Government of X", placed as X)."""
        return next(
            (
                m.key
                for _, m in self.mentions.starting_in(start, start)
                if m.end > end
                and self.entities.get(m.key) is not None
                and self.entities[m.key].cls == "Organisation"
            ),
            None,
        )

    def _opens_paragraph(self, start: int) -> bool:
        """Whether ``start`` opens a line, after a paragraph's number at most ("4. Summit
        approved ...": a communique's bare name of its meeting)."""
        line = self.text.rfind("\n", 0, start) + 1
        return re.fullmatch(r"[ \t]*(?:\(?\w{1,4}[.)][ \t]+)?", self.text[line:start]) is not None

    def _meeting_members(self) -> None:
        """ "Forum Leaders met in Apia ... Leaders called on X to ...": the capitalised members
        of a meeting (``meeting_member_nouns``) named after a body stand for that body wherever
        the text uses them alone after that, as a communique does ("Leaders agreed that ..."); so
        do members named before the body ("Meeting of Trade Ministers of the X", "The Ministers
        for Foreign Affairs of the X met at ..."), and members the text names alone for the one
        body its heading names."""
        nouns = "|".join(
            map(re.escape, sorted(self.lang.get("meeting_member_nouns", []), key=len, reverse=True))
        )
        if not nouns:
            return
        bodies: tuple[str, ...] = ()
        for mt in re.finditer(rf"\b({nouns})\b", self.text):
            start = mt.start(1)
            portfolio = _PORTFOLIO_BEFORE_OF.match(self.text, mt.end(1))  # "for Foreign Affairs"
            if portfolio is not None and portfolio.group(1).lower() not in self._portfolios:
                portfolio = None
            at = portfolio.end() if portfolio is not None else mt.end(1)
            one = self._body_before(start) or self._named_after_of(at, "Organisation")
            named: tuple[str, ...] = (one,) if one else ()
            if not named and not bodies:  # "The Ministers ... met for the X"
                one = self._body_met_for(start)
                named = (one,) if one else self._bodies_members_from(mt.end(1))
                alone = re.match(r"/|\s+of\b", self.text[mt.end(1) :]) is None  # not "Heads of A"
                bodies = () if named or not alone else self._heading_body(start)
            if named:
                bodies = named
                continue
            if not bodies or self.mentions.overlaps(start, mt.end(1)):
                continue
            word = re.search(r"(\S+)[ \t]+$", self.text[max(0, start - 40) : start])
            if word is not None and word.group(1)[:1].isupper() and word.group(1) != "The":
                continue  # after another capitalised word ("Gulf Foreign Ministers"): a title
            if len(bodies) == 1:
                self._add(start, mt.end(1), bodies[0], "anaphor")
                continue
            for key in sorted(bodies):  # the members of several bodies speak for them all
                self.mentions.add(Mention(start, mt.end(1), key, "pair"))

    def _heading_body(self, start: int) -> tuple[str, ...]:
        """The one organisation the heading names, before the first sentence ended by a full
        stop ("Special Meeting of the Authority of X"), whose members a communique's "Heads" are after it (none where
        the heading names none or several, or where ``start`` is inside the heading)."""
        end = next(  # the heading's lines end no sentence with a full stop
            (x.start for x in self.sentences if self.text[x.start : x.end].rstrip()[-1:] in ".!?"),
            0,
        )
        if start < end:
            return ()
        found = {
            m.key
            for _, m in self.mentions.starting_in(0, end)
            if self.cls_of(m.key) == "Organisation"
        }
        return tuple(found) if len(found) == 1 else ()

    def _bodies_members_from(self, end: int) -> tuple[str, ...]:
        """ "Ministers from member States of A, B and C met in Z": the organisations named
        between the members' noun (ending at ``end``) and the meeting verb of its sentence."""
        met = self._meeting_verb_after(end)
        if met is None or not re.match(r"\s+(?:of|from)\b", self.text[end : met[0]]):
            return ()
        keys = [
            m.key
            for _, m in self.mentions.starting_in(end, met[0])
            if self.entities.get(m.key) is not None and self.entities[m.key].cls == "Organisation"
        ]
        return tuple(dict.fromkeys(keys))

    def _meeting_verb_after(self, start: int) -> tuple[int, int, int] | None:
        """Where the first meeting verb after ``start`` in its sentence ("met", "meeting",
        "gathered", "convened") starts and ends, and where the sentence ends; or ``None``."""
        sent = self._sentence_at(start)
        met = _MEETING_VERB.search(self.text, start, sent.end) if sent is not None else None
        return (met.start(), met.end(), sent.end) if met is not None and sent is not None else None

    def _body_met_for(self, start: int) -> str | None:
        """ "The Ministers of A and B met in Z for the annual Session of the Council of X":
        the organisation whose meeting the members from ``start`` met for, after the meeting
        verb of the members' sentence and right after "of", "at" or "for" ("... of the| X")."""
        met = self._meeting_verb_after(start)
        if met is None:
            return None
        _, after, end = met
        return next(
            (
                m.key
                for _, m in self.mentions.starting_in(after, end)
                if self.entities.get(m.key) is not None
                and self.entities[m.key].cls == "Organisation"
                and re.search(r"\b(?:of|at|for)\s+(?:the\s+)?$", self.text[after : m.start])
            ),
            None,
        )

    def _regional_leaders(self) -> None:
        """ "West African leaders", "Southeast Asian foreign ministers": the leaders of a
        region's states meeting as its bloc (``regional_blocs``: the region's adjective and the
        bloc's key, a fact of the world), read as that bloc's, where the text names the bloc."""
        named = {m.key for _, m in self.mentions.items()}
        blocs = {  # "African leaders" in a text about no bloc: leaders of many states
            region: key
            for region, key in self.lang.get("regional_blocs", {}).items()
            if key in named
        }
        heads = "|".join(map(re.escape, self.lang.get("regional_leader_nouns", [])))
        if not blocs or not heads:
            return
        regions = "|".join(map(re.escape, sorted(blocs, key=len, reverse=True)))
        for mt in re.finditer(rf"\b({regions})\s+(?:{heads})\b", self.text):
            if not self.mentions.overlaps(mt.start(1), mt.end(1)):
                self._add(mt.start(1), mt.end(1), blocs[mt.group(1)], "demonym")

    def _titled_states(self) -> dict[str, tuple[str, str]]:
        """Each titled person's title and the state named just before it ("Danish Foreign
        Minister X", "Denmark's Foreign Minister X"): person key -> (title, state key)."""
        out: dict[str, tuple[str, str]] = {}
        states = [m for _, m in self.mentions.items() if self._is_state(m.key) and m.form != "pair"]
        ends = {m.end: m.key for m in states}
        for _, m in self.mentions.items():
            info = self.entities.get(m.key)
            if info is None or info.cls != "Person" or not info.role or m.key in out:
                continue
            at = m.start - len(info.role) - 1  # where the title starts, one space before the name
            if at < 0 or self.text[at : m.start - 1].lower() != info.role.lower():
                continue
            for gap in (" ", "'s ", "’s "):  # "Danish Foreign", "Denmark's Foreign"
                if self.text[at - len(gap) : at] == gap and at - len(gap) in ends:
                    out[m.key] = (info.role.lower(), ends[at - len(gap)])
                    break
        return out

    def _titled_persons_states(self, titled: dict[str, tuple[str, str]]) -> None:
        """A person titled with a state ("Japan's minister X", "Peruvian Trade Minister X")
        speaks for it, where the lexicon gives them no state."""
        for key, (_, state) in titled.items():
            info = self.entities[key]
            if info.state is None:
                info.state = state

    def _state_role_references(self, titled: dict[str, tuple[str, str]]) -> None:
        """ "Denmark's foreign minister said": the one person the document titles so (``titled``:
        person key -> title and state) with that state before the title, wherever it names
        them (a lead often names the office first)."""
        if not titled:
            return
        roles = sorted({role for role, _ in titled.values()}, key=len, reverse=True)
        rx = re.compile(
            r"['’]s\s+(" + "|".join(map(re.escape, roles)) + r")\b(?!\s+(?:of\b|(?-i:[A-Z])))",
            re.I,
        )
        for _, m in list(self.mentions.items()):
            if not self._is_state(m.key) or m.form not in ("name", "capital"):
                continue
            mt = rx.match(self.text, m.end)
            if mt is None:
                continue
            role = mt.group(1).lower()
            people = [k for k, (r, st) in titled.items() if r == role and st == m.key]
            if len(people) == 1:
                self._add(m.start, mt.end(), people[0], "anaphor")

    def _one_actor_before(self, pos: int) -> set[str]:
        """The one entity named in ``pos``'s sentence before it, if only one is: "Cuba urged
        both sides", "the alliance said the two sides" (not among the two sides); two named
        before ("X and Y signed it, both sides pledging ...") may be the two sides."""
        sentence = self._last_sentence_by(pos)
        start = sentence.end if sentence is not None else 0
        found = [m for _, m in self.mentions.starting_in(start, pos) if m.form != "pair"]
        keys = {m.key for m in found}
        titled = {  # "US envoy X tells reporters the two sides": X is of the US, one side
            b.key
            for a in found
            for b in found
            if self.entities[b.key].cls == "Person"
            and re.fullmatch(r"(?:['’]s)?(?:\s+[A-Za-z-]+){1,3}\s+", self.text[a.end : b.start])
        }
        keys -= titled
        return keys if len(keys) == 1 else set()

    def _head_references(self) -> None:
        """ "the board", "the council", "the Front": the organisation named last whose name has
        that noun as its head ("the IAEA Board of Governors ... the board refrains"); a
        capitalised one before any such name, the one organisation the text names so later."""
        named = self._named_heads()
        by_head: dict[str, tuple[list[int], list[str]]] = {}  # ends and keys, in that order
        for end, key, head in named:
            ends, keys = by_head.setdefault(head, ([], []))
            ends.append(end)
            keys.append(key)
        # "the board", "the Front" (the mention with its "the"); "a Commission official": one
        # of the Commission's people (the head word alone)
        found = [
            (mt, mt.start())
            for mt in re.finditer(r"\b[Tt]he (?:\d+-[a-z]+ )?([A-Za-z][a-z]+)\b", self.text)
        ]  # "the council", "the 15-member Council"
        found += [(mt, mt.start(1)) for mt in _HEAD_AFTER_HER.finditer(self.text)]
        found += [(mt, mt.start(1)) for mt in _HEAD_AS_MODIFIER.finditer(self.text)]
        found += [(mt, mt.start(1)) for mt in _HEAD_BEFORE_SPOKESPERSON.finditer(self.text)]
        for mt, start in found:
            noun = mt.group(1).lower()
            if noun not in by_head:
                continue
            ends, keys = by_head[noun]
            last = last_at_most(ends, mt.start())  # the organisation named last before it
            if self.mentions.covers(mt.start(1)) and not (
                last >= 0 and self._head_word_taken(mt.start(1), mt.end(1), keys[last])
            ):
                continue
            if last < 0 and mt.group(1)[0].isupper() and len(set(keys)) == 1:
                last = 0  # "The Council calls on ..." before the one Council the text names
            if last >= 0:
                self._add(start, mt.end(1), keys[last], "anaphor")
        self._head_references_with_own_word(by_head)

    def _head_references_with_own_word(
        self, by_head: dict[str, tuple[list[int], list[str]]]
    ) -> None:
        """ "the central bank" after "the Central Bank of Tarvia": a word of the organisation's
        name in lower case before its head stands for the one named last with that head."""
        for mt in _OWN_WORD_THEN_HEAD.finditer(self.text):
            word, noun = mt.group(1), mt.group(2)
            if noun not in by_head or self.mentions.covers(mt.start(1)):
                continue
            ends, keys = by_head[noun]
            last = last_at_most(ends, mt.start())
            if last >= 0 and word in self.entities[keys[last]].label.lower().split():
                self._add(mt.start(), mt.end(2), keys[last], "anaphor")

    def _head_word_taken(self, start: int, end: int, key: str) -> bool:
        """Whether the head word alone at ``start:end`` is a name the lexicon gives another
        body ("the Congress": the US Congress) after the text named ``key`` by that head ("the
        Universal Postal Congress ... the Congress"): that mention gives way to ``key``'s."""
        taken = [
            i
            for i in self.mentions.exactly(start, end)
            if (m := self.mentions.get(i)) is not None and m.key != key and m.form == "name"
        ]
        for i in taken:
            self.mentions.remove(i)
        return bool(taken)

    def _kind_epithets(self) -> None:
        """ "The airline body wants ...", "the nuclear watchdog said", "the environmental group
        called for ...": a noun of a kind of body after "the" and its describing words stands
        for the organisation named last, in the 400 characters before, if it is of that kind
        (or of no known kind); not set off after a name it describes, nor right before one."""
        kinds = self.lang.get("kind_epithets", {})
        if not kinds:
            return
        for mt in _kind_epithet_pattern(tuple(kinds)).finditer(self.text):
            start = mt.start()
            if self.mentions.covers(mt.start(2)) or any(
                w in self.common and w not in ("un", "u.n.") for w in mt.group(1).lower().split()
            ):
                continue  # "the other group", "the same body": no epithet of one body
            if re.search(r"\w,\s*$", self.text[max(0, start - 3) : start]):
                continue  # "China, the largest lender,": what the name before it is
            if _NAME_NEXT.match(self.text, mt.end(2)) or self._named_set_off(mt.end(2)):
                continue  # "the conservation group Ecoriver": what the name after it is
            before = sorted(  # (in list order: by when each was placed)
                (
                    m
                    for m in self.mentions.ending_in(start - 400, start)
                    if self.cls_of(m.key) == "Organisation"
                ),
                key=lambda m: m.end,
            )
            fine = self.entities[before[-1].key].fine if before else ""
            if before and (fine is None or fine in kinds[mt.group(2)]):
                self._add(start, mt.end(2), before[-1].key, "anaphor")

    def _named_set_off(self, end: int) -> bool:
        """Whether the words from ``end`` to the next comma, in the same sentence, are followed
        by an organisation's name set off by commas ("the agency that runs the canal, CANALCO,
        said"): the description is that name's."""
        comma = self.text.find(",", end, end + _SET_OFF_SPAN)
        if comma < 0 or "." in self.text[end:comma]:
            return False
        at = comma + 1 + len(self.text[comma + 1 :]) - len(self.text[comma + 1 :].lstrip())
        return any(
            self.cls_of(m.key) == "Organisation" and self.text[m.end : m.end + 1] == ","
            for _, m in self.mentions.starting_in(at, at)
        )

    def _heads_again(self) -> None:
        """ "The Heads of Government of the X Community (XC), meeting in Y, ... 2. The Heads
        of Government welcomed A": the leaders named again without their body stand for the
        body named after them before."""
        body = None
        for mt in _HEADS_OF_STATE.finditer(self.text):
            named = self.mentions.starting_in(mt.end(), mt.end() + 1)
            body = next((m.key for _, m in named if self.cls_of(m.key) == "Organisation"), None)
            if body is not None:
                break
        if body is None:
            return
        for mt in _HEADS_AGAIN.finditer(self.text):
            if not self.mentions.overlaps(mt.start(1), mt.end(1)):
                self._add(mt.start(1), mt.end(1), body, "anaphor")

    def _bodies_before_titles(self) -> None:
        """ "said caucus co-chair Ana Rios", "union spokesman Ana Rios": the last word of a
        body's name in lower case before a title and a person's name stands for the
        organisation with that last word named last, in the 600 characters before."""
        titles = _tables(self.lex).title_set
        heads = tuple(sorted(h for h in self.heads_final if h.isalpha() and len(h) >= 4))
        for mt in _body_before_title_pattern(heads).finditer(self.text):
            head = mt.group(1).capitalize()
            if (mt.group(2).lower(),) not in titles:
                continue
            named = self.mentions.starting_in(mt.end(), mt.end() + 1)
            if not any(self.cls_of(m.key) == "Person" for _, m in named):
                continue
            bodies = [
                m
                for m in self.mentions.ending_in(mt.start() - 600, mt.start())
                if self.cls_of(m.key) == "Organisation"
                and self.entities[m.key].label.split()[-1] == head
            ]
            if bodies and not self.mentions.covers(mt.start(1)):
                last = max(bodies, key=lambda m: m.end)
                self._add(mt.start(1), mt.end(1), last.key, "anaphor")

    def _merge_sub_units(self) -> None:
        """ "Center for X at Institute Y": the centre is a unit of Y, one node."""
        orgs = sorted(
            (m for m in self.mentions if self.entities[m.key].cls == "Organisation"),
            key=lambda m: m.start,
        )
        by_key: dict[str, list[int]] = {}
        for idx, m in self.mentions.items():
            by_key.setdefault(m.key, []).append(idx)
        merged: dict[str, str] = {}  # a unit merged away -> the organisation it is part of

        def current(key: str) -> str:
            while key in merged:
                key = merged[key]
            return key

        for a, b in zip(orgs, orgs[1:], strict=False):
            if a.key != b.key and re.fullmatch(r"\s+at\s+(?:the\s+)?", self.text[a.end : b.start]):
                if a.key in self.lex.entries:
                    continue
                # The same unit named twice ("X at Y" ... "X at Y") was merged the first time.
                old, new = current(a.key), current(b.key)
                alias = " ".join(self.text[a.start : b.end].split())
                if old == new:
                    self.entities[new].aliases.add(alias)
                    continue
                moved = by_key.pop(old, [])
                for idx in moved:
                    if (was := self.mentions.get(idx)) is not None:
                        self.mentions.replace(idx, Mention(was.start, was.end, new, was.form))
                by_key.setdefault(new, []).extend(moved)
                self.entities[new].aliases |= self.entities[old].aliases
                self.entities[new].aliases.add(alias)
                del self.entities[old]
                merged[old] = new

    def _named_with_their_state(self) -> None:
        """ "the conservation group Aves Libres Chile", "Aves Libres Chile rejected A": a body
        new to the lexicon, or a name of two words or more read as an untitled person's, right
        before a state's name on its line (one space between, no capitalised word or "'s" after
        it) is one body whose name ends with the state's, wherever the text names it so."""
        for _, m in list(self.mentions.items()):
            info = self.entities.get(m.key)
            if info is None or m.form not in ("name", "surname") or m.key in self.lex.entries:
                continue  # (a one-word body's name is read as a "surname")
            surface = self.text[m.start : m.end]
            if info.cls == "Person" and (info.role or len(surface.split()) < 2):
                continue
            if info.cls not in ("Person", "Organisation") or surface.isupper():
                continue
            state = next(
                (
                    n
                    for _, n in self.mentions.starting_in(m.end + 1, m.end + 1)
                    if n.form == "name" and self._is_state(n.key)
                ),
                None,
            )
            if state is None or self.text[m.end] != " ":
                continue
            if re.match(r"\s*[A-Z]|['’]", self.text[state.end : state.end + 3]):
                continue  # "Aves Libres Chile Foundation", "Ana Rios Chile's": not so ended
            name = self.text[m.start : state.end]
            key = self._remade_as_body(m.key, name)
            self._clear(m.start, state.end)
            self._add(m.start, state.end, key, "name")
            self._alias_everywhere(name, key)

    def _merge_spelled_out(self) -> None:
        """An organisation the text writes out whose initials, with a place after "in" or
        "of", spell a known organisation's acronym is that organisation ("the North Atlantic
        Treaty Organization" is NATO), named by acronym or not."""
        acronyms = _tables(self.lex).org_acronyms
        for _, m in list(self.mentions.items()):
            info = self.entities.get(m.key)
            if info is None or info.cls != "Organisation" or m.key in self.lex.entries:
                continue
            name = self.text[m.start : m.end]
            after = re.match(r"\s+(?:in|of)\s+([A-Z]\w*)", self.text[m.end :])
            spelled = [initials(name)] + ([initials(name) + after.group(1)[0]] if after else [])
            key = next((acronyms[a] for a in spelled if a in acronyms), None)
            if key is None:
                continue
            self._entity_from_lexicon(key).aliases.add(" ".join(name.split()))
            self._merge_into_lexicon(m.key, key)  # its acronym in brackets too: "... (SADC)"

    def _merge_into_lexicon(self, key: str, known: str) -> None:
        """Every mention of ``key``, a body new to the lexicon, made a mention of the lexicon's
        ``known``, which keeps its name as another."""
        self._entity_from_lexicon(known).aliases.add(self.entities[key].label)
        self._rekey({key: known})
        del self.entities[key]

    def _merge_qualified(self) -> None:
        """An organisation named with a state or a count before its name, or "for", "of", "in" or "on"
        and a state after it, and without it is one node ("the Philippine Department of Foreign
        Affairs ... the Department of Foreign Affairs", "the Three Brotherhood Alliance ... the
        Brotherhood Alliance", "the Bondholder Group for Tessaly ... the Bondholder Group", "the
        Panel of Experts on Tessaly ... the Panel of Experts");
        not "the Liberal Democratic Party" and "the Democratic Party"."""
        orgs = {
            e.label: e
            for e in self.entities.values()
            if e.cls == "Organisation" and e.key not in self.lex.entries
        }
        into: dict[str, str] = {}  # each merged short name's key: the long name's
        for label, long in list(orgs.items()):
            first, _, rest = label.partition(" ")
            short = orgs.get(rest)  # (the qualifier only read where the rest names a body)
            short = short if short is not None and self._qualifier(first) else None
            tail = re.fullmatch(r"(.+)\s+(?:for|of|in|on)\s+(?:the\s+)?([^ ].*)", label)
            if short is None and tail and self._names_state(tail.group(2)):
                short = orgs.get(tail.group(1))  # "Bondholder Group for Tessaly"
            if short is None or short.key == long.key:
                continue
            into = {k: long.key if v == short.key else v for k, v in into.items()}
            into[short.key] = long.key
            long.aliases |= {short.label, *short.aliases}
            self.entities.pop(short.key, None)
        self._rekey(into)  # one pass over the mentions, however many names merge

    def _shortened_names(self) -> None:
        """A state's body the text names only by the last words of another body's name it gave
        before, and whose state it never names ("the Federal Foreign Office ... the Foreign
        Office": Germany's, though the lexicon gives "Foreign Office" to Britain's), is that
        other body; so is an international body ("the Analytical Support and Sanctions
        Monitoring Team ... the Monitoring Team"); not "the Liberal Democratic Party ... the
        Democratic Party"."""
        named_states = {m.key for m in self.mentions if self._is_state(m.key)}
        surfaces: dict[str, list[tuple[int, str]]] = {}
        for _, m in self.mentions.items():
            if m.form == "name" and self.cls_of(m.key) == "Organisation":
                words = " ".join(self.text[m.start : m.end].split())
                surfaces.setdefault(m.key, []).append((m.start, words))
        into: dict[str, str] = {}
        for key, named in surfaces.items():
            start, short = min(named)
            if len(short.split()) < 2 or any(w != short for _, w in named):
                continue
            info = self.entities[key]
            organ = info.fine in STATE_ORGANS and info.state is not None
            if (
                organ
                and info.state in named_states
                or not organ
                and info.fine != "international_body"
            ):
                continue  # (a party's shorter name may be another party's)
            longer = [
                (a, other)
                for other, names in surfaces.items()
                if other != key
                for a, w in names
                if a < start and w.endswith(" " + short)
            ]
            if longer:
                into[key] = max(longer)[1]  # the latest such name before
        self._rekey(into)

    def _rekey(self, into: dict[str, str]) -> None:
        """Every mention of a key in ``into`` as a mention of the key it maps to."""
        if not into:
            return
        for idx, m in list(self.mentions.items()):
            if m.key in into:
                self.mentions.replace(idx, Mention(m.start, m.end, into[m.key], m.form))

    def _organs_named_in_full(self) -> None:
        """An organ's name the lexicon gives to one body ("General Assembly": the UN's) that a
        text only ever writes bare, while it names in full the same organ of another body the
        lexicon knows ("the General Assembly of the OAS"), is that other body's organ wherever
        it stands alone ("OAS General Assembly adopts text")."""
        surfaces: dict[str, set[str]] = {}
        full: list[tuple[str, str]] = []  # the names of bodies new to the lexicon, and keys
        for _, m in self.mentions.items():
            if m.form != "name" or self.cls_of(m.key) != "Organisation":
                continue
            words = " ".join(self.text[m.start : m.end].split())
            surfaces.setdefault(m.key, set()).add(words)
            if m.key not in self.lex.entries:
                full.append((words, m.key))
        into: dict[str, str] = {}
        for key, written in surfaces.items():
            if key in self.lex.entries and len(written) == 1:
                short = next(iter(written))
                owner = next((k for w, k in full if self._organ_of_known_body(short, w)), None)
                if owner is not None:
                    into[key] = owner
        self._rekey(into)

    def _organ_of_known_body(self, organ: str, words: str) -> bool:
        """Whether ``words`` are ``organ``, "of" and a body the lexicon knows."""
        of = re.fullmatch(rf"{re.escape(organ)} of (?:the )?(.+)", words)
        if of is None:
            return False
        found = self.lex.lookup(tuple(norm_token(w) for _, _, w in tokenize(of.group(1))))
        return any(self.lex.entries[k].cls == "Organisation" for k, _ in found)

    def _names_state(self, words: str) -> bool:
        """Whether ``words`` are a state's name the lexicon knows ("Ghana", "the Philippines")."""
        found = self.lex.lookup(tuple(norm_token(w) for _, _, w in tokenize(words)))
        return any(self.lex.entries[k].cls == "State" and f == "name" for k, f in found)

    def _qualifier(self, word: str) -> bool:
        """A word that qualifies a name without being part of it: a state's name or demonym
        ("Philippine"), a count ("Three"), or the acronym of the organisation that owns the
        body ("the ACTO Permanent Secretariat ... the Permanent Secretariat")."""
        if word.lower() in _COUNTS:
            return True
        if word.isupper() and len(word) > 1 and self._organisation_called(word):
            return True
        found = self.lex.lookup((norm_token(word),))
        return any(self.lex.entries[k].cls == "State" for k, _ in found)

    def _organisation_called(self, word: str) -> bool:
        """Whether the lexicon (:meth:`_actor_named`) or the text calls an organisation
        ``word``."""
        known = self._actor_named(word)
        return (known is not None and self.cls_of(known) == "Organisation") or any(
            e.cls == "Organisation" and word in (e.label, *e.aliases)
            for e in self.entities.values()
        )


def _all_lower_case(text: str) -> bool:
    """Whether ``text`` is written without capitals (a page that lowered its case), not a
    short line: fewer than one letter in a hundred is a capital."""
    letters = sum(c.isalpha() for c in text)
    return letters >= 200 and sum(c.isupper() for c in text) * 100 < letters


def _recased(text: str, lex: Lexicon) -> str:
    """``text`` with the names the lexicon knows written with capitals ("the european
    commission" -> "the European Commission", "eu" -> "EU"), each the same length; the words
    of other names cannot be told and stay as they are. For a text without capitals only."""
    chars = list(text)
    toks = tokenize(text)
    k = 0
    while k < len(toks):
        end = 0
        phrase: tuple[str, ...] = ()
        for x in range(k, min(len(toks), k + lex.max_len)):
            phrase = (*phrase, norm_token(toks[x][2]))
            if phrase not in lex.prefixes:
                break
            if lex.lookup(phrase) and (x > k or phrase[0] not in lex.common_words):
                end = x + 1
        acronym = (norm_token(toks[k][2]).upper(),)
        if not end and acronym[0] not in lex.common_words and lex.lookup(acronym):
            a, b, word = toks[k]
            if len(word.upper()) == b - a and len(word) >= 2:
                chars[a:b] = list(word.upper())
        for a, _, word in toks[k:end]:
            if word not in _CONNECTORS and len(word[:1].upper()) == 1:
                chars[a] = word[0].upper()
        k = max(end, k + 1)
    return "".join(chars)


def resolve_mentions(
    text: str,
    sentences: list[Sentence],
    lex: Lexicon | None = None,
    *,
    ner: NerComponent | None = None,
) -> Resolution:
    """Find and resolve every entity mention in the given sentences of ``text``; in a text
    written without capitals, the names the lexicon knows are read as if capitalised.

    Args:
        ner: an optional statistical component asked about names the rules left unexplained.
    """
    lex = lex or load_lexicon()
    if _all_lower_case(text):
        text = _recased(text, lex)
    resolver = _Resolver(text, sentences, lex)
    resolver.ner = ner
    return resolver.run()
