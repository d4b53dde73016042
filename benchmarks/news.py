"""Generated news-like articles for the speed benchmarks (not a test fixture).

Each article reads like a wire story about a negotiation: a headline, a byline, a
dateline, then paragraphs whose sentences carry offers, demands, conditions,
stances, quotations (curly and straight), attributions and affiliations, between
background sentences that hold no fact. States, capitals, demonyms and
organisations come from the lexicon's data files; people, institutes, numbers and
dates are drawn fresh for every article, so that no cache keyed on a name or a
sentence sees the same input twice.

    >>> docs = articles(2_000, seed=1)
    >>> sum(len(d.split()) for d in docs) >= 2_000
    True
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from functools import cache

from graph.lexicon import DATA_DIR

__all__ = ["articles", "word_count"]

_SYLLABLES = (
    "ka ri no va le mi sa to ran del cor bel an er ol us im ta ko vi na ze lu ha mar "
    "tin sol ber gun dra fel kas lor mon pet rad sel tor val yan zor ek ash"
).split()
_FIRST = (
    "Anna Pavel Leila Jonas Mei Omar Sofia Tariq Ingrid Kofi Amara Bogdan Chiara Dmitri "
    "Elif Farid Greta Hiroshi Ines Jamal Katya Lars Mariam Nikos Olga Rafael Saida Tomas "
    "Ulrike Vikram Yasmin Zoran Adaeze Beatriz Camille Dawit Emeka Fatima Goran Hana"
).split()
_OFFICES = (
    "foreign minister|deputy foreign minister|defence minister|chief negotiator|special envoy|"
    "national security adviser|trade minister|ambassador to the United Nations|spokesperson"
).split("|")
_TITLES = ("Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Prime Minister")
_TOPICS = (
    "Security Studies|Energy Policy|Conflict Research|Trade Policy|Strategic Studies|"
    "International Affairs|Arms Control|Regional Security|Peace Research"
).split("|")
_INSTITUTE_SHAPES = (
    "{city} Institute for {topic}",
    "Centre for {topic} in {city}",
    "{city} Forum on {topic}",
    "{city} Council on {topic}",
)
_ROLES = ("a senior fellow", "a researcher", "the director", "an analyst", "a professor")
_THINGS = (
    "troop levels|the border crossing|gas transit|the prisoner exchange|port access|"
    "the ceasefire line|the grain corridor|export controls|the fishing quotas|"
    "the customs posts|the air corridor|the power line|the water-sharing schedule|"
    "the detained sailors|the tariffs on steel|the transit fees|the joint patrols|"
    "the monitoring mission|the buffer zone|the debt payments|the oil licence|"
    "the enrichment programme|the military drills|the naval exercises|the sanctions relief"
).split("|")
_NOUNS = (
    "a joint commission on water rights|a phased withdrawal of heavy weapons|"
    "a seven-day truce|an exchange of prisoners|a lifting of the blockade|"
    "new elections within a year|a cap on uranium enrichment|guarantees of safe passage|"
    "a review of the transit fees|direct talks without preconditions|"
    "a halt to the overflights|the return of the seized tankers|a buffer zone along the river"
).split("|")
_VERBS = (
    ("cap", "caps", "capping"),
    ("reopen", "reopens", "reopening"),
    ("extend", "extends", "extending"),
    ("suspend", "suspends", "suspending"),
    ("review", "reviews", "reviewing"),
    ("lift", "lifts", "lifting"),
    ("withdraw", "withdraws", "withdrawing"),
    ("restore", "restores", "restoring"),
    ("release", "releases", "releasing"),
    ("halve", "halves", "halving"),
)
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_AGENCIES = ("Reuters", "AFP", "AP")
_JUDGEMENTS = ("unacceptable", "unrealistic", "a non-starter", "premature", "one-sided")


@dataclass(frozen=True)
class _State:
    label: str
    capital: str
    demonym: str


@cache
def _states() -> tuple[_State, ...]:
    out = []
    with (DATA_DIR / "states.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        capitals = [c for c in (row.get("capitals") or "").split("|") if c.strip()]
        demonyms = [d for d in (row.get("demonyms") or "").split("|") if d.strip()]
        adjectives = [d for d in demonyms if not d.endswith("s") or d.endswith(("ese", "ss"))]
        if capitals and adjectives and " " not in row["label"]:
            out.append(_State(row["label"], capitals[0].strip(), adjectives[0].strip()))
    return tuple(out)


@cache
def _organisations() -> tuple[str, ...]:
    with (DATA_DIR / "organisations.tsv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(
        r["label"] for r in rows if r.get("fine") in ("international_body", "alliance", "agency")
    )


class _Story:
    """The cast and the draws of one article."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.s1, self.s2, self.s3 = rng.sample(_states(), 3)
        self.org = rng.choice(_organisations())
        self.people = [self.person() for _ in range(4)]
        self.spoken: set[str] = set()
        city = rng.choice(_states()).capital
        self.institute = rng.choice(_INSTITUTE_SHAPES).format(city=city, topic=rng.choice(_TOPICS))
        topic = rng.choice(_TOPICS)
        words = f"{self.s1.demonym} Institute for {topic}"
        self.agency = words, "".join(w[0] for w in words.split() if w[0].isupper())

    def person(self) -> tuple[str, str]:
        """A new name: (full name, surname)."""
        rng = self.rng
        surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        return f"{rng.choice(_FIRST)} {surname}", surname

    def who(self, k: int) -> str:
        """A person's full name the first time, the surname after."""
        full, surname = self.people[k]
        if full in self.spoken:
            return surname
        self.spoken.add(full)
        return full

    def fill(self, template: str) -> str:
        """The template with its fields drawn; people are named only where it names them."""
        return template.format_map(_Fields(self))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Fields(dict[str, object]):
    """A template's fields, each drawn when the template asks for it."""

    def __init__(self, story: _Story) -> None:
        super().__init__()
        self.story = story
        self.verbs = story.rng.choice(_VERBS), story.rng.choice(_VERBS)

    def __missing__(self, name: str) -> object:
        story, rng = self.story, self.story.rng
        if name[0] == "P":
            return story.who(int(name[1]))
        verb = self.verbs[1] if name.endswith("2") and name.startswith("verb") else self.verbs[0]
        fixed: dict[str, object] = {
            "S1": story.s1.label,
            "S2": story.s2.label,
            "S3": story.s3.label,
            "C1": story.s1.capital,
            "C2": story.s2.capital,
            "D1": story.s1.demonym,
            "D2": story.s2.demonym,
            "ORG": story.org,
            "INST": story.institute,
            "INST_FULL": story.agency[0],
            "INST_ABBR": story.agency[1],
            "verb": verb[0],
            "verbs": verb[1],
            "verbing": verb[2],
            "verb2": verb[0],
            "verbs2": verb[1],
            "verbing2": verb[2],
        }
        if name in fixed:
            return fixed[name]
        draws = {
            "ROLE": lambda: rng.choice(_ROLES),
            "OFFICE": lambda: rng.choice(_OFFICES),
            "TITLE": lambda: rng.choice(_TITLES),
            "thing": lambda: rng.choice(_THINGS),
            "thing2": lambda: rng.choice(_THINGS),
            "noun": lambda: rng.choice(_NOUNS),
            "noun2": lambda: rng.choice(_NOUNS),
            "day": lambda: rng.choice(_WEEKDAYS),
            "month": lambda: rng.choice(_MONTHS),
            "date": lambda: f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}",
            "year": lambda: rng.randint(1991, 2025),
            "n": lambda: rng.randint(2, 90),
            "nth": lambda: _ordinal(rng.randint(2, 40)),
            "pct": lambda: f"{rng.randint(3, 60)}.{rng.randint(0, 9)}%",
            "money": lambda: f"${rng.randint(1, 40)}.{rng.randint(0, 9)} billion",
            "km": lambda: rng.randint(40, 900),
            "judgement": lambda: rng.choice(_JUDGEMENTS),
        }
        return draws[name]()


