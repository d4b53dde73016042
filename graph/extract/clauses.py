"""Clause reading shared by the fact rules: who acts, on what, on which terms.

Every rule here is general: cue words come from ``data/language.json``; the
code finds a cue, its agent (the actor mention right before it, across
auxiliaries, adverbs and appositions), its object (the rest of the clause), and
any condition attached by a marker ("provided that", "unless", ...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import Lexicon
from .mentions import Mention, Resolution
from .records import Affiliation, Condition, Proposal, Stance, Statement
from .text import Sentence

__all__ = ["ClauseReader", "Found"]

_AUX = (
    r"(?:has|have|had|is|are|was|were|be|been|being|would|will|could|can|may|might|should|shall|must|"
    r"does|do|did|not|never|also|again|still|now|then|already|repeatedly|publicly|formally|jointly|reportedly|"
    r"first|however|nonetheless|meanwhile|later|earlier|once|both|all|each|too|even|only|long|since|"
    r"previously|initially|finally|quickly|apparently|effectively|reluctantly|openly|privately|"
    r"[a-z]+ly|on \w+day|this week|last week|on \w+|in \w+|at first|at last|so far|for now|in turn|once again)"
)
_CLAUSE_END = re.compile(
    r";|\s[—–]\s|,\s(?:while|whereas|but|although|though|hoping|saying|calling|adding|arguing|"
    r"which|a description)\b"
    r"|,\s+a\s+(?:line|step|move|demand|clause|proposal|position|request|condition|call|plan|idea)\s+(?=that\b|which\b|the\b|[A-Z])"
    r"|\sbut\s(?=[a-z]+\s)|:\s|(?<![A-Z])\.\s|\.$"
    r"|,\s+(?:[\w’'-]+\s+){0,5}(?:said|says|added|told|argued|warned|insisted)\b(?=[^a-z]*$|\s*[.,;]|\s+(?:on|in|at|after|late|early|last|this|during)\b)"
    r"|,\s+and\s+(?=(?:it|they|he|she|we)\s)|,\s+and\s+(?=[A-Z])|,\s+and\s+(?=(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:will|would)\s)"
    r"|,\s+(?=The\s+[A-Z])"
)
_DET = r"(?:the|a|an|its|their|his|her|this|that|these|those|any|some|such)"
_ANAPHORIC_TARGET = re.compile(
    rf"^(?:it|them|this|that|these|those|{_DET}\s+(?:\w+\s+){{0,2}}"
    r"(?:plan|proposal|offer|demand|demands|request|idea|scheme|text|deal|framework|resolution|suggestion|"
    r"initiative|package|draft|agreement|call|condition|precondition))\b",
    re.I,
)
_PERSON_PRONOUNS = {"he", "she"}
_THING_PRONOUNS = {"it", "they"}


@dataclass
class Found:
    proposals: list[Proposal] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)


_AUX_FIRST = frozenset("is was are were would will could has have remains".split())


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; "would consider" also takes "would also consider"."""
    return _alternation(tuple(sorted(set(words))))


@lru_cache(maxsize=512)
def _alternation(words: tuple[str, ...]) -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        parts = w.split()
        esc = [re.escape(x) for x in parts]
        if len(parts) > 1 and parts[0] in _AUX_FIRST:
            out.append(
                esc[0]
                + r"(?:\s+(?:also|still|now|again|even|already|[a-z]+ly))?\s+"
                + r"\s+".join(esc[1:])
            )
        else:
            out.append(r"\s+".join(esc))
    return "|".join(out)


