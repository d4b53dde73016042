"""Lexicons of real-world facts, loaded once from the data files under ``graph/data``.

The files are the single place where names, capitals, demonyms, Wikidata ids and
cue words live; the extractor's code is general and reads them through
:func:`load_lexicon`.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "Entry",
    "Lexicon",
    "TOKEN_RE",
    "load_lexicon",
    "norm_token",
    "slug",
    "tokenize",
]

#: Initials with dots ("U.S.", "D.P.R.K."), a company form of two capitals and a slash
#: ("A/S"), a word (hyphens within), or any other character.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.)+[A-Za-z]\.?(?![^\W_])|[A-Z]/[A-Z](?![^\W_])|[^\W_]+(?:[-‐][^\W_]+)*|\S"
)
DATA_DIR = Path(__file__).resolve().parent / "data"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-"})


def strip_accents(text: str) -> str:
    """``"Erdoğan"`` -> ``"Erdogan"``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    """The form tokens are compared in: no dots or accents; acronyms keep their case.

    >>> norm_token("U.S."), norm_token("Russia"), norm_token("País")
    ('US', 'russia', 'pais')
    """
    t = strip_accents(token.translate(_APOSTROPHES))
    if len(t) > 1 and "." in t:
        t = t.replace(".", "")
    if len(t) >= 2 and t.isupper():
        return t
    return t.lower()


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` for every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def slug(text: str) -> str:
    """An ASCII slug for IRIs: ``"El País"`` -> ``"el-pais"``."""
    s = strip_accents(text.translate(_APOSTROPHES)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


@dataclass(frozen=True)
class Entry:
    """One lexicon entity."""

    key: str
    label: str
    cls: str
    fine: str | None = None
    wikidata: str | None = None
    state: str | None = None
    role: str | None = None
    #: For a person holding an international body's office, that body's keys, the most
    #: specific first ("org-unhcr", "org-united-nations").
    orgs: tuple[str, ...] = ()
    #: For a state, its demonyms as ``states.tsv`` lists them, the adjective first.
    demonyms: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Entities by key, a phrase index over token norms, and the language cue lists.

    ``phrases`` maps a tuple of token norms to ``(key, form)`` pairs, where form
    is ``name``, ``capital``, ``building``, ``demonym`` (adjective) or
    ``demonym_plural``.
    """

    entries: dict[str, Entry] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    max_len: int = 1
    language: dict[str, Any] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    #: The common words and the words of places ("Island", "Bay"), which no accented name
    #: stands for (see ``_english_unaccented``).
    english_words: frozenset[str] = frozenset()
    surnames: dict[str, str] = field(default_factory=dict)

    def add_phrase(self, phrase: str, key: str, form: str) -> None:
        norms = tuple(norm_token(t) for _, _, t in tokenize(phrase))
        if not norms or self._english_unaccented(phrase, norms):
            return
        variants = {norms}
        if not any(len(n) >= 2 and n.isupper() for n in norms):
            variants.add(tuple(n.lower() for n in norms))
        for variant in variants:
            bucket = self.phrases.setdefault(variant, [])
            if (key, form) not in bucket:
                bucket.append((key, form))
            for k in range(1, len(variant) + 1):
                self.prefixes.add(variant[:k])
        self.max_len = max(self.max_len, len(norms))

    def _english_unaccented(self, phrase: str, norms: tuple[str, ...]) -> bool:
        """Whether a one-word name with accents is an English word without them ("Ísland",
        Iceland's own name, is "Island"): read as that word, never as the name."""
        return len(norms) == 1 and not phrase.isascii() and norms[0].lower() in self.english_words

    def lookup(self, norms: tuple[str, ...]) -> list[tuple[str, str]]:
        return self.phrases.get(norms, [])

    def capital_of(self, words: Iterable[str]) -> list[str]:
        """The states whose capital ``words`` name ("Beijing", "Port Louis", "KYIV")."""
        phrase = tuple(norm_token(w).lower() for w in words)
        return [
            k
            for k, form in self.lookup(phrase)
            if form == "capital" and self.entries[k].cls == "State"
        ]


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@cache
def load_lexicon() -> Lexicon:
    """Load every data file once (cached)."""
    lex = Lexicon()
    lex.language = json.loads((DATA_DIR / "language.json").read_text(encoding="utf-8"))
    lex.common_words = frozenset(
        line.strip()
        for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    places = (w.lower() for w in lex.language.get("place_words", []))
    lex.english_words = lex.common_words | frozenset(places)
    overrides = lex.language.get("metonym_overrides", {})
    _add_states(lex, overrides)
    for name, cls in (
        ("organisations.tsv", "Organisation"),
        ("people.tsv", "Person"),
        ("places.tsv", "Place"),
        ("treaties.tsv", "Treaty"),
        ("weapons.tsv", "WeaponSystem"),
    ):
        for row in _rows(name):
            entry = Entry(
                row["key"],
                row["label"],
                cls,
                (row.get("fine") or None) if cls == "Organisation" else None,
                row.get("wikidata") or None,
                row.get("country" if cls == "Organisation" else "state") or None,
                row.get("role") or None,
                tuple(_split(row.get("org", ""))),
            )
            lex.entries[entry.key] = entry
            for alias in [entry.label, *_split(row.get("aliases", ""))]:
                lex.add_phrase(alias, entry.key, "name")
                if alias.startswith("UN "):  # "UN Mission in X" is "United Nations Mission in X"
                    lex.add_phrase("United Nations " + alias[3:], entry.key, "name")
    lex.surnames = _surnames(lex)
    for surface, key in overrides.items():
        if key in lex.entries:
            lex.add_phrase(surface, key, "capital")
    for form, key in lex.language.get("combining_forms", {}).items():
        lex.add_phrase(form, key, "demonym")
    return lex


def _add_states(lex: Lexicon, overrides: dict[str, str]) -> None:
    """The states of ``states.tsv`` under their names, capitals (less those ``overrides``
    gives to another entry), buildings and demonyms."""
    for row in _rows("states.tsv"):
        entry = Entry(
            row["key"],
            row["label"],
            "State",
            None,
            row.get("wikidata") or None,
            demonyms=tuple(_split(row.get("demonyms", ""))),
        )
        lex.entries[entry.key] = entry
        lex.add_phrase(entry.label, entry.key, "name")
        for alias in _split(row.get("aliases", "")):
            lex.add_phrase(alias, entry.key, "name")
        for capital in _split(row.get("capitals", "")):
            if capital not in overrides:
                lex.add_phrase(capital, entry.key, "capital")
        for building in _split(row.get("buildings", "")):
            lex.add_phrase(building, entry.key, "building")
        for demonym in _split(row.get("demonyms", "")):
            form = (
                "demonym_plural"
                if demonym.endswith("s") and not demonym.endswith(("ese", "ss"))
                else "demonym"
            )
            lex.add_phrase(demonym, entry.key, form)


def _surnames(lex: Lexicon) -> dict[str, str]:
    """Surnames that name one lexicon person only ("Putin"), for re-mentions; the first
    name of a person from a state whose names put the family name first ("Moon")."""
    last: dict[str, list[str]] = {}
    first = frozenset(lex.language.get("family_name_first_states", ()))
    for entry in lex.entries.values():
        if entry.cls == "Person":
            tokens = [t for _, _, t in tokenize(entry.label) if t[0].isalpha()]
            if len(tokens) >= 2:
                family = tokens[0] if entry.state in first else tokens[-1]
                last.setdefault(norm_token(family).lower(), []).append(entry.key)
    return {
        k: v[0]
        for k, v in last.items()
        if len(set(v)) == 1 and k not in lex.common_words and len(k) > 2
    }