# Sentences by what they carry; {P0}..{P3} name the article's people.
_OFFERS = (
    "{S1} offered to {verb} {thing} in exchange for {thing2}, {TITLE} {P0} said on {day}.",
    "{S1} is ready to {verb} {thing} by {date}, provided that {S2} {verbs2} {thing2}.",
    "{ORG} proposed that both sides {verb} {thing} for {n} days.",
    "{S1}'s proposal for {noun} won the backing of {ORG} on {day}.",
    "Under the {D1} plan, {S2} would {verb} {thing} within {n} weeks.",
    "{P0} said {S1} would {verb} {thing} if {S2} agreed to {noun2}.",
    "{S1} expressed its readiness to {verb} {thing} and offered {S2} {noun}.",
)
_DEMANDS = (
    "{S2} demanded that {S1} {verb} {thing} before the talks resume in {C1}.",
    "{P1}, {S2}'s {OFFICE}, insisted on {noun} as a precondition for any deal.",
    "{S1} urged {S2} to {verb} {thing} and to free {n} detained fishermen.",
    "{S2} called for {noun} and said it would not accept {thing2} unless {S1} {verbs} {thing}.",
    "The {D2} side wants guarantees that {S1} will not {verb} {thing} again.",
)
_CONDITIONS = (
    "{S1} would {verb} {thing} only if {S2} {verbs2} {thing2}.",
    "Any deal hinges on {S2} {verbing} {thing} before {month}.",
    "The offer depends on {S2} {verbing2} {thing2} by {date}.",
    "{S2} will {verb} {thing} as long as {S1} keeps {thing2} open.",
)
_STANCES = (
    "{S2} rejected the proposal, calling it {judgement}.",
    "{ORG} welcomed the offer of {noun}.",
    "{S3} backed the {D1} proposal for {noun}, while {S2} dismissed it.",
    "{P2} called the plan {judgement} in an interview with state television.",
    "The government in {C2} turned down the offer on {day}.",
)
_QUOTES = (
    "\u201cWe are ready to {verb} {thing}, but not at any price,\u201d said {P0}, {S1}'s {OFFICE}.",
    '"There can be no talks while {thing} stays closed," {P1} told reporters in {C2}.',
    "\u201cThe ball is in their court,\u201d {P2} said. \u201cWe have made our offer and we will wait.\u201d",
    "\u201cNobody in {C1} believes {thing} can be fixed by {month},\u201d {P3} said.",
)
_ATTRIBUTIONS = (
    "{P3}, {ROLE} at the {INST}, said the talks in {C1} had stalled over {thing}.",
    "According to {P3} of the {INST}, {S1} has cut {thing} by {pct} since {year}.",
    "{P3}, {ROLE} at the {INST}, told reporters that the dispute was about {thing2}.",
    "Officials familiar with the talks said {S1} and {S2} had also discussed {noun}.",
)
_REFERENCES = (
    "{S1}'s Foreign Ministry said the government would {verb} {thing} only if {S2} did the same.",
    "The {D2} Defence Ministry rejected the offer, and the ministry said {S1} must {verb} {thing} first.",
    "The {INST_FULL} ({INST_ABBR}) said both sides had put {thing} on the agenda; the {INST_ABBR} expects a deal by {month}.",
    "The two sides agreed to {verb} {thing}, the foreign minister said, but the government in {C1} wants more.",
    "{ORG} said the organisation was ready to monitor {thing}, and the alliance welcomed the move.",
    "Both countries have accused each other of stalling, and the authorities in {C2} said on {day} they would {verb} {thing}.",
)
_BACKGROUND = (
    "The {km}-km frontier has been closed since {year}, when {C1} sealed it during a war.",
    "Trade between the two countries fell {pct} to {money} last year, according to official data.",
    "The talks, the {nth} round since {month} {year}, took place at a hotel outside {C2}.",
    "Diplomats expect a further meeting in {month}, though no date has been set.",
    "About {n},000 people crossed the line each month before it closed in {year}.",
    "The two delegations met for {n} hours on {day} and are due to meet again next week.",
)
_KINDS = (
    _OFFERS,
    _DEMANDS,
    _CONDITIONS,
    _STANCES,
    _QUOTES,
    _ATTRIBUTIONS,
    _REFERENCES,
    _BACKGROUND,
)
#: Clauses that lengthen a plain sentence, as wire copy does (real news averages ~22 words).
_TAILS = (
    ", officials said on {day}",
    ", according to two diplomats familiar with the talks",
    ", a step analysts in {C1} called the most concrete since the talks began in {year}",
    " after {n} hours of talks at a hotel outside {C2}",
    ", in a statement released late on {day}",
    " as pressure grew on both governments to show progress before {month}",
    ", despite a {pct} fall in trade over the past year",
)
_TERMS = (
    "{S1} will {verb} {thing} within {n} days",
    "{S2} will {verb2} {thing2}",
    "both sides will set up {noun}",
    "a monitoring team from {ORG} will report every {n} weeks",
)


