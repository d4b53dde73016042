"""Proposals, demands, conditions, stances, statements and affiliations.

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

from ..lexicon import Lexicon
from .mentions import Mention, Resolution
from .records import Affiliation, Condition, Proposal, Stance, Statement
from .text import Sentence, quote_spans

__all__ = ["FactFinder"]

_AUX = (
    r"(?:has|have|had|is|are|was|were|be|been|being|would|will|could|can|may|might|should|shall|must|"
    r"does|do|did|also|again|still|now|then|already|repeatedly|publicly|formally|jointly|reportedly|"
    r"first|however|nonetheless|meanwhile|later|earlier|once|both|all|each|too|even|only|long|since|"
    r"previously|initially|finally|quickly|apparently|effectively|reluctantly|openly|privately|"
    r"[a-z]+ly|on \w+day|this week|last week|on \w+|in \w+|at first|at last|so far|for now|in turn|once again)"
)
_CLAUSE_END = re.compile(
    r";|\s[—–]\s|,\s(?:while|whereas|but|although|though|hoping|saying|calling|adding|arguing|"
    r"a (?:line|step|move|demand|clause|proposal|position|request) (?:that|which|the)|which|a description)\b"
    r"|\sbut\s(?=[a-z]+\s)|:\s|\.\s|\.$"
    r"|,\s+(?:[\w’'-]+\s+){0,5}(?:said|says|added|told|argued|warned|insisted)\b(?=[^a-z]*$|\s*[.,;])"
    r"|,\s+and\s+(?=[A-Z])"
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
class _Found:
    proposals: list[Proposal] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)


_AUX_FIRST = frozenset("is was are were would will could has have remains".split())


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; "would consider" also takes "would also consider"."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        parts = w.split()
        esc = [re.escape(x) for x in parts]
        if len(parts) > 1 and parts[0] in _AUX_FIRST:
            out.append(esc[0] + r"(?:\s+(?:also|still|now|again|even|already|[a-z]+ly))?\s+" + r"\s+".join(esc[1:]))
        else:
            out.append(r"\s+".join(esc))
    return "|".join(out)


class FactFinder:
    """Finds the facts of one document given its sentences and resolved mentions."""

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
            rf"\b(?:{_alt(w.rsplit(' ', 1)[0] for w in lang['condition_sentence_cues'])})(?:,[^,]{{0,50}},)?\s+(?:on|upon)\b", re.I
        )
        self.recip_re = re.compile(rf"\b(?:{_alt(lang['reciprocity_cues'])})\b", re.I)
        self.hedge_re = re.compile(rf"(?:{_alt(lang['hedges_not_offers'])})\s*$", re.I)
        self.passthrough = re.compile(rf"(?:{_alt(lang['subject_passthrough_nouns'])})", re.I)
        self.role_re = re.compile(rf"(?:{_alt(lang['role_nouns'])})", re.I)
        self.titles_re = re.compile(rf"(?:{_alt(lang['titles'])})")
        self.nominal_offer = lang["nominal_offer_heads"]
        self.nominal_demand = lang["nominal_demand_heads"]
        self.found = _Found()
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
        return [m for m in self.res.mentions if start <= m.start and m.end <= end and self.res.is_actor(m.key)]

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
        g = re.sub(r"\b(?:[A-Z][\w-]*|of|the|for|on|and|to|its|his|her)\b", " ", g) if False else g
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
        for m in re.finditer(r";|:\s|\s[—–]\s|,\s(?:while|whereas|but|and|which|who)\s|\s(?:but|while|whereas)\s|\bthat\s", chunk):
            if re.match(r",\s(?:which|who)\s", m.group(0)) and "," in chunk[m.end() :]:
                continue  # a relative clause between commas: "X, who heads Y, said"
            cut = sent.start + m.end()
        return cut

    def agent(self, sent: Sentence, cue_start: int) -> list[str]:
        """The actor(s) doing the verb at ``cue_start``; empty when none is found."""
        start = self.clause_start(sent, cue_start)
        cands = [
            m for m in self.actors_in(start, cue_start)
            if not re.search(r",\s+(?:which|who)\s[^;]*$", self.text[start : m.start])  # "X, which ... Y, ..."
        ]
        strict = [m for m in cands if self._gap_ok(self.text[m.end : cue_start]) and "," not in self._unbracket(self.text[m.end : cue_start])]
        for m in reversed(strict or cands):
            gap = self.text[m.end : cue_start]
            appositive = self.cls(m.key) == "Person" and re.search(
                r"(?:['’]s?|\b(?:its|their|his|her|the))\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$", self.text[max(sent.start, m.start - 60) : m.start]
            )
            if not strict and not appositive and "," in self._unbracket(gap) and not re.search(
                r",\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|does|do|did)\b", gap
            ):
                continue  # "X, first floated in June,": a participle, not X's verb
            if self._gap_ok(gap):
                # "Jane Roe of the Oslo Institute told": the person speaks, not the institute.
                pm = [x for x in cands if x.end <= m.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[x.end : m.start]) and self.cls(x.key) == "Person"]
                if pm:
                    m = pm[-1]
                if self.cls(m.key) != "Person":
                    app = [x for x in cands if x.start > m.end and self.cls(x.key) == "Person"
                           and re.fullmatch(r"(?:['’]s)?[\w\s-]{0,40},\s+", self.text[m.end : x.start])
                           and re.match(r",\s", self.text[x.end : cue_start])]
                    if app:
                        m = app[0]
                if m.form == "demonym" and not re.match(r"\s+\w+", self.text[m.end : cue_start]):
                    continue
                group = self._coordinated(cands, m)
                found = _unique(g.key for g in group)
                self._sent_agent.setdefault(sent.start, found)
                if all(self.cls(k) in ("State", "Organisation") for k in found):
                    self.last_subject = (found, m.start)
                return found
        # "Inspections, Ryabkov said, would not resume ...": the inserted speaker acts.
        ins = re.search(r",\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|he|she)\s+(?:said|says|added|argued|insisted|warned),\s+(?:" + _AUX + r"\s+)*$", self.text[sent.start:cue_start])
        if ins:
            who = [x for x in self.actors_in(sent.start + ins.start(1), sent.start + ins.end(1))]
            if who:
                return [who[-1].key]
            if ins.group(1).lower() in _PERSON_PRONOUNS:
                return self._antecedent(sent.start + ins.start(1), ins.group(1).lower())
        # "X rejected A but is open to B": the second verb shares the first one's subject.
        if re.search(rf"(?:,?\s+(?:and|but|yet|while|then|and\s+then)\s+)(?:at\s+the\s+same\s+time\s+|in\s+turn\s+)?(?:{_AUX}\s+|not\s+)*$", self.text[sent.start:cue_start]):
            subj = self.sentence_subject(sent, cue_start) or self._sent_agent.get(sent.start, [])
            if subj:
                return list(subj)
        # "the document"/"the reply" -> its author; pronouns -> the latest fitting actor.
        head = self.text[start:cue_start]
        pm = re.search(rf"\b(he|she|it|they|{_alt(self.lang['document_nouns'])})\s+(?:{_AUX}\s+)*$", head, re.I)
        if pm is None:
            pp = re.search(rf"\b(its|their|his|her)\s+(?:{_alt(self.lang['subject_passthrough_nouns'])})\s+(?:{_AUX}\s+)*$", head, re.I)
            if pp:
                word = {"its": "it", "their": "they", "his": "he", "her": "she"}[pp.group(1).lower()]
                return self._antecedent(start + pp.start(), word)
        if pm and pm.group(1).lower() in ("it", "they"):
            sm = re.search(r"\b(?:said|says|told\s+\w+|added|insisted|warned|announced|stated)\s+(?:that\s+)?$", head[: pm.start()])
            if sm:
                for x in self.actors_in(self.clause_start(sent, start + sm.start()), start + sm.start()):
                    before_x = self.text[max(sent.start, x.start - 16) : x.start].lower()
                    if self.cls(x.key) in ("State", "Organisation") and not re.search(r"\b(?:by|of|in|with|to|from|at|for|on)\s+(?:the\s+)?$", before_x):
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
            if re.search(r"\b(?:of|in|with|to|by|from|at|for|on|about|against|near)\s+(?:the\s+)?$", before_text):
                continue
            if re.search(r"\b(?:which|who|whom|whose|that|where)\s+(?:[\w’'-]+\s+){0,4}$", self.text[max(sent.start, m.start - 40) : m.start]):
                continue  # inside a relative clause
            if verb.match(self.text, m.end) or verb.match(self.text[m.end : m.end + 60]):
                found = m
        if found is None:
            return []
        return _unique(g.key for g in self._coordinated(cands, found))

    def _antecedent(self, before: int, word: str) -> list[str]:
        prior = [m for m in self.res.mentions if m.end <= before and self.res.is_actor(m.key) and m.strong]
        if word in _PERSON_PRONOUNS:
            want = {"Person"}
            # The subject of this sentence or the one before, not a person inside a phrase ("with Putin").
            here = [x for x in self.sentences if x.start <= before]
            for sent in reversed(here[-2:]):
                for m in self.actors_in(sent.start, min(before, sent.end)):
                    if self.cls(m.key) != "Person":
                        continue
                    lead = self.text[max(sent.start, m.start - 16) : m.start].lower()
                    if re.search(r"\b(?:by|of|in|with|to|from|at|for|on|after|about|against|and)\s+(?:the\s+)?$", lead):
                        continue
                    return [m.key]
        elif word in _THING_PRONOUNS:
            want = {"State", "Organisation"}
            if self.last_subject and 0 <= before - self.last_subject[1] < 400:
                return list(self.last_subject[0])
        else:  # a document noun: the owner of the latest "X response"/"X document"
            for p in reversed(self.found.proposals):
                if p.span[1] <= before and re.search(rf"\b{re.escape(word)}\b", p.label, re.I) and p.proposers:
                    return list(p.proposers[:1])
            for m in reversed(prior):
                after = self.text[m.end : m.end + 20]
                if re.match(rf"(?:['’]s)?\s+(?:{_alt(self.lang['document_nouns'])}|responses?|replies)\b", after, re.I):
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
        while end > start and self.text[end - 1] in " ,:;.\"“”'’«»\xa0\n" + (")" if "(" not in self.text[start:end] else ""):
            end -= 1
        tail = re.search(r"\s+(?:and|or|but)$", self.text[start:end])
        if tail:
            return self._trim(start, start + tail.start())
        return start, end

    def label(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].replace("“", "").replace("”", "").replace("«", "").replace("»", "").split())

    def negated(self, sent: Sentence, pos: int) -> bool:
        before = self.text[max(sent.start, pos - 30) : pos].lower()
        return bool(re.search(r"\b(?:not|n't|never|no|neither|nor)\s+(?:\w+\s+){0,2}$", before)) or before.endswith("n't ")

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

    # -- affiliations ------------------------------------------------------------

    def find_affiliations(self) -> None:
        text = self.text
        # "the government" says too little to tie a person to a state.
        ments = [m for m in self.res.mentions if self.res.is_actor(m.key) and not (m.form == "anaphor" and self.cls(m.key) == "State")]
        people = [m for m in ments if self.cls(m.key) == "Person"]
        orgs = [m for m in ments if self.cls(m.key) in ("Organisation", "State")]
        seen: set[tuple[str, str]] = set()

        def add(person: Mention, org: Mention, role: str | None, span: tuple[int, int]) -> None:
            if (person.key, org.key) in seen or person.key == org.key:
                return
            seen.add((person.key, org.key))
            role = " ".join(role.split()).strip(" ,") if role else None
            self.found.affiliations.append(Affiliation(person.key, org.key, span, role or None))
            if self.cls(org.key) == "State":
                self.person_state.setdefault(person.key, org.key)
            else:
                st = self.res.entities[org.key].state
                if st and self.cls(st) == "State":
                    self.person_state.setdefault(person.key, st)

        for p in people:
            after = text[p.end : p.end + 160]
            # "X, a senior fellow at Y" / "X, Y consultant" / "X, the alliance's deputy chief"
            m = re.match(r",\s+(?:(?:a|an|the|its|now)\s+)?([^,.;“”\"]{0,80}?)(?:\s+(?:at|of|with|for|to|in)\s+(?:the\s+)?)?$", "")
            am = re.match(r",\s+(?:who\s+(?:heads|leads|runs|chairs|directs|works\s+for|works\s+at)\s+|(?:a|an|the|now)\s+)?([^,;.“”«»\"\n]{0,120})", after)
            if am:
                seg_start = p.end + am.start()
                heads = bool(re.match(r",\s+who\s", after))
                seg_end = p.end + am.end(1)
                inside = [o for o in orgs if seg_start <= o.start and o.end <= seg_end]
                if inside:
                    o = inside[-1]
                    pre = text[seg_start : o.start]
                    post = text[o.end : seg_end]
                    role_m = self.role_re.search(pre) or self.role_re.search(post)
                    if heads and not role_m:
                        add(p, o, "head", (p.start, o.end))
                        continue
                    if role_m and re.match(r"\s+(?:[\w-]+\s+){0,2}?" + re.escape(role_m.group(0)), post):
                        add(p, o, role_m.group(0), (p.start, o.end))
                        continue
                    owner_ok = re.search(r"(?:\bat|\bof|\bwith|\bfor|\bto|\bheads|\bleads|\bruns|\bchairs)\s+(?:the\s+)?(?:\w+\s+){0,6}$", pre) or re.match(r"\s*['’]s\b", post) or pre.strip() == "" or re.match(r"^\s+\w", post) and not pre.strip()
                    if role_m and owner_ok and not re.search(r"\bwho\s+(?:told|said)", pre):
                        add(p, o, role_m.group(0), (p.start, o.end))
                        continue
            # "X of the Y Institute"
            om = re.match(r"\s+of\s+(?:the\s+)?", after)
            if om:
                nxt = [o for o in orgs if o.start == p.end + om.end()]
                if nxt and self.cls(nxt[0].key) == "Organisation":
                    add(p, nxt[0], None, (p.start, nxt[0].end))
                    continue
            # "X's piece at Kommersant"
            wm = re.match(r"['’]s\s+(?:piece|article|column|report|op-ed|story|analysis)\s+(?:at|in|for)\s+(?:the\s+)?", after)
            if wm:
                nxt = [o for o in orgs if o.start == p.end + wm.end()]
                if nxt:
                    add(p, nxt[0], "writer", (p.start, nxt[0].end))
                    continue
            # "Hezbollah's leader, X," / "Its irrigation minister, X,"
            pm = re.search(r"(?:(['’]s?)|\b(its|their))\s+((?:[\w-]+\s+){0,3}?)([\w-]+),\s+$", text[max(0, p.start - 80) : p.start])
            if pm and self.role_re.fullmatch(((pm.group(3) or "") + pm.group(4)).strip()) or (pm and self.role_re.fullmatch(pm.group(4))):
                pos = max(0, p.start - 80) + pm.start()
                owner = None
                if pm.group(1):
                    owners = [o for o in ments if o.end == pos and o.key != p.key]
                    owner = owners[-1] if owners else None
                else:
                    keys = self._antecedent(pos, "it")
                    owner = Mention(pos, pos, keys[0], "pronoun") if keys else None
                if owner is not None and self.cls(owner.key) in ("State", "Organisation"):
                    add(p, owner, ((pm.group(3) or "") + pm.group(4)).strip(), (pos, p.end))
                    continue
            # "<Org> spokesperson X", "<State>'s President X", "the IAEA's X", "Russian President X"
            before = text[max(0, p.start - 90) : p.start]
            for o in reversed([o for o in ments if o.end <= p.start and p.start - o.end <= 90 and o.key != p.key]):
                gap = text[o.end : p.start]
                gm = re.fullmatch(r"(?:['’]s)?\s+((?:[\w-]+\s+){0,4}?)", gap)
                if not gm or "," in gap or "\n" in gap:
                    continue
                words = gm.group(1).strip()
                if self.cls(o.key) == "Person":
                    break
                if not words or self.role_re.fullmatch(words) or self.titles_re.fullmatch(words) or self.role_re.search(words) or self.titles_re.search(words):
                    if o.form == "demonym" or self.cls(o.key) in ("State", "Organisation"):
                        add(p, o, words or None, (o.start, p.end))
                break
            del before
        # "<Org>, led by General X" / "commanded by X"
        for o in orgs:
            after = text[o.end : o.end + 80]
            lm = re.match(r"(?:\s*\([^)]*\))?,?\s+(?:led|commanded|headed|chaired|run)\s+by\s+(?:\w+\s+){0,2}?", after)
            if lm:
                nxt = [p for p in people if o.end < p.start <= o.end + lm.end() + 30]
                if nxt:
                    add(nxt[0], o, "leader", (o.start, nxt[0].end))
        # Lexicon people keep the state they hold office in: not an attribution (the text
        # must say whom they speak for), but it tells who their counterpart is.
        for p in people:
            e = self.lex.entries.get(p.key)
            if e and e.state and e.state in self.res.entities:
                self.person_home.setdefault(p.key, e.state)

    # -- proposals -------------------------------------------------------------

    def find_proposals(self) -> None:
        last_proposers: list[str] = []
        pending: dict[int, tuple[str, list[str], list[str]]] = {}
        cond_lead: dict[int, int] = {}
        for idx, sent in enumerate(self.sentences):
            text = self.text
            quotes = quote_spans(text, sent.start, sent.end)
            cues = []
            for kind, rx in (("offer", self.offer_re), ("demand", self.demand_re)):
                for m in rx.finditer(text, sent.start, sent.end):
                    cues.append((m.start(), m.end(), kind))
            for m in re.finditer(r"\b(?:will|would|could)\s+not\s+(?=[a-z])", text[sent.start : sent.end]):
                if re.search(r"\bunless\b", text[sent.start + m.end() : sent.end]):
                    cues.append((sent.start + m.start(), sent.start + m.end(), "offer"))
            for m in re.finditer(r"\b(?:paper|document|letter|draft|note|plan|text)\s+(proposing|suggesting|offering|demanding|calling for)(?:\s+that)?\s+", text[sent.start : sent.end]):
                who = self.actors_in(self.clause_start(sent, sent.start + m.start()), sent.start + m.start())
                if who:
                    a, b = self._trim(sent.start + m.end(), self.clause_end(sent.start + m.end(), sent.end))
                    kind = "demand" if m.group(1) == "demanding" else "offer"
                    self.found.proposals.append(Proposal(self.label(a, b), (a, b), kind, (who[0].key,), tuple(self.counterpart([who[0].key])), (), (), False))  # type: ignore[arg-type]
            cues.sort()
            # Drop cues nested in a longer one.
            cues = [c for c in cues if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cues)]
            made_here: list[Proposal] = []
            for n, (cs, ce, kind) in enumerate(cues):
                cue = text[cs:ce].lower()
                neg_conditional = bool(re.fullmatch(r"(?:will|would|could)\s+not\s+", cue))
                if not neg_conditional and (self.hedge_re.search(text[sent.start : ce]) or self.negated(sent, cs)):
                    continue
                if any(qs <= cs < qe for qs, qe in quotes) and not re.search(r"\bI\s+(?:would\s+)?$", text[max(sent.start, cs - 10) : cs]):
                    continue
                # Nouns ("Moscow's demands", "the demand that") are not verbs.
                if re.search(rf"(?:['’]s|\b{_DET}|\bkey|\bnew|\bits)\s+$", text[max(0, cs - 12) : cs], re.I) and cue.split()[0] in ("demands", "demand", "offer", "offers", "call", "proposals", "wants"):
                    continue
                proposers = self.agent(sent, cs)
                if not proposers:
                    continue
                nxt = cues[n + 1][0] if n + 1 < len(cues) else sent.end
                obj_start = ce
                if neg_conditional:
                    obj_start = ce
                elif re.match(r"(?:will|would|could)\s+(?!(?:\w+\s+)?(?:consider|suggest))", cue):
                    obj_start = cs + len(cue.split()[0])
                addressees: list[str] = []
                # "urged Pristina to", "called on the OSCE to"
                am = re.match(r"\s+((?:the\s+)?[^,.;]{1,60}?)\s+(?:to|that)\s", text[ce:nxt])
                if am and (kind == "demand" or cue in ("invited", "asked")):
                    inside = self.actors_in(ce, ce + am.end(1) + 1)
                    span_text = self.text[ce:ce + am.end(1)]
                    if inside and re.fullmatch(r"\s*(?:the\s+)?", self.text[ce:inside[0].start]) and inside[-1].end >= ce + am.end(1) - 1 and not re.search(r"\b(?:of|with|from|in)\b", span_text):
                        addressees = _unique(m.key for m in inside)
                        obj_start = ce + am.end(1)
                obj_end = min(self.clause_end(obj_start, sent.end), nxt if nxt > obj_start else sent.end)
                # a following condition marker ends the object
                conds, cut = self.conditions(sent, obj_start, obj_end if obj_end < sent.end else sent.end, limit=nxt if nxt > obj_start else None)
                if cut is not None:
                    obj_end = min(obj_end, cut)
                rel = re.search(r"\b(?:that|which)\s+(?:[\w.’'-]+,?\s+){1,12}(?:has\s+|had\s+|have\s+)?$", text[sent.start:cs])
                if rel and len(self._unbracket(text[sent.start + rel.end(0) - 1 : cs]).split()) <= 4 and self.actors_in(sent.start + rel.start(), cs) and re.match(
                    r"\s*(?:$|,|\.|at\b|in\b|on\b|last\b|this\b|earlier\b|during\b|again\b|first\b)", text[ce:ce + 8]
                ):
                    ts = self.clause_start(sent, sent.start + rel.start() - 1)
                    obj_start, obj_end = ts, sent.start + rel.start()
                if re.match(r"\s*(?:little|nothing|no\s|none\b)", text[obj_start:obj_end]):
                    continue
                # "insists it cannot be held responsible": a claim, not a demand
                if kind == "demand" and re.match(r"(?:\s+that)?\s+(?:it|they|he|she|we)\s+(?:cannot|can\s+not|is\s+not|was\s+not|has\s+not|had\s+not|does\s+not|did\s+not|never)\b", text[ce:ce + 40]):
                    continue
                items = self.split_items(obj_start, obj_end)
                # "wants Kabul to:" - the items below say what
                if text[sent.end - 1] == ":" and items and re.fullmatch(
                    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:to|that)", text[items[0][0]:sent.end].strip(" :")
                ):
                    who = self.actors_in(items[0][0], sent.end)
                    pending[idx] = (kind, proposers, [w.key for w in who] or self.counterpart(proposers))
                    continue
                if text[sent.end - 1] == ":" and (not items or re.fullmatch(r"(?:to|that|for|on|:|\s)*", text[obj_start : sent.end].strip(" :"))):
                    pending[idx] = (kind, proposers, addressees or self.counterpart(proposers))
                    continue
                if cue.startswith("wants guarantees") or "guarantee" in cue:
                    items = [(cs + len(cue.split()[0]) + 1, items[-1][1])] if items else items
                if not items:
                    continue
                if "that" in cue.split()[-1:] or re.match(r"\s+that\s", text[ce : ce + 6]):
                    inner = self.agent_of_clause(obj_start, obj_end)
                    if inner and not addressees and kind == "demand":
                        addressees = inner
                if not addressees:
                    wm = re.search(r"\bwith\s+(?:the\s+)?", text[obj_start:obj_end])
                    if wm:
                        inside = self.actors_in(obj_start + wm.end(), obj_start + wm.end() + 30)
                        addressees = _unique(m.key for m in inside[:1])
                if not addressees:
                    addressees = self.counterpart(proposers)
                reciprocal = bool(self.recip_re.search(text, sent.start, sent.end))
                for a, b in items:
                    for c in conds:
                        if not c.requires:
                            object.__setattr__(c, "requires", tuple(addressees[:1]))
                    label = self.label(a, b)
                    if len(label) < 4:
                        continue
                    concerns = _unique(m.key for m in self.res.mentions if a <= m.start and m.end <= b and m.key not in proposers and m.key not in addressees)
                    p = Proposal(label, (a, b), kind, tuple(self.with_states(proposers)), tuple(addressees), tuple(concerns), tuple(conds), reciprocal)
                    made_here.append(p)
            # Bullet items continuing "... conditional on X taking steps:": more conditions.
            if sent.in_list and sent.lead in cond_lead and not made_here:
                pi = cond_lead[sent.lead]
                p = self.found.proposals[pi]
                a, b = self._trim(sent.start, sent.end)
                lead_req = p.conditions[-1].requires if p.conditions else tuple(p.addressees[:1])
                gerund = re.match(r"[a-z]+ing\b", self.text[a:b])
                req = lead_req if gerund else (self.condition_agent(a, b) or lead_req)
                cond = Condition(self.label(a, b), (a, b), tuple(req))
                self.found.proposals[pi] = Proposal(p.label, p.span, p.kind, p.proposers, p.addressees, p.concerns,
                                                    p.conditions + (cond,), p.reciprocal)
                continue
            # Bullet items continuing a lead-in with a cue and no object ("X proposed:").
            if not made_here and sent.in_list and sent.lead in pending:
                made_here = self.lead_items(sent, *pending[sent.lead])
            if not made_here:
                made_here = self.passive_proposals(sent)
            made_here += self.conditional_on(sent, made_here)
            made_here += self.nominal_conditional(sent, made_here)
            made_here += self.reported_commitments(sent, made_here)
            if text[sent.end - 1] == ":" and idx not in pending and not made_here:
                lead = self.nominal_lead(sent)
                if lead:
                    pending[idx] = lead
            self.found.proposals.extend(made_here)
            if made_here and text[sent.end - 1] == ":" and made_here[-1].conditions and made_here[-1].conditions[-1].span[1] >= sent.end - 2:
                cond_lead[idx] = len(self.found.proposals) - 1
            if made_here:
                last_proposers = list(made_here[-1].proposers)
            self.nominal_proposals(sent)
            # A condition stated on its own governs the proposals before it.
            if not made_here and last_proposers:
                self.standalone_condition(sent, last_proposers)

    def _proposals_from(
        self, sent: Sentence, start: int, end: int, kind: str, proposers: list[str], addressees: list[str]
    ) -> list[Proposal]:
        """Proposals read from an object span: its conditions, reciprocity and what it concerns."""
        conds, cut = self.conditions(sent, start, end)
        obj_end = min(end, cut) if cut is not None else end
        a, b = self._trim(start, obj_end)
        label = self.label(a, b)
        if len(label) < 4:
            return []
        for c in conds:
            if not c.requires:
                object.__setattr__(c, "requires", tuple(addressees[:1]))
        concerns = _unique(
            m.key for m in self.res.mentions if a <= m.start and m.end <= b and m.key not in proposers and m.key not in addressees
        )
        reciprocal = bool(self.recip_re.search(self.text, a, b))
        return [Proposal(label, (a, b), kind, tuple(self.with_states(proposers)), tuple(addressees),  # type: ignore[arg-type]
                         tuple(concerns), tuple(conds), reciprocal)]

    def nominal_lead(self, sent: Sentence) -> tuple[str, list[str], list[str]] | None:
        """"Beijing's counter-proposal has three parts:", "Moscow's demands are:": who the items belong to."""
        heads = _alt(self.nominal_offer + self.nominal_demand)
        for owner in self.actors_in(sent.start, sent.end):
            nm = re.match(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?({heads})\b", self.text[owner.end : owner.end + 50], re.I)
            if nm:
                kind = "demand" if nm.group(1).lower() in self.nominal_demand else "offer"
                return kind, [owner.key], self.counterpart([owner.key])
        return None

    def conditional_on(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """"X has made A conditional on B": A is proposed by X, on condition B."""
        out: list[Proposal] = []
        text = self.text
        for m in re.finditer(r"\bmade\s+(.{3,160}?)\s+(?:conditional|contingent|dependent)\s+(?:on|upon)\s+", text[sent.start : sent.end]):
            ms = sent.start + m.start()
            if any(p.span[0] <= ms < p.span[1] for p in made):
                continue
            aux = re.search(r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", text[sent.start:ms])
            proposers = self.agent(sent, sent.start + aux.start() if aux else ms)
            if not proposers:
                continue
            a, b = self._trim(sent.start + m.start(1), sent.start + m.end(1))
            cs = sent.start + m.end()
            ce = self.clause_end(cs, sent.end)
            ca, cb = self._trim(cs, ce)
            if cb - ca < 3 or b - a < 3:
                continue
            addressees = self.counterpart(proposers)
            requires = self.condition_agent(ca, cb) or addressees[:1]
            cond = Condition(f"conditional on {self.label(ca, cb)}", (sent.start + m.end(1), cb), tuple(requires))
            concerns = _unique(x.key for x in self.res.mentions if a <= x.start and x.end <= b and x.key not in proposers)
            out.append(Proposal(self.label(a, b), (a, b), "offer", tuple(self.with_states(proposers)), tuple(addressees),
                                tuple(concerns), (cond,), bool(self.recip_re.search(text, a, b))))
        return out

    def nominal_conditional(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """"Addis Ababa's offer, which would ..., was conditional on Y": the owner offers, on condition Y."""
        out: list[Proposal] = []
        text = self.text
        heads = _alt(self.nominal_offer + self.nominal_demand)
        m = re.search(r"\b(?:was|is|were|are|remains|remained)\s+(?:made\s+)?(?:conditional|contingent|dependent)\s+(?:on|upon)\s+", text[sent.start : sent.end])
        if not m:
            return out
        ms = sent.start + m.start()
        for owner in self.actors_in(self.clause_start(sent, ms), ms):
            nm = re.match(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?({heads})\b", text[owner.end : owner.end + 40], re.I)
            if not nm or any(p.span[0] <= owner.start < p.span[1] for p in made):
                continue
            a, b = self._trim(owner.end + nm.start(1), ms)
            cs = sent.start + m.end()
            ca, cb = self._trim(cs, self.clause_end(cs, sent.end))
            if cb - ca < 3:
                break
            proposers = [owner.key]
            addressees = self.counterpart(proposers)
            requires = self.condition_agent(ca, cb) or addressees[:1]
            kind = "demand" if nm.group(1).lower() in self.nominal_demand else "offer"
            cond = Condition(f"conditional on {self.label(ca, cb)}", (ms, cb), tuple(requires))
            out.append(Proposal(self.label(a, b), (a, b), kind, tuple(proposers), tuple(addressees), (), (cond,),  # type: ignore[arg-type]
                                bool(self.recip_re.search(text, a, b))))
            break
        return out

    def reported_commitments(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """"X said Tokyo would lift ...", "In return, Seoul would withdraw ...", "under which X will ..."."""
        out: list[Proposal] = []
        text = self.text
        stance_words = {w.split()[0] for w in self.lang["reject_cues"] + self.lang["support_cues"]}
        subjects: list[tuple[int, int, list[str], str]] = [
            (m.start, m.end, [m.key], m.form) for m in self.actors_in(sent.start, sent.end)
        ]
        # "said it would keep ...": the pronoun is whoever said it.
        for pm in re.finditer(r"\b(it|they)\b(?=\s+(?:also\s+)?(?:will|would)\b)", text[sent.start : sent.end]):
            ps = sent.start + pm.start()
            keys: list[str] = []
            sm = re.search(r"\b(?:said|says|told\s+\w+|added|announced)\s+(?:that\s+)?$", text[sent.start:ps])
            if sm:
                for x in self.actors_in(self.clause_start(sent, sent.start + sm.start()), sent.start + sm.start()):
                    lead_x = text[max(sent.start, x.start - 16) : x.start].lower()
                    if self.cls(x.key) in ("State", "Organisation") and not re.search(r"\b(?:by|of|in|with|to|from|at|for|on)\s+(?:the\s+)?$", lead_x):
                        keys = [x.key]
                        break
            if keys:
                subjects.append((ps, sent.start + pm.end(), keys, "pronoun"))
        subjects.sort()
        for s_start, s_end, keys, form in subjects:
            vm = re.match(r"(?:\s+(?:also|then|in\s+turn|now))?\s+(will|would)\s+(?:also\s+|then\s+|now\s+)?(?!be\b|have\b|not\b|need\b|face\b|likely\b|probably\b)([a-z]+)\b", text[s_end : s_end + 40])
            if not vm or form == "demonym":
                continue
            vs = s_end + vm.start(2)
            end = self.clause_end(vs, sent.end)
            if vm.group(2) in stance_words and not self.cond_re.search(text, vs, end):
                continue  # "would back it only after ...": conditional support is an offer
            lead = text[sent.start : s_start]
            if not re.search(
                r"(?:\b(?:said|says|told\s+[\w\s]{0,30}?|announced|confirmed|agreed|wrote|added|insisted)(?:\s+[^.;“”]{0,50}?\s+that)?\s+(?:the\s+)?"
                r"|\b(?:under\s+which|whereby)\s+(?:the\s+)?|^\s*(?:In\s+return|In\s+exchange|In\s+turn),?\s+(?:the\s+)?"
                r"|(?:,|;)\s+and\s+(?:the\s+)?" + (r"|\s+and\s+(?:the\s+)?" if out else "") + r")$",
                lead,
            ):
                continue
            if any(p.span[0] <= vs < p.span[1] for p in made + out + self.found.proposals):
                continue
            nxt = re.search(r",?\s+and\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:will|would)\b)", text[vs:end])
            if nxt:
                end = vs + nxt.start()
            if form == "pair":
                keys = [m.key for m in self.res.mentions if m.start == s_start]
            out.extend(self._proposals_from(sent, vs, end, "offer", keys, self.counterpart(keys)))
        return out

    def lead_items(self, sent: Sentence, kind: str, proposers: list[str], addressees: list[str]) -> list[Proposal]:
        """A bullet item continuing "The plan envisages:": each dash-separated part is a proposal."""
        out: list[Proposal] = []
        start = sent.start
        for m in [*re.finditer(r"\s[—–]\s|;\s", self.text[sent.start : sent.end]), None]:
            end = sent.start + m.start() if m else sent.end
            seg_start = start
            lead = re.match(r"(?:in\s+(?:a|the)\s+\w+\s+(?:stage|phase|step),?\s+|with\s+)", self.text[seg_start:end], re.I)
            if lead:
                seg_start += lead.end()
            out.extend(self._proposals_from(sent, seg_start, end, kind, proposers, addressees))
            if m:
                start = sent.start + m.end()
        return out

    def passive_proposals(self, sent: Sentence) -> list[Proposal]:
        """"A freeze on X was proposed by Y": the subject is the proposal, Y the proposer."""
        out: list[Proposal] = []
        text = self.text
        rx = r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(proposed|suggested|offered|put\s+forward|floated|tabled|demanded|requested)\s+by\s+"
        for m in re.finditer(rx, text[sent.start : sent.end]):
            ms, me = sent.start + m.start(), sent.start + m.end()
            np_end = re.search(r"[,;.(]|\s(?:in|on|at|during|last|this|but|who|which)\s", text[me : sent.end])
            np_end_pos = me + np_end.start() if np_end else sent.end
            agents = self.actors_in(me, np_end_pos)
            if not agents:
                continue
            people = [x for x in agents if self.cls(x.key) == "Person"]
            head = (people or agents)[-1]
            proposers = _unique(g.key for g in self._coordinated(agents, head)) if not people else [head.key]
            kind = "demand" if m.group(1) in ("demanded", "requested") else "offer"
            subj_start = self.clause_start(sent, ms)
            out.extend(self._proposals_from(sent, subj_start, ms, kind, proposers, self.counterpart(proposers)))
        return out

    def agent_of_clause(self, start: int, end: int) -> list[str]:
        inside = self.actors_in(start, min(end, start + 60))
        if inside and re.fullmatch(r"[\s\w]{0,12}", self.text[start : inside[0].start]):
            return [inside[0].key]
        return []

    def split_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """Coordinated objects: "to cap X and to ship Y"; "A, B, and C" (three or more)."""
        start, end = self._trim(start, end)
        lead = re.match(
            r"(?:(?:again|also|once\s+more|formally|publicly|jointly|on\s+\w+day|this\s+week|last\s+week|earlier|later|today|yesterday)[\s,]+)+",
            self.text[start:end],
        )
        if lead and lead.end() < end - start:
            start += lead.end()
        if end <= start:
            return []
        seg = self.text[start:end]
        parts: list[tuple[int, int]] = []
        inf = [m for m in re.finditer(r",?\s+and\s+(?:to|will|would)\s+", seg)]
        if inf:
            s = 0
            for m in inf:
                parts.append((start + s, start + m.start()))
                s = m.end()
            parts.append((start + s, end))
            return [self._trim(a, b) for a, b in parts if b > a]
        depth = 0
        commas = []
        for i, c in enumerate(seg):
            if c in "(“«":
                depth += 1
            elif c in ")”»":
                depth = max(0, depth - 1)
            elif c == "," and depth == 0:
                commas.append(i)
        pieces = []
        s = 0
        for i in commas:
            pieces.append((s, i))
            s = i + 1
        pieces.append((s, len(seg)))
        merged: list[list[int]] = []
        for a, b in pieces:
            body = seg[a:b].strip()
            if merged and re.match(r"(?:including|such as|notably|especially|in particular|which|who|that|as well|with|where|when|from|to|for|in|on|at|by|of|both|each|\d)", body) and not body.startswith(("and ", "or ")):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        if len(merged) >= 3 and re.match(r"\s*(?:and|or)\s", seg[merged[-1][0] : merged[-1][1]]):
            out = []
            for k, (a, b) in enumerate(merged):
                aa = a
                body = seg[a:b]
                lm = re.match(r"\s*(?:and|or)\s+", body)
                if lm:
                    aa = a + lm.end()
                out.append(self._trim(start + aa, start + b))
            return out
        return [(start, end)]

    def nominal_proposals(self, sent: Sentence) -> None:
        """"a proposal by Oslo to ...", "a Chilean request to ...", "Peruvian demands for ..."."""
        text = self.text
        heads = _alt(self.nominal_offer + self.nominal_demand)
        for m in re.finditer(rf"\b({heads})\s+by\s+", text[sent.start : sent.end]):
            s = sent.start + m.end()
            by = [x for x in self.actors_in(s, s + 60) if x.start == s or text[s : x.start].strip() in ("the",)]
            if not by:
                continue
            comp = re.match(r"\s+(?:to|for|that|on)\s+", text[by[0].end : by[0].end + 8])
            if not comp:
                continue
            a = sent.start + m.start()
            b = self.clause_end(by[0].end + comp.end(), sent.end)
            kind = "demand" if m.group(1).lower() in self.nominal_demand else "offer"
            lab = f"{m.group(1)} {self.label(by[0].end + comp.start(), b).strip()}"
            self._add_nominal(lab, (a, b), kind, [by[0].key])
        for owner in self.actors_in(sent.start, sent.end):
            after = text[owner.end : owner.end + 60]
            nm = re.match(rf"(?:['’]s)?\s+(?:(?:key|new|own|latest|main|original|formal|written|\w+-\w+)\s+)?({heads})\s+(to|for|that)\s+", after, re.I)
            if not nm:
                continue
            if owner.form not in ("demonym", "name", "capital", "building", "demonym_actor"):
                continue
            a = owner.start
            b = self.clause_end(owner.end + nm.end(), sent.end)
            kind = "demand" if nm.group(1).lower() in self.nominal_demand else "offer"
            lab = self.label(owner.end + nm.start(1), b)
            self._add_nominal(lab, (owner.end + nm.start(1), b), kind, [owner.key])

    def _add_nominal(self, label: str, span: tuple[int, int], kind: str, by: list[str]) -> None:
        if any(p.span[0] <= span[0] < p.span[1] for p in self.found.proposals):
            return
        self.found.proposals.append(Proposal(label, span, kind, tuple(by), tuple(self.counterpart(by)), (), (), False))  # type: ignore[arg-type]

    def conditions(self, sent: Sentence, start: int, end: int, limit: int | None = None) -> tuple[list[Condition], int | None]:
        """Conditions attached by markers after ``start`` (up to ``limit``); and where the first one begins."""
        out: list[Condition] = []
        first = None
        for m in self.cond_re.finditer(self.text, start, limit or sent.end):
            before = self.text[max(0, m.start() - 30) : m.end() + 20].lower()
            if any(x in before for x in self.lang["not_condition_after"]):
                continue
            marker = m.group(0).lower()
            if marker == "once" and not re.match(r"\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s+(?:has|have|is|are|was|were|judge|judges|agree|agrees|[a-z]+s)\b", self.text[m.end() : m.end() + 60]):
                continue
            if marker == "if" and re.match(r"\s+(?:any|not|only)\b", self.text[m.end() : m.end() + 6]):
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
            for jm in re.finditer(r",?\s+and\s+(?=not\s+[a-z]+ing\s|(?:[a-z]+(?<!s)s|[a-z]+ed)\s+(?:the|a|an|its|their|his|her|over|back|up|out|down|off|to|on)\b)", self.text[a:b]):
                parts.append(a + jm.start())
                parts.append(a + jm.end())
            parts.append(b)
            requires = self.condition_agent(a, b)
            for k in range(0, len(parts), 2):
                pa, pb = self._trim(parts[k], parts[k + 1])
                if pb - pa < 3:
                    continue
                req = self.condition_agent(pa, pb) or requires
                out.append(Condition(f"{marker} {self.label(pa, pb)}", (m.start() if k == 0 else pa, pb), tuple(req), marker in self.negated_markers))
        return out, first

    def condition_agent(self, start: int, end: int) -> list[str]:
        for m in self.actors_in(start, end):
            before = self.text[max(start, m.start - 12) : m.start].lower()
            if re.search(r"\b(?:with|of|on|against|from|in|to|for|near|toward|towards|into|about)\s+(?:the\s+)?$", before):
                continue
            if m.form == "demonym":
                continue
            return _unique([m.key] + ([self.person_state[m.key]] if m.key in self.person_state else []))[:1]
        return []

    def standalone_condition(self, sent: Sentence, proposers: list[str]) -> None:
        text = self.text
        m = self.cond_sentence_re.search(text, sent.start, sent.end)
        if m and re.match(rf"\s*[“\"]?\s*(?:{_alt(self.lang['condition_subject_openers'])})\b", text[sent.start : m.start()], re.I):
            return
        marker = None
        if m is None:
            m = self.cond_re.search(text, sent.start, sent.end)
            if m is None or m.group(0).lower() in ("if", "once", "as soon as") or any(x in text[sent.start : sent.end].lower() for x in self.lang["not_condition_after"]):
                return
            lead = text[sent.start : m.start()]
            if not (len(lead.split()) <= 1 or re.search(r"[:“\"]\s*$", lead)):
                return
            # Only a sentence that is about the condition itself.
            if self.offer_re.search(text, sent.start, sent.end) or self.demand_re.search(text, sent.start, sent.end):
                return
            marker = m.group(0).lower()
        a, b = self._trim(m.end(), self.clause_end(m.end(), sent.end))
        if b - a < 3:
            return
        requires = self.condition_agent(a, b)
        label = f"{marker or 'depends on'} {self.label(a, b)}"
        targets = [p for p in self.found.proposals if set(p.proposers) & set(proposers) and p.span[0] < sent.start]
        if not targets:
            return
        new = []
        for p in self.found.proposals:
            if p in targets:
                req = tuple(requires) or p.addressees[:1]
                cond = Condition(label, (m.start(), b), req, marker in self.negated_markers)
                p = Proposal(p.label, p.span, p.kind, p.proposers, p.addressees, p.concerns, p.conditions + (cond,), p.reciprocal)
            new.append(p)
        self.found.proposals = new

    # -- stances ---------------------------------------------------------------

    def find_stances(self) -> None:
        text = self.text
        for sent in self.sentences:
            quotes = quote_spans(text, sent.start, sent.end)
            for kind, rx in (("rejects", self.reject_re), ("supports", self.support_re)):
                for m in rx.finditer(text, sent.start, sent.end):
                    cs, ce = m.start(), m.end()
                    cue = m.group(0).lower()
                    stance = kind
                    if self.negated(sent, cs) or re.search(r"\bno\s+(?:intent|intention|plan|plans|desire)\s+to\s+$", text[max(0, cs - 30) : cs]):
                        if cue in self.lang["reject_support_flip"] or re.search(r"\brefuse[sd]?\s+to\s+$", text[max(0, cs - 12) : cs]) or (
                            kind == "supports" and re.match(r"(?:accept|approve|support)", cue)
                        ):
                            stance = "supports" if kind == "rejects" else "rejects"
                        else:
                            continue
                    elif cue in self.lang["reject_support_flip"]:
                        continue
                    if self.cond_re.search(text[self.clause_start(sent, cs) : cs]):
                        continue
                    rf_m = re.search(r"\brefuse[sd]?\s+to\s+$", text[max(0, cs - 12) : cs])
                    if rf_m and kind == "supports":
                        if not self.negated(sent, max(0, cs - 12) + rf_m.start()):
                            stance = "rejects"
                    # passive: "was backed by X", "has been rejected by the army"
                    pm = re.match(r"\s+by\s+(?:the\s+)?", text[ce : ce + 10])
                    if pm and re.search(r"\b(?:was|were|is|are|been|be)\s+$", text[max(0, cs - 12) : cs]):
                        holders = [x for x in self.actors_in(ce + pm.end(), ce + pm.end() + 60) if x.start - (ce + pm.end()) <= 4][:1]
                        if not holders:
                            continue
                        tstart = self.clause_start(sent, cs)
                        a, b = self._trim(tstart, re.search(r"\s+(?:has\s+been|have\s+been|was|were|is|are)\s+$", text[tstart:cs]).start() + tstart if re.search(r"\s+(?:has\s+been|have\s+been|was|were|is|are)\s+$", text[tstart:cs]) else cs)
                        self._stance(_unique(h.key for h in holders), stance, a, b, sent)
                        continue
                    if kind == "rejects" and cue in ("turned", "brushed", "waved", "pushed", "shot", "knocked"):
                        dm = re.match(r"\s+((?:[\w’'-]+\s+){0,8}?)(?:down|aside|off|away|back)\b", text[ce : ce + 80])
                        if not dm:
                            continue
                        holders = self.agent(sent, cs)
                        a, b = self._trim(ce, ce + dm.start(1) + len(dm.group(1)))
                        if holders:
                            self._stance(holders, stance, a, b, sent)
                        continue
                    # "shows no intent to abandon", "does not refuse to support": the agent governs the infinitive
                    apos = cs
                    im = re.search(r"(?:\b(?:does|do|did|has|have|had|is|was|will|would)\s+)?(?:not\s+)?\b\w+\s+(?:(?:no|any)\s+\w+\s+)?to\s+$", text[max(sent.start, cs - 40) : cs])
                    if im:
                        apos = max(sent.start, cs - 40) + im.start()
                    holders = self.agent(sent, apos)
                    in_quote = [q for q in quotes if q[0] <= cs < q[1]]
                    if in_quote and not any(in_quote[0][0] <= x.start for x in self.actors_in(in_quote[0][0], cs)):
                        continue
                    if not holders:
                        sm = None
                        for sm in re.finditer(r"\b(?:said|says|told\s+\w+|warned|argued|added|insisted)\s+(?:that\s+)?", text[sent.start:cs]):
                            pass
                        if sm is not None:
                            holders = [k for k in self.agent(sent, sent.start + sm.start()) if self.cls(k) == "Person"]
                    if not holders and re.search(r",\s+$", text[max(sent.start, cs - 3) : cs]) and cue.endswith("ing"):
                        first = self.actors_in(sent.start, min(cs, sent.start + 60))
                        holders = [first[0].key] if first else []
                    if "it" in cue.split() or "that" in cue.split():
                        if holders:
                            self._stance(holders, stance, cs, cs, sent, pronoun=True)
                        continue
                    rel_rx = r"(?:\bwhich|(?<!said )(?<!demanded )(?<!insisted )(?<!says )(?<!demands )(?<!insists )(?<!urged )(?<!proposed )(?<!suggested )\bthat)\s+(?:[^;“”]{0,100})$"
                    if holders and re.search(rel_rx, text[sent.start : cs]) and re.fullmatch(r"[\s,.;]*", text[ce : self.clause_end(ce, sent.end)][:3] or " "):
                        rm = re.search(rel_rx, text[sent.start : cs])
                        tgt_end = sent.start + rm.start()
                        ts = self.clause_start(sent, tgt_end - 1)
                        a, b = self._trim(ts, tgt_end)
                        self._stance(holders, stance, a, b, sent)
                        continue
                    if not holders:
                        # object relative: "which the leaders of France and Germany endorsed"
                        rm = re.search(r"\b(?:which|that)\s+([^,;]{0,80})$", text[sent.start:cs])
                        if rm:
                            hs = self.actors_in(sent.start + rm.start(1), cs)
                            if hs:
                                tgt_end = sent.start + rm.start()
                                ts = self.clause_start(sent, tgt_end - 1)
                                a, b = self._trim(ts, tgt_end)
                                self._stance(_unique(h.key for h in hs), stance, a, b, sent)
                        continue
                    end = self.clause_end(ce, sent.end)
                    cm = self.cond_re.search(text, ce, end)
                    if cm:
                        end = cm.start()
                    for rx2 in (self.offer_re, self.demand_re, self.reject_re, self.support_re, self.speech_re):
                        nm = rx2.search(text, ce, end)
                        if nm and re.search(r"(?:,\s*|\s)and\s+$", text[max(ce, nm.start() - 6) : nm.start()]):
                            end = min(end, nm.start() - len(re.search(r"(?:,\s*|\s)and\s+$", text[max(ce, nm.start() - 6) : nm.start()]).group(0)))
                    om = re.search(r",\s+(?:saying|calling|describing|arguing|adding|as(?!\s+(?:did|do|does|has|have)\b)|because)\b", text[ce:end])
                    if om:
                        end = ce + om.start()
                    a, b = self._trim(ce, end)
                    a = a + (len(re.match(r"(?:to\s+)?", text[a:b]).group(0)))
                    if b - a < 2:
                        if not text[ce:sent.end].strip(" .") and not self.negated(sent, cs):
                            self._stance(holders, stance, cs, cs, sent, pronoun=True)
                        continue
                    self._stance(holders, stance, a, b, sent)

    def _stance(self, holders: list[str], stance: str, a: int, b: int, sent: Sentence, pronoun: bool = False) -> None:
        ad = re.search(r",\s+as\s+(?:did|do|does|has|have)\s+", self.text[a:b])
        if ad:
            more = [m.key for m in self.actors_in(a + ad.end(), b)]
            b = a + ad.start()
            holders = _unique(list(holders) + more)
        obj = "it" if pronoun else self.text[a:b]
        target_idx = None
        if pronoun or re.fullmatch(
            rf"\s*(?:it|them|this|that|{_DET}\s+(?:offer|proposal|plan|idea|request|demand|suggestion|scheme|initiative))"
            r"(?:\s+(?:too|as\s+well|also|again|outright|in\s+full|immediately))?\s*", obj, re.I
        ):
            for i, p in enumerate(self.found.proposals):
                if p.span[0] < sent.end and not set(holders) & set(p.proposers):
                    target_idx = i
            if target_idx is None:
                return
            for h in self.with_states(holders):
                self.found.stances.append(Stance(h, stance, self.found.proposals[target_idx].label, (sent.start, sent.end), target_idx))  # type: ignore[arg-type]
            return
        # The object names a proposal found here (by its span), or refers back to one.
        for i, p in enumerate(self.found.proposals):
            if p.span[0] >= a and p.span[0] < b or (a >= p.span[0] and a < p.span[1]):
                target_idx = i
        if target_idx is None and _ANAPHORIC_TARGET.match(obj.strip()):
            words = set(re.findall(r"[a-z]{4,}", obj.lower())) - {"that", "this", "these", "those", "plan", "proposal", "idea"}
            best = None
            for i, p in enumerate(self.found.proposals):
                if p.span[0] >= sent.start or set(holders) & set(p.proposers):
                    continue
                overlap = len(words & set(re.findall(r"[a-z]{4,}", p.label.lower())))
                if best is None or overlap >= best[0]:
                    best = (overlap, i)
            if best is not None and best[0] >= 1:
                target_idx = best[1]
        label = self.label(a, b)
        if target_idx is None and len(label) < 3:
            return
        keys = self.with_states(holders)
        for h in keys:
            self.found.stances.append(Stance(h, stance, label, (sent.start, sent.end), target_idx))  # type: ignore[arg-type]

    # -- statements ------------------------------------------------------------

    def find_statements(self) -> None:
        text = self.text
        used: set[tuple[int, int]] = set()
        speech = self.speech_re.pattern
        all_quotes = quote_spans(text, self.sentences[0].start if self.sentences else 0)
        interviewee = None
        qa = re.search(r"(?m)^\s*Q:", text)
        if qa:
            prior = [m for m in self.res.mentions if m.end <= qa.start() and self.cls(m.key) == "Person"]
            interviewee = prior[-1].key if prior else None
        for qs, qe in all_quotes:
            body = text[qs:qe]
            if len(body.split()) < 4:
                continue
            after = text[qe + 1 : qe + 140]
            before_start = max(0, qs - 140)
            before = text[before_start : qs - 1]
            speakers: list[str] = []
            # the second half of a split quote: “A,” said X, “B.”: one statement
            prev = [st for st in self.found.statements if st.quote and st.span[1] < qs and qs - st.span[1] < 160
                    and text[st.span[1]:qs].count("\n") == 0]
            if prev and re.search(r",\s*$", text[max(0, qs - 4) : qs - 1]) and (body[:1].islower() or re.search(rf"\b(?:{speech})\b", text[prev[-1].span[1]:qs])):
                old = prev[-1]
                merged = Statement(f"{old.label} … {self.label(qs, qe)}", (old.span[0], qe), old.speakers, True)
                self.found.statements[self.found.statements.index(old)] = merged
                continue
            if body[:1].islower():
                continue  # a fragment inside reported speech: the indirect statement holds it
            sent_start = max((x.start for x in self.sentences if x.start <= qs), default=0)
            lead = text[sent_start : qs - 1]
            if lead.strip() and not re.search(r"[:,]\s*$|^\s*A:\s*$", lead) and not re.search(rf"\b(?:{speech})\s*$", lead):
                continue  # quoted words inside a sentence of someone else's: not a statement of its own
            # “...,” said X, a senior fellow   /   “...,” X says
            m = re.match(rf"\s*(?:{speech})\s+((?:[A-Z]|a |an |the )[^,.;“”\"]*)", after)
            if m:
                speakers = self._speaker(qe + 1 + m.start(1), qe + 1 + m.end(1))
            if not speakers:
                m = re.match(rf"\s*([^.;“”\"\n]{{2,120}}?)\s+(?:(?:has|had)\s+)?(?:{speech})\b", after)
                if m:
                    speakers = self._speaker(qe + 1 + m.start(1), qe + 1 + m.end(1))
            if not speakers:
                m = re.search(rf"([^.;“”\"]{{2,100}}?)\s+(?:{speech})(?:\s+[\w ]{{0,30}})?[,:]?\s*$", before)
                if m:
                    speakers = self._speaker(before_start + m.start(1), before_start + m.end(1))
            if not speakers and interviewee and re.search(r"(?m)^\s*A:\s*$", text[max(0, qs - 6) : qs - 1] + "\n") is not None:
                speakers = [interviewee]
            if not speakers and interviewee and text[max(0, qs - 5) : qs - 1].strip().endswith("A:"):
                speakers = [interviewee]
            if not speakers:
                continue
            self.found.statements.append(Statement(self.label(qs, qe), (qs, qe), tuple(speakers), True))
            used.add((qs, qe))
        # Indirect speech: "X said (that) ...", "according to X, ...".
        for sent in self.sentences:
            quotes = quote_spans(text, sent.start, sent.end)
            for m in re.finditer(rf"\b(?:{speech}|telling)\s+(?:(?:the\s+)?(?:reporters|journalists|parliament|lawmakers|state television|(?:closing\s+|final\s+)?(?:news|press)\s+conference|(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+(?:\s+(?:television|radio|newspaper|tv|channel|news\s+agency))?)(?:\s+in\s+[A-Z]\w+)?\s+)?(?:on\s+\w+\s+|last\s+week\s+)?that\s+|\b(?:said|says)\s+(?=[a-z])|\b(?:called|described)\s+(?=[^.;]{{0,60}}[“\"«])|,\s+saying\s+", text[sent.start : sent.end]):
                cs = sent.start + m.start()
                if m.group(0).lstrip(", ").startswith("saying"):
                    speakers = self.sentence_subject(sent, cs) or self._sent_agent.get(sent.start, [])
                    speakers = [k for k in speakers if self.cls(k) in ("Person", "Organisation")]
                    a, b = self._trim(sent.start + m.end(), sent.end)
                    if speakers and b - a >= 10:
                        self.found.statements.append(Statement(self.label(a, b), (a, b), tuple(speakers[:1]), False))
                    continue
                if text[cs:cs + 7] == "telling":
                    speakers = [k for k in self.sentence_subject(sent, cs) if self.cls(k) == "Person"]
                    a, b = self._trim(sent.start + m.end(), sent.end)
                    if speakers and b - a >= 10:
                        self.found.statements.append(Statement(self.label(a, b), (a, b), tuple(speakers), False))
                    continue
                if text[cs:cs + 6] in ("called", "descri"):
                    speakers = self.agent(sent, cs)
                    a, b = self._trim(cs, sent.end)
                    if speakers and not any(st.span[0] <= cs < st.span[1] for st in self.found.statements):
                        self.found.statements.append(Statement(self.label(a, b), (a, b), tuple(speakers), False))
                    continue
                if any(a <= cs < b for a, b in quotes):
                    continue
                if any(st.span[1] <= cs < st.span[1] + 40 and st.quote for st in self.found.statements):
                    continue
                if not re.match(r"(?:said|says|told|tells|added|adds|stated|argued|argues|warned|warns|explained|noted|notes|wrote|acknowledged|conceded|repeated|predicted|claimed|declared|announced|replied|recalled|believes)\b", text[cs:cs + 14]):
                    continue
                speakers = [k for k in self.agent(sent, cs) if self.cls(k) == "Person"]
                if not speakers:
                    continue
                a, b = self._trim(sent.start + m.end(), sent.end)
                if b - a < 10:
                    continue
                self.found.statements.append(Statement(self.label(a, b), (a, b), tuple(speakers), False))
            ins = re.search(r",\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:said|says|added|argued|insisted|warned),\s+", text[sent.start : sent.end])
            if ins and not any(st.span[0] < sent.end and st.span[1] > sent.start for st in self.found.statements):
                who = [x for x in self.actors_in(sent.start + ins.start(1), sent.start + ins.end(1)) if self.cls(x.key) == "Person"]
                if who:
                    a, b = self._trim(sent.start, sent.end)
                    lab = self.label(sent.start, sent.start + ins.start()) + " " + self.label(sent.start + ins.end(), b)
                    self.found.statements.append(Statement(lab, (a, b), (who[-1].key,), False))
            tail = re.search(r",\s+(?:according\s+to\s+(?:a\s+statement\s+from\s+|a\s+spokesperson\s+for\s+)?|said\s+)(?:the\s+)?(?=[A-Z])", text[sent.start : sent.end])
            if tail and not any(st.span[0] < sent.end and st.span[1] > sent.start for st in self.found.statements):
                who = self.actors_in(sent.start + tail.end(), min(sent.end, sent.start + tail.end() + 60))
                if who and who[0].start - (sent.start + tail.end()) <= 2 and self.cls(who[0].key) in ("Person", "Organisation") and re.match(
                    r"\s*(?:[,.]|$)", text[who[0].end : who[0].end + 2]
                ):
                    a, b = self._trim(sent.start, sent.start + tail.start())
                    if b - a >= 10:
                        self.found.statements.append(Statement(self.label(a, b), (a, b), (who[0].key,), False))
            am = re.search(r"\bAccording to\s+(?:the\s+)?", text[sent.start : sent.end])
            if am:
                s0 = sent.start + am.end()
                comma = text.find(",", s0, sent.end)
                # "According to Kosovo's foreign minister, Jane Roe, ...": the named person speaks.
                app = [x for x in self.actors_in(comma, min(sent.end, comma + 60)) if self.cls(x.key) == "Person"]
                if comma > 0 and app and re.fullmatch(r",\s+", text[comma : app[0].start]) and text[app[0].end : app[0].end + 1] == ",":
                    a, b = self._trim(app[0].end + 1, sent.end)
                    self.found.statements.append(Statement(self.label(a, b), (a, b), (app[0].key,), False))
                    comma = -1
                if comma > 0:
                    who = [x for x in self.actors_in(s0, comma)]
                    people = [x for x in who if self.cls(x.key) == "Person"]
                    pick = people[-1:] or who[-1:]
                    if pick and who[0].start - s0 <= 6:
                        a, b = self._trim(comma + 1, sent.end)
                        self.found.statements.append(Statement(self.label(a, b), (a, b), (pick[0].key,), False))

    def _speaker(self, start: int, end: int) -> list[str]:
        seg = self.text[start:end]
        actors = self.actors_in(start, end)
        people = [m for m in actors if self.cls(m.key) == "Person"]
        if people:
            return [people[0].key]
        if re.match(r"\s*(?:a|an|the|one)\s", seg, re.I) and re.search(rf"\b(?:{_alt(self.lang['anonymous_speakers'])})\b", seg, re.I):
            if actors:
                return [actors[0].key]
            return []
        if actors and actors[0].start - start < 5:
            return [actors[0].key]
        pm = re.match(r"\s*(he|she)\b", seg, re.I)
        if pm:
            return self._antecedent(start, pm.group(1).lower())
        return []

    # -- all -------------------------------------------------------------------

    def run(self) -> _Found:
        self.find_affiliations()
        self.find_proposals()
        self.find_stances()
        self.find_statements()
        return self.found


def _unique(keys: Iterable[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        if k not in out:
            out.append(k)
    return out