class ClauseReader:
    """Reads clauses: agents, objects, conditions and antecedents; the fact rules build on it."""

    def __init__(self, text: str, sentences: list[Sentence], res: Resolution, lex: Lexicon) -> None:
        self.text = text
        self.sentences = sentences
        self.res = res
        self.lex = lex
        lang = lex.language
        self.lang = lang
        self.offer_re = re.compile(rf"\b(?:{_alt(lang['offer_cues'])})\b", re.I)
        self.demand_re = re.compile(rf"\b(?:{_alt(lang['demand_cues'])})\b", re.I)
        self.reject_re = re.compile(rf"\b(?:{_alt(lang['reject_cues'])})\b", re.I)
        self.support_re = re.compile(rf"\b(?:{_alt(lang['support_cues'])})\b", re.I)
        self.speech_re = re.compile(rf"\b(?:{_alt(lang['speech_verbs'])})\b", re.I)
        markers = [m["text"] for m in lang["condition_markers"]]
        self.negated_markers = {m["text"] for m in lang["condition_markers"] if m["negated"]}
        self.cond_re = re.compile(rf"\b(?:{_alt(markers)})\b", re.I)
        self.cond_sentence_re = re.compile(
            rf"\b(?:{_alt(w.rsplit(' ', 1)[0] for w in lang['condition_sentence_cues'])})(?:,[^,]{{0,50}},)?\s+(?:on|upon)\b",
            re.I,
        )
        self.recip_re = re.compile(rf"\b(?:{_alt(lang['reciprocity_cues'])})\b", re.I)
        self.hedge_re = re.compile(rf"(?:{_alt(lang['hedges_not_offers'])})\s*$", re.I)
        self.passthrough = re.compile(rf"(?:{_alt(lang['subject_passthrough_nouns'])})", re.I)
        self.role_re = re.compile(rf"\b(?:{_alt(lang['role_nouns'])})\b", re.I)
        self.titles_re = re.compile(rf"\b(?:{_alt(lang['titles'])})\b")
        self.nominal_offer = lang["nominal_offer_heads"]
        self.nominal_demand = lang["nominal_demand_heads"]
        self.found = Found()
        self.person_state: dict[str, str] = {}
        self.person_home: dict[str, str] = {}
        self.last_subject: tuple[list[str], int] | None = None
        self._sent_agent: dict[int, list[str]] = {}
        self.counterpart_counts = Counter(
            m.key for m in res.mentions if m.strong and self.cls(m.key) in ("State", "Organisation")
        )

    # -- helpers ---------------------------------------------------------------

    def cls(self, key: str) -> str | None:
        info = self.res.entities.get(key)
        return info.cls if info else None

    def actors_in(self, start: int, end: int) -> list[Mention]:
        return [
            m
            for m in self.res.mentions
            if start <= m.start and m.end <= end and self.res.is_actor(m.key)
        ]

    @staticmethod
    def _unbracket(gap: str) -> str:
        g = re.sub(r"\([^)]*\)", " ", gap)
        g = re.sub(r"^,\s+(?:which|who)\s[^;]{0,160},\s*$", " ", g)
        return re.sub(r",[^,]{0,120},", " ", g)

    def _gap_ok(self, gap: str) -> bool:
        """Only auxiliaries, adverbs, appositions or subject nouns between agent and verb."""
        g = self._unbracket(gap)
        g = re.sub(r"^\s*['’]s\b", " ", g)
        g = re.sub(rf"(?:\b[a-z][a-z-]*\s+){{0,2}}(?:{self.passthrough.pattern})", " ", g)
        g = re.sub(rf"\b{_AUX}\b", " ", g, flags=re.I)
        return re.fullmatch(r"[\s,]*", g) is not None

    def _coordinated(self, mentions: list[Mention], last: Mention) -> list[Mention]:
        """``last`` and the actors coordinated with it ("France, Germany and the UK")."""
        group = [last]
        idx = mentions.index(last)
        while idx > 0:
            prev = mentions[idx - 1]
            between = self.text[prev.end : group[0].start]
            if re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or|\s*&)\s+(?:the\s+)?", between):
                group.insert(0, prev)
                idx -= 1
            else:
                break
        return group

    def clause_start(self, sent: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` starts inside its sentence."""
        chunk = self.text[sent.start : pos]
        cut = sent.start
        for m in re.finditer(
            r";|:\s|\s[—–]\s|,\s(?:while|whereas|but|and|which|who)\s|\s(?:but|while|whereas)\s|\bthat\s",
            chunk,
        ):
            if re.match(r",\s(?:which|who)\s", m.group(0)) and "," in chunk[m.end() :]:
                continue  # a relative clause between commas: "X, who heads Y, said"
            cut = sent.start + m.end()
        return cut

    def agent(self, sent: Sentence, cue_start: int) -> list[str]:
        """The actor(s) doing the verb at ``cue_start``; empty when none is found."""
        start = self.clause_start(sent, cue_start)
        cands = [
            m
            for m in self.actors_in(start, cue_start)
            if not re.search(
                r",\s+(?:which|who)\s(?:(?!,\s+(?:\w+ly\s+)?(?:said|says|told|has|have|had|is|are|was|were|will|would|\w+ed)\b)[^;])*$",
                self.text[start : m.start],
            )  # "X, which ... Y, ..."
            and not re.search(  # "talks with the United States would not ...": not the subject
                r"\b(?:with|to|for|from|about|against|between|among|toward|towards|into|over)\s+(?:the\s+)?$",
                self.text[max(start, m.start - 14) : m.start],
            )
        ]
        strict = [
            m
            for m in cands
            if self._gap_ok(self.text[m.end : cue_start])
            and "," not in self._unbracket(self.text[m.end : cue_start])
        ]
        for m in reversed(strict or cands):
            gap = self.text[m.end : cue_start]
            appositive = self.cls(m.key) == "Person" and re.search(
                r"(?:['’]s?|\b(?:its|their|his|her|the))\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$",
                self.text[max(sent.start, m.start - 60) : m.start],
            )
            if (
                not strict
                and not appositive
                and "," in self._unbracket(gap)
                and not re.search(
                    r",\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|does|do|did)\b",
                    gap,
                )
            ):
                continue  # "X, first floated in June,": a participle, not X's verb
            if self._gap_ok(gap):
                # "Jane Roe of the Oslo Institute told": the person speaks, not the institute.
                of_person = [
                    x
                    for x in cands
                    if x.end <= m.start
                    and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[x.end : m.start])
                    and self.cls(x.key) == "Person"
                ]
                if of_person:
                    m = of_person[-1]
                if self.cls(m.key) != "Person":
                    app = [
                        x
                        for x in cands
                        if x.start > m.end
                        and self.cls(x.key) == "Person"
                        and re.fullmatch(r"(?:['’]s)?[\w\s-]{0,40},\s+", self.text[m.end : x.start])
                        and re.match(r",\s", self.text[x.end : cue_start])
                    ]
                    if app:
                        m = app[0]
                if m.form == "demonym" and not re.match(r"\s+\w+", self.text[m.end : cue_start]):
                    continue
                office = re.match(
                    r"\s+(leader|president|prime\s+minister|premier|king|emir|chancellor)\b",
                    self.text[m.end : cue_start],
                )
                if office and m.form == "demonym_actor":
                    holders = [
                        k
                        for k, st in {**self.person_home, **self.person_state}.items()
                        if st == m.key
                        and office.group(1).split()[0]
                        in (self.lex.entries[k].role or "" if k in self.lex.entries else "")
                    ]
                    if len(holders) == 1:
                        return holders
                group = self._coordinated(cands, m)
                if m.form == "pair":  # "both countries": every member of the pair
                    group = [x for x in cands if x.start == m.start] + group
                found = _unique(g.key for g in group)
                self._sent_agent.setdefault(sent.start, found)
                if all(self.cls(k) in ("State", "Organisation") for k in found):
                    self.last_subject = (found, m.start)
                return found
        # "Talks, Jane Roe said, would not resume ...": the inserted speaker acts.
        ins = re.search(
            r",\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|he|she)\s+(?:said|says|added|argued|insisted|warned),\s+(?:"
            + _AUX
            + r"\s+)*$",
            self.text[sent.start : cue_start],
        )
        if ins:
            who = [x for x in self.actors_in(sent.start + ins.start(1), sent.start + ins.end(1))]
            if who:
                return [who[-1].key]
            if ins.group(1).lower() in _PERSON_PRONOUNS:
                return self._antecedent(sent.start + ins.start(1), ins.group(1).lower())
        # "X rejected A but is open to B": the second verb shares the first one's subject.
        if re.search(
            rf"(?:,?\s+(?:and|but|yet|while|then|and\s+then)\s+)(?:at\s+the\s+same\s+time\s+|in\s+turn\s+)?(?:{_AUX}\s+|not\s+)*$",
            self.text[sent.start : cue_start],
        ):
            subj = self.sentence_subject(sent, cue_start) or self._sent_agent.get(sent.start, [])
            if subj:
                return list(subj)
        # "the document"/"the reply" -> its author; pronouns -> the latest fitting actor.
        head = self.text[start:cue_start]
        pm = re.search(
            rf"\b(he|she|it|they|{_alt(self.lang['document_nouns'])})\s+(?:{_AUX}\s+)*$", head, re.I
        )
        if pm is None:
            country = re.search(
                rf"\b(his|her)\s+(?:country|government|nation)\s+(?:{_AUX}\s+)*$", head, re.I
            )
            if country:
                person = self._antecedent(start + country.start(), country.group(1).lower())
                state = [self.person_state.get(k) or self.person_home.get(k) for k in person]
                if state and state[0]:
                    return [state[0]]
            pp = re.search(
                rf"\b(its|their|his|her)\s+(?:{_alt(self.lang['subject_passthrough_nouns'])})\s+(?:{_AUX}\s+)*$",
                head,
                re.I,
            )
            if pp:
                word = {"its": "it", "their": "they", "his": "he", "her": "she"}[
                    pp.group(1).lower()
                ]
                return self._antecedent(start + pp.start(), word)
        if pm and pm.group(1).lower() in ("it", "they"):
            sm = re.search(
                r"\b(?:said|says|told\s+\w+|added|insisted|warned|announced|stated)\s+(?:that\s+)?$",
                head[: pm.start()],
            )
            if sm:
                for x in self.actors_in(
                    self.clause_start(sent, start + sm.start()), start + sm.start()
                ):
                    before_x = self.text[max(sent.start, x.start - 16) : x.start].lower()
                    if self.cls(x.key) in ("State", "Organisation") and not re.search(
                        r"\b(?:by|of|in|with|to|from|at|for|on)\s+(?:the\s+)?$", before_x
                    ):
                        self.last_subject = ([x.key], x.start)
                        return [x.key]
        if pm:
            word = pm.group(1).lower()
            found = self._antecedent(cue_start if start == sent.start else start, word)
            if found:
                self._sent_agent.setdefault(sent.start, found)
            return found
        return []

    def sentence_subject(self, sent: Sentence, before: int) -> list[str]:
        """The actor(s) before ``before`` that are followed by a finite verb and not inside a prepositional phrase."""
        cands = self.actors_in(sent.start, before)
        verb = re.compile(
            rf"(?:['’]s\s+\w+\s+)?(?:\s+(?:{_alt(self.lang['subject_passthrough_nouns'])}))?(?:\s+(?:also|still|now|again|[a-z]+ly))*"
            r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|does|do|did|[a-z]+(?:s|ed))\b"
        )
        found = None
        for m in cands:
            before_text = self.text[max(sent.start, m.start - 12) : m.start].lower()
            if re.search(
                r"\b(?:of|in|with|to|by|from|at|for|on|about|against|near)\s+(?:the\s+)?$",
                before_text,
            ):
                continue
            if re.search(
                r"\b(?:which|who|whom|whose|that|where)\s+(?:[\w’'-]+\s+){0,4}$",
                self.text[max(sent.start, m.start - 40) : m.start],
            ):
                continue  # inside a relative clause
            if verb.match(self.text, m.end) or verb.match(self.text[m.end : m.end + 60]):
                found = m
        if found is None:
            return []
        return _unique(g.key for g in self._coordinated(cands, found))

    def _antecedent(self, before: int, word: str) -> list[str]:
        prior = [
            m
            for m in self.res.mentions
            if m.end <= before and self.res.is_actor(m.key) and m.strong
        ]
        if word in _PERSON_PRONOUNS:
            want = {"Person"}
            # The subject of this sentence or the one before, not a person inside a phrase ("with Putin").
            here = [x for x in self.sentences if x.start <= before]
            for sent in reversed(here[-2:]):
                for m in self.actors_in(sent.start, min(before, sent.end)):
                    if self.cls(m.key) != "Person":
                        continue
                    lead = self.text[max(sent.start, m.start - 16) : m.start].lower()
                    if re.search(
                        r"\b(?:by|of|in|with|to|from|at|for|on|after|about|against|and)\s+(?:the\s+)?$",
                        lead,
                    ):
                        continue
                    return [m.key]
        elif word in _THING_PRONOUNS:
            want = {"State", "Organisation"}
            here = [x for x in self.sentences if x.start <= before <= x.end]
            if here:  # "Beijing has ruled out X, and it insists ...": this sentence's subject
                subject = [
                    k for k in self.sentence_subject(here[-1], before) if self.cls(k) in want
                ]
                if subject:
                    return subject
            if self.last_subject and 0 <= before - self.last_subject[1] < 400:
                return list(self.last_subject[0])
        else:  # a document noun: the owner of the latest "X response"/"X document"
            for p in reversed(self.found.proposals):
                if (
                    p.span[1] <= before
                    and re.search(rf"\b{re.escape(word)}\b", p.label, re.I)
                    and p.proposers
                ):
                    return list(p.proposers[:1])
            for m in reversed(prior):
                after = self.text[m.end : m.end + 20]
                if re.match(
                    rf"(?:['’]s)?\s+(?:{_alt(self.lang['document_nouns'])}|responses?|replies)\b",
                    after,
                    re.I,
                ):
                    return [m.key]
            want = {"State", "Organisation"}
        for m in reversed(prior):
            if self.cls(m.key) in want and before - m.end < 600:
                return [m.key]
        return []

    def clause_end(self, pos: int, limit: int) -> int:
        m = _CLAUSE_END.search(self.text, pos, limit)
        end = m.start() if m else limit
        return end

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in " ,:;\"“”'’«»(\xa0\n":
            start += 1
        while end > start and self.text[end - 1] in " ,:;.\"“”'’«»\xa0\n" + (
            ")" if "(" not in self.text[start:end] else ""
        ):
            end -= 1
        tail = re.search(r"\s+(?:and|or|but)$", self.text[start:end])
        if tail:
            return self._trim(start, start + tail.start())
        return start, end

    def label(self, start: int, end: int) -> str:
        return " ".join(
            self.text[start:end]
            .replace("“", "")
            .replace("”", "")
            .replace("«", "")
            .replace("»", "")
            .split()
        )

    def negated(self, sent: Sentence, pos: int) -> bool:
        before = self.text[max(sent.start, pos - 30) : pos].lower()
        return bool(
            re.search(r"\b(?:not|n't|never|no|neither|nor)\s+(?:\w+\s+){0,2}$", before)
        ) or before.endswith("n't ")

    def counterpart(self, exclude: Iterable[str]) -> list[str]:
        ex = set(exclude)
        ex_states = {self.person_state.get(k) or self.person_home.get(k) for k in ex}
        for key, _ in self.counterpart_counts.most_common():
            if key not in ex and key not in ex_states and self.cls(key) == "State":
                return [key]
        return []

    def with_states(self, keys: list[str]) -> list[str]:
        """A person speaking for a state acts for both (ONTOLOGY.md, Conventions)."""
        out = list(keys)
        for k in keys:
            st = self.person_state.get(k)
            if st and st not in out:
                out.append(st)
        return out

    def conditions(
        self, sent: Sentence, start: int, end: int, limit: int | None = None
    ) -> tuple[list[Condition], int | None]:
        """Conditions attached by markers after ``start`` (up to ``limit``); and where the first one begins."""
        out: list[Condition] = []
        first = None
        for m in self.cond_re.finditer(self.text, start, limit or sent.end):
            before = self.text[max(0, m.start() - 30) : m.end() + 20].lower()
            if any(x in before for x in self.lang["not_condition_after"]):
                continue
            marker = m.group(0).lower()
            if marker == "once" and not re.match(
                r"\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s+(?:has|have|is|are|was|were|judge|judges|agree|agrees|[a-z]+s)\b",
                self.text[m.end() : m.end() + 60],
            ):
                continue
            if marker == "if" and re.match(
                r"\s+(?:any|not|only)\b", self.text[m.end() : m.end() + 6]
            ):
                pass
            cend = self.clause_end(m.end(), sent.end)
            nxt = self.cond_re.search(self.text, m.end(), cend)
            if nxt:
                cend = nxt.start()
            a, b = self._trim(m.end(), cend)
            if b - a < 3:
                continue
            if first is None:
                first = m.start()
            parts = [a]
            for jm in re.finditer(
                r",?\s+and\s+(?=not\s+[a-z]+ing\s|(?:[a-z]+(?<!s)s|[a-z]+ed)\s+(?:the|a|an|its|their|his|her|over|back|up|out|down|off|to|on)\b)",
                self.text[a:b],
            ):
                parts.append(a + jm.start())
                parts.append(a + jm.end())
            parts.append(b)
            requires = self.condition_agent(a, b)
            for k in range(0, len(parts), 2):
                pa, pb = self._trim(parts[k], parts[k + 1])
                if pb - pa < 3:
                    continue
                req = self.condition_agent(pa, pb) or requires
                out.append(
                    Condition(
                        f"{marker} {self.label(pa, pb)}",
                        (m.start() if k == 0 else pa, pb),
                        tuple(req),
                        marker in self.negated_markers,
                    )
                )
        return out, first

    def condition_agent(self, start: int, end: int) -> list[str]:
        """Who must act: the first actor in subject position of the condition."""
        for m in self.actors_in(start, end):
            before = self.text[max(start, m.start - 40) : m.start].lower()
            # "the military authorities in Niamey released ...": the state whose authorities act
            seat = re.search(
                r"\b(?:authorities|government|officials|leadership|junta|military|rulers)\s+in\s+$",
                before,
            )
            if not seat and re.search(
                r"\b(?:with|of|on|against|from|in|to|for|near|toward|towards|into|about)\s+(?:the\s+)?$",
                before[-14:],
            ):
                continue
            if m.form == "demonym":
                continue
            if re.match(
                r"\s+(?:has|have|had|is|are|was|were)\s+been\s+|\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ed\b",
                self.text[m.end : m.end + 40],
            ):
                return []  # "once the FDLR has been neutralised": someone else must act
            return _unique(
                [m.key] + ([self.person_state[m.key]] if m.key in self.person_state else [])
            )[:1]
        return []


def _unique(keys: Iterable[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        if k not in out:
            out.append(k)
    return out