def _article(rng: random.Random) -> str:
    story = _Story(rng)
    headline = story.fill("{S1} offers to {verb} {thing} as {C2} presses for {noun}")
    reporters = (story.person()[0], story.person()[0])
    lines = [headline, "", f"By {reporters[0]} and {reporters[1]}", ""]
    lead = (
        f"{story.s1.capital.upper()}, {rng.choice(_MONTHS)} {rng.randint(1, 28)} "
        f"({rng.choice(_AGENCIES)}) - "
        + story.fill(
            "{S1} is ready to {verb} {thing} if {S2} {verbs2} {thing2}, {P0}, {S1}'s {OFFICE}, said on {day}."
        )
    )
    lines += [lead, ""]
    for _ in range(rng.randint(6, 9)):
        paragraph = [_sentence(story) for _ in range(rng.randint(2, 4))]
        lines += [" ".join(paragraph), ""]
        if rng.random() < 0.12:
            lines.append(story.fill("The {D1} draft envisages:"))
            lines += ["- " + story.fill(t) + ";" for t in rng.sample(_TERMS, 3)]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _sentence(story: _Story) -> str:
    rng = story.rng
    text = story.fill(rng.choice(rng.choice(_KINDS)))
    if text.endswith(".") and not any(q in text for q in '\u201c\u201d"') and rng.random() < 0.5:
        text = text[:-1] + story.fill(rng.choice(_TAILS)) + "."
    return text


def word_count(text: str) -> int:
    """Words as the benchmarks count them: whitespace-separated runs."""
    return len(text.split())


def articles(words: int, *, seed: int = 7) -> list[str]:
    """Articles until they hold at least ``words`` words."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < words:
        text = _article(rng)
        out.append(text)
        total += word_count(text)
    return out
