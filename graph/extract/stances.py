"""Stances: who rejects or supports a proposal, an actor or a position; negation handled."""

from __future__ import annotations

import re

from .clauses import _ANAPHORIC_TARGET, _DET, ClauseReader, _unique
from .records import Stance, as_stance
from .text import Sentence, quote_spans

__all__ = ["StanceRules"]


class StanceRules(ClauseReader):
    """Stances: who rejects or supports a proposal, an actor or a position; negation handled."""

    def find_stances(self) -> None:
        text = self.text
        for sent in self.sentences:
            quotes = quote_spans(text, sent.start, sent.end)
            for kind, rx in (("rejects", self.reject_re), ("supports", self.support_re)):
                for m in rx.finditer(text, sent.start, sent.end):
                    cs, ce = m.start(), m.end()
                    cue = m.group(0).lower()
                    if kind == "rejects" and self.support_re.match(
                        text, ce + 4 if text[ce : ce + 4] == " to " else ce
                    ):
                        continue  # "refused to support X": the support cue states it, once
                    if kind == "supports" and re.search(
                        r"\b(?:would|will|could|can|is\s+ready\s+to|are\s+ready\s+to|prepared\s+to|willing\s+to)\s+(?:\w+ly\s+)?$",
                        text[max(sent.start, cs - 24) : cs],
                    ):
                        continue  # "Tokyo would accept X": an offer, read as one
                    resolved = self._polarity(sent, cs, cue, kind)
                    if resolved is None:
                        continue
                    stance = resolved
                    if self.cond_re.search(text[self.clause_start(sent, cs) : cs]):
                        continue
                    if re.search(r"\bwhether\b", text[max(sent.start, cs - 60) : cs]):
                        continue  # "did not say whether China had accepted": no stance stated
                    if re.search(
                        r",\s+(?:which|who)\s+(?:is|are|was|were)\s+$",
                        text[max(sent.start, cs - 20) : cs],
                    ):
                        continue  # "the M23, which is backed by Rwanda": a description, not a stance taken here
                    # passive: "was backed by X", "was turned down by the council"
                    pm = re.match(r"\s+by\s+(?:the\s+)?", text[ce : ce + 10])
                    passive_and = re.search(r"\band\s+$", text[max(0, cs - 6) : cs]) and re.search(
                        r"\b(?:was|were|has\s+been|have\s+been)\s+\w+ed\s+by\b",
                        text[sent.start : cs],
                    )
                    if pm and (
                        re.search(r"\b(?:was|were|is|are|been|be)\s+$", text[max(0, cs - 12) : cs])
                        or passive_and
                    ):
                        by = [
                            x
                            for x in self.actors_in(ce + pm.end(), ce + pm.end() + 60)
                            if x.start - (ce + pm.end()) <= 4
                        ][:1]
                        if not by:
                            continue
                        tstart = self.clause_start(sent, cs)
                        aux = re.search(
                            r"\s+(?:has\s+been|have\s+been|was|were|is|are)\s+$", text[tstart:cs]
                        )
                        a, b = self._trim(tstart, tstart + aux.start() if aux else cs)
                        self._stance(_unique(h.key for h in by), stance, a, b, sent)
                        continue
                    if kind == "rejects" and cue in (
                        "turned",
                        "brushed",
                        "waved",
                        "pushed",
                        "shot",
                        "knocked",
                    ):
                        dm = re.match(
                            r"\s+((?:[\w’'-]+\s+){0,8}?)(?:down|aside|off|away|back)\b",
                            text[ce : ce + 80],
                        )
                        if not dm:
                            continue
                        holders = self.agent(sent, cs)
                        a, b = self._trim(ce, ce + dm.start(1) + len(dm.group(1)))
                        if holders:
                            self._stance(holders, stance, a, b, sent)
                        continue
                    # "has no plan to drop", "did not refuse to back": the agent governs the infinitive
                    apos = cs
                    im = re.search(
                        r"(?:\b(?:does|do|did|has|have|had|is|was|will|would)\s+)?(?:not\s+)?\b\w+\s+(?:(?:no|any)\s+\w+\s+)?to\s+$",
                        text[max(sent.start, cs - 40) : cs],
                    )
                    if im:
                        apos = max(sent.start, cs - 40) + im.start()
                    holders = self.agent(sent, apos)
                    in_quote = [q for q in quotes if q[0] <= cs < q[1]]
                    if in_quote and not any(
                        in_quote[0][0] <= x.start for x in self.actors_in(in_quote[0][0], cs)
                    ):
                        continue
                    if not holders:
                        speech = list(
                            re.finditer(
                                r"\b(?:said|says|told\s+\w+|warned|argued|added|insisted)\s+(?:that\s+)?",
                                text[sent.start : cs],
                            )
                        )
                        sm = speech[-1] if speech else None
                        if sm is not None:
                            holders = [
                                k
                                for k in self.agent(sent, sent.start + sm.start())
                                if self.cls(k) == "Person"
                            ]
                    if (
                        not holders
                        and re.search(r",\s+$", text[max(sent.start, cs - 3) : cs])
                        and cue.endswith("ing")
                    ):
                        first = self.actors_in(sent.start, min(cs, sent.start + 60))
                        holders = [first[0].key] if first else []
                    if "it" in cue.split() or "that" in cue.split():
                        if holders:
                            self._stance(holders, stance, cs, cs, sent, pronoun=True)
                        continue
                    rel_rx = r"(?:\bwhich|(?<!said )(?<!demanded )(?<!insisted )(?<!says )(?<!demands )(?<!insists )(?<!urged )(?<!proposed )(?<!suggested )\bthat)\s+(?:[^;“”]{0,100})$"
                    rm = re.search(rel_rx, text[sent.start : cs])
                    if (
                        holders
                        and rm
                        and re.fullmatch(
                            r"[\s,.;]*", text[ce : self.clause_end(ce, sent.end)][:3] or " "
                        )
                    ):
                        tgt_end = sent.start + rm.start()
                        ts = self.clause_start(sent, tgt_end - 1)
                        a, b = self._trim(ts, tgt_end)
                        self._stance(holders, stance, a, b, sent)
                        continue
                    if not holders:
                        # object relative: "which the ministers of Peru and Chile endorsed"
                        rm = re.search(r"\b(?:which|that)\s+([^,;]{0,80})$", text[sent.start : cs])
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
                    for rx2 in (
                        self.offer_re,
                        self.demand_re,
                        self.reject_re,
                        self.support_re,
                        self.speech_re,
                    ):
                        nm = rx2.search(text, ce, end)
                        conj = (
                            re.search(
                                r"(?:,\s*|\s)and\s+$", text[max(ce, nm.start() - 6) : nm.start()]
                            )
                            if nm
                            else None
                        )
                        if nm and conj:
                            end = min(end, nm.start() - len(conj.group(0)))
                    quoted_as = re.search(r"\s+as\s+(?:an?\s+)?[“\"«]", text[ce:end])
                    if quoted_as:
                        end = ce + quoted_as.start()
                    om = re.search(
                        r",\s+(?:saying|calling|describing|arguing|adding|as(?!\s+(?:did|do|does|has|have)\b)|because)\b",
                        text[ce:end],
                    )
                    if om:
                        end = ce + om.start()
                    a, b = self._trim(ce, end)
                    if text[a:b].startswith("to "):
                        a += 3
                    if b - a < 2:
                        if not text[ce : sent.end].strip(" .") and not self.negated(sent, cs):
                            self._stance(holders, stance, cs, cs, sent, pronoun=True)
                        continue
                    self._stance(holders, stance, a, b, sent)

    def _owned_proposal(self, a: int, b: int) -> int | None:
        """ "Russia's key demands", "the Iranian request": the owner's latest proposal of that kind."""
        heads = self.nominal_offer + self.nominal_demand
        for owner in self.actors_in(a, min(b, a + 40)):
            if owner.start - a > 4:
                break
            nm = re.match(
                r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?("
                + "|".join(re.escape(h) for h in heads)
                + r")\b",
                self.text[owner.end : owner.end + 40],
                re.I,
            )
            if not nm:
                continue
            want = "demand" if nm.group(1).lower() in self.nominal_demand else None
            best = None
            for i, p in enumerate(self.found.proposals):
                if owner.key in p.proposers and (want is None or p.kind == want):
                    if best is None or abs(p.span[0] - a) < abs(
                        self.found.proposals[best].span[0] - a
                    ):
                        best = i
            return best
        return None

    def _polarity(self, sent: Sentence, cs: int, cue: str, kind: str) -> str | None:
        """The stance a cue expresses once negation and "refuse to" are read; ``None``: no stance.

        "refused to back" rejects; "did not refuse to back" supports; "did not
        support"/"will not accept" rejects; "has no intention to abandon" supports;
        "did not reject" states no stance.
        """
        text = self.text
        refuse = re.search(r"\brefuse[sd]?\s+to\s+$", text[max(0, cs - 12) : cs])
        if refuse:
            at = max(0, cs - 12) + refuse.start()
            flipped = "rejects" if kind == "supports" else "supports"
            return kind if self.negated(sent, at) else flipped
        no_intent = re.search(
            r"\bno\s+(?:intent|intention|plan|plans|desire)\s+to\s+$", text[max(0, cs - 30) : cs]
        )
        flip_cue = cue in self.lang["reject_support_flip"] or (
            kind == "supports" and re.match(r"(?:accept|approve|support)", cue) is not None
        )
        if self.negated(sent, cs) or no_intent:
            return ("supports" if kind == "rejects" else "rejects") if flip_cue else None
        if cue in self.lang["reject_support_flip"]:
            return None
        return kind

    def _stance(
        self, holders: list[str], stance: str, a: int, b: int, sent: Sentence, pronoun: bool = False
    ) -> None:
        ad = re.search(r",\s+as\s+(?:did|do|does|has|have)\s+", self.text[a:b])
        if ad:
            more = [m.key for m in self.actors_in(a + ad.end(), b)]
            b = a + ad.start()
            holders = _unique(list(holders) + more)
        obj = "it" if pronoun else self.text[a:b]
        target_idx = None
        if pronoun or re.fullmatch(
            rf"\s*(?:it|them|this|that|{_DET}\s+(?:offer|proposal|plan|idea|request|demand|suggestion|scheme|initiative))"
            r"(?:\s+(?:too|as\s+well|also|again|outright|in\s+full|immediately))?\s*",
            obj,
            re.I,
        ):
            for i, p in enumerate(self.found.proposals):
                if p.span[0] < sent.end and not set(holders) & set(p.proposers):
                    target_idx = i
            if target_idx is None:
                return
            for h in self.with_states(holders):
                self.found.stances.append(
                    Stance(
                        h,
                        as_stance(stance),
                        self.found.proposals[target_idx].label,
                        (sent.start, sent.end),
                        target_idx,
                    )
                )
            return
        # The object names a proposal found here (by its span), or refers back to one.
        for i, p in enumerate(self.found.proposals):
            if p.span[0] >= a and p.span[0] < b or (a >= p.span[0] and a < p.span[1]):
                target_idx = i
        if target_idx is None and not pronoun:
            target_idx = self._owned_proposal(a, b)
        if target_idx is None and _ANAPHORIC_TARGET.match(obj.strip()):
            words = set(re.findall(r"[a-z]{4,}", obj.lower())) - {
                "that",
                "this",
                "these",
                "those",
                "plan",
                "proposal",
                "idea",
            }
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
            self.found.stances.append(
                Stance(h, as_stance(stance), label, (sent.start, sent.end), target_idx)
            )
