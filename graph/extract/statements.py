"""Statements: quotations (split or whole, attribution before or after) and indirect speech."""

from __future__ import annotations

import re

from .clauses import ClauseReader, _alt
from .mentions import Mention
from .records import Statement
from .text import quote_spans

__all__ = ["StatementRules"]


class StatementRules(ClauseReader):
    """Statements: quotations (split or whole, attribution before or after) and indirect speech."""

    def find_statements(self) -> None:
        text = self.text
        used: set[tuple[int, int]] = set()
        speech = self.speech_re.pattern
        all_quotes = quote_spans(text, self.sentences[0].start if self.sentences else 0)
        interviewee = None
        qa = re.search(r"(?m)^\s*Q:", text)
        if qa:
            prior = [
                m for m in self.res.mentions if m.end <= qa.start() and self.cls(m.key) == "Person"
            ]
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
            prev = [
                st
                for st in self.found.statements
                if st.quote
                and st.span[1] < qs
                and qs - st.span[1] < 160
                and text[st.span[1] : qs].count("\n") == 0
            ]
            if (
                prev
                and re.search(r",\s*$", text[max(0, qs - 4) : qs - 1])
                and (
                    body[:1].islower()
                    or re.search(rf"\b(?:{speech})\b", text[prev[-1].span[1] : qs])
                )
            ):
                old = prev[-1]
                merged = Statement(
                    f"{old.label} … {self.label(qs, qe)}", (old.span[0], qe), old.speakers, True
                )
                self.found.statements[self.found.statements.index(old)] = merged
                continue
            if body[:1].islower():
                continue  # a fragment inside reported speech: the indirect statement holds it
            sent_start = max((x.start for x in self.sentences if x.start <= qs), default=0)
            lead = text[sent_start : qs - 1]
            if (
                lead.strip()
                and not re.search(r"[:,]\s*$|^\s*A:\s*$", lead)
                and not re.search(rf"\b(?:{speech})\s*$", lead)
            ):
                continue  # quoted words inside a sentence of someone else's: not a statement of its own
            # “...,” said X, a senior fellow   /   “...,” X says
            after = after.split("\n", 1)[0]  # the attribution is in the same paragraph
            m = re.match(rf"\s*(?:{speech})\s+((?:[A-Z]|a |an |the )[^,.;“”\"]*)", after)
            if m:
                speakers = self._speaker(qe + 1 + m.start(1), qe + 1 + m.end(1))
            if not speakers:
                m = re.match(
                    rf"\s*([^.;“”\"\n]{{2,120}}?)\s+(?:(?:has|had)\s+)?(?:{speech})\b", after
                )
                if m:
                    speakers = self._speaker(qe + 1 + m.start(1), qe + 1 + m.end(1))
            if not speakers:
                m = re.search(
                    rf"([^.;“”\"]{{2,100}}?)\s+(?:{speech})(?:\s+[\w ]{{0,30}})?[,:]?\s*$", before
                )
                if m:
                    speakers = self._speaker(before_start + m.start(1), before_start + m.end(1))
            if (
                not speakers
                and interviewee
                and re.search(r"(?m)^\s*A:\s*$", text[max(0, qs - 6) : qs - 1] + "\n") is not None
            ):
                speakers = [interviewee]
            if (
                not speakers
                and interviewee
                and text[max(0, qs - 5) : qs - 1].strip().endswith("A:")
            ):
                speakers = [interviewee]
            if not speakers:
                # “A,” said X. “B.”: the quote goes on after its attribution
                prev = [
                    st
                    for st in self.found.statements
                    if st.quote and 0 < qs - st.span[1] < 160 and "\n" not in text[st.span[1] : qs]
                ]
                if prev and re.search(
                    rf"\b(?:{speech})\b[^“”\"]*[.!?]\s*[“\"«]?$", text[prev[-1].span[1] : qs]
                ):
                    speakers = list(prev[-1].speakers)
            if not speakers:
                continue
            self.found.statements.append(
                Statement(self.label(qs, qe), (qs, qe), tuple(speakers), True)
            )
            used.add((qs, qe))
        # Indirect speech: "X said (that) ...", "according to X, ...".
        for sent in self.sentences:
            quotes = quote_spans(text, sent.start, sent.end)
            for m in re.finditer(
                rf"\b(?:{speech}|telling)\s+(?:(?:the\s+)?(?:reporters|journalists|parliament|lawmakers|state television|(?:closing\s+|final\s+)?(?:news|press)\s+conference|(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+(?:\s+(?:television|radio|newspaper|tv|channel|news\s+agency))?|them|him|her|us)?(?:\s+(?:in|on|at|during|after|before|via|through|from|with)\s+[^.;“”\"]{{0,35}}?)?\s+)?(?:on\s+\w+\s+|last\s+week\s+)?that\s+|\b(?:said|says)\s+(?=[a-z])|\b(?:called|described|accused|criticized|criticised|branded|labelled|labeled)\s+(?=[^.;]{{0,80}}[“\"«])|,\s+saying\s+",
                text[sent.start : sent.end],
            ):
                cs = sent.start + m.start()
                if m.group(0).lstrip(", ").startswith("saying"):
                    speakers = self.sentence_subject(sent, cs) or self._sent_agent.get(
                        sent.start, []
                    )
                    speakers = [k for k in speakers if self.cls(k) == "Person"]
                    a, b = self._trim(sent.start + m.end(), sent.end)
                    if speakers and b - a >= 10:
                        self.found.statements.append(
                            Statement(self.label(a, b), (a, b), tuple(speakers[:1]), False)
                        )
                    continue
                if text[cs : cs + 7] == "telling":
                    speakers = [
                        k for k in self.sentence_subject(sent, cs) if self.cls(k) == "Person"
                    ]
                    a, b = self._trim(sent.start + m.end(), sent.end)
                    if speakers and b - a >= 10:
                        self.found.statements.append(
                            Statement(self.label(a, b), (a, b), tuple(speakers), False)
                        )
                    continue
                if text[cs : cs + 6] in (
                    "called",
                    "descri",
                    "accuse",
                    "critic",
                    "brande",
                    "labell",
                    "labele",
                ):
                    speakers = self.agent(sent, cs)
                    a, b = self._trim(cs, sent.end)
                    if speakers and not any(
                        st.span[0] <= cs < st.span[1] for st in self.found.statements
                    ):
                        self.found.statements.append(
                            Statement(self.label(a, b), (a, b), tuple(speakers), False)
                        )
                    continue
                if any(a <= cs < b for a, b in quotes):
                    continue
                if any(
                    st.span[1] <= cs < st.span[1] + 40 and st.quote for st in self.found.statements
                ):
                    continue
                if not re.match(
                    r"(?:said|says|say|told|tells|added|adds|stated|argued|argues|warned|warns|explained|noted|notes|wrote|acknowledged|conceded|repeated|predicted|claimed|declared|announced|replied|recalled|believes|maintains|maintained)\b",
                    text[cs : cs + 14],
                ):
                    continue
                # People speak; so do ministries, armies and agencies named as such (not whole states).
                speakers = [
                    k for k in self.agent(sent, cs) if self.cls(k) in ("Person", "Organisation")
                ]
                if not speakers:
                    continue
                a, b = self._trim(sent.start + m.end(), sent.end)
                if (
                    b - a < 10
                    or re.match(r"(?:whether|if)\b", text[a:b])
                    or re.match(
                        r"(?:on|in|at|after|before|during|late|early|last|yesterday|today|tonight|this|from)\b[^,;]*$",
                        text[a:b],
                    )
                ):
                    continue  # "said on state television.": where, not what
                self.found.statements.append(
                    Statement(self.label(a, b), (a, b), tuple(speakers), False)
                )
            ins = re.search(
                r",\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|he|she)\s+(?:said|says|added|argued|insisted|warned|told\s+[^,;]{1,40}),\s+",
                text[sent.start : sent.end],
            )
            if ins and not any(
                st.span[0] < sent.end and st.span[1] > sent.start for st in self.found.statements
            ):
                who = [
                    x
                    for x in self.actors_in(sent.start + ins.start(1), sent.start + ins.end(1))
                    if self.cls(x.key) == "Person"
                ]
                if not who and ins.group(1) in ("he", "she"):
                    who = [
                        Mention(sent.start, sent.start, k, "pronoun")
                        for k in self._antecedent(sent.start + ins.start(1), ins.group(1))
                    ]
                if who:
                    a, b = self._trim(sent.start, sent.end)
                    lab = (
                        self.label(sent.start, sent.start + ins.start())
                        + " "
                        + self.label(sent.start + ins.end(), b)
                    )
                    self.found.statements.append(Statement(lab, (a, b), (who[-1].key,), False))
            tail = re.search(
                r",\s+(?:according\s+to\s+(?:a\s+statement\s+from\s+|a\s+spokesperson\s+for\s+)?|said\s+)(?:the\s+)?(?=[A-Z])",
                text[sent.start : sent.end],
            )
            if tail and not any(
                st.span[0] < sent.end and st.span[1] > sent.start for st in self.found.statements
            ):
                who = self.actors_in(
                    sent.start + tail.end(), min(sent.end, sent.start + tail.end() + 60)
                )
                if (
                    who
                    and who[0].start - (sent.start + tail.end()) <= 2
                    and self.cls(who[0].key) in ("Person", "Organisation")
                    and re.match(r"\s*(?:[,.]|$)", text[who[0].end : who[0].end + 2])
                ):
                    a, b = self._trim(sent.start, sent.start + tail.start())
                    if b - a >= 10:
                        self.found.statements.append(
                            Statement(self.label(a, b), (a, b), (who[0].key,), False)
                        )
            # "..., the State Department said." at the end of the sentence
            end_said = re.search(
                r",\s+((?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:said|says|added|stated|noted)\.?\s*$",
                text[sent.start : sent.end],
            )
            if end_said and not any(
                st.span[0] < sent.end and st.span[1] > sent.start for st in self.found.statements
            ):
                who = self.actors_in(sent.start + end_said.start(1), sent.start + end_said.end(1))
                speakers = [w.key for w in who if self.cls(w.key) in ("Person", "Organisation")][
                    -1:
                ]
                a, b = self._trim(sent.start, sent.start + end_said.start())
                if speakers and b - a >= 10:
                    self.found.statements.append(
                        Statement(self.label(a, b), (a, b), tuple(speakers), False)
                    )
            am = re.search(r"\bAccording to\s+(?:the\s+)?", text[sent.start : sent.end])
            if am:
                s0 = sent.start + am.end()
                comma = text.find(",", s0, sent.end)
                # "According to Chile's foreign minister, Jane Roe, ...": the named person speaks.
                app = [
                    x
                    for x in self.actors_in(comma, min(sent.end, comma + 60))
                    if self.cls(x.key) == "Person"
                ]
                if (
                    comma > 0
                    and app
                    and re.fullmatch(r",\s+", text[comma : app[0].start])
                    and text[app[0].end : app[0].end + 1] == ","
                ):
                    a, b = self._trim(app[0].end + 1, sent.end)
                    self.found.statements.append(
                        Statement(self.label(a, b), (a, b), (app[0].key,), False)
                    )
                    comma = -1
                if comma > 0:
                    who = [x for x in self.actors_in(s0, comma)]
                    people = [x for x in who if self.cls(x.key) == "Person"]
                    pick = people[-1:] or who[-1:]
                    if pick and who[0].start - s0 <= 6:
                        a, b = self._trim(comma + 1, sent.end)
                        self.found.statements.append(
                            Statement(self.label(a, b), (a, b), (pick[0].key,), False)
                        )

    def _speaker(self, start: int, end: int) -> list[str]:
        seg = self.text[start:end]
        actors = self.actors_in(start, end)
        people = [m for m in actors if self.cls(m.key) == "Person"]
        if people:
            return [people[0].key]
        if re.match(r"\s*(?:a|an|the|one)\s", seg, re.I) and re.search(
            rf"\b(?:{_alt(self.lang['anonymous_speakers'])})\b", seg, re.I
        ):
            if actors:
                return [actors[0].key]
            return []
        if actors and actors[0].start - start < 5:
            return [actors[0].key]
        pm = re.match(r"\s*(he|she)\b", seg, re.I)
        if pm:
            return self._antecedent(start, pm.group(1).lower())
        return []
