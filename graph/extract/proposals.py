"""Proposals and demands, in verbal, nominal, passive, reported and bulleted forms, with their conditions."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import _AUX, _DET, ClauseReader, _alt, _unique
from .records import Condition, Proposal, as_kind
from .text import Sentence, quote_spans

__all__ = ["ProposalRules"]


class ProposalRules(ClauseReader):
    """Proposals and demands, in verbal, nominal, passive, reported and bulleted forms, with their conditions."""

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
            for m in re.finditer(
                r"\b(?:will|would|could)\s+not\s+(?=[a-z])", text[sent.start : sent.end]
            ):
                if re.search(r"\bunless\b", text[sent.start + m.end() : sent.end]):
                    cues.append((sent.start + m.start(), sent.start + m.end(), "offer"))
            for m in re.finditer(
                r"\b(?:paper|document|letter|draft|note|plan|text)\s+(proposing|suggesting|offering|demanding|calling for)(?:\s+that)?\s+",
                text[sent.start : sent.end],
            ):
                who = self.actors_in(
                    self.clause_start(sent, sent.start + m.start()), sent.start + m.start()
                )
                if who:
                    a, b = self._trim(
                        sent.start + m.end(), self.clause_end(sent.start + m.end(), sent.end)
                    )
                    kind = "demand" if m.group(1) == "demanding" else "offer"
                    self.found.proposals.append(
                        Proposal(
                            self.label(a, b),
                            (a, b),
                            as_kind(kind),
                            (who[0].key,),
                            tuple(self.counterpart([who[0].key])),
                            (),
                            (),
                            False,
                        )
                    )
            cues.sort()
            # Drop cues nested in a longer one.
            cues = [
                c for c in cues if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cues)
            ]
            made_here: list[Proposal] = []
            # A stance verb joined by "and" ends the object before it ("insists that X and has turned down Y").
            stance_starts = [
                m.start()
                for rx in (self.reject_re, self.support_re)
                for m in rx.finditer(text, sent.start, sent.end)
                if re.search(
                    rf"\band\s+(?:{_AUX}\s+)*$", text[max(sent.start, m.start() - 30) : m.start()]
                )
            ]
            for n, (cs, ce, kind) in enumerate(cues):
                cue = text[cs:ce].lower()
                neg_conditional = bool(re.fullmatch(r"(?:will|would|could)\s+not\s+", cue))
                if not neg_conditional and (
                    self.hedge_re.search(text[sent.start : ce]) or self.negated(sent, cs)
                ):
                    continue
                quoted = [(qs, qe) for qs, qe in quotes if qs <= cs < qe]
                if quoted and not re.search(
                    r"\bI\s+(?:would\s+)?$", text[max(sent.start, cs - 10) : cs]
                ):
                    # Inside a quotation only a subject named inside it proposes ("Ankara demanded that ...").
                    qs = quoted[0][0]
                    said = [m for m in self.actors_in(qs, cs) if m.form != "demonym"]
                    if (
                        cue.split()[-1] in ("wants", "want")
                        or not said
                        or not self._gap_ok(text[said[-1].end : cs])
                    ):
                        continue  # "X wants ..." inside a quote is a speaker's reading, not a demand
                # Nouns ("Moscow's demands", "the demand that") are not verbs.
                if re.search(
                    rf"(?:['’]s|\b{_DET}|\bkey|\bnew|\bits)\s+$", text[max(0, cs - 12) : cs], re.I
                ) and cue.split()[0] in (
                    "demands",
                    "demand",
                    "offer",
                    "offers",
                    "call",
                    "proposals",
                    "wants",
                ):
                    continue
                proposers = self.agent(sent, cs)
                if not proposers:
                    continue
                plan_author = self._plan_author(sent)
                nxt = cues[n + 1][0] if n + 1 < len(cues) else sent.end
                later = [x for x in stance_starts if x > ce]
                if later and later[0] < nxt:
                    nxt = later[0]
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
                    span_text = self.text[ce : ce + am.end(1)]
                    if (
                        inside
                        and re.fullmatch(r"\s*(?:the\s+)?", self.text[ce : inside[0].start])
                        and inside[-1].end >= ce + am.end(1) - 1
                        and not re.search(r"\b(?:of|with|from|in)\b", span_text)
                    ):
                        addressees = _unique(m.key for m in inside)
                        obj_start = ce + am.end(1)
                obj_end = min(
                    self.clause_end(obj_start, sent.end), nxt if nxt > obj_start else sent.end
                )
                # a following condition marker ends the object
                conds, cut = self.conditions(
                    sent,
                    obj_start,
                    obj_end if obj_end < sent.end else sent.end,
                    limit=nxt if nxt > obj_start else None,
                )
                if cut is not None:
                    obj_end = min(obj_end, cut)
                rel = re.search(
                    r"\b(?:that|which)\s+(?:[\w.’'-]+,?\s+){1,12}(?:has\s+|had\s+|have\s+)?$",
                    text[sent.start : cs],
                )
                if (
                    rel
                    and len(self._unbracket(text[sent.start + rel.end(0) - 1 : cs]).split()) <= 4
                    and self.actors_in(sent.start + rel.start(), cs)
                    and re.match(
                        r"\s*(?:$|,|\.|at\b|in\b|on\b|last\b|this\b|earlier\b|during\b|again\b|first\b)",
                        text[ce : ce + 8],
                    )
                ):
                    ts = self.clause_start(sent, sent.start + rel.start() - 1)
                    obj_start, obj_end = ts, sent.start + rel.start()
                if kind == "offer" and re.match(
                    r"\s*(?:little|nothing|no\s|none\b)", text[obj_start:obj_end]
                ):
                    continue
                # "insists it cannot be held responsible": a claim, not a demand
                if kind == "demand" and re.match(
                    r"(?:\s+that)?\s+(?:it|they|he|she|we)\s+(?:cannot|can\s+not|is\s+not|was\s+not|has\s+not|had\s+not|does\s+not|did\s+not|never)\b",
                    text[ce : ce + 40],
                ):
                    continue
                items = self.split_items(obj_start, obj_end, that_list=cue.endswith("that"))
                # "wants Kabul to:" - the items below say what
                if (
                    text[sent.end - 1] == ":"
                    and items
                    and re.fullmatch(
                        r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:to|that)",
                        text[items[0][0] : sent.end].strip(" :"),
                    )
                ):
                    who = self.actors_in(items[0][0], sent.end)
                    pending[idx] = (
                        kind,
                        proposers,
                        [w.key for w in who] or self.counterpart(proposers),
                    )
                    continue
                if text[sent.end - 1] == ":" and (
                    not items
                    or re.fullmatch(
                        r"(?:to|that|for|on|:|\s)*", text[obj_start : sent.end].strip(" :")
                    )
                ):
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
                if plan_author and not set(plan_author) & set(proposers):
                    # "Under the plan, X would ...": the plan's author proposes what X would do
                    addressees, proposers = proposers, plan_author
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
                    concerns = _unique(
                        m.key
                        for m in self.res.mentions
                        if a <= m.start
                        and m.end <= b
                        and m.key not in proposers
                        and m.key not in addressees
                    )
                    p = Proposal(
                        label,
                        (a, b),
                        "demand" if kind == "demand" else "offer",
                        tuple(self.with_states(proposers)),
                        tuple(addressees),
                        tuple(concerns),
                        tuple(conds),
                        reciprocal,
                    )
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
                self.found.proposals[pi] = replace(p, conditions=p.conditions + (cond,))
                continue
            # Bullet items continuing a lead-in with a cue and no object ("X proposed:").
            if not made_here and sent.in_list and sent.lead in pending:
                made_here = self.lead_items(sent, *pending[sent.lead])
            if not made_here:
                made_here = self.passive_proposals(sent)
            made_here += self.conditional_on(sent, made_here)
            made_here += self.nominal_conditional(sent, made_here)
            made_here += self.precondition(sent, made_here)
            made_here += self.reported_commitments(sent, made_here)
            if text[sent.end - 1] == ":" and idx not in pending and not made_here:
                lead = self.nominal_lead(sent)
                if lead:
                    pending[idx] = lead
            self.found.proposals.extend(made_here)
            if (
                made_here
                and text[sent.end - 1] == ":"
                and made_here[-1].conditions
                and made_here[-1].conditions[-1].span[1] >= sent.end - 2
            ):
                cond_lead[idx] = len(self.found.proposals) - 1
            if made_here:
                last_proposers = list(made_here[-1].proposers)
            self.nominal_proposals(sent)
            # A condition stated on its own governs the proposals before it.
            if not made_here and last_proposers:
                self.standalone_condition(sent, last_proposers)

    def _proposals_from(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: str,
        proposers: list[str],
        addressees: list[str],
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
            m.key
            for m in self.res.mentions
            if a <= m.start and m.end <= b and m.key not in proposers and m.key not in addressees
        )
        reciprocal = bool(self.recip_re.search(self.text, a, b))
        return [
            Proposal(
                label,
                (a, b),
                as_kind(kind),
                tuple(self.with_states(proposers)),
                tuple(addressees),
                tuple(concerns),
                tuple(conds),
                reciprocal,
            )
        ]

    def nominal_lead(self, sent: Sentence) -> tuple[str, list[str], list[str]] | None:
        """ "Beijing's counter-proposal has three parts:", "Moscow's demands are:": who the items belong to."""
        heads = _alt(self.nominal_offer + self.nominal_demand)
        for owner in self.actors_in(sent.start, sent.end):
            nm = re.match(
                rf"(?:['’]s)?\s+(?:[\w-]+\s+)?({heads})\b",
                self.text[owner.end : owner.end + 50],
                re.I,
            )
            if nm:
                kind = "demand" if nm.group(1).lower() in self.nominal_demand else "offer"
                return kind, [owner.key], self.counterpart([owner.key])
        return None

    def _made_clauses(
        self, sent: Sentence, made: list[Proposal], pattern: str
    ) -> list[tuple[re.Match[str], list[str]]]:
        """Matches of "X (has) made A ..." with the agent X, skipping spans already read."""
        found = []
        for m in re.finditer(pattern, self.text[sent.start : sent.end]):
            ms = sent.start + m.start()
            if any(p.span[0] <= ms < p.span[1] for p in made):
                continue
            aux = re.search(r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", self.text[sent.start : ms])
            proposers = self.agent(sent, sent.start + aux.start() if aux else ms)
            if proposers:
                found.append((m, proposers))
        return found

    def conditional_on(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """ "X has made A conditional on B": A is proposed by X, on condition B."""
        out: list[Proposal] = []
        text = self.text
        pattern = r"\bmade\s+(?!clear\b|it\s+clear\b|sure\b)(.{3,160}?)\s+(?:conditional|contingent|dependent)\s+(?:on|upon)\s+"
        for m, proposers in self._made_clauses(sent, made, pattern):
            a, b = self._trim(sent.start + m.start(1), sent.start + m.end(1))
            cs = sent.start + m.end()
            ca, cb = self._trim(cs, self.clause_end(cs, sent.end))
            if cb - ca < 3 or b - a < 3:
                continue
            addressees = self.counterpart(proposers)
            requires = self.condition_agent(ca, cb) or addressees[:1]
            cond = Condition(
                f"conditional on {self.label(ca, cb)}", (sent.start + m.end(1), cb), tuple(requires)
            )
            concerns = _unique(
                x.key
                for x in self.res.mentions
                if a <= x.start and x.end <= b and x.key not in proposers
            )
            out.append(
                Proposal(
                    self.label(a, b),
                    (a, b),
                    "offer",
                    tuple(self.with_states(proposers)),
                    tuple(addressees),
                    tuple(concerns),
                    (cond,),
                    bool(self.recip_re.search(text, a, b)),
                )
            )
        return out

    def precondition(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """ "X has made A a precondition for B": X demands A (before B)."""
        out: list[Proposal] = []
        pattern = r"\bmade\s+(.{3,160}?)\s+(?:a|the)\s+(?:precondition|condition|prerequisite)\s+(?:for|of)\s+"
        for m, proposers in self._made_clauses(sent, made, pattern):
            a, b = sent.start + m.start(1), sent.start + m.end(1)
            out.extend(
                self._proposals_from(sent, a, b, "demand", proposers, self.counterpart(proposers))
            )
        return out

    def nominal_conditional(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """ "Addis Ababa's offer, which would ..., was conditional on Y": the owner offers, on condition Y."""
        out: list[Proposal] = []
        text = self.text
        heads = _alt(self.nominal_offer + self.nominal_demand)
        m = re.search(
            r"\b(?:was|is|were|are|remains|remained)\s+(?:made\s+)?(?:conditional|contingent|dependent)\s+(?:on|upon)\s+",
            text[sent.start : sent.end],
        )
        if not m:
            return out
        ms = sent.start + m.start()
        for owner in self.actors_in(self.clause_start(sent, ms), ms):
            nm = re.match(
                rf"(?:['’]s)?\s+(?:[\w-]+\s+)?({heads})\b", text[owner.end : owner.end + 40], re.I
            )
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
            out.append(
                Proposal(
                    self.label(a, b),
                    (a, b),
                    as_kind(kind),
                    tuple(proposers),
                    tuple(addressees),
                    (),
                    (cond,),
                    bool(self.recip_re.search(text, a, b)),
                )
            )
            break
        return out

    def reported_commitments(self, sent: Sentence, made: list[Proposal]) -> list[Proposal]:
        """ "X said Tokyo would lift ...", "In return, Seoul would withdraw ...", "under which X will ..."."""
        out: list[Proposal] = []
        text = self.text
        stance_words = {w.split()[0] for w in self.lang["reject_cues"] + self.lang["support_cues"]}
        subjects: list[tuple[int, int, list[str], str]] = [
            (m.start, m.end, [m.key], m.form) for m in self.actors_in(sent.start, sent.end)
        ]
        # "said it would keep ...": the pronoun is whoever said it.
        for pm in re.finditer(
            r"\b(it|they)\b(?=\s+(?:also\s+)?(?:will|would)\b)", text[sent.start : sent.end]
        ):
            ps = sent.start + pm.start()
            keys: list[str] = []
            sm = re.search(
                r"\b(?:said|says|told\s+\w+|added|announced)\s+(?:that\s+)?$", text[sent.start : ps]
            )
            if sm:
                for x in self.actors_in(
                    self.clause_start(sent, sent.start + sm.start()), sent.start + sm.start()
                ):
                    lead_x = text[max(sent.start, x.start - 16) : x.start].lower()
                    if self.cls(x.key) in ("State", "Organisation") and not re.search(
                        r"\b(?:by|of|in|with|to|from|at|for|on)\s+(?:the\s+)?$", lead_x
                    ):
                        keys = [x.key]
                        break
            if keys:
                subjects.append((ps, sent.start + pm.end(), keys, "pronoun"))
        for pm in re.finditer(
            r"\b(he|she|(?:his|her)\s+(?:country|government))\b(?=\s+(?:also\s+)?(?:will|would)\b)",
            text[sent.start : sent.end],
        ):
            ps = sent.start + pm.start()
            if not re.search(
                r"\b(?:said|says|told\s+\w+|added|announced|confirmed)\s+(?:that\s+)?$",
                text[sent.start : ps],
            ):
                continue
            word = pm.group(1).split()[0].lower()
            person = self._antecedent(ps, "he" if word in ("he", "his") else "she")
            keys = person
            if " " in pm.group(1):  # "his country": the person's state
                keys = [
                    st
                    for k in person
                    if (st := self.person_state.get(k) or self.person_home.get(k))
                ]
            if keys:
                subjects.append((ps, sent.start + pm.end(), keys, "pronoun"))
        subjects.sort()
        for s_start, s_end, keys, form in subjects:
            vm = re.match(
                r"(?:\s+(?:also|then|in\s+turn|now))?\s+(will|would)\s+(?:also\s+|then\s+|now\s+)?(?!be\b|have\b|not\b|need\b|face\b|likely\b|probably\b)([a-z]+)\b",
                text[s_end : s_end + 40],
            )
            if not vm or form == "demonym":
                continue
            vs = s_end + vm.start(2)
            end = self.clause_end(vs, sent.end)
            if vm.group(2) in stance_words and not self.cond_re.search(text, vs, end):
                continue  # "would back it only after ...": conditional support is an offer
            lead = text[sent.start : s_start]
            joint = form == "pair" and not lead.strip(" •-*")  # "Both countries will pause ..."
            if not joint and not re.search(
                r"(?:\b(?:said|says|told\s+[\w\s]{0,30}?|announced|confirmed|agreed|wrote|added|insisted)(?:\s+[^.;“”]{0,90}?\s+that)?\s+(?:the\s+)?"
                r"|\b(?:under\s+which|whereby)\s+(?:the\s+)?|^\s*(?:In\s+return|In\s+exchange|In\s+turn),?\s+(?:the\s+)?"
                r"|^\s*Under\s+(?:the|this|that|its|their)\s+(?:plan|proposal|deal|agreement|framework|text|terms|draft|initiative|arrangement|offer),?\s+(?:the\s+)?"
                r"|(?:,|;)\s+and\s+(?:the\s+)?" + (r"|\s+and\s+(?:the\s+)?" if out else "") + r")$",
                lead,
            ):
                continue
            if any(p.span[0] <= vs < p.span[1] for p in made + out + self.found.proposals):
                continue
            nxt = re.search(
                r",?\s+and\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:will|would)\b)",
                text[vs:end],
            )
            if nxt:
                end = vs + nxt.start()
            if form == "pair":
                keys = [m.key for m in self.res.mentions if m.start == s_start]
            author = self._plan_author(sent)
            if author:
                if not set(author) & set(keys):
                    out.extend(self._proposals_from(sent, vs, end, "offer", author, keys))
                    continue
            out.extend(self._proposals_from(sent, vs, end, "offer", keys, self.counterpart(keys)))
        return out

    def _plan_author(self, sent: Sentence) -> list[str]:
        """For a sentence opening "Under the plan," the author of that plan, when known."""
        under = re.match(
            r"\s*Under\s+(?:the|this|that|its|their)\s+(plan|proposal|deal|agreement|framework|text|terms|draft|initiative|arrangement|offer)\b",
            self.text[sent.start : sent.end],
        )
        return self._antecedent(sent.start, under.group(1).lower()) if under else []

    def lead_items(
        self, sent: Sentence, kind: str, proposers: list[str], addressees: list[str]
    ) -> list[Proposal]:
        """A bullet item continuing "The plan envisages:": each dash-separated part is a proposal."""
        out: list[Proposal] = []
        start = sent.start
        for m in [*re.finditer(r"\s[—–]\s|;\s", self.text[sent.start : sent.end]), None]:
            end = sent.start + m.start() if m else sent.end
            seg_start = start
            lead = re.match(
                r"(?:in\s+(?:a|the)\s+\w+\s+(?:stage|phase|step),?\s+|with\s+)",
                self.text[seg_start:end],
                re.I,
            )
            if lead:
                seg_start += lead.end()
            out.extend(self._proposals_from(sent, seg_start, end, kind, proposers, addressees))
            if m:
                start = sent.start + m.end()
        return out

    def passive_proposals(self, sent: Sentence) -> list[Proposal]:
        """ "A freeze on X was proposed by Y": the subject is the proposal, Y the proposer."""
        out: list[Proposal] = []
        text = self.text
        rx = r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(proposed|suggested|offered|put\s+forward|floated|tabled|demanded|requested)\s+by\s+"
        for m in re.finditer(rx, text[sent.start : sent.end]):
            ms, me = sent.start + m.start(), sent.start + m.end()
            np_end = re.search(
                r"[,;(]|(?<![A-Z])\.|\s(?:in|on|at|during|last|this|but|who|which|and\s+(?:will|would|was|has|is))\s",
                text[me : sent.end],
            )
            np_end_pos = me + np_end.start() if np_end else sent.end
            agents = self.actors_in(me, np_end_pos)
            if not agents:
                continue
            people = [x for x in agents if self.cls(x.key) == "Person"]
            if people:
                proposers = [people[-1].key]
            else:
                group = [agents[0]]
                for x in agents[1:]:
                    if re.fullmatch(
                        r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", text[group[-1].end : x.start]
                    ):
                        group.append(x)
                proposers = _unique(g.key for g in group)
            kind = "demand" if m.group(1) in ("demanded", "requested") else "offer"
            subj_start = self.clause_start(sent, ms)
            out.extend(
                self._proposals_from(
                    sent, subj_start, ms, kind, proposers, self.counterpart(proposers)
                )
            )
        return out

    def agent_of_clause(self, start: int, end: int) -> list[str]:
        inside = self.actors_in(start, min(end, start + 60))
        if inside and re.fullmatch(r"[\s\w]{0,12}", self.text[start : inside[0].start]):
            return [inside[0].key]
        return []

    def split_items(
        self, start: int, end: int, *, that_list: bool = False
    ) -> list[tuple[int, int]]:
        """Coordinated objects: "to cap X and to ship Y"; "A, B, and C" (three or more)."""
        start, end = self._trim(start, end)
        lead = re.match(
            r"(?:(?:again|also|once\s+more|formally|publicly|jointly|on\s+\w+day|this\s+week|last\s+week|earlier|later|today|yesterday)[\s,]+)+",
            self.text[start:end],
        )
        if lead and lead.end() < end - start:
            start += lead.end()
        infinitive = re.match(r"(?:to|that)\s+", self.text[start:end])
        if infinitive and infinitive.end() < end - start:
            start += infinitive.end()
        if end <= start:
            return []
        seg = self.text[start:end]
        parts: list[tuple[int, int]] = []
        verbs = "|".join(self.lang.get("action_verbs", []))
        joins = [
            r",?\s+and\s+(?:to|will|would)\s+",
            rf",?\s+and\s+(?=(?:{verbs})\s)",
        ]
        if that_list:  # "demanded that A, that B and that C"
            joins.append(r",\s+(?:and\s+)?that\s+")
        if re.match(r"[a-z]+ing\s", seg):  # "opening offices ... and a joint declaration"
            joins.append(r",?\s+and\s+(?=(?:a|an)\s)")
        inf = [m for m in re.finditer("|".join(joins), seg)]
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
            if (
                merged
                and re.match(
                    r"(?:including|such as|notably|especially|in particular|which|who|that|as well|with|where|when|from|to|for|in|on|at|by|of|both|each|\d)",
                    body,
                )
                and not body.startswith(("and ", "or "))
            ):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        if len(merged) >= 3 and re.match(r"\s*(?:and|or)\s", seg[merged[-1][0] : merged[-1][1]]):
            out = []
            for a, b in merged:
                aa = a
                body = seg[a:b]
                lm = re.match(r"\s*(?:and|or)\s+", body)
                if lm:
                    aa = a + lm.end()
                out.append(self._trim(start + aa, start + b))
            return out
        return [(start, end)]

    def nominal_proposals(self, sent: Sentence) -> None:
        """ "a proposal by Oslo to ...", "a Chilean request to ...", "Peruvian demands for ..."."""
        text = self.text
        heads = _alt(self.nominal_offer + self.nominal_demand)
        for m in re.finditer(rf"\b({heads})\s+by\s+", text[sent.start : sent.end]):
            s = sent.start + m.end()
            by = [
                x
                for x in self.actors_in(s, s + 60)
                if x.start == s or text[s : x.start].strip() in ("the",)
            ]
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
            after = text[owner.end : owner.end + 110]
            nm = re.match(  # "Seoul's plan, announced last week, to compensate ..."
                rf"(?:['’]s)?\s+(?:(?:key|new|own|latest|main|original|formal|written|\w+-\w+)\s+)?({heads})(?:,[^,]{{1,50}},)?\s+(to|for|that)\s+",
                after,
                re.I,
            )
            if not nm:
                continue
            if owner.form not in (
                "demonym",
                "name",
                "capital",
                "building",
                "demonym_actor",
                "surname",
            ):
                continue
            a = owner.start
            b = self.clause_end(owner.end + nm.end(), sent.end)
            verb = re.search(
                r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remains|has|have)\s",
                text[owner.end + nm.end() : b],
            )
            if verb:  # the noun phrase ends where its verb begins
                b = owner.end + nm.end() + verb.start()
            kind = "demand" if nm.group(1).lower() in self.nominal_demand else "offer"
            span_start = owner.end + nm.start(1)
            lab = self.label(span_start, b)
            # "a Franco-German suggestion": every state of the compound proposes
            owners = [owner.key]
            for prev in reversed([x for x in self.actors_in(sent.start, owner.start)]):
                if (
                    self.text[prev.end : owner.start] == "-"
                    or self.text[prev.end : owner.start] == "‐"
                ):
                    owners.insert(0, prev.key)
                    owner = prev
                else:
                    break
            self._add_nominal(lab, (span_start, b), kind, owners)

    def _add_nominal(self, label: str, span: tuple[int, int], kind: str, by: list[str]) -> None:
        if any(p.span[0] <= span[0] < p.span[1] for p in self.found.proposals):
            return
        self.found.proposals.append(
            Proposal(
                label, span, as_kind(kind), tuple(by), tuple(self.counterpart(by)), (), (), False
            )
        )

    def standalone_condition(self, sent: Sentence, proposers: list[str]) -> None:
        text = self.text
        m = self.cond_sentence_re.search(text, sent.start, sent.end)
        if m and re.match(
            rf"\s*[“\"]?\s*(?:{_alt(self.lang['condition_subject_openers'])})\b",
            text[sent.start : m.start()],
            re.I,
        ):
            return
        marker = None
        if m is None:
            m = self.cond_re.search(text, sent.start, sent.end)
            if (
                m is None
                or m.group(0).lower() in ("if", "once", "as soon as")
                or any(
                    x in text[sent.start : sent.end].lower()
                    for x in self.lang["not_condition_after"]
                )
            ):
                return
            lead = text[sent.start : m.start()]
            if not (len(lead.split()) <= 1 or re.search(r"[:“\"]\s*$", lead)):
                return
            # Only a sentence that is about the condition itself.
            if self.offer_re.search(text, sent.start, sent.end) or self.demand_re.search(
                text, sent.start, sent.end
            ):
                return
            marker = m.group(0).lower()
        a, b = self._trim(m.end(), self.clause_end(m.end(), sent.end))
        if b - a < 3:
            return
        requires = self.condition_agent(a, b)
        label = f"{marker or 'depends on'} {self.label(a, b)}"
        targets = [
            p
            for p in self.found.proposals
            # the author's own proposals, not those it made jointly with others
            if p.proposers and set(p.proposers) <= set(proposers) and p.span[0] < sent.start
        ]
        if not targets:
            return
        new = []
        for p in self.found.proposals:
            if p in targets:
                req = tuple(requires) or p.addressees[:1]
                cond = Condition(label, (m.start(), b), req, marker in self.negated_markers)
                p = replace(p, conditions=p.conditions + (cond,))
            new.append(p)
        self.found.proposals = new
