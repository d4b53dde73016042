"""The model's attribute rules (fine tag -> part of speech, morphology, a few lemmas) as tables.

spaCy's English pipelines end with an ``attribute_ruler``: some 180 token patterns
("TAG is NN" -> POS NOUN; "TAG is PRP and LOWER is her" -> POS PRON and a lemma)
run through the general ``Matcher``, which costs about a quarter of the tagger and
parser together. :class:`AttributeTables` applies the same patterns by dictionary
lookup on each token's tag and lower-case form: the same attributes, with the same
precedence (a later pattern overrides an earlier one, every match is found before
any attribute is set). Only the pattern shapes these rules use are compiled (token
attributes ``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE``, equal to a value, ``IN`` /
``NOT_IN`` a list or matching a ``REGEX``, no operators); for any other,
:meth:`AttributeTables.compile` returns ``None`` and spaCy's own component runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

__all__ = ["AttributeTables"]

_TESTED = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_SET = frozenset({"POS", "TAG", "DEP", "LEMMA", "MORPH"})


def _value(tok: Token, key: str) -> Any:
    if key == "TAG":
        return tok.tag_
    if key == "LOWER":
        return tok.lower_
    if key == "DEP":
        return tok.dep_
    return tok.is_space


#: One test of a token: (attribute, operator, value); operators as the Matcher's.
_Test = tuple[str, str, Any]


def _holds(tests: tuple[_Test, ...], tok: Token) -> bool:
    for key, op, want in tests:
        have = _value(tok, key)
        if op == "=":
            if have != want:
                return False
        elif op == "IN":
            if have not in want:
                return False
        elif op == "NOT_IN":
            if have in want:
                return False
        elif not want.search(have):  # REGEX, searched as the Matcher does
            return False
    return True


def _tests(spec: Any) -> tuple[_Test, ...] | None:
    """A token pattern as tests, or ``None`` where it uses anything else."""
    if not isinstance(spec, dict) or not spec or not set(spec) <= _TESTED:
        return None
    out: list[_Test] = []
    for key, want in spec.items():
        if isinstance(want, str | bool):
            out.append((key, "=", want))
        elif isinstance(want, dict) and want:
            for op, value in want.items():
                if op in ("IN", "NOT_IN") and isinstance(value, list):
                    out.append((key, op, frozenset(value)))
                elif op == "REGEX" and isinstance(value, str) and key != "IS_SPACE":
                    out.append((key, op, re.compile(value)))
                else:
                    return None
        else:
            return None
    return tuple(out)


def _keys(tests: tuple[_Test, ...], key: str) -> list[str] | None:
    """The values of ``key`` a token must have to pass ``tests``, if they list them."""
    for k, op, want in tests:
        if k == key and op == "=":
            return [want]
        if k == key and op == "IN":
            return sorted(want)
    return None


@dataclass(frozen=True)
class _Rule:
    order: int  # the pattern's rank: a later one overrides an earlier one
    tokens: tuple[tuple[_Test, ...], ...]
    index: int  # which token of a match takes the attributes (may count from the end)
    attrs: tuple[tuple[str, Any], ...]

    @property
    def plain(self) -> str | None:
        """The one attribute this one-token rule tests by equality ("TAG is NN"), if that is all."""
        if len(self.tokens) == 1 and len(self.tokens[0]) == 1 and self.tokens[0][0][1] == "=":
            return str(self.tokens[0][0][0])
        return None


class AttributeTables:
    """Attribute-ruler patterns indexed by the lower-case form or tag their first token needs."""

    def __init__(self, rules: Iterable[_Rule]) -> None:
        self.by_lower: dict[str, list[_Rule]] = {}
        self.by_tag: dict[str, list[_Rule]] = {}
        self.anywhere: list[_Rule] = []
        # Rules the index lookup alone proves to match ("TAG is NN" found under NN).
        self._proven: set[int] = set()
        for rule in rules:
            if rule.plain in ("LOWER", "TAG"):
                self._proven.add(id(rule))
            first = rule.tokens[0]
            if (values := _keys(first, "LOWER")) is not None:
                for v in values:
                    self.by_lower.setdefault(v, []).append(rule)
            elif (values := _keys(first, "TAG")) is not None:
                for v in values:
                    self.by_tag.setdefault(v, []).append(rule)
            else:
                self.anywhere.append(rule)

    @classmethod
    def compile(cls, patterns: Iterable[Mapping[str, Any]], vocab: Vocab) -> AttributeTables | None:
        """Tables for an ``AttributeRuler``'s ``patterns``, or ``None`` if one has another shape."""
        from spacy.tokens import MorphAnalysis

        rules = []
        for order, entry in enumerate(patterns):
            attrs = entry.get("attrs", {})
            if not set(attrs) <= _SET:
                return None
            values = tuple(
                (k, MorphAnalysis(vocab, v) if k == "MORPH" else v) for k, v in attrs.items()
            )
            for tokens in entry.get("patterns", []):
                tests = [_tests(spec) for spec in tokens or ()]
                if not tests or any(t is None for t in tests):
                    return None
                rules.append(_Rule(order, tuple(tests), int(entry.get("index", 0)), values))  # type: ignore[arg-type]
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the patterns give each token of ``doc``."""
        n = len(doc)
        proven = self._proven
        found: list[tuple[int, int, _Rule]] = []
        for i, tok in enumerate(doc):
            for group in (self.by_lower.get(tok.lower_), self.by_tag.get(tok.tag_), self.anywhere):
                for rule in group or ():
                    size = len(rule.tokens)
                    if id(rule) in proven or (
                        _holds(rule.tokens[0], tok)
                        if size == 1
                        else i + size <= n
                        and all(_holds(spec, doc[i + k]) for k, spec in enumerate(rule.tokens))
                    ):
                        found.append((rule.order, i, rule))
        found.sort(key=lambda x: (x[0], x[1]))
        for _, i, rule in found:
            size = len(rule.tokens)
            at = rule.index if rule.index >= 0 else size + rule.index
            if not 0 <= at < size:
                raise ValueError(f"attribute rule index {rule.index} outside a match of {size}")
            _assign(doc[i + at], rule.attrs)
        return doc


def _assign(tok: Token, attrs: tuple[tuple[str, Any], ...]) -> None:
    for key, value in attrs:
        if key == "POS":
            tok.pos_ = value
        elif key == "TAG":
            tok.tag_ = value
        elif key == "DEP":
            tok.dep_ = value
        elif key == "LEMMA":
            tok.lemma_ = value
        else:
            tok.morph = value
