"""Affiliations with role: "X, a fellow at Y", "Y's X", "X of Y", "Y spokesperson X", "X, who heads Y"."""

from __future__ import annotations

import re

from .clauses import ClauseReader
from .mentions import Mention
from .records import Affiliation

__all__ = ["AffiliationRules"]


class AffiliationRules(ClauseReader):
    """Affiliations with role: "X, a fellow at Y", "Y's X", "X of Y", "Y spokesperson X", "X, who heads Y"."""

    def find_affiliations(self) -> None:
        text = self.text
        # "the government" says too little to tie a person to a state.
        ments = [
            m
            for m in self.res.mentions
            if self.res.is_actor(m.key) and not (m.form == "anaphor" and self.cls(m.key) == "State")
        ]
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
            am = re.match(
                r",\s+(?:who\s+(?:heads|leads|runs|chairs|directs|works\s+for|works\s+at)\s+|(?:a|an|the|now)\s+)?([^,;.“”«»\"\n]{0,120})",
                after,
            )
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
                    if role_m and re.match(
                        r"\s+(?:[\w-]+\s+){0,2}?" + re.escape(role_m.group(0)), post
                    ):
                        add(p, o, role_m.group(0), (p.start, o.end))
                        continue
                    owner_ok = (
                        re.search(
                            r"(?:\bat|\bof|\bwith|\bfor|\bto|\bheads|\bleads|\bruns|\bchairs)\s+(?:the\s+)?(?:\w+\s+){0,6}$",
                            pre,
                        )
                        or re.match(r"\s*['’]s\b", post)
                        or pre.strip() == ""
                        or re.match(r"^\s+\w", post)
                        and not pre.strip()
                    )
                    if role_m and owner_ok and not re.search(r"\bwho\s+(?:told|said)", pre):
                        add(p, o, role_m.group(0), (p.start, o.end))
                        continue
            # "X of the Y Institute"
            om = re.match(r"\s+of\s+(?:the\s+)?(?:[\w-]+-(?:based|led|backed|run)\s+)?", after)
            if om:
                nxt = [o for o in orgs if o.start == p.end + om.end()]
                if nxt and self.cls(nxt[0].key) == "Organisation":
                    add(p, nxt[0], None, (p.start, nxt[0].end))
                    continue
            # "X's piece at Kommersant"
            wm = re.match(
                r"['’]s\s+(?:piece|article|column|report|op-ed|story|analysis)\s+(?:at|in|for)\s+(?:the\s+)?",
                after,
            )
            if wm:
                nxt = [o for o in orgs if o.start == p.end + wm.end()]
                if nxt:
                    add(p, nxt[0], "writer", (p.start, nxt[0].end))
                    continue
            # "Hezbollah's leader, X," / "Its irrigation minister, X,"
            pm = re.search(
                r"(?:(['’]s?)|\b(its|their))\s+((?:[\w-]+\s+){0,3}?)([\w-]+),\s+$",
                text[max(0, p.start - 80) : p.start],
            )
            if (
                pm
                and self.role_re.fullmatch(((pm.group(3) or "") + pm.group(4)).strip())
                or (pm and self.role_re.fullmatch(pm.group(4)))
            ):
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
            for o in reversed(
                [o for o in ments if o.end <= p.start and p.start - o.end <= 90 and o.key != p.key]
            ):
                gap = text[o.end : p.start]
                gm = re.fullmatch(r"(?:['’]s)?\s+((?:[\w-]+\s+){0,4}?)", gap)
                if not gm or "," in gap or "\n" in gap:
                    continue
                words = gm.group(1).strip()
                if self.cls(o.key) == "Person":
                    break
                if (
                    not words
                    or self.role_re.fullmatch(words)
                    or self.titles_re.fullmatch(words)
                    or self.role_re.search(words)
                    or self.titles_re.search(words)
                ):
                    if o.form == "demonym" or self.cls(o.key) in ("State", "Organisation"):
                        add(p, o, words or None, (o.start, p.end))
                break
            del before
        # "<Org>, led by General X" / "commanded by X"
        for o in orgs:
            after = text[o.end : o.end + 80]
            lm = re.match(
                r"(?:\s*\([^)]*\))?,?\s+(?:led|commanded|headed|chaired|run)\s+by\s+(?:\w+\s+){0,2}?",
                after,
            )
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
